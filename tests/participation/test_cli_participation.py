"""`netmap serve` and `netmap proposals` as a user runs them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from netmap.cli import main
from netmap.participation.desk import ModerationDesk
from netmap.project import Project


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "musterstadt.netmap"
    assert main(["demo", str(path)]) == 0
    return path


def test_serve_prints_the_join_address_serves_and_stops_cleanly_on_sigterm(demo: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "netmap.cli", "serve", str(demo), "--host", "127.0.0.1",
                                "--port", "0", "--approve", "auto"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("join address: http://127.0.0.1:")
        url = first.split()[-1]
        code = url.rstrip("/").rsplit("/", 1)[-1]
        assert len(code) >= 8
        body = json.dumps({"kind": "actor", "name": "Bürgerstiftung", "device": "ab" * 16}).encode()
        request = urllib.request.Request(url + "api/proposals", data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as reply:
            assert reply.status == 201
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "stopped: 1 proposals received, 0 waiting" in out
    with Project.open(demo, read_only=True) as project:  # the lock was released, the actor is stored
        assert "Bürgerstiftung" in [a.name for a in project.actors()]


def _serve(*args: str) -> subprocess.CompletedProcess[str]:
    """In a process of its own: `serve` makes the Qt application object, which a test process must not get."""
    return subprocess.run([sys.executable, "-m", "netmap.cli", "serve", *args], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_serve_refuses_an_address_that_is_not_this_computers(demo: Path) -> None:
    refused = _serve(str(demo), "--host", "192.0.2.254", "--port", "0")
    assert refused.returncode == 1 and "cannot serve on 192.0.2.254" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert _serve(str(demo), "--host", "example.org").returncode == 1
    assert _serve(str(demo), "--port", "99999").returncode == 2


def test_proposals_lists_approves_and_rejects(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Project.open(demo) as project:
        desk = ModerationDesk(project)
        first = desk.submit({"kind": "actor", "name": "Jugendforum"}, "dev").id
        second = desk.submit({"kind": "actor", "name": "Spam"}, "dev").id
        third = desk.submit({"kind": "actor", "name": "Repair-Café"}, "dev").id
    assert main(["proposals", str(demo)]) == 0
    out = capsys.readouterr().out
    assert f"{first}  actor   Actor “Jugendforum”" in out and "3 pending" in out
    assert main(["proposals", str(demo), "--approve", str(first), "--reject", str(second)]) == 0
    assert main(["proposals", str(demo), "--approve", "all"]) == 0
    out = capsys.readouterr().out
    assert f"approved {third}" in out and "0 pending, 2 approved, 0 merged, 1 rejected" in out
    with Project.open(demo, read_only=True) as project:
        names = [a.name for a in project.actors()]
    assert "Jugendforum" in names and "Repair-Café" in names and "Spam" not in names
    assert main(["proposals", str(demo), "--reject", str(second)]) == 1
    assert "decided already" in capsys.readouterr().err
    assert main(["proposals", str(demo), "--approve", "some"]) == 1
