"""What the analysis shows on the map, as data: a measure, a highlight and a comparison.

Plain Python, no Qt: MapScene keeps one `AnalysisOverlays` and draws it onto its items
(analysis_views.py), as napari keeps its models apart from what draws them. A measure sizes and
colours the actors; a highlight puts a halo around some actors and ties (gaps, what-if); a
comparison with a snapshot marks what is new and changed and brings back what is gone as ghosts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from netmap.domain import Actor, Tie

__all__ = ["AnalysisOverlays", "Comparison", "ComparisonMarks", "Highlight"]


@dataclass(frozen=True)
class Highlight:
    """A halo around these actors and ties; `mode` picks its colour ("gap", "whatif", "removed")."""

    actors: frozenset[int] = frozenset()
    ties: frozenset[int] = frozenset()
    mode: str = "gap"


@dataclass(frozen=True)
class Comparison:
    """The map against a snapshot: added and removed actors and ties, changed actors (by id on
    this map; removed actors carry the ids their ghosts get). `mute`: dim everything unchanged."""

    added_actors: tuple[Actor, ...] = ()
    removed_actors: tuple[Actor, ...] = ()
    added_ties: tuple[Tie, ...] = ()
    removed_ties: tuple[Tie, ...] = ()
    changed_actor_ids: frozenset[int] = field(default_factory=frozenset)
    mute: bool = True

    def marks(self, actors: Mapping[int, Actor]) -> ComparisonMarks:
        """Which of the map's `actors` (by id) are new or changed, and which ties are new."""
        by_uid = {actor.uid: actor_id for actor_id, actor in actors.items()}
        new = {found for a in self.added_actors if (found := _match(a, actors, by_uid)) is not None}
        return ComparisonMarks(
            new_actors=frozenset(new),
            changed_actors=frozenset(i for i in self.changed_actor_ids if i in actors),
            new_tie_ids=frozenset(t.id for t in self.added_ties if t.id is not None),
            new_tie_uids=frozenset(t.uid for t in self.added_ties))


@dataclass(frozen=True)
class ComparisonMarks:
    """A comparison's marks on the map: actor ids with a green (new) or amber (changed) halo, and
    the new ties by id or uid."""

    new_actors: frozenset[int]
    changed_actors: frozenset[int]
    new_tie_ids: frozenset[int]
    new_tie_uids: frozenset[str]

    def tie_is_new(self, tie: Tie) -> bool:
        return tie.id in self.new_tie_ids or tie.uid in self.new_tie_uids


def _match(actor: Actor, actors: Mapping[int, Actor], by_uid: Mapping[str, int]) -> int | None:
    """The id of the map's actor that `actor` (from the comparison) is: same id and uid, else the
    same uid, else the same id."""
    same_id = actor.id if actor.id is not None and actor.id in actors else None
    if same_id is not None and actors[same_id].uid == actor.uid:
        return same_id
    found = by_uid.get(actor.uid)
    return found if found is not None else same_id


class AnalysisOverlays:
    """The overlays shown now: `measure` (None: influence and category), `highlight`, `comparison`."""

    def __init__(self) -> None:
        self.measure: dict[int, float] | None = None
        self.highlight = Highlight()
        self.comparison: Comparison | None = None

