"""The things on the map: actors, ties and cluster hulls.

Items keep what they need to paint ready-made (pens, colours, the laid-out label, the tie's
trimmed line and arrowheads), so `paint` only draws. Positions are scene units; a tie lives in
scene coordinates (its own position stays 0, 0) and is told by its actors when they move.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
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

from netmap.domain import Actor, Cluster, Direction, Tie
from netmap.ui.canvas.labels import LabelLayout
from netmap.ui.canvas.room_tower import tower_reach
from netmap.ui.canvas.style import MapStyle

if TYPE_CHECKING:
    from collections.abc import Iterable

    from netmap.ui.canvas.room_tower import RoomTowerItem

__all__ = ["LABEL_PLACES", "ActorItem", "ClusterHeadingItem", "ClusterItem", "TieItem", "draw_dot_badge",
           "star_polygon"]

_UNDIRECTED = Direction.UNDIRECTED
_MUTUAL = Direction.MUTUAL
_NO_PEN = Qt.PenStyle.NoPen

ACTOR_Z = 10.0
TIE_Z = 0.0
GHOST_Z = -2.0
CLUSTER_Z = -10.0
HEADING_Z = 5.0
HOVER_Z = ACTOR_Z + 1  # a hovered actor's label is drawn over its neighbours

LABEL_PLACES = ("below", "above", "right", "left", "below right", "below left", "above right", "above left")
"""Where an actor's label can go, in order of preference (see ActorItem.label_boxes)."""

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def star_polygon(centre: QPointF, outer: float, inner_ratio: float = 0.45) -> QPolygonF:
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else outer * inner_ratio
        a = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre.x() + r * math.cos(a), centre.y() + r * math.sin(a)))
    return QPolygonF(points)


def draw_dot_badge(painter: QPainter, centre: QPointF, count: int, style: MapStyle, grow: float = 1.0) -> None:
    """A filled dot with the number of priority dots in it (`grow`: as much larger as the labels)."""
    radius = badge_radius(style, grow)
    painter.setPen(QPen(QColor("#ffffff"), 1.5 * style.line_scale))
    painter.setBrush(style.dot_fill)
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(style.small_font(radius * 1.15))
    text = str(count) if count < 100 else "99+"
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                     Qt.AlignmentFlag.AlignCenter, text)


def badge_radius(style: MapStyle, grow: float = 1.0) -> float:
    """The dots badge grows with the labels when zoomed out, so that a priority dot stays a visible
    mark (not a speck) from the back of the room."""
    return 10.0 * style.line_scale * max(1.0, grow)


