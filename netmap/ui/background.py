"""One job at a time off the UI thread: reading an import, writing an export, asking a server.

The job is a plain function that touches no widget (callers read what it needs on the UI thread
first: SQLite connections stay in the thread that made them; a team project's server connections
may be used from any thread). Its result, or the exception it raised, comes back on the UI thread
as a signal.

The job runs on a plain Python thread and leaves its outcome in a queue, which a timer on the UI
thread empties: the handover emits no signal and makes or deletes no QObject on the worker (a job
may still draw on QtGui's paint devices, as a poster export does). A signal emitted from a worker
takes Qt's connection locks while holding Python's, which PySide6 6.11 does not always survive
(see `netmap.participation.server`), and a Python QRunnable is deleted by Qt on the pool thread
that ran it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

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

    POLL_MS = 20

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._outcomes: queue.SimpleQueue[tuple[object, BaseException | None]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._hand_over)

    def start(self, function: Callable[[], Any]) -> bool:
        """Run `function()` on the worker; False when a job is still running."""
        if self.running:
            return False
        self.running = True
        outcomes = self._outcomes  # the worker sees the queue only, never this object

        def work() -> None:
            try:
                result = function()
            except Exception as exc:  # noqa: BLE001 - every failure is reported, none takes the window down
                outcomes.put((None, exc))
            else:
                outcomes.put((result, None))

        self._thread = threading.Thread(target=work, name="netmap-background", daemon=True)
        self._thread.start()
        self._timer.start()
        return True

    def _hand_over(self) -> None:
        try:
            result, error = self._outcomes.get_nowait()
        except queue.Empty:
            return
        self._timer.stop()
        self._thread = None
        self.running = False
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the job is done (tests, closing); its signal comes from the event loop."""
        thread = self._thread
        if thread is not None:
            thread.join(msecs / 1000)
            return not thread.is_alive()
        return True
