"""The results protocol as a PDF of a few A4 pages: the facts, the map, the findings in sentences.

The sentences come from the core (`netmap.protocol`); this module only lays them out, and draws
the map with the poster's renderer (`netmap.render.poster.paint_map`), so the protocol's map looks like the
screen and the poster. Layout is done first (every line's page and place), painting second, so
each page can say "page 2 of 4".

    write_protocol(state, "protokoll.pdf", language="de", earlier=snapshot, since="Bestandsaufnahme 2024")
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from netmap.analysis.report import analyze
from netmap.analysis.result import AnalysisReport
from netmap.domain import MapState
from netmap.i18n import Translator
from netmap.protocol import ResultsProtocol, build_protocol
from netmap.render.poster import paint_map
from netmap.ui.exchange.poster import ensure_application

__all__ = ["render_protocol", "write_protocol"]

_DPI = 300
_UNIT = _DPI / 25.4  # device units per millimetre
_MARGIN = 20.0  # mm, left/right/top
_FOOT = 14.0  # mm kept free at the bottom for the page line
_MAP_PAGE = 1  # the map has the second page to itself, in landscape: wide maps are read best that way
_FAMILIES = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Arial", "Helvetica"]
_INK = QColor("#212121")
_GREY = QColor("#616161")
_RULE = QColor("#bdbdbd")


def write_protocol(state: MapState, path: str | Path, *, language: str, earlier: MapState | None = None,
                   since: str = "", since_date: date | None = None, anonymize: bool = False) -> Path:
    """Analyse `state`, build its protocol in `language` and write it to `path` (a .pdf)."""
    ensure_application()
    analysis = analyze(state)
    protocol = build_protocol(state, analysis, language=language, translate=Translator(language), earlier=earlier,
                              since=since, since_date=since_date, anonymize=anonymize)
    return render_protocol(protocol, state, path, analysis=analysis, anonymize=anonymize)


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(_FAMILIES)
    font.setPixelSize(round(points * 0.3528 * _UNIT))  # 1 pt = 0.3528 mm
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class _Line:
    """One block of text (or the map) placed on a page."""

    page: int
    rect: QRectF
    text: str
    style: str  # "title", "fact", "heading", "text", "bullet"


_STYLES = {"title": (17.0, True, _INK), "fact": (10.0, False, _GREY), "heading": (12.5, True, _INK),
           "text": (10.0, False, _INK), "bullet": (10.0, False, _INK)}


def _layout(protocol: ResultsProtocol, width: float, height: float) -> list[_Line]:
    left, right = _MARGIN * _UNIT, width - _MARGIN * _UNIT
    top, bottom = _MARGIN * _UNIT, height - _FOOT * _UNIT - _MARGIN * _UNIT / 2
    lines: list[_Line] = []
    page, y = 0, top
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)

    def place(text: str, style: str, *, before: float = 0.0, indent: float = 0.0, keep: float = 0.0) -> None:
        nonlocal page, y
        size, bold, _colour = _STYLES[style]
        metrics = QFontMetricsF(_font(size, bold))
        box = metrics.boundingRect(QRectF(0, 0, right - left - indent, 1e7), flags, text)
        gap = before * _UNIT if y > top else 0.0
        if y + gap + box.height() + keep > bottom:
            page, y, gap = page + 1, top, 0.0
        y += gap
        shown = page + 1 if page >= _MAP_PAGE else page  # (text pages around the map's page)
        lines.append(_Line(shown, QRectF(left + indent, y, right - left - indent, box.height()), text, style))
        y += box.height() + 1.2 * _UNIT

    place(protocol.title, "title")
    for label, value in protocol.facts:
        place(f"{label}: {value}", "fact")
    y += 3 * _UNIT
    for section in protocol.sections:
        place(section.heading, "heading", before=5.0, keep=12 * _UNIT)  # never a heading alone at a page's foot
        bulleted = section.key in ("questions", "contacts")
        for sentence in section.sentences:
            place(("•  " if bulleted else "") + sentence, "bullet" if bulleted else "text", before=0.8,
                  indent=(4 * _UNIT if bulleted else 0.0))
    return lines


def render_protocol(protocol: ResultsProtocol, state: MapState, path: str | Path, *,
                    analysis: AnalysisReport | None = None, anonymize: bool = False) -> Path:
    """Write `protocol` with the map of `state` to `path` as A4 pages (vector PDF)."""
    ensure_application()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(_DPI)
    writer.setTitle(protocol.title)
    writer.setCreator("NetMap")
    width, height = writer.width(), writer.height()
    lines = _layout(protocol, width, height)
    pages = max(max(line.page for line in lines), _MAP_PAGE) + 1
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                landscape = page == _MAP_PAGE
                writer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                          else QPageLayout.Orientation.Portrait)
                writer.newPage()
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            page_width, page_height = writer.width(), writer.height()
            if page == _MAP_PAGE:
                _paint_map_page(painter, page_width, page_height, protocol, state, anonymize, analysis)
            for line in (x for x in lines if x.page == page):
                size, bold, colour = _STYLES[line.style]
                painter.setFont(_font(size, bold))
                painter.setPen(colour)
                painter.drawText(line.rect, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), line.text)
            _paint_foot(painter, page_width, page_height, protocol.page_label.format(page=page + 1, pages=pages),
                        protocol.title)
    finally:
        painter.end()
    return path


def _paint_map_page(painter: QPainter, width: float, height: float, protocol: ResultsProtocol, state: MapState,
                    anonymize: bool, analysis: AnalysisReport | None) -> None:
    """The map over the whole (landscape) page, its caption above it."""
    margin = _MARGIN * _UNIT
    font = _font(_STYLES["heading"][0], True)
    caption = QRectF(margin, margin, width - 2 * margin, QFontMetricsF(font).height())
    painter.setFont(font)
    painter.setPen(_INK)
    painter.drawText(caption, int(Qt.AlignmentFlag.AlignLeft), protocol.map_caption)
    frame = QRectF(margin, caption.bottom() + 2 * _UNIT, width - 2 * margin,
                   height - _FOOT * _UNIT - caption.bottom() - 5 * _UNIT)
    painter.save()
    painter.setPen(QPen(_RULE, 0.3 * _UNIT))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(frame)
    inner = frame.adjusted(2 * _UNIT, 2 * _UNIT, -2 * _UNIT, -2 * _UNIT)
    paint_map(painter, inner, _UNIT, state, language=protocol.language, anonymize=anonymize,
              findings=analysis)
    painter.restore()


def _paint_foot(painter: QPainter, width: float, height: float, page_text: str, title: str) -> None:
    y = height - _FOOT * _UNIT
    painter.setPen(QPen(_RULE, 0.25 * _UNIT))
    painter.drawLine(QPointF(_MARGIN * _UNIT, y), QPointF(width - _MARGIN * _UNIT, y))
    painter.setFont(_font(8.0))
    painter.setPen(_GREY)
    box = QRectF(_MARGIN * _UNIT, y + 1.5 * _UNIT, width - 2 * _MARGIN * _UNIT, 6 * _UNIT)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), title)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight), page_text)
