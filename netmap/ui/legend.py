"""The legend: what the colours, lines, outlines and sizes on the map mean.

It lists only what is on the map (a legend of 32 categories of which 9 are used helps nobody), in
the catalogue's order, with how many actors or ties each has. It follows the session by itself.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from netmap.domain import Attitude, CatalogueKind
from netmap.ui.canvas.room_tower import draw_tower
from netmap.ui.i18n import follow_language
from netmap.ui.labels import attitude_label
from netmap.ui.session import MapSession

__all__ = ["ATTITUDE_OUTLINES", "LegendItem", "LegendWidget", "legend_sections"]

ATTITUDE_OUTLINES = {Attitude.SUPPORTIVE: "#2e7d32", Attitude.NEUTRAL: "#757575", Attitude.CRITICAL: "#c62828"}
"""Outline colours without a canvas (the canvas's own pens take precedence)."""

_PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}


@dataclass(frozen=True)
class LegendItem:
    """One line of the legend: a symbol (`node`, `line`, `outline`, `size`, `arrow`) and its words.
    `pen` is the canvas's own pen for lines and outlines, so the legend matches the map exactly."""

    symbol: str
    label: str
    colour: str = "#888888"
    style: str = "solid"
    count: int | None = None
    pen: QPen | None = None


def _counts(session: MapSession, language: str) -> tuple[dict[str, int], dict[str, int]]:
    """Actors per category label and ties per kind label."""
    categories = Counter(a.category for a in session.actors.values())
    kinds = Counter(t.kind for t in session.ties.values())
    labels = {e.key: e.label(language) for e in session.catalogue(CatalogueKind.CATEGORY)}
    kind_labels = {e.key: e.label(language) for e in session.catalogue(CatalogueKind.TIE_KIND)}
    return ({labels.get(k, k): n for k, n in categories.items() if k},
            {kind_labels.get(k, k): n for k, n in kinds.items() if k})


def legend_sections(session: MapSession, language: str, scene: Any = None) -> list[tuple[str, list[LegendItem]]]:
    """The legend of the session's map as (heading, items), headings in the UI language.

    With the map's scene given, colours, pens and labels come from it (what the map draws);
    without, from the catalogues."""
    from netmap.i18n import tr as translate

    category_counts, kind_counts = _counts(session, language)
    if scene is not None:
        entries = scene.legend_entries()
        nodes = [LegendItem("node", label, value.name(), count=category_counts.get(label))
                 for label, value in entries if isinstance(value, QColor)]
        lines = [LegendItem("line", label, value.color().name(), count=kind_counts.get(label), pen=QPen(value))
                 for label, value in entries if isinstance(value, QPen)]
        outlines = [LegendItem("outline", label, pen.color().name(), pen=QPen(pen))
                    for label, pen in scene.attitude_legend()]
    else:
        nodes = [LegendItem("node", e.label(language), e.colour, count=category_counts[e.label(language)])
                 for e in session.catalogue(CatalogueKind.CATEGORY) if category_counts.get(e.label(language))]
        lines = [LegendItem("line", e.label(language), e.colour, e.style, count=kind_counts[e.label(language)])
                 for e in session.catalogue(CatalogueKind.TIE_KIND) if kind_counts.get(e.label(language))]
        outlines = [LegendItem("outline", attitude_label(a), ATTITUDE_OUTLINES[a]) for a in Attitude]
    sections: list[tuple[str, list[LegendItem]]] = []
    if nodes:
        sections.append((translate("Legend", "Actors by category (fill)"), nodes))
    if lines:
        sections.append((translate("Legend", "Ties by kind (line)"), lines))
    sections.append((translate("Legend", "Attitude to the strategy (outline)"), outlines))
    sections.append((translate("Legend", "Size and marks"), [
        LegendItem("size", translate("Legend", "larger circle: more influence (0–10)")),
        LegendItem("arrow", translate("Legend", "arrow: directed tie; thicker line: stronger tie")),
        *([LegendItem("tower", translate("Legend", "tower: the room's influence votes, filled to the median; red "
                                                   "line: lowest to highest vote"))]
          if scene is not None and scene.room_rated else []),
    ]))
    return sections


