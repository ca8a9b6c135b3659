"""Actor labels: wrapped, centred, at most a few lines, laid out once and drawn many times
(`LabelLayout`); and placed where they overlap nothing (`place_labels`).

Placement is greedy: labels come in order of importance; each tries its candidate places in turn
(below its actor, above, right, left, then the corners) and takes the first one that touches no
label placed before, no obstacle (cluster headings), no other actor's circle and stays inside
the bounds. A label without a free place is hidden; a forced one (selected, hovered, the key
actor) is shown anyway, at its least crowded place. It is plain geometry: rectangles are
(x0, y0, x1, y1) in one coordinate system (the canvas passes the map's units with labels sized for
the current zoom, and the gap in those units). Labels, obstacles and circles sit in one uniform
grid of buckets, so a candidate only looks at its neighbourhood.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

__all__ = ["LabelLayout", "LabelRequest", "Rect", "place_labels"]

Rect = tuple[float, float, float, float]

_WORD = re.compile(r"[^\s-]+-?")  # a word, or the part of a compound up to its hyphen (a break is allowed there)


class LabelLayout:
    """`text` wrapped at `max_width` (at word boundaries, inside a word only when it must), centred
    on x = 0 with its top at y = 0; more than `max_lines` lines end in an ellipsis.

    A long word (German has many: "Integrationsbeauftragte") widens the label up to
    `MAX_WIDENING` times `max_width` rather than being broken in the middle."""

    MAX_WIDENING = 1.7

    def __init__(self, text: str, font: QFont, max_width: float, max_lines: int = 4) -> None:
        self.text = " ".join(text.split())  # line breaks and runs of blanks would make odd labels
        self.font = QFont(font)
        metrics = QFontMetricsF(self.font)
        whole = metrics.horizontalAdvance(self.text)
        if whole <= max_width:
            # One line, most labels: measured and drawn as plain text, no text layout to build
            # (a poster of 5,000 actors would spend a fifth of its time on them).
            self.max_width = max_width
            self._layout: QTextLayout | None = None
            self._baseline = metrics.ascent()
            self.rect = QRectF(-whole / 2, 0.0, whole, metrics.height())
            return
        longest = max((metrics.horizontalAdvance(word) for word in _WORD.findall(self.text)), default=0.0)
        self.max_width = min(max(max_width, longest + 1.0), max_width * self.MAX_WIDENING)
        self._layout, lines = self._make(self.text)
        if lines > max_lines:
            self._layout, _ = self._make(self._shortened(max_lines))
        widest = 0.0
        height = 0.0
        for i in range(self._layout.lineCount()):
            line = self._layout.lineAt(i)
            widest = max(widest, line.naturalTextWidth())
            height = line.y() + line.height()
        self.rect = QRectF(-widest / 2, 0.0, widest, height)

    def _make(self, text: str) -> tuple[QTextLayout, int]:
        layout = QTextLayout(text, self.font)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        y = 0.0
        count = 0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.max_width)
            line.setPosition(QPointF(0.0, y))
            y += line.height()
            count += 1
        layout.endLayout()
        return layout, count

    def _shortened(self, max_lines: int) -> str:
        """The text of the first lines, the last of them elided."""
        assert self._layout is not None  # laid out in lines already
        last = self._layout.lineAt(max_lines - 1)
        head = self.text[:last.textStart()]
        tail = QFontMetricsF(self.font).elidedText(self.text[last.textStart():], Qt.TextElideMode.ElideRight,
                                                   self.max_width)
        return head + tail

    def draw(self, painter: QPainter, top: float) -> None:
        """Draw the text with the painter's pen; changes the painter's font."""
        if self._layout is None:
            painter.setFont(self.font)
            painter.drawText(QPointF(self.rect.left(), top + self._baseline), self.text)
        else:
            self._layout.draw(painter, QPointF(-self.max_width / 2, top))


class LabelRequest(NamedTuple):
    """One label: its actor at (x, y) with the circle's `radius`, and the label's candidate
    places as rectangles relative to (x, y), in order of preference. The actor's own circle
    never blocks its own label; a `forced` label is shown even without a free place."""

    x: float
    y: float
    radius: float
    boxes: Sequence[Rect]
    forced: bool = False


def place_labels(requests: Sequence[LabelRequest], obstacles: Iterable[Rect] = (), *,
                 bounds: Rect | None = None, gap: float = 0.0, cache: dict[str, Any] | None = None) -> list[int | None]:
    """The index of the box each label is shown at, or None where it is hidden.

    `requests` come in order of importance (most important first). Every other actor's circle
    and every rectangle of `obstacles` block a label; a box that leaves `bounds` is not used
    (the canvas keeps labels inside the map's frame, so that fit-all does not depend on where
    labels went). Labels keep `gap` from each other, from circles and from obstacles. `cache`
    (an empty dict at first, then the same one again) keeps the grid of circles from one pass to
    the next while the actors do not move.

    Two actors on the same spot: the second label finds the first one's label below and the
    first one's circle on the right, and stays hidden.

    >>> below, right = (-10.0, 6.0, 10.0, 12.0), (4.0, -3.0, 24.0, 3.0)
    >>> first = LabelRequest(0.0, 0.0, 5.0, [below, right])
    >>> second = LabelRequest(0.0, 0.0, 5.0, [below, right])
    >>> place_labels([first, second])
    [0, None]
    """
    if not requests:
        return []
    g = gap / 2  # every label, circle and obstacle grows by half the gap
    inv = 1.0 / _cell_size(requests)
    cells, circles = _circle_grid(requests, inv, g, cache if cache is not None else {})
    add = _adder(cells, inv)
    for x0, y0, x1, y1 in obstacles:
        add(x0 - g, y0 - g, x1 + g, y1 + g)
    left, top, right, bottom = bounds if bounds is not None else (-math.inf, -math.inf, math.inf, math.inf)
    get = cells.get
    placed: list[int | None] = []
    for index, (x, y, _, boxes, forced) in enumerate(requests):
        choice = None
        k = -1
        for bx0, by0, bx1, by1 in boxes:
            k += 1
            x0, y0, x1, y1 = x + bx0 - g, y + by0 - g, x + bx1 + g, y + by1 + g
            if x0 < left or x1 > right or y0 < top or y1 > bottom:
                continue
            # Free? No rectangle, and no circle but its own, touches it (inlined: the hot loop).
            free = True
            rows = range(int(y0 * inv + _OFFSET), int(y1 * inv + _OFFSET) + 1)
            for gx in range(int(x0 * inv + _OFFSET), int(x1 * inv + _OFFSET) + 1):
                base = gx * _ROW
                for gy in rows:
                    bucket = get(base + gy)
                    if bucket is None:
                        continue
                    for a0, b0, a1, b1, other in bucket:
                        if a0 < x1 and x0 < a1 and b0 < y1 and y0 < b1:
                            if other < 0:
                                free = False
                                break
                            if other != index:
                                cx, cy, r2 = circles[other]
                                dx = x0 - cx if cx < x0 else (cx - x1 if cx > x1 else 0.0)
                                dy = y0 - cy if cy < y0 else (cy - y1 if cy > y1 else 0.0)
                                if dx * dx + dy * dy < r2:
                                    free = False
                                    break
                    if not free:
                        break
                if not free:
                    break
            if free:
                choice = k
                add(x0, y0, x1, y1)
                break
        if choice is None and forced and boxes:
            choice = _least_crowded(cells, circles, inv, requests[index], index, g, (left, top, right, bottom))
            bx0, by0, bx1, by1 = boxes[choice]
            add(x + bx0 - g, y + by0 - g, x + bx1 + g, y + by1 + g)
        placed.append(choice)
    return placed


_OFFSET = 1 << 20  # cell numbers are made positive, so that int() rounds down
_ROW = 1 << 22  # a cell's key: column * _ROW + row

# The grid: buckets of entries (x0, y0, x1, y1, owner), a rectangle (owner -1: a label or an
# obstacle) or the box around the circle of request `owner` (tested exactly when it is hit).
_Entry = tuple[float, float, float, float, int]
_Cells = dict[int, list[_Entry]]


def _cell_size(requests: Sequence[LabelRequest]) -> float:
    """About half the usual label's width, rounded to a power of two (so that the grid of circles
    can be kept over zooms that change labels a little)."""
    widths = sorted(r.boxes[0][2] - r.boxes[0][0] for r in requests if r.boxes) or [0.0]
    radii = sorted(r.radius for r in requests)
    wanted = max(widths[len(widths) // 2] / 2, 4 * radii[len(radii) // 2], 1e-3)
    return float(2.0 ** round(math.log2(wanted)))


def _circle_grid(requests: Sequence[LabelRequest], inv: float, g: float,
                 cache: dict[str, Any]) -> tuple[_Cells, list[tuple[float, float, float]]]:
    """A fresh grid with every actor's circle (grown by `g`) in it, and the circles (cx, cy, r²)."""
    shapes = [(x, y, radius) for x, y, radius, _, _ in requests]
    if cache.get("inv") != inv or cache.get("g", -1.0) < g or cache.get("shapes") != shapes:
        pad = 2 * g  # room for a larger gap next time (zoomed out a little further)
        cells: _Cells = {}
        add = _adder(cells, inv)
        for owner, (cx, cy, radius) in enumerate(shapes):
            r = radius + pad
            add(cx - r, cy - r, cx + r, cy + r, owner)
        cache.update(inv=inv, g=pad, shapes=shapes, cells=cells)
    circles = [(cx, cy, (radius + g) * (radius + g)) for cx, cy, radius in shapes]
    return {key: bucket.copy() for key, bucket in cache["cells"].items()}, circles


