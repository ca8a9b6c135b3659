"""The gaps of the analysis report, typed: who is missing, who is left out, what is not linked.

One class per kind of entry; `Gaps` holds them under the gap keys of `netmap analyze --json`
("gaps": {...}). Field names and order are that JSON's keys (see result.AnalysisReport.to_json).
Catalogue entries carry their key and their label in the project's language; actors their id and
name: a finding reads without the map.
"""

from __future__ import annotations

from dataclasses import dataclass

from netmap.analysis.actor_figures import ActorRef

__all__ = [
    "CatalogueRef",
    "CommunityMember",
    "Gaps",
    "IsolatedActor",
    "KeyActorFigure",
    "KeyActors",
    "NotReached",
    "NotReachedActor",
    "PeripheralGroup",
    "SinglePoint",
    "UnconnectedGroups",
]


@dataclass(frozen=True, slots=True)
class CatalogueRef:
    """A catalogue entry (category, district, field of action) named in a finding."""

    key: str
    label: str


@dataclass(frozen=True, slots=True)
class IsolatedActor:
    id: int
    name: str
    category: str


@dataclass(frozen=True, slots=True)
class SinglePoint:
    """An actor whose leaving cuts others off (an articulation point), with whom it cuts off."""

    id: int
    name: str
    category: str
    cut_off: tuple[ActorRef, ...]


@dataclass(frozen=True, slots=True)
class PeripheralGroup:
    """A category whose actors all have at most one tie."""

    key: str
    label: str
    all_isolated: bool
    actors: tuple[ActorRef, ...]


@dataclass(frozen=True, slots=True)
class NotReachedActor:
    id: int
    name: str
    reached: bool
    stage: str


@dataclass(frozen=True, slots=True)
class NotReached:
    """The actors of one category not reached by the process, or only at the lowest stages."""

    key: str
    label: str
    actors: tuple[NotReachedActor, ...]


@dataclass(frozen=True, slots=True)
class CommunityMember:
    """An actor with the community it belongs to (None: none)."""

    id: int
    name: str
    community: int | None


@dataclass(frozen=True, slots=True)
class UnconnectedGroups:
    """Two communities without a tie between them, and who could bring them together."""

    communities: tuple[int, int]
    same_component: bool
    go_betweens: tuple[CommunityMember, ...]
    outward: tuple[CommunityMember, ...]  # only when there is no go-between


@dataclass(frozen=True, slots=True)
class KeyActorFigure:
    id: int
    name: str
    path_share: float | None  # share of the shortest paths between others that run through it


@dataclass(frozen=True, slots=True)
class KeyActors:
    """How much the network hangs on its key actors."""

    actors: tuple[KeyActorFigure, ...]
    cut_pairs_share: float | None
    cut_off: tuple[ActorRef, ...]


@dataclass(frozen=True, slots=True)
class Gaps:
    """Every gap the analysis looks for (empty where none is found; key_actors None without key actors)."""

    missing_categories: tuple[CatalogueRef, ...]
    isolated_actors: tuple[IsolatedActor, ...]
    single_points_of_failure: tuple[SinglePoint, ...]
    peripheral_categories: tuple[PeripheralGroup, ...]
    missing_districts: tuple[CatalogueRef, ...]
    fields_without_ties: tuple[CatalogueRef, ...]
    not_reached: tuple[NotReached, ...]
    unconnected_communities: tuple[UnconnectedGroups, ...]
    key_actors: KeyActors | None