class ActorItem(QGraphicsItem):
    """An actor: a circle filled by category, sized by influence, outlined by attitude; a star and
    a ring for a key actor; a badge with its dots; its label below it, or at another of
    LABEL_PLACES, or hidden where the scene's declutter pass found no free place for it (then it
    still shows while the actor is hovered or selected).

    A ghost (a removed actor in a comparison) is a dashed, empty circle and cannot be moved.
    """

    def __init__(self, actor: Actor, style: MapStyle, *, ghost: bool = False, label_shown: bool = True,
                 label_scale: float = 1.0, interactive: bool = True, cached: bool = True) -> None:
        """`interactive=False`: only drawn (a poster), never moved, selected or hovered;
        `cached=False`: painted afresh every time (vector output)."""
        super().__init__()
        self.actor = actor
        self.actor_id: int = actor.id if actor.id is not None else -1
        self.ghost = ghost
        self.ties: list[TieItem] = []
        self.clusters: list[ClusterItem] = []
        self.halos: dict[str, QColor] = {}  # "overlay" / "highlight" -> colour
        self.drop_target = False
        self._style = style
        self._measure: float | None = None
        self._label: LabelLayout | None = None
        self._label_shown = label_shown
        self._label_scale = label_scale
        self._label_place: int | None = 0  # index into LABEL_PLACES; None: no free place
        self._label_boxes: list[Box] | None = None  # see label_boxes
        self._text_cache: list[Box] | None = None  # see _text_box
        self._hovered = False
        self._picked = False  # selected: the label shows wherever the declutter put it
        self.radius = 0.0
        self.edge = 0.0
        self._body = 0.0  # see body_radius
        self._reach = (0.0, 0.0, 0.0, 0.0)  # see apply_style
        self._label_size: tuple[float, float] | None = None  # the laid-out label's, unscaled
        self._label_extent: Box | None = None
        self._hit = 2.0  # see set_hit_margin
        self.tower: RoomTowerItem | None = None  # the room's votes beside the actor (room_tower.py)
        self._bounds = QRectF()
        self.setZValue(GHOST_Z if ghost else ACTOR_Z)
        if interactive and not ghost:
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

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        if (self.pos().x(), self.pos().y()) != (actor.x, actor.y):
            self.setPos(actor.x, actor.y)
        self.apply_style(self._style)  # also redraws the ties

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
        self._style = style
        if measure is not False:
            self._measure = measure  # type: ignore[assignment]
        a = self.actor
        if self._measure is None:
            self.radius = style.actor_radius(a.influence)
            self.fill = style.category_colour(a.category)
        else:
            self.radius = style.measure_radius(self._measure)
            self.fill = style.measure_colour(self._measure)
        self.outline = style.attitude_pen(a.attitude)
        if self.ghost:
            self.outline = QPen(style.ghost, 2.5 * style.line_scale, Qt.PenStyle.DashLine)
            self.fill = QColor(255, 255, 255, 150)
        self.edge = self.radius + self.outline.widthF() / 2  # where ties end: the circle's outer edge
        self._body = self.edge
        key = a.is_key and not self.ghost
        if key:
            self._body = max(self._body, self.radius + 7.5 * style.line_scale)
        # How far a label's background must stay from the centre: above (the key's star, the
        # dots badge), right (the badge), left (the star) and, at the corners, along x and y.
        s = style.line_scale
        gap = 2 * s
        d = self.radius * 0.78
        star = d + 11 * s + 2 if key else 0.0
        badge = d + badge_radius(style, self._label_scale) + s if a.dots > 0 and not self.ghost else 0.0
        tower, tower_up = tower_reach(self._body, style, self._label_scale) if self.tower is not None else (0, 0)
        self._reach = (max(self._body, star, badge, tower_up) + gap, max(self._body, badge) + gap,
                       max(self._body, star, tower) + gap,
                       self._body * 0.71 + gap)
        self._label_size = None
        self._label = None  # laid out again when next needed
        self._label_boxes = self._label_extent = self._text_cache = None
        self._update_bounds()
        self.update()
        for tie in self.ties:
            tie.update_geometry()

    @property
    def style(self) -> MapStyle:
        return self._style

    def set_label_shown(self, shown: bool) -> None:
        if shown != self._label_shown:
            self.prepareGeometryChange()
            self._label_shown = shown
            self._update_bounds()
            self.update()

    @property
    def label_shown(self) -> bool:
        return self._label_shown

    @property
    def label_scale(self) -> float:
        return self._label_scale

    def set_tower(self, tower: RoomTowerItem | None) -> None:
        """Show the room's votes beside the actor (None: take them away); a label placed to the
        left keeps clear of the tower."""
        if self.tower is not None and self.tower is not tower:
            old, self.tower = self.tower, None
            old.setParentItem(None)
            if old.scene() is not None:
                old.scene().removeItem(old)
        self.tower = tower
        self.apply_style(self._style)

    def set_label_scale(self, factor: float) -> None:
        """Draw the label `factor` times its size (zoomed out, labels keep a readable size)."""
        if abs(factor - self._label_scale) > 1e-6:
            self.prepareGeometryChange()
            self._label_scale = factor
            if self.actor.dots > 0 or self.tower is not None:
                self.apply_style(self._style)  # the dots badge and the votes' tower grow with the label
                return
            self._label_boxes = self._label_extent = self._text_cache = None
            self._update_bounds()
            self.update()

    def label_rect(self, place: int | None = None) -> QRectF:
        """Where the label's text is, in item coordinates: at its current place (below the actor
        when it has none), or at `place` (an index into LABEL_PLACES)."""
        x0, y0, x1, y1 = self._text_box(self._label_place or 0 if place is None else place)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def label_boxes(self) -> list[Box]:
        """The label with its background at each of LABEL_PLACES, as (x0, y0, x1, y1) in item
        coordinates: none of them touches the circle, its key ring, star or dots badge."""
        if self._label_boxes is None:
            f = self._label_scale
            self._label_boxes = [(x0 - 3 * f, y0 - f, x1 + 3 * f, y1 + f) for x0, y0, x1, y1 in self._text_boxes()]
        return self._label_boxes

    def label_extent(self) -> Box:
        """How far the actor with its label below it reaches, (left, top, right, bottom) from the
        centre: the declutter keeps labels inside the map's frame made of these."""
        if self._label_extent is None:
            f = self._label_scale
            x0, _, x1, y1 = self._text_boxes(below_only=True)[0]
            r = self._body
            self._label_extent = (min(x0 - 3 * f, -r), -r, max(x1 + 3 * f, r), y1 + f)
        return self._label_extent

    def _text_box(self, place: int) -> Box:
        """Where the label's text goes at LABEL_PLACES[place], in item coordinates."""
        if place == 0:
            return self._text_boxes(below_only=True)[0]
        if self._text_cache is None:
            self._text_cache = self._text_boxes()
        return self._text_cache[place]

    def _text_boxes(self, below_only: bool = False) -> list[Box]:
        """Where the label's text goes at each of LABEL_PLACES (only the first: `below_only`)."""
        if self._label_size is None:
            rect = self.label().rect
            self._label_size = (rect.width(), rect.height())
        f = self._label_scale
        w, h = self._label_size[0] * f, self._label_size[1] * f
        top = self.label_top()
        below = (-w / 2, top, w / 2, top + h)
        if below_only:
            return [below]
        up, right, left, corner = self._reach
        up += f  # the background reaches f above and below the text, 3 f to the sides
        right += 3 * f
        left += 3 * f
        low, side = corner + f, corner + 3 * f
        return [below,
                (-w / 2, -up - h, w / 2, -up),  # above
                (right, -h / 2, right + w, h / 2),  # right
                (-left - w, -h / 2, -left, h / 2),  # left
                (side, low, side + w, low + h),  # below right
                (-side - w, low, -side, low + h),  # below left
                (side, -up - h, side + w, -up),  # above right
                (-side - w, -up - h, -side, -up)]  # above left

    def body_radius(self) -> float:
        """How far the circle with its outline (and a key actor's ring) reaches from the centre."""
        return self._body

    @property
    def label_place(self) -> int | None:
        """The label's place (an index into LABEL_PLACES), None where the declutter hid it."""
        return self._label_place

    def set_label_place(self, place: int | None) -> None:
        if place != self._label_place:
            self.prepareGeometryChange()
            self._label_place = place
            self._update_bounds()
            self.update()

    @property
    def label_placed(self) -> bool:
        """The label is on the map (the zoom allows labels and the declutter gave it a place)."""
        return self._label_shown and self._label_place is not None

    @property
    def label_visible(self) -> bool:
        """The label is drawn: placed, or hovered or selected while the zoom allows labels."""
        return self._label_shown and (self._label_place is not None or self._hovered or self._picked)

    @property
    def label_forced(self) -> bool:
        """The label must show (hovered, selected or a key actor), free place or not."""
        return self._hovered or self._picked or (self.actor.is_key and not self.ghost)

    def label_rank(self) -> tuple[bool, bool, bool, float, int, int]:
        """Sort key of the declutter, most important first: hovered and selected actors, key
        actors, then the bigger circles (more influence, or more of the measure shown), then more
        ties; removed actors of a comparison last."""
        return (not (self._hovered or self._picked), not (self.actor.is_key and not self.ghost), self.ghost,
                -self.radius, -len(self.ties), self.actor_id)

    def set_label_picked(self, on: bool) -> None:
        """The actor is selected: its label shows even where the declutter found no place, and
        over its neighbours."""
        if on != self._picked:
            self.prepareGeometryChange()
            self._picked = on
            self.setZValue(HOVER_Z if on or self._hovered else ACTOR_Z)
            self._update_bounds()
            self.update()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._set_hovered(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._set_hovered(False)
        super().hoverLeaveEvent(event)

    def _set_hovered(self, on: bool) -> None:
        self._hovered = on
        self.setZValue(HOVER_Z if on or self._picked else ACTOR_Z)
        if self._label_place is None and self._label_shown:
            self.prepareGeometryChange()
            self._update_bounds()
            self.update()

    def set_halo(self, kind: str, colour: QColor | None) -> None:
        if colour is None:
            if self.halos.pop(kind, None) is None:
                return
        else:
            self.halos[kind] = colour
        self.prepareGeometryChange()
        self._update_bounds()
        self.update()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    # -- geometry ------------------------------------------------------------------------------

    def label(self) -> LabelLayout:
        if self._label is None:
            self._label = LabelLayout(self.actor.name, self._style.label_font(bold=self.actor.is_key),
                                      self._style.label_width, self._style.label_lines)
        return self._label

    def _ring_extent(self) -> float:
        """How far the drawing reaches around the centre (outline, key ring, halos)."""
        s = self._style.line_scale
        extent = self.edge
        if self.actor.is_key and not self.ghost:
            extent = self.radius + 9 * s
        extent += 4 * s  # selection ring / drop target
        if self.halos:
            extent = max(extent, self.radius + (8 + 8 * len(self.halos)) * s)
        return extent

    def label_top(self) -> float:
        """Labels below the actor start below the circle and its key ring, their background 2
        units (3 in presentation mode) clear of it: they never cover it."""
        return self.body_radius() + 2 * self._style.line_scale + self._label_scale

    def set_hit_margin(self, margin: float) -> None:
        """A click up to `margin` map units beyond the circle's edge hits the actor (the scene sets
        it from the zoom, so that small dots are easy targets on a touchpad)."""
        if margin != self._hit:
            self.prepareGeometryChange()
            self._hit = margin
            self._update_bounds()

    def _update_bounds(self) -> None:
        e = max(self._ring_extent(), self.edge + self._hit) + 1
        rect = QRectF(-e, -e, 2 * e, 2 * e)
        if self.actor.is_key and not self.ghost:
            rect = rect.united(self._star_polygon().boundingRect().adjusted(-2, -2, 2, 2))
        if self.actor.dots > 0 and not self.ghost:
            b = badge_radius(self._style, self._label_scale) + 2
            c = self._badge_centre()
            rect = rect.united(QRectF(c.x() - b, c.y() - b, 2 * b, 2 * b))
        if self.label_visible:
            f = self._label_scale
            rect = rect.united(self.label_rect().adjusted(-4 * f, -2 * f, 4 * f, 2 * f))
        self._bounds = rect
        if self.tower is not None:
            self.tower.follow()

    def _badge_centre(self) -> QPointF:
        d = self.radius * 0.78
        return QPointF(d, -d)

    def _star_polygon(self) -> QPolygonF:
        d = self.radius * 0.78
        return star_polygon(QPointF(-d - 2, -d - 2), 9 * self._style.line_scale)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """What a click hits (the view asks the shape): the circle with a margin around it and the
        label where it shows, so a click on a label takes the actor, never a tie behind it. The
        rubber band has its own test (MapScene.select_in_rect)."""
        path = QPainterPath()
        r = self.edge + self._hit
        path.addEllipse(QPointF(0, 0), r, r)
        if self.label_visible:
            path.addRect(self.label_rect().adjusted(-3, -2, 3, 2))
        return path

    def contains(self, point: QPointF) -> bool:
        """Clicks on the circle (and a margin around it) or on the label hit the actor."""
        r = self.edge + self._hit
        if point.x() * point.x() + point.y() * point.y() <= r * r:
            return True
        if self.label_visible:
            return self.label_rect().adjusted(-3, -2, 3, 2).contains(point)
        return False

    # -- painting ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        style = self._style
        s = style.line_scale
        r = self.radius
        centre = QPointF(0, 0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        ring = r + 8 * s
        for colour in self.halos.values():
            halo = QColor(colour)
            halo.setAlpha(190)
            painter.setPen(QPen(halo, 7 * s))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, ring, ring)
            ring += 8 * s
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected or self.drop_target:
            glow = QColor(style.selection)
            glow.setAlpha(110)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(centre, r + 7 * s, r + 7 * s)
        painter.setPen(self.outline)
        painter.setBrush(self.fill)
        painter.drawEllipse(centre, r, r)
        if self.actor.is_key and not self.ghost:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(style.key_mark, 3 * s))
            painter.drawEllipse(centre, r + 6 * s, r + 6 * s)
            painter.setPen(QPen(QColor("#5d4200"), 1.2 * s))
            painter.setBrush(QColor("#ffc107"))
            painter.drawPolygon(self._star_polygon())
        if selected:
            painter.setPen(QPen(style.selection, 2.5 * s))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, r + 3.5 * s, r + 3.5 * s)
        if self.actor.dots > 0 and not self.ghost:
            draw_dot_badge(painter, self._badge_centre(), self.actor.dots, style, self._label_scale)
        if self.label_visible:
            label = self.label()
            x0, y0, x1, _ = self._text_box(self._label_place or 0)
            painter.save()
            painter.translate((x0 + x1) / 2, y0)
            painter.scale(self._label_scale, self._label_scale)
            painter.setPen(Qt.PenStyle.NoPen)
            background = QColor(style.label_background)
            if selected:
                background = QColor("#bbdefb")
            painter.setBrush(background)
            painter.drawRoundedRect(label.rect.adjusted(-3, -1, 3, 1), 3, 3)
            painter.setPen(style.ghost if self.ghost else style.label_text)
            label.draw(painter, 0.0)
            painter.restore()


