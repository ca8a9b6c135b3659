"""The layers stay apart: the core never imports Qt's widgets, so it runs headless and in batch."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import netmap

ALL_MODULES = sorted(m.name for m in pkgutil.walk_packages(netmap.__path__, "netmap.") if ".migrations" not in m.name)
RENDER_MODULES = [name for name in ALL_MODULES if name.startswith("netmap.render")]
CORE_MODULES = [name for name in ALL_MODULES if not name.startswith(("netmap.ui", "netmap.render"))]
"""Everything below the render layer (the command line is counted in: it only imports the render
layer and the UI inside its commands, and they are checked by `test_nothing_below_render_...`)."""
BELOW_RENDER = [name for name in CORE_MODULES if name not in ("netmap.cli", "netmap.cli_participation")]


def test_the_core_does_not_import_qt_widgets() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'PySide6.QtGui')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).parents[1])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"the core pulled in {result.stdout.strip()}"
    assert "netmap.project" in CORE_MODULES and "netmap.analysis.report" in CORE_MODULES


def test_the_render_layer_draws_without_widgets() -> None:
    """QtGui, never QtWidgets: posters are drawn in worker threads, where widgets must not run."""
    code = (
        "import importlib, sys\n"
        f"for name in {RENDER_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'netmap.ui')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).parents[1])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"the render layer pulled in {result.stdout.strip()}"
    assert "netmap.render.poster" in RENDER_MODULES and "netmap.render.drawing" in RENDER_MODULES


def _module_path(name: str) -> Path:
    path = Path(netmap.__file__).parent.joinpath(*name.split(".")[1:])
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _every_import(path: Path) -> set[str]:
    """Every module `path` names in an import, at module level, inside functions and under
    ``if TYPE_CHECKING:`` alike (absolute imports; NetMap uses no relative ones)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize(("modules", "forbidden"), [
    (RENDER_MODULES, ("PySide6.QtWidgets", "netmap.ui")),
    (BELOW_RENDER, ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtSvg", "PySide6.QtPrintSupport", "netmap.ui",
                    "netmap.render")),
], ids=["render", "below render"])
def test_nothing_reaches_up_not_even_inside_a_function(modules: list[str], forbidden: tuple[str, ...]) -> None:
    """An import inside a function escapes the import test above (it never runs there): read them all."""
    bad = {name: sorted(i for i in _every_import(_module_path(name))
                        if any(i == f or i.startswith(f + ".") for f in forbidden))
           for name in modules}
    assert {name: found for name, found in bad.items() if found} == {}


def test_analysis_does_not_know_storage_or_qt() -> None:
    for path in (Path(netmap.__file__).parent / "analysis").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("netmap.storage", "netmap.project", "PySide6", "sqlalchemy"):
            assert forbidden not in text, f"{path.name} imports {forbidden}"


def _imports_of(path: Path, module: str, known: set[str]) -> set[str]:
    """The modules of `known` that `module` imports: at module level, inside functions and under
    ``if TYPE_CHECKING:`` alike (a type-only import back is still a circle a reader has to hold in
    their head). ``from package import name`` counts as an import of ``package.name`` when that is
    a module, else of ``package``.
    """
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parent = package[: len(package) - child.level + 1]
                    base = ".".join([*parent, *([child.module] if child.module else [])])
                found.update(f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in child.names)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {name for name in found if name in known and name != module}


def import_cycles(package: Path, prefix: str) -> list[list[str]]:
    """Groups of modules under `package` that import each other, directly or around a circle."""
    modules: dict[str, Path] = {}
    for path in package.rglob("*.py"):
        parts = [prefix, *path.relative_to(package).with_suffix("").parts]
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    known = set(modules)
    graph = {name: _imports_of(path, name, known) for name, path in modules.items()}

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(graph[start])
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(graph[name])
        return seen

    reach = {name: reachable(name) for name in graph}
    cycles = {frozenset([a, *(b for b in reach[a] if a in reach[b])]) for a in graph if a in reach[a]}
    return sorted(sorted(cycle) for cycle in cycles)


def test_import_cycles_are_found_inside_functions_too(tmp_path: Path) -> None:
    (tmp_path / "__init__.py").write_text("")
    (tmp_path / "a.py").write_text("def f():\n    from pkg.b import g\n")
    (tmp_path / "b.py").write_text("from pkg import a\n")
    (tmp_path / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.d\n")
    (tmp_path / "d.py").write_text("from pkg.c import x\n")
    (tmp_path / "e.py").write_text("import pkg.a\n")
    assert import_cycles(tmp_path, "pkg") == [["pkg.a", "pkg.b"], ["pkg.c", "pkg.d"]]


def test_the_render_layer_and_the_canvas_items_have_no_import_cycles() -> None:
    """The render layer is one way down; the canvas's items no longer import the room's towers back
    (not even for type hints: the towers build on the items, never the other way round)."""
    root = Path(netmap.__file__).parent
    assert import_cycles(root / "render", "netmap.render") == []
    items = _every_import(_module_path("netmap.ui.canvas.items"))
    assert not any(name.startswith("netmap.ui.canvas.room_tower") for name in items)


def test_no_module_imports_one_that_imports_it_back() -> None:
    """Anywhere in NetMap, counting type-only imports and imports inside functions: the canvas's
    parts never import the scene, the window's parts never import the window, the exchange's
    dispatch imports the readers and the readers the schema, never the other way round."""
    assert import_cycles(Path(netmap.__file__).parent, "netmap") == []


MAX_LINES = 600


def test_every_module_is_small_enough_to_hold_in_your_head() -> None:
    root = Path(netmap.__file__).parent
    sizes = {path.relative_to(root).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in root.rglob("*.py") if "migrations" not in path.parts}
    assert {name: lines for name, lines in sizes.items() if lines > MAX_LINES} == {}
