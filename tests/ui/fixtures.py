"""Shared set-up of the UI tests (no tests here): a small map, mouse gestures as real events, and a
snapshot taken through its dialog. Imported by the test modules, which never import one another."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from netmap.catalogues import default_catalogues
from netmap.domain import (
    Actor,
    Attitude,
    CatalogueKind,
    Cluster,
    Direction,
    MapState,
    ProjectInfo,
    Tie,
)
from netmap.ui.canvas import MapView
from netmap.ui.snapshots.snapshot_dialog import SnapshotDialog


def small_state() -> MapState:
    """Five actors, five ties of different kinds and directions, one cluster."""
    catalogues = default_catalogues()
    actors = [
        Actor("Stadtverwaltung", category="verwaltung", influence=9, attitude=Attitude.SUPPORTIVE, is_key=True,
              x=0, y=0, dots=2, id=1),
        Actor("Grundschule Süd", category="schulen", influence=3, attitude=Attitude.NEUTRAL, x=300, y=0, id=2),
        Actor("Moscheeverein Al-Nur", category="religion", influence=5, attitude=Attitude.CRITICAL, x=0, y=300,
              id=3),
        Actor("Sportverein TSV 1889 Musterstadt-Nord und Umgebung e. V.", category="vereine", influence=0,
              x=-300, y=0, id=4),
        Actor("Ohne Kategorie", x=300, y=300, id=5),
    ]
    ties = [
        Tie(1, 2, "kooperation", Direction.UNDIRECTED, 1, id=11),
        Tie(2, 3, "information", Direction.DIRECTED, 2, id=12),
        Tie(1, 4, "finanzierung", Direction.MUTUAL, 3, id=13),
        Tie(3, 1, "mitgliedschaft", Direction.DIRECTED, 1, id=14),
        Tie(1, 2, "konflikt", Direction.UNDIRECTED, 1, id=15),
    ]
    clusters = [Cluster("Bildung", members=(1, 2), dots=3, id=21)]
    return MapState(info=ProjectInfo(name="Test", town="Musterstadt"), catalogues=catalogues, actors=actors,
                    ties=ties, clusters=clusters)


def category_colour(state: MapState, key: str) -> str:
    return next(e.colour for e in state.catalogue(CatalogueKind.CATEGORY) if e.key == key)


def view_point(view: MapView, scene_pos: QPointF) -> QPointF:
    return QPointF(view.mapFromScene(scene_pos))


def send_mouse(view: MapView, kind: QEvent.Type, pos: QPointF, button: Qt.MouseButton, buttons: Qt.MouseButton,
               modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    viewport = view.viewport()
    event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(view: MapView, start: QPointF, end: QPointF, *, button: Qt.MouseButton = Qt.MouseButton.LeftButton,
         modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, steps: int = 8) -> None:
    """Press at `start` (view coordinates), move in `steps` to `end`, release there."""
    send_mouse(view, QEvent.Type.MouseButtonPress, start, button, button, modifiers)
    for i in range(1, steps + 1):
        pos = start + (end - start) * (i / steps)
        send_mouse(view, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, button, modifiers)
        QApplication.processEvents()
    send_mouse(view, QEvent.Type.MouseButtonRelease, end, button, Qt.MouseButton.NoButton, modifiers)
    QApplication.processEvents()


def double_click(view: MapView, pos: QPointF) -> None:
    left = Qt.MouseButton.LeftButton
    send_mouse(view, QEvent.Type.MouseButtonPress, pos, left, left)
    send_mouse(view, QEvent.Type.MouseButtonRelease, pos, left, Qt.MouseButton.NoButton)
    send_mouse(view, QEvent.Type.MouseButtonDblClick, pos, left, left)
    send_mouse(view, QEvent.Type.MouseButtonRelease, pos, left, Qt.MouseButton.NoButton)
    QApplication.processEvents()


def as_point(p: QPointF) -> QPoint:
    return p.toPoint()


def snapshot_dialog(window) -> SnapshotDialog:  # type: ignore[no-untyped-def]
    shown = [d for d in window.findChildren(QDialog, "snapshotDialog") if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def take_snapshot(qtbot, window, label: str, day: date | None = None,  # type: ignore[no-untyped-def]
                  note: str = "") -> None:
    """Ctrl+Shift+S, type the label (and note), pick the date, click the button."""
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = snapshot_dialog(window)
    dialog.label.selectAll()
    qtbot.keyClicks(dialog.label, label)
    if day is not None:
        dialog.day.setDate(QDate(day.year, day.month, day.day))
    if note:
        qtbot.keyClicks(dialog.note, note)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
