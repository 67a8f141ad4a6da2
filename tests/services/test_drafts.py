"""Drafts of the intake form survive a crash and are dropped once the intake is recorded."""

from counterdesk.domain.cases import ApplicantKind, Channel, Purpose
from counterdesk.services.drafts import DraftService
from counterdesk.services.intake import Applicant, IntakeService, Registration


def test_a_saved_draft_comes_back_for_the_same_clerk_only(space, people):
    drafts = DraftService(space)
    drafts.save(people["clerk"], {"stage": "registration", "name": "王小明"})
    draft = drafts.load(people["clerk"])
    assert draft is not None and draft.body == {"stage": "registration", "name": "王小明"}
    assert draft.saved_at == "2026-09-30T09:30:00+08:00"
    assert drafts.load(people["supervisor"]) is None


def test_saving_again_replaces_the_draft(space, people):
    drafts = DraftService(space)
    drafts.save(people["clerk"], {"name": "王"})
    drafts.save(people["clerk"], {"name": "王小明"})
    assert drafts.load(people["clerk"]).body == {"name": "王小明"}


def test_registering_the_contact_drops_the_draft(space, people):
    drafts = DraftService(space)
    drafts.save(people["clerk"], {"name": "王小明"})
    IntakeService(space).register(people["clerk"], Registration(
        Purpose.CONSULT, Channel.ONSITE, Applicant(ApplicantKind.PERSON, "王小明")))
    assert drafts.load(people["clerk"]) is None


def test_an_unreadable_draft_is_ignored_rather_than_blocking_log_in(space, people):
    from counterdesk.store.case_repo import CaseRepo

    with space.db.transaction() as conn:
        CaseRepo(conn).save_draft(people["clerk"].user_id, "2026-09-30T09:00:00", "{broken")
    assert DraftService(space).load(people["clerk"]) is None
