"""The main window on the screen it is on: sized from that screen, remembered per screen.

A workshop runs on whatever the town hall has: a 1366×768 laptop, a 1280×720 projector, a
large office monitor. A fixed first size (1600×1000 once) puts the status bar and the tables
off-screen on the laptop, and a layout saved on the office monitor is wrong on the projector.
So the window takes its size from the screen's available geometry (maximised on small screens,
most of the screen on large ones), and its geometry and panel layout are kept per screen size:
coming back to the laptop brings back the laptop's layout.

On a low screen the tables move from below the map into the panels on the right (as tabs),
so that the map keeps the full height; the panels stay collapsible (View ▸ Panels, F9 hides
all of them at once).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

from netmap.ui.editing.tables import TablePanel

__all__ = ["SMALL_SCREEN_HEIGHT", "ScreenPlan", "WindowDocks", "WindowMemory", "fit_main_window",
           "hide_stray_tab_bars", "plan_for", "screen_key"]

SMALL_SCREEN_HEIGHT = 800
"""Below this available height the window opens maximised with the tables beside the map."""
LARGE_SHARE = 0.85
"""On larger screens the window takes this share of the available width and height."""


@dataclass(frozen=True)
class ScreenPlan:
    """How the window sits on one screen."""

    geometry: QRect
    """The window's size and place when not maximised (inside the available geometry)."""
    maximised: bool
    tables_beside_map: bool
    """True on low screens: the tables are tabs of the right panel area, not a strip below."""
    side_width: int
    """Width of the right panel area in pixels."""
    table_height: int
    """Height of the table strip below the map (when it is below)."""


def plan_for(available: QRect) -> ScreenPlan:
    """The window's plan on a screen whose available geometry is `available`."""
    small = available.height() < SMALL_SCREEN_HEIGHT
    # Maximised on small screens; the size it has when not maximised is smaller than the screen
    # all the same (a window manager may keep a "normal" size that fills the screen when the
    # window goes full screen, and cut off its bottom).
    maximised = small or available.width() <= 1440
    size = QSize(round(available.width() * LARGE_SHARE), round(available.height() * LARGE_SHARE))
    geometry = QRect(available.topLeft(), size)
    geometry.moveCenter(available.center())
    # The map gets most of the width: about a quarter for the panels, never less than 280 px.
    side = max(280, min(400, round(geometry.width() * 0.22)))
    table = max(140, min(220, round(geometry.height() * 0.16)))
    return ScreenPlan(geometry, maximised, small, side, table)


def screen_key(available: QRect) -> str:
    """Settings key of a screen: its available size (the same laptop on another day matches)."""
    return f"{available.width()}x{available.height()}"


class WindowMemory:
    """The window's geometry and panel layout, stored per screen size in the user's settings."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def load(self, available: QRect) -> tuple[bytes | None, bytes | None]:
        group = f"window/{screen_key(available)}"
        geometry = self.settings.value(f"{group}/geometry")
        state = self.settings.value(f"{group}/state")
        return (bytes(geometry) if geometry else None, bytes(state) if state else None)

    def save(self, available: QRect, geometry: bytes, state: bytes) -> None:
        group = f"window/{screen_key(available)}"
        self.settings.setValue(f"{group}/geometry", geometry)
        self.settings.setValue(f"{group}/state", state)
        self.settings.sync()


@dataclass(frozen=True)
class WindowDocks:
    """The docks the plan moves and sizes."""

    tables: tuple[QDockWidget, ...]
    """The table docks (actors first): below the map, or tabs beside it on a low screen."""
    legend: QDockWidget
    """The right-hand dock the tables join as tabs."""
    inspector: QDockWidget
    """The right-hand dock whose width sets the panel area's."""


def fit_main_window(window: QMainWindow, docks: WindowDocks, memory: WindowMemory, available: QRect) -> None:
    """Apply the plan for `available` to the main window, or what was kept for this screen size."""
    plan = plan_for(available)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    if plan.tables_beside_map and window.dockWidgetArea(docks.tables[0]) != right:
        for dock in docks.tables:
            panel = dock.widget()
            if isinstance(panel, TablePanel):
                panel.set_narrow(True)
            window.addDockWidget(right, dock)
            window.tabifyDockWidget(docks.legend, dock)
        docks.legend.raise_()

    def size_docks() -> None:
        window.resizeDocks([docks.inspector], [plan.side_width], Qt.Orientation.Horizontal)
        if not plan.tables_beside_map:
            window.resizeDocks([docks.tables[0]], [plan.table_height], Qt.Orientation.Vertical)

    geometry, state = memory.load(available)
    if state:
        window.restoreState(state)
    else:
        size_docks()
        QTimer.singleShot(0, size_docks)  # again once the window has its size
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
    if not (geometry and window.restoreGeometry(geometry) and available.contains(window.geometry())):
        window.setGeometry(plan.geometry)
        if plan.maximised:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def hide_stray_tab_bars(window: QMainWindow) -> None:
    """Qt 6.11 leaves a second, unmanaged tab bar behind when two dock areas both have tabbed
    docks; it floats over the map with empty tabs. The docks got their titles after tabifying,
    so the managed bars carry them and the stray one does not."""
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if bar.count() and not any(bar.tabText(i) for i in range(bar.count())):
            bar.hide()
        # Whole words on the panel tabs ("Le…", "Bezi…" says nothing): scroll arrows instead.
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)
