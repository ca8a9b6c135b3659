"""The monitoring chart: one small line chart per chosen indicator, across the snapshots.

Each indicator gets its own scale (62 actors and a density of 0.08 do not share an axis), always
from 0 so that a change is not made to look bigger than it is; the snapshots stand in order of
their dates along the bottom, the current map last as "today", joined by a dashed line since it
is no fixed state. `paint_chart` draws it anywhere: the screen, a PNG, an SVG.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QImageWriter, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QWidget

from netmap.domain import SnapshotInfo
from netmap.i18n import tr as translate
from netmap.reports import indicator_label
from netmap.ui.snapshots.compare_words import SHOWN_INDICATORS, format_indicator
from netmap.ui.i18n import format_date
from netmap.ui.snapshots.snapshots_panel import format_day

__all__ = ["DEFAULT_INDICATORS", "IndicatorChart", "MonitoringSeries", "Point", "collect_series"]

DEFAULT_INDICATORS = ("actors", "ties", "density", "components", "share_reached", "average_stage")
"""What a council report shows first: size, cohesion, reach and participation."""

_PALETTE = ("#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#c62828", "#5d4037", "#ad1457", "#558b2f")


@dataclass
class Point:
    """One point in time: a snapshot, or the current map (`current`)."""

    label: str
    day: date
    current: bool = False


@dataclass
class MonitoringSeries:
    points: list[Point] = field(default_factory=list)
    values: dict[str, list[float]] = field(default_factory=dict)  # indicator -> one value per point


def collect_series(snapshots: list[tuple[SnapshotInfo, dict[str, float]]],
                   current: dict[str, float] | None) -> MonitoringSeries:
    """The series of the chart: the snapshots' indicators in date order, then the current map's."""
    series = MonitoringSeries()
    rows = [(Point(s.label, s.taken_on), values) for s, values in sorted(snapshots, key=lambda p: (p[0].taken_on,
                                                                                                   p[0].id))]
    if current is not None:
        rows.append((Point("", date.today(), current=True), current))
    for point, values in rows:
        series.points.append(point)
        for name in SHOWN_INDICATORS:
            series.values.setdefault(name, []).append(float(values.get(name, 0.0)))
    return series


def _nice_step(span: float, intervals: int, whole: bool) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) that cuts `span` into about `intervals`."""
    raw = span / max(intervals, 1)
    if raw <= 0:
        return 1.0
    power: float = 10 ** math.floor(math.log10(raw))  # an int from 1 up, a float below
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step >= raw and (not whole or step >= 1 and float(step).is_integer()):
            return step
    return 10 * power


