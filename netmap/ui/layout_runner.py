"""Runs a layout off the UI thread: a force layout of 1,000 actors takes seconds, the window must not
freeze meanwhile. The result comes back on the UI thread as a signal, and becomes one undoable move."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from netmap.ui.background import BackgroundJob

__all__ = ["LayoutRunner"]

Positions = dict[int, tuple[float, float]]


class LayoutRunner(QObject):
    """One layout at a time, as a `BackgroundJob`, with the layout's name on its signals."""

    finished = Signal(str, object)  # layout name, {actor id: (x, y)}
    failed = Signal(str, str)  # layout name, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = BackgroundJob(self)
        self._job.finished.connect(self._on_finished)
        self._job.failed.connect(self._on_failed)
        self.running: str | None = None

    def run(self, name: str, function: Callable[..., Positions], *args: Any) -> bool:
        """Start `function(*args)` in the background; False when a layout is still running."""
        if self.running is not None:
            return False
        self.running = name
        self._job.start(lambda: function(*args))
        return True

    def _on_finished(self, result: object) -> None:
        name, self.running = self.running or "", None
        self.finished.emit(name, result)

    def _on_failed(self, error: object) -> None:
        name, self.running = self.running or "", None
        self.failed.emit(name, f"{type(error).__name__}: {error}")

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the running layout is done (tests and closing the window)."""
        return self._job.wait(msecs)
