"""Read catalog YAML files into validated service items, with line numbers in every error."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from counterdesk.domain.catalog import CatalogError, CatalogProblem, ServiceItem
from counterdesk.domain.catalog_format import LinePath, parse_item

CATALOG_SUFFIXES = (".yaml", ".yml")
ITEM_TESTS_SUFFIXES = (".tests.yaml", ".tests.yml")


# A guide is a few kilobytes and a few levels deep; anything far beyond is not a guide, and
# refusing it early keeps a hostile file from exhausting memory or the stack.
MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 50


class _RefusedYamlError(yaml.YAMLError):
    """YAML the catalog reader will not build: aliases, anchors, or nesting too deep."""

    def __init__(self, message: str, mark: yaml.Mark | None):
        super().__init__(message)
        self.message = message
        self.line = mark.line + 1 if mark is not None else None


class _CatalogLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases (a guide never needs them; "billion
    laughs" does), bounds nesting, and leaves an impossible date (2026-02-30) as text so the
    validator reports it against its key and line instead of PyYAML failing on it."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _RefusedYamlError("anchors and aliases (&name, *name) are not allowed in a "
                                    "catalog file; write each value out", event.start_mark)
        if self._depth >= MAX_DEPTH:
            raise _RefusedYamlError(f"nested more than {MAX_DEPTH} levels deep; a guide "
                                    f"needs a handful", event.start_mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _date_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_CatalogLoader.add_constructor("tag:yaml.org,2002:timestamp", _date_or_text)


@dataclass(frozen=True)
class LoadResult:
    items: tuple[ServiceItem, ...]
    problems: tuple[CatalogProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _walk(node: yaml.Node, path: LinePath, lines: dict[LinePath, int],
          duplicates: list[tuple[int, str]]) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = path + (key,)
            lines[child] = key_node.start_mark.line + 1
            if key in seen:
                duplicates.append((key_node.start_mark.line + 1, key))
            seen.add(key)
            _walk(value_node, child, lines, duplicates)
    elif isinstance(node, yaml.SequenceNode):
        for index, item_node in enumerate(node.value):
            child = path + (index,)
            lines[child] = item_node.start_mark.line + 1
            _walk(item_node, child, lines, duplicates)


def _read_text(path: Path) -> str:
    source = str(path)
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise CatalogError([CatalogProblem(source, "", "",
                                           f"cannot read the file: {error.strerror}")]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise CatalogError([CatalogProblem(
            source, "", "", f"the file is larger than {MAX_FILE_BYTES // 1024} KiB; a guide is "
                            f"a few kilobytes: split it or remove what is not a guide")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogError([CatalogProblem(source, "", "", "the file is not UTF-8 text")]
                           ) from None


def _compose(text: str, source: str) -> tuple[yaml.Node | None, object]:
    """The node tree (for line numbers) and the data built from it, parsed once."""
    loader: _CatalogLoader | None = None
    try:
        loader = _CatalogLoader(text)  # its reader already refuses control characters
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    except _RefusedYamlError as error:
        raise CatalogError([CatalogProblem(source, "", "", error.message, error.line)]
                           ) from None
    except (ValueError, TypeError, OverflowError) as error:
        # A value PyYAML's constructors cannot build (they raise plain Python errors).
        raise CatalogError([CatalogProblem(source, "", "", f"not valid YAML: {error}")]
                           ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(error, "problem", None) or str(error)
        raise CatalogError([CatalogProblem(source, "", "",
                                           f"not valid YAML: {reason}", line)]) from None
    finally:
        if loader is not None:
            loader.dispose()


@dataclass(frozen=True)
class YamlDocument:
    """A YAML file's data with the line of every key and list entry."""

    data: object
    lines: dict[LinePath, int]
    duplicates: tuple[tuple[int, str], ...]


def read_yaml(path: Path) -> YamlDocument:
    """Read a catalog-side YAML file safely (size, depth, no aliases), or CatalogError."""
    node, data = _compose(_read_text(path), str(path))
    lines: dict[LinePath, int] = {}
    duplicates: list[tuple[int, str]] = []
    if node is not None:
        _walk(node, (), lines, duplicates)
    return YamlDocument(data, lines, tuple(duplicates))


def load_file(path: Path) -> ServiceItem:
    """One item from one file, or CatalogError naming file, item, key and line."""
    source = str(path)
    document = read_yaml(path)
    data = document.data
    code = data.get("code", "") if isinstance(data, dict) else ""
    code = code if isinstance(code, str) else str(code)
    problems = [CatalogProblem(source, code, key, "key appears twice", line)
                for line, key in document.duplicates]
    try:
        item = parse_item(data, source, document.lines)
    except CatalogError as error:
        raise CatalogError(problems + list(error.problems)) from None
    if problems:
        raise CatalogError(problems)
    return item


def is_item_tests_file(path: Path) -> bool:
    """`<item>.tests.yaml` beside an item file holds that item's tests, not an item."""
    return path.name.endswith(ITEM_TESTS_SUFFIXES)


def catalog_files(path: Path) -> list[Path]:
    """The item files under a folder (item-test files excluded), or the one file given."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in CATALOG_SUFFIXES
                      and not is_item_tests_file(p) and p.is_file())
    return [path]


def load_path(paths: Path | Iterable[Path]) -> LoadResult:
    """Every item under the paths (files or folders); problems of all files together.

    Two files with the same code and version are a conflict: which one is meant?
    """
    roots = [paths] if isinstance(paths, Path) else list(paths)
    items: list[ServiceItem] = []
    problems: list[CatalogProblem] = []
    seen: dict[tuple[str, object], str] = {}
    for root in roots:
        if not root.exists():
            problems.append(CatalogProblem(str(root), "", "", "no such file or folder"))
            continue
        for file in catalog_files(root):
            try:
                item = load_file(file)
            except CatalogError as error:
                problems.extend(error.problems)
                continue
            key = (item.code, item.version)
            if key in seen:
                problems.append(CatalogProblem(
                    str(file), item.code, "version",
                    f"version {item.version} of this item is also in {seen[key]}"))
                continue
            seen[key] = str(file)
            items.append(item)
    return LoadResult(tuple(items), tuple(problems))
