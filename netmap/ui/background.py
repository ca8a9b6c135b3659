"""One job at a time off the UI thread: reading an import, writing an export.

The job is a plain function that touches no widget and no database connection (callers read what
it needs on the UI thread first: SQLite connections stay in the thread that made them). Its
result, or the exception it raised, comes back on the UI thread as a signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

__all__ = ["BackgroundJob", "error_text"]


def error_text(error: object) -> str:
    """One line for the user: NetMap's own errors say it themselves (file, sheet, row, column);
    a file that cannot be written names the file; anything else names its type."""
    from netmap.errors import NetMapError

    if isinstance(error, NetMapError):
        return str(error)
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    return f"{type(error).__name__}: {error}"


class BackgroundJob(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised
    _done = Signal(object, object)  # result, exception: emitted on the worker, delivered on the UI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.running = False
        self._done.connect(self._on_done)

    def start(self, function: Callable[[], Any]) -> bool:
        """Run `function()` on the worker; False when a job is still running."""
        if self.running:
            return False
        self.running = True

        def work() -> None:
            try:
                result = function()
            except Exception as exc:  # noqa: BLE001 - every failure is reported, none takes the window down
                self._done.emit(None, exc)
            else:
                self._done.emit(result, None)

        self._pool.start(work)
        return True

    def _on_done(self, result: object, error: object) -> None:
        self.running = False
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the job is done (tests, closing)."""
        return self._pool.waitForDone(msecs)
