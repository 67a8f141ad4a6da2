"""`counterdesk demo seed`: realistic synthetic cases for demonstrations and benchmarks,
decided by the art. 32 engine and written in bulk with a valid audit chain."""

from __future__ import annotations

import datetime as dt
import json
import random
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.cases import BAD_RATINGS, Rating
from counterdesk.domain.catalog import ServiceItem
from counterdesk.domain.decision import Outcome
from counterdesk.services.accounts import Role, check_password_rules, hash_password
from counterdesk.services.casework import RATING_FOLLOW_UP_DAYS
from counterdesk.services.demo_random import SequentialIds, Weights, resident_ids
from counterdesk.services.demo_shapes import Shape, ShapeBook, Verdict
from counterdesk.services.office import OfficeService, OfficeSettings
from counterdesk.services.workspace import Workspace
from counterdesk.store import audit, state_digest
from counterdesk.store.bulk_repo import (
    BulkLoadConflictError,
    BulkLogWriter,
    Chunk,
    LogPosition,
    TableShape,
    bulk_load,
    is_empty,
)
from counterdesk.store.users_repo import UsersRepo

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
ESCALATION_DETAILS = json.dumps({"reason": "申请人材料真实性存疑"}, ensure_ascii=False)
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


@dataclass(frozen=True)
class _Clerk:
    user_id: int
    name: str
    window_id: str


