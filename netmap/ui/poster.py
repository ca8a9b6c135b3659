"""Posters of a map: PDF (vector), SVG or PNG (300 dpi), A4 to A0, portrait or landscape.

The map on the poster is drawn by the same MapScene as the screen, so it looks the same: colours,
outlines, arrows, cluster hulls with their headings, dots. Around it: a title with town, topic and
date, a legend of what is on the map, optionally a panel of the analysis' main findings, and for
a comparison two maps side by side (before, after) with what is new, changed and gone marked.

    render_poster(state, "map.pdf", paper="A1", landscape=True, language="de")

A poster never shows contact persons, e-mail addresses or phone numbers; `anonymize=True` also
leaves out notes and the facilitator's name. Rendering needs a QApplication: one is created when
there is none (the offscreen platform is enough); a plain QCoreApplication cannot be upgraded, so
create the QApplication before anything else creates a QCoreApplication.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMarginsF,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTranslator,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QApplication

from netmap.analysis.gap_findings import gap_finding
from netmap.analysis.result import AnalysisReport
from netmap.domain import MapState
from netmap.resources import resource_path
from netmap.ui.canvas.png import write_png_in_bands
from netmap.ui.canvas.scene import MapScene
from netmap.ui.i18n import format_date, format_number

__all__ = ["PAPER_SIZES", "ensure_application", "paint_map", "render_poster", "render_to_printer"]

PAPER_SIZES = {"A0": (841.0, 1189.0), "A1": (594.0, 841.0), "A2": (420.0, 594.0), "A3": (297.0, 420.0),
               "A4": (210.0, 297.0)}
"""Portrait width and height in millimetres."""

_PAGE_IDS = {"A0": QPageSize.PageSizeId.A0, "A1": QPageSize.PageSizeId.A1, "A2": QPageSize.PageSizeId.A2,
             "A3": QPageSize.PageSizeId.A3, "A4": QPageSize.PageSizeId.A4}
_FAMILIES = ["Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]
_INK = QColor("#212121")
_GREY = QColor("#616161")

_WORDS = {
    "title": QT_TRANSLATE_NOOP("Poster", "Network map"),
    "categories": QT_TRANSLATE_NOOP("Poster", "Actors by category (fill)"),
    "measure": QT_TRANSLATE_NOOP("Poster", "Actors by the measure shown (fill and size)"),
    "kinds": QT_TRANSLATE_NOOP("Poster", "Ties by kind (line)"),
    "attitudes": QT_TRANSLATE_NOOP("Poster", "Attitude to the strategy (outline)"),
    "marks": QT_TRANSLATE_NOOP("Poster", "Size and marks"),
    "size": QT_TRANSLATE_NOOP("Poster", "Larger circle: more influence (0–10)"),
    "key": QT_TRANSLATE_NOOP("Poster", "Star and ring: key actor"),
    "dots": QT_TRANSLATE_NOOP("Poster", "Number in a dark dot: priority dots"),
    "arrow": QT_TRANSLATE_NOOP("Poster", "Arrow: directed tie; arrows at both ends: mutual; thicker: stronger"),
    "hull": QT_TRANSLATE_NOOP("Poster", "Coloured area with a heading: cluster"),
    "spof_mark": QT_TRANSLATE_NOOP("Poster", "Magenta halo: the network breaks if this actor leaves"),
    "findings": QT_TRANSLATE_NOOP("Poster", "Main findings"),
    "summary": QT_TRANSLATE_NOOP("Poster", "{actors}, {ties}, {components}, density {density}"),
    "brokers": QT_TRANSLATE_NOOP("Poster", "Who connects?"),
    "brokers_explain": QT_TRANSLATE_NOOP("Poster", "Many shortest paths between other actors run through them."),
    "spof": QT_TRANSLATE_NOOP("Poster", "Where does the network break?"),
    "spof_explain": QT_TRANSLATE_NOOP("Poster", "If one of these actors leaves, others lose every connection."),
    "cuts": QT_TRANSLATE_NOOP("Poster", "{name} (cuts off {count})"),
    "missing": QT_TRANSLATE_NOOP("Poster", "Who is missing?"),
    "none": QT_TRANSLATE_NOOP("Poster", "none"),
    "more": QT_TRANSLATE_NOOP("Poster", "and {count} more"),
    "before": QT_TRANSLATE_NOOP("Poster", "Before"),
    "after": QT_TRANSLATE_NOOP("Poster", "After"),
    "changes": QT_TRANSLATE_NOOP("Poster", "What changed"),
    "new": QT_TRANSLATE_NOOP("Poster", "Green halo: new"),
    "changed": QT_TRANSLATE_NOOP("Poster", "Amber halo: changed"),
    "gone": QT_TRANSLATE_NOOP("Poster", "Grey and dashed: no longer there"),
    "row_actors": QT_TRANSLATE_NOOP("Poster", "Actors"),
    "row_ties": QT_TRANSLATE_NOOP("Poster", "Ties"),
    "row_density": QT_TRANSLATE_NOOP("Poster", "Density"),
    "row_components": QT_TRANSLATE_NOOP("Poster", "Separate parts"),
    "row_isolates": QT_TRANSLATE_NOOP("Poster", "Actors without ties"),
    "made_with": QT_TRANSLATE_NOOP("Poster", "Made with NetMap on {date}"),
    "facilitator": QT_TRANSLATE_NOOP("Poster", "Facilitation: {name}"),
    "anonymized": QT_TRANSLATE_NOOP("Poster", "Anonymised: no personal data"),
}

_COUNTS = {  # the findings' counts, each in Qt's plural forms
    "actors": QT_TRANSLATE_NOOP("Poster", "%n actors"),
    "ties": QT_TRANSLATE_NOOP("Poster", "%n ties"),
    "components": QT_TRANSLATE_NOOP("Poster", "%n separate parts"),
}


def ensure_application() -> QApplication:
    """The QApplication that scenes and fonts need; created (offscreen works) when missing."""
    app = QCoreApplication.instance()
    if app is None:
        # Batch use (netmap export, the installer's smoke test): no window is ever shown, so the
        # offscreen platform works on servers without a display, where xcb would abort.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return QApplication([])
    if not isinstance(app, QApplication):
        raise RuntimeError("drawing a poster needs a QApplication, but a plain QCoreApplication runs already; "  # noqa: TRY004
                           "create the QApplication first")
    return app


class _Words:
    """The poster's words in the poster's language, without switching the application's."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        # English too: its file holds the plural forms ("1 separate part").
        self._loaded = self._translator.load(f"netmap_{language}", str(resource_path("translations")))

    def __call__(self, context: str, source: str) -> str:
        if self._loaded:
            text = self._translator.translate(context, source)
            if text:
                return text
        return source

    def count(self, source: str, n: int) -> str:
        """A count with its noun in the right plural form (`source` holds %n, marked for lupdate)."""
        text = (self._translator.translate("Poster", source, None, n) if self._loaded else "") or source
        return text.replace("%n", format_number(n, 0, self.language))

    def w(self, key: str, **values: object) -> str:
        text = self("Poster", _WORDS[key])
        return text.format(**values) if values else text


