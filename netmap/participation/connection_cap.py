"""A bound on the connections the workshop's server holds open at once.

A script on the room's Wi-Fi could open thousands of connections and starve the laptop. The cap
pauses accepting while `limit` connections are open: new ones then wait in the operating system's
listen queue (`backlog` of them; beyond that the system drops the handshake and the phone's TCP
tries again a moment later), and accepting resumes as soon as one closes. A single burst can add
at most the listen queue on top of the limit (Qt accepts what is queued in one go), so
`limit + backlog` is the hard bound.

How, without Python under Qt's locks: PySide6 6.11 deadlocked when Python ran inside Qt's accept
path (an override of QTcpServer.incomingConnection) and when the serving thread emitted a signal
to the window. So nothing here runs inside the accept: the server's `pendingConnectionAvailable`
reaches `check` through a *queued* connection to an object of the serving thread, i.e. later, from
that thread's own event loop, with no lock held; a timer of the same thread looks again while
accepting is paused. `check` counts the sockets the HTTP server keeps open (QHttpServer parents
each to a handler of its own) and pauses or resumes the TCP server: every call stays on the thread
that owns them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtNetwork import QAbstractSocket, QTcpServer, QTcpSocket

__all__ = ["ConnectionCap"]

_RECHECK_MS = 20
"""While paused, how often the cap looks whether a connection has closed: short next to a phone's
patience, long next to the cost of counting a few dozen sockets."""


class ConnectionCap(QObject):
    """Pauses `tcp` while `limit` connections under `holder` (the HTTP server) are open. Make it on
    the thread that owns both."""

    def __init__(self, tcp: QTcpServer, holder: QObject, limit: int, backlog: int) -> None:
        super().__init__()
        self.tcp = tcp
        self.holder = holder
        self.limit = max(1, limit)
        self.open = 0  # connections open at the last check
        self.most = 0  # the most seen open at once (for tests and the bench)
        self.paused = False
        self.pauses = 0  # how often the cap was reached
        tcp.setListenBacklogSize(max(1, backlog))  # before listen(): the queue of waiting handshakes
        self._timer = QTimer(self)
        self._timer.setInterval(_RECHECK_MS)
        self._timer.timeout.connect(self.check)
        tcp.pendingConnectionAvailable.connect(self.check, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def check(self) -> None:
        """Count the open connections; pause accepting at the limit, resume below it."""
        self.open = sum(1 for socket in self.holder.findChildren(QTcpSocket)
                        if socket.state() != QAbstractSocket.SocketState.UnconnectedState)
        self.most = max(self.most, self.open)
        if self.open >= self.limit and not self.paused:
            self.tcp.pauseAccepting()
            self.paused = True
            self.pauses += 1
            self._timer.start()
        elif self.open < self.limit and self.paused:
            self.tcp.resumeAccepting()
            self.paused = False
            self._timer.stop()

    def end(self) -> None:
        """Stop watching and free the Qt side now, on the serving thread: Python may drop this object
        later, on another thread, and must not take the servers along there."""
        self._timer.stop()
        self.tcp.pendingConnectionAvailable.disconnect(self.check)
        del self.tcp, self.holder  # the servers end with their thread, whenever Python drops this
        shiboken6.delete(self)
