"""The workshop's web server: the participant page and its two API paths, on one chosen interface.

Qt's QtHttpServer parses HTTP (nothing is parsed by hand) on an event loop of its own thread: a
phone never waits for the window, and the window never waits for a phone's proposal to be
stored (`inbox`). Edits of the map stay on the window's thread (`ModerationDesk.arrived`).

The Python binding lets a route return only a string, so each route prepares a complete response
and returns a ticket; an after-request hook swaps the prepared response in (status, type, body,
headers). Every response carries strict
headers; paths other than the three of the join code get Qt's empty 404, the same as a wrong code,
so a wrong code gives nothing away.

Limits: request bodies over 16 KiB (413; bodies up to `Limits.read_body` are read whole first,
so that the phone gets the answer, larger ones Qt refuses before we see them), a token bucket per
device and per address (429), a short keep-alive, and a cap on the connections open at once
(`connection_cap`: one over the cap is closed as it is accepted, and accepting pauses at the cap,
so the excess waits in the system's listen queue). No Python runs on
the serving thread except the three routes, the after-request hook and the cap's two looks, and
they call no Qt function that takes Qt's connection locks: a Python override of QTcpServer.incomingConnection (an
earlier cap per address) and a Qt signal to the window both deadlocked with the window's thread in
PySide6 6.11 (the serving thread held Python's lock and waited for Qt's, the window the other way
round).
"""

from __future__ import annotations

import hashlib
import json
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, QUrlQuery, Signal
from PySide6.QtHttpServer import (
    QHttpServer,
    QHttpServerConfiguration,
    QHttpServerRequest,
    QHttpServerResponder,
    QHttpServerResponse,
)
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface, QTcpServer
from sqlalchemy.exc import SQLAlchemyError

from netmap.domain import CatalogueKind
from netmap.errors import InvalidEditError, NetMapError
from netmap.i18n import tr
from netmap.participation.connection_cap import ConnectionCap
from netmap.participation.desk import ModerationDesk
from netmap.participation.inbox import Inbox
from netmap.participation.limits import Limits, RateLimiter, new_join_code, valid_device_token
from netmap.participation.page import PAGE_CSP, page_html
from netmap.participation.proposals import Proposal

__all__ = ["Interface", "ParticipationServer", "ServerError", "available_interfaces"]

_COLLECT_MS = 50
"""How often the window's thread takes in the proposals the serving thread stored: quick enough
that the queue and auto mode feel immediate, rare enough to cost nothing."""

Status = QHttpServerResponder.StatusCode

_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class ServerError(NetMapError):
    """The server cannot start (the address is not this computer's, the port is taken)."""


@dataclass(frozen=True)
class Interface:
    """A network interface phones could reach: its name as the system shows it and its IPv4 address."""

    name: str
    address: str
    loopback: bool = False


def available_interfaces() -> list[Interface]:
    """The interfaces that are up, with an IPv4 address; this computer only (loopback) last."""
    found: list[Interface] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp and flags & QNetworkInterface.InterfaceFlag.IsRunning):
            continue
        loopback = bool(flags & QNetworkInterface.InterfaceFlag.IsLoopBack)
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(Interface(interface.humanReadableName(), ip.toString(), loopback))
    return sorted(found, key=lambda i: (i.loopback, i.name, i.address))