# == the public functions ============================================================================


def render_poster(state: MapState, path: str | Path, *, paper: str = "A1", landscape: bool = False,
                  language: str = "de", anonymize: bool = False, findings: AnalysisReport | None = None,
                  title: str | None = None, compare_with: MapState | None = None, dpi: int = 300) -> Path:
    """Write a poster of `state` to `path`: .pdf (vector), .svg or .png (`dpi`, 300 by default).

    `findings` is the analysis report (`netmap.analysis.report.analyze`): a side panel shows who
    connects, where the network breaks (those actors get a halo on the map) and who is missing.
    `compare_with` (the earlier state) makes a before/after poster: the earlier map on the left,
    `state` on the right with new and changed actors marked and those gone as dashed ghosts.
    """
    ensure_application()
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".svg", ".png"):
        raise ValueError(f"{path.name}: a poster is .pdf, .svg or .png")
    if paper.upper() not in PAPER_SIZES:
        raise ValueError(f"paper {paper!r} is not one of {', '.join(PAPER_SIZES)}")
    paper = paper.upper()
    words = _Words(language)
    with _without_gc_pauses():
        return _render(state, path, suffix, paper, landscape, language, anonymize, findings, title, compare_with,
                       dpi, words)


@contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """A poster of 5,000 actors creates some 100,000 Qt wrappers that all live until it is done;
    Python's cycle collector would walk them again and again (~0.1 s a pass) for nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _render(state: MapState, path: Path, suffix: str, paper: str, landscape: bool, language: str, anonymize: bool,
            findings: AnalysisReport | None, title: str | None, compare_with: MapState | None, dpi: int,
            words: _Words) -> Path:
    job = _job(state, compare_with, words, language, anonymize, findings, title)
    try:
        _write(job, path, suffix, paper, landscape, dpi)
    finally:
        for panel in job.panels:
            panel.scene.release()
    return path


def _write(job: _Job, path: Path, suffix: str, paper: str, landscape: bool, dpi: int) -> None:
    width_mm, height_mm = PAPER_SIZES[paper]
    if landscape:
        width_mm, height_mm = height_mm, width_mm
    if suffix == ".pdf":
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(_PAGE_IDS[paper]))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                  else QPageLayout.Orientation.Portrait)
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        writer.setResolution(300)
        writer.setTitle(job.title)
        writer.setCreator("NetMap")
        _paint_device(writer, job, 300 / 25.4)
    elif suffix == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        unit = 96 / 25.4
        size = QSize(round(width_mm * unit), round(height_mm * unit))
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setResolution(96)
        generator.setTitle(job.title)
        generator.setDescription("NetMap")
        painter = QPainter(generator)
        _paint_page(painter, QRectF(0, 0, size.width(), size.height()), unit, job)
        painter.end()
    else:
        unit = dpi / 25.4
        width, height = round(width_mm * unit), round(height_mm * unit)
        write_png_in_bands(path, width, height, dpi,
                           lambda painter: _paint_page(painter, QRectF(0, 0, width, height), unit, job))


def render_to_printer(scene_or_state: MapScene | MapState, printer: QPagedPaintDevice, *,
                      language: str | None = None, findings: AnalysisReport | None = None,
                      title: str | None = None, anonymize: bool = False) -> None:
    """Print a map on `printer` (a QPrinter from a QPrintDialog, or a QPdfWriter): the live scene
    as it is shown (measure, highlight, comparison included, the selection left out), or a state.
    The page is the printer's paintable area."""
    ensure_application()
    if isinstance(scene_or_state, MapState):
        words = _Words(language or scene_or_state.info.language)
        job = _job(scene_or_state, None, words, words.language, anonymize, findings, title)
        _paint_device(printer, job, printer.resolution() / 25.4)
        return
    scene = scene_or_state
    words = _Words(language or scene.style.language)
    selected = scene.selected_actor_ids()
    scale = scene.view_scale
    scene.blockSignals(True)
    try:
        scene.clearSelection()
        scene.set_item_cache(False)
        job = _Job(title=title or scene.info.name or words.w("title"), info=scene.info, words=words,
                   panels=[_Panel(scene, "")], findings=findings, anonymize=anonymize)
        _paint_device(printer, job, printer.resolution() / 25.4)
    finally:
        scene.set_item_cache(True)
        scene.set_view_scale(scale, dpi=96.0, force=True)  # the screen's labels again
        scene.select_actors(selected)
        scene.blockSignals(False)


