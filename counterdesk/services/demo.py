"""`counterdesk demo seed`: realistic synthetic cases for demonstrations and benchmarks,
decided by the art. 32 engine and written in bulk with a valid audit chain, only ever into a
data folder that holds no real data."""

from __future__ import annotations

import datetime as dt
import random
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counterdesk.domain.calendar import WorkCalendar
from counterdesk.domain.catalog_format import item_to_data
from counterdesk.export.batch import SOURCE_SETTING
from counterdesk.services import paths
from counterdesk.services.accounts import Role, check_password_rules, hash_password
from counterdesk.services.demo_shapes import CaseFactory, CaseRows, DemoClerk
from counterdesk.services.instance_lock import AlreadyRunningError, InstanceLock
from counterdesk.services.office import OfficeService
from counterdesk.services.workspace import Workspace
from counterdesk.store import audit, state_digest
from counterdesk.store.bulk_repo import (
    BulkLoadConflictError,
    BulkLogWriter,
    Chunk,
    LogPosition,
    TableShape,
    bulk_load,
)
from counterdesk.store.catalog_repo import CatalogRepo
from counterdesk.store.db import DB_FILENAME, Connection
from counterdesk.store.settings_repo import SettingsRepo
from counterdesk.store.unit_of_work import UnitOfWork
from counterdesk.store.users_repo import UsersRepo

WINDOWS = (("W01", "综合受理窗口一"), ("W02", "不动产登记窗口"), ("W03", "户政窗口"),
           ("W04", "社保医保窗口"), ("W05", "市场监管窗口"), ("W06", "民政窗口"))
CLERKS = (("demo_zhang", "张敏"), ("demo_wang", "王芳"), ("demo_li", "李娜"),
          ("demo_liu", "刘洋"), ("demo_chen", "陈静"), ("demo_yang", "杨帆"),
          ("demo_zhao", "赵磊"), ("demo_huang", "黄丽"), ("demo_zhou", "周杰"),
          ("demo_wu", "吴倩"), ("demo_xu", "徐强"), ("demo_sun", "孙悦"))
SUPERVISOR = ("demo_supervisor", "督查 马科长")
DEMO_ROLES = {**{name: Role.CLERK.value for name, _ in CLERKS},
              SUPERVISOR[0]: Role.SUPERVISOR.value}
# Settings the program keeps by itself; any other was somebody's choice.
MACHINE_SETTINGS = frozenset({audit.HEAD_KEY, SOURCE_SETTING})
CHUNK = 20_000


class DemoError(Exception):
    """Seeding cannot start; the message says what to change."""


class RealDataError(DemoError):
    """The data folder holds real data: demo data never goes into it."""


class DemoBusyError(DemoError):
    """Another program has the data folder open."""


@dataclass(frozen=True)
class SeedResult:
    cases: int
    rows: dict[str, int]
    password: str  # of every demo account, this run's


