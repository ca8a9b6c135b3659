"""What the parts of the window share: the open project, the settings, the language and a way to
speak to the user.

The window's parts (snapshot tools, workshop guide, project controller, tie-kind chooser,
presentation, dialogs) used to hold the main window itself and reach into it, so each of them
imported `main_window` and it imported each of them back. They get this context instead: it knows
nothing of docks and menus, and the window is its only owner. Who opens and closes projects
(`ProjectController`) sets the session here; everybody else follows `sessionChanged`.

`languageChanged` is for texts that depend on the *data* language (catalogue labels, undo names);
texts that go through `tr()` follow `netmap.ui.i18n.follow_language`, which fires first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from netmap.ui.canvas import MapScene
from netmap.ui.i18n import install_language
from netmap.ui.session import MapSession
from netmap.ui.settings import Preferences

__all__ = ["AppContext", "AppWindow", "MessageAction"]

MessageAction = tuple[str, Callable[[], object]]
"""A button beside a message: its words and what it does ("Undo")."""


class AppContext(QObject):
    """The shared state of one main window: session, preferences, language, messages."""

    sessionChanged = Signal(object)  # the MapSession now open, or None
    languageChanged = Signal(str)  # after the translators: "de" or "en"
    messageShown = Signal(str, str, object)  # text, level ("info", "error"), MessageAction or None
    statusShown = Signal(str, int)  # a passing note in the status bar, for so many milliseconds

    def __init__(self, prefs: Preferences, window: QWidget,
                 install: Callable[[str], bool] = install_language) -> None:
        super().__init__(window)
        self.prefs = prefs
        self.window = window
        """The parent of dialogs and side windows (the main window, as a plain widget)."""
        self.language = prefs.language
        self.session: MapSession | None = None
        self._install = install

    @property
    def settings(self) -> QSettings:
        return self.prefs.settings

    def set_session(self, session: MapSession | None) -> None:
        """The project now open (None: none); every follower of `sessionChanged` is told."""
        self.session = session
        self.sessionChanged.emit(session)

    def editable_session(self) -> MapSession | None:
        """The open session if it may be changed (not read-only), else None."""
        session = self.session
        return session if session is not None and not session.read_only else None

    def set_language(self, language: str) -> None:
        """Switch the application to `language` and remember it for the next start."""
        self.prefs.language = language
        self.language = language
        self._install(language)  # the tr() texts change here (netmap.ui.i18n.language_notice)
        self.languageChanged.emit(language)

    def show_message(self, text: str, level: str = "info", action: MessageAction | None = None) -> None:
        """Say `text` in the window's message bar (the window connects `messageShown`)."""
        self.messageShown.emit(text, level, action)

    def show_status(self, text: str, msecs: int) -> None:
        """A passing note in the status bar (the window connects `statusShown`)."""
        self.statusShown.emit(text, msecs)


class AppWindow(Protocol):
    """What the dialogs opened from the File and Edit menus (import, export, print, results protocol,
    privacy) read of the window that opens them; `MainWindow` is one. One protocol for all of them,
    below the window, so that no dialog imports the window."""

    @property
    def session(self) -> MapSession | None: ...

    @property
    def language(self) -> str: ...

    @property
    def prefs(self) -> Preferences: ...

    @property
    def scene(self) -> MapScene: ...

    def show_message(self, text: str, level: str = "info", action: MessageAction | None = None) -> None: ...
