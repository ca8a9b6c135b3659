"""Where a new actor goes: near the actor it was named after, or the middle of the view, never on
top of another actor."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

__all__ = ["MIN_DISTANCE", "free_spot", "grid_around"]

MIN_DISTANCE = 110.0
"""Centre to centre, in scene units: room for an actor and its label."""

_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def free_spot(anchor: tuple[float, float], taken: Iterable[tuple[float, float]], *, around_actor: bool,
              min_distance: float = MIN_DISTANCE) -> tuple[float, float]:
    """The first free place on a spiral around `anchor`; starting one ring out when the anchor is an
    actor (a new actor named after another goes next to it, not on it). A grid of cells as wide as
    `min_distance` keeps each probe to the few actors nearby, also on a map of thousands."""
    cells: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for px, py in taken:
        cells[(math.floor(px / min_distance), math.floor(py / min_distance))].append((px, py))
    limit = min_distance ** 2

    def free(x: float, y: float) -> bool:
        cx, cy = math.floor(x / min_distance), math.floor(y / min_distance)
        return all((x - px) ** 2 + (y - py) ** 2 >= limit
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1) for px, py in cells.get((cx + dx, cy + dy), ()))

    start = 1.4 if around_actor else 0.0
    for step in range(20000):
        radius = min_distance * (start + 0.35 * math.sqrt(step))
        angle = step * _GOLDEN_ANGLE - math.pi / 2
        x, y = anchor[0] + radius * math.cos(angle), anchor[1] + radius * math.sin(angle)
        if free(x, y):
            return (round(x, 1), round(y, 1))
    return (anchor[0] + min_distance, anchor[1])


def grid_around(centre: tuple[float, float], count: int,
                spacing: float = MIN_DISTANCE * 1.6) -> list[tuple[float, float]]:
    """`count` places in a compact grid centred on `centre` (names pasted as a list)."""
    columns = max(1, math.ceil(math.sqrt(count)))
    rows = math.ceil(count / columns)
    x0 = centre[0] - (columns - 1) * spacing / 2
    y0 = centre[1] - (rows - 1) * spacing / 2
    return [(x0 + (i % columns) * spacing, y0 + (i // columns) * spacing) for i in range(count)]
