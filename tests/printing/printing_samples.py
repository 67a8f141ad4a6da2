"""Realistic documents of one case at a county hall (tests, bench and docs/documents use them)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from counterdesk.domain.aftercare_documents import (
    ExtensionNotice,
    PauseNotice,
    PledgedItem,
    PledgeLetter,
)
from counterdesk.domain.cases import AgentInfo, Applicant, ApplicantKind
from counterdesk.domain.catalog import (
    Category,
    ItemKind,
    Material,
    MaterialForm,
    NoticeTiming,
    Procedure,
    Question,
    ServiceItem,
    default_procedure,
)
from counterdesk.domain.clock import PauseKind
from counterdesk.domain.decision import RejectReason
from counterdesk.domain.defects import Defect
from counterdesk.domain.documents import (
    AcceptanceReceipt,
    CopyKind,
    Document,
    DocumentHeader,
    DocumentType,
    GuideSheet,
    ItemInfo,
    MaterialsList,
    NoticeProblem,
    ReceivedMaterial,
    RejectionNotice,
    RevocationNotice,
    SupplementNotice,
    rejection_for,
)
from counterdesk.domain.pledges import PledgeKind
from counterdesk.domain.refusal_grounds import RefusalGround, StatedGround

ID_NUMBER = "370826198506123014"
LONG_NAME_1 = ("不动产权属来源证明材料（含国有建设用地使用权出让合同、土地出让金缴纳凭证、"
               "建设工程规划核实证明及竣工验收备案表等全部相关材料）")
LONG_NAME_2 = ("夫妻双方身份证明、婚姻关系证明（结婚证或民政部门出具的婚姻登记记录证明）"
               "及共同申请不动产转移登记的书面约定")

QUESTIONS = (
    Question("applicant_type", "申请人类型", ("个人", "夫妻", "多个自然人", "单位")),
    Question("by_agent", "是否委托代理人办理", ("否", "是")),
)
MATERIALS = (
    Material("application", "不动产登记申请书（买卖双方共同申请）", MaterialForm.ORIGINAL, 1),
    Material("identity", "申请人身份证明", MaterialForm.INSPECT_ORIGINAL, 0),
    Material("marriage_proof", LONG_NAME_2, MaterialForm.ORIGINAL_AND_COPY, 1,
             when={"applicant_type": ("夫妻",)}),
    Material("agent_authorization", "授权委托书", MaterialForm.ORIGINAL, 1,
             when={"by_agent": ("是",)}),
    Material("ownership_source", LONG_NAME_1, MaterialForm.COPY, 2),
    Material("tax_receipt", "契税完税证明", MaterialForm.COPY, 1, max_age_days=90,
             source="税务部门", notes="须与申请人姓名一致"),
    Material("contract", "商品房买卖合同（网签备案）", MaterialForm.ORIGINAL, 2),
)
SERVICE_ITEM = ServiceItem(
    code="370826-ZRZY-0012", version=dt.date(2026, 3, 1),
    name="购买商品房登记（转移登记）", department="微山县自然资源和规划局",
    kind=ItemKind.PROMISED, legal_limit_days=30, promised_limit_days=5,
    materials=MATERIALS, window="不动产登记中心 A03窗口", category=Category.CONFIRMATION,
    applicants=("个人", "单位"), fee="住宅每件80元，非住宅每件550元；小微企业免收",
    legal_basis=("《不动产登记暂行条例》第十四条", "《不动产登记暂行条例实施细则》第三十八条"),
    conditions="已首次登记的不动产，因买卖等原因发生权利转移的，当事人可申请转移登记",
    reconsideration_body="微山县人民政府", court="微山县人民法院",
    phones={"consult": "0537-8221001", "complaint": "0537-8221119"}, questions=QUESTIONS,
    procedure=Procedure(basis="《不动产登记暂行条例》第十七条", notice=NoticeTiming.ON_THE_SPOT,
                        deemed_accepted=True),
)
ITEM = ItemInfo.from_catalog(SERVICE_ITEM)
# The same guide as a 行政许可 under the default procedure (行政许可法 art. 32).
LICENCE_ITEM = ItemInfo.from_catalog(dataclasses.replace(
    SERVICE_ITEM, category=Category.LICENSE, procedure=default_procedure(Category.LICENSE)))
APPLICANT = Applicant(ApplicantKind.PERSON, "王秀兰", id_number=ID_NUMBER)
TRACKING = "WS-20260930-A03-0017"


def header(doc_type: DocumentType, number: str, **changes: object) -> DocumentHeader:
    fields: dict[str, object] = dict(
        doc_type=doc_type, office_name="微山县行政审批服务局",
        seal_text="微山县行政审批服务局行政审批专用章", doc_number=number,
        tracking_number=TRACKING, issued_on=dt.date(2026, 9, 30), clerk_name="李明",
        clerk_phone="0537-8221003",
    )
    fields.update(changes)
    return DocumentHeader(**fields)  # type: ignore[arg-type]


RECEIVED = (
    ReceivedMaterial("不动产登记申请书（买卖双方共同申请）", MaterialForm.ORIGINAL, 1, 3),
    ReceivedMaterial("申请人身份证明", MaterialForm.INSPECT_ORIGINAL, 0),
    ReceivedMaterial(LONG_NAME_1, MaterialForm.COPY, 2, 14),
    ReceivedMaterial("契税完税证明", MaterialForm.COPY, 1, 1),
    ReceivedMaterial("商品房买卖合同（网签备案）", MaterialForm.ORIGINAL, 2, 22),
)


def acceptance() -> AcceptanceReceipt:
    return AcceptanceReceipt(
        header=header(DocumentType.ACCEPTANCE_RECEIPT, "微审服受〔2026〕0017号"),
        applicant=APPLICANT, item=ITEM, accepted_on=dt.date(2026, 9, 30),
        promised_date=dt.date(2026, 10, 13), materials_received=RECEIVED,
    )


def problems(count: int = 6) -> tuple[NoticeProblem, ...]:
    base = (
        NoticeProblem(LONG_NAME_2, Defect.MISSING, MaterialForm.ORIGINAL_AND_COPY, 1),
        NoticeProblem(LONG_NAME_1, Defect.ILLEGIBLE, MaterialForm.COPY, 2,
                      notes="复印件须清晰可辨，加盖原出具单位公章"),
        NoticeProblem("契税完税证明", Defect.EXPIRED, MaterialForm.COPY, 1, max_age_days=90,
                      notes="须与申请人姓名一致"),
        NoticeProblem("商品房买卖合同（网签备案）", Defect.WRONG_FORM, MaterialForm.ORIGINAL, 2),
        NoticeProblem("授权委托书", Defect.UNSEALED, MaterialForm.ORIGINAL, 1),
        NoticeProblem("不动产登记申请书（买卖双方共同申请）", Defect.INCONSISTENT,
                      MaterialForm.ORIGINAL, 1, notes="申请书所载房屋坐落与合同不一致"),
    )
    return tuple(base[i % len(base)] for i in range(count))


def supplement_notice(count: int = 6) -> SupplementNotice:
    return SupplementNotice(
        header=header(DocumentType.SUPPLEMENT_NOTICE, "微审服补〔2026〕0009号"),
        applicant=APPLICANT, item=ITEM, received_on=dt.date(2026, 9, 30),
        notice_due=dt.date(2026, 9, 30), problems=problems(count),
    )


def rejection() -> RejectionNotice:
    return rejection_for(
        header(DocumentType.REJECTION_NOTICE, "微审服不受〔2026〕0003号"), APPLICANT,
        SERVICE_ITEM, dt.date(2026, 9, 30), RejectReason.OUT_OF_JURISDICTION,
        competent_office="济宁市自然资源和规划局",
    )


def described_supplement_notice() -> SupplementNotice:
    """A notice whose clerk described what exactly is wrong, for the materials received with
    a problem; the three received without one are kept (the identity card went back)."""
    notice = supplement_notice(3)
    described = (notice.problems[0],
                 dataclasses.replace(notice.problems[1], detail="第3页至第5页复印不清"),
                 dataclasses.replace(notice.problems[2], detail="完税证明开具于2026年5月8日"))
    return dataclasses.replace(notice, problems=described,
                               kept=(RECEIVED[0], RECEIVED[1], RECEIVED[4]))


FALSE_MATERIALS = StatedGround(RefusalGround.FALSE_MATERIALS)


def upheld_rejection(ground: StatedGround = FALSE_MATERIALS) -> RejectionNotice:
    """An escalated refusal a supervisor upheld on 2026-10-09 for an application received
    on 2026-09-30."""
    notice = rejection_for(
        header(DocumentType.REJECTION_NOTICE, "微审服不受〔2026〕0004号",
               issued_on=dt.date(2026, 10, 9)), APPLICANT, SERVICE_ITEM,
        dt.date(2026, 9, 30), RejectReason.ESCALATION_UPHELD,
        competent_office=ground.competent_office)
    return dataclasses.replace(notice, ground=ground,
                               stated_reason="经核查，申请人提交的商品房买卖合同（网签备案）系伪造")


def revocation() -> RevocationNotice:
    """The window's out-of-jurisdiction refusal of 2026-09-30, revoked on 2026-10-12."""
    return RevocationNotice(
        header=header(DocumentType.REVOCATION_NOTICE, "微审服撤〔2026〕0001号",
                      issued_on=dt.date(2026, 10, 12)),
        applicant=APPLICANT, item=ITEM, received_on=dt.date(2026, 9, 30),
        revoked_doc_number="微审服不受〔2026〕0003号", revoked_on=dt.date(2026, 9, 30),
        reasons="该房屋坐落于微山县境内，属于本机关登记职责范围")