class IndicatorChart(QWidget):
    """Small multiples: one line chart per chosen indicator. `paint_chart` draws it anywhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monitoringChart")
        self.series = MonitoringSeries()
        self.chosen: list[str] = list(DEFAULT_INDICATORS)
        self.title = ""
        self.setMinimumSize(480, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, series: MonitoringSeries, chosen: list[str], title: str) -> None:
        self.series, self.chosen, self.title = series, list(chosen), title
        self.update()

    # -- drawing -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint_chart(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, round(size)))
        font.setBold(bold)
        return font

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(rect, QColor("#ffffff"))
        u = max(11.0, min(rect.width(), rect.height()) / 62)
        inner = rect.adjusted(1.6 * u, 1.2 * u, -1.6 * u, -1.2 * u)
        painter.setPen(QColor("#212121"))
        painter.setFont(self._font(1.55 * u, bold=True))
        title_height = QFontMetricsF(painter.font()).height()
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self._font(0.95 * u))
        painter.setPen(QColor("#616161"))
        sub_height = QFontMetricsF(painter.font()).height()
        painter.drawText(QRectF(inner.left(), inner.top() + title_height, inner.width(), sub_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._subtitle())
        body = inner.adjusted(0, title_height + sub_height + 0.9 * u, 0, 0)
        chosen = [name for name in self.chosen if name in self.series.values]
        if not self.series.points or not chosen:
            painter.setFont(self._font(1.2 * u))
            painter.drawText(body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text())
            painter.restore()
            return
        columns = 1 if len(chosen) == 1 else 2 if len(chosen) <= 4 else 3
        rows = math.ceil(len(chosen) / columns)
        gap = 1.4 * u
        width = (body.width() - gap * (columns - 1)) / columns
        height = (body.height() - gap * (rows - 1)) / rows
        for index, name in enumerate(chosen):
            row, column = divmod(index, columns)
            cell = QRectF(body.left() + column * (width + gap), body.top() + row * (height + gap), width, height)
            colour = QColor(_PALETTE[SHOWN_INDICATORS.index(name) % len(_PALETTE)])
            self._paint_panel(painter, cell, name, colour, u)
        painter.restore()

    def _subtitle(self) -> str:
        snapshots = [p for p in self.series.points if not p.current]
        if not snapshots:
            return ""
        text = translate("MonitoringWindow", "{0} snapshots from {1} to {2}").format(
            len(snapshots), format_day(snapshots[0].day), format_day(snapshots[-1].day))
        if any(p.current for p in self.series.points):
            text += " · " + translate("MonitoringWindow", "“today”: the current map")
        return text

    def _empty_text(self) -> str:
        if not self.series.points:
            return translate("MonitoringWindow", "No snapshots yet: take a snapshot after each workshop, and this "
                                                 "chart shows how the network develops.")
        return translate("MonitoringWindow", "Choose the indicators to show.")

    def _paint_panel(self, painter: QPainter, cell: QRectF, name: str, colour: QColor, u: float) -> None:
        values = self.series.values[name]
        points = self.series.points
        painter.setPen(QPen(QColor("#e0e0e0"), 1))
        painter.setBrush(QColor("#fafafa"))
        painter.drawRoundedRect(cell, 0.4 * u, 0.4 * u)
        box = cell.adjusted(0.8 * u, 0.6 * u, -0.8 * u, -0.5 * u)
        # Heading: the indicator on the left, its latest value on the right.
        heading_font = self._font(1.1 * u, bold=True)
        heading_height = QFontMetricsF(heading_font).height()
        painter.setFont(heading_font)
        painter.setPen(QColor("#212121"))
        value_text = format_indicator(name, values[-1])
        value_width = QFontMetricsF(heading_font).horizontalAdvance(value_text) + u
        painter.drawText(QRectF(box.left(), box.top(), box.width() - value_width, heading_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(heading_font).elidedText(indicator_label(name), Qt.TextElideMode.ElideRight,
                                                                box.width() - value_width))
        painter.setPen(colour)
        painter.drawText(QRectF(box.left(), box.top(), box.width(), heading_height),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, value_text)

        small = self._font(0.82 * u)
        metrics = QFontMetricsF(small)
        low, high, step = self._scale(name, values)
        tick_texts = []
        tick = low
        while tick <= high + step / 1000:
            tick_texts.append((tick, self._tick_text(name, tick, step)))
            tick += step
        axis_width = max(metrics.horizontalAdvance(t) for _, t in tick_texts) + 0.6 * u
        label_font = self._label_font(points, (box.width() - axis_width - 0.3 * u) / len(points), u)
        label_metrics = QFontMetricsF(label_font)
        labels_height = 2 * label_metrics.height() + metrics.height() + 0.3 * u
        plot = QRectF(box.left() + axis_width, box.top() + heading_height + 1.3 * u,
                      box.width() - axis_width - 0.3 * u, box.height() - heading_height - 1.3 * u - labels_height)
        if plot.height() < 10 or plot.width() < 10:
            return

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) / (high - low) * plot.height()

        painter.setFont(small)
        for value, text in tick_texts:
            y = y_of(value)
            painter.setPen(QPen(QColor("#e6e6e6") if value != low else QColor("#9e9e9e"), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#757575"))
            painter.drawText(QRectF(box.left(), y - metrics.height() / 2, axis_width - 0.4 * u, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        n = len(points)
        spacing = plot.width() / n
        xs = [plot.left() + spacing * (i + 0.5) for i in range(n)]
        ys = [y_of(v) for v in values]
        # The line: solid between snapshots, dashed to "today" (the current map is not a fixed state).
        for i in range(1, n):
            pen = QPen(colour, 0.22 * u)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if points[i].current:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(xs[i - 1], ys[i - 1]), QPointF(xs[i], ys[i]))
        value_font = self._font(0.85 * u, bold=True)
        value_metrics = QFontMetricsF(value_font)
        for point, x, y, value in zip(points, xs, ys, values):
            painter.setPen(QPen(colour, 0.18 * u))
            painter.setBrush(QColor("#ffffff") if point.current else colour)
            painter.drawEllipse(QPointF(x, y), 0.42 * u, 0.42 * u)
            painter.setFont(value_font)
            painter.setPen(QColor("#212121"))
            text = format_indicator(name, value)
            above = QRectF(x - spacing / 2, y - 0.55 * u - value_metrics.height(), spacing, value_metrics.height())
            painter.drawText(above, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)
            top = plot.bottom() + 0.3 * u
            painter.setFont(small)
            painter.setPen(QColor("#757575"))
            painter.drawText(QRectF(x - spacing / 2, top, spacing, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, self._point_day(point))
            painter.setFont(label_font)
            painter.setPen(QColor("#424242"))
            lines = self._wrap(self._point_label(point), label_metrics, spacing - 0.4 * u)
            for i, line in enumerate(lines):
                painter.drawText(QRectF(x - spacing / 2, top + metrics.height() + i * label_metrics.height(), spacing,
                                        label_metrics.height()), Qt.AlignmentFlag.AlignHCenter, line)

    def _label_font(self, points: list[Point], spacing: float, u: float) -> QFont:
        """The font of the points' labels: smaller (down to a limit) until every word fits its column."""
        size = 0.82 * u
        words = [w for p in points for w in self._point_label(p).split()] or [""]
        while size > 0.62 * u:
            metrics = QFontMetricsF(self._font(size))
            if max(metrics.horizontalAdvance(w) for w in words) <= spacing - 0.4 * u:
                break
            size -= 0.04 * u
        return self._font(size)

    @staticmethod
    def _wrap(text: str, metrics: QFontMetricsF, width: float, lines: int = 2) -> list[str]:
        """`text` in at most `lines` lines of `width`; what does not fit ends in an ellipsis."""
        result: list[str] = []
        words = text.split()
        while words and len(result) < lines:
            line = words.pop(0)
            while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
                line += " " + words.pop(0)
            if len(result) == lines - 1 and words:
                line = f"{line} {' '.join(words)}"
                words = []
            result.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
        return result

    def _point_label(self, point: Point) -> str:
        return translate("MonitoringWindow", "Current map") if point.current else point.label

    def _point_day(self, point: Point) -> str:
        if point.current:
            return translate("MonitoringWindow", "today")
        return format_date(point.day)

    @staticmethod
    def _tick_text(name: str, value: float, step: float) -> str:
        """An axis label: as few decimals as the step needs ("25 %", not "25,0 %")."""
        locale = QLocale()
        if name == "share_reached":
            return locale.toString(round(100 * value)) + " %"
        if name in ("density", "average_stage"):
            decimals = 0
            while decimals < 4 and abs(step * 10 ** decimals - round(step * 10 ** decimals)) > 1e-6:
                decimals += 1
            return locale.toString(value, "f", decimals)
        return format_indicator(name, value)

    @staticmethod
    def _scale(name: str, values: list[float]) -> tuple[float, float, float]:
        """(lowest, highest, step) of the axis: from 0, so that a change is not made to look bigger."""
        if name == "share_reached":
            return 0.0, 1.0, 0.25
        top = max(values) if values else 0.0
        if top <= 0:
            return 0.0, 1.0, 0.5 if name in ("density", "average_stage") else 1.0
        whole = name not in ("density", "average_stage")
        step = _nice_step(top * 1.15, 4, whole)
        return 0.0, step * math.ceil(top * 1.15 / step), step

    # -- export --------------------------------------------------------------------------

    def export_png(self, path: str | Path, size: QSize = QSize(1600, 1000), scale: float = 2.0) -> Path:
        """The chart as a PNG of `size` logical pixels, drawn `scale` times finer (for print)."""
        image = QImage(round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(round(96 * scale / 0.0254))
        image.setDotsPerMeterY(round(96 * scale / 0.0254))
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            painter.scale(scale, scale)
            self.paint_chart(painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
        # QImageWriter, not QImage.save: the stub types save's format as bytes, which PySide6 refuses.
        if not QImageWriter(str(path), QByteArray(b"png")).write(image):
            raise OSError(f"{path}: the picture could not be written")
        return Path(path)

    def export_svg(self, path: str | Path, size: QSize = QSize(1600, 1000)) -> Path:
        """The chart as an SVG drawing (scales without loss in a report)."""
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setResolution(96)  # so that 1,600 pixels are 1,600 pixels in an office program too
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.title)
        generator.setDescription(self._subtitle())
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"{path}: the drawing could not be written")
        try:
            self.paint_chart(painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
        if not Path(path).exists() or Path(path).stat().st_size == 0:
            raise OSError(f"{path}: the drawing could not be written")
        return Path(path)