class TieItem(QGraphicsPathItem):
    """A tie: a line in the kind's colour and dash, as wide as its strength, with an arrowhead at
    the target (directed) or at both ends (mutual). Parallel ties between the same two actors are
    drawn side by side (`offset`). A ghost (a removed tie in a comparison) is grey and dashed.

    The item's path (line and arrowheads) and its pen, a wide one, only give Qt the bounds and the
    clickable shape natively (no Python call per frame); `draw` draws the real thing.

    A `bundled` tie is not put on the scene: a TieBundle draws it with all the others (posters,
    where thousands of ties are drawn once and never clicked).
    """

    def __init__(self, tie: Tie, source: ActorItem, target: ActorItem, style: MapStyle, *,
                 ghost: bool = False, bundled: bool = False) -> None:
        super().__init__()
        self.bundled = bundled
        self.tie = tie
        self.tie_id: int = tie.id if tie.id is not None else -1
        self.source = source
        self.target = target
        self.ghost = ghost
        self.offset = 0.0
        self.halo: QColor | None = None
        self._style = style
        self._line = QLineF()
        self._heads: list[QPolygonF] = []
        self._empty = True
        if not bundled:
            self.setZValue(GHOST_Z if ghost else TIE_Z)
            if ghost:
                self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            else:
                self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.apply_style(style)

    def set_tie(self, tie: Tie) -> None:
        self.tie = tie
        self.apply_style(self._style)

    def apply_style(self, style: MapStyle, geometry: bool = True) -> None:
        self._style = style
        self.look = style.tie_look(self.tie.kind, self.tie.strength, self.ghost)
        self._update_bounds_pen()
        if geometry:
            self.update_geometry()

    @property
    def tie_pen(self) -> QPen:
        return self.look.pen

    def _update_bounds_pen(self) -> None:
        # Wide enough for the selection's and the highlight's underlay: no Python call when the
        # selection changes.
        if not self.bundled:
            self.setPen(self.look.bounds_pen_wide)

    def set_halo(self, colour: QColor | None) -> None:
        self.halo = colour
        self._update_bounds_pen()
        self.update()

    def update_geometry(self) -> None:
        """Recompute the line between the actors' circles and the arrowheads."""
        p = self.source.pos()
        q = self.target.pos()
        px, py = p.x(), p.y()
        dx, dy = q.x() - px, q.y() - py
        length = math.hypot(dx, dy)
        self._heads = []
        gap_s = self.source.edge + 1
        gap_t = self.target.edge + 1
        if length <= gap_s + gap_t + 2:
            self._line = QLineF()
            self._empty = True
            if not self.bundled:
                self.setPath(QPainterPath())
            return
        self._empty = False
        ux, uy = dx / length, dy / length
        ox, oy = -uy * self.offset, ux * self.offset
        # With a sideways offset the line meets the circle a little further in; close enough.
        x0, y0 = px + ux * gap_s + ox, py + uy * gap_s + oy
        x1, y1 = px + dx - ux * gap_t + ox, py + dy - uy * gap_t + oy
        line = [x0, y0, x1, y1]
        direction = self.tie.direction
        if direction != _UNDIRECTED:
            size = self.look.arrow_size
            self._heads.append(self._head(x1, y1, ux, uy, size))
            line[2:] = x1 - ux * size * 0.8, y1 - uy * size * 0.8
            if direction == _MUTUAL:
                self._heads.append(self._head(x0, y0, -ux, -uy, size))
                line[:2] = x0 + ux * size * 0.8, y0 + uy * size * 0.8
        self._line = QLineF(*line)
        if self.bundled:
            return
        path = QPainterPath(QPointF(x0, y0))
        path.lineTo(x1, y1)
        for head in self._heads:
            path.addPolygon(head)
        self.setPath(path)

    @staticmethod
    def _head(x: float, y: float, ux: float, uy: float, size: float) -> QPolygonF:
        """An arrowhead with its tip at (x, y), pointing along (ux, uy)."""
        bx, by = x - ux * size, y - uy * size
        w = size * 0.45
        return QPolygonF([QPointF(x, y), QPointF(bx - uy * w, by + ux * w), QPointF(bx + uy * w, by - ux * w)])

    @property
    def line(self) -> QLineF:
        return self._line

    @property
    def heads(self) -> list[QPolygonF]:
        return self._heads

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.draw(painter, abs(painter.worldTransform().m11()), self.isSelected())

    def draw(self, painter: QPainter, scale: float, selected: bool = False) -> None:
        """Draw the tie at `scale` (device units per scene unit: fine dashes and arrowheads are
        left out where they would be too small to see)."""
        if self._empty:
            return
        look = self.look
        if self.halo is not None or selected:
            under = QColor(self._style.selection if selected else self.halo)
            under.setAlpha(120)
            wide = QPen(under, look.pen.widthF() + 8 * self._style.line_scale)
            wide.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(wide)
            painter.drawLine(self._line)
        painter.setPen(look.pen if scale >= look.dash_min_scale else look.solid_pen)
        painter.drawLine(self._line)
        if self._heads and scale >= look.head_min_scale:
            painter.setPen(_NO_PEN)
            painter.setBrush(look.head_brush)
            for head in self._heads:
                painter.drawPolygon(head)


