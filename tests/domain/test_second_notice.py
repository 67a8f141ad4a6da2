"""一次性告知: which problems of a later supplement notice the earlier notices missed."""

from __future__ import annotations

from counterdesk.domain.decision import Problem, missed_by_earlier_notice
from counterdesk.domain.defects import Defect

FORM = Problem("application", "申请书", Defect.UNSIGNED)
NEW_MATERIAL = Problem("contract", "买卖合同", Defect.ILLEGIBLE)
EXPIRED = Problem("tax_receipt", "完税证明", Defect.EXPIRED)


def test_a_first_notice_misses_nothing():
    # GIVEN no earlier notice WHEN a notice names problems THEN none is a miss
    assert missed_by_earlier_notice(set(), (FORM, NEW_MATERIAL)) == ()


def test_a_later_notice_on_a_material_the_first_did_not_mention_is_a_miss():
    # GIVEN a first notice about the application form only
    noticed = {"application"}
    # WHEN a second notice names the form again and a material the first did not mention
    missed = missed_by_earlier_notice(noticed, (FORM, NEW_MATERIAL))
    # THEN only the new material's problem was missed
    assert missed == (NEW_MATERIAL,)


def test_a_material_that_expired_since_the_first_notice_is_no_miss():
    # GIVEN a first notice about the form; since then the tax receipt ran out of validity
    # WHEN the second notice names its expiry THEN time did it, not the first check
    assert missed_by_earlier_notice({"application"}, (FORM, EXPIRED)) == ()