def paint_map(painter: QPainter, area: QRectF, unit: float, state: MapState, *, language: str,
              anonymize: bool = False, findings: AnalysisReport | None = None) -> None:
    """Paint just the map of `state` into `area` of a page (`unit`: device units per millimetre),
    as a poster shows it: the results protocol puts it between its paragraphs."""
    ensure_application()
    words = _Words(language)
    with _without_gc_pauses():
        job = _job(state, None, words, language, anonymize, findings, None)
        try:
            _paint_maps(painter, area, unit, min(area.width(), area.height()) / unit * 0.0105 * unit, job)
        finally:
            for panel in job.panels:
                panel.scene.release()


# == building the job ==================================================================================


@dataclass
class _Panel:
    scene: MapScene
    caption: str


@dataclass
class _Job:
    title: str
    info: Any
    words: _Words
    panels: list[_Panel]
    findings: AnalysisReport | None = None
    anonymize: bool = False
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (what, before, after)


def _clean(state: MapState, anonymize: bool) -> MapState:
    """A copy without contact persons (never on a poster) and, anonymised, without notes and the
    facilitator's name."""
    if anonymize:
        actors = [a.with_changes(contact=None, notes="", extra={}) for a in state.actors]
    else:
        actors = [a if a.contact is None else a.with_changes(contact=None) for a in state.actors]
    ties = [t.with_changes(notes="", extra={}) for t in state.ties] if anonymize else list(state.ties)
    info = state.info.with_changes(facilitator="") if anonymize else state.info
    return replace(state, info=info, actors=actors, ties=ties)


def _make_scene(state: MapState, words: _Words, language: str) -> MapScene:
    scene = MapScene(translate=words, cached=False, static=True)
    scene.set_map(state, language)
    scene.setBackgroundBrush(QColor("#ffffff"))
    return scene


