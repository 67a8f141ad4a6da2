"""Documents cite the item's own rule and speak in the name of its own authority."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import printing_samples as samples
from conftest import pdf_pages_text, squash

from counterdesk.domain.catalog import Category, default_procedure
from counterdesk.domain.documents import (
    MissingRemedyError,
    RejectionNotice,
    check_rejection_printable,
)
from counterdesk.printing import render

LICENSING_LAW = "行政许可法"


def text_of(document: object, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    render(document, path)  # type: ignore[arg-type]
    return "".join(squash(page) for page in pdf_pages_text(path))


def without_procedure(category: Category) -> samples.ItemInfo:
    """The sample guide as an item of `category` whose guide names no procedural rule."""
    return samples.ItemInfo.from_catalog(dataclasses.replace(
        samples.SERVICE_ITEM, category=category, procedure=default_procedure(category)))


def test_a_licence_receipt_cites_article_32_clause_five(tmp_path: Path) -> None:
    receipt = dataclasses.replace(samples.acceptance(), item=samples.LICENCE_ITEM)
    assert "第三十二条第一款第（五）项" in text_of(receipt, tmp_path)


def test_a_licence_notice_cites_clause_four_and_the_five_day_rule(tmp_path: Path) -> None:
    notice = dataclasses.replace(samples.supplement_notice(), item=samples.LICENCE_ITEM,
                                 notice_due=dt.date(2026, 10, 13))
    text = text_of(notice, tmp_path)
    assert "第三十二条第一款第（四）项" in text
    assert "自收到申请材料之日起5个工作日内告知" in text and "2026年10月13日（含）" in text
    assert "逾期未告知的，自收到申请材料之日起即为受理" in text


def test_no_document_of_an_item_that_is_not_a_licence_cites_the_licensing_law(
        tmp_path: Path) -> None:
    item = without_procedure(Category.PUBLIC_SERVICE)
    for document in (samples.acceptance(), samples.supplement_notice(), samples.rejection()):
        text = text_of(dataclasses.replace(document, item=item), tmp_path)
        assert LICENSING_LAW not in text, type(document).__name__


def test_a_notice_for_an_item_without_deemed_acceptance_promises_none(tmp_path: Path) -> None:
    notice = dataclasses.replace(samples.supplement_notice(),
                                 item=without_procedure(Category.CONFIRMATION))
    text = text_of(notice, tmp_path)
    assert "即为受理" not in text and "视为受理" not in text


def test_an_on_the_spot_notice_says_it_had_to_be_given_on_the_spot(tmp_path: Path) -> None:
    text = text_of(samples.supplement_notice(), tmp_path)
    assert "《不动产登记暂行条例》第十七条" in text
    assert "当场（2026年9月30日）告知" in text and "未当场书面告知的，视为受理" in text
    # Problems in the supplements themselves may still be raised: the wording says so.
    assert "除补正材料本身存在的问题外" in text


def test_a_clerk_s_precise_words_print_beside_the_defect(tmp_path: Path) -> None:
    notice = samples.supplement_notice(1)
    problem = dataclasses.replace(notice.problems[0], detail="第2页缺少申请人签字")
    text = text_of(dataclasses.replace(notice, problems=(problem,)), tmp_path)
    assert "未提交：第2页缺少申请人签字" in text


def test_a_deemed_acceptance_states_its_ground_the_missed_day_and_receipt(
        tmp_path: Path) -> None:
    receipt = dataclasses.replace(samples.acceptance(), item=samples.LICENCE_ITEM,
                                  deemed_accepted=True, notice_due=dt.date(2026, 10, 13))
    text = text_of(receipt, tmp_path)
    assert "未在自收到申请材料之日起5个工作日内（最迟2026年10月13日）书面告知" in text
    assert "第三十二条第一款第（四）项" in text
    assert "自收到申请材料之日即2026年9月30日起视为受理" in text
    assert "申请材料齐全、符合法定形式" not in text


def test_a_provisional_date_is_marked_and_explained(tmp_path: Path) -> None:
    receipt = dataclasses.replace(samples.acceptance(), promised_date=dt.date(2027, 1, 5),
                                  provisional=True)
    text = text_of(receipt, tmp_path)
    assert "2027年1月5日（含，暂计）" in text and "承诺5个工作日内办结" in text
    assert "《全国年节及纪念日放假办法》" in text


def test_a_public_service_refusal_without_remedies_prints_the_complaint_phone(
        tmp_path: Path) -> None:
    item = dataclasses.replace(without_procedure(Category.PUBLIC_SERVICE),
                               reconsideration_body="", court="")
    notice: RejectionNotice = dataclasses.replace(
        samples.rejection(), item=item, reconsideration_body="", court="")
    check_rejection_printable(notice)
    text = text_of(notice, tmp_path)
    assert "行政复议" not in text and "0537-8221119" in text


def test_an_administrative_act_cannot_be_refused_without_remedies() -> None:
    notice = dataclasses.replace(samples.rejection(), court="")
    try:
        check_rejection_printable(notice)
    except MissingRemedyError as error:
        assert error.field == "court"
    else:
        raise AssertionError("a 行政确认 refusal without a court printed")


def test_the_issuer_heads_and_seals_the_document_and_the_hall_is_the_place_of_receipt(
        tmp_path: Path) -> None:
    header = dataclasses.replace(samples.acceptance().header, office_name="微山县自然资源和规划局",
                                 seal_text="微山县不动产登记中心不动产登记专用章",
                                 received_at="微山县政务服务中心")
    text = text_of(dataclasses.replace(samples.acceptance(), header=header), tmp_path)
    assert text.startswith("微山县自然资源和规划局受理通知书")
    assert "（微山县不动产登记中心不动产登记专用章）" in text
    assert "收件地点微山县政务服务中心" in text
