"""A hard bound on the connections the workshop's server holds open at once.

A script on the room's Wi-Fi could open thousands of connections and starve the laptop. Two parts:

* The bound (`admit`): every connection Qt accepts is looked at before the HTTP server takes it;
  one that would make more than `limit` open is closed at once (the phone sees a closed connection
  and tries again). Qt accepts a whole burst from the system's queue in one go, so a bound checked
  any later than this is soft (a loaded CI machine saw 30 open against a cap of 4).
* The waiting (`check`): at the limit, accepting pauses, so new connections wait in the operating
  system's listen queue (`backlog` of them; beyond that the system drops the handshake and the
  phone's TCP tries again a moment later). Accepting resumes once there is room for the whole queue
  (`limit - backlog - 1` open, at most half the limit below it), so a resumed burst rarely meets
  the bound.

Python under Qt's locks: PySide6 6.11 deadlocked when Python on the serving thread called Qt
functions that take Qt's connection locks (an override of QTcpServer.incomingConnection that made
sockets and handed them to the HTTP server; a signal emitted to the window). `admit` runs inside
the accept, but only counts sockets and, over the bound, takes the new socket from the queue of
pending ones and aborts it: that socket has no connections, and the HTTP server never sees it.
Pausing and resuming happen in `check`, reached through a *queued* connection (later, from the
serving thread's own event loop; the HTTP server's taking of a socket would undo a pause made
inside the accept) and, while paused, from a timer of the same thread.
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
    """Holds the connections under `holder` (the HTTP server, which `tcp` is bound to) at `limit`.

    Make it on the thread that owns both, before the HTTP server is bound to `tcp`: `admit` must see
    each new connection before the HTTP server takes it."""

    def __init__(self, tcp: QTcpServer, holder: QObject, limit: int, backlog: int) -> None:
        super().__init__()
        self.tcp = tcp
        self.holder = holder
        self.limit = max(1, limit)
        self.resume_below = self.limit - max(1, min(max(1, backlog) + 1, self.limit // 2))
        self.open = 0  # connections open at the last look
        self.most = 0  # the most seen open at once (for tests and the bench)
        self.paused = False
        self.pauses = 0  # how often the cap was reached
        self.refused = 0  # connections closed at once because the cap was full
        tcp.setListenBacklogSize(max(1, backlog))  # before listen(): the queue of waiting handshakes
        self._timer = QTimer(self)
        self._timer.setInterval(_RECHECK_MS)
        self._timer.timeout.connect(self.check)
        tcp.pendingConnectionAvailable.connect(self.admit, Qt.ConnectionType.DirectConnection)
        tcp.pendingConnectionAvailable.connect(self.check, Qt.ConnectionType.QueuedConnection)

    def _count(self) -> int:
        """Connections open now, the one waiting to be taken included (`tcp` is the holder's child)."""
        return sum(1 for socket in self.holder.findChildren(QTcpSocket)
                   if socket.state() != QAbstractSocket.SocketState.UnconnectedState)

    @Slot()
    def admit(self) -> None:
        """Inside the accept, before the HTTP server sees the new connection: close it if it would
        make more than `limit` open."""
        count = self._count()
        if count <= self.limit:
            self.most = max(self.most, count)
            return
        socket = self.tcp.nextPendingConnection()
        if socket is None:
            return
        socket.abort()
        socket.deleteLater()
        self.refused += 1
        if self.paused:  # taking a pending connection switches accepting back on
            self.tcp.pauseAccepting()

    @Slot()
    def check(self) -> None:
        """Count the open connections; pause accepting at the limit, resume when the queue fits."""
        self.open = self._count()
        self.most = max(self.most, self.open)
        if self.open >= self.limit and not self.paused:
            self.tcp.pauseAccepting()
            self.paused = True
            self.pauses += 1
            self._timer.start()
        elif self.open <= self.resume_below and self.paused:
            self.tcp.resumeAccepting()
            self.paused = False
            self._timer.stop()

    def end(self) -> None:
        """Stop watching and free the Qt side now, on the serving thread: Python may drop this object
        later, on another thread, and must not take the servers along there."""
        self._timer.stop()
        self.tcp.pendingConnectionAvailable.disconnect(self.admit)
        self.tcp.pendingConnectionAvailable.disconnect(self.check)
        del self.tcp, self.holder  # the servers end with their thread, whenever Python drops this
        shiboken6.delete(self)
