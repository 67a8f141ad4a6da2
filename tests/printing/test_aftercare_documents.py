"""The applicant's pledge or commitment, and the notices of an extended or stopped clock."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import printing_samples as samples
from conftest import pdf_pages_text, squash
from printing_samples import extension, pause, pledge

from counterdesk.domain.cases import AgentInfo
from counterdesk.domain.pledges import PledgeKind
from counterdesk.printing import render
from counterdesk.services import document_codec

D = dt.date


def text_of(document: object, tmp_path: Path) -> list[str]:
    path = tmp_path / "doc.pdf"
    render(document, path)  # type: ignore[arg-type]
    return [squash(page) for page in pdf_pages_text(path)]


def test_the_tolerance_pledge_lists_the_material_its_day_and_a_line_to_sign(tmp_path):
    applicant_copy, archive = text_of(pledge(), tmp_path)
    assert "容缺受理承诺书" in applicant_copy and "微审服诺〔2026〕3号" in applicant_copy
    assert "契税完税证明" in applicant_copy and "2026年10月12日" in applicant_copy
    assert "承诺人（签字或盖章）" in applicant_copy and "承诺人（签字或盖章）" in archive
    assert "签收" not in archive  # the applicant signs the pledge once
    assert "逾期未补交的" in applicant_copy


def test_the_commitment_letter_cites_the_state_council_guideline(tmp_path):
    applicant_copy, _ = text_of(pledge(PledgeKind.COMMITMENT), tmp_path)
    assert "告知承诺书" in applicant_copy and "国办发〔2020〕42号" in applicant_copy
    assert "以承诺代替的材料" in applicant_copy and "核查期限" in applicant_copy


def test_a_licence_extension_cites_article_42_and_both_dates(tmp_path):
    applicant_copy, _ = text_of(extension(), tmp_path)
    assert "延长办理期限告知书" in applicant_copy
    assert "《中华人民共和国行政许可法》第四十二条第一款" in applicant_copy
    assert "经本机关负责人批准" in applicant_copy and "延长10个工作日" in applicant_copy
    assert "由2026年10月13日延至2026年10月27日" in applicant_copy


def test_a_licence_extension_within_its_legal_limit_moves_only_the_promise(tmp_path):
    within = dataclasses.replace(extension(), beyond_legal_limit=False)
    applicant_copy, _ = text_of(within, tmp_path)
    assert "行政许可法" not in applicant_copy and "经本机关负责人批准" in applicant_copy


def test_an_extension_of_an_item_that_is_not_a_licence_cites_no_licensing_law(tmp_path):
    for page in text_of(extension(samples.ITEM), tmp_path) + text_of(
            pause(item=samples.ITEM), tmp_path):
        assert "行政许可法" not in page


def test_the_pause_notice_and_the_restart_notice_say_what_is_not_counted(tmp_path):
    stopped, _ = text_of(pause(), tmp_path)
    assert "第四十五条" in stopped and "专家评审" in stopped
    assert "自2026年10月12日起办理期限暂停计算" in stopped
    assert "专家评审预计于2026年10月16日前完成" in stopped  # art. 45: how long it takes
    restarted, _ = text_of(pause(restarted=True), tmp_path)
    assert "自2026年10月12日至2026年10月14日" in restarted
    assert "办结日期顺延至2026年10月16日" in restarted


def test_an_agent_is_printed_on_the_pledge(tmp_path):
    applicant = dataclasses.replace(samples.APPLICANT,
                                    agent=AgentInfo("李四", "370826199001011234", "受托人"))
    applicant_copy, archive = text_of(dataclasses.replace(pledge(), applicant=applicant),
                                      tmp_path)
    assert "李四（受托人）" in applicant_copy
    assert "370826199001011234" in archive and "370826199001011234" not in applicant_copy


def test_each_document_comes_back_from_the_log_unchanged():
    for document in (pledge(), pledge(PledgeKind.COMMITMENT), extension(), pause(),
                     pause(restarted=True)):
        stored = document_codec.dumps(document)  # type: ignore[arg-type]
        assert document_codec.loads(document.header.doc_type.value, stored) == document


def test_the_agent_and_the_pledge_print_on_the_slip_and_the_revocation(tmp_path):
    applicant = dataclasses.replace(samples.APPLICANT,
                                    agent=AgentInfo("李四", "370826199001011234", "受托人"))
    receipt = dataclasses.replace(samples.acceptance(), applicant=applicant, pledge="tolerance",
                                  pledged_materials=("契税完税证明",))
    path = tmp_path / "slip.pdf"
    render(receipt, path, layout="thermal80")
    slip = "".join(squash(page) for page in pdf_pages_text(path))
    assert "李四（受托人）" in slip and "容缺受理（已签署承诺书）" in slip
    revocation = dataclasses.replace(samples.revocation(), applicant=applicant)
    assert all("李四（受托人）" in page for page in text_of(revocation, tmp_path))


def test_an_acceptance_on_a_pledge_does_not_say_the_materials_were_complete(tmp_path):
    receipt = dataclasses.replace(samples.acceptance(), pledge="tolerance",
                                  pledged_materials=("契税完税证明",))
    applicant_copy = text_of(receipt, tmp_path)[0]
    assert "材料齐全" not in applicant_copy
    assert "“契税完税证明”暂缺" in applicant_copy and "容缺受理" in applicant_copy
