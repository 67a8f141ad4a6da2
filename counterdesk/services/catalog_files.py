"""Read catalog YAML files into validated service items, with line numbers in every error."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from counterdesk.domain.catalog import CatalogError, CatalogProblem, ServiceItem
from counterdesk.domain.catalog_format import LinePath, parse_item

CATALOG_SUFFIXES = (".yaml", ".yml")


class _CatalogLoader(yaml.SafeLoader):
    """SafeLoader that leaves an impossible date (2026-02-30) as text, so the validator
    reports it against its key and line instead of PyYAML failing on it."""


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
          problems: list[str]) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            child = path + (key,)
            lines[child] = key_node.start_mark.line + 1
            if key in seen:
                problems.append(f"{key_node.start_mark.line + 1}\t{key}")
            seen.add(key)
            _walk(value_node, child, lines, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item_node in enumerate(node.value):
            child = path + (index,)
            lines[child] = item_node.start_mark.line + 1
            _walk(item_node, child, lines, problems)


def load_file(path: Path) -> ServiceItem:
    """One item from one file, or CatalogError naming file, item, key and line."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogError([CatalogProblem(source, "", "", "the file is not UTF-8 text")]
                           ) from None
    except OSError as error:
        raise CatalogError([CatalogProblem(source, "", "",
                                           f"cannot read the file: {error.strerror}")]) from None
    try:
        node = yaml.compose(text, Loader=_CatalogLoader)
        data = yaml.load(text, Loader=_CatalogLoader)
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
    lines: dict[LinePath, int] = {}
    duplicates: list[str] = []
    if node is not None:
        _walk(node, (), lines, duplicates)
    code = data.get("code", "") if isinstance(data, dict) else ""
    code = code if isinstance(code, str) else str(code)
    problems = [
        CatalogProblem(source, code, key, "key appears twice", int(line))
        for line, key in (entry.split("\t", 1) for entry in duplicates)
    ]
    try:
        item = parse_item(data, source, lines)
    except CatalogError as error:
        raise CatalogError(problems + list(error.problems)) from None
    if problems:
        raise CatalogError(problems)
    return item


def catalog_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix in CATALOG_SUFFIXES and p.is_file())
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
