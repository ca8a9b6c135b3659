"""The map alone: presentation mode for the projector (F5) and the map without panels (F9).

Presentation mode is full screen with no panels, bars or scroll bars and large labels, so that on
a 1280×720 projector the whole map is on screen and every name can be read from the back row;
Esc leaves it, and the window comes back exactly as it was (panel layout, maximised or not).
F9 only collapses the panels, and brings back those that were open.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QToolBar, QWidget

from netmap.ui.canvas import MapScene, MapView
from netmap.ui.context import AppContext
from netmap.ui.window.fit import hide_stray_tab_bars

__all__ = ["Chrome", "Presentation"]


@dataclass
class Chrome:
    """What surrounds the map in the window: hidden while presenting, shown again after."""

    docks: list[QDockWidget]
    toolbars: list[QToolBar]
    entries: list[QWidget]
    """The quick entry and the typed-tie field: hidden while presenting, shown again as needed."""
    quick_entry: QWidget
    main_docks: int = 5
    """F9 with no record of what was open shows the first this many docks."""
    before_map_only: list[QDockWidget] = field(default_factory=list)


class Presentation(QObject):
    """Presentation mode and map-only of one main window."""

    def __init__(self, context: AppContext, window: QMainWindow, scene: MapScene, view: MapView,
                 chrome: Chrome, toggle: QAction, leave: QAction) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.scene = scene
        self.view = view
        self.chrome = chrome
        self.toggle = toggle
        self.leave = leave
        self.on = False
        self._before: tuple[bytes, bool] | None = None
        self._view_frame = QFrame.Shape.StyledPanel
        toggle.toggled.connect(self.set_presentation)
        leave.triggered.connect(lambda: self.set_presentation(False))
        leave.setEnabled(False)

    def set_presentation(self, on: bool) -> None:
        """Full screen for the projector: no panels, no bars, large labels; Esc leaves."""
        if on == self.on or (on and self.context.session is None):
            self.toggle.setChecked(self.on)
            return
        self.on = on
        self.toggle.setChecked(on)
        self.leave.setEnabled(on)
        window, view = self.window, self.view
        if on:
            self._before = (bytes(window.saveState().data()), window.isMaximized())
            for widget in [*self.chrome.docks, *self.chrome.toolbars, *self.chrome.entries]:
                widget.hide()
            window.menuBar().hide()
            window.statusBar().hide()
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._view_frame = view.frameShape()
            view.setFrameShape(QFrame.Shape.NoFrame)
            self.scene.set_presentation(True)
            window.showFullScreen()
        else:
            self.scene.set_presentation(False)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            view.setFrameShape(self._view_frame)
            window.menuBar().show()
            window.statusBar().show()
            state, maximized = self._before or (b"", False)
            if maximized:
                window.showMaximized()
            else:
                window.showNormal()
            if state:
                window.restoreState(state)
            hide_stray_tab_bars(window)
            for toolbar in self.chrome.toolbars:
                toolbar.show()
            self.chrome.quick_entry.setVisible(self.context.editable_session() is not None)
        # The whole map, once the window manager has settled the new size (see MapView.request_fit).
        view.request_fit()
        view.setFocus()

    def set_map_only(self, on: bool) -> None:
        """Collapse every panel at once (F9), for the map alone; F9 again brings them back."""
        chrome = self.chrome
        if on:
            chrome.before_map_only = [d for d in chrome.docks if d.isVisible()]
            for dock in chrome.before_map_only:
                dock.hide()
        else:
            for dock in chrome.before_map_only or chrome.docks[:chrome.main_docks]:
                dock.show()
            hide_stray_tab_bars(self.window)
        QTimer.singleShot(0, self.view.fit_all)
