"""A stalled colleague (a process stopped inside a transaction, like a laptop gone to sleep in the
middle of an edit) delays the others by a few seconds at most, is named, and never freezes a window;
an edit stored but not read back is not reported as failed (issue 18)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from netmap.domain import Actor
from netmap.errors import BlockedError, ServerUnavailableError
from netmap.project import Project
from netmap.storage import postgres
from netmap.edits import UpdateActors
from netmap.ui.session import MapSession

_STALL = """
import sys, time
from netmap.storage import postgres
postgres.IDLE_IN_TRANSACTION_MS = int(sys.argv[2])
from netmap.domain import Actor
from netmap.project import Project
project = Project.open(sys.argv[1])
with project.batch():
    project.add_actor(Actor("Carls Entwurf"))
    print("holding", flush=True)
    time.sleep(600)
"""


def _stall(location: str, idle_ms: int) -> subprocess.Popen[str]:
    """Carl's NetMap, stopped with SIGSTOP in the middle of an edit (it holds the edit lock)."""
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, LOGNAME="carl", PYTHONPATH=os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]))
    carl = subprocess.Popen([sys.executable, "-c", _STALL, location, str(idle_ms)], stdout=subprocess.PIPE,
                            text=True, env=env)
    assert carl.stdout is not None and carl.stdout.readline().strip() == "holding"
    carl.send_signal(signal.SIGSTOP)
    return carl


def _end(carl: subprocess.Popen[str]) -> None:
    carl.send_signal(signal.SIGCONT)
    carl.kill()
    carl.wait(timeout=30)


