"""The analysis panel's figures, computed off the UI thread and brought up to date after every edit.

`AnalysisRunner` (UI thread) follows a MapSession: every change bumps a generation number and
schedules an analysis of the session's newest MapState. `AnalysisWorker` (not Qt) owns one
`LiveAnalysis` and runs it; only one job is ever in flight, so the worker is used by one thread at a
time. Results come back as `reportReady(report)` and `whatIfReady(WhatIf)`.

Coalescing: the signals of one edit (an actor removed with its ties: two signals) and a burst of edits
become one job. The first change after a quiet moment is sent on the next turn of the event loop
(no needless delay: at 1,000 actors the worker needs ~0.1 s and the panel shows the new figures
~0.2 s after the edit); changes that follow within DEBOUNCE_MS of a job, or while one is running,
wait and are sent together as the newest state.
A result whose generation is older than the map's (it changed meanwhile) is dropped, never shown:
the figures on screen always belong to a state the map really had, and the next job is already
coming. A what-if is recomputed after each analysis, so it follows the edits too.

Why two backends. A Python thread keeps the window responsive only as long as the work lets go of
the GIL, and igraph's kernels (betweenness, closeness) hold it for their whole run: measured with a
5,000-actor map (powerlaw_cluster_graph(n, 3, 0.3)), a tie edit took ~2 s in a worker thread and the
UI thread got no turn for up to 1.7 s (at 2,000 actors 0.2 s, at 1,000 actors 0.05 s). So from
PROCESS_FROM_ACTORS actors on, the worker runs in a child process (one per session, started when
first needed, fed the MapState by pickling, ~30 ms at 5,000 actors, in a feeder thread); the window
then stays responsive (measured: the longest pause of the UI thread per edit 0.1-0.5 s, spent showing
the result, most of it in the canvas resizing 5,000 actors when the map is sized by a measure).
Smaller maps use one worker thread, which starts at once and costs nothing to feed. A frozen
(PyInstaller) build has no Python to start the child with: it always uses the thread.

The runner only works while someone looks (`set_active`): a hidden panel costs nothing; when it shows
again, one job brings it up to date.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from netmap.analysis import AnalysisReport, LiveAnalysis
from netmap.analysis.fragility import WhatIf
from netmap.domain import MapState

__all__ = [
    "DEBOUNCE_MS",
    "PROCESS_FROM_ACTORS",
    "AnalysisOptions",
    "AnalysisRunner",
    "AnalysisWorker",
]


DEBOUNCE_MS = 100
"""Changes within this time of the last job are gathered into the next one."""
PROCESS_FROM_ACTORS = 1500
"""From this many actors on, the analysis runs in a child process (see the module docstring)."""


@dataclass(frozen=True)
class AnalysisOptions:
    """How the map is analysed: ties with direction, tie strength as weight, only one kind of tie."""

    directed: bool = False
    weighted: bool = False
    tie_kind: str | None = None


class AnalysisWorker:
    """Owns one LiveAnalysis; plain Python, used from one thread (or process) at a time."""

    def __init__(self) -> None:
        self._live: LiveAnalysis | None = None
        self._options: AnalysisOptions | None = None
        self._last: AnalysisReport | None = None

    def analyse(self, state: MapState, options: AnalysisOptions, fresh: bool = False,
                allow_unchanged: bool = False) -> AnalysisReport | None:
        """The report of `state`: an update of the live analysis, or a new one for a new map (`fresh`)
        or new options. None when `allow_unchanged` and the report is what it was (an actor moved)."""
        try:
            if fresh or self._live is None or options != self._options:
                self._live = LiveAnalysis(state, directed=options.directed, tie_kind=options.tie_kind,
                                          weighted=options.weighted)
                self._options = options
                report = self._live.report
            else:
                report = self._live.update(state)
        except Exception:
            self.reset()  # its figures may be half updated: start afresh next time
            raise
        if allow_unchanged and report == self._last:
            return None
        self._last = report
        return report

    def what_if(self, actor_id: int) -> WhatIf | None:
        """What happens if `actor_id` leaves the last analysed map; None if it is not on it."""
        if self._live is None or actor_id not in self._live.graph:
            return None
        return self._live.what_if(actor_id)

    def reset(self) -> None:
        self._live, self._options, self._last = None, None, None


# == backends: where the worker runs =====================================================================

class _Reply(QObject):
    """Carries results from worker threads to the UI thread. A worker only puts its answer in a
    queue (no Qt call off the UI thread; see `netmap.ui.background` for why); a timer here hands
    the answers over as `done` while any is expected."""

    done = Signal(object, object, str)  # token, result, error
    POLL_MS = 20

    def __init__(self) -> None:
        super().__init__()
        self.answers: queue.SimpleQueue[tuple[object, object, str]] = queue.SimpleQueue()  # filled by workers
        self._expected = 0
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._hand_over)

    def expect(self) -> None:
        """A job was sent (UI thread): its answer will come."""
        self._expected += 1
        self._timer.start()

    def _hand_over(self) -> None:
        while True:
            try:
                token, result, error = self.answers.get_nowait()
            except queue.Empty:
                break
            self._expected -= 1
            self.done.emit(token, result, error)
        if self._expected <= 0:
            self._timer.stop()


class _ThreadBackend:
    """One worker thread with one AnalysisWorker, fed by a queue; the thread sees no Qt object,
    only the queue its answers go to."""

    kind = "thread"

    def __init__(self, reply: _Reply) -> None:
        self._answers = reply.answers
        self._jobs: queue.SimpleQueue[tuple[object, str, tuple[Any, ...]] | None] = queue.SimpleQueue()
        self._worker = AnalysisWorker()
        self._thread = threading.Thread(target=self._serve, name="netmap-analysis", daemon=True)
        self._thread.start()

    def run(self, token: object, method: str, args: tuple[Any, ...]) -> None:
        self._jobs.put((token, method, args))

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join()

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            token, method, args = job
            try:
                result = getattr(self._worker, method)(*args)
            except Exception as exc:  # noqa: BLE001 - a worker thread must never die silently
                self._answers.put((token, None, f"{type(exc).__name__}: {exc}"))
            else:
                self._answers.put((token, result, ""))


_METHODS = ("analyse", "what_if")
PROCESS_STOPPED = "the analysis process stopped"


class _ProcessBackend:
    """One child process (`python -m netmap.ui.analysis.analysis_worker`) with one AnalysisWorker, fed by one
    daemon thread: it pickles the request into the child's stdin and waits for the pickled answer on its
    stdout, so the UI thread never waits. A child that died is started again (with a fresh analysis).

    Not multiprocessing: its "spawn" re-imports the program's main script in the child, which runs any
    script that builds a window without a `__main__` guard a second time.
    """

    kind = "process"

    def __init__(self, reply: _Reply) -> None:
        self._answers = reply.answers
        self._jobs: queue.SimpleQueue[tuple[object, str, tuple[Any, ...]] | None] = queue.SimpleQueue()
        self.child: subprocess.Popen[bytes] | None = None  # only the feeder thread changes it
        self._thread = threading.Thread(target=self._serve, name="netmap-analysis-feeder", daemon=True)
        self._thread.start()

    def run(self, token: object, method: str, args: tuple[Any, ...]) -> None:
        self._jobs.put((token, method, args))

    def close(self) -> None:
        # Do not wait for a running job (seconds on a big map): the thread ends the child after it.
        self._jobs.put(None)

    def _serve(self) -> None:
        try:
            while (job := self._jobs.get()) is not None:
                token, method, args = job
                try:
                    if self.child is None or self.child.poll() is not None:
                        self.child = _start_child()
                    result = _ask(self.child, method, args)
                except (OSError, EOFError, pickle.PickleError) as exc:
                    self._end_child(kill=True)
                    self._answers.put((token, None, f"{PROCESS_STOPPED} ({type(exc).__name__}: {exc})"))
                except Exception as exc:  # noqa: BLE001 - the feeder thread must never die silently
                    self._answers.put((token, None, f"{type(exc).__name__}: {exc}"))
                else:
                    self._answers.put((token, result, ""))
        finally:
            self._end_child(kill=False)

    def _end_child(self, kill: bool) -> None:
        child, self.child = self.child, None
        if child is None:
            return
        try:
            if kill:
                child.kill()
            elif child.stdin is not None:
                child.stdin.close()  # the child ends at the end of its input
        except OSError:
            pass  # it is gone already
        child.wait()


def _start_child() -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])  # the directory holding the netmap package
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return subprocess.Popen([sys.executable, "-m", "netmap.ui.analysis.analysis_worker"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, env=env)


def _ask(child: subprocess.Popen[bytes], method: str, args: tuple[Any, ...]) -> object:
    assert child.stdin is not None and child.stdout is not None
    pickle.dump((method, args), child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
    child.stdin.flush()
    ok, value = pickle.load(child.stdout)
    if not ok:
        raise AnalysisFailed(value)
    return value


class AnalysisFailed(Exception):
    """The child's analysis raised; the message names the original exception."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def serve(requests: BinaryIO, answers: BinaryIO) -> None:
    """The child's side: answer pickled (method, args) requests with (ok, result or message) until the
    input ends. Only the worker's own methods are served."""
    worker = AnalysisWorker()
    while True:
        try:
            method, args = pickle.load(requests)
        except EOFError:
            return
        try:
            if method not in _METHODS:
                raise ValueError(f"unknown request {method!r}")
            answer: tuple[bool, object] = (True, getattr(worker, method)(*args))
        except Exception as exc:  # noqa: BLE001 - the parent shows it
            answer = (False, f"{type(exc).__name__}: {exc}")
        pickle.dump(answer, answers, protocol=pickle.HIGHEST_PROTOCOL)
        answers.flush()


