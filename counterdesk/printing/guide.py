"""办事指南告知单: every material of an item, handed out at a consultation (一次性告知)."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from counterdesk.domain.catalog import Material, Question
from counterdesk.domain.documents import CopyKind, GuideSheet
from counterdesk.printing import words
from counterdesk.printing.layout import (
    CONTENT_WIDTH,
    applicant_rows,
    closing,
    copies_words,
    grid_table,
    heading,
    kv_table,
    section,
    styles,
)
from counterdesk.printing.lines import TextBlock
from counterdesk.printing.receipts import item_rows, phone_rows


def when_words(when: Mapping[str, tuple[str, ...]], questions: tuple[Question, ...]) -> str:
    """'申请人类型为夫妻时提交' from a material's `when`; '必交' when it has none."""
    if not when:
        return "必交"
    texts = {q.id: q.text for q in questions}
    parts = [f"{texts.get(qid, qid)}为{'或'.join(answers)}" for qid, answers in when.items()]
    return "且".join(parts) + "时提交"


def material_notes(material: Material) -> str:
    parts = []
    if material.max_age_days is not None:
        parts.append(f"须为提交前{material.max_age_days}日内出具")
    if material.source:
        parts.append(f"来源：{material.source}")
    if material.notes:
        parts.append(material.notes)
    return "；".join(parts) or "—"


def guide_story(sheet: GuideSheet, copy: CopyKind) -> list[Flowable]:
    st = styles()
    header, item = sheet.header, sheet.item
    title = words.DOCUMENT_TITLES[header.doc_type]
    rows = [[("跟踪号", header.tracking_number), ("打印日期", words.cn_date(header.issued_on))]]
    if sheet.applicant is not None:
        rows.append(applicant_rows(sheet.applicant, copy))
    promised = (words.IMMEDIATE_PROMISE if item.promised_limit_days == 0
                else words.days(item.promised_limit_days))
    rows += [
        *item_rows(item),
        [("事项类型", str(sheet.category)), ("办件类型", words.ITEM_KIND_WORDS[item.kind])],
        [("法定时限", words.days(item.legal_limit_days)), ("承诺时限", promised)],
        [("受理条件", sheet.conditions or "—")],
        [("收费标准", item.fee or "不收费")],
    ]
    if item.legal_basis:
        rows.append([("设定依据", "；".join(item.legal_basis))])
    rows.append(phone_rows(item))
    materials = [
        (str(index), m.name, words.FORM_WORDS[m.form],
         copies_words(m.form, m.copies),
         when_words(m.when, sheet.questions), material_notes(m))
        for index, m in enumerate(sheet.materials, start=1)
    ]
    widths = [11 * mm, 52 * mm, 26 * mm, 12 * mm, 34 * mm, CONTENT_WIDTH - 135 * mm]
    advice = (f"以上为办理本事项需要提交的全部材料（共{len(sheet.materials)}项），"
              f"请按“提交情形”准备齐全后到窗口办理。本告知单依据{words.cn_date(item.version)}版"
              f"办事指南出具，指南更新的以办理时有效版本为准。")
    return [
        *heading(header, title), kv_table(rows), section("申请材料"),
        grid_table(["序号", "材料名称", "形式", "份数", "提交情形", "要求及说明"],
                   materials, widths),
        TextBlock(advice, st.after_table),
        closing(header, copy, sign_off=False),
    ]
