"""The map in plain Python: actors, ties, clusters, catalogues and the whole state of a map.

These frozen dataclasses are what the core hands out and takes in. Storage maps them to tables,
the analysis builds graphs from them, the UI shows them; none of those layers leaks into them.
"""

from __future__ import annotations

import dataclasses as dc
import uuid
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TypedDict, Unpack

__all__ = [
    "Actor",
    "ActorChanges",
    "Attitude",
    "CatalogueEntry",
    "CatalogueKind",
    "Cluster",
    "ClusterChanges",
    "ContactPerson",
    "Direction",
    "MapState",
    "ProjectInfo",
    "ProjectInfoChanges",
    "SnapshotInfo",
    "Source",
    "SourceKind",
    "Tie",
    "TieChanges",
    "new_uid",
    "tie_match_key",
    "INFLUENCE_RANGE",
    "ORIGINAL_WEIGHT",
    "STRENGTH_RANGE",
]

INFLUENCE_RANGE = range(0, 11)
"""Influence of an actor, 0-10, as the towers of the Net-Map method."""

STRENGTH_RANGE = range(1, 4)
"""Strength of a tie: 1 weak, 2 medium, 3 strong."""

ORIGINAL_WEIGHT = "weight"
"""Key in `Tie.extra` that keeps a weight from a file when it is not a strength 1-3; it belongs to
the strength and changes with it."""


def new_uid() -> str:
    """A fresh identity that follows an actor, tie or cluster through renames and snapshots."""
    return uuid.uuid4().hex


def tie_match_key(source: object, target: object, kind: str, direction: str) -> tuple[object, object, str, bool]:
    """What makes two ties "the same" when they carry no common identity (files from outside):
    the same actors and kind; a directed tie also runs the same way (a->b is not b->a)."""
    directed = direction == "directed"
    ends = (source, target) if directed else tuple(sorted((source, target), key=str))
    return ends[0], ends[1], kind, directed


class Attitude(StrEnum):
    """An actor's attitude to the strategy."""

    SUPPORTIVE = "supportive"
    NEUTRAL = "neutral"
    CRITICAL = "critical"


class Direction(StrEnum):
    """How a tie runs between its two actors."""

    UNDIRECTED = "undirected"
    DIRECTED = "directed"  # from source to target
    MUTUAL = "mutual"  # both ways, explicitly


class CatalogueKind(StrEnum):
    """The editable catalogues of a project."""

    CATEGORY = "category"
    TIE_KIND = "tie_kind"
    FIELD = "field"
    DISTRICT = "district"
    STAGE = "stage"


@dataclass(frozen=True)
class CatalogueEntry:
    """One entry of a catalogue; `key` is stable, the labels are what people read.

    `rank` orders participation stages (higher is more participation) and is the display order
    elsewhere. `style` is the line style of a tie kind: "solid", "dash" or "dot".
    """

    key: str
    label_de: str
    label_en: str
    colour: str = "#888888"
    rank: int = 0
    style: str = "solid"

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_de


class SourceKind(StrEnum):
    """Where an actor or a tie came from (its provenance)."""

    WORKSHOP = "workshop"  # named in a workshop; detail: the guided step (1-7), if any
    IMPORT = "import"  # read from a file; detail: the file's name
    EDITOR = "editor"  # typed in by a person; detail: user@computer, as team mode records it
    PROPOSAL = "proposal"  # proposed by a participant (phones) and approved; detail: who or which device


@dataclass(frozen=True)
class Source:
    """One source that names an actor or a tie: a tie named by two independent sources is
    stronger evidence than one named once."""

    kind: SourceKind
    on: date | None = None
    detail: str = ""


@dataclass(frozen=True)
class ContactPerson:
    """A contact person of an actor: personal data under the GDPR."""

    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Actor:
    """An organisation, body or group on the map.

    `id` is the project's row id (None before the actor is stored); `uid` is the identity that
    survives renames and snapshots. Keys (`category`, `district`, `fields`, `stage`) refer to
    the project's catalogues.
    """

    name: str
    category: str = ""
    district: str = ""
    fields: tuple[str, ...] = ()
    stage: str = ""
    influence: int = 0
    attitude: Attitude = Attitude.NEUTRAL
    reached: bool = False
    notes: str = ""
    tags: tuple[str, ...] = ()
    x: float = 0.0
    y: float = 0.0
    contact: ContactPerson | None = None
    dots: int = 0
    is_key: bool = False
    extra: dict[str, str] = dc.field(default_factory=dict, hash=False)
    sources: tuple[Source, ...] = ()
    id: int | None = None
    uid: str = dc.field(default_factory=new_uid)
    # The stored row's version (0: not read from a project); bookkeeping for team mode, not content.
    version: int = dc.field(default=0, compare=False)

    def with_changes(self, **changes: Unpack[ActorChanges]) -> Actor:
        return replace(self, **changes)


