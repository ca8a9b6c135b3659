"""An actor as drawn on the map: their geometry and painting, with QtGui only.

The canvas's items (ui/canvas/items.py) and the poster's drawing (drawing.py) both hold these
figures and let them paint, so the screen and the poster cannot drift apart: an actor is a circle
filled by category, sized by influence, outlined by attitude, with a star and a ring for a key
actor, a badge with its dots and its label at one of LABEL_PLACES; a cluster is a soft hull around
its members with its heading on top. Figures know no position: the item (or the drawing) puts the
painter's origin at the actor's centre. Ties are in ties.py.
"""

from __future__ import annotations

import math
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from netmap.domain import Actor
from netmap.render.labels import LabelLayout
from netmap.render.style import MapStyle
from netmap.render.tower import tower_reach

__all__ = ["LABEL_PLACES", "ActorFigure", "Box", "badge_radius", "draw_dot_badge", "star_polygon"]

LABEL_PLACES = ("below", "above", "right", "left", "below right", "below left", "above right", "above left")
"""Where an actor's label can go, in order of preference (see ActorFigure.label_boxes)."""

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def star_polygon(centre: QPointF, outer: float, inner_ratio: float = 0.45) -> QPolygonF:
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else outer * inner_ratio
        a = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre.x() + r * math.cos(a), centre.y() + r * math.sin(a)))
    return QPolygonF(points)


def badge_radius(style: MapStyle, grow: float = 1.0) -> float:
    """The dots badge grows with the labels when zoomed out, so that a priority dot stays a visible
    mark (not a speck) from the back of the room."""
    return 10.0 * style.line_scale * max(1.0, grow)


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


