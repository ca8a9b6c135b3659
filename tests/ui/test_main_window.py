"""The main window driven like a facilitator drives it: type actors in, draw ties, undo, group, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from netmap.domain import Actor
from netmap.errors import ProjectLockedError
from netmap.project import Project


def type_actor(qtbot, window, name: str, category_letters: str) -> None:  # type: ignore[no-untyped-def]
    entry = window.quick_entry
    qtbot.keyClicks(entry.edit, name)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    assert entry.step == entry.CATEGORY
    qtbot.keyClicks(entry.edit, category_letters)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    assert entry.step == entry.NAME


def ids_by_name(window) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {a.name: a.id for a in window.session.actors.values()}


def test_a_workshop_builds_its_map_and_finds_it_again(qtbot, make_window, project_path: Path) -> None:
    window = make_window(project_path)
    assert window.windowTitle().startswith("Workshop Musterstadt")
    window.start_quick_entry()
    type_actor(qtbot, window, "Stadtverwaltung", "Verw")
    type_actor(qtbot, window, "Grundschule am Park", "Schu")
    type_actor(qtbot, window, "Moscheeverein Al-Nour", "rel")
    ids = ids_by_name(window)
    assert set(ids) == {"Stadtverwaltung", "Grundschule am Park", "Moscheeverein Al-Nour"}
    actors = window.session.actors
    assert actors[ids["Stadtverwaltung"]].category == "verwaltung"
    assert actors[ids["Grundschule am Park"]].category == "schulen"
    assert actors[ids["Moscheeverein Al-Nour"]].category == "religion"
    positions = {(a.x, a.y) for a in actors.values()}
    assert len(positions) == 3  # never on top of each other
    assert window.actors_panel.model.rowCount() == 3

    # Two ties, the second of the kind chosen with a number key (2 = information exchange).
    window.scene.tieRequested.emit(ids["Stadtverwaltung"], ids["Grundschule am Park"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert window.current_kind == "information"
    window.scene.tieRequested.emit(ids["Grundschule am Park"], ids["Moscheeverein Al-Nour"])
    kinds = sorted(t.kind for t in window.session.ties.values())
    assert kinds == ["information", "kooperation"]
    assert window.ties_panel.model.rowCount() == 2

    window.undo_action.trigger()
    assert [t.kind for t in window.session.ties.values()] == ["kooperation"]
    with Project.open(project_path, read_only=True) as other:  # the file already says so
        assert len(other.ties()) == 1
    window.redo_action.trigger()
    assert len(window.session.ties) == 2
    assert window.ties_panel.model.rowCount() == 2

    window.scene.select_actors([ids["Grundschule am Park"], ids["Moscheeverein Al-Nour"]])
    window.actions_.group.trigger()
    assert len(window.session.clusters) == 1
    cluster = window.session.clusters[0]
    assert set(cluster.members) == {ids["Grundschule am Park"], ids["Moscheeverein Al-Nour"]}
    # The heading is ready to be typed in the inspector.
    name_edit = window.inspector.cluster_form.name
    assert window.inspector.cluster_id == cluster.id
    name_edit.setText("Bildung im Quartier")
    name_edit.editingFinished.emit()
    assert window.session.clusters[0].name == "Bildung im Quartier"

    window.close()
    with Project.open(project_path) as project:
        state = project.state()
    assert {a.name: a.category for a in state.actors} == {
        "Stadtverwaltung": "verwaltung", "Grundschule am Park": "schulen", "Moscheeverein Al-Nour": "religion"}
    assert sorted(t.kind for t in state.ties) == ["information", "kooperation"]
    assert [(c.name, len(c.members)) for c in state.clusters] == [("Bildung im Quartier", 2)]

    reopened = make_window(project_path)
    assert reopened.actors_panel.model.rowCount() == 3
    assert reopened.ties_panel.model.rowCount() == 2
    assert reopened.clusters_panel.model.rowCount() == 1


def test_quick_entry_places_new_actors_around_the_selected_one(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    centre = ids_by_name(window)["Stadtverwaltung"]
    window.scene.select_actors([centre])
    window.start_quick_entry()
    type_actor(qtbot, window, "Integrationsbeirat", "beir")
    added = next(a for a in window.session.actors.values() if a.name == "Integrationsbeirat")
    assert added.category == "beiraete"
    distance = (added.x ** 2 + added.y ** 2) ** 0.5
    assert 100 <= distance <= 400
    # Enter with no category letters adds the actor without a category; Esc steps back.
    qtbot.keyClicks(window.quick_entry.edit, "Buergerstiftung")
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Escape)
    assert window.quick_entry.step == window.quick_entry.NAME
    assert window.quick_entry.edit.text() == "Buergerstiftung"
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)
    assert any(a.name == "Buergerstiftung" and a.category == "" for a in window.session.actors.values())


def test_double_click_on_the_map_places_the_typed_actor_there(qtbot, make_window, small_project: Path) -> None:
    from PySide6.QtCore import QPointF

    window = make_window(small_project)
    window.scene.addActorRequested.emit(QPointF(900, -700))
    assert window.quick_entry.edit.hasFocus() or window.quick_entry.isVisible()
    type_actor(qtbot, window, "Jugendzentrum", "stadtt")
    added = next(a for a in window.session.actors.values() if a.name == "Jugendzentrum")
    assert (added.x, added.y) == (900, -700)


def test_delete_and_undo_bring_back_actors_with_their_ties(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    ids = ids_by_name(window)
    window.scene.select_actors([ids["Grundschule Süd"]])
    window.actions_.delete.trigger()
    assert ids["Grundschule Süd"] not in window.session.actors
    assert len(window.session.ties) == 1
    with Project.open(small_project, read_only=True) as other:
        assert len(other.actors()) == 3 and len(other.ties()) == 1
    window.undo_action.trigger()
    assert window.session.actors[ids["Grundschule Süd"]].name == "Grundschule Süd"
    assert len(window.session.ties) == 3
    assert window.ties_panel.model.rowCount() == 3
    with Project.open(small_project, read_only=True) as other:
        assert len(other.actors()) == 4 and len(other.ties()) == 3


def test_cut_and_paste_moves_actors_with_the_ties_among_them(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    ids = ids_by_name(window)
    window.scene.select_actors([ids["Grundschule Süd"], ids["Moscheeverein"]])
    window.actions_.copy.trigger()
    pasted = window.paste()
    assert sorted(a.name for a in pasted) == ["Grundschule Süd", "Moscheeverein"]
    assert len(window.session.actors) == 6
    new_ids = {a.id for a in pasted}
    among = [t for t in window.session.ties.values() if t.source in new_ids and t.target in new_ids]
    assert [t.kind for t in among] == ["information"]
    assert {a.uid for a in pasted}.isdisjoint({window.session.actors[i].uid for i in ids.values()})
    window.undo_action.trigger()
    assert len(window.session.actors) == 4 and len(window.session.ties) == 3


def test_paste_of_a_list_of_names_adds_one_actor_per_line(make_window, small_project: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    window = make_window(small_project)
    QGuiApplication.clipboard().setText("Tafel e.V.\n\n  Seniorenbeirat \nTafel e.V.\n")
    pasted = window.paste()
    assert [a.name for a in pasted] == ["Tafel e.V.", "Seniorenbeirat"]
    assert window.undo_group.activeStack().count() == 1


def test_a_refused_edit_shows_why_and_changes_nothing(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    ids = ids_by_name(window)
    window.scene.tieRequested.emit(ids["Moscheeverein"], ids["Moscheeverein"])  # a tie to itself
    assert "two different actors" in window.message_bar.text()
    assert len(window.session.ties) == 3
    assert window.undo_group.activeStack().count() == 0


def test_dots_on_actors_and_clusters_are_counted_in_the_tables(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    ids = ids_by_name(window)
    window.scene.select_actors([ids["Moscheeverein"], ids["Sportverein TSV"]])
    window.actions_.add_dot.trigger()
    window.actions_.add_dot.trigger()
    assert window.session.actors[ids["Moscheeverein"]].dots == 2
    model = window.actors_panel.model
    row = model.row_of(ids["Sportverein TSV"])
    assert model.index(row, model.DOTS).data() == 2
    window.actions_.remove_dot.trigger()
    assert window.session.actors[ids["Sportverein TSV"]].dots == 1
    cluster = window.group_selection()
    window.scene.select_actors([])
    window.actions_.add_dot.trigger()
    assert window.session.cluster(cluster.id).dots == 1
    clusters = window.clusters_panel.model
    assert clusters.index(0, clusters.DOTS).data() == 1


def test_layout_is_one_undoable_move(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    before = {i: (a.x, a.y) for i, a in window.session.actors.items()}
    window.actions_.layout_sectors.trigger()
    qtbot.waitUntil(lambda: window.undo_group.activeStack().count() == 1, timeout=20000)
    after = {i: (a.x, a.y) for i, a in window.session.actors.items()}
    assert after != before
    window.undo_action.trigger()
    assert {i: (a.x, a.y) for i, a in window.session.actors.items()} == before
    window.actions_.layout_rings.trigger()  # the Verwaltung is marked as key actor
    qtbot.waitUntil(lambda: window.undo_group.activeStack().count() == 1
                    and window.layouts.running is None, timeout=20000)
    window.actions_.layout_districts.trigger()
    qtbot.waitUntil(lambda: window.layouts.running is None, timeout=20000)
    window.actions_.layout_force.trigger()
    qtbot.waitUntil(lambda: window.layouts.running is None, timeout=20000)
    assert "could not" not in window.message_bar.text()


def test_moving_actors_on_the_map_is_stored_and_undoable(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    ids = ids_by_name(window)
    window.scene.actorsMoved.emit({ids["Moscheeverein"]: (50.0, 60.0), ids["Sportverein TSV"]: (-70.0, 80.0)})
    with Project.open(small_project, read_only=True) as other:
        assert {(a.x, a.y) for a in other.actors() if a.id in (ids["Moscheeverein"], ids["Sportverein TSV"])} == \
            {(50.0, 60.0), (-70.0, 80.0)}
    window.undo_action.trigger()
    assert (window.session.actors[ids["Moscheeverein"]].x, window.session.actors[ids["Moscheeverein"]].y) == (0, 200)


def test_a_project_someone_else_holds_opens_read_only(make_window, small_project: Path) -> None:
    asked: list[ProjectLockedError] = []
    holder = Project.open(small_project)
    try:
        window = make_window()
        window.prompts.open_read_only = lambda error: asked.append(error) or True  # type: ignore[method-assign]
        assert window.open_project(small_project)
        assert asked and asked[0].user and asked[0].host
        assert window.session.read_only
        assert "(read-only)" in window.windowTitle()
        for action in (window.actions_.delete, window.actions_.group, window.actions_.paste,
                       window.actions_.quick_entry, window.actions_.layout_force):
            assert not action.isEnabled()
        assert not window.quick_entry.isVisible()
        assert not window.inspector.actor_form.name.isEnabled() or window.inspector.actor_form.name.isReadOnly()
        ids = list(window.session.actors)
        window.scene.tieRequested.emit(ids[0], ids[-1])
        assert "read-only" in window.message_bar.text()
        window.scene.actorsMoved.emit({ids[0]: (999.0, 999.0)})
        assert (window.session.actors[ids[0]].x, window.session.actors[ids[0]].y) != (999.0, 999.0)
        # The holder's edits show up in the read-only window.
        holder.add_actor(Actor("Neue Initiative"))
        assert window.watcher is not None
        window.watcher.check()
        assert window.actors_panel.model.rowCount() == 5
    finally:
        holder.close()


def test_declining_read_only_leaves_the_window_as_it_was(make_window, small_project: Path) -> None:
    holder = Project.open(small_project)
    try:
        window = make_window()
        window.prompts.open_read_only = lambda error: False  # type: ignore[method-assign]
        assert not window.open_project(small_project)
        assert window.session is None
        assert window.windowTitle() == "NetMap"
    finally:
        holder.close()


def test_a_file_that_is_no_project_is_refused_with_a_message(make_window, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.netmap"
    bogus.write_text("not a database")
    window = make_window()
    assert not window.open_project(bogus)
    assert "notes.netmap" in window.message_bar.text()


def test_new_project_and_recent_list(make_window, tmp_path: Path) -> None:
    window = make_window()
    target = tmp_path / "neu"
    window.prompts.new_path = lambda: str(target) + ".netmap"  # type: ignore[method-assign]
    assert window.new_project()
    assert window.session is not None and Path(window.session.location).name == "neu.netmap"
    assert window.prefs.recent_projects()[0].endswith("neu.netmap")
    window.close_project()
    assert window.session is None
    assert not window.actions_.delete.isEnabled()


def test_project_info_dialog_changes_the_file(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    dialog = window.edit_project_info()
    dialog.town.setText("Beispielstadt")
    dialog.topic.setText("Integration und Vielfalt")
    dialog.accept()
    with Project.open(small_project, read_only=True) as other:
        info = other.info()
    assert (info.town, info.topic) == ("Beispielstadt", "Integration und Vielfalt")
    assert "Beispielstadt" in window.info_panel.summary.text()
    window.undo_action.trigger()
    assert window.session.info.town == "Musterstadt"


def test_keyboard_shortcuts_of_the_edit_menu(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    keys = {a.objectName(): [s.toString() for s in a.shortcuts()]
            for a in [window.undo_action, window.redo_action, *window.actions_.all()]}
    assert "Ctrl+Z" in keys["actionUndo"]
    assert set(keys["actionRedo"]) == {"Ctrl+Y", "Ctrl+Shift+Z"}
    assert keys["actionGroup"] == ["Ctrl+G"]
    assert keys["actionPresentation"] == ["F5"]
    assert [a.shortcut().toString() for a in window.kind_actions] == [str(i) for i in range(1, 8)]


def test_keys_in_the_quick_entry_and_the_inspector_stay_there(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    window.start_quick_entry()
    type_actor(qtbot, window, "Tafel", "ini")
    # Ctrl+Z in the empty field undoes the new actor; digits typed in a field are text, not tie kinds.
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not any(a.name == "Tafel" for a in window.session.actors.values())
    qtbot.keyClicks(window.quick_entry.edit, "Kita 3")
    assert window.quick_entry.edit.text() == "Kita 3"
    assert window.current_kind == "kooperation"
    actor_id = next(iter(window.session.actors))
    window.scene.select_actors([actor_id])
    spin = window.inspector.actor_form.influence
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_5)
    assert window.current_kind == "kooperation"
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.session.actors[actor_id].influence == 5


def test_the_tie_tool_and_double_clicked_ties(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    window.actions_.tie_tool.trigger()
    assert window.scene.tie_mode()
    window.scene.set_tie_mode(False)
    assert not window.actions_.tie_tool.isChecked()
    tie = next(iter(window.session.ties.values()))
    window.scene.tieActivated.emit(tie.id)
    assert window.inspector.tie_id == tie.id


def test_run_app_opens_the_project_and_returns_the_exit_code(qapp, small_project: Path, monkeypatch,
                                                             tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from netmap.ui.app import run_app
    from netmap.ui.window.main_window import MainWindow

    monkeypatch.setenv("NETMAP_SETTINGS_DIR", str(tmp_path))
    seen: list[str] = []

    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(200, close_windows)
    assert run_app(str(small_project)) == 0
    assert any(title.startswith("Workshop Musterstadt") for title in seen)


def test_free_spots_keep_their_distance_on_a_crowded_map() -> None:
    from netmap.ui.editing.placement import MIN_DISTANCE, free_spot

    taken = [(x * 60.0, y * 60.0) for x in range(-20, 21) for y in range(-20, 21)]
    x, y = free_spot((0.0, 0.0), taken, around_actor=False)
    assert min((x - px) ** 2 + (y - py) ** 2 for px, py in taken) >= (MIN_DISTANCE - 0.2) ** 2
    near = free_spot((0.0, 0.0), [(0.0, 0.0)], around_actor=True)
    assert MIN_DISTANCE <= (near[0] ** 2 + near[1] ** 2) ** 0.5 <= 2 * MIN_DISTANCE


def test_the_filter_bars_of_the_tables(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    actors, ties = window.actors_panel, window.ties_panel
    actors.search.setText("verein")
    assert actors.proxy.rowCount() == 2
    actors.search.setText("")
    actors.district.setCurrentIndex(actors.district.findData("sued"))
    assert actors.proxy.rowCount() == 2
    actors.field.setCurrentIndex(actors.field.findData("interreligioes"))
    assert [actors.proxy.index(r, 0).data() for r in range(actors.proxy.rowCount())] == ["Moscheeverein"]
    ties.category.setCurrentIndex(ties.category.findData("vereine"))
    assert ties.proxy.rowCount() == 1
    # Sorting by a column header.
    actors.district.setCurrentIndex(0)
    actors.field.setCurrentIndex(0)
    actors.view.sortByColumn(actors.model.INFLUENCE, Qt.SortOrder.DescendingOrder)
    assert actors.proxy.index(0, 0).data() == "Stadtverwaltung"
