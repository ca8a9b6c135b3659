"""What the room thinks of an actor: the median and the spread of its anonymous votes.

The handbook wants the discussion, not a single number: an actor rated 2 by some and 9 by others
is worth talking about. Influence votes are summed up as median and range (a Net-Map influence
tower with its range); attitudes as counts. "Disagreement" adds the influence range (as a share of
the 0-10 scale) and how divided the attitudes are (0 when all agree, up to 2/3 when evenly split),
so each part weighs the same and a reader can follow it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median

from netmap.domain import Actor, Attitude
from netmap.participation.store import Vote

__all__ = ["DotTotals", "RoomView", "dot_totals", "most_disagreed", "room_views"]


@dataclass(frozen=True)
class RoomView:
    """The votes on one actor. `median`, `low`, `high` are None without influence votes."""

    actor_uid: str
    votes: int
    median: float | None
    low: int | None
    high: int | None
    supportive: int = 0
    neutral: int = 0
    critical: int = 0

    @property
    def spread(self) -> int:
        """Highest minus lowest influence vote (0 with fewer than two)."""
        return 0 if self.low is None or self.high is None else self.high - self.low

    @property
    def attitude_split(self) -> float:
        """1 minus the share of the most common attitude: 0 when the room agrees."""
        counts = (self.supportive, self.neutral, self.critical)
        total = sum(counts)
        return 0.0 if total == 0 else 1.0 - max(counts) / total

    @property
    def disagreement(self) -> float:
        return self.spread / 10 + self.attitude_split


def room_views(votes: Iterable[Vote]) -> dict[str, RoomView]:
    """One summary per actor uid that has votes."""
    by_actor: dict[str, list[Vote]] = {}
    for vote in votes:
        by_actor.setdefault(vote.actor_uid, []).append(vote)
    views: dict[str, RoomView] = {}
    for uid, cast in by_actor.items():
        levels = sorted(v.influence for v in cast if v.influence is not None)
        attitudes = [v.attitude for v in cast if v.attitude is not None]
        views[uid] = RoomView(
            uid, len(cast), float(median(levels)) if levels else None,
            levels[0] if levels else None, levels[-1] if levels else None,
            attitudes.count(Attitude.SUPPORTIVE), attitudes.count(Attitude.NEUTRAL),
            attitudes.count(Attitude.CRITICAL))
    return views


def most_disagreed(views: dict[str, RoomView], *, limit: int = 5) -> list[RoomView]:
    """The actors the room disagrees on most (at least two votes and some disagreement), most first."""
    candidates = [v for v in views.values() if v.votes >= 2 and v.disagreement > 0]
    candidates.sort(key=lambda v: (-v.disagreement, -v.votes, v.actor_uid))
    return candidates[:limit]


@dataclass(frozen=True)
class DotTotals:
    """All priority dots on the map, and the actors that got any, most dots first."""

    total: int
    ranking: tuple[tuple[str, int], ...]  # (actor name, dots)


def dot_totals(actors: Iterable[Actor]) -> DotTotals:
    dotted = sorted(((a.name, a.dots) for a in actors if a.dots > 0), key=lambda item: (-item[1], item[0].casefold()))
    return DotTotals(sum(d for _, d in dotted), tuple(dotted))
