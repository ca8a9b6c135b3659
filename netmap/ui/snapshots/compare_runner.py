"""Runs a comparison off the UI thread: betweenness on thousands of actors takes a while, and the
window must not freeze meanwhile. Only the latest request's result comes back."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from netmap.compare import Comparison, compare_states
from netmap.domain import MapState
from netmap.ui.background import BackgroundJob
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


class CompareRunner(QObject):
    """Runs `compare_states` in the background; only the latest request's result comes back."""

    finished = Signal(object)  # CompareResult
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._jobs: list[BackgroundJob] = []  # one per request: an earlier one may still be running

    def run(self, label_a: str, label_b: str, a: MapState, b: MapState, b_is_current: bool) -> None:
        self._generation += 1
        generation = self._generation
        job = BackgroundJob(self)  # goes with the runner: a comparison ending after its window reports to nobody
        job.finished.connect(lambda comparison: self._on_done(
            job, generation, CompareResult(label_a, label_b, a, b, comparison, b_is_current), ""))
        job.failed.connect(lambda error: self._on_done(job, generation, None, f"{type(error).__name__}: {error}"))
        self._jobs.append(job)
        job.start(lambda: compare_states(a, b))

    def cancel(self) -> None:
        self._generation += 1

    def _on_done(self, job: BackgroundJob, generation: int, result: object, error: str) -> None:
        self._jobs.remove(job)
        job.deleteLater()
        if generation != self._generation:
            return  # a newer request is under way, or the window closed
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until no comparison runs (tests, and anyone who must not leave one behind)."""
        deadline = time.monotonic() + msecs / 1000
        return all(job.wait(max(0, int((deadline - time.monotonic()) * 1000))) for job in list(self._jobs))
