"""Workshop ▸ Invite participants: the one owner of the moderation desk and the web server in the app.

The main window only adds a menu entry and the queue dock and tells this controller when the
project changes; everything else about participation lives here and in the core
(`netmap.participation`). The server runs only while the invitation window is open, and stops
when it closes, when the project closes and when the app quits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from netmap.edits import DecideProposal, Label
from netmap.participation.desk import Decision, ModerationDesk
from netmap.participation.proposals import Proposal
from netmap.participation.server import ParticipationServer
from netmap.participation.store import Vote
from netmap.participation.votes import room_views
from netmap.ui.canvas.scene import MapScene
from netmap.ui.workshop.invite_dialog import InviteDialog
from netmap.ui.workshop.room_view import RoomTab, RoomVotes
from netmap.ui.session import MapSession

__all__ = ["WorkshopController"]


class WorkshopController(QObject):
    """Keeps one desk per open project and at most one running server."""

    deskChanged = Signal()  # a new project (or none): the queue shows its proposals
    serverChanged = Signal()  # started or stopped
    roomChanged = Signal()  # votes or dots may have changed (a decision, an undo, an edit of actors)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.session: MapSession | None = None
        self.desk: ModerationDesk | None = None
        self.server: ParticipationServer | None = None
        self._window = parent
        self.invitation: QWidget | None = None

    def attach(self, session: MapSession | None) -> None:
        """Follow the open project; closing a project stops the server and its invitation."""
        self.stop()
        self.session = session
        self.desk = ModerationDesk(session.project) if session is not None and not session.read_only else None
        if self.desk is not None:
            self.desk.subscribe(self._on_proposal)
        if session is not None:
            for signal in (session.actorsChanged, session.actorsRemoved, session.reloaded):
                signal.connect(lambda *_: self.roomChanged.emit())
        self.deskChanged.emit()
        self.roomChanged.emit()

    def _on_proposal(self, proposal: Proposal | None) -> None:
        if proposal is None:  # a decision or an undo, not a new proposal: votes and dots may differ
            self.roomChanged.emit()

    def votes(self) -> list[Vote]:
        """The room's votes on this project (none without a project)."""
        return self.desk.votes() if self.desk is not None else []

    def bind_room(self, tab: RoomTab, votes: RoomVotes) -> None:
        """Let the analysis panel's "The room" tab and the inspector's votes follow this project."""
        tab.votes = votes.votes = self.votes
        tab.actors = lambda: list(self.session.actors.values()) if self.session is not None else []
        self.roomChanged.connect(tab.refresh)
        self.roomChanged.connect(votes.refresh)

    def bind_map(self, scene: MapScene) -> None:
        """Let the map show the room's votes as towers beside the rated actors, following every
        vote that arrives, is approved or is taken back."""
        self.roomChanged.connect(lambda: scene.set_room(room_views(self.votes())))

    # -- the server ------------------------------------------------------------------------

    def start(self, host: str, port: int, dots_per_device: int) -> str:
        """Serve on `host` only; returns the join address. Raises ServerError."""
        assert self.desk is not None
        self.stop_server()
        self.desk.dots_per_device = dots_per_device
        server = ParticipationServer(self.desk, host=host, port=port, parent=self)
        url = server.start()
        self.server = server
        self.serverChanged.emit()
        return url

    def stop_server(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server.deleteLater()
            self.server = None
            self.serverChanged.emit()

    def stop(self) -> None:
        """Stop serving and close the invitation (project closed, app quitting)."""
        self.stop_server()
        if self.invitation is not None:
            invitation, self.invitation = self.invitation, None
            invitation.close()
            invitation.deleteLater()

    # -- the window ------------------------------------------------------------------------

    def invite(self) -> None:
        """Show the invitation (made once per project; raised when it is open already)."""
        if self.desk is None:
            return
        if self.invitation is None:
            self.invitation = InviteDialog(self, self._window)
        self.invitation.show()
        self.invitation.raise_()
        self.invitation.activateWindow()

    def execute(self, text: Label, decide: Callable[[], Decision]) -> bool:
        """Decide on a proposal through the session's undo stack."""
        if self.session is None or self.desk is None:
            return False
        return self.session.execute(DecideProposal(self.desk, decide, text))