class DemoSeeder:
    def __init__(self, space: Workspace, seed: int = 2026, password: str | None = None, *,
                 own_new_file: bool = False):
        """`password` for the demo accounts; none given, a random one is made (read it from
        the result): a seeded folder must not open with a password anyone can look up.

        `own_new_file`: the database file was created empty for this seed (see
        `seed_folder`), so an interrupted seed loses nobody's work and the load may run
        without a journal; otherwise it keeps a journal that never corrupts the file."""
        self.space = space
        self.password = password or secrets.token_urlsafe(9)
        check_password_rules(self.password)
        self.own_new_file = own_new_file
        self.calendar: WorkCalendar = space.calendar
        self.items = [item for item in space.catalog.latest() if item.materials]
        self.cases = CaseFactory(random.Random(seed), self.calendar, OfficeService(space).load(),
                                 self.items, space.clock())
        self._bundled = bundled_guides()
        self.rows_written: dict[str, int] = {}

    # -- people and windows --------------------------------------------------------------

    def _staff(self, uow: UnitOfWork, hashes: dict[str, str]) -> list[DemoClerk]:
        """The demo clerks with their windows, and the supervisor, in the caller's unit of
        work; accounts from an earlier seed take this run's password."""
        at = self.space.now_text()
        repo = uow.users
        for window_id, name in WINDOWS:
            if not any(w["id"] == window_id for w in repo.windows()):
                repo.upsert_window(window_id, name)
                uow.audit(at=at, actor_id=None, action="window_save", entity="window",
                          entity_id=window_id, details={"name": name, "demo": True})
        staff = []
        for index, (username, display) in enumerate((*CLERKS, SUPERVISOR)):
            role = DEMO_ROLES[username]
            user = repo.by_username(username)
            if user is None:
                user_id = repo.insert({"username": username, "display_name": display,
                                       "role": role, "phone": "",
                                       "password_hash": hashes[username], "created_at": at})
                action = "account_create"
            else:
                user_id = int(user["id"])
                repo.update(user_id, {"password_hash": hashes[username],
                                      "failed_attempts": 0, "locked_until": None})
                action = "password_reset"
            uow.audit(at=at, actor_id=None, action=action, entity="user",
                      entity_id=str(user_id),
                      details={"username": username, "role": role, "demo": True})
            if username != SUPERVISOR[0]:
                staff.append(DemoClerk(user_id, display, WINDOWS[index % len(WINDOWS)][0]))
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
        conn = self.space.db.conn
        refuse_real_data(conn, self._bundled)
        hashes = {username: hash_password(self.password)
                  for username, _ in (*CLERKS, SUPERVISOR)}
        done = 0
        position: LogPosition | None = None
        staff: list[DemoClerk] = []
        try:
            with bulk_load(conn, into_empty=self.own_new_file):
                writer = BulkLogWriter(conn)
                shapes = writer.shapes()
                for first in range(0, cases, CHUNK):
                    with self.space.unit_of_work() as uow:
                        if position is None:
                            # Checked again inside the first write, which also makes the
                            # demo staff: a refused or failed seed leaves no account behind.
                            refuse_real_data(uow.conn, self._bundled)
                            staff = self._staff(uow, hashes)
                            position = writer.position()
                        chunk = self._chunk(min(CHUNK, cases - first), shapes, position,
                                            staff, workdays, today)
                        writer.write(chunk)
                        uow.audit_many(chunk.audit)
                        uow.commit()
                    position = chunk.after
                    done += self._count(chunk)
                    if progress:
                        progress(done)
        except BulkLoadConflictError as error:
            raise DemoError(str(error)) from error
        return SeedResult(done, dict(self.rows_written), self.password)

    def _count(self, chunk: Chunk) -> int:
        """Tally a written chunk's rows; returns its number of cases."""
        for table, table_rows in chunk.rows.items():
            self.rows_written[table] = self.rows_written.get(table, 0) + len(table_rows)
        return len(chunk.audit)

    def _chunk(self, size: int, shapes: dict[str, TableShape], position: LogPosition,
               staff: list[DemoClerk], workdays: list[dt.date], today: dt.date) -> Chunk:
        rows = CaseRows()
        tracking, documents = dict(position.tracking), dict(position.documents)
        for _ in range(size):
            self.cases.case(rows, staff, workdays, today, tracking, documents)
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
        logged: list[audit.Entry] = []
        for at, actor_id, case_id in rows.audit:
            states = [{"family": "case", "id": case_id,
                       "digest": state_digest.digest_hex(case_sums.get(case_id, 0))}]
            states += [{"family": "document", "id": doc_id,
                        "digest": state_digest.digest_hex(total)}
                       for doc_id, total in doc_sums.get(case_id, {}).items()]
            details = audit.canonical_json({"demo": True, audit.STATE_KEY: states})
            logged.append((at, actor_id, "demo_seed", "case", case_id, details))
        return Chunk(full, logged, position,
                     LogPosition(version, position.audit_seq + len(logged), tracking,
                                 documents))

    # -- one case ------------------------------------------------------------------------