def _job(state: MapState, earlier: MapState | None, words: _Words, language: str, anonymize: bool,
         findings: AnalysisReport | None, title: str | None) -> _Job:
    state = _clean(state, anonymize)
    after = _make_scene(state, words, language)
    job = _Job(title=title or state.info.name or words.w("title"), info=state.info, words=words,
               panels=[_Panel(after, "")], findings=findings, anonymize=anonymize)
    if findings is not None:
        after.set_highlight([x.id for x in findings.gaps.single_points_of_failure], mode="whatif")
    if earlier is not None:
        earlier = _clean(earlier, anonymize)
        before = _make_scene(earlier, words, language)
        _mark_changes(after, earlier, state)
        job.panels = [_Panel(before, words.w("before")), _Panel(after, words.w("after"))]
        job.changes = _indicator_rows(earlier, state, words)
    return job


def _mark_changes(scene: MapScene, before: MapState, after: MapState) -> None:
    """New and changed actors get a halo on the later map; what is gone comes back as ghosts."""
    old = {a.uid: a for a in before.actors}
    new_uids = {a.uid for a in after.actors}
    visible = ("name", "category", "influence", "attitude", "is_key", "dots", "district")
    added = [a for a in after.actors if a.uid not in old]
    changed = [a.id for a in after.actors if a.uid in old and a.id is not None
               and any(getattr(a, f) != getattr(old[a.uid], f) for f in visible)]
    # Ids of the earlier state may mean other actors now: ghosts get ids of their own.
    after_id = {a.uid: a.id for a in after.actors}
    removed = [a for a in before.actors if a.uid not in new_uids]
    ghost_id = {a.id: -(i + 1) for i, a in enumerate(removed)}
    uid_of = {a.id: a.uid for a in before.actors}

    def now(actor_id: int) -> int | None:
        if actor_id in ghost_id:
            return ghost_id[actor_id]
        return after_id.get(uid_of.get(actor_id, ""))

    old_ties = {t.uid for t in before.ties}
    new_ties = {t.uid for t in after.ties}
    removed_ties = []
    for t in before.ties:
        if t.uid in new_ties:
            continue
        s, e = now(t.source), now(t.target)
        if s is not None and e is not None:
            removed_ties.append(t.with_changes(source=s, target=e))
    scene.set_overlay(added_actors=added, removed_actors=[a.with_changes(id=ghost_id[a.id]) for a in removed],
                      added_ties=[t for t in after.ties if t.uid not in old_ties], removed_ties=removed_ties,
                      changed_actor_ids=changed, mute=False)


def _indicator_rows(before: MapState, after: MapState, words: _Words) -> list[tuple[str, str, str]]:
    from netmap.compare import indicators

    a, b = indicators(before), indicators(after)
    rows = []
    for key, label in (("actors", "row_actors"), ("ties", "row_ties"), ("components", "row_components"),
                       ("isolates", "row_isolates"), ("density", "row_density")):
        decimals = 3 if key == "density" else 0
        fmt = (lambda v, d=decimals: format_number(v, d, words.language))
        rows.append((words.w(label), fmt(a.get(key, 0)), fmt(b.get(key, 0))))
    return rows


# == painting ========================================================================================