@dataclass(frozen=True)
class Tie:
    """A relationship between two actors (ids of this map)."""

    source: int
    target: int
    kind: str = ""
    direction: Direction = Direction.UNDIRECTED
    strength: int = 1
    field: str = ""
    notes: str = ""
    extra: dict[str, str] = dc.field(default_factory=dict, hash=False)
    sources: tuple[Source, ...] = ()
    id: int | None = None
    uid: str = dc.field(default_factory=new_uid)
    # The stored row's version (0: not read from a project); bookkeeping for team mode, not content.
    version: int = dc.field(default=0, compare=False)

    def with_changes(self, **changes: Unpack[TieChanges]) -> Tie:
        return replace(self, **changes)


@dataclass(frozen=True)
class Cluster:
    """A named group of actors, drawn as a hull with a heading."""

    name: str
    members: tuple[int, ...] = ()
    dots: int = 0
    colour: str = ""
    id: int | None = None
    uid: str = dc.field(default_factory=new_uid)
    # The stored row's version (0: not read from a project); bookkeeping for team mode, not content.
    version: int = dc.field(default=0, compare=False)

    def with_changes(self, **changes: Unpack[ClusterChanges]) -> Cluster:
        return replace(self, **changes)


@dataclass(frozen=True)
class ProjectInfo:
    """What a project is about; shown on posters and in reports."""

    name: str = ""
    town: str = ""
    topic: str = ""
    facilitator: str = ""
    workshop_date: date | None = None
    language: str = "de"
    # The workshop as the results protocol reports it (migration 0004): how many took part (a
    # number, never names), the open questions the group wrote down (one per line), the guided
    # workshop's step reached (0: not started), the priority dots each participant may give and
    # the date of the next workshop.
    participants: int = 0
    open_questions: str = ""
    workshop_step: int = 0
    dots_each: int = 0
    next_workshop: date | None = None  # agreed in the guided workshop's last step
    look_back: str = ""  # while the group looks back: the label of the snapshot that keeps today's map

    def with_changes(self, **changes: Unpack[ProjectInfoChanges]) -> ProjectInfo:
        return replace(self, **changes)


@dataclass(frozen=True)
class SnapshotInfo:
    """A snapshot's label and date, without its content."""

    id: int
    label: str
    taken_on: date
    note: str = ""


@dataclass
class MapState:
    """The whole map at one moment: the live map or a snapshot of it."""

    info: ProjectInfo = dc.field(default_factory=ProjectInfo)
    catalogues: dict[CatalogueKind, list[CatalogueEntry]] = dc.field(default_factory=dict)
    actors: list[Actor] = dc.field(default_factory=list)
    ties: list[Tie] = dc.field(default_factory=list)
    clusters: list[Cluster] = dc.field(default_factory=list)
    # Set by a file reader only: for an actor id, the other spellings of its name that the file used
    # and the reader took as that same actor ("KITA NORD" beside "Kita Nord"), so the import says so.
    merged_spellings: dict[int, tuple[str, ...]] = dc.field(default_factory=dict, compare=False)

    def actor_by_id(self) -> dict[int, Actor]:
        return {a.id: a for a in self.actors if a.id is not None}

    def catalogue(self, kind: CatalogueKind) -> list[CatalogueEntry]:
        return self.catalogues.get(kind, [])

    def label(self, kind: CatalogueKind, key: str, language: str | None = None) -> str:
        """The readable label of a catalogue key, or the key itself when it is not catalogued."""
        for entry in self.catalogue(kind):
            if entry.key == key:
                return entry.label(language or self.info.language)
        return key


# What `with_changes` accepts, one TypedDict per class, so a caller's keywords are checked against the
# fields' types and the result keeps its class. tests/core/test_domain.py keeps each in step with its
# dataclass's fields.

class _StoredChanges(TypedDict, total=False):
    """The bookkeeping every stored actor, tie and cluster carries."""

    id: int | None
    uid: str
    version: int


class ActorChanges(_StoredChanges, total=False):
    name: str
    category: str
    district: str
    fields: tuple[str, ...]
    stage: str
    influence: int
    attitude: Attitude
    reached: bool
    notes: str
    tags: tuple[str, ...]
    x: float
    y: float
    contact: ContactPerson | None
    dots: int
    is_key: bool
    extra: dict[str, str]
    sources: tuple[Source, ...]


class TieChanges(_StoredChanges, total=False):
    source: int
    target: int
    kind: str
    direction: Direction
    strength: int
    field: str
    notes: str
    extra: dict[str, str]
    sources: tuple[Source, ...]


class ClusterChanges(_StoredChanges, total=False):
    name: str
    members: tuple[int, ...]
    dots: int
    colour: str


class ProjectInfoChanges(TypedDict, total=False):
    name: str
    town: str
    topic: str
    facilitator: str
    workshop_date: date | None
    language: str
    participants: int
    open_questions: str
    workshop_step: int
    dots_each: int
    next_workshop: date | None
    look_back: str