class DemoSeeder:
    def __init__(self, space: Workspace, seed: int = 2026, password: str | None = None):
        """`password` for the demo accounts; none given, a random one is made (read it from
        `self.password`): a seeded folder must not open with a password anyone can look up."""
        self.space = space
        self.password = password or secrets.token_urlsafe(9)
        check_password_rules(self.password)
        self.rng = random.Random(seed)
        self.calendar: WorkCalendar = space.calendar
        self.settings: OfficeSettings = OfficeService(space).load()
        self.items = [item for item in space.catalog.latest() if item.materials]
        self.book = ShapeBook(self.calendar, self.settings)
        self.new_id = SequentialIds(space.clock())
        self.tz = space.clock().tzinfo
        self._ids = resident_ids(self.rng, 2000)
        self._channels = Weights(CHANNEL_WEIGHTS)
        self._ratings = Weights(RATING_WEIGHTS)
        self.rows_written: dict[str, int] = {}

    # -- people and windows --------------------------------------------------------------

    def _staff(self) -> list[_Clerk]:
        """The demo clerks with their windows; created once, with the supervisor."""
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
                                           "password_hash": hash_password(self.password),
                                           "created_at": at})
                    audit.append(conn, at=at, actor_id=None, action="account_create",
                                 entity="user", entity_id=str(user_id),
                                 details={"username": username, "role": role.value,
                                          "demo": True})
                else:
                    user_id = int(user["id"])
                if (username, display) != SUPERVISOR:
                    staff.append(_Clerk(user_id, display, WINDOWS[index % len(WINDOWS)][0]))
        return staff

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
        conn = self.space.db.conn
        done = 0
        try:
            with bulk_load(conn, into_empty=is_empty(conn)):
                writer = BulkLogWriter(conn)
                shapes = writer.shapes()
                position = writer.position(audit.GENESIS)
                for first in range(0, cases, CHUNK):
                    chunk = self._chunk(min(CHUNK, cases - first), shapes, position, staff,
                                        workdays, today)
                    position = chunk.after
                    done += self._store(chunk)
                    if progress:
                        progress(done)
        except BulkLoadConflictError as error:
            raise DemoError(str(error)) from error
        return SeedResult(done, dict(self.rows_written))

    def _store(self, chunk: Chunk) -> int:
        """Write one chunk in its own transaction; returns its number of cases."""
        with self.space.db.transaction() as conn:
            BulkLogWriter(conn).write(chunk, audit.HEAD_KEY)
        for table, table_rows in chunk.rows.items():
            self.rows_written[table] = self.rows_written.get(table, 0) + len(table_rows)
        return len(chunk.audit)

    def _chunk(self, size: int, shapes: dict[str, TableShape], position: LogPosition,
               staff: list[_Clerk], workdays: list[dt.date], today: dt.date) -> Chunk:
        rows = _Rows()
        tracking, documents = dict(position.tracking), dict(position.documents)
        for _ in range(size):
            self._case(rows, staff, workdays, today, tracking, documents)
        version = position.versions
        # Each seeded case gets one audit entry recording the digest of its rows and of its
        # documents, exactly as audit.append records them, so `audit verify` checks them too.
        case_sums: dict[str, int] = {}
        doc_sums: dict[str, dict[str, int]] = {}
        full: dict[str, list[tuple[Any, ...]]] = {}
        for table, entries in rows.tables.items():
            shape = shapes[table]
            out = full[table] = []
            for case_id, values in entries:
                version += 1
                values["row_version"] = version
                row = shape.row(values)
                out.append(row)
                digest = shape.digester.hash(row)
                if table == "documents":
                    doc_sums.setdefault(case_id, {})[values["id"]] = digest
                else:
                    case_sums[case_id] = case_sums.get(case_id, 0) + digest
        seq, prev = position.audit_seq, position.audit_hash
        entries = []
        for at, actor_id, case_id in rows.audit:
            seq += 1
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
            prev = digest
        return Chunk(full, entries, position,
                     LogPosition(version, seq, prev, tracking, documents))

    # -- one case ------------------------------------------------------------------------

    def _case(self, rows: _Rows, staff: list[_Clerk], workdays: list[dt.date],
              today: dt.date, tracking: dict[tuple[str, str], int],
              doc_seq: dict[tuple[str, int], int]) -> None:
        rng = self.rng
        clerk = rng.choice(staff)
        day = rng.choice(workdays)
        minutes = 510 + rng.randrange(480)
        at = dt.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60,
                         tzinfo=self.tz).isoformat(timespec="seconds")
        key = (clerk.window_id, day.strftime("%Y%m%d"))
        tracking[key] = tracking.get(key, 0) + 1
        item = rng.choice(self.items)
        case_id = self.new_id()
        case: dict[str, Any] = {
            "id": case_id, "tracking_no": f"{key[0]}-{key[1]}-{tracking[key]:04d}",
            "window_id": clerk.window_id, "owner_id": clerk.user_id, "purpose": "apply",
            "channel": self._channels.pick(rng), "applicant_kind": "person",
            "applicant_name": rng.choice(SURNAMES) + "".join(
                rng.choices(GIVEN, k=rng.choice((1, 2)))),
            "id_type": "resident_id", "id_number": rng.choice(self._ids),
            "phone": f"13{rng.randrange(10**9):09d}", "item_code": item.code,
            "item_version": item.version.isoformat(), "status": "open", "registered_at": at,
            "received_on": None, "accepted_on": None, "promised_date": None, "closed_at": None,
            "result": "", "updated_at": at}
        rows.add("cases", case_id, case)
        rows.audit.append((at, clerk.user_id, case_id))
        roll = rng.random()
        if roll < 0.12:
            case.update(purpose="consult", status="closed", closed_at=at, result="已答复")
        elif roll < 0.14:
            case["status"] = "escalated"
            event = self.new_id()
            rows.add("case_events", case_id, {
                "id": event, "case_id": case_id, "at": at, "user_id": clerk.user_id,
                "kind": "escalation", "details": ESCALATION_DETAILS})
            rows.add("reviews", case_id, {"id": self.new_id(), "case_id": case_id,
                                          "kind": "escalation", "subject_id": event,
                                          "created_at": at})
        else:
            self._application(rows, case, item, day, today, clerk, doc_seq)

    def _application(self, rows: _Rows, case: dict[str, Any], item: ServiceItem,
                     day: dt.date, today: dt.date, clerk: _Clerk,
                     doc_seq: dict[tuple[str, int], int]) -> None:
        rng = self.rng
        answers = tuple((q.id, rng.choice(q.options)) for q in item.questions)
        case["received_on"] = day.isoformat()
        roll = rng.random()
        if roll < 0.03 and self._remedies_named(item):
            self._decide(rows, case, self.book.shape(item, answers, (), False), day, clerk,
                         doc_seq)
            return
        missing: tuple[str, ...] = ()
        if roll < 0.28:
            required = self.book.required(item, answers)
            if required:
                picked = rng.sample(required, min(len(required), rng.choice((1, 1, 2))))
                missing = tuple(m.id for m in picked)
        verdict = self._decide(rows, case, self.book.shape(item, answers, missing, True), day,
                               clerk, doc_seq)
        if verdict.decision.outcome == Outcome.SUPPLEMENT:
            back = self.calendar.add_workdays(day, rng.choice((1, 2, 3, 5, 8)))
            if back > today or rng.random() < 0.2:
                return
            verdict = self._decide(rows, case, self.book.shape(item, answers, (), True), back,
                                   clerk, doc_seq, seq=2)
        promised = verdict.decision.promised_date
        if verdict.decision.outcome != Outcome.ACCEPT or promised is None:
            return
        late = rng.random() < 0.04
        if promised >= today and rng.random() < 0.5 or (late and rng.random() < 0.1):
            return  # still being handled; past its promised date it is an overdue case
        finished = self.calendar.add_workdays(promised, 1) if late else promised
        if finished > today:
            return
        closed_at = dt.datetime(finished.year, finished.month, finished.day, 16,
                                rng.randrange(60), tzinfo=self.tz).isoformat()
        case.update(status="completed", closed_at=closed_at, result="已办结", updated_at=closed_at)
        if rng.random() < 0.6:
            self._rating(rows, case, finished, closed_at, clerk.user_id)

    def _remedies_named(self, item: ServiceItem) -> bool:
        """A rejection slip cannot print without both remedies, so none is seeded then."""
        return bool((item.reconsideration_body or self.settings.reconsideration_body)
                    and (item.court or self.settings.court))

    def _rating(self, rows: _Rows, case: dict[str, Any], finished: dt.date, at: str,
                clerk_id: int) -> None:
        rating = self._ratings.pick(self.rng)
        event = self.new_id()
        rows.add("case_events", case["id"], {
            "id": event, "case_id": case["id"], "at": at, "user_id": clerk_id, "kind": "rating",
            "details": json.dumps({"rating": rating.value, "comment": ""})})
        if rating in BAD_RATINGS:
            due = self.calendar.add_workdays(finished, RATING_FOLLOW_UP_DAYS).isoformat()
            followed = self.rng.random() < 0.6
            rows.add("reviews", case["id"], {
                "id": self.new_id(), "case_id": case["id"], "kind": "bad_rating",
                "subject_id": event, "created_at": at, "due_on": due,
                "status": "confirmed" if followed else "open",
                "decided_at": at if followed else None,
                "comment": "已回访" if followed else ""})

    def _decide(self, rows: _Rows, case: dict[str, Any], shape: Shape, day: dt.date,
                clerk: _Clerk, doc_seq: dict[tuple[str, int], int], seq: int = 1) -> Verdict:
        verdict = self.book.verdict(shape, day)
        case_id = case["id"]
        received = day.isoformat()
        at = f"{received}{case['registered_at'][10:]}" if seq > 1 else case["registered_at"]
        submission = self.new_id()
        rows.add("submissions", case_id, {
            "id": submission, "case_id": case_id, "seq": seq, "received_on": received,
            "answers": shape.answers_json, "clerk_id": clerk.user_id,
            "in_jurisdiction": int(shape.in_jurisdiction),
            "competent_office": shape.competent_office, "created_at": at})
        for check in shape.checks:
            rows.add("material_checks", case_id,
                     {"id": self.new_id(), "submission_id": submission, **check})
        decision_id = self.new_id()
        outcome = verdict.decision.outcome
        rows.add("decisions", case_id, {
            "id": decision_id, "case_id": case_id, "submission_id": submission,
            "outcome": outcome.value,
            "reason": verdict.decision.reason.value if verdict.decision.reason else "",
            "competent_office": shape.competent_office, "problems": verdict.problems_json,
            "notice_due": verdict.notice_due, "promised_date": verdict.promised_date,
            "decided_on": received, "decided_at": at, "clerk_id": clerk.user_id,
            "first_visit": int(outcome == Outcome.ACCEPT and seq == 1)})
        case.update(status=verdict.status, updated_at=at)
        if outcome == Outcome.ACCEPT:
            case.update(accepted_on=received, promised_date=verdict.promised_date)
        elif outcome == Outcome.REJECT:
            rows.add("reviews", case_id, {"id": self.new_id(), "case_id": case_id,
                                          "kind": "rejection", "subject_id": decision_id,
                                          "created_at": at})
        counter = (verdict.doc_type, day.year)
        doc_seq[counter] = doc_seq.get(counter, 0) + 1
        doc_no = self.settings.doc_number(verdict.doc_type, day.year, doc_seq[counter])
        rows.add("documents", case_id, {
            "id": self.new_id(), "case_id": case_id, "decision_id": decision_id,
            "doc_type": verdict.doc_type, "doc_no": doc_no, "year": day.year,
            "seq": doc_seq[counter], "issued_at": at, "clerk_id": clerk.user_id,
            "body": self.book.document(verdict, day, case["tracking_no"],
                                       case["applicant_name"], case["id_number"], clerk.name,
                                       doc_no)})
        return verdict
