"""Each account's own desk preferences: interface language, the document preview's size and
the default printers (A4 and 80 mm slips). They follow the clerk from PC to PC; a clerk's
choice never changes the desk for the next person who signs in."""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass

from counterdesk.services.accounts import Actor
from counterdesk.services.workspace import Workspace
from counterdesk.store.preferences_repo import PreferencesRepo

# Chinese is the source language; every other language has a compiled translation.
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
# A window smaller than this shows nothing readable; larger than this is no screen.
PREVIEW_MIN = (300, 200)
PREVIEW_MAX = 20_000
MAX_PRINTER_NAME = 200


class PreferenceError(ValueError):
    """A preference that cannot be kept; `code` says why (the UI words it)."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class Preferences:
    language: str = DEFAULT_LANGUAGE
    preview_size: tuple[int, int] | None = None  # (width, height) in pixels; None: not chosen
    printer_a4: str = ""  # "" : no default printer, printing asks every time
    printer_slip: str = ""


def _size_text(size: tuple[int, int] | None) -> str:
    return "" if size is None else f"{size[0]}x{size[1]}"


def _stored(preferences: Preferences) -> dict[str, str]:
    """The rows a preference set is kept as; an empty value means the default."""
    return {"language": "" if preferences.language == DEFAULT_LANGUAGE
            else preferences.language,
            "preview_size": _size_text(preferences.preview_size),
            "printer_a4": preferences.printer_a4, "printer_slip": preferences.printer_slip}


def _parse_size(text: str) -> tuple[int, int] | None:
    width, _, height = text.partition("x")
    if not (width.isdigit() and height.isdigit()):
        return None
    try:
        return checked_size((int(width), int(height)))
    except PreferenceError:
        return None


def checked_size(size: tuple[int, int]) -> tuple[int, int]:
    width, height = size
    if not (PREVIEW_MIN[0] <= width <= PREVIEW_MAX and PREVIEW_MIN[1] <= height <= PREVIEW_MAX):
        raise PreferenceError("bad_preview_size",
                              f"a preview size of {width}x{height} pixels is not usable")
    return width, height


def checked_printer(name: str) -> str:
    """A printer name as the system lists it; control characters are never part of one."""
    name = name.strip()
    if len(name) > MAX_PRINTER_NAME or any(
            unicodedata.category(char).startswith("C") for char in name):
        raise PreferenceError("bad_printer_name",
                              f"{name[:40]!r} is not a printer name this PC could list")
    return name


def checked(preferences: Preferences) -> Preferences:
    if preferences.language not in LANGUAGES:
        raise PreferenceError("unknown_language",
                              f"unknown interface language {preferences.language!r}; "
                              f"choose one of {', '.join(LANGUAGES)}")
    return Preferences(
        language=preferences.language,
        preview_size=None if preferences.preview_size is None
        else checked_size(preferences.preview_size),
        printer_a4=checked_printer(preferences.printer_a4),
        printer_slip=checked_printer(preferences.printer_slip))


class PreferencesService:
    def __init__(self, space: Workspace):
        self.space = space

    def load(self, actor: Actor) -> Preferences:
        """The account's preferences; anything unset or unreadable reads as the default."""
        rows = PreferencesRepo(self.space.db.conn).of_user(actor.user_id)
        language = rows.get("language", "")
        return Preferences(
            language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
            preview_size=_parse_size(rows.get("preview_size", "")),
            printer_a4=rows.get("printer_a4", ""), printer_slip=rows.get("printer_slip", ""))

    def save(self, actor: Actor, preferences: Preferences) -> list[str]:
        """Keep the account's preferences; returns the names of those that changed (nothing
        is written, or audited, when none did)."""
        wanted = _stored(checked(preferences))
        repo = PreferencesRepo(self.space.db.conn)
        before = repo.of_user(actor.user_id)
        changed = sorted(key for key, value in wanted.items() if before.get(key, "") != value)
        if not changed:
            return []
        at = self.space.now_text()
        with self.space.unit_of_work() as uow:
            repo = uow.preferences
            for key in changed:
                if wanted[key]:
                    repo.put(actor.user_id, key, wanted[key])
                else:
                    repo.delete(actor.user_id, key)
            uow.audit(at=at, actor_id=actor.user_id, action="preferences_change",
                      entity="user", entity_id=str(actor.user_id),
                      details={"changed": changed,
                               **{key: wanted[key] for key in changed}})
            uow.commit()
        return changed

    def remember_preview_size(self, actor: Actor, width: int, height: int) -> bool:
        """The size the clerk left the preview at, for the next one; an unusable size (a
        minimised window) is ignored rather than refused. True when it changed."""
        try:
            size = checked_size((width, height))
        except PreferenceError:
            return False
        current = self.load(actor)
        return bool(self.save(actor, dataclasses.replace(current, preview_size=size)))
