"""Label declutter on the map: when the scene places its actors' labels, and which actors take part.

A mixin of MapScene. The placement itself is `labels.place_labels` (plain geometry); here the
scene gathers the labels in order of importance, sized for the current zoom, with the cluster
headings as obstacles and the map's frame as bounds, and applies the result to its items. The pass
runs shortly after the zoom, the presentation mode, the positions or the labels change (once per
burst, such as a wheel zoom), never during a drag. On a large map only the actors around what
the views show take part; panning further places more.
"""

from __future__ import annotations

import gc
import math
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QTimer

from netmap.ui.canvas.items import ActorItem
from netmap.ui.canvas.labels import LabelRequest, place_labels

if TYPE_CHECKING:
    from netmap.ui.canvas.gestures import FastDrag
    from netmap.ui.canvas.items import ClusterItem

__all__ = ["LabelDeclutter"]


class LabelDeclutter:
    """The label declutter of a MapScene (which provides the items, the zoom and the timer's parent)."""

    LABEL_GAP = 2.0
    """Screen pixels kept free between the backgrounds of two labels."""
    DECLUTTER_DELAY_MS = 120
    """A burst of changes (a wheel zoom) runs the label declutter once, this long after its end."""
    DECLUTTER_REGION_MIN_ACTORS = 1500
    """From this many actors on, the declutter places the labels around what the views show..."""
    DECLUTTER_MARGIN = 0.25
    """... and this share of it again on each side (panning further places more)."""

    # Provided by MapScene.
    _actors: dict[int, ActorItem]
    _ghost_actors: list[ActorItem]
    _clusters: dict[int, ClusterItem]
    _fast_drag: FastDrag | None
    _labels_shown: bool
    _view_scale: float
    _dpi: float

    def _init_declutter(self) -> None:
        self._declutter_timer = QTimer(self)  # type: ignore[arg-type]
        self._declutter_timer.setSingleShot(True)
        self._declutter_timer.timeout.connect(self.declutter_labels)
        self._last_declutter = -math.inf
        self._declutter_held = False  # while the scene is built: one pass at the end
        self._declutter_cache: dict[str, Any] = {}  # the grid of circles, while actors stay put
        self._declutter_region: QRectF | None = None  # where the last pass placed labels (None: all)

    def declutter_labels(self, full: bool = False) -> None:
        """Give each label a free place around its actor, or hide it (labels.place_labels), now.

        Most important first (see ActorItem.label_rank); labels keep clear of each other, of
        the actors' circles and of the cluster headings, in screen pixels at the current zoom.
        Hulls follow their members' labels, which can move headings: a second round then puts
        the labels clear of the headings' new places. On a large map only the actors around
        what the views show take part (`full`: all of them), and panning further places more."""
        self._declutter_timer.stop()
        if self._fast_drag is not None:  # the drag's picture of the map would go stale
            self._declutter_timer.start(self.DECLUTTER_DELAY_MS)
            return
        region = None if full else self._views_region()
        self._declutter_region = region
        # The pass makes many small tuples; a full garbage collection in the middle of it would
        # take longer than the pass itself on a large map.
        collecting = gc.isenabled()
        gc.disable()
        try:
            if self._labels_shown:
                for _ in range(3):
                    clusters = self._place_labels(region)
                    if not clusters:
                        break
                    headings = [c.heading_area() for c in self._clusters.values()]
                    for cluster in clusters:
                        cluster.update_hull()
                    self._arrange_headings()  # type: ignore[attr-defined]
                    if headings == [c.heading_area() for c in self._clusters.values()]:
                        break
        finally:
            if collecting:
                gc.enable()
        self._last_declutter = time.monotonic()

    def _request_declutter(self, *_: Any) -> None:
        """Run the declutter now if it has been quiet for a while, else once the burst is over."""
        if self._declutter_held:
            return
        quiet = time.monotonic() - self._last_declutter >= self.DECLUTTER_DELAY_MS / 1000
        if quiet and not self._declutter_timer.isActive():
            self.declutter_labels()
        else:
            self._declutter_timer.start(self.DECLUTTER_DELAY_MS)

    def _flush_declutter(self) -> None:
        if self._declutter_timer.isActive():
            self.declutter_labels()

    def _place_labels(self, region: QRectF | None) -> set[ClusterItem]:
        """One declutter round over the actors in `region` (None: all; labels outside it are
        hidden); returns the clusters whose members' labels changed.

        In scene units: the labels are sized for the current zoom (`label_scale`), so overlaps
        are the same as on screen; only the gap between labels is in screen pixels."""
        gap = self.LABEL_GAP * self._dpi / 96.0 / max(self._view_scale, 1e-9)
        rx0, ry0, rx1, ry1 = (region.left(), region.top(), region.right(), region.bottom()) if region is not None \
            else (-math.inf, -math.inf, math.inf, math.inf)
        inside = []
        outside = []
        everyone = True
        # The frame: every circle with its label below it. Labels stay inside, so the map's
        # extent (and fit-all) does not depend on where they went.
        left = top = math.inf
        right = bottom = -math.inf
        for item in [*self._actors.values(), *self._ghost_actors]:
            x, y = item.x(), item.y()
            x0, y0, x1, y1 = item.label_extent()
            left = min(left, x + x0)
            right = max(right, x + x1)
            top = min(top, y + y0)
            bottom = max(bottom, y + y1)
            if rx0 <= x <= rx1 and ry0 <= y <= ry1:
                forced = item.label_forced or self._every_name_shown()
                inside.append((item.label_rank(), item,
                               LabelRequest(x, y, item.body_radius(), item.label_boxes(), forced)))
            else:
                everyone = False
                if item.label_place is not None:
                    outside.append(item)
        if everyone:
            self._declutter_region = None  # the whole map took part
        inside.sort(key=lambda entry: entry[0])
        headings = []
        for cluster in self._clusters.values():
            area = cluster.heading_area()
            if not area.isNull():
                headings.append((area.left(), area.top(), area.right(), area.bottom()))
        g = gap / 2
        frame = (left - g, top - g, right + g, bottom + g)
        places = place_labels([request for _, _, request in inside], headings, bounds=frame, gap=gap,
                              cache=self._declutter_cache)
        changed: set[ClusterItem] = set()
        for (_, item, _), place in zip(inside, places):
            if place != item.label_place:
                item.set_label_place(place)
                changed.update(item.clusters)
        for item in outside:
            item.set_label_place(None)
            changed.update(item.clusters)
        return changed

    def _every_name_shown(self) -> bool:
        """Presentation mode hides no name: a label without a free place goes where it is least
        crowded (the spread of presentation.py makes sure there is room)."""
        return bool(self.style.presentation)  # type: ignore[attr-defined]

    def _views_region(self) -> QRectF | None:
        """What the views show, and DECLUTTER_MARGIN of it again on each side; None (all) for
        small maps."""
        if len(self._actors) + len(self._ghost_actors) < self.DECLUTTER_REGION_MIN_ACTORS:
            return None
        shown = QRectF()
        for view in self.views():  # type: ignore[attr-defined]
            if view.isVisible():
                shown = shown.united(view.mapToScene(view.viewport().rect()).boundingRect())
        if shown.isEmpty():
            return None
        mx, my = shown.width() * self.DECLUTTER_MARGIN, shown.height() * self.DECLUTTER_MARGIN
        return shown.adjusted(-mx, -my, mx, my)