def _paint_device(device: QPagedPaintDevice, job: _Job, unit: float) -> None:
    painter = QPainter(device)
    try:
        _paint_page(painter, QRectF(0, 0, device.width(), device.height()), unit, job)
    finally:
        painter.end()


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(_FAMILIES)
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def _paint_page(painter: QPainter, page: QRectF, unit: float, job: _Job) -> None:
    """Lay out and paint the whole page; `unit` is device units per millimetre."""
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(page, QColor("#ffffff"))
    short = min(page.width(), page.height()) / unit  # mm
    margin = max(8.0, short * 0.03) * unit
    text = short * 0.0105 * unit
    inner = page.adjusted(margin, margin, -margin, -margin)
    words = job.words

    # Title, town, topic, date.
    title_font = _font(text * 2.6, bold=True)
    painter.setFont(title_font)
    painter.setPen(_INK)
    title_height = QFontMetricsF(title_font).height()
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, job.title)
    sub_font = _font(text * 1.35)
    painter.setFont(sub_font)
    painter.setPen(_GREY)
    sub_height = QFontMetricsF(sub_font).height()
    parts = [job.info.town, job.info.topic, _date(job.info.workshop_date, words.language)]
    painter.drawText(QRectF(inner.left(), inner.top() + title_height, inner.width(), sub_height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     "  ·  ".join(p for p in parts if p))
    top = inner.top() + title_height + sub_height + text * 0.8
    painter.setPen(QPen(QColor("#bdbdbd"), max(1.0, 0.3 * unit)))
    painter.drawLine(QPointF(inner.left(), top), QPointF(inner.right(), top))
    top += text

    # Footer.
    foot_font = _font(text * 0.85)
    foot_height = QFontMetricsF(foot_font).height()
    footer = [words.w("made_with", date=_date(date.today(), words.language))]
    if job.anonymize:
        footer.append(words.w("anonymized"))
    elif job.info.facilitator:
        footer.append(words.w("facilitator", name=job.info.facilitator))
    painter.setFont(foot_font)
    painter.setPen(_GREY)
    painter.drawText(QRectF(inner.left(), inner.bottom() - foot_height, inner.width(), foot_height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "  ·  ".join(footer))
    body = QRectF(inner.left(), top, inner.width(), inner.bottom() - foot_height - text * 0.8 - top)

    # The side panel (landscape: right; portrait: below the map).
    blocks = _legend_blocks(job) + _finding_blocks(job)
    landscape = page.width() > page.height()
    if landscape:
        panel_width = body.width() * (0.27 if job.findings or job.changes else 0.22)
        panel = QRectF(body.right() - panel_width, body.top(), panel_width, body.height())
        maps = QRectF(body.left(), body.top(), body.width() - panel_width - text * 1.5, body.height())
        columns = 1
    else:
        panel_height = body.height() * (0.3 if job.findings or job.changes else 0.22)
        panel = QRectF(body.left(), body.bottom() - panel_height, body.width(), panel_height)
        maps = QRectF(body.left(), body.top(), body.width(), body.height() - panel_height - text * 1.5)
        columns = 3 if job.findings or job.changes else 2
    _paint_maps(painter, maps, unit, text, job)
    _paint_blocks(painter, panel, blocks, columns, text, unit)


def _date(value: date | None, language: str) -> str:
    if value is None:
        return ""
    return format_date(value, language)


def _paint_maps(painter: QPainter, area: QRectF, unit: float, text: float, job: _Job) -> None:
    panels = job.panels
    gap = text * 1.5
    caption_font = _font(text * 1.4, bold=True)
    caption_height = QFontMetricsF(caption_font).height() if any(p.caption for p in panels) else 0.0
    if len(panels) == 1:
        frames = [area]
    else:
        # Side by side or one above the other, whichever shows the maps larger.
        content = QRectF()
        for p in panels:
            content = content.united(p.scene.content_rect())
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
            source = source.united(p.scene.content_rect())
        if source.isEmpty():
            source = QRectF(-500, -350, 1000, 700)
        pad = max(source.width(), source.height()) * 0.02
        source = source.adjusted(-pad, -pad, pad, pad)
        target = targets[0]
        scale = min(target.width() / source.width(), target.height() / source.height())
        for p in panels:
            p.scene.set_view_scale(scale, dpi=dpi)
    for p, target in zip(panels, targets):
        w, h = source.width() * scale, source.height() * scale
        placed = QRectF(target.left() + (target.width() - w) / 2, target.top() + (target.height() - h) / 2, w, h)
        if p.caption:
            painter.setFont(caption_font)
            painter.setPen(_INK)
            painter.drawText(QRectF(placed.left(), placed.top() - caption_height, placed.width(), caption_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, p.caption)
        painter.save()
        painter.setClipRect(target)
        p.scene.render(painter, placed, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.restore()
        if len(panels) > 1:
            painter.setPen(QPen(QColor("#e0e0e0"), max(1.0, 0.3 * unit)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(placed)


# == the panel: legend and findings ======================================================================


@dataclass
class _Entry:
    """One line of the panel: a symbol ("fill", "line", "outline", "text", "heading", "note", ...)."""

    kind: str
    text: str
    colour: QColor | None = None
    pen: QPen | None = None


def _legend_blocks(job: _Job) -> list[_Entry]:
    words = job.words
    scene = job.panels[-1].scene
    entries: list[_Entry] = []
    fills = [(label, value) for label, value in scene.legend_entries() if isinstance(value, QColor)]
    lines = [(label, value) for label, value in scene.legend_entries() if isinstance(value, QPen)]
    if fills:
        entries.append(_Entry("heading", words.w("measure" if scene.measure is not None else "categories")))
        entries += [_Entry("fill", label, colour=colour) for label, colour in fills]
    if lines:
        entries.append(_Entry("heading", words.w("kinds")))
        entries += [_Entry("line", label, pen=pen) for label, pen in lines]
    entries.append(_Entry("heading", words.w("attitudes")))
    entries += [_Entry("outline", label, pen=pen) for label, pen in scene.attitude_legend()]
    entries.append(_Entry("heading", words.w("marks")))
    for key in ("size", "key", "dots", "arrow", "hull"):
        entries.append(_Entry("note", words.w(key)))
    if job.findings is not None and scene.tie_items() is not None and job.findings.gaps.single_points_of_failure:
        entries.append(_Entry("note", words.w("spof_mark")))
    if job.changes:
        entries.append(_Entry("heading", words.w("changes")))
        for key in ("new", "changed", "gone"):
            entries.append(_Entry("note", words.w(key)))
        for label, a, b in job.changes:
            entries.append(_Entry("text", f"{label}: {a} → {b}"))
    return entries


def _names(names: list[str], words: _Words, limit: int = 8) -> str:
    names = [n for n in names if n]
    if not names:
        return words.w("none")
    shown = ", ".join(names[:limit])
    return shown + (" " + words.w("more", count=len(names) - limit) if len(names) > limit else "")


def _finding_blocks(job: _Job) -> list[_Entry]:
    findings = job.findings
    if findings is None:
        return []
    words = job.words
    entries = [_Entry("heading", words.w("findings"))]
    network = findings.network
    counts = {"actors": network.actors, "ties": network.ties, "components": network.components}
    shown = {key: words.count(str(_COUNTS[key]), n) for key, n in counts.items()}
    density = "?" if network.density is None else format_number(network.density, 2, words.language)
    entries.append(_Entry("text", words.w("summary", actors=shown["actors"], ties=shown["ties"],
                                          components=shown["components"], density=density)))
    brokers = [(a.betweenness, a.name) for a in findings.actors if a.betweenness]
    if brokers:
        top = sorted(brokers, key=lambda b: -b[0])[:5]
        entries.append(_Entry("subheading", words.w("brokers")))
        entries.append(_Entry("note", words.w("brokers_explain")))
        entries.append(_Entry("text", ", ".join(name for _, name in top)))
    spof = findings.gaps.single_points_of_failure
    if spof:
        entries.append(_Entry("subheading", words.w("spof")))
        entries.append(_Entry("note", words.w("spof_explain")))
        items = [words.w("cuts", name=x.name, count=len(x.cut_off)) for x in spof[:6]]
        more = f" {words.w('more', count=len(spof) - 6)}" if len(spof) > 6 else ""
        entries.append(_Entry("text", "; ".join(items) + more))
    gaps = findings.gaps
    entries.append(_Entry("subheading", words.w("missing")))
    for key, names in (("missing_categories", [e.label for e in gaps.missing_categories]),
                       ("isolated_actors", [a.name for a in gaps.isolated_actors])):
        entries.append(_Entry("text", f"{gap_finding(key).title_in(words)}: {_names(names, words)}"))
    return entries


def _paint_blocks(painter: QPainter, area: QRectF, entries: list[_Entry], columns: int, text: float,
                  unit: float) -> None:
    """Flow the entries top to bottom through `columns` columns; shrink the text until they fit."""
    size = text
    for _ in range(12):
        if _flow(None, area, entries, columns, size, unit):
            break
        size *= 0.88
    _flow(painter, area, entries, columns, size, unit)


def _flow(painter: QPainter | None, area: QRectF, entries: list[_Entry], columns: int, size: float,
          unit: float) -> bool:
    gap = size * 1.2
    width = (area.width() - gap * (columns - 1)) / columns
    fonts = {"heading": _font(size * 1.15, bold=True), "subheading": _font(size, bold=True),
             "note": _font(size * 0.9), "text": _font(size)}
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
        before = size * 0.7 if entry.kind == "heading" and y > area.top() else (size * 0.3 if entry.kind == "subheading" else 0.0)
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
            painter.setPen(_GREY if entry.kind == "note" else _INK)
            painter.drawText(QRectF(x + indent, y, width - indent, height), flags, entry.text)
            _swatch(painter, entry, QRectF(x, y, swatch, min(height, size * 1.3)), unit)
        y += height + size * 0.25
    return True


def _swatch(painter: QPainter, entry: _Entry, box: QRectF, unit: float) -> None:
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
