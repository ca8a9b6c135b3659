"""The things on the map: actors, ties and cluster hulls.

Items keep what they need to paint ready-made (pens, colours, the laid-out label, the tie's
trimmed line and arrowheads), so `paint` only draws. Positions are scene units; a tie lives in
scene coordinates (its own position stays 0, 0) and is told by its actors when they move.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneHoverEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from netmap.domain import Actor, Cluster, Tie
from netmap.render.clusters import ClusterFigure
from netmap.render.figures import ActorFigure, Box
from netmap.render.labels import LabelLayout
from netmap.render.style import MapStyle, TieLook
from netmap.render.ties import TieFigure

__all__ = ["ActorItem", "ClusterHeadingItem", "ClusterItem", "CompanionItem", "TieItem"]

ACTOR_Z = 10.0
TIE_Z = 0.0
GHOST_Z = -2.0
CLUSTER_Z = -10.0
HEADING_Z = 5.0
HOVER_Z = ACTOR_Z + 1  # a hovered actor's label is drawn over its neighbours


class CompanionItem(QGraphicsItem):
    """An item standing beside an actor, as its child, and following its size (the room's tower,
    room_tower.py, which builds on this class: this module does not import it back)."""

    def follow(self) -> None:
        """Fit the actor again (its size, the style, the zoom's label growth changed)."""
        raise NotImplementedError


class ActorItem(QGraphicsItem):
    """An actor on the canvas: its look is an ActorFigure (netmap.render.figures, shared with the
    poster): a circle filled by category, sized by influence, outlined by attitude, its label at
    one of render.figures.LABEL_PLACES, or hidden where the scene's declutter pass found no free place for it
    (then it still shows while the actor is hovered or selected). The item adds what a canvas
    needs: moving, selecting, hovering, clicking.

    A ghost (a removed actor in a comparison) is a dashed, empty circle and cannot be moved.
    """

    def __init__(self, actor: Actor, style: MapStyle, *, ghost: bool = False, label_shown: bool = True,
                 label_scale: float = 1.0, cached: bool = True) -> None:
        """`cached=False`: painted afresh every time (vector output)."""
        super().__init__()
        self.figure = ActorFigure(actor, style, ghost=ghost, label_shown=label_shown, label_scale=label_scale)
        self.actor_id: int = actor.id if actor.id is not None else -1
        self.ghost = ghost
        self.ties: list[TieItem] = []
        self.clusters: list[ClusterItem] = []
        self.drop_target = False
        self._hit = 2.0  # see set_hit_margin
        self.tower: CompanionItem | None = None  # the room's votes beside the actor (room_tower.py)
        self._bounds = QRectF()
        self.setZValue(GHOST_Z if ghost else ACTOR_Z)
        if not ghost:
            # No ItemSendsGeometryChanges: the scene updates ties when it moves actors (faster).
            self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                          | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            self.setAcceptHoverEvents(True)  # a hidden label shows while the mouse is on the actor
        else:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        if cached:
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(actor.x, actor.y)
        self.apply_style(style)

    # -- data and style ------------------------------------------------------------------------

    @property
    def actor(self) -> Actor:
        return self.figure.actor

    def set_actor(self, actor: Actor) -> None:
        self.figure.actor = actor
        if (self.pos().x(), self.pos().y()) != (actor.x, actor.y):
            self.setPos(actor.x, actor.y)
        self.apply_style(self.figure.style)  # also redraws the ties

    def moved(self) -> None:
        """The actor was moved (by the scene): its ties and cluster hulls follow."""
        for tie in self.ties:
            tie.update_geometry()
        for cluster in self.clusters:
            cluster.update_hull()

    def apply_style(self, style: MapStyle, measure: float | None | bool = False) -> None:
        """Recompute everything painted. `measure`: a share 0..1 sizes and colours the actor by an
        analysis measure, None goes back to influence and category, False keeps the current one."""
        self.prepareGeometryChange()
        self.figure.has_tower = self.tower is not None
        self.figure.apply_style(style, measure)
        self._update_bounds()
        self.update()
        for tie in self.ties:
            tie.update_geometry()

    @property
    def style(self) -> MapStyle:
        return self.figure.style

    @property
    def _measure(self) -> float | None:
        return self.figure.measure

    @property
    def radius(self) -> float:
        return self.figure.radius

    @property
    def edge(self) -> float:
        return self.figure.edge

    @property
    def fill(self) -> QColor:
        return self.figure.fill

    @property
    def outline(self) -> QPen:
        return self.figure.outline

    @property
    def halos(self) -> dict[str, QColor]:
        return self.figure.halos

    def set_label_shown(self, shown: bool) -> None:
        if shown != self.figure.label_shown:
            self.prepareGeometryChange()
            self.figure.label_shown = shown
            self._update_bounds()
            self.update()

    @property
    def label_shown(self) -> bool:
        return self.figure.label_shown

    @property
    def label_scale(self) -> float:
        return self.figure.label_scale

    def set_tower(self, tower: CompanionItem | None) -> None:
        """Show the room's votes beside the actor (None: take them away); a label placed to the
        left keeps clear of the tower."""
        if self.tower is not None and self.tower is not tower:
            old, self.tower = self.tower, None
            old.setParentItem(None)  # type: ignore[arg-type]  # Qt takes None (no parent); its stub does not say so
            if old.scene() is not None:
                old.scene().removeItem(old)
        self.tower = tower
        self.apply_style(self.figure.style)

    def set_label_scale(self, factor: float) -> None:
        """Draw the label `factor` times its size (zoomed out, labels keep a readable size)."""
        if abs(factor - self.figure.label_scale) > 1e-6:
            self.prepareGeometryChange()
            self.figure.label_scale = factor
            if self.actor.dots > 0 or self.tower is not None:
                self.apply_style(self.figure.style)  # the dots badge and the votes' tower grow with the label
                return
            self.figure.forget_label_boxes()
            self._update_bounds()
            self.update()

    def label_rect(self, place: int | None = None) -> QRectF:
        """Where the label's text is, in item coordinates: at its current place (below the actor
        when it has none), or at `place` (an index into LABEL_PLACES)."""
        return self.figure.label_rect(place)

    def label_boxes(self) -> list[Box]:
        """The label with its background at each of LABEL_PLACES, in item coordinates."""
        return self.figure.label_boxes()

    def label_extent(self) -> Box:
        """How far the actor with its label below it reaches (see ActorFigure.label_extent)."""
        return self.figure.label_extent()

    def body_radius(self) -> float:
        """How far the circle with its outline (and a key actor's ring) reaches from the centre."""
        return self.figure.body_radius()

    @property
    def label_place(self) -> int | None:
        """The label's place (an index into LABEL_PLACES), None where the declutter hid it."""
        return self.figure.label_place

    def set_label_place(self, place: int | None) -> None:
        if place != self.figure.label_place:
            self.prepareGeometryChange()
            self.figure.label_place = place
            self._update_bounds()
            self.update()

    @property
    def label_placed(self) -> bool:
        return self.figure.label_placed

    @property
    def label_visible(self) -> bool:
        return self.figure.label_visible

    @property
    def label_forced(self) -> bool:
        return self.figure.label_forced

    def label_rank(self) -> tuple[bool, bool, bool, float, int, int]:
        """Sort key of the declutter, most important first (see ActorFigure.label_rank)."""
        return self.figure.label_rank(len(self.ties), self.actor_id)

    def set_label_picked(self, on: bool) -> None:
        """The actor is selected: its label shows even where the declutter found no place, and
        over its neighbours."""
        if on != self.figure.picked:
            self.prepareGeometryChange()
            self.figure.picked = on
            self.setZValue(HOVER_Z if on or self.figure.hovered else ACTOR_Z)
            self._update_bounds()
            self.update()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._set_hovered(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._set_hovered(False)
        super().hoverLeaveEvent(event)

    def _set_hovered(self, on: bool) -> None:
        self.figure.hovered = on
        self.setZValue(HOVER_Z if on or self.figure.picked else ACTOR_Z)
        if self.figure.label_place is None and self.figure.label_shown:
            self.prepareGeometryChange()
            self._update_bounds()
            self.update()

    def set_halo(self, kind: str, colour: QColor | None) -> None:
        halos = self.figure.halos
        if colour is None:
            if halos.pop(kind, None) is None:
                return
        else:
            halos[kind] = colour
        self.prepareGeometryChange()
        self._update_bounds()
        self.update()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    # -- geometry ------------------------------------------------------------------------------

    def label(self) -> LabelLayout:
        return self.figure.label()

    def set_hit_margin(self, margin: float) -> None:
        """A click up to `margin` map units beyond the circle's edge hits the actor (the scene sets
        it from the zoom, so that small dots are easy targets on a touchpad)."""
        if margin != self._hit:
            self.prepareGeometryChange()
            self._hit = margin
            self._update_bounds()

    def _update_bounds(self) -> None:
        self._bounds = self.figure.bounds(self._hit)
        if self.tower is not None:
            self.tower.follow()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """What a click hits (the view asks the shape): the circle with a margin around it and the
        label where it shows, so a click on a label takes the actor, never a tie behind it. The
        rubber band has its own test (MapScene.select_in_rect)."""
        path = QPainterPath()
        r = self.figure.edge + self._hit
        path.addEllipse(QPointF(0, 0), r, r)
        if self.figure.label_visible:
            path.addRect(self.label_rect().adjusted(-3, -2, 3, 2))
        return path

    def contains(self, point: QPointF | QPoint | QPainterPath.Element) -> bool:
        """Clicks on the circle (and a margin around it) or on the label hit the actor."""
        if isinstance(point, QPainterPath.Element):
            point = QPointF(point.x, point.y)
        r = self.figure.edge + self._hit
        if point.x() * point.x() + point.y() * point.y() <= r * r:
            return True
        if self.figure.label_visible:
            return self.label_rect().adjusted(-3, -2, 3, 2).contains(point)
        return False

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self.figure.paint(painter, selected, self.drop_target)


class TieItem(QGraphicsPathItem):
    """A tie on the canvas: its look is a TieFigure (netmap.render.ties, shared with the poster).

    The item's path (line and arrowheads) and its pen, a wide one, only give Qt the bounds and the
    clickable shape natively (no Python call per frame); the figure draws the real thing.
    """

    def __init__(self, tie: Tie, source: ActorItem, target: ActorItem, style: MapStyle, *,
                 ghost: bool = False) -> None:
        super().__init__()
        self.figure = TieFigure(tie, style, ghost=ghost)
        self.tie_id: int = tie.id if tie.id is not None else -1
        self.source = source
        self.target = target
        self.ghost = ghost
        self.setZValue(GHOST_Z if ghost else TIE_Z)
        if ghost:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        else:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.apply_style(style)

    @property
    def tie(self) -> Tie:
        return self.figure.tie

    def set_tie(self, tie: Tie) -> None:
        self.figure.tie = tie
        self.apply_style(self.figure.style)

    def apply_style(self, style: MapStyle, geometry: bool = True) -> None:
        self.figure.apply_style(style)
        self._update_bounds_pen()
        if geometry:
            self.update_geometry()

    @property
    def look(self) -> TieLook:
        return self.figure.look

    @property
    def tie_pen(self) -> QPen:
        return self.figure.look.pen

    @property
    def offset(self) -> float:
        return self.figure.offset

    @offset.setter
    def offset(self, value: float) -> None:
        self.figure.offset = value

    @property
    def halo(self) -> QColor | None:
        return self.figure.halo

    def _update_bounds_pen(self) -> None:
        # Wide enough for the selection's and the highlight's underlay: no Python call when the
        # selection changes.
        self.setPen(self.figure.look.bounds_pen_wide)

    def set_halo(self, colour: QColor | None) -> None:
        self.figure.halo = colour
        self._update_bounds_pen()
        self.update()

    def update_geometry(self) -> None:
        """Recompute the line between the actors' circles and the arrowheads."""
        p = self.source.pos()
        q = self.target.pos()
        path = self.figure.set_ends(p.x(), p.y(), self.source.edge + 1, q.x(), q.y(), self.target.edge + 1)
        self.setPath(path if path is not None else QPainterPath())

    @property
    def line(self) -> QLineF:
        return self.figure.line

    @property
    def heads(self) -> list[QPolygonF]:
        return self.figure.heads

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.figure.draw(painter, abs(painter.worldTransform().m11()), self.isSelected())



class ClusterItem(QGraphicsItem):
    """A cluster on the canvas: its look is a ClusterFigure (netmap.render.clusters, shared with
    the poster), a soft translucent hull around its members with its heading on top and its dots.

    Only the heading takes clicks (double-click opens the cluster); inside the hull the map stays
    free for double-clicks that add actors and for the rubber band."""

    def __init__(self, cluster: Cluster, style: MapStyle, index: int, heading_scale: float = 1.0) -> None:
        super().__init__()
        self.figure = ClusterFigure(cluster, style, index, heading_scale)
        self.cluster_id: int = cluster.id if cluster.id is not None else -1
        self.members: list[ActorItem] = []
        self.index = index
        self.setZValue(CLUSTER_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # The heading is an item of its own, above the ties (the hull lies below everything).
        self.heading = ClusterHeadingItem(self)
        self.apply_style(style)

    @property
    def cluster(self) -> Cluster:
        return self.figure.cluster

    def apply_style(self, style: MapStyle) -> None:
        self.figure.apply_style(style)
        self.update_hull()

    @property
    def fill(self) -> QColor:
        return self.figure.fill

    @property
    def edge(self) -> QPen:
        return self.figure.edge

    @property
    def heading_colour(self) -> QColor:
        return self.figure.heading_colour

    @property
    def heading_shift(self) -> float:
        return self.figure.heading_shift

    @heading_shift.setter
    def heading_shift(self, value: float) -> None:
        self.figure.heading_shift = value

    def set_heading_scale(self, factor: float) -> None:
        """Headings grow with the labels when zoomed out (see MapScene.set_view_scale)."""
        self.figure.heading_scale = factor
        self.update_hull()

    def heading_font(self) -> QFont:
        return self.figure.heading_font()

    def set_members(self, members: Iterable[ActorItem]) -> None:
        for item in self.members:
            if self in item.clusters:
                item.clusters.remove(self)
        self.members = list(members)
        for item in self.members:
            item.clusters.append(self)
        self.update_hull()

    def update_hull(self) -> None:
        self.prepareGeometryChange()
        self.heading.prepareGeometryChange()
        self.figure.update_hull([(m.pos().x(), m.pos().y(), m.figure) for m in self.members])
        self.update()
        self.heading.update()

    def badge_rect(self) -> QRectF:
        return self.figure.badge_rect()

    @property
    def style(self) -> MapStyle:
        return self.figure.style

    @property
    def hull(self) -> QPainterPath:
        return self.figure.hull

    @property
    def heading_rect(self) -> QRectF:
        return self.figure.heading_rect

    def heading_area(self) -> QRectF:
        """The heading with its dots."""
        return self.figure.heading_area()

    def boundingRect(self) -> QRectF:
        return self.figure.bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # clicks go through the hull; the heading takes them

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.figure.paint_hull(painter)


class ClusterHeadingItem(QGraphicsItem):
    """A cluster's heading with its dots, above the hull and the ties; double-click opens it."""

    def __init__(self, cluster: ClusterItem) -> None:
        super().__init__()
        self.cluster_item = cluster
        self.setZValue(HEADING_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    def boundingRect(self) -> QRectF:
        return self.cluster_item.figure.heading_bounds()

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.cluster_item.figure.paint_heading(painter)
