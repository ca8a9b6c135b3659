"""Runs a comparison off the UI thread: betweenness on thousands of actors takes a while, and the
window must not freeze meanwhile. Only the latest request's result comes back."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, Signal

from netmap.compare import Comparison, compare_states
from netmap.domain import MapState
from netmap.ui.snapshots.compare_overlay import OverlayParts, overlay_parts

__all__ = ["CompareResult", "CompareRunner"]


@dataclass
class CompareResult:
    """A finished comparison: the two states, their names, and what `compare_states` found."""

    label_a: str
    label_b: str
    a: MapState
    b: MapState
    comparison: Comparison
    b_is_current: bool

    def parts(self) -> OverlayParts:
        return overlay_parts(self.comparison, self.a, self.b)


class _Relay(QObject):
    """Carries a result from the worker thread back to the UI thread. It belongs to no parent and
    lives as long as a job refers to it, so a job that ends after its window closed reports to
    nobody instead of to a deleted object."""

    done = Signal(int, object, str)


class CompareRunner(QObject):
    """Runs `compare_states` in the background; only the latest request's result comes back."""

    finished = Signal(object)  # CompareResult
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._relay = _Relay()
        self._relay.done.connect(self._on_done)
        self._jobs = _Jobs()

    def run(self, label_a: str, label_b: str, a: MapState, b: MapState, b_is_current: bool) -> None:
        self._generation += 1
        generation, relay, jobs = self._generation, self._relay, self._jobs

        def work() -> None:
            try:
                comparison = compare_states(a, b)
            except Exception as exc:  # noqa: BLE001 - a failed comparison must not take the window down
                relay.done.emit(generation, None, f"{type(exc).__name__}: {exc}")
            else:
                relay.done.emit(generation, CompareResult(label_a, label_b, a, b, comparison, b_is_current), "")
            finally:
                jobs.end()

        jobs.begin()
        QThreadPool.globalInstance().start(work)

    def cancel(self) -> None:
        self._generation += 1

    def _on_done(self, generation: int, result: object, error: str) -> None:
        if generation != self._generation:
            return  # a newer request is under way, or the window closed
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until no comparison runs (tests, and anyone who must not leave one behind)."""
        return self._jobs.wait(msecs / 1000)


class _Jobs:
    """How many comparisons are running, for `CompareRunner.wait`."""

    def __init__(self) -> None:
        self._count = 0
        self._idle = threading.Condition()

    def begin(self) -> None:
        with self._idle:
            self._count += 1

    def end(self) -> None:
        with self._idle:
            self._count -= 1
            self._idle.notify_all()

    def wait(self, seconds: float) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._count == 0, timeout=seconds)
