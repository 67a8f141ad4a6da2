"""The counterdesk-catalog/1 format: validate a file's data into a ServiceItem, and back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any, TypeVar

from counterdesk.domain import item_codes
from counterdesk.domain.catalog import (
    DEFAULT_TOLERABLE_DAYS,
    FORMAT_TAG,
    CatalogError,
    CatalogProblem,
    Category,
    Issuer,
    ItemKind,
    ItemStatus,
    Material,
    MaterialForm,
    NoticeTiming,
    Procedure,
    Question,
    ServiceItem,
    default_procedure,
)

# Key sets of the format. Anything else is rejected: a key we do not understand
# could carry a rule we would silently ignore.
_ITEM_REQUIRED = {
    "format", "code", "version", "name", "department", "kind",
    "legal_limit_days", "promised_limit_days", "materials",
}
_ITEM_OPTIONAL = {
    "window", "category", "applicants", "permit_required", "fee", "legal_basis",
    "conditions", "reconsideration_body", "court", "phones", "questions",
    "procedure", "issuer", "commitment", "commitment_replaces", "status",
}
_PROCEDURE_KEYS = {"basis", "notice", "notice_days", "deemed_accepted"}
_ISSUER_REQUIRED = {"name"}
_ISSUER_OPTIONAL = {"seal"}
_QUESTION_KEYS = {"id", "text", "options"}
_MATERIAL_REQUIRED = {"id", "name", "form"}
_MATERIAL_OPTIONAL = {"copies", "when", "max_age_days", "source", "notes", "proof",
                      "legal_basis", "shared", "tolerable", "tolerable_days"}
_PHONE_KEYS = {"consult", "complaint", "supervision"}

E = TypeVar("E", bound=StrEnum)

LinePath = tuple[str | int, ...]


class _Checker:
    """Collects every problem of one file, so the author fixes them in one pass."""

    def __init__(self, source: str, lines: Mapping[LinePath, int]):
        self.source = source
        self.lines = lines
        self.item = ""
        self.problems: list[CatalogProblem] = []

    def fail(self, path: LinePath, message: str) -> None:
        line = None
        probe = path
        while probe and line is None:
            line = self.lines.get(probe)
            probe = probe[:-1]
        key = _format_path(path)
        self.problems.append(CatalogProblem(self.source, self.item, key, message, line))

    def text(self, data: Mapping[str, Any], key: str, path: LinePath, default: str = "") -> str:
        value = data.get(key, default)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if key not in data:
            return default
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self.fail(path + (key,), f"must be text, got the number {value!r}; put it in quotes")
        else:
            self.fail(path + (key,), "must be non-empty text")
        return default

    def integer(self, data: Mapping[str, Any], key: str, path: LinePath, minimum: int,
                default: int | None = None) -> int | None:
        value = data.get(key, default)
        if key not in data:
            return default
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(path + (key,), f"must be a whole number, got {value!r}")
            return None
        if value < minimum:
            self.fail(path + (key,), f"must be at least {minimum}, got {value}")
            return None
        return value

    def boolean(self, data: Mapping[str, Any], key: str, path: LinePath, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.fail(path + (key,), f"must be true or false, got {value!r}")
            return default
        return value

    def text_list(self, data: Mapping[str, Any], key: str, path: LinePath) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.fail(path + (key,), "must be a list of text")
            return ()
        result = []
        for index, entry in enumerate(value):
            if isinstance(entry, str) and entry.strip():
                result.append(entry.strip())
            else:
                self.fail(path + (key, index), f"must be non-empty text, got {entry!r}")
        return tuple(result)

    def keys(self, data: Mapping[str, Any], path: LinePath, required: set[str],
             optional: set[str]) -> None:
        for key in data:
            if not isinstance(key, str) or key not in required | optional:
                allowed = ", ".join(sorted(required | optional))
                self.fail(path + (str(key),), f"unknown key (allowed: {allowed})")
        for key in sorted(required - set(data)):
            self.fail(path + (key,), "required key is missing")


def _format_path(path: LinePath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def parse_item(data: object, source: str, lines: Mapping[LinePath, int] | None = None
               ) -> ServiceItem:
    """Validate one item's data (as loaded from YAML) and build it, or raise CatalogError
    listing every problem with file, item, key and line."""
    check = _Checker(source, lines or {})
    if not isinstance(data, dict):
        check.fail((), "the file must hold one mapping (one service item)")
        raise CatalogError(check.problems)
    code_value = data.get("code")
    check.item = code_value.strip() if isinstance(code_value, str) else ""
    if item_codes.problem(check.item) is not None:
        check.item = item_codes.shown(check.item)  # messages stay on one line
    check.keys(data, (), _ITEM_REQUIRED, _ITEM_OPTIONAL)
    if "format" in data and data.get("format") != FORMAT_TAG:
        check.fail(("format",), f"must be '{FORMAT_TAG}', got {data.get('format')!r}")
    code = check.text(data, "code", ())
    found = item_codes.problem(code) if code else None
    if found is not None:
        check.fail(("code",), item_codes.message(code, found))
    version = _parse_date(data.get("version"))
    if "version" in data and version is None:
        check.fail(("version",), f"must be a date like 2026-03-01, got {data.get('version')!r}")
    name = check.text(data, "name", ())
    department = check.text(data, "department", ())
    window = check.text(data, "window", ())
    category = _enum(check, data, "category", Category, Category.OTHER)
    kind = _enum(check, data, "kind", ItemKind, ItemKind.PROMISED)
    permit_required = check.boolean(data, "permit_required", (), True)
    status = _enum(check, data, "status", ItemStatus, ItemStatus.COMPLETE)
    legal = check.integer(data, "legal_limit_days", (), 0)
    promised = check.integer(data, "promised_limit_days", (), 0)
    if legal is not None and promised is not None and promised > legal:
        check.fail(("promised_limit_days",),
                   f"promised limit {promised} exceeds the legal limit {legal} working days")
    if kind == ItemKind.IMMEDIATE and promised not in (None, 0):
        check.fail(("promised_limit_days",), f"an 即办件 must have 0, got {promised}")
    phones = _phones(check, data)
    questions = _questions(check, data.get("questions", []))
    materials: tuple[Material, ...] = ()
    if "materials" in data:  # missing: reported by keys(); `materials:` left empty is no list
        materials = _materials(check, data["materials"], questions,
                               allow_empty=status == ItemStatus.INCOMPLETE)
    procedure = _procedure(check, data, category)
    issuer = _issuer(check, data)
    commitment = check.boolean(data, "commitment", (), False)
    replaces = check.text_list(data, "commitment_replaces", ())
    known = {m.id for m in materials}
    for index, material_id in enumerate(replaces):
        if material_id not in known:
            check.fail(("commitment_replaces", index), f"names no material of the item: "
                                                       f"'{material_id}'")
    if replaces and not commitment:
        check.fail(("commitment_replaces",), "needs commitment: true")
    applicants = check.text_list(data, "applicants", ())
    fee = check.text(data, "fee", ())
    legal_basis = check.text_list(data, "legal_basis", ())
    conditions = check.text(data, "conditions", ())
    reconsideration_body = check.text(data, "reconsideration_body", ())
    court = check.text(data, "court", ())
    if check.problems:
        raise CatalogError(check.problems)
    assert version is not None and legal is not None and promised is not None
    return ServiceItem(
        code=code, version=version, name=name, department=department, kind=kind,
        legal_limit_days=legal, promised_limit_days=promised, materials=materials,
        window=window, category=category, applicants=applicants,
        permit_required=permit_required, fee=fee, legal_basis=legal_basis,
        conditions=conditions, reconsideration_body=reconsideration_body,
        court=court, phones=phones, questions=questions, source=source,
        procedure=procedure, issuer=issuer, commitment=commitment,
        commitment_replaces=replaces, status=status,
    )


def _procedure(check: _Checker, data: Mapping[str, Any], category: Category) -> Procedure:
    default = default_procedure(category)
    raw = data.get("procedure")
    if raw is None:
        return default
    if not isinstance(raw, dict):
        check.fail(("procedure",), "must be a mapping with basis, notice, notice_days, "
                                   "deemed_accepted")
        return default
    path: LinePath = ("procedure",)
    check.keys(raw, path, set(), _PROCEDURE_KEYS)
    basis = check.text(raw, "basis", path) or default.basis
    notice = default.notice
    if "notice" in raw:
        try:
            notice = NoticeTiming(raw["notice"])
        except ValueError:
            allowed = " | ".join(t.value for t in NoticeTiming)
            check.fail(path + ("notice",), f"must be one of {allowed}, got {raw['notice']!r}")
    notice_days = check.integer(raw, "notice_days", path, 1, default.notice_days)
    deemed = check.boolean(raw, "deemed_accepted", path, default.deemed_accepted)
    if category != Category.LICENSE and basis and "行政许可法" in basis:
        check.fail(path + ("basis",), f"an item of category {category.value} is not a "
                                      f"行政许可: it cannot cite 行政许可法")
    return Procedure(basis=basis, notice=notice,
                     notice_days=notice_days or default.notice_days, deemed_accepted=deemed)


def _issuer(check: _Checker, data: Mapping[str, Any]) -> Issuer | None:
    raw = data.get("issuer")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        check.fail(("issuer",), "must be a mapping with name and seal")
        return None
    path: LinePath = ("issuer",)
    check.keys(raw, path, _ISSUER_REQUIRED, _ISSUER_OPTIONAL)
    name = check.text(raw, "name", path)
    seal = check.text(raw, "seal", path) or None
    return Issuer(name, seal) if name else None


def _enum(check: _Checker, data: Mapping[str, Any], key: str, enum: type[E],
                      default: E) -> E:
    if key not in data:
        return default
    value = data[key]
    try:
        return enum(value)
    except ValueError:
        allowed = " | ".join(member.value for member in enum)
        check.fail((key,), f"must be one of {allowed}, got {value!r}")
        return default


def _phones(check: _Checker, data: Mapping[str, Any]) -> dict[str, str]:
    raw = data.get("phones", {})
    if not isinstance(raw, dict):
        check.fail(("phones",), 'must be a mapping like {consult: "0537-...", complaint: "12345"}')
        return {}
    check.keys(raw, ("phones",), set(), _PHONE_KEYS)
    return {key: check.text(raw, key, ("phones",)) for key in raw if key in _PHONE_KEYS}


def _questions(check: _Checker, raw: object) -> tuple[Question, ...]:
    if not isinstance(raw, list):
        check.fail(("questions",), "must be a list of questions")
        return ()
    questions: list[Question] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        path: LinePath = ("questions", index)
        if not isinstance(entry, dict):
            check.fail(path, "must be a mapping with id, text and options")
            continue
        check.keys(entry, path, _QUESTION_KEYS, set())
        qid = check.text(entry, "id", path)
        if qid in seen:
            check.fail(path + ("id",), f"duplicate question id '{qid}'")
        seen.add(qid)
        options = check.text_list(entry, "options", path)
        if "options" in entry and not options:
            check.fail(path + ("options",), "needs at least one option")
        if len(set(options)) != len(options):
            check.fail(path + ("options",), "options repeat")
        questions.append(Question(qid, check.text(entry, "text", path), options))
    return tuple(questions)


def _materials(check: _Checker, raw: object, questions: Sequence[Question],
               allow_empty: bool = False) -> tuple[Material, ...]:
    if allow_empty and raw == []:
        return ()
    if not isinstance(raw, list) or not raw:
        check.fail(("materials",), "must be a non-empty list of materials "
                                   "(an item without any is marked status: 待完善)")
        return ()
    options = {q.id: q.options for q in questions}
    materials: list[Material] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        path: LinePath = ("materials", index)
        if not isinstance(entry, dict):
            check.fail(path, "must be a mapping with id, name and form")
            continue
        check.keys(entry, path, _MATERIAL_REQUIRED, _MATERIAL_OPTIONAL)
        mid = check.text(entry, "id", path)
        if mid and mid in seen:
            check.fail(path + ("id",), f"duplicate material id '{mid}'")
        seen.add(mid)
        form = MaterialForm.ORIGINAL
        if "form" in entry:
            try:
                form = MaterialForm(entry["form"])
            except ValueError:
                allowed = " | ".join(f.value for f in MaterialForm)
                check.fail(path + ("form",), f"must be one of {allowed}, got {entry['form']!r}")
        default_copies = 0 if form == MaterialForm.INSPECT_ORIGINAL else 1
        copies = check.integer(entry, "copies", path, 0, default_copies)
        if form == MaterialForm.INSPECT_ORIGINAL and copies:
            check.fail(path + ("copies",), "查验原件 is inspected and returned: copies must be 0")
        max_age = check.integer(entry, "max_age_days", path, 1)
        when = _when(check, entry.get("when"), path + ("when",), options)
        tolerable = check.boolean(entry, "tolerable", path, False)
        tolerable_days = check.integer(entry, "tolerable_days", path, 1, DEFAULT_TOLERABLE_DAYS)
        if "tolerable_days" in entry and not tolerable:
            check.fail(path + ("tolerable_days",), "needs tolerable: true")
        materials.append(Material(
            id=mid, name=check.text(entry, "name", path), form=form, copies=copies or 0,
            when=when, max_age_days=max_age,
            source=check.text(entry, "source", path) or None,
            notes=check.text(entry, "notes", path) or None,
            proof=check.boolean(entry, "proof", path, False),
            legal_basis=check.text_list(entry, "legal_basis", path),
            shared=check.text(entry, "shared", path) or None,
            tolerable=tolerable, tolerable_days=tolerable_days or DEFAULT_TOLERABLE_DAYS,
        ))
    return tuple(materials)


def _when(check: _Checker, raw: object, path: LinePath,
          options: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not raw:
        check.fail(path, "must map question ids to an answer or a list of answers")
        return {}
    when: dict[str, tuple[str, ...]] = {}
    for qid, value in raw.items():
        if qid not in options:
            known = ", ".join(options) or "none"
            check.fail(path + (str(qid),), f"names no question of the item (questions: {known})")
            continue
        answers = value if isinstance(value, list) else [value]
        good = True
        for answer in answers:
            if answer not in options[qid]:
                allowed = ", ".join(options[qid])
                check.fail(path + (qid,),
                           f"answer {answer!r} is not an option of question '{qid}' ({allowed})")
                good = False
        if good and answers:
            when[qid] = tuple(answers)
        elif good:
            check.fail(path + (qid,), "needs at least one answer")
    return when


def item_to_data(item: ServiceItem) -> dict[str, Any]:
    """The item back in catalog-format data (JSON-safe); parse_item() of it gives the item."""
    data: dict[str, Any] = {
        "format": FORMAT_TAG, "code": item.code, "version": item.version.isoformat(),
        "name": item.name, "department": item.department, "category": item.category.value,
        "permit_required": item.permit_required, "kind": item.kind.value,
        "legal_limit_days": item.legal_limit_days,
        "promised_limit_days": item.promised_limit_days,
    }
    optional_text = {"window": item.window, "fee": item.fee, "conditions": item.conditions,
                     "reconsideration_body": item.reconsideration_body, "court": item.court}
    data.update({key: value for key, value in optional_text.items() if value})
    if item.applicants:
        data["applicants"] = list(item.applicants)
    if item.legal_basis:
        data["legal_basis"] = list(item.legal_basis)
    if item.phones:
        data["phones"] = dict(item.phones)
    if item.procedure != default_procedure(item.category):
        procedure: dict[str, Any] = {"notice": item.procedure.notice.value,
                                     "notice_days": item.procedure.notice_days,
                                     "deemed_accepted": item.procedure.deemed_accepted}
        if item.procedure.basis:
            procedure = {"basis": item.procedure.basis, **procedure}
        data["procedure"] = procedure
    if item.issuer is not None:
        data["issuer"] = {"name": item.issuer.name}
        if item.issuer.seal:
            data["issuer"]["seal"] = item.issuer.seal
    if item.commitment:
        data["commitment"] = True
    if item.commitment_replaces:
        data["commitment_replaces"] = list(item.commitment_replaces)
    if item.status != ItemStatus.COMPLETE:
        data["status"] = item.status.value
    if item.questions:
        data["questions"] = [{"id": q.id, "text": q.text, "options": list(q.options)}
                             for q in item.questions]
    materials = []
    for m in item.materials:
        entry: dict[str, Any] = {"id": m.id, "name": m.name, "form": m.form.value,
                                 "copies": m.copies}
        if m.when:
            entry["when"] = {qid: list(answers) for qid, answers in m.when.items()}
        for key in ("max_age_days", "source", "notes", "shared"):
            if getattr(m, key) is not None:
                entry[key] = getattr(m, key)
        if m.proof:
            entry["proof"] = True
        if m.legal_basis:
            entry["legal_basis"] = list(m.legal_basis)
        if m.tolerable:
            entry["tolerable"] = True
            entry["tolerable_days"] = m.tolerable_days
        materials.append(entry)
    data["materials"] = materials
    return data
