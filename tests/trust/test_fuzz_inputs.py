"""Any catalog file or scenario gives a result or a clean, named error: never a traceback."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterdesk.domain.calendar import CalendarGapError, UnknownYearError
from counterdesk.domain.catalog import CatalogError
from counterdesk.domain.decision import ScenarioError, decide, parse_scenario
from counterdesk.services import paths
from counterdesk.services.catalog_files import catalog_files, load_file

REAL_FILES = catalog_files(paths.bundled_catalog_dir())
TODAY = dt.date(2026, 9, 30)
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

yaml_tokens = st.sampled_from([
    "code: ", "name: ", "version: ", "materials:\n", "  - id: ", "    form: ", "copies: ",
    "questions:\n", "  - ", "- ", ": ", "\n", "  ", "'", '"', "[", "]", "{", "}", "&a ", "*a",
    "!!python/object:os.system ", "2026-09-30", "2026-02-30", "-1", "0", "1e309", "null",
    "true", "原件", "复印件", "行政许可", "承诺件", "即办件", "\t", "#", "---\n", "...\n", "?",
    "%YAML 1.1\n", "<<: *a\n", "~", "\ufeff", "\x00", "𠮷",
])


def load_text(folder: Path, text: str | bytes):
    file = folder / "item.yaml"
    if isinstance(text, bytes):
        file.write_bytes(text)
    else:
        file.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        return load_file(file)
    except CatalogError as error:
        assert error.problems, "a CatalogError must say what is wrong"
        assert all(str(problem) for problem in error.problems)
        return None


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


@FUZZ
@given(st.lists(yaml_tokens | st.text(max_size=8), max_size=40).map("".join))
def test_random_yaml_like_text_is_loaded_or_refused_with_catalog_errors(folder, text):
    load_text(folder, text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.sampled_from(REAL_FILES), st.data())
def test_mutated_real_catalog_files_are_loaded_or_refused_with_catalog_errors(folder, real,
                                                                              data):
    original = real.read_bytes()
    start = data.draw(st.integers(0, len(original)))
    length = data.draw(st.integers(0, 40))
    insert = data.draw(st.binary(max_size=12) | yaml_tokens.map(str.encode))
    load_text(folder, original[:start] + insert + original[start + length:])


def test_every_bundled_catalog_file_still_loads():
    assert REAL_FILES and all(load_file(path) for path in REAL_FILES)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10**12) | st.floats(allow_nan=True)
    | st.text(max_size=12) | st.sampled_from(["2026-09-30", "2026-02-30", "9999-12-31",
                                              "0001-01-01", "missing", "unsigned", "expired"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                               max_size=4),
    max_leaves=12)
scenario_keys = st.sampled_from(["item", "received_on", "permit_required", "in_jurisdiction",
                                 "competent_office", "answers", "materials", "other"])


@pytest.fixture(scope="module")
def example_item():
    return load_file(REAL_FILES[0])


@FUZZ
@given(st.dictionaries(scenario_keys, json_values, max_size=7), st.data())
def test_any_scenario_is_decided_or_refused_with_a_scenario_error(example_item, calendar,
                                                                 raw, data):
    raw = dict(raw)
    if data.draw(st.booleans()):
        raw["item"] = example_item.code
    if data.draw(st.booleans()):
        ids = [m.id for m in example_item.materials] + ["nope"]
        raw["materials"] = data.draw(st.dictionaries(st.sampled_from(ids), json_values,
                                                     max_size=4))
    try:
        scenario = parse_scenario(json.loads(json.dumps(raw)), TODAY)
        decision = decide(example_item, scenario, calendar)
    except (ScenarioError, UnknownYearError, CalendarGapError) as error:
        assert str(error)
        return
    assert decision.outcome in ("accept", "supplement", "reject")