class ClusterItem(QGraphicsItem):
    """A cluster: a soft translucent hull around its members with its heading on top and its dots.

    Only the heading takes clicks (double-click opens the cluster); inside the hull the map stays
    free for double-clicks that add actors and for the rubber band."""

    def __init__(self, cluster: Cluster, style: MapStyle, index: int, heading_scale: float = 1.0) -> None:
        super().__init__()
        self.cluster = cluster
        self.cluster_id: int = cluster.id if cluster.id is not None else -1
        self.members: list[ActorItem] = []
        self.index = index
        self._style = style
        self._heading_scale = heading_scale
        self.heading_shift = 0.0  # upwards, so that headings of overlapping hulls do not collide
        self._hull = QPainterPath()
        self._heading_rect = QRectF()
        self._bounds = QRectF()
        self.setZValue(CLUSTER_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # The heading is an item of its own, above the ties (the hull lies below everything).
        self.heading = ClusterHeadingItem(self)
        self.apply_style(style)

    def apply_style(self, style: MapStyle) -> None:
        self._style = style
        base = style.cluster_colour(self.cluster.colour, self.index)
        self.fill = QColor(base)
        self.fill.setAlpha(40 if not style.presentation else 52)
        edge = QColor(base.darker(125))
        edge.setAlpha(150)
        self.edge = QPen(edge, 2.0 * style.line_scale)
        self.heading_colour = base.darker(190)
        self.update_hull()

    def set_heading_scale(self, factor: float) -> None:
        """Headings grow with the labels when zoomed out (see MapScene.set_view_scale)."""
        self._heading_scale = factor
        self.update_hull()

    def heading_font(self) -> QFont:
        font = self._style.heading_font()
        font.setPixelSize(max(1, round(self._style.heading_px * self._heading_scale)))
        return font

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
        style = self._style
        points: list[QPointF] = []
        for item in self.members:
            c = item.pos()
            r = item.radius + 22 * style.line_scale
            for k in range(16):
                a = k * math.pi / 8
                points.append(QPointF(c.x() + r * math.cos(a), c.y() + r * math.sin(a)))
            if item.label_placed:
                # Keep the member's label inside the hull too.
                rect = item.label_rect().translated(c).adjusted(-8, -4, 8, 8)
                points.extend([rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()])
        self._hull = _rounded_path(_convex_hull(points)) if points else QPainterPath()
        metrics = QFontMetricsF(self.heading_font())
        text_width = metrics.horizontalAdvance(self.cluster.name)
        self.heading.prepareGeometryChange()
        if self._hull.isEmpty():
            self._heading_rect = QRectF()
            self._bounds = QRectF()
            self.update()
            self.heading.update()
            return
        hull_rect = self._hull.boundingRect()
        height = metrics.height()
        self._heading_rect = QRectF(hull_rect.center().x() - text_width / 2 - 6,
                                    hull_rect.top() - height - 2 - self.heading_shift, text_width + 12, height + 2)
        m = self.edge.widthF() + 2
        self._bounds = hull_rect.adjusted(-m, -m, m, m)
        self.update()
        self.heading.update()

    def badge_rect(self) -> QRectF:
        b = badge_radius(self._style, self._heading_scale)
        h = self._heading_rect
        return QRectF(h.right() + 2, h.center().y() - b, 2 * b, 2 * b)

    @property
    def style(self) -> MapStyle:
        return self._style

    @property
    def hull(self) -> QPainterPath:
        return self._hull

    @property
    def heading_rect(self) -> QRectF:
        return self._heading_rect

    def heading_area(self) -> QRectF:
        """The heading with its dots."""
        return self._heading_rect.united(self.badge_rect()) if self.cluster.dots > 0 else QRectF(self._heading_rect)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # clicks go through the hull; the heading takes them

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._hull.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self.edge)
        painter.setBrush(self.fill)
        painter.drawPath(self._hull)


