"""The map as a QGraphicsScene: actors, ties and clusters of a MapState, and the gestures on them.

The window feeds the scene from the project's change events (`upsert_actors`, `remove_ties`, ...)
and listens to its requests (`addActorRequested`, `tieRequested`, `actorsMoved`, ...); the scene
never changes the project itself. Its items hold the render layer's figures (netmap.render), with
which posters and print-outs draw the same map from plain data, so they look like the screen.
The room's votes stand as towers beside the actors they rate (`set_room`, room_tower.py; not on posters).

The scene is made of parts it owns, each in its own module and none importing the scene: the index
of its items (scene_index.py) and what makes them (map_items.py), the level of detail at the zoom
(detail.py), the gesture controller (gestures.py), the label declutter (declutter.py), the analysis
overlays as data (overlays.py) drawn by analysis_views.py, and the room's votes (room_votes.py).

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

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSceneMouseEvent

from netmap.domain import Actor, CatalogueEntry, CatalogueKind, Cluster, MapState, ProjectInfo, Tie
from netmap.participation.votes import RoomView
from netmap.render.legend import attitude_legend
from netmap.render.map_rules import mean_spacing
from netmap.render.style import MapStyle, Translate
from netmap.ui.canvas.analysis_views import (
    legend_entries,
    mark_comparison,
    paint_highlight,
    paint_measure,
    unmark_comparison,
)
from netmap.ui.canvas.declutter import LabelDeclutter
from netmap.ui.canvas.detail import LevelOfDetail
from netmap.ui.canvas.gestures import GestureController, actor_at, cluster_at, tie_at
from netmap.ui.canvas.items import ActorItem, ClusterItem, TieItem
from netmap.ui.canvas.map_items import MapItems
from netmap.ui.canvas.overlays import AnalysisOverlays, Comparison, Highlight
from netmap.ui.canvas.presentation import restore_positions, spread_actors
from netmap.ui.canvas.room_tower import RoomTowerItem
from netmap.ui.canvas.room_votes import RoomVotes
from netmap.ui.canvas.scene_index import SceneIndex
from netmap.ui.canvas.selection import MapSelection

__all__ = ["MapScene"]

Catalogues = dict[CatalogueKind, list[CatalogueEntry]]


class MapScene(QGraphicsScene):
    """The map: see the module docstring for the gestures and signals."""

    addActorRequested = Signal(QPointF)
    tieRequested = Signal(int, int)
    actorsMoved = Signal(object)  # a dict {actor id: (x, y)} (Signal(dict) cannot carry int keys)
    actorActivated = Signal(int)
    selectionIdsChanged = Signal(list, list)  # actor ids, tie ids
    clusterActivated = Signal(int)
    tieActivated = Signal(int)
    tieModeChanged = Signal(bool)

    FAST_DRAG_MIN_ITEMS = 250
    """From this many actors and ties on, a drag paints only what moves (see gestures.FastDrag)."""
    DECLUTTER_REGION_MIN_ACTORS = 1500
    """From this many actors on, the declutter places the labels around what the views show."""
    SPREAD_MAX_ACTORS = 600
    """Above this many actors presentation mode does not spread them (names would be too small anyway)."""

    def __init__(self, parent: QObject | None = None, *, translate: Translate | None = None,
                 cached: bool = True) -> None:
        """`translate` replaces QCoreApplication.translate for the map's words (a print-out uses
        its own language); `cached=False` paints every item afresh (vector output)."""
        super().__init__(parent)
        # The BSP index costs more than it saves when actors with long ties move.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._translate = translate
        self.info = ProjectInfo()
        self._catalogues: Catalogues = {}
        self._index = SceneIndex()
        self.detail = LevelOfDetail()
        self._items = MapItems(self, self._index, self.detail, MapStyle(translate=translate), cached=cached)
        self._overlays = AnalysisOverlays()
        self._gestures = GestureController(self, self._index)
        self._declutter = LabelDeclutter(self, self._index, self)
        self._room = RoomVotes(self._index, self._declutter.request)
        self._items.show_tower = self._room.show
        self._spread_frame: QRectF | None = None  # presentation: the frame actors were spread in
        self._heading_room = 0.0
        self._selection = MapSelection(self, self._index)
        self._content = QRectF()
        self.setBackgroundBrush(self.style.background)
        self.selectionChanged.connect(self._on_selection_changed)
        self.actorsMoved.connect(self._declutter.request)

    @property
    def style(self) -> MapStyle:  # type: ignore[override]  # the map's look; Qt's widget style is never used here
        return self._items.style

    @property
    def layer(self) -> QGraphicsRectItem:
        """The item every item of the map hangs under."""
        return self._items.layer

    # == the whole map =========================================================================

    def set_map(self, state: MapState, language: str) -> None:
        """Show `state` from scratch (a project opened, a reload, a snapshot)."""
        self._gestures.end()
        self.clear_overlay()
        self.blockSignals(True)
        try:
            with self._declutter.held():  # one pass at the end
                self._selection.forget()
                self._items.clear()
                self.info = state.info
                self._catalogues = state.catalogues
                self._set_style(MapStyle(state.catalogues, language, self.style.presentation, self._translate))
                self._overlays.highlight = Highlight()
                self._content = QRectF()
                # Decide the labels before making the items: laying out labels nobody sees is slow.
                detail = self.detail
                detail.spacing = mean_spacing((a.x, a.y) for a in state.actors)
                detail.labels_shown, detail.label_scale = detail.label_state(detail.view_scale, self.style,
                                                                             detail.spacing)
                self._items.add_actors(state.actors)
                detail.spacing = mean_spacing((a.x, a.y) for a in state.actors)
                self._items.add_ties(state.ties)
                self.set_clusters(state.clusters)
                self._apply_measure()
        finally:
            self.blockSignals(False)
        self.declutter_labels()
        self._update_scene_rect(reset=True)
        self._on_selection_changed()

    def release(self) -> None:
        """Take the map off the scene now: its items go at once, without the cycle collector."""
        self._gestures.end()
        self.clear_overlay()
        self._selection.forget()
        self._items.clear()

    def _set_style(self, style: MapStyle) -> None:
        self._items.style = style
        self.setBackgroundBrush(style.background)

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
        self._set_style(MapStyle(self._catalogues, self.style.language, on, self._translate))
        self._restyle()
        self.set_view_scale(self.detail.view_scale, force=True)

    def set_wall_text(self, px: float) -> None:
        """Presentation mode: every label's letters at least `px` screen pixels high (the back row's
        rule: 1/50 of the screen height), shown whether or not the declutter finds a free place."""
        self.detail.wall_text_px = px
        self.set_view_scale(self.detail.view_scale, force=True)

    def spread_for_presentation(self, frame: QRectF, heading_room: float = 0.0) -> int:
        """Make room for every name inside `frame` (presentation.py), `heading_room` kept free
        above the actors for the cluster headings; returns the overlaps left."""
        actors = list(self._index.actors.values())
        if not self.style.presentation or len(actors) > self.SPREAD_MAX_ACTORS:
            return 0
        self._gestures.end()
        self._spread_frame = QRectF(frame)
        self._heading_room = heading_room
        left = spread_actors(actors, frame, self.detail.text_gap(4.0), heading_room)
        self.arrange_headings()
        self.detail.spacing = None
        self.declutter_labels()
        self._update_scene_rect()
        return left

    def unspread(self) -> None:
        """Everyone back at the stored positions (until the next spread)."""
        self._spread_frame = None
        if restore_positions(list(self._index.actors.values())):
            self.arrange_headings()
            self.detail.spacing = None
            self._declutter.request()

    def _respread(self) -> None:
        if self._spread_frame is not None and self.style.presentation:
            self.spread_for_presentation(self._spread_frame, self._heading_room)

    def set_item_cache(self, on: bool) -> None:
        """Actors paint from a pixmap cache on screen; printing wants them painted as vectors."""
        self._items.set_cached(on)

    @property
    def presentation(self) -> bool:
        return self.style.presentation

    def _restyle(self) -> None:
        self._gestures.end()
        self._items.restyle()
        self._apply_measure()
        self._declutter.request()  # labels changed size
        self.update()

    # == actors, ties, clusters (map_items.py) =================================================

    def upsert_actors(self, actors: Sequence[Actor]) -> None:
        """Add new actors, update known ones (attributes and position)."""
        self._gestures.end()
        new = self._items.upsert_actors(actors)
        if self._overlays.measure is not None and new:
            self._apply_measure()
        self.detail.spacing = None
        self.set_view_scale(self.detail.view_scale)
        self._declutter.request()
        self._update_scene_rect()
        self._respread()  # a changed actor came back to its stored place

    def remove_actors(self, ids: Iterable[int]) -> None:
        """Remove actors (and the ties drawn to them)."""
        self._gestures.end()
        self._items.remove_actors(ids)
        self.detail.spacing = None
        self._declutter.request()
        self._on_selection_changed()

    def actor_item(self, actor_id: int) -> ActorItem | None:
        return self._index.actors.get(actor_id)

    def actor_items(self) -> list[ActorItem]:
        return list(self._index.actors.values())

    def upsert_ties(self, ties: Sequence[Tie]) -> None:
        self._gestures.end()
        self._items.add_ties(ties)
        self._update_scene_rect()

    def remove_ties(self, ids: Iterable[int]) -> None:
        self._gestures.end()
        self._items.remove_ties(ids)
        self._on_selection_changed()

    def tie_item(self, tie_id: int) -> TieItem | None:
        return self._index.ties.get(tie_id)

    def tie_items(self) -> list[TieItem]:
        return list(self._index.ties.values())

    def set_clusters(self, clusters: Sequence[Cluster]) -> None:
        """Replace all clusters (they are few; hulls follow their members from then on)."""
        self._gestures.end()
        self._items.set_clusters(clusters)
        self._declutter.request()  # the headings are obstacles to labels

    def arrange_headings(self) -> None:
        """Headings of overlapping hulls one above the other (MapItems.arrange_headings)."""
        self._items.arrange_headings()

    def cluster_item(self, cluster_id: int) -> ClusterItem | None:
        return self._index.clusters.get(cluster_id)

    # == selection (selection.py) =============================================================

    def selected_actor_ids(self) -> list[int]:
        return self._selection.actor_ids()

    def selected_tie_ids(self) -> list[int]:
        return self._selection.tie_ids()

    def select_actors(self, ids: Iterable[int]) -> None:
        """Select exactly these actors (from the tables); one selectionIdsChanged at most."""
        self._selection.select_actors(ids)
        self._on_selection_changed()

    def select_in_rect(self, rect: QRectF, base: Iterable[int] = ()) -> None:
        """The rubber band: select the actors whose circle touches `rect`, plus `base` (Ctrl)."""
        if self._selection.select_in_rect(rect, base):
            self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        ids = self._selection.update()
        if ids is not None:
            self.selectionIdsChanged.emit(*ids)

    # == level of detail (detail.py) and the label declutter (declutter.py) ====================

    def set_view_scale(self, scale: float, *, min_label_px: float | None = None, dpi: float | None = None,
                       force: bool = False) -> None:
        """The view's zoom (device pixels per scene unit) decides how labels look.

        Zoomed out, labels (and cluster headings) grow so that their letters stay `min_label_px`
        high on screen (11 px, 15 in presentation mode); they hide when that is not enough or
        when the actors are too close on screen for labels, and come back when zoomed in
        (LevelOfDetail). The poster passes its own minimum.
        """
        detail = self.detail
        detail.view_scale = scale
        margin = detail.hit_margin_at(scale)
        if margin != detail.hit_margin:
            detail.hit_margin = margin
            self._items.set_hit_margin(margin)
        if min_label_px is not None:
            detail.min_label_px = min_label_px
        if dpi is not None:
            detail.dpi = dpi
        shown, factor = detail.label_state(scale, self.style, self.mean_spacing())
        if shown == detail.labels_shown and factor == detail.label_scale and not force:
            return
        detail.labels_shown = shown
        detail.label_scale = factor
        self._items.show_labels(shown, factor)
        self._declutter.request()

    def mean_spacing(self) -> float:
        """Scene units per actor: the side of the square each actor has on average."""
        if self.detail.spacing is None:
            self.detail.spacing = mean_spacing((i.pos().x(), i.pos().y()) for i in self._index.actors.values())
        return self.detail.spacing

    @property
    def view_scale(self) -> float:
        """The zoom last reported by `set_view_scale`."""
        return self.detail.view_scale

    @property
    def label_scale(self) -> float:
        return self.detail.label_scale

    @property
    def labels_shown(self) -> bool:
        return self.detail.labels_shown

    @property
    def dragging(self) -> bool:
        """A drag paints from a picture of the map now (the declutter waits)."""
        return self._gestures.dragging

    def declutter_labels(self, full: bool = False) -> None:
        """Place the labels now (LabelDeclutter.run); `full`: all of them, not only around what the
        views show."""
        self._declutter.run(full)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawBackground(painter, rect)
        self._declutter.exposed(rect)

    def render(self, painter: QPainter, /, target: QRectF | QRect | None = None, source: QRectF | QRect | None = None,
               aspectRatioMode: Qt.AspectRatioMode = Qt.AspectRatioMode.KeepAspectRatio) -> None:
        """Paint the map (posters, PNG): with all labels decluttered for the latest zoom."""
        self._declutter.settle()
        super().render(painter, QRectF() if target is None else target, QRectF() if source is None else source,
                       aspectRatioMode)

    # == analysis overlays (overlays.py, drawn by analysis_views.py) ===========================

    def set_measure(self, values: dict[int, float] | None) -> None:
        """Size and colour actors by an analysis measure (None: back to influence and category)."""
        self._overlays.measure = dict(values) if values is not None else None
        self._apply_measure()

    @property
    def measure(self) -> dict[int, float] | None:
        return self._overlays.measure

    def _apply_measure(self) -> None:
        paint_measure(self._index, self.style, self._overlays.measure)
        self._declutter.request()  # circles change size

    def set_highlight(self, actor_ids: Iterable[int], tie_ids: Iterable[int] = (), mode: str = "gap") -> None:
        """A halo around these actors and ties (gaps, what-if); empty sets clear it."""
        new = Highlight(frozenset(actor_ids), frozenset(tie_ids), mode)
        paint_highlight(self._index, self.style, self._overlays.highlight, new)
        self._overlays.highlight = new

    def set_overlay(self, added_actors: Sequence[Actor] | None = None, removed_actors: Sequence[Actor] | None = None,
                    added_ties: Sequence[Tie] | None = None, removed_ties: Sequence[Tie] | None = None,
                    changed_actor_ids: Iterable[int] | None = None, *, mute: bool = True) -> None:
        """Compare with a snapshot: new actors and ties get a green halo, changed actors an amber
        one, removed ones come back as grey dashed ghosts, everything else is muted.
        All None (or `clear_overlay()`) ends the comparison."""
        parts = (added_actors, removed_actors, added_ties, removed_ties, changed_actor_ids)
        if all(x is None for x in parts):
            self.clear_overlay()
            self._declutter.request()
            return
        self.show_comparison(Comparison(tuple(added_actors or ()), tuple(removed_actors or ()),
                                        tuple(added_ties or ()), tuple(removed_ties or ()),
                                        frozenset(changed_actor_ids or ()), mute))

    def show_comparison(self, comparison: Comparison) -> None:
        """Show `comparison` (see set_overlay), instead of any shown before."""
        self.clear_overlay()
        self._gestures.end()
        self._overlays.comparison = comparison
        mark_comparison(self._index, self.style, comparison, self.layer,
                        lambda actor: self._items.actor_item(actor, ghost=True))
        self._update_scene_rect()
        self._declutter.request()  # removed actors come back as ghosts, with labels

    def clear_overlay(self) -> None:
        index = self._index
        if self._overlays.comparison is None and not index.ghost_actors and not index.ghost_ties:
            return
        had_ghosts = bool(index.ghost_actors)
        self._gestures.end()
        unmark_comparison(index, self.style, self._overlays.highlight, self._items.drop_tie, self.removeItem)
        self._overlays.comparison = None
        if had_ghosts:
            self._declutter.request()

    def ghost_actor_items(self) -> list[ActorItem]:
        return list(self._index.ghost_actors)

    def ghost_tie_items(self) -> list[TieItem]:
        return list(self._index.ghost_ties)

    def legend_entries(self) -> list[tuple[str, QColor | QPen]]:
        """(label, colour) for each category on the map, then (label, pen) for each tie kind on it,
        in catalogue order. With a measure on, the colour ramp replaces the categories."""
        return legend_entries(self._index, self.style, self._overlays.measure)

    def attitude_legend(self) -> list[tuple[str, QPen]]:
        """(label, outline pen) for each attitude."""
        return attitude_legend(self.style)

    # == the room's votes (room_votes.py) ======================================================

    def set_room(self, views: Mapping[str, RoomView]) -> None:
        """The room's votes by actor uid (from `room_views`); actors without influence votes get none."""
        self._room.set_room(views)

    @property
    def room_rated(self) -> bool:
        """Some actor on the map shows the room's votes (the legend explains the tower then)."""
        return self._room.room_rated

    def room_tower(self, actor_id: int) -> RoomTowerItem | None:
        return self._room.room_tower(actor_id)

    # == gestures (gestures.py) ================================================================

    def set_tie_mode(self, on: bool) -> None:
        """The tie tool: dragging from an actor draws a tie instead of moving it."""
        if on != self._gestures.tie_mode:
            self._gestures.tie_mode = on
            self.tieModeChanged.emit(on)

    def tie_mode(self) -> bool:
        return self._gestures.tie_mode

    def end_fast_drag(self) -> None:
        """The view's zoom or scroll changed during a drag: paint normally from now on."""
        self._gestures.end_fast_drag()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._gestures.press(event, self.style.line_scale):
            return
        super().mousePressEvent(event)
        self._gestures.pressed(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._gestures.move(event, self.layer, self.FAST_DRAG_MIN_ITEMS):
            return
        super().mouseMoveEvent(event)
        self._gestures.moved()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._gestures.drawing_tie:
            ends = self._gestures.finish_tie(event)
            if ends is not None:
                self.tieRequested.emit(*ends)
            return
        super().mouseReleaseEvent(event)
        moved = self._gestures.released()
        if not moved:
            return
        self.detail.spacing = None
        if any(self._index.actors[i].clusters for i in moved):
            self.arrange_headings()
        self._update_scene_rect()
        self.actorsMoved.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.scenePos()
        event.accept()
        actor = self.actor_at(pos)
        cluster = self.cluster_at(pos) if actor is None else None
        tie = self.tie_at(pos) if actor is None and cluster is None else None
        if actor is not None:
            self.actorActivated.emit(actor.actor_id)
        elif cluster is not None:
            self.clusterActivated.emit(cluster.cluster_id)
        elif tie is not None:
            self.tieActivated.emit(tie.tie_id)
        else:
            self.addActorRequested.emit(pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._gestures.escape():
            event.accept()
            return
        super().keyPressEvent(event)

    def actor_at(self, pos: QPointF) -> ActorItem | None:
        return actor_at(self, pos)

    def cluster_at(self, pos: QPointF) -> ClusterItem | None:
        """The cluster whose heading is at `pos` (the hull itself takes no clicks)."""
        return cluster_at(self, pos)

    def tie_at(self, pos: QPointF) -> TieItem | None:
        return tie_at(self, pos)

    # == geometry ==============================================================================

    def content_rect(self) -> QRectF:
        """What fit-all shows: every actor with its label, every hull and heading."""
        self._declutter.flush()
        return self._items.content_rect()

    def _update_scene_rect(self, reset: bool = False) -> None:
        """A generous, growing scene rectangle: room to pan and to drag, and no scroll bar jumps
        (a changing scene rect would repaint the whole view)."""
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