def _serve_stdio() -> int:
    """`python -m netmap.ui.analysis.analysis_worker`: serve on stdin/stdout. Anything the analysis prints goes
    to stderr, so that it cannot garble the answers."""
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    serve(sys.stdin.buffer, answers)
    return 0


def _processes_allowed() -> bool:
    return not getattr(sys, "frozen", False)


# == the runner ===========================================================================================

@dataclass(frozen=True)
class _Token:
    kind: str  # "analyse" or "what_if"
    generation: int
    actor: int | None = None


class AnalysisRunner(QObject):
    """Keeps the analysis of a session's map up to date off the UI thread (see the module docstring).

    backend: "auto" (a thread, a process from PROCESS_FROM_ACTORS actors on), "thread" or "process".
    """

    reportReady = Signal(object)  # the AnalysisReport (a frozen dataclass: safe to hand across threads)
    whatIfReady = Signal(object)  # WhatIf, or None when the actor is no longer on the map
    failed = Signal(str)
    busyChanged = Signal(bool)  # True while the figures shown are behind the map

    def __init__(self, parent: QObject | None = None, backend: str = "auto") -> None:
        super().__init__(parent)
        if backend not in ("auto", "thread", "process"):
            raise ValueError(f"unknown backend {backend!r}")
        self._backend_choice = backend
        self._backend: _ThreadBackend | _ProcessBackend | None = None
        self._reply = _Reply()  # no parent: a job still running when the runner goes keeps it alive
        self._reply.done.connect(self._on_done)
        self.session: Any = None
        self.options = AnalysisOptions()
        self.report: AnalysisReport | None = None
        self._generation = 0
        self._report_generation = -1  # generation of the report shown (or of a failed job)
        self._in_flight: _Token | None = None
        self._fresh = True  # the next analysis starts a new LiveAnalysis (new session)
        self._retried = False  # a failed job was sent once more
        self._allow_unchanged = False  # the worker's last report is the one shown
        self._active = False
        self._busy = False
        self._what_if_actor: int | None = None
        self._what_if_generation = -1
        self.jobs_sent = 0  # how many analyses were sent (tests check the coalescing)
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._pump)

    # -- what the panel asks ---------------------------------------------------------------------

    def attach(self, session: Any) -> None:
        """Follow `session` (a MapSession; None: no project open)."""
        if self.session is not None:
            for signal in self._signals(self.session):
                try:
                    signal.disconnect(self._on_changed)
                except (RuntimeError, TypeError):
                    pass
        self.session = session
        self.report = None
        self._fresh = True
        self._allow_unchanged = False
        self._what_if_actor = None
        if session is None:
            self._timer.stop()
            self._close_backend()
        else:
            for signal in self._signals(session):
                signal.connect(self._on_changed)
        self._on_changed()
        if self._timer.isActive() and self._timer.interval() == 0:
            # A map just opened: send it now, so that a child process analyses a big map while
            # the window is still drawing it (on another core).
            self._timer.stop()
            self._pump()

    @staticmethod
    def _signals(session: Any) -> list[Any]:
        return [session.actorsChanged, session.actorsRemoved, session.tiesChanged, session.tiesRemoved,
                session.cataloguesChanged, session.clustersChanged, session.infoChanged, session.reloaded]

    def set_options(self, options: AnalysisOptions) -> None:
        if options != self.options:
            self.options = options
            self._on_changed()

    def set_active(self, active: bool) -> None:
        """Work only while the figures are wanted; coming back brings them up to date."""
        if active != self._active:
            self._active = active
            if active:
                self._schedule()

    def request_what_if(self, actor_id: int | None) -> None:
        """Work out what happens if `actor_id` leaves (None: stop); `whatIfReady` tells."""
        self._what_if_actor = actor_id
        self._what_if_generation = -1
        if actor_id is not None:
            self._schedule()

    @property
    def idle(self) -> bool:
        """Nothing running or waiting, and the figures are those of the map as it is."""
        return self._in_flight is None and not self._timer.isActive() and not self._behind()

    @property
    def backend_kind(self) -> str | None:
        return self._backend.kind if self._backend is not None else None

    def shutdown(self) -> None:
        """Stop following and let the worker go (the window closes)."""
        self.attach(None)

    # -- scheduling ------------------------------------------------------------------------------

    def _on_changed(self, *_args: object) -> None:
        self._generation += 1
        self._retried = False
        self._schedule()

    def _behind(self) -> bool:
        if self.session is None:
            return False
        return self._report_generation != self._generation or (
            self._what_if_actor is not None and self._what_if_generation != self._generation)

    def _schedule(self) -> None:
        if self.session is None or not self._active:
            self._set_busy(False)
            return
        self._set_busy(self._behind() or self._in_flight is not None)
        if self._timer.isActive() or self._in_flight is not None:
            return  # the running job's end, or the timer, sends the newest state
        quiet = not self._clock.isValid() or self._clock.elapsed() >= DEBOUNCE_MS
        self._timer.start(0 if quiet else DEBOUNCE_MS)

    def _pump(self) -> None:
        """Send the next job if none is running: the analysis first, then the what-if."""
        if self._in_flight is not None or self._timer.isActive():
            return
        session = self.session
        if session is None or not self._active:
            self._set_busy(False)
            return
        if self._report_generation != self._generation:
            state: MapState = session.state()
            backend = self._backend_for(len(state.actors))
            token = _Token("analyse", self._generation)
            args: tuple[object, ...] = (state, self.options, self._fresh, self._allow_unchanged)
            self._fresh = False
            self.jobs_sent += 1
        elif self._what_if_actor is not None and self._what_if_generation != self._generation:
            backend = self._backend_for(len(session.actors))
            token = _Token("what_if", self._generation, self._what_if_actor)
            args = (self._what_if_actor,)
        else:
            self._set_busy(False)
            return
        self._in_flight = token
        self._clock.start()
        self._set_busy(True)
        self._reply.expect()
        backend.run(token, token.kind, args)

    def _backend_for(self, actors: int) -> _ThreadBackend | _ProcessBackend:
        choice = self._backend_choice
        if choice == "auto":
            big = actors >= PROCESS_FROM_ACTORS and _processes_allowed()
            # Once a map needed the process it keeps it: no switching back and forth at the border.
            keep = self._backend is not None and self._backend.kind == "process"
            choice = "process" if big or keep else "thread"
        if self._backend is None or self._backend.kind != choice:
            self._close_backend()
            self._backend = _ProcessBackend(self._reply) if choice == "process" else _ThreadBackend(self._reply)
            self._fresh = True
        return self._backend

    def _close_backend(self) -> None:
        if self._backend is not None:
            backend, self._backend = self._backend, None
            backend.close()
            self._in_flight = None  # a result still coming belongs to an old generation: dropped
            self._generation += 1

    def _on_done(self, token: object, result: object, error: str) -> None:
        if not isinstance(token, _Token) or token != self._in_flight:
            return  # from a backend closed meanwhile
        self._in_flight = None
        current = token.generation == self._generation
        if error:
            self._fresh = True  # the worker starts afresh (a new child process, if that died)
            self._allow_unchanged = False
            if current and not self._retried:
                self._retried = True  # once: a child that died of something passing gets another go
                if token.kind == "what_if":
                    self._report_generation = -1  # a new child knows no map: analyse first
            elif token.kind == "analyse":
                self._report_generation = token.generation  # no retry loop: the next edit tries again
                self.failed.emit(error)
            else:
                self._what_if_generation = token.generation
                self.failed.emit(error)
        elif token.kind == "analyse":
            self._retried = False
            if current:
                self._report_generation = token.generation
                self._allow_unchanged = True
                if isinstance(result, AnalysisReport):  # None: the same report as before
                    self.report = result
                    self.reportReady.emit(result)
            else:
                self._allow_unchanged = False  # dropped: the next report must come in full
        elif current and token.actor == self._what_if_actor:
            self._what_if_generation = token.generation
            self.whatIfReady.emit(result)
        self._schedule() if self._behind() else self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)


if __name__ == "__main__":
    sys.exit(_serve_stdio())
