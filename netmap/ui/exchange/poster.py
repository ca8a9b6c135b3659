"""Printing the map as the canvas shows it: the app's part of posters.

Posters are drawn by the render layer (`netmap.render.poster`) from plain data; this module
assembles that data from the live scene, as it is shown (measure, highlight and comparison
included, the selection left out), and prints it: the print preview and File › Print use it.

    render_to_printer(window.scene, printer, language="de")
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QApplication

from netmap.analysis.result import AnalysisReport
from netmap.domain import Actor, MapState, Tie
from netmap.map_picture import MapPicture, PosterPicture, poster_picture
from netmap.render.poster import ensure_application as ensure_drawing_application
from netmap.render.poster import paint_poster, write_poster
from netmap.render.style import HIGHLIGHT_COLOURS
from netmap.ui.canvas.items import ClusterItem
from netmap.ui.canvas.scene import MapScene

__all__ = ["draw_poster", "ensure_application", "picture_of_scene", "render_to_printer"]

_MODES = {colour.casefold(): mode for mode, colour in HIGHLIGHT_COLOURS.items()}


def ensure_application() -> QApplication:
    """The QApplication of a process that draws posters or reports and may show widgets later (the
    command line run in-process by tests, the report dialog): created (offscreen works) when
    missing. The render layer alone would make a QGuiApplication, which a QApplication cannot
    replace afterwards."""
    app = ensure_drawing_application(QApplication)
    assert isinstance(app, QApplication)  # ensured
    return app


def draw_poster(picture: PosterPicture, path: str | Path, *, paper: str, landscape: bool) -> Path:
    """Draw a poster to a file (`netmap.render.poster.write_poster`) in a process that may show
    widgets: the drawer the command line and the export dialog hand to `export_map`."""
    ensure_application()
    return write_poster(picture, path, paper=paper, landscape=landscape)


def picture_of_scene(scene: MapScene) -> MapPicture:
    """What `scene` shows, as plain data: actors where they stand now (presentation mode may have
    spread them), their measure, halos and muting, the comparison's ghosts."""
    actors: list[Actor] = []
    halos: dict[int, tuple[tuple[str, str], ...]] = {}
    muted: set[int] = set()
    for item in scene.actor_items():
        # The contact person stays behind: a drawing never shows it.
        actors.append(item.actor.with_changes(x=item.pos().x(), y=item.pos().y(), contact=None))
        marks = tuple((kind, _MODES.get(colour.name().casefold(), "gap")) for kind, colour in item.halos.items())
        if marks:
            halos[item.actor_id] = marks
        if item.opacity() < 1.0:
            muted.add(item.actor_id)
    ties: list[Tie] = []
    tie_halos: dict[int, str] = {}
    muted_ties: set[int] = set()
    for tie in scene.tie_items():
        ties.append(tie.tie)
        if tie.halo is not None:
            tie_halos[tie.tie_id] = _MODES.get(tie.halo.name().casefold(), "gap")
        if tie.opacity() < 1.0:
            muted_ties.add(tie.tie_id)
    hulls = sorted((item for item in scene.items() if isinstance(item, ClusterItem)), key=lambda item: item.index)
    ghosts = [g.actor.with_changes(x=g.pos().x(), y=g.pos().y(), contact=None) for g in scene.ghost_actor_items()]
    return MapPicture(scene.info, scene.style.catalogues, tuple(actors), tuple(ties), tuple(c.cluster for c in hulls),
                      measure=scene.measure, halos=halos, tie_halos=tie_halos, muted_actors=frozenset(muted),
                      muted_ties=frozenset(muted_ties), ghost_actors=tuple(ghosts),
                      ghost_ties=tuple(t.tie for t in scene.ghost_tie_items()),
                      labels=(scene.labels_shown, scene.label_scale))


def render_to_printer(scene_or_state: MapScene | MapState, printer: QPagedPaintDevice, *,
                      language: str | None = None, findings: AnalysisReport | None = None,
                      title: str | None = None, anonymize: bool = False) -> None:
    """Print a map on `printer` (a QPrinter from a QPrintDialog, or a QPdfWriter): the live scene
    as it is shown, or a state. The page is the printer's paintable area."""
    if isinstance(scene_or_state, MapState):
        paint_poster(poster_picture(scene_or_state, language=language or scene_or_state.info.language,
                                    anonymize=anonymize, findings=findings, title=title), printer)
        return
    scene = scene_or_state
    picture = PosterPicture(language or scene.style.language, scene.info, (picture_of_scene(scene),), title,
                            findings, anonymize)
    # On the canvas's own background, as the scene is shown (a poster's maps stand on white).
    paint_poster(picture, printer, background=scene.backgroundBrush().color())
