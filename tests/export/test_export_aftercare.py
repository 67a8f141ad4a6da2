"""What the program records since ratings, agents, 办结 records, pledges and clock changes came
goes out in the batches: the rated service and its follow-up, the agent and the completion,
the pledges and the clock changes, each with its dictionary entry; personal words only with
--full-ids; 失信 flags never; and the centre merges old and new batches alike."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from counterdesk.domain.agents import Agent
from counterdesk.domain.cases import ApplicantKind, Channel, Purpose, Rating
from counterdesk.domain.clock import PauseKind
from counterdesk.domain.completion import Completion, Delivery, ResultKind
from counterdesk.domain.decision import MaterialReport
from counterdesk.domain.ids import release_id
from counterdesk.domain.pledges import PledgeState
from counterdesk.domain.ratings import NOT_RATED, AppealVerdict, BadReason
from counterdesk.export.columns import ADDED_TABLES, TABLES
from counterdesk.export.dictionary import CODE_WORDS, DICTIONARY_NAME
from counterdesk.export.manifest import MANIFEST_NAME, sha256_of
from counterdesk.services.case_clock import ClockService
from counterdesk.services.completion import CompletionService
from counterdesk.services.exporting import export_batch
from counterdesk.services.intake import Applicant, IntakeService, Registration, SubmissionInput
from counterdesk.services.pledges import PledgeService
from counterdesk.services.ratings import RatingService
from tests.export.conftest import ALL_PRESENT, ANSWERS, ITEM, RESIDENT_ID

AGENT_ID = "110102198001010033"
AGENT_MATERIALS = {m: MaterialReport() for m in ("agent_authorization", "agent_id")}
ADDRESS = "山东省临沂市兰山区解放路1号"
FOOD = "37082600SP-XK-0003"  # 食品经营许可（新办）: the rules list may follow on a pledge
FOOD_ANSWERS = {"business_type": "食品销售经营者", "vending_machine": "否", "by_agent": "否"}
FOOD_BROUGHT = {**{m: MaterialReport() for m in ("application", "business_license",
                                                  "legal_rep_id", "facilities")},
                "health_certificates": MaterialReport(issued_on=dt.date(2026, 6, 1))}


def rows_of(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def listed_codes(folder: Path, file: str, column: str) -> dict[str, str]:
    with (folder / DICTIONARY_NAME).open(encoding="utf-8-sig", newline="") as handle:
        return {row["code"]: row["code_meaning"] for row in csv.DictReader(handle)
                if row["file"] == file and row["column"] == column and row["code"]}


def rated_badly(pc) -> tuple[str, str]:
    """A case whose acceptance the applicant rated 不满意 with two reasons; (case, rating)."""
    case_id = pc.register_and_accept()
    rating_id = RatingService(pc.space).record_applicant(
        pc.clerk, case_id, Rating.DISSATISFIED,
        [BadReason.REPEATED_VISITS, BadReason.ATTITUDE], "跑了三次")
    return case_id, rating_id


# --- ratings ------------------------------------------------------------------------------

def test_a_rating_carries_its_service_source_reasons_and_follow_up(make_pc, tmp_path):
    # GIVEN a bad rating of the acceptance, visited, rectified and overturned on appeal
    pc = make_pc("W01")
    case_id, rating_id = rated_badly(pc)
    decision_id = pc.space.db.conn.execute(
        "SELECT id FROM decisions WHERE case_id = ?", (case_id,)).fetchone()[0]
    ratings = RatingService(pc.space)
    today = pc.space.today()
    ratings.record_visit(pc.supervisor, rating_id, "王科长", today, "申请人说材料清单不清楚")
    ratings.record_rectification(pc.supervisor, rating_id, "窗口张贴材料示范文本")
    ratings.decide_appeal(pc.supervisor, rating_id, "申请人称第三次来时已带齐",
                          AppealVerdict.OVERTURNED, "核实为系统故障所致")
    # WHEN the batch is exported (ID numbers masked)
    folder = export_batch(pc.space, None, tmp_path / "out").folder
    # THEN the rating names the service it rates, who gave it, its reasons and its follow-up
    [rating] = rows_of(folder, "ratings")
    assert rating["uuid"] == rating_id and rating["rating"] == "dissatisfied"
    assert (rating["service_kind"], rating["service_uuid"]) == ("decision", decision_id)
    assert rating["source"] == "applicant"
    assert rating["reasons"] == "attitude;repeated_visits"  # the domain's order
    assert (rating["visits"], rating["rectifications"], rating["appeal_verdict"]) == \
        ("1", "1", "overturned")
    # AND each step is a row; the office's words go out, the applicant's and names do not
    steps = {row["step"]: row for row in rows_of(folder, "rating_steps")}
    assert set(steps) == {"rating_visit", "rating_rectification", "rating_appeal"}
    assert {row["rating_uuid"] for row in steps.values()} == {rating_id}
    assert steps["rating_visit"]["visited_on"] == today.isoformat()
    assert steps["rating_visit"]["visited_by"] == steps["rating_visit"]["applicant_words"] == ""
    assert steps["rating_rectification"]["office_words"] == "窗口张贴材料示范文本"
    assert steps["rating_appeal"]["verdict"] == "overturned"
    assert steps["rating_appeal"]["office_words"] == "核实为系统故障所致"
    assert steps["rating_appeal"]["applicant_words"] == ""
    assert {row["recorded_by"] for row in steps.values()} == {"li"}
    # AND a full export carries the applicant's words and the visitor's name
    full = export_batch(pc.space, pc.supervisor, tmp_path / "full", date_from=today,
                        date_to=today, full_ids=True).folder
    steps = {row["step"]: row for row in rows_of(full, "rating_steps")}
    assert steps["rating_visit"]["applicant_words"] == "申请人说材料清单不清楚"
    assert steps["rating_visit"]["visited_by"] == "王科长"
    assert steps["rating_appeal"]["applicant_words"] == "申请人称第三次来时已带齐"


def test_a_follow_up_step_after_a_batch_sends_the_rating_again_with_its_new_counts(
        make_pc, tmp_path):
    # GIVEN a bad rating exported in batch 1
    pc = make_pc("W01")
    _case_id, rating_id = rated_badly(pc)
    first = export_batch(pc.space, None, tmp_path / "out").folder
    [before] = rows_of(first, "ratings")
    assert (before["visits"], before["appeal_verdict"]) == ("0", "")
    # WHEN a 回访 is recorded, and the next batch is exported
    RatingService(pc.space).record_visit(pc.supervisor, rating_id, "王科长",
                                         pc.space.today(), "已解释")
    second = export_batch(pc.space, None, tmp_path / "out")
    # THEN batch 2 holds the rating again, newer, with the visit counted, and the step
    assert second.batch_no == 2
    [after] = rows_of(second.folder, "ratings")
    assert after["uuid"] == rating_id and after["visits"] == "1"
    assert int(after["row_version"]) > int(before["row_version"])
    assert [row["step"] for row in rows_of(second.folder, "rating_steps")] == ["rating_visit"]
    assert rows_of(second.folder, "cases") == []


def test_not_rated_is_recorded_as_the_clerks_and_the_dictionary_explains_every_rating_code(
        make_pc, tmp_path):
    # GIVEN an applicant who did not rate the acceptance
    pc = make_pc("W01")
    case_id = pc.register_and_accept()
    RatingService(pc.space).record_not_rated(pc.clerk, case_id)
    # WHEN exported
    folder = export_batch(pc.space, None, tmp_path / "out").folder
    # THEN the rating is not_rated, given by the clerk, without reasons
    [rating] = rows_of(folder, "ratings")
    assert (rating["rating"], rating["source"], rating["reasons"]) == (NOT_RATED, "clerk", "")
    # AND the batch's dictionary explains not_rated, every reason, source and step
    assert listed_codes(folder, "ratings.csv", "rating")[NOT_RATED].startswith("未评价")
    reasons = listed_codes(folder, "ratings.csv", "reasons")
    assert set(reasons) == {reason.value for reason in BadReason} and all(reasons.values())
    assert set(listed_codes(folder, "ratings.csv", "source")) == {"applicant", "clerk"}
    assert set(listed_codes(folder, "rating_steps.csv", "step")) == {
        "rating_visit", "rating_rectification", "rating_appeal"}
    assert set(listed_codes(folder, "ratings.csv", "appeal_verdict")) == {
        "upheld", "overturned"}


# --- cases: agent, receipt, completion ----------------------------------------------------

def agent_case(pc, backdated: bool = False) -> str:
    """A case applied for by an agent, accepted and completed by post."""
    intake = IntakeService(pc.space)
    case = intake.register(pc.clerk, Registration(
        Purpose.APPLY, Channel.ONSITE,
        Applicant(ApplicantKind.PERSON, "王小明", "resident_id", RESIDENT_ID), ITEM,
        agent=Agent("李代办", "resident_id", AGENT_ID, "13800000000", "受托人")))
    case_id = str(case.id)
    received = pc.space.today() - dt.timedelta(days=1) if backdated else None
    intake.decide(pc.clerk, case_id, SubmissionInput(
        {**ANSWERS, "by_agent": "是"}, {**ALL_PRESENT, **AGENT_MATERIALS}, received_on=received,
        backdate_reason="=HYPERLINK(\"http://x\")材料昨日放在窗口" if backdated else ""))
    CompletionService(pc.space).complete(pc.clerk, case_id, Completion(
        ResultKind.GRANTED, "临不动产登字〔2026〕12号", pc.space.today(), Delivery.MAIL, ADDRESS))
    return case_id


def test_a_case_carries_its_agent_masked_and_its_completion_without_the_address(
        make_pc, tmp_path):
    # GIVEN a case applied for by an agent, completed and posted
    pc = make_pc("W01")
    case_id = agent_case(pc)
    # WHEN the batch is exported with ID numbers masked
    folder = export_batch(pc.space, None, tmp_path / "out").folder
    # THEN the agent's relation, ID type and masked number go out, not the name nor phone
    [case] = rows_of(folder, "cases")
    assert case["uuid"] == case_id
    assert (case["agent_relation"], case["agent_id_type"]) == ("受托人", "resident_id")
    assert case["agent_id_number"] == release_id(AGENT_ID) != AGENT_ID
    assert case["agent_name"] == ""
    # AND the completion: result, document, date and delivery, but not the address
    assert (case["result_kind"], case["result_doc_no"], case["result_doc_date"],
            case["delivery"]) == ("granted", "临不动产登字〔2026〕12号",
                                  pc.space.today().isoformat(), "mail")
    assert case["delivery_address"] == ""
    text = "".join(path.read_text(encoding="utf-8-sig") for path in folder.glob("*.csv"))
    assert ADDRESS not in text and "13800000000" not in text and "李代办" not in text
    # AND the dictionary explains the new codes
    assert set(listed_codes(folder, "cases.csv", "delivery")) == {"pickup", "mail"}
    assert set(listed_codes(folder, "cases.csv", "result_kind")) == {
        "granted", "refused", "done"}
    assert "resident_id" in listed_codes(folder, "cases.csv", "agent_id_type")
    # AND a supervisor's full export carries the agent's name, number and the address
    today = pc.space.today()
    full = export_batch(pc.space, pc.supervisor, tmp_path / "full", date_from=today,
                        date_to=today, full_ids=True).folder
    [case] = rows_of(full, "cases")
    assert (case["agent_name"], case["agent_id_number"], case["delivery_address"]) == (
        "李代办", AGENT_ID, ADDRESS)


def test_a_submission_carries_its_time_of_receipt_or_its_backdate_reason_made_harmless(
        make_pc, tmp_path):
    # GIVEN one case received today and one recorded today for materials left yesterday
    pc = make_pc("W01")
    pc.register_and_accept()
    agent_case(pc, backdated=True)
    # WHEN exported
    folder = export_batch(pc.space, None, tmp_path / "out").folder
    by_reason = {row["backdate_reason"]: row for row in rows_of(folder, "submissions")}
    # THEN today's receipt has its time in the hall's zone and no reason
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", by_reason[""]["received_at"])
    # AND the backdated one has no time, and its reason cannot run as a formula
    [reason] = [key for key in by_reason if key]
    assert reason == "'=HYPERLINK(\"http://x\")材料昨日放在窗口"
    assert by_reason[reason]["received_at"] == ""


# --- pledges and clock changes ------------------------------------------------------------

def pledged_and_extended(pc) -> str:
    """A food licence accepted on a pledge (the rules list follows), extended by 5 days and
    stopped for testing."""
    intake = IntakeService(pc.space)
    case = intake.register(pc.clerk, Registration(
        Purpose.APPLY, Channel.ONSITE,
        Applicant(ApplicantKind.PERSON, "王小明", "resident_id", RESIDENT_ID), FOOD))
    case_id = str(case.id)
    intake.decide(pc.clerk, case_id, SubmissionInput(FOOD_ANSWERS, FOOD_BROUGHT,
                                                     pledge="tolerance"))
    clock = ClockService(pc.space)
    clock.extend(pc.supervisor, case_id, 5, "赵局长", "+需现场核查")
    clock.pause(pc.supervisor, case_id, PauseKind.TESTING, pc.space.today(), "送检",
                expected_end=pc.space.today() + dt.timedelta(days=20))
    return case_id


def test_pledges_and_clock_changes_go_out_as_their_own_files(make_pc, tmp_path):
    # GIVEN an acceptance on a pledge, with an extension and a stopped clock
    pc = make_pc("W01")
    case_id = pledged_and_extended(pc)
    # WHEN exported
    folder = export_batch(pc.space, None, tmp_path / "out").folder
    # THEN the pledge is a row of pledges.csv, open, with its material and day
    [pledge] = rows_of(folder, "pledges")
    assert (pledge["case_uuid"], pledge["kind"], pledge["material_id"], pledge["state"]) == (
        case_id, "tolerance", "rules_list", "open")
    assert dt.date.fromisoformat(pledge["due_on"]) > pc.space.today()
    assert pledge["created_by"] == "zhang" and pledge["settled_at"] == ""
    # AND each clock change is a row, the office's reasons made harmless
    changes = {row["kind"]: row for row in rows_of(folder, "clock_changes")}
    assert (changes["extension"]["days"], changes["extension"]["approved_by"],
            changes["extension"]["reasons"]) == ("5", "赵局长", "'+需现场核查")
    assert (changes["pause"]["pause_kind"], changes["pause"]["start_on"],
            changes["pause"]["expected_end"], changes["pause"]["end_on"]) == (
        "testing", pc.space.today().isoformat(),
        (pc.space.today() + dt.timedelta(days=20)).isoformat(), "")
    # AND the dictionary explains their codes
    assert set(listed_codes(folder, "pledges.csv", "state")) == {s.value for s in PledgeState}
    assert set(listed_codes(folder, "clock_changes.csv", "pause_kind")) == {
        k.value for k in PauseKind}


def test_a_pledge_settled_after_a_batch_goes_out_again_with_its_note_only_in_full(
        make_pc, tmp_path):
    # GIVEN a pledge exported in batch 1
    pc = make_pc("W01")
    case_id = pledged_and_extended(pc)
    export_batch(pc.space, None, tmp_path / "out")
    pledge_id = PledgeService(pc.space).pledges(case_id)[0]["id"]
    # WHEN a supervisor records it broken, with a note, and batch 2 is exported
    PledgeService(pc.space).settle(pc.supervisor, pledge_id, PledgeState.BROKEN,
                                   "申请人王小明称已无力补交")
    second = export_batch(pc.space, None, tmp_path / "out")
    # THEN batch 2 holds the pledge, broken, settled by li, without the note
    assert second.batch_no == 2
    [pledge] = rows_of(second.folder, "pledges")
    assert (pledge["uuid"], pledge["state"], pledge["settled_by"]) == (pledge_id, "broken", "li")
    assert pledge["note"] == ""
    # AND a full extract carries the note
    today = pc.space.today()
    full = export_batch(pc.space, pc.supervisor, tmp_path / "full", date_from=today,
                        date_to=today, full_ids=True).folder
    assert rows_of(full, "pledges")[0]["note"] == "申请人王小明称已无力补交"


def test_a_batch_without_changes_to_a_case_carries_none_of_its_pledges(make_pc, tmp_path):
    # GIVEN a pledged case exported in batch 1
    pc = make_pc("W01")
    pledged_and_extended(pc)
    export_batch(pc.space, None, tmp_path / "out")
    # WHEN another case is registered and batch 2 exported
    pc.register_and_accept()
    second = export_batch(pc.space, None, tmp_path / "out").folder
    # THEN batch 2 repeats neither the pledge nor the clock changes
    assert rows_of(second, "pledges") == [] and rows_of(second, "clock_changes") == []


def test_the_clock_change_kinds_are_those_the_schema_allows():
    sql = (Path(__file__).resolve().parents[2] / "counterdesk" / "store" / "migrations"
           / "0011_pledges_clock.sql").read_text(encoding="utf-8")
    allowed = re.search(r"kind\s+TEXT NOT NULL CHECK \(kind IN \(([^)]*)\)\),\s*days", sql)
    assert allowed is not None
    assert set(re.findall(r"'(\w+)'", allowed.group(1))) == set(CODE_WORDS["clock_change_kind"])


def test_discredit_flags_are_never_exported_even_in_full(make_pc, tmp_path):
    # GIVEN an applicant flagged 失信 with a reason
    pc = make_pc("W01")
    pc.register_and_accept()
    PledgeService(pc.space).set_flag(pc.supervisor, RESIDENT_ID, "王小明", "虚假承诺被查实")
    # WHEN a supervisor exports in full
    folder = export_batch(pc.space, pc.supervisor, tmp_path / "out", full_ids=True).folder
    # THEN no file holds the flag
    assert not (folder / "applicant_flags.csv").exists()
    for path in folder.iterdir():
        assert "虚假承诺被查实" not in path.read_text(encoding="utf-8-sig")


# --- merge --------------------------------------------------------------------------------

def as_older_batch(folder: Path) -> None:
    """Make `folder` look like a batch of the version before these records: no new files,
    none of the new columns, no `tables` in its manifest."""
    manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    old_columns = {
        "cases": [n for n, _ in TABLES["cases"] if not n.startswith(("agent_", "result_",
                                                                      "delivery"))],
        "submissions": [n for n, _ in TABLES["submissions"]
                        if n not in ("received_at", "backdate_reason")],
        "ratings": ["uuid", "window_id", "case_uuid", "rated_at", "rating", "comment",
                    "recorded_by", "row_version"]}
    for table, columns in old_columns.items():
        rows = rows_of(folder, table)
        with (folder / f"{table}.csv").open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([row[name] for name in columns] for row in rows)
    files = []
    for entry in manifest["files"]:
        if entry["name"].removesuffix(".csv") in ADDED_TABLES:
            (folder / entry["name"]).unlink()
            continue
        entry["sha256"] = sha256_of(folder / entry["name"])
        files.append(entry)
    manifest["files"] = files
    del manifest["tables"]
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")


def test_old_and_new_batches_merge_round_trip_with_the_new_records(make_pc, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    from counterdesk.export.merge import merge

    # GIVEN batch 1 written by the previous version (a bad rating, no new files or columns)
    pc = make_pc("W01")
    _case, rating_id = rated_badly(pc)
    old = export_batch(pc.space, None, tmp_path / "out").folder
    as_older_batch(old)
    # AND batch 2 of this version: an agent's posted case, a pledge, clock changes, a visit
    agent_case(pc)
    pledged_and_extended(pc)
    RatingService(pc.space).record_visit(pc.supervisor, rating_id, "王科长",
                                         pc.space.today(), "已解释")
    export_batch(pc.space, None, tmp_path / "out")
    hall = tmp_path / "hall.duckdb"
    # WHEN the older batch is merged alone, then both
    first = merge([old], hall)
    assert first.rows["pledges"] == first.rows["rating_steps"] == 0
    result = merge([tmp_path / "out"], hall)
    # THEN both batches are in, and the new records with them
    assert result.loaded == [(result.loaded[0][0], 2)] and len(first.loaded) == 1
    assert result.rows["pledges"] == 1 and result.rows["clock_changes"] == 2
    assert result.rows["rating_steps"] == 1
    con = duckdb.connect(str(hall), read_only=True)
    try:
        # the rating of batch 1 came again in batch 2 with its source, reasons and visit
        assert con.execute("SELECT source, visits, batch_no FROM ratings WHERE uuid = ?",
                           [rating_id]).fetchone() == ("applicant", 1, 2)
        assert con.execute("SELECT delivery, agent_relation FROM cases WHERE delivery IS"
                           " NOT NULL").fetchall() == [("mail", "受托人")]
        # the older batch's cases are there, their new columns empty
        assert con.execute("SELECT COUNT(*) FROM raw_cases WHERE batch_no = 1 AND"
                           " result_kind IS NULL AND agent_relation IS NULL").fetchone()[0] == 1
        assert con.execute("SELECT kind, state FROM pledges").fetchall() == [
            ("tolerance", "open")]
    finally:
        con.close()


def test_a_new_batch_missing_one_of_the_new_files_is_refused(make_pc, tmp_path):
    pytest.importorskip("duckdb")
    from counterdesk.export.merge import MergeError, merge

    # GIVEN a batch of this version whose pledges.csv was dropped from folder and manifest
    pc = make_pc("W01")
    pc.register_and_accept()
    folder = export_batch(pc.space, None, tmp_path / "out").folder
    manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    manifest["files"] = [e for e in manifest["files"] if e["name"] != "pledges.csv"]
    (folder / "pledges.csv").unlink()
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    # WHEN merged THEN it is refused, naming the file
    with pytest.raises(MergeError, match="pledges.csv: missing from the manifest"):
        merge([folder], tmp_path / "hall.duckdb")


def test_the_hall_report_counts_ratings_and_their_follow_up_as_the_window_does(
        make_pc, tmp_path):
    pytest.importorskip("duckdb")
    from counterdesk.export.merge import merge
    from counterdesk.export.report import hall_figures
    from counterdesk.services.stats import StatsService

    # GIVEN a bad rating visited, one overturned on appeal, one not visited, a 未评价 and a
    # satisfied one
    pc = make_pc("W01")
    ratings = RatingService(pc.space)
    today = pc.space.today()
    _case, visited = rated_badly(pc)
    ratings.record_visit(pc.supervisor, visited, "王科长", today, "已解释")
    _case, overturned = rated_badly(pc)
    ratings.decide_appeal(pc.supervisor, overturned, "申诉", AppealVerdict.OVERTURNED, "系统故障")
    rated_badly(pc)
    ratings.record_not_rated(pc.clerk, pc.register_and_accept())
    ratings.record_applicant(pc.clerk, pc.register_and_accept(), Rating.SATISFIED)
    # WHEN the batch is merged and the hall's figures computed
    export_batch(pc.space, None, tmp_path / "out")
    merge([tmp_path / "out"], tmp_path / "hall.duckdb")
    hall = {f.key: f for f in hall_figures(tmp_path / "hall.duckdb", today, today,
                                           today=today)}
    local = StatsService(pc.space).dashboard(pc.supervisor, today, today)
    # THEN both leave out 未评价 and the overturned rating, and count the follow-up alike
    assert hall["ratings"].rows == local.figure("ratings").rows
    assert dict((r[0], r[1]) for r in hall["ratings"].rows)["dissatisfied"] == 2
    rates = {row[0]: row[1:3] for row in hall["rates"].rows}
    assert rates["bad_rating_follow_up_rate"] == (1, 2)
    assert hall["rates"].rows == local.figure("rates").rows