def materials_list() -> MaterialsList:
    return MaterialsList(
        header=header(DocumentType.MATERIALS_LIST, "微审服收〔2026〕0017号"),
        applicant=APPLICANT, item=ITEM, received_on=dt.date(2026, 9, 30), materials=RECEIVED,
    )


# 代理人: an agent applying for the applicant, printed beside the applicant.
AGENT = AgentInfo(name="李四", id_number="110105194912310038", relation="受托人")


def escalation_receipt() -> MaterialsList:
    """材料接收凭证 of an application the window escalated (窗口否决报备) at 09:40, handed in
    by an agent; the written answer is due on 2026-10-14."""
    return dataclasses.replace(
        materials_list(), applicant=dataclasses.replace(APPLICANT, agent=AGENT),
        received_time="09:40", referred_for_review=True, answer_due=dt.date(2026, 10, 14))


def agent_acceptance() -> AcceptanceReceipt:
    """受理通知书 of an application an agent (代理人) made for the applicant, who handed in
    the applicant's 授权委托书 with the other materials."""
    authorisation = ReceivedMaterial("授权委托书", MaterialForm.ORIGINAL, 1, 1)
    return dataclasses.replace(
        acceptance(), applicant=dataclasses.replace(APPLICANT, agent=AGENT),
        materials_received=(*RECEIVED[:2], authorisation, *RECEIVED[2:]))


