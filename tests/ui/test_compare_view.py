"""Comparing states of the map in the window: the tables, the overlay on the main map, a snapshot's
overlay in its own window, the two maps side by side, and the demo project's story."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from netmap.demo import write_demo
from netmap.domain import Actor, Tie
from netmap.render.style import HIGHLIGHT_COLOURS
from netmap.edits import (
    AddActors,
    AddTies,
    RemoveItems,
    UpdateActors,
    UpdateTie,
)
from netmap.ui.snapshots.compare_view import CURRENT

from .fixtures import take_snapshot

GREEN, AMBER, GREY = (QColor(HIGHLIGHT_COLOURS[k]) for k in ("new", "changed", "removed"))


def finished(qtbot, window):  # type: ignore[no-untyped-def]
    """The compare window, once its comparison (run in the background) has come back."""
    compare = window.snapshot_tools.compare_window
    assert compare is not None
    compare.runner.wait()
    qtbot.waitUntil(lambda: compare.result is not None and not compare.status.text())
    return compare


def edit_the_map(window) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """After the snapshot: a club joins, the mosque leaves, the school changes, ties change."""
    session = window.session
    ids = {a.name: i for i, a in session.actors.items()}
    assert session.execute(AddActors([Actor("Jugendhaus Süd", category="vereine", x=150, y=180)]))
    ids = {a.name: i for i, a in session.actors.items()}
    assert session.execute(RemoveItems([ids["Moscheeverein"]]))
    school = session.actors[ids["Grundschule Süd"]]
    assert session.execute(UpdateActors([school.with_changes(category="kitas", influence=6)]))
    club, admin = ids["Jugendhaus Süd"], ids["Stadtverwaltung"]
    assert session.execute(AddTies([Tie(club, admin, "kooperation")]))
    funding = next(t for t in session.ties.values() if t.kind == "finanzierung")
    assert session.execute(UpdateTie(funding.with_changes(strength=3)))
    return ids


def rows(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[cell.text for cell in row] for row in model.rows]


def test_a_snapshot_compared_with_the_current_map(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    take_snapshot(qtbot, window, "Workshop 1", date(2025, 3, 1))
    ids = edit_the_map(window)

    window.actions_.compare.trigger()
    compare = finished(qtbot, window)
    assert compare.chosen() == ("Workshop 1", CURRENT)
    c = compare.result.comparison
    assert [a.name for a in c.actors_added] == ["Jugendhaus Süd"]
    assert [a.name for a in c.actors_removed] == ["Moscheeverein"]

    # The tables say it in words: what changed and how.
    actor_rows = rows(compare.actors)
    assert ["new", "Jugendhaus Süd", "Clubs and associations", ""] in actor_rows
    assert any(r[:2] == ["no longer there", "Moscheeverein"] for r in actor_rows)
    changed = next(r for r in actor_rows if r[1] == "Grundschule Süd")
    assert changed[0] == "changed"
    assert "category: Schools → " in changed[3] and "influence: 0 → 6" in changed[3]
    tie_rows = rows(compare.ties)
    assert any(r[0] == "new" and {r[1], r[2]} == {"Jugendhaus Süd", "Stadtverwaltung"} for r in tie_rows)
    assert sum(r[0] == "no longer there" for r in tie_rows) == 1  # the school's tie to the mosque
    funding_row = next(r for r in tie_rows if r[0] == "changed")
    assert funding_row[5] == "3 – strong" and "strength: 1 – weak → 3 – strong" in funding_row[6]
    indicators = {r[0]: r[1:4] for r in rows(compare.indicators)}
    assert indicators["Actors"] == ["4", "4", "±0"]
    assert indicators["Ties"] == ["3", "3", "±0"]
    assert indicators["Separate parts"][:2] == ["1", "1"]
    movers = rows(compare.movers)
    assert movers[0][1] in {"Moscheeverein", "Grundschule Süd", "Stadtverwaltung", "Jugendhaus Süd"}
    assert compare.tabs.tabText(1) == "Actors (3)"
    assert "Changes from" in compare.report_text()

    # The overlay on the main map: new in green, changed in amber, gone as a dashed ghost, the rest muted.
    scene = window.scene
    assert window.snapshot_tools.banner.isVisible()
    assert scene.actor_item(ids["Jugendhaus Süd"]).halos["overlay"] == GREEN
    assert scene.actor_item(ids["Grundschule Süd"]).halos["overlay"] == AMBER
    assert scene.actor_item(ids["Sportverein TSV"]).opacity() < 1.0
    assert "overlay" not in scene.actor_item(ids["Sportverein TSV"]).halos
    ghosts = scene.ghost_actor_items()
    assert [g.actor.name for g in ghosts] == ["Moscheeverein"]
    assert ghosts[0].ghost and ghosts[0].outline.style() == Qt.PenStyle.DashLine
    assert ghosts[0].actor_id < 0  # never mistaken for a live actor
    ghost_ties = scene.ghost_tie_items()
    assert len(ghost_ties) == 1 and ghosts[0] in (ghost_ties[0].source, ghost_ties[0].target)
    new_tie = next(t for t in scene.tie_items() if t.tie.kind == "kooperation" and ids["Jugendhaus Süd"] in
                   (t.tie.source, t.tie.target))
    assert new_tie.halo == GREEN and new_tie.opacity() == 1.0
    funding = next(t for t in scene.tie_items() if t.tie.kind == "finanzierung")
    assert funding.halo == AMBER
    assert scene.selected_actor_ids() == []

    # The map keeps changing during the comparison: the overlay follows.
    session = window.session
    assert session.execute(AddActors([Actor("Seniorenbeirat", category="beiraete",
                                                                    x=-150, y=180)]))
    new_id = next(i for i, a in session.actors.items() if a.name == "Seniorenbeirat")
    qtbot.waitUntil(lambda: "overlay" in scene.actor_item(new_id).halos, timeout=5000)
    compare.runner.wait()
    qtbot.waitUntil(lambda: len(compare.result.comparison.actors_added) == 2)

    # Switching the overlay off, and closing the comparison, leave the map as it was.
    compare.overlay.setChecked(False)
    assert scene.ghost_actor_items() == [] and not window.snapshot_tools.banner.isVisible()
    compare.overlay.setChecked(True)
    assert len(scene.ghost_actor_items()) == 1
    compare.close()
    assert window.snapshot_tools.compare_window is None
    assert scene.ghost_actor_items() == [] and scene.ghost_tie_items() == []
    assert all(item.opacity() == 1.0 and not item.halos for item in scene.actor_items())
    assert all(t.halo is None for t in scene.tie_items())
    assert not window.snapshot_tools.banner.isVisible()


def test_two_snapshots_compare_in_a_read_only_overlay_window(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    take_snapshot(qtbot, window, "Vorher", date(2024, 1, 1))
    ids = edit_the_map(window)
    take_snapshot(qtbot, window, "Nachher", date(2026, 1, 1))
    assert window.session.execute(RemoveItems([ids["Jugendhaus Süd"]]))

    compare = window.snapshot_tools.compare("Vorher", "Nachher")
    compare = finished(qtbot, window)
    assert compare.chosen() == ("Vorher", "Nachher")
    assert window.scene.ghost_actor_items() == []  # the live map is not the later state: it stays as it is
    viewer = window.snapshot_tools.overlay_viewer
    assert viewer is not None and viewer.snapshot.label == "Nachher"
    names = {item.actor.name: item for item in viewer.scene.actor_items()}
    assert "Jugendhaus Süd" in names and names["Jugendhaus Süd"].halos["overlay"] == GREEN
    assert [g.actor.name for g in viewer.scene.ghost_actor_items()] == ["Moscheeverein"]
    assert "Vorher" in viewer.banner.text() and not viewer.view.isInteractive()

    # Swapping: the later snapshot becomes "before"; what was added now shows as gone.
    compare.swap_sides()
    compare = finished(qtbot, window)
    qtbot.waitUntil(lambda: compare.chosen() == ("Nachher", "Vorher") and compare.result.label_a == "Nachher")
    viewer = window.snapshot_tools.overlay_viewer
    assert viewer.snapshot.label == "Vorher"
    assert [g.actor.name for g in viewer.scene.ghost_actor_items()] == ["Jugendhaus Süd"]
    compare.close()
    assert window.snapshot_tools.overlay_viewer is None

    # The same state twice is no comparison.
    compare = window.snapshot_tools.compare("Vorher", "Vorher")
    assert "two different" in compare.status.text()
    compare.close()


def test_side_by_side_maps_zoom_and_scroll_together(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    take_snapshot(qtbot, window, "Workshop 1")
    edit_the_map(window)
    window.snapshot_tools.compare("Workshop 1")
    compare = finished(qtbot, window)
    compare.resize(1200, 800)
    compare.tabs.setCurrentWidget(compare.side_by_side)
    qtbot.waitExposed(compare)
    left, right = compare.side_by_side.views
    before, after = compare.side_by_side.scenes
    assert len(before.actor_items()) == 4 and len(after.actor_items()) == 4
    assert {i.actor.name for i in before.actor_items()} - {i.actor.name for i in after.actor_items()} == \
        {"Moscheeverein"}
    gone = next(i for i in before.actor_items() if i.actor.name == "Moscheeverein")
    assert gone.halos.get("highlight") == GREY
    added = next(i for i in after.actor_items() if i.actor.name == "Jugendhaus Süd")
    assert added.halos["overlay"] == GREEN
    qtbot.waitUntil(lambda: abs(left.zoom() - right.zoom()) < 1e-9)

    def centre(view) -> QPointF:  # type: ignore[no-untyped-def]
        return view.mapToScene(view.viewport().rect().center())

    left.set_zoom(2.0)
    assert abs(right.zoom() - 2.0) < 1e-9
    left.horizontalScrollBar().setValue(left.horizontalScrollBar().value() + 120)
    left.verticalScrollBar().setValue(left.verticalScrollBar().value() - 80)
    assert (centre(left) - centre(right)).manhattanLength() < 2.0
    right.zoom_out()
    assert abs(left.zoom() - right.zoom()) < 1e-9
    right.horizontalScrollBar().setValue(right.horizontalScrollBar().value() - 200)
    assert (centre(left) - centre(right)).manhattanLength() < 2.0


def test_the_demo_snapshots_tell_their_story(qtbot, make_window, tmp_path: Path) -> None:
    path = tmp_path / "demo.netmap"
    write_demo(path).close()
    window = make_window(path)
    assert [window.snapshots_panel.model.index(i).data() for i in range(2)] == ["Bestandsaufnahme 2024",
                                                                                 "Bestandsaufnahme 2026"]
    window.snapshot_tools.compare("Bestandsaufnahme 2024", "Bestandsaufnahme 2026")
    compare = finished(qtbot, window)
    c = compare.result.comparison
    assert {a.name for a in c.actors_added} == {"Integrationsbeauftragte der Stadt Musterstadt",
                                                "Afghanischer Kulturverein Musterstadt e. V."}
    assert len(c.actors_removed) == 1
    assert rows(compare.movers)[0][1] == "Integrationsbeauftragte der Stadt Musterstadt"
    indicators = {r[0]: r[1:4] for r in rows(compare.indicators)}
    assert indicators["Actors"] == ["61", "62", "+1"]
    assert indicators["Separate parts"] == ["2", "1", "−1"]
    assert indicators["Share of actors reached"][2].endswith("percentage points")
    renamed = next(r for r in rows(compare.actors) if r[1] == "Jugendzentrum Nordstadt")
    assert "name: Jugendtreff Nord → Jugendzentrum Nordstadt" in renamed[3]  # identity survives the rename
    compare.close()


def test_the_comparison_speaks_german_and_ends_with_the_project(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    take_snapshot(qtbot, window, "Workshop 1", date(2025, 3, 1))
    edit_the_map(window)
    window.actions_.compare.trigger()
    compare = finished(qtbot, window)
    window.set_language("de")
    qtbot.waitUntil(lambda: compare.windowTitle().startswith("Vergleichen"))
    assert compare.tabs.tabText(1) == "Akteure (3)"
    assert compare.after.currentText() == "Aktuelle Karte (heute)"
    changed = next(r for r in rows(compare.actors) if r[1] == "Grundschule Süd")
    assert changed[0] == "verändert" and "Kategorie: Schulen → Kindertageseinrichtungen" in changed[3]
    indicators = {r[0]: r[1:] for r in rows(compare.indicators)}
    assert indicators["Akteure"][:3] == ["4", "4", "±0"]
    assert window.snapshot_tools.banner.label.text().startswith("Vergleich mit „Workshop 1“")
    window.set_language("en")

    window.close_project()
    assert window.snapshot_tools.compare_window is None
    assert not window.snapshot_tools.banner.isVisible()
    assert window.snapshots_panel.model.rowCount() == 0 and not window.snapshots_panel.take_button.isEnabled()
