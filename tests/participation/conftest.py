"""A real participation server on 127.0.0.1 over a demo map, and simulated phones that talk to it.

The server runs on the test's Qt event loop; phones send from threads (as real phones send from
elsewhere) and the test spins the loop until they are done. Each simulated phone may use its own
loopback address (127.0.0.2, 127.0.0.3, ...) so that limits per address apply as in a room.
"""

from __future__ import annotations

import http.client
import json
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from netmap.demo import write_demo
from netmap.participation.desk import ModerationDesk
from netmap.participation.server import ParticipationServer
from netmap.project import Project


@dataclass
class Reply:
    status: int
    body: bytes
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


@dataclass
class Phone:
    """One participant's phone: its own device token and (optionally) its own address."""

    port: int
    address: str = "127.0.0.1"
    device: str = field(default_factory=lambda: secrets.token_hex(16))

    def request(self, method: str, path: str, body: bytes | None = None) -> Reply:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20,
                                                source_address=(self.address, 0))
        try:
            headers = {"Content-Type": "application/json"} if body is not None else {}
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return Reply(response.status, response.read(), {k.lower(): v for k, v in response.getheaders()})
        finally:
            connection.close()

    def propose(self, code: str, **proposal: object) -> Reply:
        body = json.dumps({**proposal, "device": self.device}).encode("utf-8")
        return self.request("POST", f"/j/{code}/api/proposals", body)


@dataclass
class Served:
    project: Project
    desk: ModerationDesk
    server: ParticipationServer

    @property
    def code(self) -> str:
        return self.server.code

    def phone(self, address: str = "127.0.0.1") -> Phone:
        return Phone(self.server.port, address)


def run_phones(qtbot: Any, work: list[Callable[[], object]], timeout_ms: int = 60_000) -> list[object]:
    """Run each callable in its own thread while the Qt event loop keeps serving; their results."""
    results: list[object] = [None] * len(work)

    def run(index: int) -> None:
        try:
            results[index] = work[index]()
        except Exception as exc:  # noqa: BLE001 - a failed phone shows up in the results, not as a hung test
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(len(work))]
    for thread in threads:
        thread.start()
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in threads), timeout=timeout_ms)
    return results


@pytest.fixture
def served(tmp_path: Path, qapp: Any) -> Iterator[Served]:
    project = write_demo(tmp_path / "demo.netmap")
    desk = ModerationDesk(project)
    server = ParticipationServer(desk, host="127.0.0.1", port=0)
    server.start()
    yield Served(project, desk, server)
    server.stop()
    project.close()
