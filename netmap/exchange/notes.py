"""What a reader tells besides the map: what it left out, and the choices the file offers.

A reader that leaves something out (a hyperedge, a permutation, the other networks of a Pajek
project) calls `note` while it reads; one that finds a choice for the user (the networks of a
project file, partitions that could be categories or clusters) calls `offer`. Whoever wants to
know reads inside `collecting_notes()`, which yields the `SourceFacts` filled in. Readers keep
their plain signature (path in, map out), and a reader called outside a collection tells nothing.
What the map itself shows (self-loops, parallel ties) is counted from the map read, by `map_notes`.

The notes are codes and counts; `describe_note` turns one into a sentence in the user's language.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum

from netmap.domain import MapState, tie_match_key
from netmap.i18n import tr

__all__ = ["Left", "Note", "SourceFacts", "collecting_notes", "describe_note", "map_notes", "merge_notes", "note",
           "offer"]


class Left(StrEnum):
    """What was left out (or changed) while importing."""

    SELF_LOOPS = "self_loops"
    PARALLEL_TIES = "parallel_ties"
    HYPEREDGES = "hyperedges"
    OTHER_GRAPHS = "other_graphs"
    NETWORKS = "networks"
    PERMUTATIONS = "permutations"
    TIME_POINTS = "time_points"
    ATTRIBUTES = "attributes"


@dataclass(frozen=True)
class Note:
    """`count` items of one kind left out; `detail` names them where a name helps (attribute titles)."""

    what: Left
    count: int
    detail: str = ""


@dataclass
class SourceFacts:
    """What one reading of a file told: notes, the file's networks (the one read first) and the
    actor attributes that are partitions (offered as category or cluster)."""

    notes: list[Note] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    network: str = ""
    partitions: list[str] = field(default_factory=list)
    timeline: list[str] = field(default_factory=list)  # time points of a dynamic file, earliest first
    actors_read: int = 0
    ties_read: int = 0


_current: contextvars.ContextVar[SourceFacts | None] = contextvars.ContextVar("netmap_source_facts", default=None)


def note(what: Left, count: int = 1, detail: str = "") -> None:
    """Record that `count` items were left out (nothing happens outside `collecting_notes`)."""
    facts = _current.get()
    if facts is not None and count > 0:
        facts.notes.append(Note(what, count, detail))


def offer(*, networks: list[str] | None = None, network: str = "", partition: str = "",
          timeline: list[str] | None = None) -> None:
    """Record a choice the file offers: its networks (and the one read), a partition attribute, or
    the time points of a dynamic file."""
    facts = _current.get()
    if facts is None:
        return
    if timeline is not None:
        facts.timeline = list(timeline)
    if networks is not None:
        facts.networks, facts.network = list(networks), network
    if partition and partition not in facts.partitions:
        facts.partitions.append(partition)


@contextmanager
def collecting_notes() -> Iterator[SourceFacts]:
    """Collect what the readers called inside tell; complete when the block ends."""
    facts = SourceFacts()
    token = _current.set(facts)
    try:
        yield facts
    finally:
        _current.reset(token)


def map_notes(state: MapState) -> list[Note]:
    """Notes about a map read from a file: self-loops (an import leaves them out) and parallel ties."""
    loops = sum(1 for t in state.ties if t.source == t.target)
    keys = [tie_match_key(t.source, t.target, t.kind, t.direction) for t in state.ties if t.source != t.target]
    parallel = len(keys) - len(set(keys))
    return [n for n in (Note(Left.SELF_LOOPS, loops), Note(Left.PARALLEL_TIES, parallel)) if n.count]


def merge_notes(notes: list[Note]) -> tuple[Note, ...]:
    """One note per kind and detail, counts added up, in the order first seen."""
    merged: dict[tuple[Left, str], int] = {}
    for n in notes:
        merged[(n.what, n.detail)] = merged.get((n.what, n.detail), 0) + n.count
    return tuple(Note(what, count, detail) for (what, detail), count in merged.items())


def describe_note(n: Note) -> str:
    """The note as a sentence in the installed language ("Self-loops left out (...): 40")."""
    count = n.count  # lupdate reads a plain name as the count, not an attribute
    texts = {
        Left.SELF_LOOPS: tr("Import", "Self-loops left out (a tie from an actor to itself): %n", None, count),
        Left.PARALLEL_TIES: tr("Import", "Parallel ties of one kind between the same actors, kept (the analysis "
                                         "counts each pair once): %n", None, count),
        Left.HYPEREDGES: tr("Import", "Hyperedges left out (a tie joins two actors): %n", None, count),
        Left.OTHER_GRAPHS: tr("Import", "Further graphs of the file left out (the first is read): %n", None, count),
        Left.NETWORKS: tr("Import", "Further networks of the project file not imported: %n", None, count),
        Left.PERMUTATIONS: tr("Import", "Permutations skipped (an order of vertices, not a network): %n", None,
                              count),
        Left.TIME_POINTS: tr("Import", "Time points not kept as snapshots: %n", None, count),
        Left.ATTRIBUTES: tr("Import", "Values of attributes NetMap does not carry, left out: %n", None, count),
    }
    text = texts[n.what]
    return f"{text} ({n.detail})" if n.detail else text