class ParticipationServer(QObject):
    """Serves the join code's page and API for one desk, on a thread of its own (see `inbox`).

    `proposal_received` carries each stored Proposal to this object's thread, where the desk learns
    of it (`ModerationDesk.arrived`: auto mode approves it there, as an edit of the open project).
    `start()` returns the join address."""

    proposal_received = Signal(object)

    def __init__(self, desk: ModerationDesk, *, host: str = "127.0.0.1", port: int = 0,
                 limits: Limits | None = None, code: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.host = host
        self.requested_port = port
        self.limits = limits or Limits()
        self.code = code or new_join_code()
        self.port = 0
        self._thread: _ServingThread | None = None
        # Proposals cross from the serving thread in a plain queue, not a Qt signal: Python code on
        # that thread must not wait for Qt's connection locks, which the window's thread may hold
        # while it waits for Python's (PySide6 6.11 deadlocked so; see the module docstring).
        self.arrivals: queue.SimpleQueue[Proposal] = queue.SimpleQueue()
        self._collector = QTimer(self)
        self._collector.setInterval(_COLLECT_MS)
        self._collector.timeout.connect(self.collect)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    @property
    def connection_cap(self) -> ConnectionCap | None:
        """The cap on open connections while serving (its `open` and `most` counts, for tests)."""
        return self._thread.cap if self._thread is not None else None

    @property
    def join_url(self) -> str:
        return f"http://{self.host}:{self.port}/j/{self.code}/"

    def start(self) -> str:
        """Listen on `host` only; raises ServerError with a plain reason."""
        if self.running:
            return self.join_url
        address = QHostAddress(self.host)
        if address.isNull() or address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
            raise ServerError(tr("Participation", "{0} is not an IPv4 address of this computer").format(self.host))
        thread = _ServingThread(self, Inbox(self.desk.project.side_engine()))
        thread.start()
        if not thread.ready.wait(30) or thread.error:
            thread.quit()
            thread.wait()
            raise ServerError(tr("Participation", "cannot serve on {0}:{1}: {2}")
                              .format(self.host, self.requested_port, thread.error or "timeout"))
        self._thread = thread
        self.port = thread.port
        self._collector.start()
        return self.join_url

    def stop(self) -> None:
        """Stop listening, drop every open connection and wait for the thread to end."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
        self._collector.stop()
        self.collect()  # proposals stored just before: the desk hears of them

    def collect(self) -> None:
        """Hand the proposals stored since the last call to the desk (auto mode approves them here)."""
        while True:
            try:
                proposal = self.arrivals.get_nowait()
            except queue.Empty:
                return
            self.desk.arrived(proposal)
            self.proposal_received.emit(proposal)


class _ServingThread(QThread):
    """Runs the HTTP server's event loop; everything it creates lives and dies in this thread."""

    def __init__(self, owner: ParticipationServer, inbox: Inbox) -> None:
        super().__init__()
        self.owner = owner
        self.inbox = inbox
        self.ready = threading.Event()
        self.error = ""
        self.port = 0
        self.cap: ConnectionCap | None = None  # its counts may be read from any thread

    def run(self) -> None:
        endpoint = _Endpoint(self.owner, self.inbox)
        self.cap = endpoint.cap
        try:
            self.port = endpoint.listen()
        except ServerError as exc:
            self.error = str(exc)
        self.ready.set()
        if not self.error:
            self.exec()
        self.cap = None  # the cap (and its timer) ends on this thread, with the server
        endpoint.close()


class _Endpoint:
    """The three paths of the join code, answered on the serving thread."""

    def __init__(self, owner: ParticipationServer, inbox: Inbox) -> None:
        self.owner, self.inbox, self.limits = owner, inbox, owner.limits
        self._by_device = RateLimiter(self.limits.device_burst, self.limits.device_per_second)
        self._by_address = RateLimiter(self.limits.address_burst, self.limits.address_per_second)
        self._prepared: dict[str, QHttpServerResponse] = {}
        self._tickets = count(1)
        self.http = QHttpServer()
        self.tcp = QTcpServer()
        self.cap = ConnectionCap(self.tcp, self.http, self.limits.max_connections, self.limits.listen_backlog)
        self._hook_owner = QObject()
        # The binding keeps no reference to a route's callable (PySide6 6.11): this object holds
        # them for as long as the server lives, or Qt would call whatever took their place.
        self._callbacks: list[Callable[..., Any]] = [
            lambda request: self._page(request), lambda request: self._map(request),
            lambda request: self._proposals(request), lambda request, response: self._finish(request, response)]

    def listen(self) -> int:
        configuration = QHttpServerConfiguration()
        configuration.setMaximumBodySize(max(self.limits.read_body, self.limits.max_body))
        configuration.setKeepAliveTimeout(self.limits.keep_alive_seconds)
        self.http.setConfiguration(configuration)
        prefix = f"/j/{self.owner.code}/"
        for path, callback in zip(("", "api/map", "api/proposals"), self._callbacks):
            self.http.route(prefix + path, callback)
        self.http.addAfterRequestHandler(self._hook_owner, self._callbacks[3])
        if not self.tcp.listen(QHostAddress(self.owner.host), self.owner.requested_port):
            raise ServerError(self.tcp.errorString())
        if not self.http.bind(self.tcp):
            raise ServerError("bind")
        return int(self.tcp.serverPort())

    def close(self) -> None:
        self.cap.end()  # now, on this thread (its timer cannot be stopped from another)
        self.tcp.close()  # the connections still open end with the thread's objects
        self._prepared.clear()
        del self.http, self.tcp, self._hook_owner, self.cap

    # -- answering -------------------------------------------------------------------------

    def _respond(self, status: Status, body: bytes = b"", mime: bytes = b"application/json",
                 headers: dict[str, str] | None = None) -> str:
        response = QHttpServerResponse(mime, body, status)
        extra = response.headers()
        for name, value in {**_HEADERS, **(headers or {})}.items():
            extra.append(name, value)
        response.setHeaders(extra)
        ticket = f"netmap-ticket-{next(self._tickets)}"
        self._prepared[ticket] = response
        return ticket

    def _json(self, status: Status, data: dict[str, Any]) -> str:
        return self._respond(status, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                             b"application/json; charset=utf-8")

    def _finish(self, request: QHttpServerRequest, response: QHttpServerResponse) -> None:
        """After every request (ours, and Qt's own 404/413): swap in the prepared response."""
        ticket = bytes(response.data().data()).decode("ascii", "replace")
        prepared = self._prepared.pop(ticket, None)
        if prepared is not None:
            response.swap(prepared)
            return
        extra = response.headers()
        for name, value in _HEADERS.items():
            extra.append(name, value)
        response.setHeaders(extra)

    def _method(self, request: QHttpServerRequest, wanted: QHttpServerRequest.Method) -> str | None:
        if request.method() != wanted:
            return self._respond(Status.MethodNotAllowed, b"", b"text/plain",
                                 {"Allow": "GET" if wanted == QHttpServerRequest.Method.Get else "POST"})
        if not self._by_address.allow(request.remoteAddress().toString()):
            return self._respond(Status.TooManyRequests, b"", b"text/plain", {"Retry-After": "5"})
        return None

    def _page(self, request: QHttpServerRequest) -> str:
        refused = self._method(request, QHttpServerRequest.Method.Get)
        if refused is not None:
            return refused
        return self._respond(Status.Ok, page_html(), b"text/html; charset=utf-8",
                             {"Content-Security-Policy": PAGE_CSP})

    def _map(self, request: QHttpServerRequest) -> str:
        """The catalogue and the actors' names and ids: never contact persons or anything else."""
        refused = self._method(request, QHttpServerRequest.Method.Get)
        if refused is not None:
            return refused
        try:
            view = self.inbox.map_view()
        except (NetMapError, SQLAlchemyError):
            return self._respond(Status.ServiceUnavailable, b"", b"text/plain", {"Retry-After": "5"})

        def entries(kind: CatalogueKind) -> list[dict[str, str]]:
            return [{"key": e.key, "de": e.label_de, "en": e.label_en} for e in view.catalogues.get(kind, [])]

        dots = self.owner.desk.dots_per_device
        device = QUrlQuery(request.url()).queryItemValue("device")
        data = {"title": view.title, "categories": entries(CatalogueKind.CATEGORY),
                "districts": entries(CatalogueKind.DISTRICT), "tie_kinds": entries(CatalogueKind.TIE_KIND),
                "actors": [{"id": i, "name": name} for i, name in view.actors], "dots": dots,
                "dots_left": self.inbox.dots_left(_device_key(device), dots) if valid_device_token(device) else dots}
        return self._json(Status.Ok, data)

    def _proposals(self, request: QHttpServerRequest) -> str:
        refused = self._method(request, QHttpServerRequest.Method.Post)
        if refused is not None:
            return refused
        raw = bytes(request.body().data())
        if len(raw) > self.limits.max_body:
            return self._json(Status.PayloadTooLarge, {"error": tr("Participation", "the proposal is too long")})
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return self._json(Status.BadRequest, {"error": tr("Participation", "the proposal is not valid JSON")})
        token = body.get("device") if isinstance(body, dict) else None
        if not valid_device_token(token):
            return self._json(Status.BadRequest, {"error": tr("Participation", "the device token is missing")})
        if not self._by_device.allow(token):
            return self._json(Status.TooManyRequests, {"error": tr("Participation", "too many proposals at once; "
                                                                                   "please wait a moment")})
        dots = self.owner.desk.dots_per_device
        try:
            proposal = self.inbox.receive(body, _device_key(token), dots)
        except InvalidEditError as exc:  # the proposal breaks a rule: the phone is told which
            return self._json(Status.BadRequest, {"error": str(exc)})
        except (NetMapError, SQLAlchemyError):  # the laptop's side: nothing about it goes to a phone
            return self._json(Status.ServiceUnavailable, {"error": tr("Participation", "the proposal could not be "
                                                                                      "stored; please try again")})
        self.owner.arrivals.put(proposal)  # the window's thread takes it from there
        applied = self.owner.desk.auto  # approved there at once (read here, as the window may switch it)
        return self._json(Status.Created if applied else Status.Accepted,
                          {"id": proposal.id, "status": "applied" if applied else "queued",
                           "dots_left": self.inbox.dots_left(proposal.device, dots)})


def _device_key(token: str) -> str:
    """What the project stores of a device token: a hash, so the file holds nothing a phone sends."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()[:32]
