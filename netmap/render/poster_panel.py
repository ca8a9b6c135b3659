"""The poster's side panel: the legend of what is on the map, and the analysis' main findings.

The entries are laid out in one to three columns; their text shrinks until they fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from netmap.analysis.gap_findings import gap_finding
from netmap.analysis.result import AnalysisReport
from netmap.map_picture import ChangeRow
from netmap.render.drawing import MapDrawing
from netmap.render.words import PosterWords, format_number

__all__ = ["INK", "GREY", "Entry", "finding_blocks", "legend_blocks", "paint_blocks", "poster_font"]

_FAMILIES = ["Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]
INK = QColor("#212121")
GREY = QColor("#616161")


def poster_font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(_FAMILIES)
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font



@dataclass
class Entry:
    """One line of the panel: a symbol ("fill", "line", "outline", "text", "heading", "note", ...)."""

    kind: str
    text: str
    colour: QColor | None = None
    pen: QPen | None = None


_ROW_WORDS = {"actors": "row_actors", "ties": "row_ties", "components": "row_components", "isolates": "row_isolates",
              "density": "row_density"}


def legend_blocks(words: PosterWords, drawing: MapDrawing, findings: AnalysisReport | None,
                  changes: Sequence[ChangeRow]) -> list[Entry]:
    """The legend of `drawing` (the poster's last map), the marks' notes, and in a comparison
    the indicators before and after."""
    entries: list[Entry] = []
    legend = drawing.legend_entries()
    fills = [(label, value) for label, value in legend if isinstance(value, QColor)]
    lines = [(label, value) for label, value in legend if isinstance(value, QPen)]
    if fills:
        entries.append(Entry("heading", words.w("measure" if drawing.measured else "categories")))
        entries += [Entry("fill", label, colour=colour) for label, colour in fills]
    if lines:
        entries.append(Entry("heading", words.w("kinds")))
        entries += [Entry("line", label, pen=pen) for label, pen in lines]
    entries.append(Entry("heading", words.w("attitudes")))
    entries += [Entry("outline", label, pen=pen) for label, pen in drawing.attitude_legend()]
    entries.append(Entry("heading", words.w("marks")))
    for key in ("size", "key", "dots", "arrow", "hull"):
        entries.append(Entry("note", words.w(key)))
    if findings is not None and findings.gaps.single_points_of_failure:
        entries.append(Entry("note", words.w("spof_mark")))
    if changes:
        entries.append(Entry("heading", words.w("changes")))
        for key in ("new", "changed", "gone"):
            entries.append(Entry("note", words.w(key)))
        for row in changes:
            decimals = 3 if row.key == "density" else 0
            before, after = (format_number(v, decimals, words.language) for v in (row.before, row.after))
            entries.append(Entry("text", f"{words.w(_ROW_WORDS[row.key])}: {before} → {after}"))
    return entries


def _names(names: list[str], words: PosterWords, limit: int = 8) -> str:
    names = [n for n in names if n]
    if not names:
        return words.w("none")
    shown = ", ".join(names[:limit])
    return shown + (" " + words.w("more", count=len(names) - limit) if len(names) > limit else "")


def finding_blocks(words: PosterWords, findings: AnalysisReport | None) -> list[Entry]:
    """The analysis' main findings: the figures, who connects, where the network breaks, who is missing."""
    if findings is None:
        return []
    entries = [Entry("heading", words.w("findings"))]
    network = findings.network
    counts = {"actors": network.actors, "ties": network.ties, "components": network.components}
    shown = {key: words.counted(key, n) for key, n in counts.items()}
    density = "?" if network.density is None else format_number(network.density, 2, words.language)
    entries.append(Entry("text", words.w("summary", actors=shown["actors"], ties=shown["ties"],
                                         components=shown["components"], density=density)))
    brokers = [(a.betweenness, a.name) for a in findings.actors if a.betweenness]
    if brokers:
        top = sorted(brokers, key=lambda b: -b[0])[:5]
        entries.append(Entry("subheading", words.w("brokers")))
        entries.append(Entry("note", words.w("brokers_explain")))
        entries.append(Entry("text", ", ".join(name for _, name in top)))
    spof = findings.gaps.single_points_of_failure
    if spof:
        entries.append(Entry("subheading", words.w("spof")))
        entries.append(Entry("note", words.w("spof_explain")))
        items = [words.w("cuts", name=x.name, count=len(x.cut_off)) for x in spof[:6]]
        more = f" {words.w('more', count=len(spof) - 6)}" if len(spof) > 6 else ""
        entries.append(Entry("text", "; ".join(items) + more))
    gaps = findings.gaps
    entries.append(Entry("subheading", words.w("missing")))
    for key, names in (("missing_categories", [e.label for e in gaps.missing_categories]),
                       ("isolated_actors", [a.name for a in gaps.isolated_actors])):
        entries.append(Entry("text", f"{gap_finding(key).title_in(words)}: {_names(names, words)}"))
    return entries


def paint_blocks(painter: QPainter, area: QRectF, entries: list[Entry], columns: int, text: float,
                  unit: float) -> None:
    """Flow the entries top to bottom through `columns` columns; shrink the text until they fit."""
    size = text
    for _ in range(12):
        if _flow(None, area, entries, columns, size, unit):
            break
        size *= 0.88
    _flow(painter, area, entries, columns, size, unit)


def _flow(painter: QPainter | None, area: QRectF, entries: list[Entry], columns: int, size: float,
          unit: float) -> bool:
    gap = size * 1.2
    width = (area.width() - gap * (columns - 1)) / columns
    fonts = {"heading": poster_font(size * 1.15, bold=True), "subheading": poster_font(size, bold=True),
             "note": poster_font(size * 0.9), "text": poster_font(size)}
    column = 0
    y = area.top()
    swatch = size * 2.2
    for entry in entries:
        font = fonts.get(entry.kind, fonts["text"])
        indent = swatch + size * 0.5 if entry.kind in ("fill", "line", "outline") else 0.0
        metrics = QFontMetricsF(font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        bounds = metrics.boundingRect(QRectF(0, 0, width - indent, 1e7), flags, entry.text)
        height = max(bounds.height(), size * 1.2 if indent else 0.0)
        if entry.kind == "heading" and y > area.top():
            before = size * 0.7
        else:
            before = size * 0.3 if entry.kind == "subheading" else 0.0
        if y + before + height > area.bottom():
            column += 1
            y = area.top()
            before = 0.0
            if column >= columns:
                return False
        y += before
        x = area.left() + column * (width + gap)
        if painter is not None:
            painter.setFont(font)
            painter.setPen(GREY if entry.kind == "note" else INK)
            painter.drawText(QRectF(x + indent, y, width - indent, height), flags, entry.text)
            _swatch(painter, entry, QRectF(x, y, swatch, min(height, size * 1.3)), unit)
        y += height + size * 0.25
    return True


def _swatch(painter: QPainter, entry: Entry, box: QRectF, unit: float) -> None:
    centre = box.center()
    r = min(box.height(), box.width()) * 0.38
    if entry.kind == "fill" and entry.colour is not None:
        painter.setPen(QPen(QColor("#616161"), max(1.0, 0.25 * unit)))
        painter.setBrush(entry.colour)
        painter.drawEllipse(centre, r, r)
    elif entry.kind == "outline" and entry.pen is not None:
        pen = QPen(entry.pen)
        pen.setWidthF(pen.widthF() * r / 16)
        painter.setPen(pen)
        painter.setBrush(QColor("#eeeeee"))
        painter.drawEllipse(centre, r, r)
    elif entry.kind == "line" and entry.pen is not None:
        pen = QPen(entry.pen)
        pen.setWidthF(max(1.0, pen.widthF() * r / 12))
        painter.setPen(pen)
        painter.drawLine(QPointF(box.left(), centre.y()), QPointF(box.right(), centre.y()))
