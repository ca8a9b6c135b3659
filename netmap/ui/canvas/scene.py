"""The map as a QGraphicsScene: actors, ties and clusters of a MapState, and the gestures on them.

The window feeds the scene from the project's change events (`upsert_actors`, `remove_ties`, ...)
and listens to its requests (`addActorRequested`, `tieRequested`, `actorsMoved`, ...); the scene
never changes the project itself. The poster draws the same scene, so it looks like the screen.
The room's votes stand as towers beside the actors they rate (`set_room`, room_tower.py; not on posters).

Gestures:
- double-click on empty space: `addActorRequested(scene position)`; on an actor:
  `actorActivated(id)`; on a cluster's heading: `clusterActivated(id)`; on a tie: `tieActivated(id)`.
- drag an actor (or a selection of actors): moves them; `actorsMoved({id: (x, y)})` once at the end.
- draw a tie: Shift + drag from an actor to another actor, or plain drag with the tie tool on
  (`set_tie_mode(True)`); a dashed line follows the mouse; `tieRequested(source id, target id)`.
  Esc cancels.
- click a tie to select it; Ctrl+click adds to the selection; the rubber band (see MapView)
  selects actors.

Labels: the zoom decides whether labels show at all and how much they grow (`set_view_scale`);
a declutter pass (declutter.py) then gives each label a free place around its actor or hides it,
most important actors first. It runs when the zoom, the presentation mode, the positions or the
labels change, a moment after the last change of a burst (a wheel zoom), never during a drag.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
)

from netmap.domain import (
    Actor,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    MapState,
    ProjectInfo,
    Tie,
)
from netmap.participation.votes import RoomView
from netmap.render.clusters import arrange_headings
from netmap.render.drawing import mean_spacing as _mean_spacing
from netmap.render.zoom import label_state
from netmap.ui.canvas.analysis_views import AnalysisViews
from netmap.ui.canvas.declutter import LabelDeclutter
from netmap.ui.canvas.gestures import FastDrag, TieDrag, is_actor
from netmap.ui.canvas.items import ActorItem, ClusterHeadingItem, ClusterItem, TieItem
from netmap.ui.canvas.presentation import restore_positions, spread_actors
from netmap.ui.canvas.room_tower import RoomTowers
from netmap.ui.canvas.scene_gestures import SceneGestures
from netmap.ui.canvas.style import MapStyle, Translate
from netmap.ui.canvas.tie_bundle import TieBundle

__all__ = ["MapScene"]

Catalogues = dict[CatalogueKind, list[CatalogueEntry]]


class MapScene(SceneGestures, LabelDeclutter, AnalysisViews, RoomTowers, QGraphicsScene):
    """The map: see the module docstring for the gestures and signals."""

    addActorRequested = Signal(QPointF)
    tieRequested = Signal(int, int)
    actorsMoved = Signal(object)  # a dict {actor id: (x, y)} (Signal(dict) cannot carry int keys)
    actorActivated = Signal(int)
    selectionIdsChanged = Signal(list, list)  # actor ids, tie ids
    clusterActivated = Signal(int)
    tieActivated = Signal(int)
    tieModeChanged = Signal(bool)

    LABEL_MIN_PIXELS = 6.0
    """Labels hide when their letters would be smaller than this on screen."""
    LABEL_MIN_SPACING = 55.0
    """... and when the actors are on average closer than this on screen (labels would pile up)."""
    LABEL_MAX_GROWTH = 3.0
    """Zoomed out, labels grow up to this factor to stay readable (see `set_view_scale`)."""
    FAST_DRAG_MIN_ITEMS = 250
    """From this many actors and ties on, a drag paints only what moves (see gestures.FastDrag)."""

    def __init__(self, parent: QObject | None = None, *, translate: Translate | None = None,
                 cached: bool = True, static: bool = False) -> None:
        """`translate` replaces QCoreApplication.translate for the map's words (the poster uses
        its own language); `cached=False` paints every item afresh (vector output); `static`:
        a map that is only drawn, never shown in a view (posters): no tooltips, no hovering,
        all ties drawn by one TieBundle."""
        super().__init__(parent)
        self._static = static
        # The BSP index costs more than it saves when actors with long ties move.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._translate = translate
        self._cached = cached
        self.style = MapStyle(translate=translate)
        self.info = ProjectInfo()
        self._catalogues: Catalogues = {}
        self._actors: dict[int, ActorItem] = {}
        self._ties: dict[int, TieItem] = {}
        self._pairs: dict[tuple[int, int], list[TieItem]] = {}
        self._clusters: dict[int, ClusterItem] = {}
        self._ghost_actors: list[ActorItem] = []
        self._ghost_ties: list[TieItem] = []
        self._room: dict[str, RoomView] = {}  # the room's votes by actor uid (see set_room)
        self._measure: dict[int, float] | None = None
        self._highlight: tuple[set[int], set[int], str] = (set(), set(), "gap")
        self._overlay_on = False
        self._labels_shown = True
        self._label_scale = 1.0
        self._min_label_px: float | None = None
        self._wall_text_px = 0.0  # presentation: letters at least this high on screen
        self._spread_frame: QRectF | None = None  # presentation: the frame actors were spread in
        self._heading_room = 0.0
        self._hit_margin = 2.0
        self._dpi = 96.0
        self._mean_spacing: float | None = None
        self._view_scale = 1.0
        self._tie_mode = False
        self._tie_drag: TieDrag | None = None
        self._press_positions: dict[int, QPointF] | None = None
        self._fast_drag: FastDrag | None = None
        self._last_selection: tuple[list[int], list[int]] = ([], [])
        self._selecting = False
        self._content = QRectF()
        self._picked: set[int] = set()  # selected actors, whose labels always show
        self._init_declutter()
        self.layer = self._new_layer()
        self.setBackgroundBrush(self.style.background)
        self.selectionChanged.connect(self._on_selection_changed)
        self.actorsMoved.connect(self._request_declutter)

    def _new_layer(self) -> QGraphicsRectItem:
        layer = QGraphicsRectItem()
        layer.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        layer.setPen(QPen(Qt.PenStyle.NoPen))
        self.addItem(layer)
        if self._static:
            self._bundle = TieBundle(self._ties)
            self._bundle.setParentItem(layer)
        return layer

    # == the whole map =========================================================================

    def set_map(self, state: MapState, language: str) -> None:
        """Show `state` from scratch (a project opened, a reload, a snapshot)."""
        self._end_gestures()
        self.clear_overlay()
        self.blockSignals(True)
        self._declutter_held = True  # one pass at the end
        try:
            self._drop_items()
            self.layer = self._new_layer()
            self.info = state.info
            self._catalogues = state.catalogues
            self.style = MapStyle(state.catalogues, language, self.style.presentation, self._translate)
            self.setBackgroundBrush(self.style.background)
            self._highlight = (set(), set(), "gap")
            self._content = QRectF()
            # Decide the labels before making the items: laying out labels nobody sees is slow.
            self._mean_spacing = _mean_spacing([(a.x, a.y) for a in state.actors])
            self._labels_shown, self._label_scale = self._label_state(self._view_scale)
            self._add_actors(state.actors)
            self._mean_spacing = _mean_spacing([(a.x, a.y) for a in state.actors])
            self._add_ties(state.ties)
            self.set_clusters(state.clusters)
            self._apply_measure()
        finally:
            self.blockSignals(False)
            self._declutter_held = False
        if self._static:
            self._request_declutter()  # the poster sets its zoom first
        else:
            self.declutter_labels()
        self._update_scene_rect(reset=True)
        self._on_selection_changed()

    def release(self) -> None:
        """Take the map off the scene now (a poster's scene once it is drawn)."""
        self._end_gestures()
        self.clear_overlay()
        self._drop_items()
        self.layer = self._new_layer()

    def _drop_items(self) -> None:
        # Actors and their ties point at each other: unlinked, they are freed at once instead of
        # waiting for Python's cycle collector (0.15 s for the 160,000 objects of 5,000 actors).
        for item in self._actors.values():
            item.ties.clear()
        for cluster in self._clusters.values():
            cluster.set_members([])
        self._picked.clear()
        self._actors.clear()
        self._ties.clear()
        self._pairs.clear()
        self._clusters.clear()
        old = self.layer
        self.removeItem(old)
        del old

    def set_catalogues(self, catalogues: Catalogues, language: str) -> None:
        """New catalogue entries (colours, labels, line styles) or a new language."""
        self._catalogues = catalogues
        self.style.set_catalogues(catalogues, language)
        self._restyle()

    def set_presentation(self, on: bool) -> None:
        """Projector mode: large labels, high contrast, thicker lines."""
        if on == self.style.presentation:
            return
        if not on:
            self.unspread()
        self.style = MapStyle(self._catalogues, self.style.language, on, self._translate)
        self.setBackgroundBrush(self.style.background)
        self._restyle()
        self.set_view_scale(self._view_scale, force=True)

    SPREAD_MAX_ACTORS = 600
    """Above this many actors presentation mode does not spread them (names would be too small anyway)."""

    def set_wall_text(self, px: float) -> None:
        """Presentation mode: every label's letters at least `px` screen pixels high (the back row's
        rule: 1/50 of the screen height), shown whether or not the declutter finds a free place."""
        self._wall_text_px = px
        self.set_view_scale(self._view_scale, force=True)

    def spread_for_presentation(self, frame: QRectF, heading_room: float = 0.0) -> int:
        """Make room for every name inside `frame` (presentation.py), `heading_room` kept free
        above the actors for the cluster headings; returns the overlaps left."""
        actors = list(self._actors.values())
        if not self.style.presentation or len(actors) > self.SPREAD_MAX_ACTORS:
            return 0
        self._end_gestures()
        self._spread_frame = QRectF(frame)
        self._heading_room = heading_room
        gap = 4.0 * self._dpi / 96.0 / max(self._view_scale, 1e-9)
        left = spread_actors(actors, frame, gap, heading_room)
        self._arrange_headings()
        self._mean_spacing = None
        self.declutter_labels()
        self._update_scene_rect()
        return left

    def unspread(self) -> None:
        """Everyone back at the stored positions (until the next spread)."""
        self._spread_frame = None
        if restore_positions(list(self._actors.values())):
            self._arrange_headings()
            self._mean_spacing = None
            self._request_declutter()

    def _respread(self) -> None:
        if self._spread_frame is not None and self.style.presentation:
            self.spread_for_presentation(self._spread_frame, self._heading_room)

    def set_item_cache(self, on: bool) -> None:
        """Actors paint from a pixmap cache on screen; printing wants them painted as vectors."""
        self._cached = on
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        for item in [*self._actors.values(), *self._ghost_actors]:
            item.setCacheMode(mode)

    @property
    def presentation(self) -> bool:
        return self.style.presentation

    def _restyle(self) -> None:
        self._end_gestures()
        for item in [*self._actors.values(), *self._ghost_actors]:
            item.apply_style(self.style)
            self._set_tooltip(item)
        for tie in [*self._ties.values(), *self._ghost_ties]:
            tie.apply_style(self.style)
        for cluster in self._clusters.values():
            cluster.apply_style(self.style)
        self._apply_measure()
        self._request_declutter()
        self.update()

    # == actors ================================================================================

    def upsert_actors(self, actors: Sequence[Actor]) -> None:
        """Add new actors, update known ones (attributes and position)."""
        self._end_gestures()
        new = []
        touched_clusters: set[ClusterItem] = set()
        for actor in actors:
            item = self._actors.get(actor.id) if actor.id is not None else None
            if item is None:
                new.append(actor)
            else:
                item.set_actor(actor)
                self._set_tooltip(item)
                touched_clusters.update(item.clusters)
        if new:
            self._add_actors(new)
        for cluster in touched_clusters:
            cluster.update_hull()
        if touched_clusters:
            self._arrange_headings()
        if self._measure is not None and new:
            self._apply_measure()
        self._mean_spacing = None
        self.set_view_scale(self._view_scale)
        self._request_declutter()
        self._update_scene_rect()
        self._respread()  # a changed actor came back to its stored place

    def _add_actors(self, actors: Iterable[Actor]) -> None:
        self._mean_spacing = None
        for index, actor in enumerate(actors):
            if actor.id is None:
                actor = actor.with_changes(id=-(len(self._actors) + index + 1))
            item = ActorItem(actor, self.style, label_shown=self._labels_shown,
                             label_scale=self._label_scale, interactive=not self._static, cached=self._cached)
            if not self._static:
                self._set_tooltip(item)
            item.setParentItem(self.layer)
            item.set_hit_margin(self._hit_margin)
            self._actors[item.actor_id] = item
            if self._room:
                self._show_tower(item)

    def remove_actors(self, ids: Iterable[int]) -> None:
        """Remove actors (and the ties drawn to them)."""
        self._end_gestures()
        for actor_id in list(ids):
            item = self._actors.pop(actor_id, None)
            if item is None:
                continue
            for tie in list(item.ties):
                self._drop_tie(tie)
            for cluster in list(item.clusters):
                cluster.set_members([m for m in cluster.members if m is not item])
            self.removeItem(item)
        self._mean_spacing = None
        self._request_declutter()
        self._on_selection_changed()

    def actor_item(self, actor_id: int) -> ActorItem | None:
        return self._actors.get(actor_id)

    def actor_items(self) -> list[ActorItem]:
        return list(self._actors.values())

    def _set_tooltip(self, item: ActorItem) -> None:
        a = item.actor
        text = a.name
        if a.category:
            text += f"\n{self.style.category_label(a.category)}"
        if not item.ghost:
            text += "\n" + QCoreApplication.translate(
                "MapScene", "Drag: move · Shift+drag to another actor: new tie · Double-click: edit")
        item.setToolTip(text)

    # == ties ==================================================================================

    def upsert_ties(self, ties: Sequence[Tie]) -> None:
        self._end_gestures()
        self._add_ties(ties)
        self._update_scene_rect()

    def _add_ties(self, ties: Iterable[Tie]) -> None:
        spread: set[tuple[int, int]] = set()
        for tie in ties:
            if tie.id is None:
                continue
            item = self._ties.get(tie.id)
            if item is not None and (item.tie.source, item.tie.target) == (tie.source, tie.target):
                item.set_tie(tie)
                continue
            if item is not None:
                spread.add(self._drop_tie(item))
            source, target = self._actors.get(tie.source), self._actors.get(tie.target)
            if source is None or target is None or source is target:
                continue
            item = TieItem(tie, source, target, self.style, bundled=self._static)
            source.ties.append(item)
            target.ties.append(item)
            if not self._static:
                item.setParentItem(self.layer)
            self._ties[tie.id] = item
            pair = _pair(tie)
            parallel = self._pairs.setdefault(pair, [])
            parallel.append(item)
            if len(parallel) > 1:
                spread.add(pair)
        for pair in spread:
            self._spread_parallel(pair)

    def _spread_parallel(self, pair: tuple[int, int]) -> None:
        """Ties between the same two actors side by side, not on top of each other."""
        parallel = sorted(self._pairs.get(pair, ()), key=lambda t: t.tie_id)
        gap = 7.0 * self.style.line_scale
        for i, tie in enumerate(parallel):
            offset = (i - (len(parallel) - 1) / 2) * gap
            # Offsets are measured from the tie's own source; flip those drawn the other way.
            tie.offset = offset if tie.tie.source == pair[0] else -offset
            tie.update_geometry()

    def remove_ties(self, ids: Iterable[int]) -> None:
        self._end_gestures()
        spread = set()
        for tie_id in list(ids):
            item = self._ties.get(tie_id)
            if item is not None:
                spread.add(self._drop_tie(item))
        for pair in spread:
            self._spread_parallel(pair)
        self._on_selection_changed()

    def _drop_tie(self, item: TieItem) -> tuple[int, int]:
        """Take a tie off the map; returns its pair of actors (whose other ties may move)."""
        for end in (item.source, item.target):
            if item in end.ties:
                end.ties.remove(item)
        pair = _pair(item.tie)
        if item.ghost:
            if item in self._ghost_ties:
                self._ghost_ties.remove(item)
        else:
            if self._ties.get(item.tie_id) is item:
                del self._ties[item.tie_id]
            parallel = self._pairs.get(pair)
            if parallel is not None and item in parallel:
                parallel.remove(item)
                if not parallel:
                    del self._pairs[pair]
        if item.scene() is self:
            self.removeItem(item)
        return pair

    def tie_item(self, tie_id: int) -> TieItem | None:
        return self._ties.get(tie_id)

    def tie_items(self) -> list[TieItem]:
        return list(self._ties.values())

    # == clusters ==============================================================================

    def set_clusters(self, clusters: Sequence[Cluster]) -> None:
        """Replace all clusters (they are few; hulls follow their members from then on)."""
        self._end_gestures()
        for item in self._clusters.values():
            item.set_members([])
            self.removeItem(item.heading)
            self.removeItem(item)
        self._clusters.clear()
        for index, cluster in enumerate(clusters):
            item = ClusterItem(cluster, self.style, index, self._label_scale)
            item.setParentItem(self.layer)
            item.heading.setParentItem(self.layer)
            item.set_members(self._actors[m] for m in cluster.members if m in self._actors)
            self._clusters[item.cluster_id] = item
        self._arrange_headings()
        self._request_declutter()  # the headings are obstacles to labels

    def _arrange_headings(self) -> None:
        """Headings of overlapping hulls move apart (render.clusters.arrange_headings)."""
        clusters = list(self._clusters.values())
        arrange_headings([c.figure for c in clusters], lambda i: clusters[i].update_hull())

    def cluster_item(self, cluster_id: int) -> ClusterItem | None:
        return self._clusters.get(cluster_id)

    # == selection =============================================================================

    def selected_actor_ids(self) -> list[int]:
        return sorted(i.actor_id for i in self.selectedItems() if is_actor(i))

    def selected_tie_ids(self) -> list[int]:
        return sorted(i.tie_id for i in self.selectedItems() if isinstance(i, TieItem) and not i.ghost)

    def select_actors(self, ids: Iterable[int]) -> None:
        """Select exactly these actors (from the tables); one selectionIdsChanged at most."""
        self._selecting = True
        try:
            self.clearSelection()
            for actor_id in ids:
                item = self._actors.get(actor_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self._selecting = False
        self._on_selection_changed()

    def select_in_rect(self, rect: QRectF, base: Iterable[int] = ()) -> None:
        """The rubber band: select the actors whose circle touches `rect` (scene units), plus
        `base` (Ctrl extends a selection). Ties are selected by clicking them."""
        wanted = set(base)
        for actor_id, item in self._actors.items():
            p = item.pos()
            r = item.radius
            nx = min(max(p.x(), rect.left()), rect.right())
            ny = min(max(p.y(), rect.top()), rect.bottom())
            if (nx - p.x()) ** 2 + (ny - p.y()) ** 2 <= r * r:
                wanted.add(actor_id)
        if wanted != set(self.selected_actor_ids()) or self.selected_tie_ids():
            self.select_actors(sorted(wanted))

    def _on_selection_changed(self) -> None:
        if self._selecting:
            return
        current = (self.selected_actor_ids(), self.selected_tie_ids())
        picked = set(current[0])
        if picked != self._picked:
            # Selected actors show their labels (over their neighbours) without moving others;
            # the next declutter pass places them first.
            for actor_id in self._picked ^ picked:
                item = self._actors.get(actor_id)
                if item is not None:
                    item.set_label_picked(actor_id in picked)
            self._picked = picked
        if current != self._last_selection:
            self._last_selection = current
            self.selectionIdsChanged.emit(list(current[0]), list(current[1]))

    # == level of detail =======================================================================

    def set_view_scale(self, scale: float, *, min_label_px: float | None = None, dpi: float | None = None,
                       force: bool = False) -> None:
        """The view's zoom (device pixels per scene unit) decides how labels look.

        Zoomed out, labels (and cluster headings) grow up to LABEL_MAX_GROWTH times so that their
        letters stay `min_label_px` high on screen (11 px, 15 in presentation mode); they hide
        when that is not enough or when the actors are too close on screen for labels
        (LABEL_MIN_SPACING), and come back when zoomed in. The poster passes its own minimum.
        """
        self._view_scale = scale
        self._update_hit_margin(scale)
        if min_label_px is not None:
            self._min_label_px = min_label_px
        if dpi is not None:
            self._dpi = dpi
        shown, factor = self._label_state(scale)
        if shown == self._labels_shown and factor == self._label_scale and not force:
            return
        self._labels_shown = shown
        self._label_scale = factor
        for item in [*self._actors.values(), *self._ghost_actors]:
            item.set_label_shown(shown)
            if shown:
                item.set_label_scale(factor)
        for cluster in self._clusters.values():
            cluster.set_heading_scale(factor)
        self._arrange_headings()
        self._request_declutter()

    HIT_PX = 10.0
    """A click this many screen pixels beyond an actor's circle still hits it."""

    def _update_hit_margin(self, scale: float) -> None:
        """The hit margin in map units for this zoom, in steps of 25 % (a zoom step does not
        touch every actor)."""
        if self._static:
            return
        wanted = self.HIT_PX / max(scale, 1e-9)
        margin = round(1.25 ** round(math.log(wanted, 1.25)), 2)
        if margin != self._hit_margin:
            self._hit_margin = margin
            for item in self._actors.values():
                item.set_hit_margin(margin)

    def _label_state(self, scale: float) -> tuple[bool, float]:
        """(labels shown, label growth factor) at `scale` (render.zoom.label_state)."""
        return label_state(self.style, scale, dpi=self._dpi, mean_spacing=self.mean_spacing(),
                           min_label_px=self._min_label_px, wall_text_px=self._wall_text_px,
                           max_growth=self.LABEL_MAX_GROWTH, min_pixels=self.LABEL_MIN_PIXELS,
                           min_spacing=self.LABEL_MIN_SPACING)

    def mean_spacing(self) -> float:
        """Scene units per actor: the side of the square each actor has on average."""
        if self._mean_spacing is None:
            self._mean_spacing = _mean_spacing([(i.pos().x(), i.pos().y()) for i in self._actors.values()])
        return self._mean_spacing

    @property
    def view_scale(self) -> float:
        """The zoom last reported by `set_view_scale`."""
        return self._view_scale

    @property
    def label_scale(self) -> float:
        return self._label_scale

    @property
    def labels_shown(self) -> bool:
        return self._labels_shown

    # == label declutter (see LabelDeclutter): when it runs ====================================

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawBackground(painter, rect)
        region = self._declutter_region
        if region is not None and self._labels_shown and not region.contains(rect) \
                and not self._declutter_timer.isActive():
            # Panned beyond the part of the map whose labels were placed: place them there too.
            self._declutter_timer.start(0)

    def _apply_measure(self) -> None:
        super()._apply_measure()
        self._request_declutter()  # circles change size

    def set_overlay(self, *args: Any, **kwargs: Any) -> None:
        super().set_overlay(*args, **kwargs)
        self._request_declutter()  # removed actors come back as ghosts, with labels

    def clear_overlay(self) -> None:
        had_ghosts = bool(self._ghost_actors)
        super().clear_overlay()
        if had_ghosts:
            self._request_declutter()

    def _request_declutter(self, *_: Any) -> None:
        if self._static:  # drawn once: place the labels when the map is drawn
            self._declutter_timer.start(self.DECLUTTER_DELAY_MS)
        else:
            super()._request_declutter()

    def render(self, *args: Any, **kwargs: Any) -> None:
        """Paint the map (posters, PNG): with all labels decluttered for the latest zoom."""
        if self._declutter_timer.isActive() or self._declutter_region is not None:
            self.declutter_labels(full=True)
        super().render(*args, **kwargs)

    # == geometry ==============================================================================

    def content_rect(self) -> QRectF:
        """What fit-all shows: every actor with its label, every hull and heading. A static map
        does not place its labels for this: before they are placed, every label is below its
        actor, which is the frame the labels are placed in."""
        if not self._static:
            self._flush_declutter()
        rect = QRectF()
        for item in [*self._actors.values(), *self._ghost_actors, *self._clusters.values(),
                     *(c.heading for c in self._clusters.values())]:
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def _update_scene_rect(self, reset: bool = False) -> None:
        """A generous, growing scene rectangle: room to pan and to drag, and no scroll bar jumps
        (a changing scene rect would repaint the whole view)."""
        if self._static:
            self._bundle.refresh()
        content = self.content_rect()
        if content.isNull():
            content = QRectF(-500, -400, 1000, 800)
        margin = max(1500.0, max(content.width(), content.height()))
        wanted = content.adjusted(-margin, -margin, margin, margin)
        if reset or self._content.isNull():
            self._content = wanted
        elif self._content.contains(content):
            return
        else:
            self._content = self._content.united(wanted)
        self.setSceneRect(self._content)

    def actor_at(self, pos: QPointF) -> ActorItem | None:
        for item in self.items(pos):
            if is_actor(item):
                return item  # type: ignore[return-value]
        return None

    def cluster_at(self, pos: QPointF) -> ClusterItem | None:
        """The cluster whose heading is at `pos` (the hull itself takes no clicks)."""
        for item in self.items(pos):
            if isinstance(item, ClusterHeadingItem):
                return item.cluster_item
        return None

    def tie_at(self, pos: QPointF) -> TieItem | None:
        for item in self.items(pos):
            if isinstance(item, TieItem) and not item.ghost:
                return item
        return None

def _pair(tie: Tie) -> tuple[int, int]:
    return (min(tie.source, tie.target), max(tie.source, tie.target))
