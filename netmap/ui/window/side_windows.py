"""Compare, monitoring and snapshot windows on a small screen: never larger than it, Esc closes.

They were made for a large monitor (1100×760 to 1280×800); on a 1366×768 laptop their buttons
ended below the screen. `fit_to_screen` sizes a window to what it wants, at most the available
part of its screen, and puts it on that screen; `beside_map` puts the compare window at the
screen's right edge, as narrow as it can be, so that the map whose overlay it controls stays in
view on the left.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

__all__ = ["close_on_escape", "fit_to_screen"]

SCREEN_SHARE = 0.94
"""A side window takes at most this share of the screen's available width and height."""
FRAME = 8
"""Pixels kept free at the screen's edges for the window frame."""
BESIDE_SHARE = 0.42
"""Beside the map: at most this share of the screen's width."""


def fit_to_screen(window: QWidget, wanted: QSize, *, beside_map: bool = False,
                  available: QRect | None = None) -> QRect:
    """Give `window` its wanted size within the screen (of its parent), centred, or at the right
    edge with `beside_map`; also Esc closes it. Returns the geometry set."""
    if available is None:
        anchor = window.parentWidget() or window
        screen = anchor.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
    # The window manager's frame is not known before the window shows: keep a few pixels for it.
    room = available.adjusted(FRAME, FRAME, -FRAME, -FRAME)
    width = min(wanted.width(), round(room.width() * (BESIDE_SHARE if beside_map else SCREEN_SHARE)))
    height = min(wanted.height(), round(room.height() * SCREEN_SHARE))
    layout = window.layout()
    if layout is not None:
        layout.activate()
    width = max(width, min(window.minimumSizeHint().width(), room.width()))
    geometry = QRect(0, 0, width, height)
    if beside_map:
        geometry.moveTopRight(room.topRight())
    else:
        geometry.moveCenter(room.center())
    window.resize(geometry.size())
    window.move(geometry.topLeft())
    close_on_escape(window)
    return geometry


def close_on_escape(window: QWidget) -> None:
    """Esc closes the window (a dialog does this itself; these are plain windows)."""
    if window.findChild(QShortcut, "closeOnEscape") is None:
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), window, window.close)
        shortcut.setObjectName("closeOnEscape")
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
