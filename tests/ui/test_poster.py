"""Posters: PDF, SVG and PNG by extension, paper sizes, no personal data, findings and comparison."""

from __future__ import annotations

import gc
import re
import struct
import weakref
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from netmap.analysis import AnalysisReport, analyze
from netmap.analysis.gap_types import CatalogueRef
from netmap.domain import Actor, ContactPerson, MapState, Tie
from netmap.ui.canvas import MapScene
from netmap.render.poster import PAPER_SIZES, render_poster
from netmap.ui.exchange.poster import render_to_printer

from .fixtures import small_state


def _state() -> MapState:
    state = small_state()
    state.actors[1] = state.actors[1].with_changes(
        contact=ContactPerson("Erika Kontakt", "Schulleitung", "erika.kontakt@example.org", "06151 555-0199"),
        notes="Vertraulich: Frau Kontakt ruft montags zurück")
    state.info = state.info.with_changes(facilitator="Paula Moderation", topic="Integrationsstrategie")
    return state


def _findings() -> AnalysisReport:
    """The analysis of the poster's map (Stadtverwaltung cuts off 1, Ohne Kategorie has no tie), with
    only the Polizei missing: the panel names at most 8 missing groups."""
    report = analyze(_state())
    return replace(report, gaps=replace(report.gaps, missing_categories=(CatalogueRef("polizei", "Polizei"),)))


def _svg_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("paper", "landscape"), [("A4", False), ("A1", True), ("A0", False)])
def test_pdf_has_the_paper_size(qapp, tmp_path: Path, paper: str, landscape: bool) -> None:  # type: ignore[no-untyped-def]
    out = render_poster(_state(), tmp_path / "map.pdf", paper=paper, landscape=landscape)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", data)
    assert box is not None
    width_mm, height_mm = PAPER_SIZES[paper]
    if landscape:
        width_mm, height_mm = height_mm, width_mm
    assert float(box.group(1)) == pytest.approx(width_mm / 25.4 * 72, abs=2)
    assert float(box.group(2)) == pytest.approx(height_mm / 25.4 * 72, abs=2)


def test_svg_is_vector_with_title_legend_and_labels(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = render_poster(_state(), tmp_path / "map.svg", paper="A3", landscape=True, language="de",
                        title="Netzwerk Musterstadt 2026")
    svg = _svg_text(out)
    assert 'width="419.' in svg and 'height="297.' in svg  # A3 landscape, in mm
    for text in ("Netzwerk Musterstadt 2026", "Musterstadt", "Integrationsstrategie",  # title, town, topic
                 "Stadtverwaltung", "Moscheeverein",  # actor labels, as text
                 "Verwaltung", "Kooperation",  # legend: categories and tie kinds on the map, German
                 "Bildung"):  # the cluster's heading
        assert text in svg, text
    assert "Polizei" not in svg  # the legend shows only what is on the map
    assert "Paula Moderation" in svg  # the facilitator, unless anonymised


def test_poster_never_shows_contact_persons_and_anonymized_drops_notes_and_facilitator(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plain = _svg_text(render_poster(_state(), tmp_path / "plain.svg", paper="A4"))
    anonymous = _svg_text(render_poster(_state(), tmp_path / "anon.svg", paper="A4", anonymize=True))
    for svg in (plain, anonymous):
        for personal in ("Erika Kontakt", "erika.kontakt@example.org", "555-0199", "Schulleitung", "Vertraulich"):
            assert personal not in svg
    assert "Paula Moderation" not in anonymous
    assert "Grundschule" in anonymous  # organisations stay


def test_png_at_300_dpi_in_bands(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = render_poster(_state(), tmp_path / "map.png", paper="A4", dpi=300)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (round(210 / 25.4 * 300), round(297 / 25.4 * 300))
    assert abs(image.dotsPerMeterX() - 300 / 0.0254) < 2
    data = out.read_bytes()
    assert data[12:16] == b"IHDR" and struct.unpack(">II", data[16:24]) == (image.width(), image.height())
    # Something is drawn in the map area, in the category colours.
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 23) for y in range(600, 2600, 23)}
    assert len(colours) > 20


def test_findings_panel_and_halo_on_single_points_of_failure(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svg = _svg_text(render_poster(_state(), tmp_path / "findings.svg", paper="A3", landscape=True, language="en",
                                  findings=_findings()))
    for text in ("Main findings", "Who connects?", "Where does the network break?", "Who is missing?", "Polizei",
                 "cuts off 1", "Ohne Kategorie"):
        assert text in svg, text


def test_before_after_poster_marks_changes(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    after = _state()
    before = MapState(info=after.info, catalogues=after.catalogues,
                      actors=[*after.actors[:4], Actor("Aufgelöste Initiative", category="initiativen", x=400, y=-200,
                                                       id=6)],
                      ties=[*after.ties[:3], Tie(6, 2, "kooperation", id=17)])
    svg = _svg_text(render_poster(after, tmp_path / "compare.svg", paper="A3", landscape=True, language="en",
                                  compare_with=before))
    assert "Before" in svg and "After" in svg and "What changed" in svg
    assert svg.count("Aufgel") >= 2  # on the earlier map, and as a ghost on the later one
    assert "Actors: 5 → 5" in svg and "Ties: 4 → 4" in svg  # ties between the same two actors count once


def test_print_the_live_scene_and_leave_it_as_it_was(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    scene = MapScene()
    scene.set_map(_state(), "en")
    scene.set_view_scale(1.0)
    scene.select_actors([2])
    shown, factor = scene.labels_shown, scene.label_scale
    writer = QPdfWriter(str(tmp_path / "printed.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(10, 10, 10, 10))
    render_to_printer(scene, writer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert scene.selected_actor_ids() == [2]
    assert (scene.labels_shown, scene.label_scale) == (shown, factor)
    render_to_printer(_state(), QPdfWriter(str(tmp_path / "state.pdf")))
    assert (tmp_path / "state.pdf").stat().st_size > 1000


def test_bad_names_and_sizes_are_refused(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="pdf, .svg or .png"):
        render_poster(_state(), tmp_path / "map.docx")
    with pytest.raises(ValueError, match="A5"):
        render_poster(_state(), tmp_path / "map.pdf", paper="A5")


def test_empty_map_still_makes_a_poster(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = render_poster(MapState(), tmp_path / "empty.pdf", paper="A4")
    assert out.stat().st_size > 500


def _picture(scene: MapScene, source: QRectF) -> QImage:
    image = QImage(600, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, 600, 400), source)
    painter.end()
    return image


def test_a_released_scene_frees_its_items_without_the_cycle_collector(qapp) -> None:  # type: ignore[no-untyped-def]
    """Actors and ties point at each other; a poster releases its scene once drawn, so that the
    items go at once instead of waiting for a pass of the cycle collector over all of them."""
    scene = MapScene(cached=False)
    scene.set_map(_state(), "de")
    actor, tie = weakref.ref(scene.actor_item(1)), weakref.ref(scene.tie_item(11))
    enabled = gc.isenabled()
    gc.disable()
    try:
        scene.release()
        assert actor() is None and tie() is None
    finally:
        if enabled:
            gc.enable()
    assert scene.actor_items() == [] and scene.tie_items() == []
    scene.set_map(_state(), "de")  # the scene can take a map again
    assert len(scene.tie_items()) == len(_state().ties)
