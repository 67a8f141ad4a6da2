"""Qt's own Chinese (QFileDialog's 查找范围) goes into the bundle: build.spec lists
qtbase_zh_CN.qm by name, at the place the bundled Qt looks for it."""

from __future__ import annotations

import ast
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLibraryInfo

REPO = Path(__file__).resolve().parents[2]
INTERNAL = REPO / "dist" / "counterdesk" / "_internal"


def spec_function(name: str):
    """One function of build.spec, run on its own (the spec itself only runs in PyInstaller)."""
    tree = ast.parse((REPO / "build.spec").read_text(encoding="utf-8"))
    found = next(node for node in tree.body
                 if isinstance(node, ast.FunctionDef) and node.name == name)
    namespace = {"Path": Path, "PySide6": PySide6}
    exec(compile(ast.Module([found], type_ignores=[]), "build.spec", "exec"), namespace)
    return namespace[name]


def test_the_spec_bundles_qtbase_zh_cn_where_qt_looks_for_its_translations():
    entries = spec_function("qt_chinese_translations")()
    sources = {Path(source).name: (Path(source), folder) for source, folder in entries}
    source, folder = sources["qtbase_zh_CN.qm"]
    assert source.is_file()
    # the folder inside the bundle mirrors the wheel's, which is Qt's TranslationsPath
    wheel_site = Path(PySide6.__file__).parent.parent
    assert (wheel_site / folder).resolve() == Path(
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)).resolve()


@pytest.mark.skipif(not INTERNAL.is_dir(), reason="no bundle: build it with `make bundle`")
def test_the_built_bundle_holds_qtbase_zh_cn():
    assert list(INTERNAL.glob("PySide6/**/translations/qtbase_zh_CN.qm"))
