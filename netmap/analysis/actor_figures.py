"""The figures of one actor in the analysis report: typed, frozen, read by attribute.

Field names and their order are the keys of `netmap analyze --json` ("actors": [...]): the report's
`to_json` turns these objects into the command line's JSON field by field, so a field added here is
added to the JSON contract too (add, never rename).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

__all__ = ["FIGURES", "ActorFigures", "ActorRef", "Brokerage", "Named"]


class Named(Protocol):
    """An actor named in a finding: ActorRef, ActorFigures and the gaps' actor entries."""

    @property
    def name(self) -> str: ...


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor named in a finding: readable without the map."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Brokerage:
    """How often an actor brokers between two others, per Gould-Fernandez role (analysis.brokerage)."""

    coordinator: int = 0
    itinerant: int = 0
    representative: int = 0
    gatekeeper: int = 0
    liaison: int = 0
    total: int = 0

    def roles(self) -> tuple[tuple[str, int], ...]:
        """(role, count) in the order of brokerage.ROLES, total left out."""
        return (("coordinator", self.coordinator), ("itinerant", self.itinerant),
                ("representative", self.representative), ("gatekeeper", self.gatekeeper),
                ("liaison", self.liaison))


@dataclass(frozen=True, slots=True)
class ActorFigures:
    """One actor's attributes (as the graph carries them) and measures; None where undefined."""

    id: int
    uid: str | None
    name: str
    category: str
    district: str
    stage: str
    reached: bool
    is_key: bool
    degree: int
    degree_centrality: float
    in_degree: int | None  # None unless the analysis is directed
    out_degree: int | None
    strength: float | None  # None unless the analysis is weighted
    betweenness: float | None
    closeness: float | None
    eigenvector: float | None
    pagerank: float | None
    constraint: float | None  # None for isolates
    effective_size: float | None
    community: int | None  # index into AnalysisReport.communities; None for isolates
    articulation_point: bool
    cuts_off: int  # how many actors lose touch if it leaves
    k_core: int
    brokerage: Brokerage

    def measure(self, code: str) -> float | None:
        """The value of the ranked measure `code` (a field name; brokerage: all roles together) as a
        number, None where undefined. For tables that let the user choose the measure."""
        value = FIGURES[code](self)
        return None if value is None else float(value)


FIGURES: Mapping[str, Callable[[ActorFigures], float | None]] = MappingProxyType({
    "degree": lambda a: a.degree,
    "degree_centrality": lambda a: a.degree_centrality,
    "in_degree": lambda a: a.in_degree,
    "out_degree": lambda a: a.out_degree,
    "strength": lambda a: a.strength,
    "betweenness": lambda a: a.betweenness,
    "closeness": lambda a: a.closeness,
    "eigenvector": lambda a: a.eigenvector,
    "pagerank": lambda a: a.pagerank,
    "constraint": lambda a: a.constraint,
    "effective_size": lambda a: a.effective_size,
    "cuts_off": lambda a: a.cuts_off,
    "k_core": lambda a: a.k_core,
    "brokerage": lambda a: a.brokerage.total,
})
"""An actor's numeric figures by field name, as they are (ints stay ints; brokerage: all roles together):
a closed table, so an unknown code is a KeyError, not a silent None."""
