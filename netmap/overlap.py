"""Pushing overlapping rectangles apart inside a frame: room for every name on a wall map.

A projected map must show every actor's name at a size the back row can read, with the whole
map on screen. Hiding names (the screen's declutter) is no answer on a poster wall, and shrinking
them is none either: the only room left is between the actors. `separate` moves each actor's
box (its circle with its label) as little as it can so that no two boxes overlap and all stay
inside the frame; neighbours stay neighbours, so the group's mental map survives.

The method is the simple one that works at workshop sizes (tens to a few hundred actors):
sweep the boxes by their left edge, push each overlapping pair apart along the axis where they
overlap least (half each), clamp to the frame, repeat until nothing overlaps.

When the names take more than about half of the frame, pushing jams (boxes wedge against the
frame's edges). `pack_groups` then lays the map out afresh and keeps what the group sees: each
cluster stays one block with room for its heading, blocks and the actors in them keep their
order top to bottom and left to right (rows of a shelf packing), and spare room is shared out
between the rows. Plain geometry: no Qt, any units.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Box", "Group", "overlapping_pairs", "pack_groups", "separate"]

Box = tuple[float, float, float, float]
"""(left, top, right, bottom)."""


def separate(boxes: Sequence[Box], frame: Box, *, gap: float = 0.0, rounds: int = 500) -> list[tuple[float, float]]:
    """How far to move each box, (dx, dy), so that boxes keep `gap` from each other and stay
    inside `frame` (a box larger than the frame is centred on it along that axis).

    Returns the best found after `rounds` sweeps when the boxes cannot all fit.

    >>> [(round(dx, 3), round(dy, 3)) for dx, dy in separate([(0, 0, 10, 10), (5, 0, 15, 10)], (-50, -50, 50, 50))]
    [(-2.5, 0.0), (2.5, 0.0)]
    """
    n = len(boxes)
    cx = [(b[0] + b[2]) / 2 for b in boxes]
    cy = [(b[1] + b[3]) / 2 for b in boxes]
    hw = [(b[2] - b[0]) / 2 + gap / 2 for b in boxes]
    hh = [(b[3] - b[1]) / 2 + gap / 2 for b in boxes]
    fx0, fy0, fx1, fy1 = frame[0] + gap / 2, frame[1] + gap / 2, frame[2] - gap / 2, frame[3] - gap / 2

    def clamp(i: int) -> None:
        cx[i] = _clamp(cx[i], fx0 + hw[i], fx1 - hw[i])
        cy[i] = _clamp(cy[i], fy0 + hh[i], fy1 - hh[i])

    for i in range(n):
        clamp(i)
    for _ in range(rounds):
        order = sorted(range(n), key=lambda k: cx[k] - hw[k])
        pushed = False
        for a_pos, i in enumerate(order):
            right = cx[i] + hw[i]
            for j in order[a_pos + 1:]:
                if cx[j] - hw[j] >= right:
                    break
                ox = hw[i] + hw[j] - abs(cx[i] - cx[j])
                oy = hh[i] + hh[j] - abs(cy[i] - cy[j])
                if ox <= 1e-9 or oy <= 1e-9:
                    continue
                pushed = True
                if ox < oy:
                    step = ox / 2 + 1e-6
                    sign = 1.0 if cx[j] > cx[i] or (cx[j] == cx[i] and j > i) else -1.0
                    cx[i] -= sign * step
                    cx[j] += sign * step
                else:
                    step = oy / 2 + 1e-6
                    sign = 1.0 if cy[j] > cy[i] or (cy[j] == cy[i] and j > i) else -1.0
                    cy[i] -= sign * step
                    cy[j] += sign * step
                clamp(i)
                clamp(j)
                right = cx[i] + hw[i]
        if not pushed:
            break
    return [(cx[i] - (b[0] + b[2]) / 2, cy[i] - (b[1] + b[3]) / 2) for i, b in enumerate(boxes)]


@dataclass(frozen=True)
class Group:
    """Boxes that stay together (a cluster), with room for a heading of `heading` (width, height) above."""

    members: tuple[int, ...]
    heading: tuple[float, float] = (0.0, 0.0)


def pack_groups(boxes: Sequence[Box], groups: Sequence[Group], frame: Box, *, gap: float,
                group_gap: float) -> tuple[list[tuple[float, float]], float]:
    """Shifts (dx, dy) per box that put the groups as blocks in rows inside `frame`; also how many
    times the frame the packing needs (at most 1.0: it fits).

    The blocks go into one to five bands, top to bottom as their centres are; the blocks of a
    band share its height and are as narrow as that height allows, and each band's height is the
    least that lets its blocks fill the frame's width. Every box must be in exactly one group
    (a lone actor is a group of one)."""
    fw, fh = frame[2] - frame[0], frame[3] - frame[1]
    centres = [_centre(boxes, g) for g in groups]
    order = sorted(range(len(groups)), key=lambda k: centres[k][1])
    areas = [sum((boxes[i][2] - boxes[i][0] + gap) * (boxes[i][3] - boxes[i][1] + gap) for i in g.members)
             for g in groups]
    best: tuple[float, list[list[_Block]]] | None = None
    for count in range(1, min(5, len(groups)) + 1):
        bands = _split(order, areas, count)
        packed = []
        for keys in bands:
            packed.append(_band(boxes, [groups[k] for k in sorted(keys, key=lambda k: centres[k][0])], fw, gap,
                                group_gap))
        width = max(sum(b.w for b in band) + group_gap * (len(band) - 1) for band in packed)
        height = sum(max(b.h for b in band) for band in packed) + group_gap * (len(packed) - 1)
        need = max(width / fw, height / fh)
        if best is None or need < best[0]:
            best = (need, packed)
    assert best is not None
    need, bands_packed = best
    heights = [max(b.h for b in band) for band in bands_packed]
    spare_y = max(0.0, fh - sum(heights) - group_gap * (len(bands_packed) - 1))
    y = frame[1] + spare_y / (len(bands_packed) + 1)
    shifts: list[tuple[float, float]] = [(0.0, 0.0)] * len(boxes)
    for band, band_h in zip(bands_packed, heights):
        used = sum(b.w for b in band) + group_gap * (len(band) - 1)
        spare_x = max(0.0, fw - used)
        x = frame[0] + spare_x / (len(band) + 1)
        for block in band:
            top = y + (band_h - block.h) / 2
            for index, (ox, oy) in block.places.items():
                b = boxes[index]
                shifts[index] = (x + ox - b[0], top + oy - b[1])
            x += block.w + group_gap + spare_x / (len(band) + 1)
        y += band_h + group_gap + spare_y / (len(bands_packed) + 1)
    return shifts, need


def _centre(boxes: Sequence[Box], group: Group) -> tuple[float, float]:
    xs = [(boxes[i][0] + boxes[i][2]) / 2 for i in group.members]
    ys = [(boxes[i][1] + boxes[i][3]) / 2 for i in group.members]
    return sum(xs) / len(xs), sum(ys) / len(ys)


def _split(order: list[int], areas: list[float], count: int) -> list[list[int]]:
    """`order` cut into `count` consecutive runs of about equal area."""
    total = sum(areas)
    bands: list[list[int]] = [[]]
    done = 0.0
    for k in order:
        if bands[-1] and len(bands) < count and done >= total * len(bands) / count:
            bands.append([])
        bands[-1].append(k)
        done += areas[k]
    return bands


def _band(boxes: Sequence[Box], groups: Sequence[Group], width: float, gap: float,
          group_gap: float) -> list[_Block]:
    """The groups side by side, each as narrow as the band's height allows, with the least
    height at which they fit into `width` (or the widest, lowest packing when none does)."""
    def at(height: float) -> list[_Block]:
        return [_block_for_height(boxes, g, height, gap) for g in groups]

    def used(blocks: list[_Block]) -> float:
        return sum(b.w for b in blocks) + group_gap * (len(blocks) - 1)

    low = max(max(boxes[i][3] - boxes[i][1] for i in g.members) + g.heading[1] for g in groups)
    high = sum(sum(boxes[i][3] - boxes[i][1] + gap for i in g.members) + g.heading[1] for g in groups)
    if used(at(high)) > width:
        return at(high)
    for _ in range(24):
        middle = (low + high) / 2
        if used(at(middle)) <= width:
            high = middle
        else:
            low = middle
    return at(high)


def _block_for_height(boxes: Sequence[Box], group: Group, height: float, gap: float) -> _Block:
    """The narrowest packing of the group no higher than `height` (a single row when none is)."""
    widest = sum(boxes[i][2] - boxes[i][0] + gap for i in group.members) + group.heading[0]
    low = max([boxes[i][2] - boxes[i][0] for i in group.members] + [group.heading[0]])
    block = _block(boxes, group, low, gap)
    if block.h <= height:
        return block
    best = _block(boxes, group, widest, gap)
    high = widest
    for _ in range(18):
        middle = (low + high) / 2
        block = _block(boxes, group, middle, gap)
        if block.h <= height:
            best, high = block, middle
        else:
            low = middle
    return best


@dataclass
class _Block:
    cx: float
    cy: float
    w: float
    h: float
    places: dict[int, tuple[float, float]]
    """Each member's box's top-left corner within the block."""


def _block(boxes: Sequence[Box], group: Group, target: float, gap: float) -> _Block:
    """A group's members in rows (top to bottom, left to right as they were) no wider than
    `target`, under its heading."""
    members = list(group.members)
    sizes = {i: (boxes[i][2] - boxes[i][0], boxes[i][3] - boxes[i][1]) for i in members}
    head_w, head_h = group.heading
    centres = [((boxes[i][0] + boxes[i][2]) / 2, (boxes[i][1] + boxes[i][3]) / 2, sizes[i][0]) for i in members]
    rows = _rows(centres, target, gap)
    places: dict[int, tuple[float, float]] = {}
    y = head_h + (gap if head_h else 0.0)
    width = head_w
    for row in rows:
        width = max(width, sum(sizes[members[k]][0] for k in row) + gap * (len(row) - 1))
    for row in rows:
        row_w = sum(sizes[members[k]][0] for k in row) + gap * (len(row) - 1)
        x = (width - row_w) / 2
        row_h = max(sizes[members[k]][1] for k in row)
        for k in row:
            w, h = sizes[members[k]]
            places[members[k]] = (x, y + (row_h - h) / 2)
            x += w + gap
        y += row_h + gap
    cx = sum(c[0] for c in centres) / len(centres)
    cy = sum(c[1] for c in centres) / len(centres)
    return _Block(cx, cy, width, y - gap, places)


def _rows(items: Sequence[tuple[float, float, float]], width: float, gap: float) -> list[list[int]]:
    """Items (centre x, centre y, width) into rows no wider than `width`: top to bottom by their
    centre's y, each row left to right by x."""
    order = sorted(range(len(items)), key=lambda k: items[k][1])
    rows: list[list[int]] = []
    row: list[int] = []
    used = 0.0
    for k in order:
        w = items[k][2]
        if row and used + gap + w > width:
            rows.append(row)
            row, used = [], 0.0
        used += (gap if row else 0.0) + w
        row.append(k)
    if row:
        rows.append(row)
    return [sorted(r, key=lambda k: items[k][0]) for r in rows]


def overlapping_pairs(boxes: Sequence[Box]) -> list[tuple[int, int]]:
    """The pairs of boxes that overlap (touching edges do not count)."""
    pairs = []
    order = sorted(range(len(boxes)), key=lambda k: boxes[k][0])
    for a_pos, i in enumerate(order):
        for j in order[a_pos + 1:]:
            if boxes[j][0] >= boxes[i][2]:
                break
            if min(boxes[i][3], boxes[j][3]) > max(boxes[i][1], boxes[j][1]):
                pairs.append((min(i, j), max(i, j)))
    return pairs


def _clamp(value: float, low: float, high: float) -> float:
    if low > high:  # larger than the frame: centred
        return (low + high) / 2
    return min(max(value, low), high)
