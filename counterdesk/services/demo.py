"""`counterdesk demo seed`: realistic synthetic cases for demonstrations and benchmarks,
decided by the art. 32 engine and written in bulk with a valid audit chain."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.cases import BAD_RATINGS, Rating
from counterdesk.domain.catalog import ServiceItem
from counterdesk.domain.decision import Decision, MaterialReport, Outcome, Scenario, decide
from counterdesk.domain.ids import check_resident_id
from counterdesk.services.accounts import Actor, Role, hash_password
from counterdesk.services.casework import RATING_FOLLOW_UP_DAYS
from counterdesk.services.documents import build_decision_document
from counterdesk.services.office import OfficeService, OfficeSettings
from counterdesk.services.workspace import Workspace
from counterdesk.store import audit, state_digest
from counterdesk.store.case_repo import new_id
from counterdesk.store.log_repo import BulkLogWriter, prepare_bulk_connection
from counterdesk.store.users_repo import UsersRepo

DEMO_PASSWORD = "demo-pass-1"
WINDOWS = (("W01", "综合受理窗口一"), ("W02", "不动产登记窗口"), ("W03", "户政窗口"),
           ("W04", "社保医保窗口"), ("W05", "市场监管窗口"), ("W06", "民政窗口"))
CLERKS = (("demo_zhang", "张敏"), ("demo_wang", "王芳"), ("demo_li", "李娜"),
          ("demo_liu", "刘洋"), ("demo_chen", "陈静"), ("demo_yang", "杨帆"),
          ("demo_zhao", "赵磊"), ("demo_huang", "黄丽"), ("demo_zhou", "周杰"),
          ("demo_wu", "吴倩"), ("demo_xu", "徐强"), ("demo_sun", "孙悦"))
SUPERVISOR = ("demo_supervisor", "督查 马科长")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力"
RATING_WEIGHTS = ((Rating.VERY_SATISFIED, 70), (Rating.SATISFIED, 20),
                  (Rating.FAIRLY_SATISFIED, 6), (Rating.DISSATISFIED, 3),
                  (Rating.VERY_DISSATISFIED, 1))
CHANNEL_WEIGHTS = (("onsite", 80), ("appointment", 10), ("extended", 5), ("home", 3),
                   ("green", 2))
TOKENS = {"tracking": "@@TRACKING@@", "name": "@@APPLICANT@@", "id": "@@IDNUMBER@@",
          "clerk": "@@CLERK@@", "doc_no": "@@DOCNO@@"}
# Dates no real case has, replaced by each case's own (received and decided the same day).
STAND_IN_DAYS = {"received_on": dt.date(1900, 1, 1), "notice_due": dt.date(1900, 1, 2),
                 "promised_date": dt.date(1900, 1, 3)}
CHUNK = 20_000


class DemoError(Exception):
    """Seeding cannot start; the message says what to change."""


@dataclass
class _Rows:
    """One chunk's rows by table, each with the case it belongs to."""

    tables: dict[str, list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)
    audit: list[tuple[str, int, str]] = field(default_factory=list)  # at, actor, case id

    def add(self, table: str, case_id: str, values: dict[str, Any]) -> None:
        self.tables.setdefault(table, []).append((case_id, values))

    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


@dataclass(frozen=True)
class SeedResult:
    cases: int
    rows: dict[str, int]


