"""A second opening of a project learns who holds it, and may open it read-only."""

from __future__ import annotations

import getpass
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from netmap.domain import Actor
from netmap.errors import ProjectLockedError
from netmap.project import Project

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
