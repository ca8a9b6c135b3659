"""The layers stay apart: the core never imports Qt's widgets, so it runs headless and in batch."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import netmap

CORE_MODULES = sorted(
    m.name for m in pkgutil.walk_packages(netmap.__path__, "netmap.")
    if not m.name.startswith("netmap.ui") and ".migrations" not in m.name
)


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


def test_analysis_does_not_know_storage_or_qt() -> None:
    for path in (Path(netmap.__file__).parent / "analysis").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("netmap.storage", "netmap.project", "PySide6", "sqlalchemy"):
            assert forbidden not in text, f"{path.name} imports {forbidden}"
