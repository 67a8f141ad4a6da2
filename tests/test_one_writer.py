"""Decision rows and audit entries each have one writer (docs/architecture.md)."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "counterdesk"


def _files_with(text: str) -> set[str]:
    return {str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
            if text in path.read_text(encoding="utf-8")}


def test_decision_rows_are_written_by_record_decision_only():
    assert _files_with(".insert_decision(") == {"services/decisions.py"}
    assert _files_with("INSERT INTO decisions") == {"store/case_repo.py"}


def test_audit_entries_are_written_by_the_audit_module_only():
    assert _files_with("INSERT INTO audit_log") == {"store/audit.py"}
    assert _files_with("entry_hash(") == {"store/audit.py"}


def test_services_write_through_the_unit_of_work():
    assert not {name for name in _files_with(".transaction()") if name.startswith("services/")}


def test_a_case_changes_only_through_the_domains_lifecycle_steps():
    # Services hand the repository the case before and after a step of domain/cases.py;
    # store/case_rows.py is the one place that knows the columns of `cases`.
    assert _files_with("UPDATE cases SET {") == {"store/case_repo.py"}
    assert _files_with(".save_case(") <= {
        "services/intake.py", "services/receiving.py", "services/casework.py",
        "services/review.py", "services/completion.py", "services/case_clock.py",
        "services/calendar_years.py", "store/unit_of_work.py"}  # (its docstring)
    assert not _files_with(".update_case(")
    assert not _files_with("transition(CaseStatus(")
