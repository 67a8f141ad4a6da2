"""办结 recorded: the results an item may end with, its deciding document and delivery."""

import dataclasses
import datetime as dt

import pytest

from counterdesk.domain.catalog import Category
from counterdesk.domain.completion import (
    Completion,
    CompletionError,
    Delivery,
    ResultKind,
    allowed_results,
    check_completion,
    is_immediate,
)
from counterdesk.services.catalog_files import load_file
from tests.conftest import FIXTURES

TODAY = dt.date(2026, 10, 9)
ACCEPTED = dt.date(2026, 9, 30)


def code_of(completion: Completion, category: Category = Category.LICENSE) -> str:
    with pytest.raises(CompletionError) as raised:
        check_completion(completion, category, ACCEPTED, TODAY)
    return raised.value.code


def test_given_each_category_when_asked_then_powers_grant_or_refuse_and_services_are_done():
    for category in (Category.LICENSE, Category.CONFIRMATION, Category.BENEFIT):
        assert allowed_results(category) == (ResultKind.GRANTED, ResultKind.REFUSED)
    assert allowed_results(Category.PUBLIC_SERVICE) == (ResultKind.DONE,)
    assert code_of(Completion(ResultKind.DONE)) == "result_not_allowed"
    assert code_of(Completion(ResultKind.GRANTED, "X1", TODAY),
                   Category.PUBLIC_SERVICE) == "result_not_allowed"


def test_given_a_granted_licence_when_recorded_then_its_document_number_and_date_are_needed():
    assert code_of(Completion(ResultKind.GRANTED, "", TODAY)) == "result_doc_no_required"
    assert code_of(Completion(ResultKind.REFUSED, "微审〔2026〕1号")) == \
        "result_doc_date_required"
    done = check_completion(Completion(ResultKind.GRANTED, " 微审〔2026〕1号 ", TODAY,
                                       note=" 已发证 "), Category.LICENSE, ACCEPTED, TODAY)
    assert (done.doc_no, done.note) == ("微审〔2026〕1号", "已发证")


def test_given_a_document_date_when_outside_acceptance_to_today_then_refused():
    assert code_of(Completion(ResultKind.GRANTED, "X1", dt.date(2026, 10, 10))) == \
        "result_doc_date_future"
    assert code_of(Completion(ResultKind.GRANTED, "X1", dt.date(2026, 9, 29))) == \
        "result_doc_date_before_acceptance"


def test_given_a_posted_result_when_recorded_then_an_address_is_needed_and_kept():
    assert code_of(Completion(ResultKind.GRANTED, "X1", TODAY, Delivery.MAIL)) == \
        "delivery_address_required"
    posted = check_completion(Completion(ResultKind.DONE, delivery=Delivery.MAIL,
                                         address="微山县夏镇奎文路1号"),
                              Category.PUBLIC_SERVICE, ACCEPTED, TODAY)
    assert posted.address == "微山县夏镇奎文路1号"
    # an address typed before switching to 自取 is not kept
    collected = check_completion(Completion(ResultKind.DONE, address="某地"),
                                 Category.PUBLIC_SERVICE, ACCEPTED, TODAY)
    assert collected.address == ""


def test_given_a_zero_day_promise_when_asked_then_the_item_is_completed_at_once():
    item = load_file(FIXTURES / "example-item.yaml")
    assert is_immediate(dataclasses.replace(item, promised_limit_days=0))
    assert not is_immediate(dataclasses.replace(item, promised_limit_days=5))