class _Add(Protocol):
    def __call__(self, x0: float, y0: float, x1: float, y1: float, owner: int = -1) -> None: ...


def _adder(cells: _Cells, inv: float) -> _Add:
    def add(x0: float, y0: float, x1: float, y1: float, owner: int = -1) -> None:
        """A placed label or an obstacle (owner -1), or the box around request `owner`'s circle."""
        entry = (x0, y0, x1, y1, owner)
        rows = range(int(y0 * inv + _OFFSET), int(y1 * inv + _OFFSET) + 1)
        for gx in range(int(x0 * inv + _OFFSET), int(x1 * inv + _OFFSET) + 1):
            base = gx * _ROW
            for gy in rows:
                bucket = cells.get(base + gy)
                if bucket is None:
                    cells[base + gy] = [entry]
                else:
                    bucket.append(entry)
    return add


def _least_crowded(cells: _Cells, circles: list[tuple[float, float, float]], inv: float, request: LabelRequest,
                   owner: int, g: float, bounds: Rect) -> int:
    """The box of a forced label that touches the fewest labels, obstacles and circles (leaving
    the bounds counts as many)."""
    left, top, right, bottom = bounds
    counts = []
    for bx0, by0, bx1, by1 in request.boxes:
        x0, y0, x1, y1 = request.x + bx0 - g, request.y + by0 - g, request.x + bx1 + g, request.y + by1 + g
        hits: set[int] = set()
        for gx in range(int(x0 * inv + _OFFSET), int(x1 * inv + _OFFSET) + 1):
            for gy in range(int(y0 * inv + _OFFSET), int(y1 * inv + _OFFSET) + 1):
                for entry in cells.get(gx * _ROW + gy, ()):
                    a0, b0, a1, b1, other = entry
                    if not (a0 < x1 and x0 < a1 and b0 < y1 and y0 < b1) or other == owner:
                        continue
                    if other >= 0:
                        cx, cy, r2 = circles[other]
                        dx, dy = max(x0 - cx, 0.0, cx - x1), max(y0 - cy, 0.0, cy - y1)
                        if dx * dx + dy * dy >= r2:
                            continue
                    hits.add(id(entry))
        inside = left <= x0 and x1 <= right and top <= y0 and y1 <= bottom
        counts.append(len(hits) + (0 if inside else 1000))
    return counts.index(min(counts))
