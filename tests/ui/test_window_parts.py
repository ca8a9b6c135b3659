"""The main window's parts: one context they share, one language signal, no part importing the window."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

import netmap
from netmap.ui.i18n import install_language, language_notice
from netmap.ui.snapshots.snapshot_dialog import SnapshotDialog

UI = Path(netmap.__file__).parent / "ui"


def _imports(path: Path) -> set[str]:
    """Every netmap module `path` imports: at the top, inside functions and under TYPE_CHECKING."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("netmap.")}


def test_only_the_app_start_imports_the_main_window() -> None:
    importers = sorted(p.name for p in UI.rglob("*.py") if "netmap.ui.window.main_window" in _imports(p))
    assert importers == ["app.py"]


def test_the_invitation_and_the_workshop_import_one_way() -> None:
    assert "netmap.ui.workshop.invite_dialog" in _imports(UI / "workshop" / "controller.py")
    assert "netmap.ui.workshop.controller" not in _imports(UI / "workshop" / "invite_dialog.py")


def test_no_widget_waits_for_qts_language_change_event() -> None:
    still = sorted(p.name for p in UI.rglob("*.py") if "QEvent.Type.LanguageChange" in p.read_text(encoding="utf-8"))
    assert still == []


def test_an_open_dialog_follows_the_language_at_once_and_a_deleted_one_is_let_go(qtbot) -> None:
    # Widgets earlier tests let go are deleted first, so that only this dialog's deletion counts below.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    dialog = SnapshotDialog([])  # deleted by the test itself, so not handed to qtbot
    assert dialog.windowTitle() == "Take snapshot"
    try:
        install_language("de")
        assert dialog.windowTitle() == "Momentaufnahme festhalten"  # no turn of the event loop needed
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        listeners = language_notice().receivers("2changed(QString)")
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert language_notice().receivers("2changed(QString)") == listeners - 1
    finally:
        install_language("en")


def test_the_context_tells_its_parts_of_each_project_opened_and_closed(make_window, small_project: Path) -> None:
    window = make_window()
    seen: list[object] = []
    window.context.sessionChanged.connect(seen.append)
    assert window.open_project(small_project)
    assert seen == [window.session] and window.session is not None
    assert window.snapshot_tools.session is window.session  # a part that follows the context itself
    window.close_project()
    assert seen[-1] is None and window.snapshot_tools.session is None
    assert window.guide_dock.widget().session is None
