"""Resident ID (GB 11643) and the cards numbered like it, passports, and unified social credit
code (GB 32100) checks."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from counterdesk.domain.ids import (
    IdKind,
    IdReason,
    check_any,
    check_as,
    check_foreign_permanent_resident,
    check_hk_macau_taiwan_residence,
    check_passport,
    check_resident_id,
    check_uscc,
    holder_name_key,
    kind_by_shape,
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


# -- the cards numbered like the resident ID ------------------------------------------------


def mod11_2(body: str) -> str:
    """ISO 7064 MOD 11-2 written out here, not taken from the code under test: the weight of
    position i (from the left, of 17) is 2**(17 - i) mod 11, and the check value makes the
    weighted sum of all 18 characters leave 1 when divided by 11 (X stands for 10)."""
    assert len(body) == 17 and body.isdigit()
    total = sum(int(digit) * pow(2, 17 - i, 11) for i, digit in enumerate(body))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def with_check(body: str) -> str:
    return body + mod11_2(body)


def wrong_check(body: str) -> str:
    right = mod11_2(body)
    return body + ("0" if right != "0" else "1")


def test_the_independent_mod11_2_agrees_with_a_published_resident_id():
    assert with_check(VALID_ID[:17]) == VALID_ID


# 9 · 31 上海 · 840 United States · born 1980-01-01 · sequence 001
FOREIGN_BODY = "93184019800101001"
FOREIGN = with_check(FOREIGN_BODY)


def test_a_2023_foreign_permanent_residence_card_number_passes_and_is_told_apart():
    result = check_foreign_permanent_resident(FOREIGN, today=dt.date(2026, 9, 30))
    assert result.valid and result.kind == IdKind.FOREIGN_PERMANENT_RESIDENT
    assert check_any(FOREIGN).kind == IdKind.FOREIGN_PERMANENT_RESIDENT and check_any(FOREIGN).valid


def test_a_foreign_card_number_is_no_longer_refused_as_an_invalid_region_by_check_any():
    assert check_resident_id(FOREIGN).reason == IdReason.REGION  # it is not a resident ID
    assert check_any(FOREIGN).reason is None


def test_foreign_cards_from_other_provinces_and_nationalities_pass():
    for head in ("911840", "944826", "932276", "911392", "965410"):
        number = with_check(head + "19751231123")
        assert check_foreign_permanent_resident(number).valid, number


def test_a_foreign_card_with_a_wrong_check_character_fails_only_on_the_checksum():
    result = check_foreign_permanent_resident(wrong_check(FOREIGN_BODY))
    assert result.reason == IdReason.CHECKSUM and result.checksum_only


def test_china_is_never_the_nationality_on_a_foreigners_card():
    china = with_check("931156" + "19800101001")
    assert check_foreign_permanent_resident(china).reason == IdReason.NATIONALITY


def test_a_nationality_code_that_iso_3166_does_not_have_is_refused():
    for code in ("000", "999", "841"):
        number = with_check("931" + code + "19800101001")
        assert check_foreign_permanent_resident(number).reason == IdReason.NATIONALITY


def test_a_foreign_card_needs_a_province_a_leading_9_and_a_real_birth_date():
    assert check_foreign_permanent_resident(with_check("999840" + "19800101001")).reason \
        == IdReason.REGION
    assert check_foreign_permanent_resident(VALID_ID).reason == IdReason.PREFIX
    assert check_foreign_permanent_resident(with_check("931840" + "19800230001")).reason \
        == IdReason.BIRTH_DATE
    future = with_check("931840" + "20990101001")
    assert check_foreign_permanent_resident(future, dt.date(2026, 9, 30)).reason \
        == IdReason.BIRTH_DATE
    assert check_foreign_permanent_resident(FOREIGN[:17]).reason == IdReason.LENGTH
    assert check_foreign_permanent_resident(FOREIGN[:16] + "AB").reason == IdReason.CHARSET


def test_residence_permits_of_hong_kong_macau_and_taiwan_residents_pass():
    for prefix in ("810000", "820000", "830000"):
        number = with_check(prefix + "19900101002")
        result = check_hk_macau_taiwan_residence(number)
        assert result.valid and result.kind == IdKind.HK_MACAU_TAIWAN_RESIDENCE
        assert check_any(number).kind == IdKind.HK_MACAU_TAIWAN_RESIDENCE


def test_a_residence_permit_must_carry_one_of_the_three_whole_prefixes():
    for prefix in ("840000", "810100", "110105"):
        number = with_check(prefix + "19900101002")
        assert check_hk_macau_taiwan_residence(number).reason == IdReason.PREFIX


def test_a_residence_permit_with_a_bad_date_or_check_character_says_which():
    assert check_hk_macau_taiwan_residence(with_check("820000" + "19901301002")).reason \
        == IdReason.BIRTH_DATE
    assert check_hk_macau_taiwan_residence(wrong_check("820000" + "19900101002")).reason \
        == IdReason.CHECKSUM


def test_a_resident_id_starting_with_81_still_checks_as_a_resident_id():
    permit = with_check("810000" + "19900101002")
    assert check_resident_id(permit).valid


@given(st.sampled_from(["004", "250", "392", "410", "643", "826", "840"]),
       st.sampled_from(["11", "31", "44", "65"]),
       st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2026, 9, 30)),
       st.integers(min_value=0, max_value=999))
def test_every_well_formed_foreign_card_number_passes(nationality, province, birth, sequence):
    number = with_check(f"9{province}{nationality}{birth:%Y%m%d}{sequence:03d}")
    assert check_foreign_permanent_resident(number, dt.date(2026, 9, 30)).valid


@given(st.integers(min_value=0, max_value=16), st.sampled_from("0123456789"))
def test_changing_one_digit_of_a_valid_foreign_card_never_stays_valid(position, digit):
    changed = FOREIGN[:position] + digit + FOREIGN[position + 1:]
    if changed != FOREIGN:
        assert not check_foreign_permanent_resident(changed).valid


def test_the_leading_digits_alone_suggest_the_kind_of_card():
    assert kind_by_shape(FOREIGN_BODY + "0") == IdKind.FOREIGN_PERMANENT_RESIDENT
    assert kind_by_shape("830000199001010020") == IdKind.HK_MACAU_TAIWAN_RESIDENCE
    assert kind_by_shape(VALID_ID) == IdKind.RESIDENT_ID
    assert kind_by_shape(VALID_USCC) is None and kind_by_shape("9318") is None


def test_check_any_names_the_kind_the_digits_say_when_the_number_fails():
    # (not FOREIGN_BODY: with a wrong check character it happens to be a valid USCC, and a
    # number valid as some kind is told as that kind)
    result = check_any(wrong_check("93184019800101002"))
    assert result.kind == IdKind.FOREIGN_PERMANENT_RESIDENT
    assert result.reason == IdReason.CHECKSUM


# -- passports ---------------------------------------------------------------------------------


def test_a_passport_number_is_letters_and_digits_kept_in_capitals():
    result = check_passport(" e1234 5678 ")
    assert result.valid and result.kind == IdKind.PASSPORT and result.normalized == "E12345678"
    assert check_passport("12345").valid and check_passport("A" * 17).valid


def test_a_passport_number_of_fewer_than_5_or_more_than_17_characters_is_refused():
    assert check_passport("E123").reason == IdReason.LENGTH
    assert check_passport("E" + "1" * 17).reason == IdReason.LENGTH


def test_a_passport_number_with_punctuation_or_chinese_is_refused():
    assert check_passport("E1234-5678").reason == IdReason.CHARSET
    assert check_passport("护照12345").reason == IdReason.CHARSET
    assert check_passport("").reason == IdReason.EMPTY


def test_a_passport_is_never_guessed_from_the_number_alone():
    assert check_any("E12345678").kind == IdKind.UNKNOWN


# -- checking as the kind chosen, and the holder's name ------------------------------------


def test_a_number_is_checked_as_the_kind_the_clerk_chose():
    assert check_as("resident_id", VALID_ID).kind == IdKind.RESIDENT_ID
    assert check_as("foreign_permanent_resident", FOREIGN).valid
    assert check_as("hk_macau_taiwan_residence", FOREIGN).reason == IdReason.PREFIX
    assert check_as("passport", "E12345678").valid
    assert check_as("uscc", VALID_USCC).valid


def test_other_documents_have_no_rule_to_check():
    assert check_as("other", "whatever") is None
    assert check_as("", "whatever") is None


def test_names_differing_only_in_spacing_case_width_or_dot_are_the_same_holder():
    assert holder_name_key("约翰·史密斯") == holder_name_key("约翰 史密斯")
    assert holder_name_key("John  Smith") == holder_name_key("ＪＯＨＮ SMITH")
    assert holder_name_key("王小明") != holder_name_key("王晓明")
