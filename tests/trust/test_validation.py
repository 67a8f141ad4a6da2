"""Typed fields: names with rare characters, phone numbers, dates, 18-character ids."""

from __future__ import annotations

import datetime as dt

import pytest

from counterdesk.domain.ids import check_resident_id
from counterdesk.domain.validation import check_date, check_person_name, check_phone


@pytest.mark.parametrize("name", ["张三", "吉𠮷", "阿依古丽·买买提", "阿依古丽•买买提",
                                  "John Smith", "欧阳 娜娜", "䶮"])
def test_real_names_with_rare_characters_and_middle_dots_are_accepted(name):
    assert check_person_name(name).ok


@pytest.mark.parametrize(("name", "reason"), [("", "empty"), ("   ", "empty"),
                                              ("·买买提", "misplaced_dot"),
                                              ("阿依古丽··买买提", "misplaced_dot"),
                                              ("张三3", "bad_character"),
                                              ("张<三>", "bad_character"),
                                              ("张" * 61, "too_long")])
def test_bad_names_get_a_reason_code(name, reason):
    assert check_person_name(name).reason == reason


def test_a_name_is_stored_with_one_kind_of_middle_dot_and_single_spaces():
    assert check_person_name(" 阿依古丽・买买提 ").value == "阿依古丽·买买提"


@pytest.mark.parametrize("phone", ["13800000000", "138 0000 0000", "0537-8000001",
                                   "05378000001", "12345", "+86 13800000000",
                                   "(0537)8000001", "0537-8000001-123", "0537-8000001转123", ""])
def test_mobile_landline_and_service_numbers_are_accepted(phone):
    assert check_phone(phone).ok, check_phone(phone)


@pytest.mark.parametrize(("phone", "reason"), [("1380000000", "bad_format"),
                                               ("23800000000", "bad_format"),
                                               ("138000000ab", "bad_character"),
                                               ("电话13800000000", "bad_character")])
def test_bad_phone_numbers_get_a_reason_code(phone, reason):
    assert check_phone(phone).reason == reason


@pytest.mark.parametrize("text", ["2026-09-30", "2026/9/30", "2026.9.30", "2026年9月30日"])
def test_dates_in_the_usual_written_forms_are_read(text):
    assert check_date(text) == (dt.date(2026, 9, 30), None)


@pytest.mark.parametrize(("text", "reason"), [("", "empty"), ("30/09/2026", "bad_format"),
                                              ("2026-02-30", "no_such_day"),
                                              ("2026-13-01", "no_such_day")])
def test_bad_dates_get_a_reason_code(text, reason):
    assert check_date(text)[1] == reason


def test_a_date_outside_the_allowed_range_is_refused():
    today = dt.date(2026, 9, 30)
    assert check_date("2026-10-01", latest=today)[1] == "too_late"
    assert check_date("1899-12-31", earliest=dt.date(1900, 1, 1))[1] == "too_early"


def test_an_id_with_a_lowercase_x_is_valid_and_stored_uppercase():
    result = check_resident_id("11010519491231002x", dt.date(2026, 9, 30))
    assert result.valid and result.normalized == "11010519491231002X"
