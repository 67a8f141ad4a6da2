"""Each printed document carries every field the law and the hall require, on both copies."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import printing_samples as samples
from conftest import pdf_pages_text, squash
from pypdf import PdfReader

from counterdesk.domain.cases import Applicant, ApplicantKind
from counterdesk.domain.documents import (
    AcceptanceReceipt,
    GuideSheet,
    MaterialsList,
    RejectionNotice,
    SupplementNotice,
)
from counterdesk.printing import render
from counterdesk.printing.words import DEFECT_WORDS

MASKED_ID = "**************3014"


def rendered(document: object, tmp_path: Path, name: str = "doc.pdf") -> list[str]:
    path = tmp_path / name
    render(document, path)  # type: ignore[arg-type]
    return [squash(page) for page in pdf_pages_text(path)]


def test_acceptance_receipt_prints_every_required_field_on_both_copies(
        acceptance: AcceptanceReceipt, tmp_path: Path) -> None:
    # GIVEN an accepted 承诺件 with five materials received
    # WHEN the receipt is printed on A4
    pages = rendered(acceptance, tmp_path)
    # THEN the applicant copy and the archive stub are separate pages
    assert len(pages) == 2
    applicant, stub = pages
    assert "申请人联" in applicant and "存根联" in stub
    for page in pages:
        for field in ("受理通知书", "微审服受〔2026〕0017号", samples.TRACKING, "王秀兰",
                      "购买商品房登记（转移登记）", "370826-ZRZY-0012", "2026年3月1日",
                      "受理日期", "2026年9月30日", "2026年10月13日（含）", "30个工作日",
                      "住宅每件80元", "0537-8221001", "0537-8221119", "经办人：李明",
                      "《不动产登记暂行条例》第十七条"):
            assert squash(field) in page, field
        for material in samples.RECEIVED:
            assert squash(material.name) in page, material.name


def test_applicant_copy_masks_the_id_number_and_the_stub_shows_it_in_full(
        acceptance: AcceptanceReceipt, tmp_path: Path) -> None:
    # GIVEN a receipt for an applicant with an 18-digit resident ID
    # WHEN it is printed
    applicant, stub = rendered(acceptance, tmp_path)
    # THEN only the last four characters show on the copy that leaves the hall
    assert MASKED_ID in applicant
    assert samples.ID_NUMBER not in applicant
    assert samples.ID_NUMBER in stub
    # AND only the stub asks the applicant to sign for the copy
    assert "签收" in stub and "签收" not in applicant


def test_immediate_item_receipt_promises_completion_on_the_spot(
        acceptance: AcceptanceReceipt, tmp_path: Path) -> None:
    # GIVEN a 即办件
    item = dataclasses.replace(acceptance.item, kind=samples.ItemKind.IMMEDIATE,
                               promised_limit_days=0)
    receipt = dataclasses.replace(acceptance, item=item, promised_date=None)
    # WHEN its receipt is printed
    applicant, _ = rendered(receipt, tmp_path)
    # THEN the promised completion reads 即办 instead of a date
    assert "即办（当场办结）" in applicant
    assert "2026年10月13日" not in applicant


def test_notice_lists_every_problem_with_what_is_needed_at_once(
        supplement: SupplementNotice, tmp_path: Path) -> None:
    # GIVEN six problems, two of them on materials with long names
    # WHEN the one-time notice is printed
    pages = rendered(supplement, tmp_path)
    applicant = pages[0]
    # THEN each copy fits on one page and lists all six, with defect and requirement
    assert len(pages) == 2
    for problem in supplement.problems:
        assert squash(problem.material_name) in applicant, problem.material_name
        assert squash(DEFECT_WORDS[problem.defect]) in applicant
    for requirement in ("原件和复印件，1份", "复印件，2份，复印件须清晰可辨",
                        "须为提交前90日内出具", "须与申请人姓名一致",
                        "申请书所载房屋坐落与合同不一致"):
        assert requirement in applicant, requirement
    # AND the statements of art. 32 ¶1 (四) are there: complete list, acceptance once supplied
    for statement in ("本通知一次性告知全部需补正的材料", "共6项",
                      "提交全部补正材料后，本机关即予受理", "收到材料日期",
                      "2026年9月30日（含）", "经办人：李明", "当场",
                      "0537-8221003", "微审服补〔2026〕0009号", samples.TRACKING):
        assert statement in applicant, statement
    assert MASKED_ID in applicant and samples.ID_NUMBER in pages[1]


def test_many_problems_flow_onto_a_second_page_with_the_table_header_repeated(
        tmp_path: Path) -> None:
    # GIVEN a notice with 20 problems, too many for one page
    notice = samples.supplement_notice(20)
    # WHEN it is printed for the applicant only
    header = dataclasses.replace(notice.header, copies=notice.header.copies[:1])
    pages = rendered(dataclasses.replace(notice, header=header), tmp_path)
    # THEN the table continues on page 2 under a repeated header row, and nothing is lost
    assert len(pages) == 2
    assert all("序号材料名称存在问题补正要求" in page for page in pages)
    assert "续页" in pages[1] and "第2页" in pages[1]
    text = "".join(pages)
    assert text.count(squash(samples.LONG_NAME_1)) == len(
        [p for p in notice.problems if p.material_name == samples.LONG_NAME_1])
    assert "共20项" in text


def test_rejection_names_the_competent_office_ground_and_both_remedies(
        rejection: RejectionNotice, tmp_path: Path) -> None:
    # GIVEN an application outside this office's powers
    # WHEN the rejection slip is printed
    applicant, stub = rendered(rejection, tmp_path)
    # THEN it names the legal ground in words, the article, and where to apply instead
    for page in (applicant, stub):
        for field in ("不予受理通知书", "微审服不受〔2026〕0003号", samples.TRACKING,
                      "申请事项依法不属于本机关职权范围的", "《不动产登记暂行条例》第十七条",
                      "济宁市自然资源和规划局",
                      # the remedies: 行政复议 within 60 days, 行政诉讼 within 6 months
                      "六十日内向微山县人民政府申请行政复议",
                      "《中华人民共和国行政复议法》第二十条",
                      "六个月内向微山县人民法院提起行政诉讼",
                      "《中华人民共和国行政诉讼法》第四十六条",
                      "《不动产登记暂行条例》第十四条"):
            assert squash(field) in page, field
    assert MASKED_ID in applicant and samples.ID_NUMBER in stub


def test_rejection_without_permit_need_cites_paragraph_one(
        rejection: RejectionNotice, tmp_path: Path) -> None:
    # GIVEN an application for something that needs no permit
    notice = dataclasses.replace(rejection, reason=samples.RejectReason.NO_PERMIT_NEEDED,
                                 competent_office="", item=samples.LICENCE_ITEM)
    # WHEN it is printed
    applicant, _ = rendered(notice, tmp_path)
    # THEN the ground of art. 32 ¶1 (一) is printed and no competent office is named
    assert "申请事项依法不需要取得行政许可的" in applicant
    assert "第三十二条第一款第（一）项" in applicant
    assert "有权受理机关" not in applicant


def test_materials_list_shows_each_material_with_form_copies_and_pages(
        materials_list: MaterialsList, tmp_path: Path) -> None:
    # GIVEN five materials received, pages counted for four of them
    # WHEN the list is printed
    applicant, stub = rendered(materials_list, tmp_path)
    # THEN each row reads name, form, copies and pages in order
    for page in (applicant, stub):
        assert "材料接收凭证" in page and "微审服收〔2026〕0017号" in page
        assert "5项" in page
        assert squash("契税完税证明复印件11") in page
        assert squash("商品房买卖合同（网签备案）原件222") in page
        assert squash("申请人身份证明查验原件（核对后退还）——") in page
        assert squash(samples.LONG_NAME_1) in page
        assert "不代表申请已受理" in page


def test_guide_sheet_lists_all_materials_with_when_they_are_needed(
        guide: GuideSheet, tmp_path: Path) -> None:
    # GIVEN an item whose guide has seven materials, two of them conditional
    # WHEN the guide sheet is printed for a consultation (applicant copy only)
    pages = rendered(guide, tmp_path)
    # THEN one page holds the conditions, limits, fee, phones and every material
    assert len(pages) == 1
    page = pages[0]
    for field in ("办事指南告知单", "购买商品房登记（转移登记）", "已首次登记的不动产",
                  "30个工作日", "5个工作日", "住宅每件80元", "0537-8221001", "0537-8221119",
                  "申请人类型为夫妻时提交", "是否委托代理人办理为是时提交", "共7项",
                  "须为提交前90日内出具", "来源：税务部门"):
        assert squash(field) in page, field
    for material in samples.MATERIALS:
        assert squash(material.name) in page, material.name


def test_every_pdf_has_a_title_in_its_metadata(acceptance: AcceptanceReceipt,
                                               tmp_path: Path) -> None:
    # GIVEN a receipt  WHEN it is printed  THEN the PDF title names the document and its number
    render(acceptance, tmp_path / "r.pdf")
    title = PdfReader(tmp_path / "r.pdf").metadata.title
    assert title == "受理通知书 微审服受〔2026〕0017号"


def test_a_reprint_is_marked_on_every_page(acceptance: AcceptanceReceipt,
                                           tmp_path: Path) -> None:
    # GIVEN the receipt reprinted a week later
    header = dataclasses.replace(acceptance.header, reprinted_on=dt.date(2026, 10, 8))
    reprint = dataclasses.replace(acceptance, header=header)
    # WHEN it is printed
    pages = rendered(reprint, tmp_path)
    # THEN every page carries 补打 with its date, and the original number and date stay
    for page in pages:
        assert "补打" in page and "2026年10月8日" in page and "本件为补打件" in page
        assert "微审服受〔2026〕0017号" in page and "2026年9月30日" in page
    # AND an original print carries no such mark
    assert not any("补打" in page for page in rendered(acceptance, tmp_path, "orig.pdf"))


def test_render_writes_to_an_open_binary_file(acceptance: AcceptanceReceipt,
                                              tmp_path: Path) -> None:
    # GIVEN an open file  WHEN the receipt is rendered into it  THEN it holds a two-page PDF
    with open(tmp_path / "out.pdf", "wb") as handle:
        render(acceptance, handle)
    assert len(PdfReader(tmp_path / "out.pdf").pages) == 2


def test_an_organization_is_printed_with_its_credit_code(
        materials_list: MaterialsList, tmp_path: Path) -> None:
    # GIVEN a company applying, identified by its unified social credit code
    company = Applicant(ApplicantKind.ORG, "微山县湖畔置业有限公司", "uscc", "91370826MA3C4K2X1Q")
    listing = dataclasses.replace(materials_list, applicant=company)
    # WHEN the materials list is printed
    applicant, stub = rendered(listing, tmp_path)
    # THEN it names the 申请单位 and its 统一社会信用代码, masked on the applicant copy
    assert "申请单位微山县湖畔置业有限公司" in applicant
    assert "统一社会信用代码**************2X1Q" in applicant
    assert "91370826MA3C4K2X1Q" in stub


def test_an_escalation_receipt_names_the_agent_the_time_and_the_answer_by_day(
        tmp_path: Path) -> None:
    # GIVEN materials handed over by an agent at 09:40 and referred for review
    receipt = samples.escalation_receipt()
    # WHEN the 材料接收凭证 is printed
    applicant, stub = rendered(receipt, tmp_path)
    # THEN both copies say what was received, when, that a supervisor decides and by when
    for page in (applicant, stub):
        assert "本机关将最迟于2026年10月14日（含）书面告知" in page  # as the table says
        for words in ("材料接收凭证", "2026年9月30日09:40", "5项", "已提交本机关审核",
                      "书面答复期限", "2026年10月14日（含）", "代理人", "李四（受托人）"):
            assert words in page
    # AND the agent's number is masked on the copy the applicant takes away
    assert "110105194912310038" in stub and "110105194912310038" not in applicant


def test_a_plain_receipt_promises_no_answer_and_names_no_agent(
        materials_list: MaterialsList, tmp_path: Path) -> None:
    applicant, _stub = rendered(materials_list, tmp_path)
    assert "书面答复期限" not in applicant and "代理人证件号码" not in applicant


def test_an_escalation_with_nothing_ticked_certifies_no_material(tmp_path: Path) -> None:
    # GIVEN an escalation recorded before any material was ticked
    receipt = dataclasses.replace(samples.escalation_receipt(), materials=())
    # WHEN its 材料接收凭证 is printed
    applicant, _stub = rendered(receipt, tmp_path)
    # THEN it does not certify "0 materials checked face to face" above an empty table
    assert "以上0项材料" not in applicant and "接收材料明细" not in applicant
    assert "本次未接收申请材料" in applicant and "书面答复期限" in applicant