# -- never into real data ------------------------------------------------------------------


def bundled_guides() -> dict[tuple[str, dt.date], dict[str, Any]]:
    """The guides shipped with the program, by (code, version), as the catalog stores them."""
    from counterdesk.services.catalog_files import load_path

    return {(item.code, item.version): item_to_data(item)
            for item in load_path(paths.bundled_catalog_dir()).items}


def real_data(conn: Connection, bundled: dict[tuple[str, dt.date], dict[str, Any]]) -> str:
    """What in this database somebody made, not the program or a demo seed ('' if nothing):
    an account other than the demo staff, a setting, a calendar entry, a guide other than
    the bundled ones, a case of another account."""
    users = UsersRepo(conn)
    accounts = users.all()
    for user in accounts:
        if DEMO_ROLES.get(user["username"]) != user["role"]:
            return f"the account '{user['username']}'"
    if users.case_owners() - {int(user["id"]) for user in accounts}:
        return "cases of accounts that no longer exist"
    settings = SettingsRepo(conn)
    chosen = sorted(set(settings.all()) - MACHINE_SETTINGS)
    if chosen:
        return f"the setting '{chosen[0]}'"
    adjusted = settings.calendar_override_rows()
    if adjusted:
        return f"the working-day adjustment of {adjusted[0][0].isoformat()}"
    declared = sorted(settings.declared_years())
    if declared:
        return f"the holiday schedule entered for {declared[0]}"
    catalog = CatalogRepo(conn).load()
    for code in catalog.codes():
        for item in catalog.versions(code):
            if bundled.get((code, item.version)) != item_to_data(item):
                return f"the guide {code} of {item.version.isoformat()}, imported or edited here"
    return ""


def refuse_real_data(conn: Connection, bundled: dict[tuple[str, dt.date], dict[str, Any]]
                     ) -> None:
    found = real_data(conn, bundled)
    if found:
        raise RealDataError(f"this data folder holds real data ({found}); demo seed writes "
                            f"only into a new data folder or one it seeded: give another "
                            f"--home")


def seed_folder(home: Path, cases: int, days: int, seed: int = 2026,
                password: str | None = None, progress: Callable[[int], None] | None = None
                ) -> SeedResult:
    """What `counterdesk demo seed` runs: one seed at a time, never into real data.

    The folder lock the desk holds while it runs is taken before the database is opened, so
    a second seed (or a seed while the desk is open) is refused as busy before it writes
    anything. The journal is switched off only for a database file that held nothing when
    the lock was taken: the empty file `paths.home_dir` creates for a new folder."""
    lock = InstanceLock(home)
    try:
        lock.acquire()
    except AlreadyRunningError as error:
        holder = f" (process {error.holder})" if error.holder else ""
        raise DemoBusyError(f"the data folder {home} is busy: another CounterDesk program"
                            f"{holder} has it open; wait until it has finished, or close "
                            f"it, then seed again") from None
    try:
        own_new_file = _holds_nothing(home / DB_FILENAME)
        space = Workspace(home)
        try:
            # Before the bundled guides are imported into an empty catalog.
            refuse_real_data(space.db.conn, bundled_guides())
            from counterdesk.services.catalog_service import import_bundled_if_empty

            import_bundled_if_empty(space)
            seeder = DemoSeeder(space, seed, password, own_new_file=own_new_file)
            return seeder.seed(cases, days, progress)
        finally:
            space.close()
    finally:
        lock.release()


def _holds_nothing(database: Path) -> bool:
    """No database yet, or an empty file with no journal beside it: nothing to lose."""
    journals = (Path(f"{database}{suffix}") for suffix in ("-wal", "-journal"))
    empty = not database.exists() or database.stat().st_size == 0
    return empty and not any(journal.exists() and journal.stat().st_size for journal in journals)
