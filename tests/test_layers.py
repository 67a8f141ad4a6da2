"""Layers point down (docs/architecture.md): every import of every module, read with `ast`
(imports inside functions and under TYPE_CHECKING included), obeys the rules below."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "counterdesk"

# (module, imported module) pairs that break a rule knowingly, each with its reason. Keep it
# short: an entry here is a debt. (export/batch.py no longer imports services.)
EXEMPT: dict[tuple[str, str], str] = {}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The absolute names of the modules `path` imports."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's package
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            names.add(target)
            # `from counterdesk.services import paths` imports counterdesk.services.paths
            names.update(f"{target}.{alias.name}" for alias in node.names
                         if target.startswith("counterdesk"))
    names.discard("__future__")
    return names


MODULES = {_module_name(path): _imports(path) for path in sorted(PACKAGE.rglob("*.py"))}


def _layer(name: str) -> str:
    """counterdesk.store.db → store; counterdesk.app → app; sqlite3.dbapi2 → sqlite3."""
    parts = name.split(".")
    if parts[0] == "counterdesk":
        return parts[1] if len(parts) > 1 else ""
    return parts[0]


def _breaches(modules: str, forbidden: set[str], allowed=None) -> list[str]:
    """`module imports name` for each import from a module of layer(s) `modules` (a layer
    name, or "*" for all) whose layer is in `forbidden`, or, when `allowed` is given, not
    allowed by it."""
    found = []
    for module, imports in MODULES.items():
        if modules != "*" and _layer(module) not in modules.split(","):
            continue
        for name in sorted(imports):
            bad = allowed is not None and not allowed(module, name) \
                or _layer(name) in forbidden
            if bad and (module, name) not in EXEMPT:
                found.append(f"{module} imports {name}")
    return found


def _stdlib_or_domain(_module: str, name: str) -> bool:
    top = name.split(".")[0]
    if top == "counterdesk":
        return _layer(name) == "domain"
    return top in sys.stdlib_module_names and top != "sqlite3"


def test_the_walk_sees_the_packages_and_their_imports():
    # GIVEN the package's modules WHEN their imports are read THEN the known edges are seen
    assert {"counterdesk.domain.decision", "counterdesk.store.db",
            "counterdesk.services.intake", "counterdesk.ui.operations"} <= MODULES.keys()
    assert "counterdesk.store.db" in MODULES["counterdesk.services.errors"]
    assert "PySide6.QtCore" in MODULES["counterdesk.ui.checklist_table_model"]


def test_the_domain_imports_only_the_standard_library_and_the_domain():
    assert _breaches("domain", set(), allowed=_stdlib_or_domain) == []


@pytest.mark.parametrize("layer", ["store", "printing", "export"])
def test_store_printing_and_export_never_import_services_ui_or_cli(layer):
    assert _breaches(layer, {"services", "ui", "cli", "app"}) == []


def test_services_never_import_ui_or_cli():
    assert _breaches("services", {"ui", "cli", "app"}) == []


def test_the_ui_asks_services_and_domain_only():
    assert _breaches("ui,app", {"store", "printing", "export", "cli"}) == []


def _outside(package_layers: set[str], library: str) -> list[str]:
    return [f"{module} imports {name}" for module, imports in MODULES.items()
            for name in sorted(imports)
            if name.split(".")[0] == library and _layer(module) not in package_layers
            and (module, name) not in EXEMPT]


def test_sqlite3_is_imported_only_in_the_store():
    assert _outside({"store"}, "sqlite3") == []


def test_reportlab_is_imported_only_in_printing():
    assert _outside({"printing"}, "reportlab") == []


def test_pyside6_is_imported_only_in_the_ui_and_app():
    assert _outside({"ui", "app"}, "PySide6") == []


def test_the_cli_never_reads_the_store():
    # The CLI parses, calls a service and prints; the store's errors reach it through
    # services/errors.py. (It calls export/ for the centre's merge and report, which have
    # no database of the hall behind them; with no command it starts app.py, the GUI.)
    assert _breaches("cli", {"store", "ui"}) == []
