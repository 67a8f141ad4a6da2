"""Build the document a decision calls for, number it (文号), and print or reprint it from the
log: a document is rendered only from what the log holds."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Mapping
from pathlib import Path

from counterdesk.domain import documents as docs
from counterdesk.domain.cases import Applicant, ApplicantKind, Case, paper_case
from counterdesk.domain.catalog import Category, IssuingBody, ServiceItem, issuing_body
from counterdesk.domain.decision import Decision, Outcome, RejectReason, Scenario
from counterdesk.domain.defects import Defect
from counterdesk.services import document_codec
from counterdesk.services.accounts import Actor
from counterdesk.services.office import OfficeSettings
from counterdesk.services.workspace import Workspace
from counterdesk.store import audit
from counterdesk.store.case_repo import new_id
from counterdesk.store.document_repo import DocumentRepo
from counterdesk.store.unit_of_work import UnitOfWork


class DocumentError(Exception):
    """A document cannot be issued or printed; the message says what is missing."""


def header(doc_type: docs.DocumentType, case: Case, settings: OfficeSettings,
           actor: Actor, today: dt.date, doc_number: str = "",
           item: ServiceItem | None = None) -> docs.DocumentHeader:
    """The document is issued in the name of the item's 实施主体 under its seal; the hall
    is named only as the place where the application was received."""
    office_name, seal_text, received_at = settings.office_name, settings.seal_text, ""
    if item is not None:
        body = issuer_of(item, settings)
        if not body.is_office:
            office_name, seal_text, received_at = body.name, body.seal, settings.office_name
    return docs.DocumentHeader(
        doc_type=doc_type, office_name=office_name, seal_text=seal_text,
        doc_number=doc_number, tracking_number=case.tracking_no, issued_on=today,
        clerk_name=actor.display_name,
        clerk_phone=actor.phone if settings.prints_clerk_phone else "",
        received_at=received_at)


def applicant_of(case: Case) -> Applicant:
    """The applicant and, when an agent applied (代理人), the agent, as documents print them."""
    return case.printed_applicant


def issuer_of(item: ServiceItem, settings: OfficeSettings) -> IssuingBody:
    """The item's 实施主体 at this hall (domain/catalog.py `issuing_body`)."""
    return issuing_body(item.issuer, item.department, settings.office_name, settings.seal_text,
                        settings.issues_in_own_name)


def item_info(item: ServiceItem, settings: OfficeSettings) -> docs.ItemInfo:
    """The item's own phones and remedies. The office's phones fill what the guide lacks;
    its reconsideration body and court only when the office itself is the issuer (remedies
    follow the body that decided, never the hall that received)."""
    info = docs.ItemInfo.from_catalog(item)
    phones = dict(info.phones)
    phones.setdefault("consult", settings.consult_phone)
    phones.setdefault("complaint", settings.complaint_phone)
    fallback = issuer_of(item, settings).is_office and item.category != Category.PUBLIC_SERVICE
    return dataclasses.replace(
        info, phones={k: v for k, v in phones.items() if v},
        reconsideration_body=info.reconsideration_body
        or (settings.reconsideration_body if fallback else ""),
        court=info.court or (settings.court if fallback else ""))


def received_materials(item: ServiceItem, scenario: Scenario,
                       leaving_out: Collection[str] = ()) -> tuple[docs.ReceivedMaterial, ...]:
    """What the applicant handed in, in catalog order; `leaving_out` material ids."""
    received = []
    for material in item.required_materials(scenario.answers):
        report = scenario.materials.get(material.id)
        if report is None or Defect.MISSING in report.defects or material.id in leaving_out:
            continue
        copies = material.copies if report.copies is None else report.copies
        received.append(docs.ReceivedMaterial(material.name, material.form, copies,
                                              report.pages))
    return tuple(received)


def materials_receipt(case: Case, item: ServiceItem, received_on: dt.date,
                      materials: tuple[docs.ReceivedMaterial, ...], settings: OfficeSettings,
                      actor: Actor, today: dt.date, received_time: str = "",
                      answer_due: dt.date | None = None) -> docs.MaterialsList:
    """材料接收凭证 of what was handed over; with `answer_due`, the matter was referred for
    review (窗口否决报备) and is answered in writing by that day."""
    return docs.MaterialsList(
        header=header(docs.DocumentType.MATERIALS_LIST, case, settings, actor, today,
                      item=item),
        applicant=applicant_of(case), item=item_info(item, settings), received_on=received_on,
        materials=materials, received_time=received_time,
        referred_for_review=answer_due is not None, answer_due=answer_due)


