"""Proposals and votes in the project's own tables (migration 0005_proposals).

Everything goes through the open `Project`'s transactions (`side_edit`, `side_read`), so a
proposal is in the file the moment a phone is told "received", and a decision shares one
transaction with the edit it makes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from netmap.domain import Attitude
from netmap.participation.proposals import (
    Content,
    Proposal,
    ProposalKind,
    ProposalStatus,
    content_from_json,
    content_to_json,
    kind_of,
)
from netmap.storage.schema import ActorRow, ProposalRow, VoteRow

__all__ = ["Vote", "actor_ids", "count_by_device", "delete_vote", "insert_proposal", "insert_vote", "read_proposals",
           "read_votes", "set_status"]

_PROPOSALS = ProposalRow.__table__
_VOTES = VoteRow.__table__


@dataclass(frozen=True)
class Vote:
    """One anonymous rating of an actor (identified by uid, which survives renames and undo)."""

    actor_uid: str
    influence: int | None
    attitude: Attitude | None
    id: int | None = None


def insert_proposal(conn: Connection, content: Content, device: str, received_at: datetime) -> Proposal:
    new_id = conn.execute(insert(ProposalRow).values(
        kind=str(kind_of(content)), content=content_to_json(content), device=device, received_at=received_at,
        status=str(ProposalStatus.PENDING), outcome={}).returning(ProposalRow.id)).scalar_one()
    return Proposal(new_id, content, device, received_at)


def _proposal(row: Any) -> Proposal:
    return Proposal(row.id, content_from_json(row.kind, dict(row.content)), row.device, row.received_at,
                    ProposalStatus(row.status), row.decided_at, dict(row.outcome or {}))


def read_proposals(conn: Connection, *, status: ProposalStatus | None = None,
                   ids: list[int] | None = None) -> list[Proposal]:
    """Proposals in the order they arrived."""
    query = select(_PROPOSALS).order_by(ProposalRow.id)
    if status is not None:
        query = query.where(ProposalRow.status == str(status))
    if ids is not None:
        query = query.where(ProposalRow.id.in_(ids))
    return [_proposal(row) for row in conn.execute(query)]


def count_by_device(conn: Connection, device: str, kind: ProposalKind) -> int:
    """How many proposals of `kind` a device has made that were not rejected (the dot limit)."""
    return int(conn.execute(select(func.count()).select_from(_PROPOSALS).where(
        ProposalRow.device == device, ProposalRow.kind == str(kind),
        ProposalRow.status != str(ProposalStatus.REJECTED))).scalar_one())


def set_status(conn: Connection, proposal_id: int, status: ProposalStatus, outcome: dict[str, Any],
               decided_at: datetime | None) -> None:
    conn.execute(update(ProposalRow).where(ProposalRow.id == proposal_id).values(
        status=str(status), outcome=outcome, decided_at=decided_at))


def set_content(conn: Connection, proposal_id: int, content: Content) -> None:
    """Keep the facilitator's edit of a proposal (edit, then approve)."""
    conn.execute(update(ProposalRow).where(ProposalRow.id == proposal_id).values(content=content_to_json(content)))


def insert_vote(conn: Connection, vote: Vote, proposal_id: int | None, cast_at: datetime) -> int:
    return conn.execute(insert(VoteRow).values(
        actor_uid=vote.actor_uid, influence=vote.influence,
        attitude=str(vote.attitude) if vote.attitude is not None else "",
        proposal_id=proposal_id, cast_at=cast_at).returning(VoteRow.id)).scalar_one()


def delete_vote(conn: Connection, vote_id: int) -> None:
    conn.execute(delete(VoteRow).where(VoteRow.id == vote_id))


def read_votes(conn: Connection) -> list[Vote]:
    return [Vote(row.actor_uid, row.influence, Attitude(row.attitude) if row.attitude else None, row.id)
            for row in conn.execute(select(_VOTES).order_by(VoteRow.id))]


def actor_ids(conn: Connection) -> set[int]:
    """The ids of the map's actors, without reading the actors (a proposal is checked per request)."""
    return set(conn.execute(select(ActorRow.id)).scalars())