class DemoSeeder:
    def __init__(self, space: Workspace, seed: int = 2026):
        self.space = space
        self.rng = random.Random(seed)
        self.calendar: WorkCalendar = space.calendar
        self.settings: OfficeSettings = OfficeService(space).load()
        self.items = [item for item in space.catalog.latest() if item.materials]
        self._decisions: dict[tuple[Any, ...], Decision] = {}
        self._bodies: dict[tuple[Any, ...], str] = {}
        self._ids = [self._resident_id() for _ in range(2000)]
        self.rows_written: dict[str, int] = {}
        self._columns: dict[str, list[tuple[str, Any]]] = {}

    # -- people and windows --------------------------------------------------------------

    def _staff(self) -> list[tuple[int, str, str]]:
        """(user id, name, window) of the demo clerks; created once, with the supervisor."""
        at = self.space.now_text()
        with self.space.db.transaction() as conn:
            repo = UsersRepo(conn)
            for window_id, name in WINDOWS:
                if not any(w["id"] == window_id for w in repo.windows()):
                    repo.upsert_window(window_id, name)
                    audit.append(conn, at=at, actor_id=None, action="window_save",
                                 entity="window", entity_id=window_id,
                                 details={"name": name, "demo": True})
            staff = []
            for index, (username, display) in enumerate((*CLERKS, SUPERVISOR)):
                user = repo.by_username(username)
                if user is None:
                    role = Role.SUPERVISOR if (username, display) == SUPERVISOR else Role.CLERK
                    user_id = repo.insert({"username": username, "display_name": display,
                                           "role": role.value, "phone": "",
                                           "password_hash": hash_password(DEMO_PASSWORD),
                                           "created_at": at})
                    audit.append(conn, at=at, actor_id=None, action="account_create",
                                 entity="user", entity_id=str(user_id),
                                 details={"username": username, "role": role.value,
                                          "demo": True})
                else:
                    user_id = int(user["id"])
                if (username, display) != SUPERVISOR:
                    staff.append((user_id, display, WINDOWS[index % len(WINDOWS)][0]))
        return staff

    def _resident_id(self) -> str:
        while True:
            birth = dt.date(1950, 1, 1) + dt.timedelta(days=self.rng.randrange(20000))
            body = f"370826{birth:%Y%m%d}{self.rng.randrange(1000):03d}"
            for check in "0123456789X":
                if check_resident_id(body + check).valid:
                    return body + check

    # -- the seeding run ---------------------------------------------------------------

    def seed(self, cases: int, days: int, progress: Callable[[int], None] | None = None
             ) -> SeedResult:
        if cases < 1 or days < 1:
            raise DemoError("--cases and --days must be 1 or more")
        if not self.items:
            raise DemoError("the catalog is empty; import a catalog first")
        today = self.space.today()
        workdays = [today - dt.timedelta(days=n) for n in range(days)]
        workdays = [day for day in workdays if self.calendar.is_workday(day)]
        if not workdays:
            raise DemoError(f"no working day in the last {days} days; use a larger --days")
        staff = self._staff()
        prepare_bulk_connection(self.space.db.conn)
        done = 0
        while done < cases:
            size = min(CHUNK, cases - done)
            rows = _Rows()
            with self.space.db.transaction() as conn:
                writer = BulkLogWriter(conn)
                tracking, doc_seq = writer.counters()
                for _ in range(size):
                    self._case(rows, staff, workdays, today, tracking, doc_seq)
                self._write(writer, rows, tracking, doc_seq)
            done += size
            if progress:
                progress(done)
        return SeedResult(done, dict(self.rows_written))

    def _write(self, writer: BulkLogWriter, rows: _Rows, tracking: dict[tuple[str, str], int],
               doc_seq: dict[tuple[str, int], int]) -> None:
        version = writer.reserve_versions(rows.count())
        # Each seeded case gets one audit entry recording the digest of its rows and of its
        # documents, exactly as audit.append records them, so `audit verify` checks them too.
        case_sums: dict[str, int] = {}
        doc_sums: dict[str, dict[str, int]] = {}
        full: dict[str, list[tuple[Any, ...]]] = {}
        for table, entries in rows.tables.items():
            columns = self._columns.setdefault(table, writer.columns(table))
            names = [name for name, _ in columns]
            out = full.setdefault(table, [])
            for case_id, values in entries:
                values["row_version"] = version
                version += 1
                row = tuple(values.get(name, default) for name, default in columns)
                out.append(row)
                digest = state_digest.row_hash(table, names, row)
                if table == "documents":
                    docs = doc_sums.setdefault(case_id, {})
                    docs[values["id"]] = docs.get(values["id"], 0) + digest
                else:
                    case_sums[case_id] = case_sums.get(case_id, 0) + digest
        writer.write(full)
        writer.save_counters(((w, d, s) for (w, d), s in tracking.items()),
                             ((t, y, s) for (t, y), s in doc_seq.items()))
        last = writer.last_audit()
        seq, prev = (last[0] + 1, last[1]) if last else (1, audit.GENESIS)
        entries = []
        for at, actor_id, case_id in rows.audit:
            states = [{"family": "case", "id": case_id,
                       "digest": state_digest.digest_hex(case_sums.get(case_id, 0))}]
            states += [{"family": "document", "id": doc_id,
                        "digest": state_digest.digest_hex(total)}
                       for doc_id, total in doc_sums.get(case_id, {}).items()]
            details = audit.canonical_json({"demo": True, audit.STATE_KEY: states})
            digest = audit.entry_hash(prev, seq, at, actor_id, "demo_seed", "case", case_id,
                                      details)
            entries.append((seq, at, actor_id, "demo_seed", "case", case_id, details, prev,
                            digest))
            prev, seq = digest, seq + 1
        writer.write_audit(entries, audit.HEAD_KEY)
        for table, table_rows in rows.tables.items():
            self.rows_written[table] = self.rows_written.get(table, 0) + len(table_rows)

    def _case(self, rows: _Rows, staff: list[tuple[int, str, str]], workdays: list[dt.date],
              today: dt.date, tracking: dict[tuple[str, str], int],
              doc_seq: dict[tuple[str, int], int]) -> None:
        rng = self.rng
        clerk_id, clerk_name, window_id = rng.choice(staff)
        day = rng.choice(workdays)
        at_time = dt.datetime.combine(day, dt.time(8, 30)) + dt.timedelta(
            minutes=rng.randrange(480))
        tz = self.space.clock().tzinfo
        registered = at_time.replace(tzinfo=tz)
        at = registered.isoformat(timespec="seconds")
        key = (window_id, day.strftime("%Y%m%d"))
        tracking[key] = tracking.get(key, 0) + 1
        tracking_no = f"{window_id}-{key[1]}-{tracking[key]:04d}"
        item = rng.choice(self.items)
        case_id = new_id()
        name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
        id_number = rng.choice(self._ids)
        case: dict[str, Any] = {
            "id": case_id, "tracking_no": tracking_no, "window_id": window_id,
            "owner_id": clerk_id, "purpose": "apply", "channel": _weighted(rng, CHANNEL_WEIGHTS),
            "applicant_kind": "person", "applicant_name": name, "id_type": "resident_id",
            "id_number": id_number, "phone": f"13{rng.randrange(10**9):09d}",
            "item_code": item.code, "item_version": item.version.isoformat(), "status": "open",
            "registered_at": at, "received_on": None, "accepted_on": None,
            "promised_date": None, "closed_at": None, "result": "", "updated_at": at}
        rows.audit.append((at, clerk_id, case_id))
        roll = rng.random()
        if roll < 0.12:
            case.update(purpose="consult", status="closed", closed_at=at, result="已答复")
        elif roll < 0.14:
            case["status"] = "escalated"
            event = new_id()
            rows.add("case_events", case_id, {
                "id": event, "case_id": case_id, "at": at, "user_id": clerk_id,
                "kind": "escalation",
                "details": json.dumps({"reason": "申请人材料真实性存疑"}, ensure_ascii=False)})
            rows.add("reviews", case_id, {"id": new_id(), "case_id": case_id,
                                          "kind": "escalation", "subject_id": event,
                                          "created_at": at})
        else:
            self._application(rows, case, item, day, today, clerk_id, clerk_name, doc_seq)
        rows.add("cases", case_id, case)

    def _application(self, rows: _Rows, case: dict[str, Any], item: ServiceItem,
                     day: dt.date, today: dt.date, clerk_id: int, clerk_name: str,
                     doc_seq: dict[tuple[str, int], int]) -> None:
        rng = self.rng
        answers = {q.id: rng.choice(q.options) for q in item.questions}
        required = item.required_materials(answers)
        case["received_on"] = day.isoformat()
        roll = rng.random()
        if roll < 0.03 and self._remedies_named(item):
            self._decide(rows, case, item, day, answers, (), clerk_id, clerk_name, doc_seq,
                         in_jurisdiction=False)
            return
        missing: tuple[str, ...] = ()
        if roll < 0.28 and required:
            missing = tuple(m.id for m in rng.sample(required, min(len(required),
                                                                    rng.choice((1, 1, 2)))))
        decision = self._decide(rows, case, item, day, answers, missing, clerk_id, clerk_name,
                                doc_seq)
        if decision.outcome == Outcome.SUPPLEMENT:
            back = self.calendar.add_workdays(day, rng.choice((1, 2, 3, 5, 8)))
            if back > today or rng.random() < 0.2:
                return
            decision = self._decide(rows, case, item, back, answers, (), clerk_id, clerk_name,
                                    doc_seq, seq=2)
        if decision.outcome != Outcome.ACCEPT or decision.promised_date is None:
            return
        promised = decision.promised_date
        late = rng.random() < 0.04
        if promised >= today and rng.random() < 0.5 or (late and rng.random() < 0.1):
            return  # still being handled; past its promised date it is an overdue case
        finished = self.calendar.add_workdays(promised, 1) if late else promised
        if finished > today:
            return
        closed = dt.datetime.combine(finished, dt.time(16, rng.randrange(60)))
        closed_at = closed.replace(tzinfo=self.space.clock().tzinfo).isoformat()
        case.update(status="completed", closed_at=closed_at, result="已办结", updated_at=closed_at)
        if rng.random() < 0.6:
            self._rating(rows, case, finished, closed_at, clerk_id)

    def _remedies_named(self, item: ServiceItem) -> bool:
        """A rejection slip cannot print without both remedies, so none is seeded then."""
        return bool((item.reconsideration_body or self.settings.reconsideration_body)
                    and (item.court or self.settings.court))

    def _rating(self, rows: _Rows, case: dict[str, Any], finished: dt.date, at: str,
                clerk_id: int) -> None:
        rating = _weighted(self.rng, RATING_WEIGHTS)
        event = new_id()
        rows.add("case_events", case["id"], {
            "id": event, "case_id": case["id"], "at": at, "user_id": clerk_id, "kind": "rating",
            "details": json.dumps({"rating": rating.value, "comment": ""})})
        if rating in BAD_RATINGS:
            due = self.calendar.add_workdays(finished, RATING_FOLLOW_UP_DAYS).isoformat()
            followed = self.rng.random() < 0.6
            rows.add("reviews", case["id"], {
                "id": new_id(), "case_id": case["id"], "kind": "bad_rating",
                "subject_id": event, "created_at": at, "due_on": due,
                "status": "confirmed" if followed else "open",
                "decided_at": at if followed else None,
                "comment": "已回访" if followed else ""})

    def _decide(self, rows: _Rows, case: dict[str, Any], item: ServiceItem, day: dt.date,
                answers: dict[str, str], missing: tuple[str, ...], clerk_id: int,
                clerk_name: str, doc_seq: dict[tuple[str, int], int], seq: int = 1,
                in_jurisdiction: bool = True) -> Decision:
        reports = {m.id: MaterialReport(issued_on=day - dt.timedelta(days=10)
                                        if m.max_age_days else None)
                   for m in item.required_materials(answers) if m.id not in missing}
        scenario = Scenario(item.code, day, in_jurisdiction=in_jurisdiction,
                            competent_office=None if in_jurisdiction else "济宁市政务服务中心",
                            answers=answers, materials=reports)
        key = (item.code, tuple(sorted(answers.items())), missing, day, in_jurisdiction)
        decision = self._decisions.get(key)
        if decision is None:
            decision = self._decisions[key] = decide(item, scenario, self.calendar)
        at = f"{day.isoformat()}{case['registered_at'][10:]}" if seq > 1 else \
            case["registered_at"]
        submission = new_id()
        rows.add("submissions", case["id"], {
            "id": submission, "case_id": case["id"], "seq": seq, "received_on": day.isoformat(),
            "answers": json.dumps(answers, ensure_ascii=False), "clerk_id": clerk_id,
            "in_jurisdiction": int(in_jurisdiction),
            "competent_office": scenario.competent_office or "", "created_at": at})
        for material in item.required_materials(answers):
            lacking = material.id in missing
            rows.add("material_checks", case["id"], {
                "id": new_id(), "submission_id": submission, "material_id": material.id,
                "name": material.name, "form": material.form.value,
                "required_copies": material.copies, "received": int(not lacking),
                "defects": '["missing"]' if lacking else "[]"})
        decision_id = new_id()
        problems = json.dumps(decision.to_json()["problems"], ensure_ascii=False)
        rows.add("decisions", case["id"], {
            "id": decision_id, "case_id": case["id"], "submission_id": submission,
            "outcome": decision.outcome.value,
            "reason": decision.reason.value if decision.reason else "",
            "competent_office": scenario.competent_office or "", "problems": problems,
            "notice_due": _iso(decision.notice_due),
            "promised_date": _iso(decision.promised_date), "decided_on": day.isoformat(),
            "decided_at": at, "clerk_id": clerk_id,
            "first_visit": int(decision.outcome == Outcome.ACCEPT and seq == 1)})
        status = {Outcome.ACCEPT: "accepted", Outcome.SUPPLEMENT: "supplement_pending",
                  Outcome.REJECT: "rejected"}[decision.outcome]
        case.update(status=status, updated_at=at)
        if decision.outcome == Outcome.ACCEPT:
            case.update(accepted_on=day.isoformat(), promised_date=_iso(decision.promised_date))
        if decision.outcome == Outcome.REJECT:
            rows.add("reviews", case["id"], {"id": new_id(), "case_id": case["id"],
                                             "kind": "rejection", "subject_id": decision_id,
                                             "created_at": at})
        self._document(rows, case, item, decision, scenario, decision_id, day, at, clerk_id,
                       clerk_name, doc_seq)
        return decision

    def _document(self, rows: _Rows, case: dict[str, Any], item: ServiceItem,
                  decision: Decision, scenario: Scenario, decision_id: str, day: dt.date,
                  at: str, clerk_id: int, clerk_name: str,
                  doc_seq: dict[tuple[str, int], int]) -> None:
        """The numbered document from a per-shape template, so prints rebuild from the log:
        the template holds stand-in dates and names that each case's own replace."""
        key = (item.code, item.version, decision.outcome, decision.reason, decision.problems,
               scenario.competent_office)
        template = self._bodies.get(key)
        doc_type = {Outcome.ACCEPT: "acceptance_receipt", Outcome.SUPPLEMENT: "supplement_notice",
                    Outcome.REJECT: "rejection_notice"}[decision.outcome]
        if template is None:
            from counterdesk.services import document_codec

            stand_in = {"tracking_no": TOKENS["tracking"], "applicant_kind": "person",
                        "applicant_name": TOKENS["name"], "id_number": TOKENS["id"]}
            actor = Actor(0, "", TOKENS["clerk"], Role.CLERK, "")
            shape = dataclasses.replace(
                decision, notice_due=STAND_IN_DAYS["notice_due"] if decision.notice_due else None,
                promised_date=STAND_IN_DAYS["promised_date"] if decision.promised_date else None)
            document = build_decision_document(
                stand_in, item, shape,
                dataclasses.replace(scenario, received_on=STAND_IN_DAYS["received_on"]),
                self.settings, actor, STAND_IN_DAYS["received_on"])
            body = document_codec.dumps(document)
            template = self._bodies[key] = body.replace('"doc_number": ""',
                                                        f'"doc_number": "{TOKENS["doc_no"]}"')
        counter = (doc_type, day.year)
        doc_seq[counter] = doc_seq.get(counter, 0) + 1
        doc_no = self.settings.doc_number(doc_type, day.year, doc_seq[counter])
        body = (template.replace(_iso(STAND_IN_DAYS["received_on"]), day.isoformat())
                .replace(_iso(STAND_IN_DAYS["notice_due"]), _iso(decision.notice_due) or "")
                .replace(_iso(STAND_IN_DAYS["promised_date"]),
                         _iso(decision.promised_date) or "")
                .replace(TOKENS["tracking"], case["tracking_no"])
                .replace(TOKENS["name"], case["applicant_name"])
                .replace(TOKENS["id"], case["id_number"])
                .replace(TOKENS["clerk"], clerk_name).replace(TOKENS["doc_no"], doc_no))
        rows.add("documents", case["id"], {
            "id": new_id(), "case_id": case["id"], "decision_id": decision_id,
            "doc_type": doc_type, "doc_no": doc_no, "year": day.year, "seq": doc_seq[counter],
            "issued_at": at, "clerk_id": clerk_id, "body": body})


def _weighted(rng: random.Random, weighted: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([value for value, _ in weighted], [w for _, w in weighted])[0]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
