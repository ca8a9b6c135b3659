"""The label declutter's rounds: one rule for the canvas (ui/canvas/declutter.py) and the poster's
drawing (drawing.py), which differ only in what they hold their actors in.

A round gathers the labels in order of importance, sized for the current zoom, with the cluster
headings as obstacles and the map's frame as bounds, and gives each a free place or hides it
(labels.place_labels). Hulls follow their members' labels, which can move headings: `settle`
then runs another round against the headings' new places, three rounds at most.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QRectF

from netmap.render.labels import LabelRequest, Rect, place_labels

__all__ = ["LABEL_GAP", "ROUNDS", "label_frame", "place_ranked", "settle"]

LABEL_GAP = 2.0
"""Screen pixels (at 96 dpi) kept free between the backgrounds of two labels."""
ROUNDS = 3
"""At most this many declutter rounds in one pass."""

Key = TypeVar("Key")
Changed = TypeVar("Changed")


def label_frame(extents: Iterable[tuple[float, float, Rect]]) -> Rect:
    """The frame labels stay inside: every actor at (x, y) with its label's `extent` below it
    (so the map's extent, and fit-all, do not depend on where labels went)."""
    left = top = math.inf
    right = bottom = -math.inf
    for x, y, (x0, y0, x1, y1) in extents:
        left = min(left, x + x0)
        right = max(right, x + x1)
        top = min(top, y + y0)
        bottom = max(bottom, y + y1)
    return left, top, right, bottom


def place_ranked(ranked: list[tuple[Any, Key, LabelRequest]], headings: Iterable[QRectF], frame: Rect, *,
                 gap: float, cache: dict[str, Any]) -> list[tuple[Key, int | None]]:
    """One round: the labels of `ranked` (rank, key, request), sorted here by rank (most
    important first, ties keep their order), kept `gap` apart and clear of the `headings`,
    inside `frame` grown by half the gap; returns (key, place or None) in that order."""
    ranked.sort(key=lambda entry: entry[0])
    obstacles = [(a.left(), a.top(), a.right(), a.bottom()) for a in headings if not a.isNull()]
    g = gap / 2
    left, top, right, bottom = frame
    places = place_labels([request for _, _, request in ranked], obstacles,
                          bounds=(left - g, top - g, right + g, bottom + g), gap=gap, cache=cache)
    return [(key, place) for (_, key, _), place in zip(ranked, places)]


def settle(place_once: Callable[[], set[Changed]], headings: Callable[[], list[QRectF]],
           follow: Callable[[set[Changed]], None]) -> None:
    """Rounds of `place_once` (returns the clusters whose members' labels changed) until nothing
    changes, `follow` (the changed hulls, then the headings arranged again) leaves the
    `headings` where they were, or ROUNDS ran."""
    for _ in range(ROUNDS):
        changed = place_once()
        if not changed:
            break
        before = headings()
        follow(changed)
        if before == headings():
            break
