"""代理人: the agent question follows the registration and requires the 授权委托书."""

import dataclasses

from counterdesk.domain.agents import (
    AGENT_QUESTION,
    answers_for,
    asks_agent,
    relation_problem,
)
from counterdesk.services.catalog_files import load_file
from tests.conftest import FIXTURES

ITEM = load_file(FIXTURES / "example-item.yaml")


def required_ids(answers) -> set[str]:
    return {m.id for m in ITEM.required_materials(answers)}


def test_given_an_agent_applies_when_answered_then_the_authorisation_is_required():
    answers = answers_for(ITEM, {"applicant_type": "个人", AGENT_QUESTION: "否"}, True)
    assert answers[AGENT_QUESTION] == "是"
    assert "agent_authorization" in required_ids(answers)


def test_given_the_applicant_comes_in_person_when_answered_then_no_authorisation():
    # even when the clerk had picked 是 by mistake, the registration decides
    answers = answers_for(ITEM, {"applicant_type": "个人", AGENT_QUESTION: "是"}, False)
    assert answers[AGENT_QUESTION] == "否"
    assert "agent_authorization" not in required_ids(answers)


def test_given_an_item_that_does_not_ask_about_agents_when_answered_then_nothing_changes():
    item = dataclasses.replace(ITEM, questions=tuple(
        q for q in ITEM.questions if q.id != AGENT_QUESTION))
    assert not asks_agent(item) and asks_agent(ITEM)
    assert answers_for(item, {"applicant_type": "个人"}, True) == {"applicant_type": "个人"}


def test_given_a_relation_when_checked_then_empty_or_unprintable_is_refused():
    assert relation_problem("受托人") is None
    assert relation_problem("  ") == "agent_relation_required"
    assert relation_problem("亲\x00属") == "agent_relation_invalid"
    assert relation_problem("很" * 21) == "agent_relation_invalid"
