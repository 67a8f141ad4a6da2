"""容缺受理承诺书 / 告知承诺书 (signed by the applicant), 延长办理期限告知书 and 除外时间告知书.

Only a licence cites 行政许可法 (art. 42 for an extension, art. 45 for a period not counted);
another item's notice states the fact and the head's approval without borrowing that law.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from counterdesk.domain.aftercare_documents import (
    COMMITMENT_POLICY,
    ExtensionNotice,
    PauseNotice,
    PledgeLetter,
)
from counterdesk.domain.clock import PauseKind
from counterdesk.domain.documents import CopyKind, DocumentType
from counterdesk.domain.pledges import PledgeKind
from counterdesk.printing import words
from counterdesk.printing.layout import (
    CONTENT_WIDTH,
    closing,
    grid_table,
    heading,
    kv_table,
    opening,
    person_rows,
    section,
    styles,
)
from counterdesk.printing.lines import TextBlock
from counterdesk.printing.receipts import item_rows, phone_rows

TITLES: dict[DocumentType, str] = {
    DocumentType.EXTENSION_NOTICE: "延长办理期限告知书",
    DocumentType.PAUSE_NOTICE: "除外时间告知书",
}
PLEDGE_TITLES: dict[PledgeKind, str] = {
    PledgeKind.TOLERANCE: "容缺受理承诺书",
    PledgeKind.COMMITMENT: "告知承诺书",
}
PAUSE_WORDS: dict[PauseKind, str] = {
    PauseKind.HEARING: "听证",
    PauseKind.TENDER: "招标、拍卖",
    PauseKind.TESTING: "检验、检测、检疫",
    PauseKind.APPRAISAL: "鉴定",
    PauseKind.EXPERT_REVIEW: "专家评审",
}
LICENSING_LAW = "《中华人民共和国行政许可法》"
SIGN_LINE = "承诺人（签字或盖章）：____________________　　日期：______年____月____日"


def pledge_story(letter: PledgeLetter, copy: CopyKind) -> list[Flowable]:
    st = styles()
    header, item = letter.header, letter.item
    received = words.cn_date(letter.received_on)
    if letter.kind == PledgeKind.TOLERANCE:
        statement = (f"本人（单位）于{received}申请办理“{item.name}”，下列材料暂不能提供，"
                     f"申请容缺受理。本人（单位）承诺在补交期限内提交下列材料，并对已提交和将"
                     f"提交材料的真实性负责；逾期未补交的，同意受理机关依规定终止办理，由此产生的"
                     f"后果由本人（单位）承担。")
        headers, due_label = ("序号", "暂缺材料", "补交期限（含）"), "补交"
    else:
        statement = (f"本人（单位）于{received}申请办理“{item.name}”。受理机关已告知所需证明的"
                     f"事项、应当具备的条件和不实承诺的法律责任。对下列材料，本人（单位）以书面"
                     f"承诺代替提交，承诺所承诺的事项真实、符合要求，愿意接受核查；承诺不实的，"
                     f"愿意依法承担相应责任，受理机关可依法撤销据此作出的决定。"
                     f"本承诺依据{COMMITMENT_POLICY}作出。")
        headers, due_label = ("序号", "以承诺代替的材料", "核查期限（含）"), "核查"
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        *person_rows(letter.applicant, copy),
        *item_rows(item, header.received_at),
    ]
    if letter.promised_date is not None:
        rows.append([("承诺办结日期", words.dated(letter.promised_date, letter.provisional))])
    materials = [(str(index), m.name, words.dated(m.due, letter.provisional, inclusive=False))
                 for index, m in enumerate(letter.materials, start=1)]
    story: list[Flowable] = [
        *heading(header, PLEDGE_TITLES[letter.kind]),
        *opening(header.office_name, statement),
        kv_table(rows),
        section(f"{due_label}事项"),
        grid_table(headers, materials, [14 * mm, CONTENT_WIDTH - 64 * mm, 50 * mm]),
        TextBlock(SIGN_LINE, st.after_table),
    ]
    if letter.provisional:
        story.append(TextBlock(words.PROVISIONAL_NOTE, st.cell))
    story.append(closing(header, copy, sign_off=False, phones=phone_rows(item)))
    return story


def extension_story(notice: ExtensionNotice, copy: CopyKind) -> list[Flowable]:
    header, item = notice.header, notice.item
    received = words.cn_date(notice.received_on)
    basis = (words.according_to(f"{LICENSING_LAW}第四十二条第一款")
             if item.is_licence and notice.beyond_legal_limit else "")
    statement = (f"你（单位）于{received}提出的“{item.name}”申请，本机关已受理。因"
                 f"{notice.reasons.strip().rstrip('。')}，本机关不能在原定期限内作出决定。"
                 f"经本机关负责人批准，{basis}办理期限延长{words.days(notice.days)}，"
                 f"办结日期由{words.cn_date(notice.previous_due)}延至"
                 f"{words.dated(notice.new_due, notice.provisional)}。特此告知。")
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        *person_rows(notice.applicant, copy),
        *item_rows(item, header.received_at),
        [("原办结日期", words.cn_date(notice.previous_due)),
         ("延长后办结日期", words.dated(notice.new_due, notice.provisional))],
        phone_rows(item),
    ]
    story: list[Flowable] = [*heading(header, TITLES[header.doc_type]),
                             *opening(notice.applicant.name, statement), kv_table(rows)]
    if notice.provisional:
        story.append(TextBlock(words.PROVISIONAL_NOTE, styles().cell))
    story.append(closing(header, copy))
    return story


def pause_story(notice: PauseNotice, copy: CopyKind) -> list[Flowable]:
    header, item = notice.header, notice.item
    received = words.cn_date(notice.received_on)
    what = PAUSE_WORDS[notice.pause_kind]
    basis = (words.according_to(f"{LICENSING_LAW}第四十五条") if item.is_licence else "")
    start = words.cn_date(notice.start)
    expected = (f"{what}预计于{words.cn_date(notice.expected_end)}前完成，"
                if notice.expected_end is not None else "")
    opening_words = (f"你（单位）于{received}提出的“{item.name}”申请，本机关已受理。因"
                     f"{notice.reasons.strip().rstrip('。')}，需要进行{what}，{expected}{basis}"
                     f"{what}所需时间不计算在办理期限内。")
    rows = [
        [("跟踪号", header.tracking_number), ("文号", header.doc_number)],
        *person_rows(notice.applicant, copy),
        *item_rows(item, header.received_at),
    ]
    if notice.end is not None and notice.new_due is not None:
        statement = (opening_words + f"{what}自{start}至{words.cn_date(notice.end)}，"
                     f"办理期限已恢复计算，办结日期顺延至"
                     f"{words.dated(notice.new_due, notice.provisional)}。特此告知。")
        rows.append([("不计入期限", f"{start}至{words.cn_date(notice.end)}"),
                     ("顺延后办结日期", words.dated(notice.new_due, notice.provisional))])
    else:
        statement = (opening_words + f"自{start}起办理期限暂停计算，{what}结束后继续计算，"
                     f"届时本机关将书面告知新的办结日期。特此告知。")
        rows.append([("事由", what), ("暂停计算日期", start)])
        if notice.expected_end is not None:
            rows.append([("预计完成日期", words.cn_date(notice.expected_end))])
    rows.append(phone_rows(item))
    story: list[Flowable] = [*heading(header, TITLES[header.doc_type]),
                             *opening(notice.applicant.name, statement), kv_table(rows)]
    if notice.provisional:
        story.append(TextBlock(words.PROVISIONAL_NOTE, styles().cell))
    story.append(closing(header, copy))
    return story
