"""The retention rule: which finished cases may lose their personal data, and what is kept.

A case CLOSED or COMPLETED before the cutoff day keeps its item, dates, statuses, outcomes,
codes and document numbers (the statistics), and loses every field that names, identifies
or reaches a person, and every free text a clerk or supervisor wrote about it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum

from counterdesk.domain.cases import CaseStatus

# What an anonymised applicant or agent is called: the name must stay non-empty text.
ANONYMISED_NAME = "***"
# Case statuses whose cases may be anonymised (finished, nothing more to do for them).
FINISHED = (CaseStatus.CLOSED.value, CaseStatus.COMPLETED.value)
MAX_RETENTION_YEARS = 100

# Per table, the columns that hold personal data and what each becomes. Columns a schema
# does not have (an older database) are skipped; kept: ids, item, dates, statuses, outcome
# and result codes, document numbers, id types (the statistics).
PERSONAL_COLUMNS: Mapping[str, Mapping[str, str]] = {
    "cases": {"applicant_name": ANONYMISED_NAME, "id_number": "", "phone": "",
              "contact_person": "", "note": "", "result": "", "agent_name": "",
              "agent_id_number": "", "agent_phone": "", "delivery_address": ""},
    "submissions": {"backdate_reason": ""},
    "material_checks": {"detail": ""},
    "decisions": {"note": ""},
    "reviews": {"comment": ""},
    "pledges": {"note": ""},
    "clock_changes": {"reasons": "", "approved_by": ""},
}
# Keys of JSON values (case events' details, documents' bodies) whose text is personal data
# or a clerk's free text; a "name" only inside an applicant or agent object.
PERSONAL_KEYS = frozenset({
    "id_number", "phone", "address", "delivery_address", "contact_person", "note",
    "comment", "result", "detail", "stated_reason", "backdate_reason", "agent_name",
    "agent_id_number", "agent_phone", "reasons", "approved_by"})
# In a case event "reason" is the clerk's words (an escalation); in a document it is a
# reason code (不予受理 grounds) and stays.
EVENT_KEYS = PERSONAL_KEYS | {"reason"}
PERSON_OBJECTS = frozenset({"applicant", "agent"})


class CutoffProblem(StrEnum):
    """Why a purge cutoff is refused (the CLI and UI word it)."""

    IN_THE_FUTURE = "in_the_future"
    INSIDE_RETENTION = "inside_retention"
    NO_RULE = "no_rule"


def parse_retention_years(text: str) -> int | None:
    """The office setting: empty means no rule; else whole years from 1 to 100."""
    value = text.strip()
    if not value:
        return None
    if not value.isdigit() or not 1 <= int(value) <= MAX_RETENTION_YEARS:
        raise ValueError(f"retention_years must be empty (no rule) or a whole number of "
                         f"years from 1 to {MAX_RETENTION_YEARS}")
    return int(value)


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day `years` earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def latest_cutoff(today: dt.date, years: int) -> dt.date:
    """The latest --before day the rule allows: cases closed on or after it are kept."""
    return years_before(today, years)


def cutoff_problem(cutoff: dt.date, today: dt.date, years: int | None,
                   confirmed: bool) -> CutoffProblem | None:
    """A purge of cases closed before `cutoff`: refused after today, after the rule's
    latest cutoff, and without a rule unless the admin confirmed it (`--yes`)."""
    if cutoff > today:
        return CutoffProblem.IN_THE_FUTURE
    if years is not None:
        return CutoffProblem.INSIDE_RETENTION if cutoff > latest_cutoff(today, years) else None
    return None if confirmed else CutoffProblem.NO_RULE


def scrub(value: object, keys: frozenset[str] = PERSONAL_KEYS, key: str = "",
          person: bool = False) -> object:
    """A JSON value with its personal text emptied and its people renamed ANONYMISED_NAME;
    its shape is kept, so a document still loads and prints."""
    if isinstance(value, dict):
        here = key in PERSON_OBJECTS
        return {k: scrub(v, keys, k, here) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v, keys, key, person) for v in value]
    if isinstance(value, str) and value:
        if (person and key == "name") or key in PERSON_OBJECTS:
            return ANONYMISED_NAME
        if key in keys:
            return ""
    return value
