"""代理人: an agent applying for the applicant, and the intake question it answers.

The catalog's items ask `by_agent` (是否委托代理人办理, options 否/是) and require their
授权委托书 with `when: {by_agent: 是}` (catalog-format.md). The answer is not the clerk's to
choose: it follows from the registration, so an agent's application always requires the
authorisation and an applicant's own never does. An item whose guide does not ask the
question gets no extra requirement: the catalog format has no material outside the guide.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from counterdesk.domain.catalog import ServiceItem

AGENT_QUESTION = "by_agent"
BY_AGENT = "是"
NOT_BY_AGENT = "否"

# Relations offered at the desk; the clerk may type another.
RELATIONS: tuple[str, ...] = ("亲属", "受托人", "法定代理人", "单位经办人")
RELATION_MAX_CHARS = 20


@dataclass(frozen=True)
class Agent:
    name: str
    id_type: str
    id_number: str
    phone: str = ""
    relation: str = ""


def answers_for(item: ServiceItem, answers: Mapping[str, str], by_agent: bool
                ) -> dict[str, str]:
    """The intake answers with the agent question answered from the registration, when the
    item asks it and offers the usual 是/否."""
    result = dict(answers)
    question = item.question(AGENT_QUESTION)
    wanted = BY_AGENT if by_agent else NOT_BY_AGENT
    if question is not None and wanted in question.options:
        result[AGENT_QUESTION] = wanted
    return result


def asks_agent(item: ServiceItem) -> bool:
    """True when the item's guide asks whether an agent applies (the desk then fixes it)."""
    question = item.question(AGENT_QUESTION)
    return question is not None and {BY_AGENT, NOT_BY_AGENT} <= set(question.options)


def relation_problem(relation: str) -> str | None:
    """None when the relation is usable, else a reason code."""
    text = relation.strip()
    if not text:
        return "agent_relation_required"
    if len(text) > RELATION_MAX_CHARS or any(not ch.isprintable() for ch in text):
        return "agent_relation_invalid"
    return None