def pledge(kind: PledgeKind = PledgeKind.TOLERANCE) -> PledgeLetter:
    """容缺受理承诺书 signed at the window: the tax receipt is missing and promised within 4
    working days (by 2026-10-12). As 告知承诺书 (PledgeKind.COMMITMENT): the commitment
    replaces it and is verified by the promised date, 2026-10-13 (domain/pledges.offer)."""
    due = dt.date(2026, 10, 12) if kind == PledgeKind.TOLERANCE else dt.date(2026, 10, 13)
    return PledgeLetter(
        header=header(DocumentType.PLEDGE_LETTER, "微审服诺〔2026〕3号"),
        applicant=APPLICANT, item=ITEM, kind=kind, received_on=dt.date(2026, 9, 30),
        materials=(PledgedItem("契税完税证明", due),), promised_date=dt.date(2026, 10, 13))


def extension(item: ItemInfo = LICENCE_ITEM) -> ExtensionNotice:
    """延长办理期限告知书: the limit extended by 10 working days on 2026-10-12."""
    return ExtensionNotice(
        header=header(DocumentType.EXTENSION_NOTICE, "微审服延〔2026〕1号",
                      issued_on=dt.date(2026, 10, 12)),
        applicant=APPLICANT, item=item, received_on=dt.date(2026, 9, 30), days=10,
        previous_due=dt.date(2026, 10, 13), new_due=dt.date(2026, 10, 27),
        reasons="需要实地核查房屋现状", beyond_legal_limit=True)


