"""A second opening of a project learns who holds it, and may open it read-only."""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netmap.domain import Actor
from netmap.errors import FileProblem, ProjectLockedError, StorageError
from netmap.project import Project
from netmap.storage.lock import QUIET_AFTER, ProjectLock

HOLDER = """
import sys, time
from netmap.project import Project
p = Project.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
p.close()
"""


def test_second_open_in_the_same_process_names_the_holder(tmp_path: Path) -> None:
    path = tmp_path / "p.netmap"
    with Project.create(path):
        with pytest.raises(ProjectLockedError) as caught:
            Project.open(path)
    assert caught.value.user == getpass.getuser()
    assert caught.value.host == socket.gethostname()
    assert "read-only" in str(caught.value)


@pytest.fixture
def held_project(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "p.netmap"
    with Project.create(path) as project:
        project.add_actor(Actor("Rathaus"))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    yield path, holder
    if holder.poll() is None:
        holder.kill()
    holder.wait()


def test_a_second_process_is_told_who_has_it_open_and_may_read(held_project) -> None:  # type: ignore[no-untyped-def]
    path, holder = held_project
    with pytest.raises(ProjectLockedError) as caught:
        Project.open(path)
    assert (caught.value.user, caught.value.host) == (getpass.getuser(), socket.gethostname())
    before = path.read_bytes()
    with Project.open(path, read_only=True) as reader:
        assert [a.name for a in reader.actors()] == ["Rathaus"]
    assert path.read_bytes() == before
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait(timeout=20)
    with Project.open(path) as project:  # released on close
        assert not project.read_only


def test_the_lock_of_a_killed_process_is_taken_over(held_project) -> None:  # type: ignore[no-untyped-def]
    path, holder = held_project
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert path.with_name("p.netmap.lock").exists()
    with Project.open(path) as project:
        assert [a.name for a in project.actors()] == ["Rathaus"]


def _foreign_lock(path: Path, age_seconds: float) -> Path:
    lock = path.with_name(path.name + ".lock")
    lock.write_text('{"user": "anna", "host": "rathaus-pc-7", "pid": 4242, "since": "2026-11-30T09:15:00"}')
    then = time.time() - age_seconds
    os.utime(lock, (then, then))
    return lock


def test_the_message_says_who_since_when_and_how_to_take_over(tmp_path: Path) -> None:
    path = tmp_path / "p.netmap"
    Project.create(path).close()
    lock = _foreign_lock(path, 10)
    with pytest.raises(ProjectLockedError) as caught:
        Project.open(path)
    message = str(caught.value)
    assert "anna" in message and "rathaus-pc-7" in message and "2026-11-30 09:15:00" in message
    assert str(lock) in message and "delete" in message
    assert not caught.value.quiet  # renewed a moment ago: its holder may be working


def test_a_quiet_lock_of_another_computer_may_be_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "p.netmap"
    Project.create(path).close()
    lock = _foreign_lock(path, QUIET_AFTER + 60)
    with pytest.raises(ProjectLockedError) as caught:
        Project.open(path)
    assert caught.value.quiet
    with Project.open(path, take_over=True) as project:
        assert not project.read_only
        assert json.loads(lock.read_text())["pid"] == os.getpid()
    assert not lock.exists()


def test_a_held_lock_is_renewed(tmp_path: Path) -> None:
    path = tmp_path / "p.netmap"
    lock = ProjectLock(path)
    lock.acquire()
    then = time.time() - QUIET_AFTER - 60
    os.utime(lock.path, (then, then))
    lock.renew()
    assert time.time() - lock.path.stat().st_mtime < QUIET_AFTER
    lock.release()


def test_an_empty_lock_left_by_a_crash_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "p.netmap"
    Project.create(path).close()
    lock = path.with_name("p.netmap.lock")
    lock.write_text("")
    os.utime(lock, (time.time() - 60, time.time() - 60))
    with Project.open(path) as project:
        assert not project.read_only


@pytest.mark.parametrize("failure", [KeyboardInterrupt, lambda: StorageError("p", FileProblem.DAMAGED, "x")])
def test_a_failed_open_leaves_no_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.netmap"
    Project.create(path).close()

    def fail(*_args: object) -> None:
        raise failure()

    monkeypatch.setattr(Project, "revision", fail)  # opening has worked; the first read fails
    with pytest.raises((KeyboardInterrupt, StorageError)):
        Project.open(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.netmap"]
