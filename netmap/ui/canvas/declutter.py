"""Label declutter on the map: when the labels are placed, and which actors take part.

The rounds are the poster's too (netmap.render.placement): the labels are gathered in order of
importance, sized for the current zoom, with the cluster headings as obstacles and the map's frame
as bounds, and the result goes onto the items. The pass runs shortly after the zoom,
the presentation mode, the positions or the labels change (once per burst, such as a wheel zoom),
never during a drag. On a large map only the actors around what the views show take part;
panning further places more. MapScene owns one LabelDeclutter and is its `DeclutterHost`.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRect, QRectF, QTimer
from PySide6.QtWidgets import QGraphicsView

from netmap.render.labels import LabelRequest
from netmap.render.placement import LABEL_GAP, label_frame, place_ranked, settle
from netmap.ui.canvas.detail import LevelOfDetail
from netmap.ui.canvas.items import ActorItem, ClusterItem
from netmap.ui.canvas.owner import Owner
from netmap.ui.canvas.scene_index import SceneIndex

__all__ = ["DeclutterHost", "LabelDeclutter"]


class DeclutterHost(Protocol):
    """What the declutter asks of the scene it works for."""

    DECLUTTER_REGION_MIN_ACTORS: int
    """From this many actors on, the labels are placed around what the views show only."""

    @property
    def detail(self) -> LevelOfDetail: ...

    @property
    def presentation(self) -> bool: ...

    @property
    def dragging(self) -> bool: ...

    def views(self) -> list[QGraphicsView]: ...

    def arrange_headings(self) -> None: ...


class LabelDeclutter:
    """Places the labels of `index` for `host` (see the module docstring)."""

    DELAY_MS = 120
    """A burst of changes (a wheel zoom) runs the label declutter once, this long after its end."""
    MARGIN = 0.25
    """Around what the views show, this share of it again on each side takes part (panning further
    places more)."""

    def __init__(self, parent: QObject, index: SceneIndex, host: DeclutterHost) -> None:
        self._index = index
        self._host = Owner(host)
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run)
        self._last = -math.inf
        self._held = False  # while the scene is built: one pass at the end
        self._cache: dict[str, Any] = {}  # the grid of circles, while actors stay put
        self._region: QRectF | None = None  # where the last pass placed labels (None: all)

    @contextmanager
    def held(self) -> Iterator[None]:
        """No pass while the map is built (the caller runs one at the end)."""
        self._held = True
        try:
            yield
        finally:
            self._held = False

    def run(self, full: bool = False) -> None:
        """Give each label a free place around its actor, or hide it (labels.place_labels), now.

        Most important first (see ActorItem.label_rank); labels keep clear of each other, of
        the actors' circles and of the cluster headings, in screen pixels at the current zoom.
        Hulls follow their members' labels, which can move headings: a second round then puts
        the labels clear of the headings' new places. On a large map only the actors around
        what the views show take part (`full`: all of them), and panning further places more."""
        self._timer.stop()
        if self._host().dragging:  # the drag's picture of the map would go stale
            self._timer.start(self.DELAY_MS)
            return
        region = None if full else self._views_region()
        self._region = region
        # The pass makes many small tuples; a full garbage collection in the middle of it would
        # take longer than the pass itself on a large map.
        collecting = gc.isenabled()
        gc.disable()
        try:
            if self._host().detail.labels_shown:
                settle(lambda: self._place(region), self._heading_areas, self._follow)
        finally:
            if collecting:
                gc.enable()
        self._last = time.monotonic()

    def request(self, _moves: object = None) -> None:
        """Run the pass now if it has been quiet for a while, else once the burst is over.
        `_moves`: what actorsMoved carries."""
        if self._held:
            return
        quiet = time.monotonic() - self._last >= self.DELAY_MS / 1000
        if quiet and not self._timer.isActive():
            self.run()
        else:
            self._timer.start(self.DELAY_MS)

    def flush(self) -> None:
        """A pass asked for runs now."""
        if self._timer.isActive():
            self.run()

    def settle(self) -> None:
        """Before the map is drawn whole (a poster, a picture): every label placed for the latest zoom."""
        if self._timer.isActive() or self._region is not None:
            self.run(full=True)

    def exposed(self, rect: QRectF | QRect) -> None:
        """The views paint `rect`: panned beyond the part whose labels were placed, place them there too."""
        region = self._region
        if region is not None and self._host().detail.labels_shown and not region.contains(QRectF(rect)) \
                and not self._timer.isActive():
            self._timer.start(0)

    def _place(self, region: QRectF | None) -> set[ClusterItem]:
        """One declutter round over the actors in `region` (None: all; labels outside it are
        hidden); returns the clusters whose members' labels changed.

        In map units: the labels are sized for the current zoom (`label_scale`), so overlaps are
        the same as on screen; only the gap between labels is in screen pixels."""
        gap = self._host().detail.text_gap(LABEL_GAP)
        rx0, ry0, rx1, ry1 = (region.left(), region.top(), region.right(), region.bottom()) if region is not None \
            else (-math.inf, -math.inf, math.inf, math.inf)
        every_name = self._host().presentation  # the projector hides no name (presentation.py makes room)
        inside: list[tuple[tuple[bool, bool, bool, float, int, int], ActorItem, LabelRequest]] = []
        outside = []
        everyone = True
        items = self._index.actor_items()
        for item in items:
            x, y = item.x(), item.y()
            if rx0 <= x <= rx1 and ry0 <= y <= ry1:
                forced = item.label_forced or every_name
                inside.append((item.label_rank(), item,
                               LabelRequest(x, y, item.body_radius(), item.label_boxes(), forced)))
            else:
                everyone = False
                if item.label_place is not None:
                    outside.append(item)
        if everyone:
            self._region = None  # the whole map took part
        # The frame: every circle with its label below it, of the whole map (not only the region).
        frame = label_frame((item.x(), item.y(), item.label_extent()) for item in items)
        changed: set[ClusterItem] = set()
        for item, place in place_ranked(inside, self._heading_areas(), frame, gap=gap, cache=self._cache):
            if place != item.label_place:
                item.set_label_place(place)
                changed.update(item.clusters)
        for item in outside:
            item.set_label_place(None)
            changed.update(item.clusters)
        return changed

    def _heading_areas(self) -> list[QRectF]:
        return [c.heading_area() for c in self._index.clusters.values()]

    def _follow(self, changed: set[ClusterItem]) -> None:
        """Hulls follow their members' labels; the headings are arranged again."""
        for cluster in changed:
            cluster.update_hull()
        self._host().arrange_headings()

    def _views_region(self) -> QRectF | None:
        """What the views show, and MARGIN of it again on each side; None (all) for small maps."""
        if len(self._index.actors) + len(self._index.ghost_actors) < self._host().DECLUTTER_REGION_MIN_ACTORS:
            return None
        shown = QRectF()
        for view in self._host().views():
            if view.isVisible():
                shown = shown.united(view.mapToScene(view.viewport().rect()).boundingRect())
        if shown.isEmpty():
            return None
        mx, my = shown.width() * self.MARGIN, shown.height() * self.MARGIN
        return shown.adjusted(-mx, -my, mx, my)
