"""The render layer draws from plain data what the canvas's scene draws, in any thread."""

from __future__ import annotations

import threading
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from .fixtures import small_state

from report_factory import report

from netmap.analysis.gap_types import SinglePoint
from netmap.domain import Actor, ContactPerson, MapState, Tie
from netmap.map_picture import PosterPicture, map_picture, poster_picture
from netmap.project import Project
from netmap.render.drawing import MapDrawing
from netmap.render.poster import write_poster
from netmap.transfer import export_map
from netmap.ui.canvas import MapScene
from netmap.ui.exchange.poster import picture_of_scene


def _image(paint) -> QImage:  # type: ignore[no-untyped-def]
    image = QImage(700, 450, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    paint(painter)
    painter.end()
    return image


def _same_pictures(scene: MapScene, drawing: MapDrawing, scale: float, same_extent: bool = True) -> None:
    """Both at the zoom `scale`, the same part of the map: the same pixels (and for a poster's
    scene, the same extent, which sizes the map on the page)."""
    scene.setBackgroundBrush(QColor("#ffffff"))
    scene.set_view_scale(scale, dpi=96.0)
    drawing.set_view_scale(scale, dpi=96.0)
    if same_extent:
        assert drawing.content_rect() == scene.content_rect()
    source = scene.content_rect().adjusted(-20, -20, 20, 20)
    target = QRectF(0, 0, 700, 450)
    drawn = _image(lambda p: drawing.paint(p, target, source))
    assert drawn == _image(lambda p: scene.render(p, target, source))
    assert drawn != _image(lambda p: None)  # a map, not two blank pictures


def _earlier_and_later() -> tuple[MapState, MapState]:
    """Actor 5 and its tie gone, actor 2 grown, actor 6 and its tie new (the same uids otherwise)."""
    earlier = small_state()
    earlier.ties = [*earlier.ties, Tie(5, 3, "kooperation", id=17)]
    actors = [a.with_changes(influence=8) if a.id == 2 else a for a in earlier.actors if a.id != 5]
    actors.append(Actor("Neu im Netz", category="vereine", x=150, y=420, id=6))
    ties = [t for t in earlier.ties if t.id != 17] + [Tie(6, 3, "kooperation", id=16)]
    return earlier, MapState(earlier.info, earlier.catalogues, actors, ties, list(earlier.clusters))


@pytest.mark.parametrize("scale", [1.0, 0.3])
def test_a_poster_map_is_the_canvas_map_pixel_for_pixel(qapp, scale: float) -> None:  # type: ignore[no-untyped-def]
    """Actors, labels, ties with arrowheads, hulls with headings and dots, a what-if halo, and a
    comparison's halos and ghosts: the poster's drawing and the scene paint the same."""
    earlier, later = _earlier_and_later()
    poster = poster_picture(later, language="de", compare_with=earlier,
                            findings=report(single_points_of_failure=(SinglePoint(1, "Stadtverwaltung", "", ()),)))
    after = poster.maps[1]
    assert after.ghost_actors and after.ghost_ties and after.tie_halos == {16: "new"}
    assert after.halos[1] == (("highlight", "whatif"),) and after.halos[2] == (("overlay", "changed"),)

    scene = MapScene(cached=False)
    scene.set_map(later, "de")
    scene.set_highlight([1], mode="whatif")
    scene.set_overlay(added_actors=[a for a in later.actors if a.id == 6],
                      removed_actors=list(after.ghost_actors), added_ties=[t for t in later.ties if t.id == 16],
                      removed_ties=list(after.ghost_ties), changed_actor_ids=[2], mute=False)
    _same_pictures(scene, MapDrawing(after, "de"), scale, same_extent=False)  # a canvas measures placed labels


def test_the_printed_scene_is_the_scene_as_shown(qapp) -> None:  # type: ignore[no-untyped-def]
    """The app prints what the canvas shows: a measure's sizes and colours, a muted comparison."""
    earlier, later = _earlier_and_later()
    scene = MapScene(cached=False)
    scene.set_map(later, "en")
    scene.set_measure({1: 0.9, 2: 0.1, 3: 0.5, 4: 0.0, 6: 0.3})
    scene.set_overlay(added_actors=[a for a in later.actors if a.id == 6], changed_actor_ids=[2])
    picture = picture_of_scene(scene)
    assert picture.muted_actors == {1, 3, 4} and picture.measure is not None
    _same_pictures(scene, MapDrawing(picture, "en"), 1.0, same_extent=False)  # a canvas's click margins differ


def test_the_picture_is_plain_frozen_data_without_contact_persons(qapp) -> None:  # type: ignore[no-untyped-def]
    state = small_state()
    state.actors[0] = state.actors[0].with_changes(contact=ContactPerson("Erika Kontakt", "", "e@example.org", ""),
                                                   notes="vertraulich")
    picture = poster_picture(state, language="en", anonymize=True)
    with pytest.raises(FrozenInstanceError):
        picture.title = "Other"  # type: ignore[misc]
    (shown,) = picture.maps
    assert all(a.contact is None and not a.notes for a in shown.actors)
    kept = poster_picture(state, language="en").maps[0].actors[0]
    assert kept.contact is None and kept.notes == "vertraulich"


def test_export_map_hands_a_picture_to_the_drawer_it_is_given(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    drawn: list[tuple[PosterPicture, Path, str, bool]] = []

    def drawer(picture: PosterPicture, path: str | Path, *, paper: str, landscape: bool) -> Path:
        drawn.append((picture, Path(path), paper, landscape))
        return Path(path)

    with Project.create(tmp_path / "p.netmap") as project:
        project.add_actors([Actor("Tafel", x=0, y=0), Actor("Kita", x=200, y=0)])
        assert export_map(project, tmp_path / "map.png", paper="A3", landscape=True, language="en",
                          draw_poster=drawer) == [tmp_path / "map.png"]
        ((picture, path, paper, landscape),) = drawn
        assert (path.name, paper, landscape, picture.language) == ("map.png", "A3", True, "en")
        assert {a.name for a in picture.maps[0].actors} == {"Tafel", "Kita"}
        assert picture.findings is not None and picture.findings.network.actors == 2
        with pytest.raises(ValueError, match="drawer"):
            export_map(project, tmp_path / "map.pdf")
    assert not (tmp_path / "map.pdf").exists()


def test_a_poster_is_drawn_in_a_worker_thread(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """QtGui only: the export dialog draws posters on its worker, not on the UI thread."""
    picture = poster_picture(small_state(), language="de")
    failures: list[BaseException] = []

    def work() -> None:
        try:
            write_poster(picture, tmp_path / "thread.pdf", paper="A4")
            write_poster(picture, tmp_path / "thread.png", paper="A4", dpi=50)
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            failures.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(120)
    assert not failures and not worker.is_alive()
    assert (tmp_path / "thread.pdf").read_bytes().startswith(b"%PDF")
    image = QImage(str(tmp_path / "thread.png"))
    assert not image.isNull() and image.width() == round(210 / 25.4 * 50)


def test_an_empty_picture_draws_an_empty_map(qapp) -> None:  # type: ignore[no-untyped-def]
    drawing = MapDrawing(map_picture(MapState()), "en")
    assert drawing.content_rect().isNull()
    blank = _image(lambda p: None)
    assert _image(lambda p: drawing.paint(p, QRectF(0, 0, 700, 450), QRectF(-500, -350, 1000, 700))) == blank
