"""The cap on connections open at once, against the real server on 127.0.0.1 (issue 19, safety)."""

from __future__ import annotations

import http.client
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from participation.conftest import Served, run_phones
from PySide6.QtCore import QTimer

from netmap.demo import write_demo
from netmap.participation.desk import ModerationDesk
from netmap.participation.limits import Limits
from netmap.participation.server import ParticipationServer

LIMIT, BACKLOG = 4, 2


@pytest.fixture
def capped(tmp_path: Path, qapp: Any) -> Iterator[Served]:
    project = write_demo(tmp_path / "demo.netmap")
    desk = ModerationDesk(project)
    server = ParticipationServer(desk, host="127.0.0.1", port=0,
                                 limits=Limits(max_connections=LIMIT, listen_backlog=BACKLOG, address_burst=1000))
    server.start()
    yield Served(project, desk, server)
    server.stop()
    project.close()


def _hold(port: int, path: str) -> int:
    """One phone: a request, then the connection kept open a moment (as a browser keeps it alive).
    A connection the full cap closes at once is tried again, as a phone's browser or user does."""
    for _ in range(100):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            time.sleep(0.2)
            return response.status
        except (ConnectionResetError, ConnectionAbortedError, BrokenPipeError):
            time.sleep(0.05)
        finally:
            connection.close()
    raise ConnectionError("closed at every try")


def test_connections_over_the_cap_wait_and_are_served_when_others_close(capped: Served, qtbot: Any) -> None:
    path = f"/j/{capped.code}/api/map"
    ticks = []
    heartbeat = QTimer()  # the window's event loop keeps turning while the server is at its cap
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(10)
    statuses = run_phones(qtbot, [lambda: _hold(capped.server.port, path) for _ in range(24)], timeout_ms=60_000)
    heartbeat.stop()
    cap = capped.server.connection_cap
    assert cap is not None
    assert statuses == [200] * 24  # the excess waited; nobody was lost
    assert cap.pauses >= 1 and LIMIT <= cap.most <= LIMIT + BACKLOG + 1  # the system's queue holds backlog + 1
    assert cap.most == LIMIT  # never more open at once, however the threads were scheduled
    assert ticks
    qtbot.waitUntil(lambda: not cap.paused, timeout=10_000)  # all closed: accepting again
    assert run_phones(qtbot, [lambda: _hold(capped.server.port, path)]) == [200]


def test_a_flood_of_idle_sockets_is_bounded_and_the_server_stays_responsive(capped: Served, qtbot: Any) -> None:
    """Sockets that connect and send nothing: at most the cap (and the queue) are taken in; once
    they go, a phone is served again; stopping the server does not hang."""
    flood = []
    try:
        for _ in range(40):
            sock = socket.socket()
            sock.setblocking(False)
            sock.connect_ex(("127.0.0.1", capped.server.port))
            flood.append(sock)
        cap = capped.server.connection_cap
        assert cap is not None
        qtbot.waitUntil(lambda: cap.paused, timeout=10_000)
        qtbot.wait(200)  # time for more to be taken in, were the cap not holding
        assert LIMIT <= cap.open <= LIMIT + BACKLOG + 1
        assert cap.open <= LIMIT and cap.most <= LIMIT  # the rest wait in the system's queue or were closed
    finally:
        for sock in flood:
            sock.close()
    assert run_phones(qtbot, [lambda: _hold(capped.server.port, f"/j/{capped.code}/")], timeout_ms=30_000) == [200]


def test_a_burst_accepted_at_once_never_exceeds_the_cap(qapp: Any, qtbot: Any) -> None:
    """Qt accepts everything in the listen queue in one go, before any queued check runs: the cap
    must hold inside that accept (the defect a loaded CI run showed, made certain here)."""
    from PySide6.QtHttpServer import QHttpServer
    from PySide6.QtNetwork import QHostAddress, QTcpServer

    from netmap.participation.connection_cap import ConnectionCap

    http, tcp = QHttpServer(), QTcpServer()
    cap = ConnectionCap(tcp, http, limit=2, backlog=16)
    assert tcp.listen(QHostAddress("127.0.0.1"), 0) and http.bind(tcp)
    burst = [socket.create_connection(("127.0.0.1", tcp.serverPort()), timeout=5) for _ in range(8)]
    try:  # all eight wait in the system's queue until the event loop turns
        qtbot.waitUntil(lambda: cap.refused + min(cap.most, 2) >= 8, timeout=10_000)
        assert cap.most == 2 and cap.refused == 6
        cap.check()
        assert cap.open <= 2 and cap.paused
        # the refused ones were closed at once: their phones see it and try again
        closed = sum(_closed_by_server(sock) for sock in burst)
        assert closed == 6
    finally:
        for sock in burst:
            sock.close()
        cap.end()
        tcp.close()


def _closed_by_server(sock: socket.socket) -> bool:
    sock.settimeout(0.5)
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:  # still open, waiting for a request
        return False
