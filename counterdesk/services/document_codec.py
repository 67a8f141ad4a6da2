"""Documents as JSON in the log, so every print and reprint is rebuilt from what was issued."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from typing import Any

from counterdesk.domain import aftercare_documents as later
from counterdesk.domain import documents as docs

_TYPES: dict[str, type[Any]] = {
    "acceptance_receipt": docs.AcceptanceReceipt,
    "supplement_notice": docs.SupplementNotice,
    "rejection_notice": docs.RejectionNotice,
    "materials_list": docs.MaterialsList,
    "guide_sheet": docs.GuideSheet,
    "revocation_notice": docs.RevocationNotice,
    "pledge_letter": later.PledgeLetter,
    "extension_notice": later.ExtensionNotice,
    "pause_notice": later.PauseNotice,
}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, typing.Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def dumps(document: docs.Document) -> str:
    return json.dumps(_plain(document), ensure_ascii=False, sort_keys=True)


def _build(kind: Any, value: Any) -> Any:
    origin = typing.get_origin(kind)
    if value is None:
        return None
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return _build(options[0], value)
    if origin in (tuple, list):
        args = typing.get_args(kind)
        return tuple(_build(args[0], v) for v in value)
    if origin in (dict, typing.Mapping) or kind in (dict,) or \
            getattr(origin, "__name__", "") == "Mapping":
        return dict(value)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return kind(**{f.name: _build(hints[f.name], value[f.name])
                       for f in dataclasses.fields(kind) if f.name in value})
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    return value


def loads(doc_type: str, text: str) -> docs.Document:
    return typing.cast(docs.Document, _build(_TYPES[doc_type], json.loads(text)))
