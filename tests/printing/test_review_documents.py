"""What the supervisors' decisions print: an upheld refusal on its lawful ground, a revoked
refusal, and the clerk's own words and the kept materials on the one-time notice."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import printing_samples as samples
import pytest
from conftest import pdf_pages_text, squash

from counterdesk.domain.catalog import Category, default_procedure
from counterdesk.domain.documents import UnprintableDocumentError
from counterdesk.domain.refusal_grounds import RefusalGround, StatedGround
from counterdesk.printing import render
from counterdesk.services import document_codec


def pages_of(document: object, tmp_path: Path) -> list[str]:
    path = tmp_path / "doc.pdf"
    render(document, path)  # type: ignore[arg-type]
    return [squash(page) for page in pdf_pages_text(path)]


def text_of(document: object, tmp_path: Path) -> str:
    return "".join(pages_of(document, tmp_path))


def as_category(document, category: Category):  # type: ignore[no-untyped-def]
    """The sample with its guide as an item of `category` under that category's default
    procedure (a licence: 行政许可法 art. 32; any other: no procedural rule named)."""
    item = samples.ItemInfo.from_catalog(dataclasses.replace(
        samples.SERVICE_ITEM, category=category, procedure=default_procedure(category)))
    return dataclasses.replace(document, item=item)


def test_a_licence_refused_for_false_materials_cites_article_78_and_the_receipt_day(
        tmp_path: Path) -> None:
    text = text_of(as_category(samples.upheld_rejection(), Category.LICENSE), tmp_path)
    assert "不予受理理由申请人隐瞒有关情况或者提供虚假材料申请行政许可的" in text
    assert "法律依据《中华人民共和国行政许可法》第七十八条" in text
    assert "商品房买卖合同（网签备案）系伪造" in text
    assert "收到申请日期2026年9月30日" in text and "决定日期2026年10月9日" in text
    assert "本机关复核决定" not in text


@pytest.mark.parametrize(("ground", "article"), [
    (RefusalGround.NO_PERMIT_NEEDED, "第三十二条第一款第（一）项"),
    (RefusalGround.OUT_OF_JURISDICTION, "第三十二条第一款第（二）项"),
])
def test_a_licence_refused_on_article_32_cites_its_clause(
        tmp_path: Path, ground: RefusalGround, article: str) -> None:
    stated = StatedGround(ground, competent_office="济宁市行政审批服务局")
    text = text_of(as_category(samples.upheld_rejection(stated), Category.LICENSE), tmp_path)
    assert f"法律依据《中华人民共和国行政许可法》{article}" in text


def test_an_item_that_is_not_a_licence_is_refused_under_its_own_rule(tmp_path: Path) -> None:
    # 不动产登记 is a 行政确认 whose guide names 《不动产登记暂行条例》第十七条
    text = text_of(samples.upheld_rejection(), tmp_path)
    assert "不予受理理由申请人隐瞒有关情况或者提供虚假材料申请的" in text
    assert "法律依据《不动产登记暂行条例》第十七条" in text
    assert "行政许可" not in text


@pytest.mark.parametrize("ground", [RefusalGround.NO_PERMIT_NEEDED,
                                    RefusalGround.OUT_OF_JURISDICTION,
                                    RefusalGround.FALSE_MATERIALS])
def test_an_item_whose_guide_names_no_rule_cites_none_and_never_the_licensing_law(
        tmp_path: Path, ground: RefusalGround) -> None:
    stated = StatedGround(ground, competent_office="济宁市民政局")
    notice = as_category(samples.upheld_rejection(stated), Category.BENEFIT)
    text = text_of(notice, tmp_path)
    assert "行政许可法" not in text and "法律依据" not in text
    assert "本机关决定不予受理" in text


def test_another_ground_prints_the_law_and_article_the_supervisor_named(
        tmp_path: Path) -> None:
    stated = StatedGround(RefusalGround.OTHER, "《不动产登记暂行条例》", "第二十二条第（二）项")
    notice = dataclasses.replace(samples.upheld_rejection(stated),
                                 stated_reason="该房屋已被人民法院依法查封")
    text = text_of(notice, tmp_path)
    assert "不予受理理由该房屋已被人民法院依法查封" in text
    assert "根据《不动产登记暂行条例》第二十二条第（二）项的规定，本机关决定不予受理" in text


def test_a_non_licence_refusal_citing_the_licensing_law_does_not_print(tmp_path: Path) -> None:
    stated = StatedGround(RefusalGround.OTHER, "《中华人民共和国行政许可法》", "第七十八条")
    with pytest.raises(UnprintableDocumentError, match="Licensing Law"):
        render(samples.upheld_rejection(stated), tmp_path / "doc.pdf")
    assert not (tmp_path / "doc.pdf").exists()


def test_an_upheld_refusal_issued_before_grounds_prints_its_reasons_and_no_basis(
        tmp_path: Path) -> None:
    legacy = dataclasses.replace(samples.upheld_rejection(), ground=None)
    text = text_of(legacy, tmp_path)
    assert "不予受理理由经核查，申请人提交的商品房买卖合同（网签备案）系伪造" in text
    assert "法律依据" not in text and "本机关复核决定" not in text


def test_the_revocation_names_the_refusal_and_continues_from_the_receipt_day(
        tmp_path: Path) -> None:
    applicant_copy, archive = pages_of(samples.revocation(), tmp_path)
    for text in (applicant_copy, archive):
        assert "撤销不予受理决定通知书" in text and "微审服撤〔2026〕0001号" in text
    assert "于2026年9月30日作出不予受理决定（微审服不受〔2026〕0003号）" in applicant_copy
    assert "属于本机关登记职责范围。原不予受理决定不当，本机关决定予以撤销" in applicant_copy
    assert "无需重新提出申请，本机关以2026年9月30日为收到申请之日继续办理" in applicant_copy
    assert "撤销日期2026年10月12日" in applicant_copy
    assert "微山县行政审批服务局" in applicant_copy


def test_a_revocation_and_a_grounded_refusal_come_back_from_the_log_unchanged() -> None:
    for document in (samples.revocation(), samples.upheld_rejection(
            StatedGround(RefusalGround.OUT_OF_JURISDICTION, competent_office="济宁市某局"))):
        stored = document_codec.dumps(document)
        assert document_codec.loads(document.header.doc_type.value, stored) == document


def test_the_notice_prints_the_clerks_words_beside_the_defect(tmp_path: Path) -> None:
    text = text_of(samples.described_supplement_notice(), tmp_path)
    assert "内容不清：第3页至第5页复印不清" in text
    assert "超过有效期：完税证明开具于2026年5月8日" in text


def test_the_notice_says_the_materials_without_problems_are_kept(tmp_path: Path) -> None:
    text = text_of(samples.described_supplement_notice(), tmp_path)
    assert "已接收且无需补正的申请材料由本机关留存（查验的原件已当场退还）。" in text


def test_a_notice_with_nothing_received_says_nothing_is_kept(tmp_path: Path) -> None:
    text = text_of(samples.supplement_notice(), tmp_path)
    assert "由本机关留存" not in text and "当场退还" not in text
