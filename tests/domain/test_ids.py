"""Resident ID (GB 11643) and unified social credit code (GB 32100) checks."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from counterdesk.domain.ids import (
    IdKind,
    IdReason,
    check_any,
    check_resident_id,
    check_uscc,
    mask_id,
)

VALID_ID = "11010519491231002X"
VALID_USCC = "91350100M000100Y43"


def test_a_valid_resident_id_passes_and_a_lowercase_x_is_normalised():
    result = check_resident_id("11010519491231002x")
    assert result.valid and result.normalized == VALID_ID


def test_a_wrong_check_digit_fails_only_on_the_checksum_so_the_clerk_can_confirm():
    result = check_resident_id("110105194912310021")
    assert not result.valid and result.reason == IdReason.CHECKSUM and result.checksum_only


def test_an_impossible_birth_date_is_reported_as_such():
    assert check_resident_id("110105194902300021").reason == IdReason.BIRTH_DATE


def test_a_birth_date_in_the_future_is_refused():
    result = check_resident_id("110105209901010015", today=dt.date(2026, 11, 25))
    assert result.reason == IdReason.BIRTH_DATE


def test_wrong_length_charset_and_region_have_their_own_reasons():
    assert check_resident_id("1101051949123100").reason == IdReason.LENGTH
    assert check_resident_id("1101051949123100AB").reason == IdReason.CHARSET
    assert check_resident_id("99010519491231002X").reason == IdReason.REGION


def test_a_valid_uscc_passes_and_letters_i_o_z_s_v_are_not_allowed():
    assert check_uscc(VALID_USCC.lower()).valid
    assert check_uscc("91350100M000100YO3").reason == IdReason.CHARSET


def test_a_uscc_with_a_wrong_check_character_fails_on_the_checksum():
    assert check_uscc("91350100M000100Y44").reason == IdReason.CHECKSUM


def test_check_any_tells_the_kind():
    assert check_any(VALID_ID).kind == IdKind.RESIDENT_ID
    assert check_any(VALID_USCC).kind == IdKind.USCC
    assert check_any("hello").kind == IdKind.UNKNOWN


def test_masking_keeps_the_first_six_and_last_four():
    assert mask_id(VALID_ID) == "110105********002X"


@given(st.text(max_size=30))
def test_any_text_gives_a_result_never_an_exception(text):
    result = check_any(text)
    assert result.valid == (result.reason is None)


@given(st.integers(min_value=0, max_value=16), st.sampled_from("0123456789"))
def test_changing_one_digit_of_a_valid_id_never_stays_valid(position, digit):
    changed = VALID_ID[:position] + digit + VALID_ID[position + 1:]
    if changed != VALID_ID:
        assert not check_resident_id(changed).valid