def _icon(item: LegendItem, size: int = 22) -> QPixmap:
    pixmap = QPixmap(size * 2, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = QPointF(size, size / 2)
    if item.symbol == "node":
        painter.setPen(QPen(QColor("#424242"), 1))
        painter.setBrush(QBrush(QColor(item.colour)))
        painter.drawEllipse(centre, size * 0.36, size * 0.36)
    elif item.symbol == "outline":
        pen = QPen(item.pen) if item.pen is not None else QPen(QColor(item.colour), 3)
        pen.setWidthF(max(2.0, min(pen.widthF(), 3.5)))
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor("#f5f5f5")))
        painter.drawEllipse(centre, size * 0.34, size * 0.34)
    elif item.symbol == "line":
        if item.pen is not None:
            pen = QPen(item.pen)
            pen.setWidthF(3)
        else:
            pen = QPen(QColor(item.colour), 3, _PEN_STYLES.get(item.style, Qt.PenStyle.SolidLine))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(2, size / 2), QPointF(size * 2 - 2, size / 2))
    elif item.symbol == "size":
        painter.setPen(QPen(QColor("#424242"), 1))
        painter.setBrush(QBrush(QColor("#bdbdbd")))
        painter.drawEllipse(QPointF(size * 0.45, size / 2), size * 0.18, size * 0.18)
        painter.drawEllipse(QPointF(size * 1.35, size / 2), size * 0.42, size * 0.42)
    elif item.symbol == "arrow":
        painter.setPen(QPen(QColor("#424242"), 1.5))
        painter.drawLine(QPointF(2, size * 0.3), QPointF(size * 2 - 8, size * 0.3))
        painter.setBrush(QBrush(QColor("#424242")))
        tip = QPointF(size * 2 - 2, size * 0.3)
        painter.drawPolygon([tip, QPointF(tip.x() - 7, tip.y() - 4), QPointF(tip.x() - 7, tip.y() + 4)])
        painter.setPen(QPen(QColor("#424242"), 4))
        painter.drawLine(QPointF(2, size * 0.78), QPointF(size * 2 - 2, size * 0.78))
    elif item.symbol == "tower":
        draw_tower(painter, QRectF(size * 1.1, 1, size * 0.4, size - 2), 6, 3, 9, 1.0)
    painter.end()
    return pixmap


class LegendWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: MapSession | None = None
        self.scene: Any = None
        self.language = "de"
        self._shown: list[tuple[str, list[LegendItem]]] | None = None
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self.rebuild()
        follow_language(self, self._language_changed)

    def attach(self, session: MapSession | None, language: str, scene: Any = None) -> None:
        """Follow `session`; with `scene` (the map), show exactly its colours and pens."""
        self.session = session
        self.scene = scene
        self.language = language
        if session is not None:
            for signal in (session.actorsChanged, session.actorsRemoved, session.tiesChanged, session.tiesRemoved):
                signal.connect(self._on_map_changed)
            session.cataloguesChanged.connect(self.rebuild)
            session.reloaded.connect(self.rebuild)
        self.rebuild()

    def set_language(self, language: str) -> None:
        self.language = language
        self.rebuild()

    def _on_map_changed(self, _ids: object = None) -> None:
        self.rebuild()

    def sections(self) -> list[tuple[str, list[LegendItem]]]:
        return list(self._shown or [])

    def rebuild(self) -> None:
        sections = legend_sections(self.session, self.language, self.scene) if self.session is not None else []
        if sections == self._shown:
            return  # a move changes nothing the legend shows
        self._shown = sections
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setVerticalSpacing(2)
        row = 0
        if not sections:
            grid.addWidget(QLabel(self.tr("No project is open.")), 0, 0, 1, 3)
            row = 1
        for heading, items in sections:
            title = QLabel(heading)
            title.setStyleSheet("font-weight: bold; margin-top: 6px")
            grid.addWidget(title, row, 0, 1, 3)
            row += 1
            for item in items:
                icon = QLabel()
                icon.setPixmap(_icon(item))
                text = QLabel(item.label)
                text.setWordWrap(True)
                grid.addWidget(icon, row, 0)
                grid.addWidget(text, row, 1)
                if item.count is not None:
                    count = QLabel(str(item.count))
                    count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    count.setStyleSheet("color: #616161")
                    grid.addWidget(count, row, 2)
                row += 1
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(row, 1)
        self._scroll.setWidget(inner)  # the previous legend is deleted with its widget

    def _language_changed(self) -> None:
        self._shown = None
        self.rebuild()
