"""What a participant may propose from a phone, and how a proposal is read and checked.

A proposal arrives as untrusted JSON. `parse_proposal` turns it into one of four frozen contents
or refuses it with one line (`InvalidProposalError`); every value then passes the same rules as
an edit in the app (`netmap.rules`), so a phone can put nothing on the map that a typed-in edit
could not. Names stay plain text: nothing here (or anywhere after) treats them as markup.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from netmap import rules
from netmap.domain import INFLUENCE_RANGE, Actor, Attitude, CatalogueEntry, CatalogueKind, Tie
from netmap.errors import InvalidEditError
from netmap.i18n import tr

__all__ = [
    "ActorProposal", "Content", "DotProposal", "InvalidProposalError", "Proposal", "ProposalKind",
    "ProposalStatus", "RatingProposal", "TieProposal", "content_from_json", "content_to_json", "parse_proposal",
]

Catalogues = dict[CatalogueKind, list[CatalogueEntry]]


class ProposalKind(StrEnum):
    ACTOR = "actor"
    TIE = "tie"
    RATING = "rating"
    DOT = "dot"


class ProposalStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    MERGED = "merged"  # an actor proposal that named an actor already on the map
    REJECTED = "rejected"


class InvalidProposalError(InvalidEditError):
    """A proposal that cannot be accepted; the message is shown to the participant."""


@dataclass(frozen=True)
class ActorProposal:
    name: str
    category: str = ""
    district: str = ""


@dataclass(frozen=True)
class TieProposal:
    source: int
    target: int
    kind: str = ""


@dataclass(frozen=True)
class RatingProposal:
    """A participant's view of an actor: influence 0-10 and/or attitude (at least one)."""

    actor: int
    influence: int | None = None
    attitude: Attitude | None = None


@dataclass(frozen=True)
class DotProposal:
    """One priority dot on an actor."""

    actor: int


Content = ActorProposal | TieProposal | RatingProposal | DotProposal

_KINDS: dict[ProposalKind, type[Content]] = {
    ProposalKind.ACTOR: ActorProposal, ProposalKind.TIE: TieProposal,
    ProposalKind.RATING: RatingProposal, ProposalKind.DOT: DotProposal,
}


def kind_of(content: Content) -> ProposalKind:
    return next(kind for kind, cls in _KINDS.items() if isinstance(content, cls))


@dataclass(frozen=True)
class Proposal:
    """A stored proposal and what became of it. `outcome` holds what a decision did (ids of the
    actor or tie it added, the actor it was merged into, the vote it cast), for undo and display."""

    id: int
    content: Content
    device: str
    received_at: datetime
    status: ProposalStatus = ProposalStatus.PENDING
    decided_at: datetime | None = None
    outcome: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def kind(self) -> ProposalKind:
        return kind_of(self.content)


def content_to_json(content: Content) -> dict[str, Any]:
    data = asdict(content)
    return {k: (str(v) if isinstance(v, StrEnum) else v) for k, v in data.items()}


def content_from_json(kind: str, data: dict[str, Any]) -> Content:
    """Read a stored content back (it was checked when it arrived)."""
    cls = _KINDS[ProposalKind(kind)]
    if cls is RatingProposal and data.get("attitude"):
        data = {**data, "attitude": Attitude(data["attitude"])}
    return cls(**data)


# -- reading untrusted input ---------------------------------------------------------------------


def _text(body: dict[str, Any], key: str, what: str, *, required: bool = False) -> str:
    value = body.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidProposalError(tr("Participation", "{0} must be text").format(what))
    value = " ".join(value.split()) if key == "name" else value.strip()
    if required and not value:
        raise InvalidProposalError(tr("Participation", "{0} is missing").format(what))
    return value


def _whole(body: dict[str, Any], key: str, what: str, *, required: bool = True) -> int | None:
    value = body.get(key)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidProposalError(tr("Participation", "{0} must be a whole number").format(what))
    return value


def _known_actor(actor_id: int | None, actor_ids: set[int]) -> int:
    if actor_id is None or actor_id not in actor_ids:
        raise InvalidProposalError(tr("Participation", "the actor is not on the map (any more)"))
    return actor_id


def parse_proposal(body: object, catalogues: Catalogues, actor_ids: set[int]) -> Content:
    """Read one proposal from decoded JSON and check it against the map; raises InvalidProposalError."""
    if not isinstance(body, dict):
        raise InvalidProposalError(tr("Participation", "a proposal must be a JSON object"))
    try:
        kind = ProposalKind(body.get("kind", ""))
    except ValueError:
        raise InvalidProposalError(tr("Participation", "the kind must be one of actor, tie, rating, dot")) from None
    if kind is ProposalKind.ACTOR:
        content: Content = ActorProposal(_text(body, "name", tr("Participation", "the name"), required=True),
                                         _text(body, "category", tr("Participation", "the category")),
                                         _text(body, "district", tr("Participation", "the district")))
    elif kind is ProposalKind.TIE:
        content = TieProposal(_known_actor(_whole(body, "source", tr("Participation", "the first actor")), actor_ids),
                              _known_actor(_whole(body, "target", tr("Participation", "the second actor")), actor_ids),
                              _text(body, "tie_kind", tr("Participation", "the kind of tie")))
    elif kind is ProposalKind.RATING:
        influence = _whole(body, "influence", tr("Participation", "the influence"), required=False)
        attitude_text = _text(body, "attitude", tr("Participation", "the attitude"))
        try:
            attitude = Attitude(attitude_text) if attitude_text else None
        except ValueError:
            raise InvalidProposalError(tr("Participation", "the attitude must be one of supportive, neutral, "
                                                           "critical")) from None
        if influence is None and attitude is None:
            raise InvalidProposalError(tr("Participation", "a rating needs an influence or an attitude"))
        content = RatingProposal(_known_actor(_whole(body, "actor", tr("Participation", "the actor")), actor_ids),
                                 influence, attitude)
    else:
        content = DotProposal(_known_actor(_whole(body, "actor", tr("Participation", "the actor")), actor_ids))
    check_content(content, catalogues, actor_ids)
    return content


def check_content(content: Content, catalogues: Catalogues, actor_ids: set[int]) -> None:
    """The rules of an app edit, applied to a proposal (also to one the facilitator edited)."""
    try:
        if isinstance(content, ActorProposal):
            rules.check_actor(Actor(content.name, category=content.category, district=content.district), catalogues)
        elif isinstance(content, TieProposal):
            rules.check_tie(Tie(content.source, content.target, kind=content.kind), actor_ids, catalogues)
        elif isinstance(content, RatingProposal):
            _known_actor(content.actor, actor_ids)
            if content.influence is not None and content.influence not in INFLUENCE_RANGE:
                raise InvalidEditError(tr("Errors", "influence {0} is outside 0-10").format(content.influence))
        else:
            _known_actor(content.actor, actor_ids)
    except InvalidProposalError:
        raise
    except InvalidEditError as exc:
        raise InvalidProposalError(str(exc)) from None
