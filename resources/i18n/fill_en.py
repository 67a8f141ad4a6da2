"""Fill the English translations of counterdesk_en.ts from english_desk.py, english_office.py
and any further english_<topic>.py (a dict named ENGLISH).

Run after pyside6-lupdate (`make translations` does both, then pyside6-lrelease). Chinese is
the source language; every source text needs an English entry, and its {fields} must match.
Exit status 1 lists any source text still without English.
"""

from __future__ import annotations

import importlib
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from english_desk import DESK
from english_office import ENGLISH_IN_CONTEXT, OFFICE

TS_FILE = Path(__file__).with_name("counterdesk_en.ts")
# startup.py words its messages through a module-level tr() helper bound to the "Startup"
# context; lupdate cannot see that binding and files them under an empty context.
CONTEXT_OF_FILE = {"counterdesk/ui/startup.py": "Startup"}

ENGLISH = {**DESK, **OFFICE}
# Further topics (english_<topic>.py) each hold a dict ENGLISH of their own.
for _topic in sorted(Path(__file__).parent.glob("english_*.py")):
    if _topic.stem not in ("english_desk", "english_office"):
        ENGLISH.update(importlib.import_module(_topic.stem).ENGLISH)

_FIELD = re.compile(r"\{[^{}]*\}")


def fill(ts_file: Path = TS_FILE) -> list[str]:
    """Fill the file in place; returns the source texts still without English."""
    tree = ET.parse(ts_file)
    root = tree.getroot()
    _move_hidden_contexts(root)
    missing = []
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            english = ENGLISH_IN_CONTEXT.get((context_name, source), ENGLISH.get(source))
            if english is not None:
                if sorted(_FIELD.findall(english)) != sorted(_FIELD.findall(source)):
                    raise SystemExit(f"fields differ between {source!r} and {english!r}")
                translation.text = english
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                missing.append(source)
    ET.indent(tree, space="    ")
    text = ET.tostring(root, encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                       encoding="utf-8")
    return missing


def _move_hidden_contexts(root: ET.Element) -> None:
    for context in list(root.iter("context")):
        if context.findtext("name"):
            continue
        for message in list(context.iter("message")):
            location = message.find("location")
            filename = location.get("filename", "") if location is not None else ""
            target_name = next((name for path, name in CONTEXT_OF_FILE.items()
                                if filename.endswith(path)), None)
            if target_name is None:
                continue
            context.remove(message)
            _context(root, target_name).append(message)
        if not context.findall("message"):
            root.remove(context)


def _context(root: ET.Element, name: str) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


if __name__ == "__main__":
    still_missing = fill(Path(sys.argv[1]) if len(sys.argv) > 1 else TS_FILE)
    for source in still_missing:
        print(f"no English for: {source!r}", file=sys.stderr)
    raise SystemExit(1 if still_missing else 0)
