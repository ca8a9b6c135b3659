"""Pushing name boxes apart inside a frame (netmap.overlap), as presentation mode does."""

from __future__ import annotations

import random

from netmap.overlap import Group, overlapping_pairs, pack_groups, separate


def _moved(boxes, shifts):  # type: ignore[no-untyped-def]
    return [(b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy) for b, (dx, dy) in zip(boxes, shifts)]


def _inside(box, frame) -> bool:  # type: ignore[no-untyped-def]
    return box[0] >= frame[0] - 1e-6 and box[1] >= frame[1] - 1e-6 and box[2] <= frame[2] + 1e-6 \
        and box[3] <= frame[3] + 1e-6


def test_two_overlapping_boxes_move_apart_by_half_each() -> None:
    shifts = separate([(0, 0, 10, 10), (5, 0, 15, 10)], (-100, -100, 100, 100))
    assert [(round(dx, 3), round(dy, 3)) for dx, dy in shifts] == [(-2.5, 0.0), (2.5, 0.0)]


def test_boxes_with_room_end_apart_inside_the_frame_and_stay_near() -> None:
    rng = random.Random(3)
    boxes = []
    for _ in range(30):
        x, y = rng.uniform(0, 400), rng.uniform(0, 300)
        boxes.append((x, y, x + rng.uniform(20, 60), y + rng.uniform(10, 25)))
    frame = (-20, -20, 520, 380)
    shifts = separate(boxes, frame, gap=2)
    moved = _moved(boxes, shifts)
    assert overlapping_pairs(moved) == []
    assert all(_inside(b, frame) for b in moved)
    assert max(abs(dx) + abs(dy) for dx, dy in shifts) < 200


def test_packing_keeps_groups_together_in_order_and_inside() -> None:
    rng = random.Random(5)
    boxes, groups = [], []
    for gx, gy in [(0, 0), (500, 0), (0, 400), (500, 400)]:
        members = []
        for _ in range(12):
            x, y = gx + rng.uniform(0, 60), gy + rng.uniform(0, 60)  # crowded on purpose
            members.append(len(boxes))
            boxes.append((x, y, x + rng.uniform(60, 110), y + rng.uniform(20, 45)))
        groups.append(Group(tuple(members), (120.0, 30.0)))
    frame = (0.0, 0.0, 1300.0, 800.0)
    assert overlapping_pairs(boxes)
    shifts, need = pack_groups(boxes, groups, frame, gap=4, group_gap=40)
    assert need <= 1.0
    moved = _moved(boxes, shifts)
    assert overlapping_pairs(moved) == []
    assert all(_inside(b, frame) for b in moved)
    extents = []
    for group in groups:
        members = [moved[i] for i in group.members]
        extents.append((min(b[0] for b in members), min(b[1] for b in members),
                        max(b[2] for b in members), max(b[3] for b in members)))
    assert overlapping_pairs(extents) == []  # each cluster stays one block
    assert extents[0][1] < extents[2][1] and extents[0][0] < extents[1][0]  # top stays top, left stays left
