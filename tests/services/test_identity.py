"""Registering by identity number: the newer kinds of card, passports, and the warning when a
number is already on file under another name (warn, never block)."""

import json

import pytest

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.services.intake import (
    Applicant,
    IdNeedsConfirmation,
    IntakeService,
    OtherHolder,
    Registration,
)

ITEM = "37082600ZR-QR-0012"  # 购买商品房登记（转移登记）
RESIDENT_ID = "11010519491231002X"
# 9 · 44 广东 · 826 United Kingdom · born 1985-06-15 · sequence 012 · check character 7
FOREIGN_CARD = "944826198506150127"


def person(name, id_number=RESIDENT_ID, id_type="resident_id"):
    return Applicant(ApplicantKind.PERSON, name, id_type, id_number)


def register(space, clerk, applicant, **kw):
    return IntakeService(space).register(
        clerk, Registration(Purpose.APPLY, Channel.ONSITE, applicant, ITEM, **kw))


def register_audit(space, case_id):
    row = space.db.conn.execute("SELECT details FROM audit_log WHERE action = 'register'"
                                " AND entity_id = :id", {"id": case_id}).fetchone()
    return json.loads(row["details"])


def test_a_number_on_file_under_another_name_names_that_name_and_its_tracking_number(
        space, people):
    register(space, people["clerk"], person("王小明"))
    others = IntakeService(space).other_holders(person("李四", RESIDENT_ID.lower()))
    assert others == [OtherHolder("王小明", "W01-20260930-0001")]


def test_the_same_name_typed_with_other_spacing_or_width_is_no_other_holder(space, people):
    register(space, people["clerk"], person("约翰·史密斯", FOREIGN_CARD,
                                            "foreign_permanent_resident"))
    same = person("约翰 史密斯", FOREIGN_CARD, "foreign_permanent_resident")
    assert IntakeService(space).other_holders(same) == []


def test_each_other_name_is_warned_about_once_with_its_latest_case_newest_first(
        space, people, clock):
    for name in ("王小明", "王晓明", "王小明"):
        register(space, people["clerk"], person(name))
        clock.advance(minutes=1)
    others = IntakeService(space).other_holders(person("李四"))
    assert others == [OtherHolder("王小明", "W01-20260930-0003"),
                      OtherHolder("王晓明", "W01-20260930-0002")]


def test_a_case_without_a_number_is_never_warned_about(space, people):
    register(space, people["clerk"], person("王小明", ""))
    assert IntakeService(space).other_holders(person("李四", "")) == []


def test_registering_past_the_warning_is_never_refused_and_is_recorded(space, people):
    register(space, people["clerk"], person("王小明"))
    case = register(space, people["clerk"], person("李四"))
    assert case.tracking_no == "W01-20260930-0002" and case.id_warning == "other_name"
    details = register_audit(space, case.id)
    assert details["id_warning"] == "other_name"
    assert details["id_other_cases"] == "W01-20260930-0001"


def test_a_failed_checksum_and_another_name_are_both_recorded(space, people):
    bad = "110105194912310021"
    register(space, people["clerk"], person("王小明", bad), id_warning_confirmed=True)
    with pytest.raises(IdNeedsConfirmation):
        register(space, people["clerk"], person("李四", bad))
    case = register(space, people["clerk"], person("李四", bad), id_warning_confirmed=True)
    assert case.id_warning == "checksum,other_name"


def test_a_registration_under_the_name_already_on_file_carries_no_warning(space, people):
    register(space, people["clerk"], person("王小明"))
    case = register(space, people["clerk"], person("王小明"))
    assert case.id_warning == ""
    assert "id_other_cases" not in register_audit(space, case.id)


def test_a_foreign_permanent_residence_card_registers_with_its_kind(space, people):
    case = register(space, people["clerk"], person("约翰·史密斯", FOREIGN_CARD,
                                                   "foreign_permanent_resident"))
    assert case.applicant.id_type == "foreign_permanent_resident"
    assert case.applicant.id_number == FOREIGN_CARD and case.id_warning == ""


def test_a_foreign_card_chosen_as_a_resident_id_needs_the_clerks_confirmation(space, people):
    with pytest.raises(IdNeedsConfirmation) as raised:
        register(space, people["clerk"], person("约翰·史密斯", FOREIGN_CARD))
    assert raised.value.result.reason == "region"


def test_a_residence_permit_registers_with_its_kind(space, people):
    permit = "810000199001010019"  # 香港居民, born 1990-01-01
    case = register(space, people["clerk"], person("陈大文", permit, "hk_macau_taiwan_residence"))
    assert (case.applicant.id_type, case.applicant.id_number) == (
        "hk_macau_taiwan_residence", permit)


def test_a_passport_number_is_stored_in_capitals_with_its_kind(space, people):
    case = register(space, people["clerk"], person("JOHN SMITH", " e1234 5678", "passport"))
    assert (case.applicant.id_type, case.applicant.id_number) == ("passport", "E12345678")


def test_a_passport_number_with_punctuation_needs_the_clerks_confirmation(space, people):
    with pytest.raises(IdNeedsConfirmation) as raised:
        register(space, people["clerk"], person("JOHN SMITH", "E1234-5678", "passport"))
    assert raised.value.result.reason == "charset"


def test_an_other_document_is_stored_as_typed(space, people):
    case = register(space, people["clerk"], person("王小明", " 军官证 12345 ", "other"))
    assert (case.applicant.id_type, case.applicant.id_number) == ("other", "军官证 12345")
