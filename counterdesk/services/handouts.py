"""Documents besides the decision (材料接收清单, 办事指南告知单), the last submission of a
case for the return visit, and previews that are not prints."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from counterdesk.domain import documents as docs
from counterdesk.domain.decision import MaterialReport
from counterdesk.domain.defects import Defect
from counterdesk.services import documents as document_parts
from counterdesk.services.accounts import Actor
from counterdesk.services.documents import DocumentService
from counterdesk.services.intake import IntakeService, SubmissionInput
from counterdesk.services.office import OfficeService
from counterdesk.services.workspace import Workspace
from counterdesk.store.case_repo import CaseRepo
from counterdesk.store.document_repo import DocumentRepo


class HandoutService:
    def __init__(self, space: Workspace):
        self.space = space
        self.intake = IntakeService(space)
        self.documents = DocumentService(space)

    def issue_materials_list(self, actor: Actor, case_id: str) -> tuple[str, str]:
        """材料接收清单 of the case's latest submission, as recorded (never from the form)."""
        case = self.intake.case(case_id)
        submission = self.last_submission(case_id)
        if submission is None or submission.received_on is None:
            raise document_parts.DocumentError("no materials were received for this case")
        item = self.intake.item_of(case)
        settings = OfficeService(self.space).load()
        scenario = self.intake.scenario(case, submission)
        document = docs.MaterialsList(
            header=document_parts.header(docs.DocumentType.MATERIALS_LIST, case, settings,
                                         actor, self.space.today(), item=item),
            applicant=document_parts.applicant_of(case),
            item=document_parts.item_info(item, settings), received_on=submission.received_on,
            materials=document_parts.received_materials(item, scenario))
        return self.documents.issue_extra(actor, case_id, document)

    def issue_guide_sheet(self, actor: Actor, case_id: str) -> tuple[str, str]:
        """办事指南告知单: the item's whole materials list, handed out at a consultation."""
        case = self.intake.case(case_id)
        item = self.intake.item_of(case)
        settings = OfficeService(self.space).load()
        head = document_parts.header(docs.DocumentType.GUIDE_SHEET, case, settings, actor,
                                     self.space.today(), item=item)
        sheet = docs.GuideSheet(
            header=head, item=document_parts.item_info(item, settings), category=item.category,
            conditions=item.conditions, questions=item.questions, materials=item.materials,
            applicant=document_parts.applicant_of(case))
        return self.documents.issue_extra(actor, case_id, sheet)

    def last_submission(self, case_id: str) -> SubmissionInput | None:
        """What was recorded at the last visit, to pre-fill the return with supplements."""
        repo = CaseRepo(self.space.db.conn)
        submissions = repo.submissions(case_id)
        if not submissions:
            return None
        last = submissions[-1]
        materials, details = {}, {}
        for check in repo.material_checks(last["id"]):
            if check["detail"]:
                details[check["material_id"]] = str(check["detail"])
            defects = tuple(Defect(code) for code in json.loads(check["defects"]))
            if not check["received"] and Defect.MISSING not in defects:
                defects = (Defect.MISSING, *defects)
            materials[check["material_id"]] = MaterialReport(
                copies=check["copies"], defects=defects,
                corrected=tuple(Defect(code) for code in json.loads(check["corrected"])),
                issued_on=dt.date.fromisoformat(check["issued_on"]) if check["issued_on"]
                else None, pages=check["pages"])
        return SubmissionInput(
            answers=json.loads(last["answers"]), materials=materials,
            permit_required=bool(last["permit_required"]),
            in_jurisdiction=bool(last["in_jurisdiction"]),
            competent_office=last["competent_office"],
            received_on=dt.date.fromisoformat(last["received_on"]), details=details)

    def render_preview(self, document_id: str, out: Path, layout: str = "a4") -> Path:
        """The PDF exactly as the next print will look (a reprint is marked 补打), without
        recording a print: only what leaves the desk on paper or as a file is logged."""
        from counterdesk.printing import render

        _row, document = self.documents.load(document_id)
        if DocumentRepo(self.space.db.conn).print_count(document_id) > 0:
            header = docs.DocumentHeader(**{**document.header.__dict__,
                                            "reprinted_on": self.space.today()})
            document = type(document)(**{**document.__dict__,  # type: ignore[arg-type]
                                         "header": header})
        render(document, out, layout=layout)
        return out
