"""A case row and the domain's `Case`: the one place that knows the columns of `cases`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from counterdesk.domain.agents import Agent
from counterdesk.domain.cases import (
    Applicant,
    ApplicantKind,
    Case,
    CaseStatus,
    Channel,
    Closing,
    Purpose,
)
from counterdesk.domain.completion import Completion, Delivery, ResultKind


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def case_from_row(row: Mapping[str, Any]) -> Case:
    """The case a `SELECT * FROM cases` row holds (any schema from migration 0010 on)."""
    agent = None
    if row["agent_name"]:
        agent = Agent(row["agent_name"], row["agent_id_type"], row["agent_id_number"],
                      row["agent_phone"], row["agent_relation"])
    closing = None
    if row["closed_at"]:
        completion = None
        if row["result_kind"]:
            completion = Completion(
                ResultKind(row["result_kind"]), row["result_doc_no"],
                _day(row["result_doc_date"]),
                Delivery(row["delivery"]) if row["delivery"] else Delivery.PICKUP,
                row["delivery_address"], row["result"])
        closing = Closing(row["closed_at"], row["result"], completion)
    return Case(
        id=row["id"], tracking_no=row["tracking_no"], window_id=row["window_id"],
        owner_id=int(row["owner_id"]), purpose=Purpose(row["purpose"]),
        channel=Channel(row["channel"]),
        applicant=Applicant(ApplicantKind(row["applicant_kind"]), row["applicant_name"],
                            row["id_type"], row["id_number"], row["phone"],
                            row["contact_person"]),
        status=CaseStatus(row["status"]), registered_at=row["registered_at"],
        updated_at=row["updated_at"], queue_ticket=row["queue_ticket"],
        id_warning=row["id_warning"], note=row["note"], agent=agent,
        item_code=row["item_code"], item_version=_day(row["item_version"]),
        received_on=_day(row["received_on"]), accepted_on=_day(row["accepted_on"]),
        promised_date=_day(row["promised_date"]), closing=closing,
        row_version=int(row["row_version"]))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def case_columns(case: Case) -> dict[str, Any]:
    """Every column of the case's row but `row_version` (the triggers number it)."""
    applicant, agent, closing = case.applicant, case.agent, case.closing
    completion = closing.completion if closing is not None else None
    return {
        "id": case.id, "tracking_no": case.tracking_no, "window_id": case.window_id,
        "owner_id": case.owner_id, "purpose": case.purpose.value,
        "channel": case.channel.value, "queue_ticket": case.queue_ticket,
        "applicant_kind": applicant.kind.value, "applicant_name": applicant.name,
        "id_type": applicant.id_type, "id_number": applicant.id_number,
        "id_warning": case.id_warning, "phone": applicant.phone,
        "contact_person": applicant.contact_person, "item_code": case.item_code,
        "item_version": _iso(case.item_version), "status": case.status.value,
        "registered_at": case.registered_at, "received_on": _iso(case.received_on),
        "accepted_on": _iso(case.accepted_on), "promised_date": _iso(case.promised_date),
        "closed_at": closing.at if closing is not None else None,
        "result": closing.result if closing is not None else "",
        "note": case.note, "updated_at": case.updated_at,
        "agent_name": agent.name if agent else "",
        "agent_id_type": agent.id_type if agent else "",
        "agent_id_number": agent.id_number if agent else "",
        "agent_phone": agent.phone if agent else "",
        "agent_relation": agent.relation if agent else "",
        "result_kind": completion.result.value if completion else "",
        "result_doc_no": completion.doc_no if completion else "",
        "result_doc_date": _iso(completion.doc_date) if completion else None,
        "delivery": completion.delivery.value if completion else "",
        "delivery_address": completion.address if completion else "",
    }


def changed_columns(before: Case, after: Case) -> dict[str, Any]:
    """The columns a step changed: only these are written."""
    old, new = case_columns(before), case_columns(after)
    return {key: value for key, value in new.items() if old[key] != value}
