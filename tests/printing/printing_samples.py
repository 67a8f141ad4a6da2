"""Realistic documents of one case at a county hall (tests, bench and docs/documents use them)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from counterdesk.domain.catalog import (
    Category,
    ItemKind,
    Material,
    MaterialForm,
    Question,
    ServiceItem,
)
from counterdesk.domain.decision import RejectReason
from counterdesk.domain.defects import Defect
from counterdesk.domain.documents import (
    AcceptanceReceipt,
    Applicant,
    CopyKind,
    DocumentHeader,
    DocumentType,
    GuideSheet,
    ItemInfo,
    MaterialsList,
    NoticeProblem,
    ReceivedMaterial,
    RejectionNotice,
    SupplementNotice,
    rejection_for,
)

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
)
ITEM = ItemInfo.from_catalog(SERVICE_ITEM)
APPLICANT = Applicant("王秀兰", ID_NUMBER)
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
        notice_due=dt.date(2026, 10, 13), problems=problems(count),
    )


def rejection() -> RejectionNotice:
    return rejection_for(
        header(DocumentType.REJECTION_NOTICE, "微审服不受〔2026〕0003号"), APPLICANT,
        SERVICE_ITEM, dt.date(2026, 9, 30), RejectReason.OUT_OF_JURISDICTION,
        competent_office="济宁市自然资源和规划局",
    )


def materials_list() -> MaterialsList:
    return MaterialsList(
        header=header(DocumentType.MATERIALS_LIST, "微审服收〔2026〕0017号"),
        applicant=APPLICANT, item=ITEM, received_on=dt.date(2026, 9, 30), materials=RECEIVED,
    )


def guide() -> GuideSheet:
    return GuideSheet.from_catalog(
        header(DocumentType.GUIDE_SHEET, "", copies=(CopyKind.APPLICANT,)), SERVICE_ITEM)


def reprinted_acceptance() -> AcceptanceReceipt:
    """The receipt of acceptance(), reprinted (补打) a week later."""
    receipt = acceptance()
    header = dataclasses.replace(receipt.header, reprinted_on=dt.date(2026, 10, 8))
    return dataclasses.replace(receipt, header=header)
