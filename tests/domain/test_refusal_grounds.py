"""The lawful grounds of an upheld refusal cite the licensing law for a licence only."""

from __future__ import annotations

import pytest

from counterdesk.domain.catalog import LICENSING_LAW_BASIS
from counterdesk.domain.refusal_grounds import (
    RefusalGround,
    RefusalGroundError,
    StatedGround,
    checked_ground,
    ground_basis,
    receiving_citation,
)

LAW = "《中华人民共和国行政许可法》"
REGISTRATION_RULE = "《不动产登记暂行条例》第十七条"
NAMED = (RefusalGround.NO_PERMIT_NEEDED, RefusalGround.OUT_OF_JURISDICTION,
         RefusalGround.FALSE_MATERIALS)


@pytest.mark.parametrize(("ground", "article"), [
    (RefusalGround.NO_PERMIT_NEEDED, "第三十二条第一款第（一）项"),
    (RefusalGround.OUT_OF_JURISDICTION, "第三十二条第一款第（二）项"),
    (RefusalGround.FALSE_MATERIALS, "第七十八条"),
])
def test_a_licence_cites_the_licensing_law_article_of_each_ground(ground, article):
    assert ground_basis(StatedGround(ground), True, LICENSING_LAW_BASIS) == LAW + article


@pytest.mark.parametrize("ground", NAMED)
@pytest.mark.parametrize("basis", [REGISTRATION_RULE, None])
def test_an_item_that_is_not_a_licence_never_cites_the_licensing_law(ground, basis):
    cited = ground_basis(StatedGround(ground), False, basis)
    assert cited == basis
    assert "行政许可法" not in (cited or "")


def test_a_licence_under_its_own_rule_cites_it_for_article_32_and_the_law_for_falsehood():
    own = "《某某许可办法》第十条"
    assert ground_basis(StatedGround(RefusalGround.NO_PERMIT_NEEDED), True, own) == own
    assert ground_basis(StatedGround(RefusalGround.FALSE_MATERIALS), True, own) == \
        LAW + "第七十八条"


def test_the_receiving_steps_of_a_licence_cite_their_clause_and_others_their_own_rule():
    assert receiving_citation(True, LICENSING_LAW_BASIS, "四") == LAW + "第三十二条第一款第（四）项"
    assert receiving_citation(False, REGISTRATION_RULE, "四") == REGISTRATION_RULE
    assert receiving_citation(False, None, "五") is None


def test_another_ground_needs_a_law_and_an_article_and_prints_them_as_typed():
    with pytest.raises(RefusalGroundError) as raised:
        checked_ground(StatedGround(RefusalGround.OTHER, "婚姻登记条例", " "), False)
    assert raised.value.code == "ground_law_required"
    stated = checked_ground(StatedGround(RefusalGround.OTHER, " 婚姻登记条例 ", "第六条"), False)
    assert (stated.law, stated.article) == ("《婚姻登记条例》", "第六条")
    assert ground_basis(stated, False, None) == "《婚姻登记条例》第六条"


def test_another_ground_may_cite_the_licensing_law_for_a_licence_only():
    stated = StatedGround(RefusalGround.OTHER, "中华人民共和国行政许可法", "第十二条")
    assert checked_ground(stated, True).law == LAW
    with pytest.raises(RefusalGroundError) as raised:
        checked_ground(stated, False)
    assert raised.value.code == "licensing_law_for_non_licence"


def test_not_this_offices_matter_names_where_to_apply_and_other_grounds_drop_it():
    with pytest.raises(RefusalGroundError) as raised:
        checked_ground(StatedGround(RefusalGround.OUT_OF_JURISDICTION), True)
    assert raised.value.code == "competent_office_required"
    stated = StatedGround(RefusalGround.FALSE_MATERIALS, "某法", "第一条", "某局")
    assert checked_ground(stated, True) == StatedGround(RefusalGround.FALSE_MATERIALS)