def build_decision_document(case: Case, item: ServiceItem, decision: Decision,
                            scenario: Scenario, settings: OfficeSettings, actor: Actor,
                            today: dt.date, details: Mapping[str, str] | None = None
                            ) -> docs.Document:
    """Accept → 受理通知书; supplement → 一次性告知书 (with the clerk's words on what is
    wrong, `details` by material id); reject → 不予受理通知书."""
    info = item_info(item, settings)
    applicant = applicant_of(case)
    if decision.outcome == Outcome.ACCEPT:
        return docs.AcceptanceReceipt(
            header=header(docs.DocumentType.ACCEPTANCE_RECEIPT, case, settings, actor, today,
                          item=item),
            applicant=applicant, item=info, accepted_on=scenario.received_on,
            promised_date=None if item.promised_limit_days == 0 else decision.promised_date,
            materials_received=received_materials(item, scenario),
            deemed_accepted=decision.deemed_accepted,
            notice_due=decision.notice_due if decision.deemed_accepted else None,
            provisional=decision.provisional)
    if decision.outcome == Outcome.SUPPLEMENT:
        assert decision.notice_due is not None
        problems = []
        with_problems: set[str] = set()
        for problem in decision.problems:
            material = item.material(problem.material)
            assert material is not None
            # A material's description is printed once, beside its first problem.
            detail = "" if material.id in with_problems else \
                (details or {}).get(material.id, "").strip()
            with_problems.add(material.id)
            problems.append(docs.NoticeProblem(
                material_name=material.name, defect=problem.defect, form=material.form,
                copies=material.copies, max_age_days=material.max_age_days,
                notes=material.notes or "", detail=detail))
        return docs.SupplementNotice(
            header=header(docs.DocumentType.SUPPLEMENT_NOTICE, case, settings, actor, today,
                          item=item),
            applicant=applicant, item=info, received_on=scenario.received_on,
            notice_due=decision.notice_due, problems=tuple(problems),
            provisional=decision.provisional,
            kept=received_materials(item, scenario, with_problems))
    assert decision.reason is not None
    notice = docs.RejectionNotice(
        header=header(docs.DocumentType.REJECTION_NOTICE, case, settings, actor, today,
                      item=item),
        applicant=applicant, item=info, received_on=scenario.received_on,
        reason=RejectReason(decision.reason),
        competent_office=scenario.competent_office or "", legal_basis=item.legal_basis,
        reconsideration_body=info.reconsideration_body, court=info.court)
    # A rejection that cannot print (no remedies named) is refused before anything is logged.
    docs.check_rejection_printable(notice)
    return notice


def _with_number(document: docs.Document, doc_number: str) -> docs.Document:
    new_header = docs.DocumentHeader(**{**document.header.__dict__, "doc_number": doc_number})
    return type(document)(**{**document.__dict__, "header": new_header})  # type: ignore[arg-type]


def issue_document(uow: UnitOfWork, case_id: str, decision_id: str | None,
                   actor: Actor, document: docs.Document, settings: OfficeSettings,
                   today: dt.date, at: str) -> tuple[str, str]:
    """Number the document and store it, inside the caller's transaction: a crash before
    commit gives the number back, so numbers are never skipped nor reused."""
    repo = uow.documents
    doc_type = document.header.doc_type.value
    # A database copied over the live one by hand (not restored) has older counters: the
    # head record beside it keeps the highest number printed, and numbering goes on after it.
    before = repo.counter(doc_type, today.year)
    seq = repo.next_seq(doc_type, today.year, audit.document_floor(uow.conn, doc_type, today.year))
    doc_no = settings.doc_number(doc_type, today.year, seq)
    numbered = _with_number(document, doc_no)
    document_id = new_id()
    repo.insert({"id": document_id, "case_id": case_id, "decision_id": decision_id,
                 "doc_type": doc_type, "doc_no": doc_no, "year": today.year, "seq": seq,
                 "issued_at": at, "clerk_id": actor.user_id,
                 "body": document_codec.dumps(numbered)})
    details: dict[str, object] = {"case": case_id, "doc_no": doc_no, "doc_type": doc_type}
    if seq > before + 1:
        details["numbers_skipped"] = {f"{doc_type}/{today.year}": [before + 1, seq - 1]}
    uow.audit(at=at, actor_id=actor.user_id, action="document_number",
              entity="document", entity_id=document_id, details=details)
    return document_id, doc_no


