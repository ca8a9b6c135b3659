"""The analysis panel in the real main window: ranking, the map's measure, gaps, the what-if, languages.

The small project is a path Sportverein TSV – Stadtverwaltung – Grundschule Süd – Moscheeverein
(conftest.small_project); edits go through the session's commands, as the window's own gestures do,
and the panel has to follow them by itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from netmap.analysis.explanations import EXPLANATIONS
from netmap.domain import Tie
from netmap.ui.analysis.analysis_models import RankingModel
from netmap.render.style import HIGHLIGHT_COLOURS
from netmap.edits import AddTies, RemoveItems

SCHOOL, CITY, MOSQUE, CLUB = "Grundschule Süd", "Stadtverwaltung", "Moscheeverein", "Sportverein TSV"


def ids_by_name(window) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {a.name: a.id for a in window.session.actors.values()}


def open_panel(qtbot, window):  # type: ignore[no-untyped-def]
    """Ctrl+Shift+A, as a user would; then wait for the first figures."""
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel = window.analysis_panel
    qtbot.waitUntil(lambda: panel.seen)
    wait_current(qtbot, panel)
    return panel


def wait_current(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: panel.report is not None and panel.runner.idle, timeout=10000)


def add_tie(window, a: str, b: str, kind: str = "kooperation") -> None:  # type: ignore[no-untyped-def]
    ids = ids_by_name(window)
    assert window.session.execute(AddTies([Tie(ids[a], ids[b], kind)]))


def halo_names(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {name for name, i in ids_by_name(window).items() if "highlight" in window.scene.actor_item(i).halos}


def test_the_panel_ranks_the_actors_and_follows_an_edit(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    panel = open_panel(qtbot, window)
    assert window.analysis_dock.isVisible() and window.actions_.analysis.isChecked()
    assert panel.proxy.rowCount() == 4
    assert panel.measure.currentData() == "degree"
    assert panel.measure_explanation.text() == EXPLANATIONS["degree"][1]
    assert panel.measure.itemData(panel.measure.currentIndex(), Qt.ItemDataRole.ToolTipRole) == EXPLANATIONS[
        "degree"][1]
    ranked = panel.model.ranked()
    assert ranked[:2] == [(1, SCHOOL, 2.0), (1, CITY, 2.0)]  # two with two ties share the first rank
    assert panel.summary.text().startswith("4 actors · 3 ties · 1 separate part")  # Qt plural forms (issue 14)

    add_tie(window, CITY, MOSQUE)  # the administration gets a third tie: it comes first by itself
    qtbot.waitUntil(lambda: panel.model.ranked()[0] == (1, CITY, 3.0))
    wait_current(qtbot, panel)
    first = [panel.proxy.index(0, c).data() for c in range(RankingModel.COLUMNS)]
    assert first == ["1", CITY, "Administration", "3"]
    assert panel.summary.text().startswith("4 actors · 4 ties")

    # Another measure: betweenness, with its own sentence; the filter finds an actor.
    panel.measure.setCurrentIndex(panel.measure.findData("betweenness"))
    assert panel.measure_explanation.text() == EXPLANATIONS["betweenness"][1]
    assert panel.proxy.index(0, RankingModel.NAME).data() == CITY
    qtbot.keyClicks(panel.filter, "mosch")
    assert panel.proxy.rowCount() == 1 and panel.proxy.index(0, RankingModel.NAME).data() == MOSQUE

    # A row chosen in the ranking is the actor selected on the map.
    panel.table.selectRow(0)
    assert window.scene.selected_actor_ids() == [ids_by_name(window)[MOSQUE]]


def test_choosing_a_measure_sizes_and_colours_the_map(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    panel = open_panel(qtbot, window)
    ids = ids_by_name(window)
    scene = window.scene

    def radii() -> dict[str, float]:
        return {name: scene.actor_item(i).radius for name, i in ids.items()}

    def fills() -> dict[str, str]:
        return {name: scene.actor_item(i).fill.name() for name, i in ids.items()}

    as_entered = radii()
    assert as_entered[CITY] > as_entered[SCHOOL]  # influence 8 against 0
    panel.map_measure.setCurrentIndex(panel.map_measure.findData("betweenness"))
    qtbot.waitUntil(lambda: scene.measure is not None)
    sized = radii()
    # On the path club – city – school – mosque the two in the middle broker, the ends do not.
    assert sized[CITY] == sized[SCHOOL] > sized[MOSQUE] == sized[CLUB]
    assert sized[SCHOOL] > as_entered[SCHOOL]
    assert fills()[CITY] != fills()[CLUB]
    assert panel.ramp_box.isVisible()

    add_tie(window, CLUB, SCHOOL)  # a cycle club – city – school: only the school still brokers
    qtbot.waitUntil(lambda: radii()[SCHOOL] > radii()[CITY])

    panel.map_measure.setCurrentIndex(0)  # back to the map as entered
    assert scene.measure is None
    assert radii() == as_entered


def test_selecting_single_points_of_failure_highlights_the_right_actor(qtbot, make_window,
                                                                        small_project: Path) -> None:
    window = make_window(small_project)
    panel = open_panel(qtbot, window)
    add_tie(window, CLUB, SCHOOL)  # club – city – school is a cycle; only the school holds the mosque on
    qtbot.waitUntil(lambda: [g.name for g in panel.report.gaps.single_points_of_failure] == [SCHOOL])
    wait_current(qtbot, panel)

    panel.tabs.setCurrentIndex(1)
    top = next(panel.gaps.tree.topLevelItem(i) for i in range(panel.gaps.tree.topLevelItemCount())
               if panel.gaps.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 10)[0]
               == "single_points_of_failure")
    assert top.text(0) == "Single points of failure (1)"
    rect = panel.gaps.tree.visualItemRect(top)
    qtbot.mouseClick(panel.gaps.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.gaps.selected_gap() == ("single_points_of_failure", "")
    assert halo_names(window) == {SCHOOL}
    colour = window.scene.actor_item(ids_by_name(window)[SCHOOL]).halos["highlight"]
    assert colour == QColor(HIGHLIGHT_COLOURS["gap"])
    assert panel.gaps.explanation.text() == EXPLANATIONS["single_points_of_failure"][1]

    # Its entry: the school and whom it cuts off, spelled out below the list.
    assert panel.gaps.select_gap("single_points_of_failure", str(ids_by_name(window)[SCHOOL]))
    assert halo_names(window) == {SCHOOL, MOSQUE}
    assert panel.gaps.detail.text() == f"If {SCHOOL} leaves, these lose their connection: {MOSQUE}"

    # The gap follows the map: undo the tie, and the administration is a single point of failure again.
    panel.gaps.select_gap("single_points_of_failure")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: halo_names(window) == {SCHOOL, CITY})
    assert panel.gaps.selected_gap() == ("single_points_of_failure", "")

    # Missing categories have nobody to show: no halo, but their sentence.
    assert panel.gaps.select_gap("missing_categories")
    assert halo_names(window) == set()
    assert panel.gaps.explanation.text() == EXPLANATIONS["missing_categories"][1]


def test_what_if_a_bridge_actor_leaves(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    panel = open_panel(qtbot, window)
    ids = ids_by_name(window)
    qtbot.mouseClick(panel.what_if.button, Qt.MouseButton.LeftButton)
    assert panel.what_if.button.isChecked() and panel.tabs.currentIndex() == 2

    # A click on the school on the map.
    view, scene = window.view, window.scene
    view.fit_all()
    point = view.mapFromScene(scene.actor_item(ids[SCHOOL]).pos())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    assert scene.selected_actor_ids() == [ids[SCHOOL]]
    qtbot.waitUntil(lambda: panel.what_if.result is not None)
    assert panel.what_if.result.removed == ids[SCHOOL]
    assert panel.what_if.names() == [MOSQUE]
    text = panel.what_if.text.text()
    assert f"If <b>{SCHOOL}</b> leaves:" in text
    assert "Separate parts: 1 → 2" in text and "Largest part: 4 → 2 actors" in text
    assert halo_names(window) == {MOSQUE}
    assert scene.actor_item(ids[MOSQUE]).halos["highlight"] == QColor(HIGHLIGHT_COLOURS["whatif"])
    school_ties = {t.id for t in window.session.ties.values() if ids[SCHOOL] in (t.source, t.target)}
    assert all(scene.tie_item(t).halo is not None for t in school_ties)

    # The what-if follows the map: once the mosque has a second tie, nobody falls off.
    add_tie(window, MOSQUE, CLUB)
    qtbot.waitUntil(lambda: panel.what_if.result is not None and panel.what_if.result.cut_off == ())
    assert "Nobody loses their connection to the rest." in panel.what_if.text.text()
    assert halo_names(window) == set()

    # Another actor clicked (selected in the ranking this time).
    panel.scene.select_actors([ids[CITY]])
    qtbot.waitUntil(lambda: panel.what_if.result is not None and panel.what_if.result.removed == ids[CITY])

    # The actor really leaves the map: the what-if says so.
    assert window.session.execute(RemoveItems([ids[CITY]]))
    qtbot.waitUntil(lambda: panel.what_if.text.text() == f"{CITY} is no longer on the map.")
    window.undo_action.trigger()

    qtbot.mouseClick(panel.what_if.button, Qt.MouseButton.LeftButton)  # off: the map is clean again
    assert not panel.what_if.button.isChecked()
    assert halo_names(window) == set()
    assert all(scene.tie_item(t).halo is None for t in school_ties)


def test_the_panel_speaks_german_after_switching_language(qapp, qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    panel = open_panel(qtbot, window)
    panel.measure.setCurrentIndex(panel.measure.findData("betweenness"))
    window.actions_.language_de.trigger()
    qapp.processEvents()
    assert window.analysis_dock.windowTitle() == "Analyse"
    assert window.actions_.analysis.text() == "&Analyse"
    assert [panel.tabs.tabText(i) for i in range(3)] == ["Rangliste", "Lücken", "Was wäre, wenn …"]
    assert panel.measure.currentText() == "Wer verbindet (Betweenness)"
    assert panel.measure_explanation.text() == EXPLANATIONS["betweenness"][0]
    assert panel.map_measure.itemText(0) == "Wie erfasst (Einfluss und Kategorie)"
    model = panel.model
    assert model.headerData(RankingModel.VALUE, Qt.Orientation.Horizontal) == "Wert"
    assert model.headerData(RankingModel.VALUE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
        EXPLANATIONS["betweenness"][0]
    row = model.row_of(ids_by_name(window)[SCHOOL])
    assert model.index(row, RankingModel.CATEGORY).data() == "Schulen"
    assert model.index(row, RankingModel.VALUE).data() == "0,667"  # German decimal comma
    titles = [panel.gaps.tree.topLevelItem(i).text(0) for i in range(panel.gaps.tree.topLevelItemCount())]
    assert "Wo das Netz reißt, wenn jemand wegfällt (2)" in titles
    assert panel.summary.text().startswith("4 Akteure · 3 Beziehungen")
    assert panel.what_if.button.text() == "Was wäre, wenn … wegfällt?"
    assert panel.what_if.explanation.text() == EXPLANATIONS["what_if"][0]

    window.actions_.language_en.trigger()
    qapp.processEvents()
    assert panel.measure.currentText() == "Who connects (betweenness)"
    assert model.index(row, RankingModel.CATEGORY).data() == "Schools"


def test_the_view_menu_toggle_and_nothing_computed_while_hidden(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    panel, runner = window.analysis_panel, window.analysis_panel.runner
    assert window.actions_.analysis in window.view_menu.actions()
    assert window.actions_.analysis.shortcut().toString() == "Ctrl+Shift+A"
    assert not panel.seen  # behind the inspector's tab: no work for nobody
    qtbot.wait(150)
    assert runner.jobs_sent == 0

    open_panel(qtbot, window)
    assert runner.jobs_sent == 1
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_A, chord)  # in front: the shortcut closes it
    assert not window.analysis_dock.isVisible() and not window.actions_.analysis.isChecked()
    window.inspector_dock.show()
    window.inspector_dock.raise_()
    qtbot.keyClick(window, Qt.Key.Key_A, chord)
    assert panel.seen and window.actions_.analysis.isChecked()
    window.inspector_dock.raise_()  # open but behind a tab: the shortcut brings it to the front
    qtbot.waitUntil(lambda: not panel.seen)
    qtbot.keyClick(window, Qt.Key.Key_A, chord)
    assert panel.seen and window.actions_.analysis.isChecked()


def test_options_directed_and_one_kind_of_tie(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    panel = open_panel(qtbot, window)
    index = panel.tie_kind.findData("information")
    assert panel.tie_kind.itemText(index) == "Information exchange"
    panel.tie_kind.setCurrentIndex(index)
    qtbot.waitUntil(lambda: panel.report.network.tie_kind == "information")
    assert panel.report.network.ties == 1
    assert panel.summary.text().startswith("4 actors · 1 tie · 3 separate parts")  # Qt plural forms (issue 14)
    panel.directed.setChecked(True)  # an undirected tie then runs both ways: two arcs
    qtbot.waitUntil(lambda: panel.report.network.directed)
    assert panel.report.network.ties == 2
    panel.weighted.setChecked(True)
    qtbot.waitUntil(lambda: panel.report.network.weighted)


def test_a_new_project_starts_afresh(qtbot, make_window, small_project: Path, tmp_path: Path) -> None:
    from netmap.project import Project

    window = make_window(small_project)
    panel = open_panel(qtbot, window)
    panel.map_measure.setCurrentIndex(panel.map_measure.findData("degree"))
    panel.gaps.select_gap("single_points_of_failure")
    other = tmp_path / "other.netmap"
    Project.create(other).close()
    assert window.open_project(other)
    assert window.scene.measure is None or window.scene.measure == {}
    qtbot.waitUntil(lambda: panel.report is not None and panel.report.network.actors == 0)
    assert panel.model.rowCount() == 0
    assert panel.gaps.selected_gap() is None
    window.close_project()
    assert panel.status.text() == "No project is open."
