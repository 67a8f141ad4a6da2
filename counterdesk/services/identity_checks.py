"""Identity checks at registration: the applicant's and the agent's numbers (a failed check
is confirmed by the clerk, never a hard block), and the same number under other names."""

from __future__ import annotations

import datetime as dt

from counterdesk.domain.agents import Agent, relation_problem
from counterdesk.domain.cases import Applicant
from counterdesk.domain.ids import IdCheck, check_as, holder_name_key
from counterdesk.domain.validation import check_person_name, check_phone
from counterdesk.services.intake_types import (
    IdNeedsConfirmation,
    IntakeError,
    OtherHolder,
)
from counterdesk.store.case_repo import CaseRepo


def check_applicant_id(applicant: Applicant, today: dt.date) -> IdCheck | None:
    if not applicant.id_number:
        return None
    return check_as(applicant.id_type, applicant.id_number, today)


def holders_under_other_names(repo: CaseRepo, name: str, id_number: str
                               ) -> list[OtherHolder]:
    if not id_number:
        return []
    seen = {holder_name_key(name)}
    found = []
    for row in repo.names_on_id_number(id_number):
        key = holder_name_key(str(row["applicant_name"]))
        if key not in seen:
            seen.add(key)
            found.append(OtherHolder(str(row["applicant_name"]), str(row["tracking_no"])))
    return found


def checked_agent(agent: Agent | None, today: dt.date, confirmed: bool
                   ) -> tuple[Agent | None, str]:
    """The agent as the case keeps it (None without an agent) and the code of a failed identity
    check the clerk confirmed; an agent is a person named, identified and related."""
    if agent is None:
        return None, ""
    named = check_person_name(agent.name)
    if named.reason == "empty":
        raise IntakeError("agent_name_required", "the agent's name is required")
    if not named.ok:
        raise IntakeError(f"agent_name_{named.reason}",
                          f"the agent's name is not usable ({named.reason})")
    if not agent.id_number.strip():
        raise IntakeError("agent_id_required", "the agent's identity number is required")
    result = check_as(agent.id_type, agent.id_number, today)
    number, warning = agent.id_number.strip(), ""
    if result is not None:
        number = result.normalized
        if not result.valid:
            if not confirmed:
                raise IdNeedsConfirmation(result, "agent_id_unconfirmed")
            warning = str(result.reason)
    phone = check_phone(agent.phone)
    if not phone.ok:
        raise IntakeError("agent_phone_invalid",
                          f"the agent's phone number is not usable ({phone.reason})")
    problem = relation_problem(agent.relation)
    if problem:
        raise IntakeError(problem, "say how the agent is related to the applicant "
                                   "(e.g. 亲属, 受托人, 法定代理人)")
    return Agent(named.value, agent.id_type, number, phone.value,
                 agent.relation.strip()), warning