class DocumentService:
    def __init__(self, space: Workspace):
        self.space = space

    def issue_extra(self, actor: Actor, case_id: str, document: docs.Document) -> tuple[str, str]:
        """A document that is not a decision (材料接收清单, 办事指南告知单)."""
        from counterdesk.services.office import OfficeService

        settings = OfficeService(self.space).load()
        now = self.space.clock()
        with self.space.unit_of_work() as uow:
            issued = issue_document(uow, case_id, None, actor, document, settings,
                                    now.date(), now.isoformat(timespec="seconds"))
            uow.commit()
        return issued

    def load(self, document_id: str) -> tuple[dict[str, object], docs.Document]:
        row = DocumentRepo(self.space.db.conn).get(document_id)
        if row is None:
            raise DocumentError(f"document {document_id} is not in the log")
        return row, document_codec.loads(str(row["doc_type"]), str(row["body"]))

    def render(self, actor: Actor, document_id: str, out: Path, target: str = "",
               layout: str = "a4") -> Path:
        """Render from the log and record the print; every print after the first is a
        reprint (补打) with the same number, and is logged as such."""
        from counterdesk.printing import render

        row, document = self.load(document_id)
        repo = DocumentRepo(self.space.db.conn)
        reprint = repo.print_count(document_id) > 0
        if reprint:
            new_header = docs.DocumentHeader(**{**document.header.__dict__,
                                                "reprinted_on": self.space.today()})
            document = type(document)(**{**document.__dict__,  # type: ignore[arg-type]
                                         "header": new_header})
        render(document, out, layout=layout)
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            uow.documents.record_print({"id": new_id(), "document_id": document_id,
                                        "printed_at": at, "user_id": actor.user_id,
                                        "reprint": int(reprint), "target": target or str(out)})
            uow.audit(at=at, actor_id=actor.user_id,
                      action="reprint" if reprint else "print", entity="document",
                      entity_id=document_id, details={"doc_no": row["doc_no"],
                                                      "target": target or str(out)})
            uow.commit()
        return out

    def for_case(self, case_id: str) -> list[dict[str, object]]:
        return DocumentRepo(self.space.db.conn).for_case(case_id)


def render_specimen(space: Workspace, item: ServiceItem, decision: Decision,
                    scenario: Scenario, out_dir: Path) -> Path:
    """The document a scripted decision calls for, as a specimen (样张): it is not in the case
    log, so it has no document number and every page says it is not valid."""
    from counterdesk.printing import render
    from counterdesk.services.accounts import Role
    from counterdesk.services.office import OfficeService
    from counterdesk.services.paths import file_name_part

    settings = OfficeService(space).load()
    case = paper_case("样张", Applicant(ApplicantKind.PERSON, "（样张）", id_type=""))
    actor = Actor(0, "", "（样张）", Role.CLERK, "")
    # Dated the scenario's decision day, as the real document would be.
    document = build_decision_document(case, item, decision, scenario, settings, actor,
                                       scenario.decision_day)
    marked = docs.DocumentHeader(**{**document.header.__dict__, "specimen": True})
    document = type(document)(**{**document.__dict__, "header": marked})  # type: ignore[arg-type]
    # The item code comes from a catalog file: it names the PDF only once made a plain
    # name, and the file must land inside out_dir whatever links lie on the way.
    name = f"{document.header.doc_type.value}-{file_name_part(item.code)}-" \
           f"{scenario.received_on.isoformat()}.pdf"
    out_dir.mkdir(parents=True, exist_ok=True)
    folder = out_dir.resolve()
    out = folder / name
    if out.resolve().parent != folder:
        raise DocumentError(f"{out} leads outside {out_dir}; remove that link or choose "
                            f"another folder")
    render(document, out)
    return out
