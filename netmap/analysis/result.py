"""The analysis report as typed, frozen objects: what `report.analyze` and the live analysis return.

Every consumer (panel, poster, workbook, web page, protocol, text report) reads attributes; only the
command line turns the report into JSON, through `AnalysisReport.to_json`. Field names and their order
are the keys of that JSON (the contract in DESIGN.md and report.py's docstring), so `to_json` is a
plain walk over the fields and cannot drift from the objects. Add fields, never rename them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from netmap.analysis.actor_figures import ActorFigures, ActorRef
from netmap.analysis.gap_types import Gaps

__all__ = [
    "AnalysisReport",
    "Bridge",
    "ClusterComparison",
    "ClusterMatch",
    "Community",
    "NetworkFigures",
    "Notes",
    "Options",
]


@dataclass(frozen=True, slots=True)
class Options:
    """The options that produced the report; tie_kind is the kind's label (None: all kinds)."""

    directed: bool
    weighted: bool
    tie_kind: str | None


@dataclass(frozen=True, slots=True)
class Notes:
    """Why a gap was not asked, by gap; None: it was asked."""

    missing_categories: str | None = None  # report.NOT_HANDBOOK_CATEGORIES for a file from another tool


@dataclass(frozen=True, slots=True)
class NetworkFigures:
    """Figures of the whole network; tie_kind is the kind's key (None: all kinds)."""

    actors: int
    ties: int  # edges of the analysed graph: arcs when directed, parallel ties merged
    density: float | None
    components: int
    isolates: int
    main_component: int
    average_distance: float | None
    communities: int  # groups of two or more
    modularity: float | None
    articulation_points: int
    bridges: int
    directed: bool
    weighted: bool
    tie_kind: str | None


@dataclass(frozen=True)
class Community:
    """A group of actors more closely tied within than to the rest; categories: key -> members."""

    id: int
    size: int
    members: tuple[ActorRef, ...]
    categories: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class Bridge:
    """A tie that alone holds two parts of the network together."""

    source: int
    target: int
    source_name: str
    target_name: str


@dataclass(frozen=True, slots=True)
class ClusterMatch:
    """A hand-drawn cluster and the community that matches it best (groups.compare_clusters)."""

    id: int | str
    name: str
    size: int
    best_community: int | None
    overlap: int
    jaccard: float | None


@dataclass(frozen=True, slots=True)
class ClusterComparison:
    clusters: tuple[ClusterMatch, ...]
    adjusted_rand: float | None
    nmi: float | None


@dataclass(frozen=True)
class AnalysisReport:
    """The whole analysis of a map. Labels are in the project's language; no NaN: undefined is None."""

    options: Options
    notes: Notes
    network: NetworkFigures
    actors: tuple[ActorFigures, ...]  # sorted by id
    gaps: Gaps
    communities: tuple[Community, ...]
    bridges: tuple[Bridge, ...]
    clusters: ClusterComparison

    def to_json(self) -> dict[str, Any]:
        """The report as `netmap analyze --json` prints it (lists, dicts, numbers, strings, null)."""
        data: dict[str, Any] = _plain(self)
        data["notes"] = {k: v for k, v in data["notes"].items() if v is not None}
        return data

    def actor(self, actor_id: int) -> ActorFigures | None:
        """The figures of `actor_id`, None if it is not in the report."""
        return next((a for a in self.actors if a.id == actor_id), None)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value