def pause(restarted: bool = False, item: ItemInfo = LICENCE_ITEM) -> PauseNotice:
    """除外时间告知书: the clock stopped on Monday 2026-10-12 for an expert review. With
    `restarted`, the notice issued on 2026-10-15 when it restarts: 10-12 to 10-14 not
    counted, so the promised 2026-10-13 moves by those three working days to 2026-10-16."""
    notice = PauseNotice(
        header=header(DocumentType.PAUSE_NOTICE, "微审服除〔2026〕1号",
                      issued_on=dt.date(2026, 10, 12)),
        applicant=APPLICANT, item=item, received_on=dt.date(2026, 9, 30),
        pause_kind=PauseKind.EXPERT_REVIEW, start=dt.date(2026, 10, 12),
        reasons="申请事项需组织专家论证", expected_end=dt.date(2026, 10, 16))
    if not restarted:
        return notice
    return dataclasses.replace(
        notice, header=dataclasses.replace(notice.header, doc_number="微审服除〔2026〕2号",
                                           issued_on=dt.date(2026, 10, 15)),
        end=dt.date(2026, 10, 14), new_due=dt.date(2026, 10, 16))


def guide() -> GuideSheet:
    return GuideSheet.from_catalog(
        header(DocumentType.GUIDE_SHEET, "", copies=(CopyKind.APPLICANT,)), SERVICE_ITEM)


def reprinted_acceptance() -> AcceptanceReceipt:
    """The receipt of acceptance(), reprinted (补打) a week later."""
    receipt = acceptance()
    header = dataclasses.replace(receipt.header, reprinted_on=dt.date(2026, 10, 8))
    return dataclasses.replace(receipt, header=header)


# Applicants at the counter: every case number gives another name (and so other characters
# than the documents' fixed wording); bench/render.py renders one document per case.
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢"
            "宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程")
GIVEN = "秀兰振华建国丽娟志强海燕德胜婧伟芳敏静磊洋艳勇军杰娜涛明超霞平刚桂英玉梅文辉鹏飞春晓红云"
ORG_EVERY = 5  # every fifth applicant is an organisation


def applicant_for_case(number: int) -> Applicant:
    surname = SURNAMES[number % len(SURNAMES)]
    given = GIVEN[(number // len(SURNAMES)) % len(GIVEN)] + GIVEN[number % len(GIVEN)]
    if number % ORG_EVERY == 0:
        return Applicant(ApplicantKind.ORG, f"微山县{surname}{given}渔业专业合作社", "uscc",
                         "93370826MA3C4FQN4B")
    return Applicant(ApplicantKind.PERSON, surname + given, id_number=ID_NUMBER)


def for_case(document: Document, number: int, other_materials: bool = False) -> Document:
    """`document` as it would print for the number-th case of the day: another applicant,
    tracking number and document number (so another QR code). With `other_materials`, a
    supplement notice's problems also name materials no earlier case named."""
    header = document.header
    changes: dict[str, object] = {"tracking_number": f"WS-20260930-A03-{number:04d}"}
    if header.doc_number:
        changes["doc_number"] = re.sub(r"\d{4}号$", f"{number:04d}号", header.doc_number)
    applicant = applicant_for_case(number)
    document = dataclasses.replace(document, header=dataclasses.replace(header, **changes),
                                   applicant=applicant)
    if other_materials and isinstance(document, SupplementNotice):
        # e.g. 王建国名下房产的抵押注销证明: a material whose name holds the applicant's
        renamed = tuple(dataclasses.replace(
            problem, material_name=f"{applicant.name}名下{problem.material_name}")
            for problem in document.problems[:2])
        document = dataclasses.replace(document, problems=renamed + document.problems[2:])
    return document
