"""Laying out a poster's page: title, town, topic and date above, the footer below, the maps and
the side panel (legend, findings) between them; the map drawn by `MapDrawing`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from netmap.map_picture import PosterPicture
from netmap.render.drawing import MapDrawing
from netmap.render.poster_panel import GREY, INK, finding_blocks, legend_blocks, paint_blocks, poster_font
from netmap.render.words import PosterWords

__all__ = ["Panel", "PosterJob", "paint_maps", "paint_page"]


@dataclass
class Panel:
    drawing: MapDrawing
    caption: str


@dataclass
class PosterJob:
    """A poster being drawn: its picture, words and maps (each drawing with its caption)."""

    picture: PosterPicture
    words: PosterWords
    panels: list[Panel] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.picture.title or self.picture.info.name or self.words.w("title")


def paint_page(painter: QPainter, page: QRectF, unit: float, job: PosterJob) -> None:
    """Lay out and paint the whole page; `unit` is device units per millimetre."""
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(page, QColor("#ffffff"))
    short = min(page.width(), page.height()) / unit  # mm
    margin = max(8.0, short * 0.03) * unit
    text = short * 0.0105 * unit
    inner = page.adjusted(margin, margin, -margin, -margin)
    words = job.words

    # Title, town, topic, date.
    title_font = poster_font(text * 2.6, bold=True)
    painter.setFont(title_font)
    painter.setPen(INK)
    title_height = QFontMetricsF(title_font).height()
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, job.title)
    sub_font = poster_font(text * 1.35)
    painter.setFont(sub_font)
    painter.setPen(GREY)
    sub_height = QFontMetricsF(sub_font).height()
    parts = [job.picture.info.town, job.picture.info.topic, words.date(job.picture.info.workshop_date)]
    painter.drawText(QRectF(inner.left(), inner.top() + title_height, inner.width(), sub_height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     "  ·  ".join(p for p in parts if p))
    top = inner.top() + title_height + sub_height + text * 0.8
    painter.setPen(QPen(QColor("#bdbdbd"), max(1.0, 0.3 * unit)))
    painter.drawLine(QPointF(inner.left(), top), QPointF(inner.right(), top))
    top += text

    # Footer.
    foot_font = poster_font(text * 0.85)
    foot_height = QFontMetricsF(foot_font).height()
    footer = [words.w("made_with", date=words.date(date.today()))]
    if job.picture.anonymize:
        footer.append(words.w("anonymized"))
    elif job.picture.info.facilitator:
        footer.append(words.w("facilitator", name=job.picture.info.facilitator))
    painter.setFont(foot_font)
    painter.setPen(GREY)
    painter.drawText(QRectF(inner.left(), inner.bottom() - foot_height, inner.width(), foot_height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "  ·  ".join(footer))
    body = QRectF(inner.left(), top, inner.width(), inner.bottom() - foot_height - text * 0.8 - top)

    # The side panel (landscape: right; portrait: below the map).
    findings, changes = job.picture.findings, job.picture.changes
    blocks = legend_blocks(words, job.panels[-1].drawing, findings, changes) + finding_blocks(words, findings)
    landscape = page.width() > page.height()
    if landscape:
        panel_width = body.width() * (0.27 if findings or changes else 0.22)
        panel = QRectF(body.right() - panel_width, body.top(), panel_width, body.height())
        maps = QRectF(body.left(), body.top(), body.width() - panel_width - text * 1.5, body.height())
        columns = 1
    else:
        panel_height = body.height() * (0.3 if findings or changes else 0.22)
        panel = QRectF(body.left(), body.bottom() - panel_height, body.width(), panel_height)
        maps = QRectF(body.left(), body.top(), body.width(), body.height() - panel_height - text * 1.5)
        columns = 3 if findings or changes else 2
    paint_maps(painter, maps, unit, text, job)
    paint_blocks(painter, panel, blocks, columns, text, unit)


def paint_maps(painter: QPainter, area: QRectF, unit: float, text: float, job: PosterJob) -> None:
    panels = job.panels
    gap = text * 1.5
    caption_font = poster_font(text * 1.4, bold=True)
    caption_height = QFontMetricsF(caption_font).height() if any(p.caption for p in panels) else 0.0
    if len(panels) == 1:
        frames = [area]
    else:
        # Side by side or one above the other, whichever shows the maps larger.
        content = QRectF()
        for p in panels:
            content = content.united(p.drawing.content_rect())
        aspect = content.width() / content.height() if content.height() > 0 else 1.0
        w = (area.width() - gap) / 2
        h = (area.height() - gap) / 2
        side = min(w, (area.height() - caption_height) * aspect)
        stacked = min(area.width(), (h - caption_height) * aspect)
        if side >= stacked:
            frames = [QRectF(area.left(), area.top(), w, area.height()),
                      QRectF(area.left() + w + gap, area.top(), w, area.height())]
        else:
            frames = [QRectF(area.left(), area.top(), area.width(), h),
                      QRectF(area.left(), area.top() + h + gap, area.width(), h)]
    targets = [QRectF(f.left(), f.top() + caption_height, f.width(), f.height() - caption_height) for f in frames]
    dpi = unit * 25.4
    # One source rectangle for all maps, so before and after line up; labels change the content's
    # size with the scale, so settle it in two rounds.
    scale = 1.0
    source = QRectF()
    for _ in range(2):
        source = QRectF()
        for p in panels:
            source = source.united(p.drawing.content_rect())
        if source.isEmpty():
            source = QRectF(-500, -350, 1000, 700)
        pad = max(source.width(), source.height()) * 0.02
        source = source.adjusted(-pad, -pad, pad, pad)
        target = targets[0]
        scale = min(target.width() / source.width(), target.height() / source.height())
        for p in panels:
            p.drawing.set_view_scale(scale, dpi=dpi)
    for p, target in zip(panels, targets):
        w, h = source.width() * scale, source.height() * scale
        placed = QRectF(target.left() + (target.width() - w) / 2, target.top() + (target.height() - h) / 2, w, h)
        if p.caption:
            painter.setFont(caption_font)
            painter.setPen(INK)
            painter.drawText(QRectF(placed.left(), placed.top() - caption_height, placed.width(), caption_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, p.caption)
        painter.save()
        painter.setClipRect(target)
        p.drawing.paint(painter, placed, source)
        painter.restore()
        if len(panels) > 1:
            painter.setPen(QPen(QColor("#e0e0e0"), max(1.0, 0.3 * unit)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(placed)
