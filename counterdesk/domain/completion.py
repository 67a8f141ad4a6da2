"""办结 recorded: which results an item may end with, the deciding document, and how the
result reaches the applicant.

An administrative power (licence, confirmation, benefit, …) ends in a decision: granted
(准予) or refused (不予), on a numbered, dated document. A public service simply ends (办结);
its document number is optional. The result is collected at the hall (自取) or posted
(邮寄) to an address the applicant gives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from counterdesk.domain.catalog import Category, ServiceItem

TEXT_MAX_CHARS = 200


class ResultKind(StrEnum):
    GRANTED = "granted"  # 准予
    REFUSED = "refused"  # 不予
    DONE = "done"  # 办结 (a service)


class Delivery(StrEnum):
    PICKUP = "pickup"  # 自取
    MAIL = "mail"  # 邮寄


_SERVICES = frozenset({Category.PUBLIC_SERVICE, Category.OTHER})


def allowed_results(category: Category) -> tuple[ResultKind, ...]:
    """A decision of an administrative power grants or refuses; a service is done."""
    if category in _SERVICES:
        return (ResultKind.DONE,)
    return (ResultKind.GRANTED, ResultKind.REFUSED)


def is_immediate(item: ServiceItem) -> bool:
    """即办件: promised on the spot (0 days), so accepted and completed in one visit."""
    return item.promised_limit_days == 0


@dataclass(frozen=True)
class Completion:
    result: ResultKind
    doc_no: str = ""
    doc_date: dt.date | None = None
    delivery: Delivery = Delivery.PICKUP
    address: str = ""
    note: str = ""


class CompletionError(ValueError):
    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


def _text(value: str, code: str) -> str:
    text = value.strip()
    if len(text) > TEXT_MAX_CHARS or any(not ch.isprintable() for ch in text):
        raise CompletionError(code, f"{code}: at most {TEXT_MAX_CHARS} printable characters")
    return text


def check_completion(completion: Completion, category: Category, accepted_on: dt.date | None,
                     today: dt.date) -> Completion:
    """The completion with its texts trimmed, or CompletionError naming what is wrong."""
    if completion.result not in allowed_results(category):
        allowed = ", ".join(r.value for r in allowed_results(category))
        raise CompletionError("result_not_allowed",
                              f"a {category.value} item ends as one of: {allowed}")
    doc_no = _text(completion.doc_no, "result_doc_no_invalid")
    decided = completion.result != ResultKind.DONE
    if decided and not doc_no:
        raise CompletionError("result_doc_no_required",
                              "a granted or refused application names its deciding document")
    if decided and completion.doc_date is None:
        raise CompletionError("result_doc_date_required",
                              "a granted or refused application dates its deciding document")
    if completion.doc_date is not None:
        if completion.doc_date > today:
            raise CompletionError("result_doc_date_future",
                                  f"the document date {completion.doc_date} is after today")
        if accepted_on is not None and completion.doc_date < accepted_on:
            raise CompletionError("result_doc_date_before_acceptance",
                                  f"the document date {completion.doc_date} is before the "
                                  f"application was accepted ({accepted_on})")
    address = _text(completion.address, "delivery_address_invalid")
    if completion.delivery == Delivery.MAIL and not address:
        raise CompletionError("delivery_address_required", "a posted result needs an address")
    if completion.delivery == Delivery.PICKUP:
        address = ""
    return Completion(completion.result, doc_no, completion.doc_date, completion.delivery,
                      address, _text(completion.note, "result_note_invalid"))
