"""A cluster as drawn on the map: a soft translucent hull around its members, its heading on top.

Shared by the canvas's ClusterItem (ui/canvas/items.py) and the poster's drawing (drawing.py), so
both draw the same hull; with QtGui only.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from netmap.domain import Cluster
from netmap.render.figures import ActorFigure, badge_radius, draw_dot_badge
from netmap.render.style import MapStyle

__all__ = ["ClusterFigure", "Member", "arrange_headings", "convex_hull", "rounded_path"]


Member = tuple[float, float, ActorFigure]
"""A cluster's member: the centre of its actor and the actor's figure."""


class ClusterFigure:
    """A cluster: a soft translucent hull around its members with its heading on top and its dots."""

    def __init__(self, cluster: Cluster, style: MapStyle, index: int, heading_scale: float = 1.0) -> None:
        self.cluster = cluster
        self.index = index
        self.heading_scale = heading_scale
        self.heading_shift = 0.0  # upwards, so that headings of overlapping hulls do not collide
        self.hull = QPainterPath()
        self.heading_rect = QRectF()
        self.bounds = QRectF()
        self.style = style
        self.fill = QColor()
        self.edge = QPen()
        self.heading_colour = QColor()
        self.apply_style(style)

    def apply_style(self, style: MapStyle) -> None:
        """Take the style's colours; the caller updates the hull."""
        self.style = style
        base = style.cluster_colour(self.cluster.colour, self.index)
        self.fill = QColor(base)
        self.fill.setAlpha(40 if not style.presentation else 52)
        edge = QColor(base.darker(125))
        edge.setAlpha(150)
        self.edge = QPen(edge, 2.0 * style.line_scale)
        self.heading_colour = base.darker(190)

    def heading_font(self) -> QFont:
        font = self.style.heading_font()
        font.setPixelSize(max(1, round(self.style.heading_px * self.heading_scale)))
        return font

    def update_hull(self, members: Sequence[Member]) -> None:
        """The hull around `members` (their circles and placed labels), its heading above it."""
        style = self.style
        points: list[QPointF] = []
        for x, y, figure in members:
            r = figure.radius + 22 * style.line_scale
            for k in range(16):
                a = k * math.pi / 8
                points.append(QPointF(x + r * math.cos(a), y + r * math.sin(a)))
            if figure.label_placed:
                # Keep the member's label inside the hull too.
                rect = figure.label_rect().translated(x, y).adjusted(-8, -4, 8, 8)
                points.extend([rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()])
        self.hull = rounded_path(convex_hull(points)) if points else QPainterPath()
        if self.hull.isEmpty():
            self.heading_rect = QRectF()
            self.bounds = QRectF()
            return
        metrics = QFontMetricsF(self.heading_font())
        text_width = metrics.horizontalAdvance(self.cluster.name)
        hull_rect = self.hull.boundingRect()
        height = metrics.height()
        self.heading_rect = QRectF(hull_rect.center().x() - text_width / 2 - 6,
                                   hull_rect.top() - height - 2 - self.heading_shift, text_width + 12, height + 2)
        m = self.edge.widthF() + 2
        self.bounds = hull_rect.adjusted(-m, -m, m, m)

    def badge_rect(self) -> QRectF:
        b = badge_radius(self.style, self.heading_scale)
        h = self.heading_rect
        return QRectF(h.right() + 2, h.center().y() - b, 2 * b, 2 * b)

    def heading_area(self) -> QRectF:
        """The heading with its dots."""
        return self.heading_rect.united(self.badge_rect()) if self.cluster.dots > 0 else QRectF(self.heading_rect)

    def heading_bounds(self) -> QRectF:
        """What the heading paints."""
        rect = self.heading_rect
        if rect.isNull():
            return QRectF()
        if self.cluster.dots > 0:
            rect = rect.united(self.badge_rect())
        return rect.adjusted(-2, -2, 2, 2)

    def paint_hull(self, painter: QPainter) -> None:
        if self.hull.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self.edge)
        painter.setBrush(self.fill)
        painter.drawPath(self.hull)

    def paint_heading(self, painter: QPainter) -> None:
        if self.heading_rect.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self.heading_font())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 190))
        painter.drawRoundedRect(self.heading_rect, 4, 4)
        painter.setPen(self.heading_colour)
        painter.drawText(self.heading_rect, Qt.AlignmentFlag.AlignCenter, self.cluster.name)
        if self.cluster.dots > 0:
            badge = self.badge_rect()
            draw_dot_badge(painter, badge.center(), self.cluster.dots, self.style,
                           badge.width() / 2 / badge_radius(self.style))


def arrange_headings(clusters: Sequence[ClusterFigure], refresh: Callable[[int], None]) -> None:
    """Headings of overlapping hulls would sit on top of each other: from the lowest up, a heading
    that collides with one placed before moves up above it. `refresh(i)` updates the hull of
    `clusters[i]` after its heading's shift changed (the canvas's item, or the drawing, does it)."""
    if len(clusters) < 2:
        return
    for i, cluster in enumerate(clusters):
        if cluster.heading_shift:
            cluster.heading_shift = 0.0
            refresh(i)
    placed: list[QRectF] = []
    for i in sorted(range(len(clusters)), key=lambda k: -clusters[k].heading_rect.top()):
        cluster = clusters[i]
        area = cluster.heading_area()
        if area.isNull():
            continue
        gap = 4.0 * cluster.style.line_scale
        shift = 0.0
        moved = True
        while moved:
            moved = False
            for other in placed:
                if area.translated(0, -shift).intersects(other):
                    shift = area.bottom() - other.top() + gap
                    moved = True
        if shift:
            cluster.heading_shift = shift
            refresh(i)
        placed.append(cluster.heading_area())


def convex_hull(points: list[QPointF]) -> list[QPointF]:
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


def rounded_path(hull: list[QPointF]) -> QPainterPath:
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
