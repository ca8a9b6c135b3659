"""The moderation desk: proposals come in from phones, the facilitator decides on them.

`submit` checks a proposal against the map (the rules of an app edit), enforces the dot limit
per device and stores it at once; in auto mode it is decided right away. A decision (`approve`,
`merge`, `reject`) is one transaction together with the edit it makes, and returns a `Decision`
that `undo` takes back, so the UI wraps both in one undoable command. Nothing here knows of HTTP
or widgets: the server and the queue panel are thin callers.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale

from netmap.domain import Actor, Attitude, CatalogueKind, MapState, Source, SourceKind, Tie
from netmap.errors import InvalidEditError
from netmap.i18n import tr
from netmap.participation import store
from netmap.participation.proposals import (
    ActorProposal,
    Content,
    DotProposal,
    Proposal,
    ProposalKind,
    ProposalStatus,
    RatingProposal,
    TieProposal,
    check_content,
    kind_of,
)
from netmap.participation.inbox import receive
from netmap.participation.store import Vote
from netmap.project import Project

__all__ = ["DEFAULT_DOTS", "Decision", "ModerationDesk", "attitude_text", "describe", "provenance", "similar_actors"]

DEFAULT_DOTS = 3
"""Priority dots per device unless the facilitator sets another number (a poster workshop's usual three)."""

_FREE_STEP = 90.0
"""Grid step (scene units) of the search for a free spot for an approved actor: about one actor's
width, so a new actor never hides one already placed."""


def provenance(day: date) -> str:
    """The note an approved proposal carries, so the map says where an actor or tie came from."""
    shown = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    return tr("Participation", "Proposal from the workshop on {0}").format(shown)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def similar_actors(name: str, actors: list[Actor], *, limit: int = 5) -> list[Actor]:
    """Actors whose names are the same or nearly the same as `name` (best first): the same words in
    another case or spacing, one name inside the other, or a small typo."""
    wanted = _key(name)
    scored: list[tuple[float, int, Actor]] = []
    for index, actor in enumerate(actors):
        other = _key(actor.name)
        if not other:
            continue
        score = difflib.SequenceMatcher(None, wanted, other).ratio()
        if wanted == other:
            score = 2.0
        elif min(len(wanted), len(other)) >= 4 and (wanted in other or other in wanted):
            score = max(score, 0.9)
        if score >= 0.8:
            scored.append((score, -index, actor))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [actor for _, _, actor in scored[:limit]]


@dataclass(frozen=True)
class Decision:
    """What deciding on a proposal did, enough to take it back."""

    proposal: Proposal  # as it was before the decision
    status: ProposalStatus
    outcome: dict[str, Any] = field(default_factory=dict, hash=False)
    before: Actor | None = None  # an actor the decision changed, as it was (dots, merge)


class ModerationDesk:
    """Proposals of one open project. `dots_per_device` limits each device's priority dots."""

    def __init__(self, project: Project, *, auto: bool = False, dots_per_device: int = DEFAULT_DOTS,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        self.project = project
        self.auto = auto
        self.dots_per_device = dots_per_device
        self._clock = clock
        self._listeners: list[Callable[[Proposal | None], None]] = []

    # -- listening -------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[Proposal | None], None]) -> None:
        """`listener(proposal)` hears of each new proposal waiting in the queue, `listener(None)` of
        every other change (a decision, an undo): then the queue is read again."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Proposal | None], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self, proposal: Proposal | None = None) -> None:
        for listener in list(self._listeners):
            listener(proposal)

    # -- reading ---------------------------------------------------------------------------

    def proposals(self, status: ProposalStatus | None = None) -> list[Proposal]:
        with self.project.side_read() as conn:
            return store.read_proposals(conn, status=status)

    def proposal(self, proposal_id: int) -> Proposal:
        with self.project.side_read() as conn:
            found = store.read_proposals(conn, ids=[proposal_id])
        if not found:
            raise InvalidEditError(tr("Participation", "there is no proposal number {0}").format(proposal_id))
        return found[0]

    def votes(self) -> list[Vote]:
        with self.project.side_read() as conn:
            return store.read_votes(conn)

    def dots_left(self, device: str) -> int:
        with self.project.side_read() as conn:
            return max(0, self.dots_per_device - store.count_by_device(conn, device, ProposalKind.DOT))

    def suggestions(self, proposal: Proposal) -> list[Actor]:
        """Actors an actor proposal may duplicate, for "merge with…"."""
        if not isinstance(proposal.content, ActorProposal):
            return []
        return similar_actors(proposal.content.name, self.project.actors())

    # -- arriving --------------------------------------------------------------------------

    def submit(self, body: object, device: str) -> Proposal:
        """Check and store a proposal (the rules of an app edit, the dot limit), then `arrived`.
        Raises InvalidProposalError."""
        with self.project.side_edit() as conn:
            proposal = receive(conn, body, device, dots_per_device=self.dots_per_device, now=self._clock(),
                               catalogues=self.project.catalogues())
        return self.arrived(proposal)

    def arrived(self, proposal: Proposal) -> Proposal:
        """A proposal was stored (here, or by the web server's own connection): in auto mode it is
        approved at once (one the map refuses stays in the queue for the facilitator)."""
        if self.auto:
            try:
                self.approve(proposal.id)
                return self.proposal(proposal.id)
            except InvalidEditError:
                pass
        self._changed(proposal)
        return proposal

    # -- deciding --------------------------------------------------------------------------

    def _pending(self, proposal_id: int) -> Proposal:
        proposal = self.proposal(proposal_id)
        if proposal.status is not ProposalStatus.PENDING:
            raise InvalidEditError(tr("Participation", "proposal number {0} has been decided already")
                                   .format(proposal_id))
        return proposal

    def approve(self, proposal_id: int, edited: Content | None = None) -> Decision:
        """Put a proposal on the map as a normal edit with its provenance; `edited` is the
        facilitator's corrected version (the same kind, the same rules)."""
        proposal = self._pending(proposal_id)
        content = edited if edited is not None else proposal.content
        if kind_of(content) is not proposal.kind:
            raise InvalidEditError(tr("Participation", "an edited proposal must stay of its kind"))
        state = self.project.state()
        check_content(content, state.catalogues, {a.id for a in state.actors if a.id is not None})
        note = provenance(proposal.received_at.date())
        # Where it came from (netmap.provenance): a participant's proposal; no person or device is named.
        sources = (Source(SourceKind.PROPOSAL, proposal.received_at.date(), ""),)
        before: Actor | None = None
        with self.project.batch():
            with self.project.side_edit() as conn:
                if edited is not None:
                    store.set_content(conn, proposal.id, edited)
                if isinstance(content, ActorProposal):
                    x, y = _arrival_spot(state.actors)
                    added = self.project.add_actor(Actor(content.name, category=content.category,
                                                         district=content.district, notes=note, x=x, y=y,
                                                         sources=sources))
                    outcome: dict[str, Any] = {"actor": added.id}
                elif isinstance(content, TieProposal):
                    tie = self.project.add_tie(Tie(content.source, content.target, kind=content.kind, notes=note,
                                                  sources=sources))
                    outcome = {"tie": tie.id}
                elif isinstance(content, RatingProposal):
                    vote = Vote(self.project.actor(content.actor).uid, content.influence, content.attitude)
                    outcome = {"vote": store.insert_vote(conn, vote, proposal.id, self._clock())}
                else:
                    before = self.project.actor(content.actor)
                    self.project.update_actor(before.with_changes(dots=before.dots + 1))
                    outcome = {"actor": before.id}
                store.set_status(conn, proposal.id, ProposalStatus.APPROVED, outcome, self._clock())
        self._changed()
        return Decision(proposal, ProposalStatus.APPROVED, outcome, before)

    def merge(self, proposal_id: int, actor_id: int) -> Decision:
        """An actor proposal names an actor already on the map: nothing new is added; what the
        proposal knows and the actor lacks (category, district) is filled in."""
        proposal = self._pending(proposal_id)
        if not isinstance(proposal.content, ActorProposal):
            raise InvalidEditError(tr("Participation", "only a proposed actor can be merged"))
        actor = self.project.actor(actor_id)
        filled = actor.with_changes(category=actor.category or proposal.content.category,
                                    district=actor.district or proposal.content.district)
        with self.project.batch():
            if filled != actor:
                self.project.update_actor(filled)
            with self.project.side_edit() as conn:
                store.set_status(conn, proposal.id, ProposalStatus.MERGED, {"actor": actor_id}, self._clock())
        self._changed()
        return Decision(proposal, ProposalStatus.MERGED, {"actor": actor_id}, actor if filled != actor else None)

    def reject(self, proposal_id: int) -> Decision:
        proposal = self._pending(proposal_id)
        with self.project.side_edit() as conn:
            store.set_status(conn, proposal.id, ProposalStatus.REJECTED, {}, self._clock())
        self._changed()
        return Decision(proposal, ProposalStatus.REJECTED)

    def undo(self, decision: Decision) -> None:
        """Take a decision back: its edit is undone and the proposal waits in the queue again."""
        proposal, outcome = decision.proposal, decision.outcome
        with self.project.batch():
            if decision.status is ProposalStatus.APPROVED:
                if isinstance(proposal.content, ActorProposal) and outcome.get("actor") is not None:
                    self.project.remove_actors([outcome["actor"]])
                elif isinstance(proposal.content, TieProposal) and outcome.get("tie") is not None:
                    self.project.remove_ties([outcome["tie"]])
                elif isinstance(proposal.content, DotProposal) and outcome.get("actor") is not None:
                    now = self.project.actor(outcome["actor"])
                    self.project.update_actor(now.with_changes(dots=max(0, now.dots - 1)))
            elif decision.status is ProposalStatus.MERGED and decision.before is not None:
                now = self.project.actor(outcome["actor"])  # the actor merged into (decision.before)
                self.project.update_actor(now.with_changes(category=decision.before.category,
                                                           district=decision.before.district))
            with self.project.side_edit() as conn:
                if isinstance(proposal.content, RatingProposal) and outcome.get("vote") is not None:
                    store.delete_vote(conn, outcome["vote"])
                store.set_content(conn, proposal.id, proposal.content)
                store.set_status(conn, proposal.id, ProposalStatus.PENDING, {}, None)
        self._changed()


def _arrival_spot(actors: list[Actor]) -> tuple[float, float]:
    """Where an approved actor appears: the free spot nearest to the middle of the map (no actor
    within one grid step), so it is seen on the projector and covers no actor already placed."""
    if not actors:
        return 0.0, 0.0
    cx = (min(a.x for a in actors) + max(a.x for a in actors)) / 2
    cy = (min(a.y for a in actors) + max(a.y for a in actors)) / 2
    taken = [(a.x, a.y) for a in actors]
    for ring in range(0, 200):
        spots = [(cx + dx * _FREE_STEP, cy + dy * _FREE_STEP) for dx in range(-ring, ring + 1)
                 for dy in range(-ring, ring + 1) if max(abs(dx), abs(dy)) == ring]
        for x, y in sorted(spots, key=lambda p: ((p[0] - cx) ** 2 + (p[1] - cy) ** 2, p)):
            if all((x - ax) ** 2 + (y - ay) ** 2 >= _FREE_STEP ** 2 for ax, ay in taken):
                return x, y
    return cx, cy


def describe(proposal: Proposal, state: MapState, language: str | None = None) -> str:
    """One line that says what a proposal asks for, with the map's names and the catalogue labels
    in `language` (the project's when None)."""
    content, names = proposal.content, {a.id: a.name for a in state.actors}

    def named(actor_id: int) -> str:
        return "“" + names.get(actor_id, tr("Participation", "(removed actor #{0})").format(actor_id)) + "”"

    if isinstance(content, ActorProposal):
        details = [state.label(CatalogueKind.CATEGORY, content.category, language) if content.category else "",
                   state.label(CatalogueKind.DISTRICT, content.district, language) if content.district else ""]
        shown = ", ".join(d for d in details if d)
        return tr("Participation", "Actor “{0}”").format(content.name) + (f" ({shown})" if shown else "")
    if isinstance(content, TieProposal):
        kind = f" ({state.label(CatalogueKind.TIE_KIND, content.kind, language)})" if content.kind else ""
        return tr("Participation", "Tie {0} – {1}").format(named(content.source), named(content.target)) + kind
    if isinstance(content, RatingProposal):
        parts = []
        if content.influence is not None:
            parts.append(tr("Participation", "influence {0}").format(content.influence))
        if content.attitude is not None:
            parts.append(attitude_text(content.attitude))
        return tr("Participation", "Rating of {0}: {1}").format(named(content.actor), ", ".join(parts))
    return tr("Participation", "Dot on {0}").format(named(content.actor))


def attitude_text(attitude: Attitude) -> str:
    """The attitude's word as the app's tables show it (netmap.ui.labels: context "Labels", whose
    English texts are the codes themselves)."""
    return tr("Labels", str(attitude))
