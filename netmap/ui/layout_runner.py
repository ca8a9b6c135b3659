"""Runs a layout off the UI thread: a force layout of 1,000 actors takes seconds, the window must not
freeze meanwhile. The result comes back on the UI thread as a signal, and becomes one undoable move."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

__all__ = ["LayoutRunner"]

Positions = dict[int, tuple[float, float]]


class LayoutRunner(QObject):
    finished = Signal(str, object)  # layout name, {actor id: (x, y)}
    failed = Signal(str, str)  # layout name, message
    _done = Signal(str, object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.running: str | None = None
        self._done.connect(self._on_done)

    def run(self, name: str, function: Callable[..., Positions], *args: Any) -> bool:
        """Start `function(*args)` in the background; False when a layout is still running."""
        if self.running is not None:
            return False
        self.running = name

        def work() -> None:
            try:
                result = function(*args)
            except Exception as exc:  # noqa: BLE001 - a failed layout must not take the window down
                self._done.emit(name, None, f"{type(exc).__name__}: {exc}")
            else:
                self._done.emit(name, result, "")

        self._pool.start(work)
        return True

    def _on_done(self, name: str, result: object, error: str) -> None:
        self.running = None
        if error:
            self.failed.emit(name, error)
        else:
            self.finished.emit(name, result)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the running layout is done (tests and closing the window)."""
        return self._pool.waitForDone(msecs)