class ActorFigure:
    """How one actor looks, in coordinates around its centre; see the module docstring.

    A ghost (a removed actor in a comparison) is a dashed, empty circle. `halos` ("overlay",
    "highlight" -> colour) ring the circle; `hovered` and `picked` (selected) labels show even
    where the declutter found no free place (`label_place` None)."""

    def __init__(self, actor: Actor, style: MapStyle, *, ghost: bool = False, label_shown: bool = True,
                 label_scale: float = 1.0) -> None:
        self.actor = actor
        self.ghost = ghost
        self.halos: dict[str, QColor] = {}
        self.label_shown = label_shown
        self.label_scale = label_scale
        self.label_place: int | None = 0  # index into LABEL_PLACES; None: no free place
        self.hovered = False
        self.picked = False
        self.has_tower = False  # the room's votes stand beside it (labels keep clear of them)
        self.style = style
        self.measure: float | None = None
        self.radius = 0.0
        self.edge = 0.0
        self.fill = QColor()
        self.outline = QPen()
        self._body = 0.0
        self._reach = (0.0, 0.0, 0.0, 0.0)
        self._label: LabelLayout | None = None
        self._label_size: tuple[float, float] | None = None
        self.forget_label_boxes()
        self.apply_style(style)

    def apply_style(self, style: MapStyle, measure: float | None | bool = False) -> None:
        """Recompute everything painted. `measure`: a share 0..1 sizes and colours the actor by an
        analysis measure, None goes back to influence and category, False keeps the current one."""
        self.style = style
        if measure is not False:
            self.measure = None if measure is None or measure is True else float(measure)
        a = self.actor
        if self.measure is None:
            self.radius = style.actor_radius(a.influence)
            self.fill = style.category_colour(a.category)
        else:
            self.radius = style.measure_radius(self.measure)
            self.fill = style.measure_colour(self.measure)
        self.outline = style.attitude_pen(a.attitude)
        if self.ghost:
            self.outline = QPen(style.ghost, 2.5 * style.line_scale, Qt.PenStyle.DashLine)
            self.fill = QColor(255, 255, 255, 150)
        self.edge = self.radius + self.outline.widthF() / 2  # where ties end: the circle's outer edge
        self._body = self.edge
        key = self.is_key
        if key:
            self._body = max(self._body, self.radius + 7.5 * style.line_scale)
        # How far a label's background must stay from the centre: above (the key's star, the
        # dots badge), right (the badge), left (the star) and, at the corners, along x and y.
        s = style.line_scale
        gap = 2 * s
        d = self.radius * 0.78
        star = d + 11 * s + 2 if key else 0.0
        badge = d + badge_radius(style, self.label_scale) + s if a.dots > 0 and not self.ghost else 0.0
        tower, tower_up = tower_reach(self._body, style, self.label_scale) if self.has_tower else (0.0, 0.0)
        self._reach = (max(self._body, star, badge, tower_up) + gap, max(self._body, badge) + gap,
                       max(self._body, star, tower) + gap,
                       self._body * 0.71 + gap)
        self._label_size = None
        self._label = None  # laid out again when next needed
        self.forget_label_boxes()

    def forget_label_boxes(self) -> None:
        """The label's boxes are computed again when next needed (its scale changed)."""
        self._label_boxes: list[Box] | None = None
        self._label_extent: Box | None = None
        self._text_cache: list[Box] | None = None

    @property
    def is_key(self) -> bool:
        return self.actor.is_key and not self.ghost

    # -- the label -------------------------------------------------------------------------------

    def label(self) -> LabelLayout:
        if self._label is None:
            self._label = LabelLayout(self.actor.name, self.style.label_font(bold=self.actor.is_key),
                                      self.style.label_width, self.style.label_lines)
        return self._label

    @property
    def label_placed(self) -> bool:
        """The label is on the map (the zoom allows labels and the declutter gave it a place)."""
        return self.label_shown and self.label_place is not None

    @property
    def label_visible(self) -> bool:
        """The label is drawn: placed, or hovered or selected while the zoom allows labels."""
        return self.label_shown and (self.label_place is not None or self.hovered or self.picked)

    @property
    def label_forced(self) -> bool:
        """The label must show (hovered, selected or a key actor), free place or not."""
        return self.hovered or self.picked or self.is_key

    def label_rank(self, ties: int, actor_id: int) -> tuple[bool, bool, bool, float, int, int]:
        """Sort key of the declutter, most important first: hovered and selected actors, key
        actors, then the bigger circles (more influence, or more of the measure shown), then more
        `ties`; removed actors of a comparison last."""
        return (not (self.hovered or self.picked), not self.is_key, self.ghost, -self.radius, -ties, actor_id)

    def label_rect(self, place: int | None = None) -> QRectF:
        """Where the label's text is: at its current place (below the actor when it has none), or
        at `place` (an index into LABEL_PLACES)."""
        x0, y0, x1, y1 = self._text_box(self.label_place or 0 if place is None else place)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def label_boxes(self) -> list[Box]:
        """The label with its background at each of LABEL_PLACES, as (x0, y0, x1, y1): none of
        them touches the circle, its key ring, star or dots badge."""
        if self._label_boxes is None:
            f = self.label_scale
            self._label_boxes = [(x0 - 3 * f, y0 - f, x1 + 3 * f, y1 + f) for x0, y0, x1, y1 in self._text_boxes()]
        return self._label_boxes

    def label_extent(self) -> Box:
        """How far the actor with its label below it reaches, (left, top, right, bottom) from the
        centre: the declutter keeps labels inside the map's frame made of these."""
        if self._label_extent is None:
            f = self.label_scale
            x0, _, x1, y1 = self._text_boxes(below_only=True)[0]
            r = self._body
            self._label_extent = (min(x0 - 3 * f, -r), -r, max(x1 + 3 * f, r), y1 + f)
        return self._label_extent

    def _text_box(self, place: int) -> Box:
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
        f = self.label_scale
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

    def label_top(self) -> float:
        """Labels below the actor start below the circle and its key ring, their background 2
        units (3 in presentation mode) clear of it: they never cover it."""
        return self.body_radius() + 2 * self.style.line_scale + self.label_scale

    # -- the shape -------------------------------------------------------------------------------

    def body_radius(self) -> float:
        """How far the circle with its outline (and a key actor's ring) reaches from the centre."""
        return self._body

    def ring_extent(self) -> float:
        """How far the drawing reaches around the centre (outline, key ring, halos)."""
        s = self.style.line_scale
        extent = self.edge
        if self.is_key:
            extent = self.radius + 9 * s
        extent += 4 * s  # selection ring / drop target
        if self.halos:
            extent = max(extent, self.radius + (8 + 8 * len(self.halos)) * s)
        return extent

    def badge_centre(self) -> QPointF:
        d = self.radius * 0.78
        return QPointF(d, -d)

    def star(self) -> QPolygonF:
        d = self.radius * 0.78
        return star_polygon(QPointF(-d - 2, -d - 2), 9 * self.style.line_scale)

    def bounds(self, hit: float = 0.0) -> QRectF:
        """Everything painted (and `hit`, a click margin beyond the circle's edge)."""
        e = max(self.ring_extent(), self.edge + hit) + 1
        rect = QRectF(-e, -e, 2 * e, 2 * e)
        if self.is_key:
            rect = rect.united(self.star().boundingRect().adjusted(-2, -2, 2, 2))
        if self.actor.dots > 0 and not self.ghost:
            b = badge_radius(self.style, self.label_scale) + 2
            c = self.badge_centre()
            rect = rect.united(QRectF(c.x() - b, c.y() - b, 2 * b, 2 * b))
        if self.label_visible:
            f = self.label_scale
            rect = rect.united(self.label_rect().adjusted(-4 * f, -2 * f, 4 * f, 2 * f))
        return rect

    def paint(self, painter: QPainter, selected: bool = False, drop_target: bool = False) -> None:
        """Paint the actor around the painter's origin."""
        style = self.style
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
        if selected or drop_target:
            glow = QColor(style.selection)
            glow.setAlpha(110)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(centre, r + 7 * s, r + 7 * s)
        painter.setPen(self.outline)
        painter.setBrush(self.fill)
        painter.drawEllipse(centre, r, r)
        if self.is_key:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(style.key_mark, 3 * s))
            painter.drawEllipse(centre, r + 6 * s, r + 6 * s)
            painter.setPen(QPen(QColor("#5d4200"), 1.2 * s))
            painter.setBrush(QColor("#ffc107"))
            painter.drawPolygon(self.star())
        if selected:
            painter.setPen(QPen(style.selection, 2.5 * s))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, r + 3.5 * s, r + 3.5 * s)
        if self.actor.dots > 0 and not self.ghost:
            draw_dot_badge(painter, self.badge_centre(), self.actor.dots, style, self.label_scale)
        if self.label_visible:
            self._paint_label(painter, selected)

    def _paint_label(self, painter: QPainter, selected: bool) -> None:
        style = self.style
        label = self.label()
        x0, y0, x1, _ = self._text_box(self.label_place or 0)
        painter.save()
        painter.translate((x0 + x1) / 2, y0)
        painter.scale(self.label_scale, self.label_scale)
        painter.setPen(Qt.PenStyle.NoPen)
        background = QColor(style.label_background)
        if selected:
            background = QColor("#bbdefb")
        painter.setBrush(background)
        painter.drawRoundedRect(label.rect.adjusted(-3, -1, 3, 1), 3, 3)
        painter.setPen(style.ghost if self.ghost else style.label_text)
        label.draw(painter, 0.0)
        painter.restore()