class ClusterHeadingItem(QGraphicsItem):
    """A cluster's heading with its dots, above the hull and the ties; double-click opens it."""

    def __init__(self, cluster: ClusterItem) -> None:
        super().__init__()
        self.cluster_item = cluster
        self.setZValue(HEADING_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    def boundingRect(self) -> QRectF:
        c = self.cluster_item
        rect = c.heading_rect
        if rect.isNull():
            return QRectF()
        if c.cluster.dots > 0:
            rect = rect.united(c.badge_rect())
        return rect.adjusted(-2, -2, 2, 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        c = self.cluster_item
        if c.heading_rect.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(c.heading_font())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 190))
        painter.drawRoundedRect(c.heading_rect, 4, 4)
        painter.setPen(c.heading_colour)
        painter.drawText(c.heading_rect, Qt.AlignmentFlag.AlignCenter, c.cluster.name)
        if c.cluster.dots > 0:
            draw_dot_badge(painter, c.badge_rect().center(), c.cluster.dots, c.style, c.badge_rect().width() / 2
                           / badge_radius(c.style))


def _convex_hull(points: list[QPointF]) -> list[QPointF]:
    """Andrew's monotone chain; counter-clockwise, without repeating the first point."""
    pts = sorted({(round(p.x(), 3), round(p.y(), 3)) for p in points})
    if len(pts) <= 2:
        return [QPointF(x, y) for x, y in pts]

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return [QPointF(x, y) for x, y in lower[:-1] + upper[:-1]]


def _rounded_path(hull: list[QPointF]) -> QPainterPath:
    """A closed smooth curve through the middles of the hull's edges, bending at its corners."""
    path = QPainterPath()
    n = len(hull)
    if n == 0:
        return path
    if n < 3:
        path.addPolygon(QPolygonF(hull))
        return path

    def mid(a: QPointF, b: QPointF) -> QPointF:
        return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)

    path.moveTo(mid(hull[-1], hull[0]))
    for i in range(n):
        path.quadTo(hull[i], mid(hull[i], hull[(i + 1) % n]))
    path.closeSubpath()
    return path
