"""Posters of a map: PDF (vector), SVG or PNG (300 dpi), A4 to A0, portrait or landscape.

The map on the poster is drawn by the same figures as the screen's map (drawing.py), so it looks
the same: colours, outlines, arrows, cluster hulls with their headings, dots. Around it: a title
with town, topic and date, a legend of what is on the map, optionally a panel of the analysis'
main findings, and for a comparison two maps side by side (before, after) with what is new,
changed and gone marked.

    write_poster(poster_picture(state, language="de"), "map.pdf", paper="A1", landscape=True)

What is on a poster is plain data (`netmap.map_picture.PosterPicture`): a poster never shows
contact persons, e-mail addresses or phone numbers; anonymised it also leaves out notes and the
facilitator's name. Drawing uses QtGui only (no widgets), so it runs in any thread that owns its
QPdfWriter, QSvgGenerator or QImage; fonts need a QGuiApplication (`ensure_application`).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from netmap.analysis.result import AnalysisReport
from netmap.domain import MapState
from netmap.map_picture import PosterPicture, map_picture, poster_picture
from netmap.render.drawing import MapDrawing
from netmap.render.page import Panel, PosterJob, paint_maps, paint_page
from netmap.render.png import write_png_in_bands
from netmap.render.words import PosterWords

__all__ = ["PAPER_SIZES", "POSTER_SUFFIXES", "ensure_application", "paint_map", "paint_poster", "render_poster",
           "write_poster"]

PAPER_SIZES = {"A0": (841.0, 1189.0), "A1": (594.0, 841.0), "A2": (420.0, 594.0), "A3": (297.0, 420.0),
               "A4": (210.0, 297.0)}
"""Portrait width and height in millimetres."""

POSTER_SUFFIXES = (".pdf", ".svg", ".png")

_PAGE_IDS = {"A0": QPageSize.PageSizeId.A0, "A1": QPageSize.PageSizeId.A1, "A2": QPageSize.PageSizeId.A2,
             "A3": QPageSize.PageSizeId.A3, "A4": QPageSize.PageSizeId.A4}


def ensure_application(kind: type[QGuiApplication] = QGuiApplication) -> QGuiApplication:
    """The application that fonts need, created (offscreen works) when missing: a QGuiApplication,
    or `kind` (the UI asks for a QApplication, which cannot replace a QGuiApplication later)."""
    app = QCoreApplication.instance()
    if app is None:
        # Batch use (netmap export, the installer's smoke test): no window is ever shown, so the
        # offscreen platform works on servers without a display, where xcb would abort.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return kind([])
    if not isinstance(app, kind):
        raise RuntimeError(f"drawing a poster needs a {kind.__name__}, but a {type(app).__name__} runs already; "
                           f"create the {kind.__name__} first")
    return app


def render_poster(state: MapState, path: str | Path, *, paper: str = "A1", landscape: bool = False,
                  language: str = "de", anonymize: bool = False, findings: AnalysisReport | None = None,
                  title: str | None = None, compare_with: MapState | None = None, dpi: int = 300) -> Path:
    """Write a poster of `state` to `path`: .pdf (vector), .svg or .png (`dpi`, 300 by default).

    `findings` is the analysis report (`netmap.analysis.report.analyze`): a side panel shows who
    connects, where the network breaks (those actors get a halo on the map) and who is missing.
    `compare_with` (the earlier state) makes a before/after poster: the earlier map on the left,
    `state` on the right with new and changed actors marked and those gone as dashed ghosts.
    """
    _check(Path(path), paper)
    picture = poster_picture(state, language=language, anonymize=anonymize, findings=findings, title=title,
                             compare_with=compare_with)
    return write_poster(picture, path, paper=paper, landscape=landscape, dpi=dpi)


def _check(path: Path, paper: str) -> None:
    if path.suffix.lower() not in POSTER_SUFFIXES:
        raise ValueError(f"{path.name}: a poster is .pdf, .svg or .png")
    if paper.upper() not in PAPER_SIZES:
        raise ValueError(f"paper {paper!r} is not one of {', '.join(PAPER_SIZES)}")


def write_poster(picture: PosterPicture, path: str | Path, *, paper: str = "A1", landscape: bool = False,
                 dpi: int = 300) -> Path:
    """Draw `picture` to `path`: .pdf (vector), .svg or .png (`dpi`), on `paper` (A0 to A4)."""
    ensure_application()
    path = Path(path)
    _check(path, paper)
    with _without_gc_pauses():
        _write(_job(picture), path, path.suffix.lower(), paper.upper(), landscape, dpi)
    return path


def paint_poster(picture: PosterPicture, device: QPagedPaintDevice, *, background: QColor | None = None) -> None:
    """Paint `picture` on `device` (a QPrinter from a QPrintDialog, or a QPdfWriter): the page is
    the device's paintable area. `background`: the maps' own (a printed canvas keeps its colour;
    white when not given, as on posters)."""
    ensure_application()
    with _without_gc_pauses():
        _paint_device(device, _job(picture, background), device.logicalDpiX() / 25.4)  # its resolution


def paint_map(painter: QPainter, area: QRectF, unit: float, state: MapState, *, language: str,
              anonymize: bool = False, findings: AnalysisReport | None = None) -> None:
    """Paint just the map of `state` into `area` of a page (`unit`: device units per millimetre),
    as a poster shows it: the results protocol puts it between its paragraphs."""
    ensure_application()
    picture = poster_picture(state, language=language, anonymize=anonymize, findings=findings)
    with _without_gc_pauses():
        paint_maps(painter, area, unit, min(area.width(), area.height()) / unit * 0.0105 * unit, _job(picture))


def _job(picture: PosterPicture, background: QColor | None = None) -> PosterJob:
    words = PosterWords(picture.language)
    maps = picture.maps or (map_picture(MapState()),)
    drawings = [MapDrawing(m, picture.language, translate=words, background=background) for m in maps]
    captions = [words.w("before"), words.w("after")] if len(drawings) > 1 else [""]
    return PosterJob(picture, words, [Panel(d, c) for d, c in zip(drawings, captions)])


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


def _write(job: PosterJob, path: Path, suffix: str, paper: str, landscape: bool, dpi: int) -> None:
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
        paint_page(painter, QRectF(0, 0, size.width(), size.height()), unit, job)
        painter.end()
    else:
        unit = dpi / 25.4
        width, height = round(width_mm * unit), round(height_mm * unit)
        write_png_in_bands(path, width, height, dpi,
                           lambda painter: paint_page(painter, QRectF(0, 0, width, height), unit, job))


def _paint_device(device: QPagedPaintDevice, job: PosterJob, unit: float) -> None:
    painter = QPainter(device)
    try:
        paint_page(painter, QRectF(0, 0, device.width(), device.height()), unit, job)
    finally:
        painter.end()