class _Ticks:
    """Measures the event loop: a 20 ms timer notes when it fires; a frozen loop leaves a long gap."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self.timer.start()

    def longest_gap(self) -> float:
        return max((b - a for a, b in zip(self.times, self.times[1:])), default=0.0)


def test_a_stalled_colleague_is_named_the_window_keeps_responding_and_retry_succeeds(
        qtbot, team_window, team_location: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(postgres, "LOCK_TIMEOUT_MS", 2000)
    with Project.create(team_location) as setup:
        tafel = setup.add_actor(Actor("Tafel", influence=2))
    window = team_window(team_location)
    session = window.session
    assert session is not None and session.project.shared

    told: list[BlockedError] = []

    def retry_when_told(parent, error):  # type: ignore[no-untyped-def]
        told.append(error)
        return True

    monkeypatch.setattr("netmap.ui.window.main_window.show_blocked", retry_when_told)
    carl = _stall(team_location, idle_ms=5000)
    try:
        ticks = _Ticks()
        started = time.monotonic()
        assert not session.execute(UpdateActors([session.actors[tafel.id].with_changes(influence=7)]))  # type: ignore[index]
        waited = time.monotonic() - started
        assert told and all(e.holders and e.holders[0].startswith("carl@") for e in told)
        assert "carl@" in str(told[0]) and "try again" in str(told[0])
        # The edit waited for the lock timeout, yet the event loop went on turning meanwhile.
        assert waited >= 1.5 and ticks.longest_gap() < 1.0
        # The server ends Carl's stalled transaction; the offered retry then goes through.
        qtbot.waitUntil(lambda: session.actors[tafel.id].influence == 7, timeout=30_000)  # type: ignore[index]
        assert ticks.longest_gap() < 1.0
        assert session.undo_stack.count() == 1
    finally:
        _end(carl)
    with Project.open(team_location) as check:
        assert [a.name for a in check.actors()] == ["Tafel"]  # Carl's unfinished edit was never stored
        assert check.actor(tafel.id).influence == 7  # type: ignore[arg-type]

    # Undo while Carl stalls again: the real box is shown; "Cancel" leaves the step on the stack.
    from netmap.ui.team import mode as team

    monkeypatch.setattr("netmap.ui.window.main_window.show_blocked", team.show_blocked)
    shown: list[str] = []

    def cancel_the_box() -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, cancel_the_box)
            return
        shown.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()

    carl = _stall(team_location, idle_ms=60_000)
    try:
        QTimer.singleShot(50, cancel_the_box)
        session.undo_stack.undo()
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        assert "carl@" in shown[0]
        qtbot.wait(200)
        assert session.undo_stack.index() == 1 and session.undo_stack.canUndo()
    finally:
        _end(carl)
    session.undo_stack.undo()
    with Project.open(team_location) as check:
        assert check.actor(tafel.id).influence == 2  # type: ignore[arg-type]
    window.close_project()


def test_an_undo_blocked_by_a_stalled_colleague_stays_on_the_stack(qtbot, team_location: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(postgres, "LOCK_TIMEOUT_MS", 1000)
    Project.create(team_location).close()
    project = Project.open(team_location)
    session = MapSession(project)
    added = project.add_actor(Actor("Rathaus", influence=1))
    session.reload()
    assert session.execute(UpdateActors([session.actors[added.id].with_changes(influence=5)]))  # type: ignore[index]
    blocked: list[object] = []
    session.blocked.connect(lambda error, retry: blocked.append((error, retry)))
    carl = _stall(team_location, idle_ms=60_000)
    try:
        session.undo_stack.undo()
        qtbot.waitUntil(lambda: len(blocked) == 1, timeout=5000)
        assert session.undo_stack.index() == 1  # moved back, nothing undone
        assert project.actor(added.id).influence == 5  # type: ignore[arg-type]
    finally:
        _end(carl)
    blocked[0][1]()  # try again: now the undo goes through
    assert project.actor(added.id).influence == 1  # type: ignore[arg-type]
    assert session.undo_stack.index() == 0
    session.close()


def test_an_edit_stored_but_not_read_back_is_not_reported_as_failed(qtbot, team_location: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    Project.create(team_location).close()
    project = Project.open(team_location)
    session = MapSession(project)
    session.RETRY_READ_MS = 50
    added = project.add_actor(Actor("Stadtbibliothek"))
    session.reload()
    failed: list[str] = []
    unsettled: list[str] = []
    session.editFailed.connect(failed.append)
    session.unsettled.connect(unsettled.append)
    reading = project.actors

    def server_gone(ids=None):  # type: ignore[no-untyped-def]
        raise ServerUnavailableError(project.location, "server closed the connection unexpectedly")

    monkeypatch.setattr(project, "actors", server_gone)  # the commit went through; reading back fails
    assert session.execute(UpdateActors([session.actors[added.id].with_changes(notes="neu")]))  # type: ignore[index]
    assert failed == [] and len(unsettled) == 1 and "closed the connection" in unsettled[0]
    assert session.undo_stack.count() == 1
    monkeypatch.setattr(project, "actors", reading)
    monkeypatch.setattr(project, "state", project.state)
    qtbot.waitUntil(lambda: session.actors[added.id].notes == "neu", timeout=5000)  # type: ignore[index]
    session.undo_stack.undo()
    assert project.actor(added.id).notes == ""  # type: ignore[arg-type]
    session.close()


def test_an_edit_made_while_another_is_stored_waits_its_turn(qtbot, team_location: str) -> None:  # type: ignore[no-untyped-def]
    Project.create(team_location).close()
    project = Project.open(team_location)
    session = MapSession(project)
    a, b = project.add_actors([Actor("A"), Actor("B")])
    session.reload()

    class Slow(UpdateActors):
        def apply(self, project: Project) -> None:
            time.sleep(0.5)  # a slow server: the window goes on meanwhile
            super().apply(project)

    second = UpdateActors([session.actors[b.id].with_changes(notes="zweite")])  # type: ignore[index]
    answers: list[bool] = []
    QTimer.singleShot(100, lambda: answers.append(session.execute(second)))  # e.g. a field losing focus
    assert session.execute(Slow([session.actors[a.id].with_changes(notes="erste")]))  # type: ignore[index]
    assert answers == [True]
    qtbot.waitUntil(lambda: session.undo_stack.count() == 2, timeout=5000)
    assert [project.actor(i).notes for i in (a.id, b.id)] == ["erste", "zweite"]  # type: ignore[arg-type]
    session.close()
