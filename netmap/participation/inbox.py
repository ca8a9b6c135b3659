"""Where the phones' proposals arrive: checked and stored on the web server's own thread.

Storing a proposal is a commit, and a project file commits with full sync (storage/sqlite.py): on a
busy disk that can take a good part of a second. The server therefore runs on a thread of its own
with its own connection to the project, and the window's thread never waits for a phone. The
inbox checks a proposal with the same rules as `ModerationDesk.submit` (one function, `receive`,
does it for both) and tells the window about it afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, select

from netmap.domain import CatalogueEntry, CatalogueKind
from netmap.i18n import tr
from netmap.participation import store
from netmap.participation.proposals import DotProposal, InvalidProposalError, Proposal, ProposalKind, parse_proposal
from netmap.storage import rows
from netmap.storage.schema import ActorRow

__all__ = ["Inbox", "MapView", "receive"]


@dataclass(frozen=True)
class MapView:
    """What a phone may see of the map: the title, three catalogues and the actors' names and ids
    (never contact persons or anything else)."""

    title: str
    catalogues: dict[CatalogueKind, list[CatalogueEntry]]
    actors: tuple[tuple[int, str], ...]


def receive(conn: Connection, body: object, device: str, *, dots_per_device: int, now: datetime,
            catalogues: dict[CatalogueKind, list[CatalogueEntry]] | None = None) -> Proposal:
    """Check one proposal against the map and store it in `conn`'s transaction; raises
    InvalidProposalError (the dot limit included)."""
    known = set(conn.execute(select(ActorRow.id)).scalars())
    content = parse_proposal(body, catalogues if catalogues is not None else rows.read_catalogues(conn), known)
    if isinstance(content, DotProposal) and \
            store.count_by_device(conn, device, ProposalKind.DOT) >= dots_per_device:
        raise InvalidProposalError(tr("Participation", "you have placed all your dots"))
    return store.insert_proposal(conn, content, device, now)


class Inbox:
    """The server thread's access to the project: the project's engine (`Project.side_engine`),
    whose pool gives this thread its own connection. Proposals are not map content: storing one
    does not count as an edit of the map, so a team member's window does not reload the map for
    each one."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = datetime.now) -> None:
        self._engine = engine
        self._clock = clock

    def map_view(self) -> MapView:
        with self._engine.connect() as conn:
            info = rows.read_info(conn)
            catalogues = rows.read_catalogues(conn)
            actors = tuple((row.id, row.name) for row in
                           conn.execute(select(ActorRow.id, ActorRow.name).order_by(ActorRow.id)))
        return MapView(info.name, catalogues, actors)

    def dots_left(self, device: str, dots_per_device: int) -> int:
        with self._engine.connect() as conn:
            return max(0, dots_per_device - store.count_by_device(conn, device, ProposalKind.DOT))

    def receive(self, body: object, device: str, dots_per_device: int) -> Proposal:
        with self._engine.begin() as conn:
            return receive(conn, body, device, dots_per_device=dots_per_device, now=self._clock())
