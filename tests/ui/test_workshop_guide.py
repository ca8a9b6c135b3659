"""Workshop > Guided workshop, walked through all seven steps as a facilitator would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from netmap.analysis.report import analyze
from netmap.demo import write_demo
from netmap.domain import Tie
from netmap.project import Project
from netmap.edits import AddTies
from netmap.ui.workshop.workshop_guide import WorkshopGuide


def type_actor(qtbot, window, name: str, category_letters: str) -> None:  # type: ignore[no-untyped-def]
    entry = window.quick_entry
    qtbot.keyClicks(entry.edit, name)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(entry.edit, category_letters)
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)


def open_guide(qtbot, window) -> WorkshopGuide:  # type: ignore[no-untyped-def]
    menus = [m for m in window.menuBar().actions() if m.menu() is not None and m.menu().objectName() == "workshopMenu"]
    assert len(menus) == 1  # one Workshop menu holds the guide and the invitation
    menu = menus[0].menu()
    assert menu.actions()[0].objectName() == "actionGuidedWorkshop" and window.invite_action in menu.actions()
    action = next(a for a in menu.actions() if a.objectName() == "actionGuidedWorkshop")
    assert action.text() == "&Guided workshop"
    action.trigger()
    guide = window.guide_dock.widget()
    qtbot.waitUntil(guide.isVisible)
    return guide


def next_step(qtbot, guide: WorkshopGuide) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(guide.next, Qt.MouseButton.LeftButton)


def checklist_matches_analysis(qtbot, window, guide: WorkshopGuide) -> list[str]:  # type: ignore[no-untyped-def]
    expected = [m.key for m in analyze(window.session.state()).gaps.missing_categories]
    qtbot.waitUntil(lambda: guide.missing_shown() == expected, timeout=3000)
    return expected


def test_an_empty_project_walked_through_all_seven_steps(qtbot, make_window, project_path: Path) -> None:
    window = make_window(project_path)
    guide = open_guide(qtbot, window)
    names = lambda: {a.name: a.id for a in window.session.actors.values()}  # noqa: E731

    # 1. Key actor in the middle: nobody there yet, so quick entry is ready for its name.
    assert guide.current == 1 and guide.heading.text() == "Step 1 of 7: Key actor in the middle"
    assert window.quick_entry.edit.hasFocus() and window.session.info.workshop_step == 1
    type_actor(qtbot, window, "Rathaus", "Verw")
    window.scene.select_actors([names()["Rathaus"]])
    qtbot.mouseClick(guide.make_key, Qt.MouseButton.LeftButton)
    assert window.session.actors[names()["Rathaus"]].is_key
    qtbot.waitUntil(lambda: guide.steps.item(0).text().startswith("✓"))

    # 2. Collect actors: quick entry again; the checklist follows every new actor.
    next_step(qtbot, guide)
    assert guide.pages.currentWidget() is guide.page_for[guide.status.steps[1].key]
    assert window.quick_entry.edit.hasFocus() and window.session.info.workshop_step == 2
    missing = checklist_matches_analysis(qtbot, window, guide)
    assert "schulen" in missing and "verwaltung" not in missing
    type_actor(qtbot, window, "Grundschule Nord", "Schu")
    assert "schulen" not in checklist_matches_analysis(qtbot, window, guide)

    # 3. Ties: the tie tool is on, and the typed-tie field waits for letters.
    next_step(qtbot, guide)
    assert window.actions_.tie_tool.isChecked()
    assert window.tie_entry.isVisible() and window.tie_entry.edit.hasFocus()
    ids = names()
    window.tie_entry.edit.selectAll()  # it starts from the selected actor; typed letters replace it
    qtbot.keyClicks(window.tie_entry.edit, "rath, grund")
    qtbot.keyClick(window.tie_entry.edit, Qt.Key.Key_Return)
    assert {(t.source, t.target) for t in window.session.ties.values()} == {(ids["Rathaus"], ids["Grundschule Nord"])}
    qtbot.waitUntil(lambda: guide.steps.item(2).text().startswith("✓"))

    # 4. Ten years ago: a copy of today's map, changed, stored as the map of the year typed.
    next_step(qtbot, guide)
    assert not window.actions_.tie_tool.isChecked()
    guide.look_back.year.setValue(2015)
    qtbot.mouseClick(guide.look_back.start, Qt.MouseButton.LeftButton)
    assert guide.look_back.store.isEnabled() and "2015" in guide.look_back.state.text()
    window.scene.select_actors([ids["Grundschule Nord"]])
    window.actions_.delete.trigger()  # the school did not exist then
    assert set(names()) == {"Rathaus"}
    qtbot.mouseClick(guide.look_back.store, Qt.MouseButton.LeftButton)
    snapshots = window.session.project.snapshots()
    assert [s.taken_on.year for s in snapshots] == [2015]
    assert [a.name for a in window.session.project.snapshot_state(snapshots[0].label).actors] == ["Rathaus"]
    qtbot.waitUntil(lambda: set(names()) == {"Rathaus", "Grundschule Nord"})  # today's map is back
    compare = window.snapshot_tools.compare_window
    assert compare is not None and compare.overlay.isChecked()  # the overlay shows what is new since then
    qtbot.waitUntil(lambda: guide.steps.item(3).text().startswith("✓"))
    compare.close()

    # 5. Clusters and headings.
    next_step(qtbot, guide)
    window.scene.select_actors(list(names().values()))
    qtbot.mouseClick(guide.group, Qt.MouseButton.LeftButton)
    assert len(window.session.clusters) == 1
    qtbot.waitUntil(lambda: guide.steps.item(4).text().startswith("✓"))

    # 6. Priorities: the facilitator sets the dots per participant; dots go on the map.
    next_step(qtbot, guide)
    guide.dots_each.setValue(3)
    guide.dots_each.editingFinished.emit()
    assert window.session.info.dots_each == 3
    window.scene.select_actors([names()["Grundschule Nord"]])
    window.actions_.add_dot.trigger()
    qtbot.waitUntil(lambda: guide.steps.item(5).text().startswith("✓"))

    # 7. Result: the step reached is remembered and counts as done.
    next_step(qtbot, guide)
    assert not guide.next.isEnabled() and guide.protocol.isVisible()
    done = lambda: [guide.steps.item(i).text().startswith("✓") for i in range(7)]  # noqa: E731
    qtbot.waitUntil(lambda: done() == [True, False, True, True, True, True, True])  # two groups of 25 only
    window.close_project()
    with Project.open(project_path, read_only=True) as project:
        assert project.info().workshop_step == 7 and project.info().dots_each == 3


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.netmap"
    write_demo(path).close()
    return path


def test_the_demo_walked_through_by_clicking_the_steps(qtbot, make_window, demo: Path) -> None:
    window = make_window(demo)
    guide = open_guide(qtbot, window)
    assert guide.steps.item(0).text().startswith("✓")  # the demo has its key actor
    expected_tools = {2: "quick", 3: "ties"}
    for row in range(7):
        guide.steps.setCurrentRow(row)  # a click on the step: any order works
        assert guide.current == row + 1 and window.session.info.workshop_step == row + 1
        assert guide.heading.text().startswith(f"Step {row + 1} of 7")
        assert window.actions_.tie_tool.isChecked() == (expected_tools.get(row + 1) == "ties")
        if expected_tools.get(row + 1) == "quick":
            assert window.quick_entry.edit.hasFocus()
    missing = checklist_matches_analysis(qtbot, window, guide)
    assert {"hochschulen", "kammern", "polizei", "medien"} <= set(missing)
    # A repeated workshop starts from what changed since the last one (the demo's 2024 map).
    guide.steps.setCurrentRow(0)
    assert guide.since_last.text() == "Since “Bestandsaufnahme 2024”: 2 new actors, 1 gone; 26 new ties, 9 ended."
    guide.steps.setCurrentRow(5)
    assert guide.dot_totals.text().splitlines()[0] == "Integrationsbeauftragte der Stadt Musterstadt: 5"
    guide.steps.setCurrentRow(6)
    # The findings in plain words, once the analysis panel has analysed the map.
    qtbot.waitUntil(lambda: "is the most central actor" in guide.findings.text(), timeout=30000)
    assert guide.findings.text().startswith("• Integrationsbeauftragte der Stadt Musterstadt is the most central")
    assert "Universities" in guide.findings.text()  # a missing group, in the app's language
    guide.next_date.setDate(QDate(2027, 11, 11))
    qtbot.mouseClick(guide.next_date_store, Qt.MouseButton.LeftButton)
    assert window.session.info.next_workshop == date(2027, 11, 11)
    assert [item.startswith("✓") for item in (guide.steps.item(i).text() for i in range(7))] == [
        True, False, True, True, True, True, True]
    # Reopened, the guide is where the workshop left it.
    window.close_project()
    assert window.open_project(demo)
    assert window.guide_dock.widget().current == 7


def test_what_the_group_names_in_a_step_says_so_in_the_inspector(qtbot, make_window, project_path: Path) -> None:
    window = make_window(project_path)
    guide = open_guide(qtbot, window)
    guide.go_to(2)
    type_actor(qtbot, window, "Rathaus", "Verw")
    guide.go_to(3)
    window.guide_dock.hide()  # put away: entries are now the person's at this computer
    window.start_quick_entry()
    type_actor(qtbot, window, "Schule", "Schu")
    ids = {a.name: a.id for a in window.session.actors.values()}
    window.session.execute(AddTies([Tie(ids["Rathaus"], ids["Schule"], "kooperation")]))
    window.scene.select_actors([ids["Rathaus"]])
    qtbot.waitUntil(lambda: window.inspector.actor_form.sources.text().startswith("• Workshop of "))
    assert window.inspector.actor_form.sources.text().endswith(", step 2")
    window.scene.select_actors([ids["Schule"]])
    qtbot.waitUntil(lambda: "Entered by " in window.inspector.actor_form.sources.text())
    assert window.session.project.editor in window.inspector.actor_form.sources.text()
    tie = next(iter(window.session.ties.values()))
    window.scene.select_actors([])
    window.inspector.show_selection([], [tie.id])
    assert window.inspector.tie_form.sources.text().startswith("Named by 1 source\n• Entered by ")


def test_a_look_back_survives_closing_the_app(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    guide = open_guide(qtbot, window)
    guide.go_to(4)
    guide.look_back.year.setValue(2016)
    assert guide.look_back.start_look_back()
    names = {a.name: a.id for a in window.session.actors.values()}
    window.scene.select_actors([names["Moscheeverein"]])
    window.actions_.delete.trigger()
    window.close_project()  # the laptop is shut in the middle of the look back

    assert window.open_project(small_project)
    guide = window.guide_dock.widget()
    assert guide.current == 4 and guide.look_back.store.isEnabled()  # it goes on where it stopped
    guide.look_back.year.setValue(2016)
    assert guide.look_back.store_look_back()
    assert "Moscheeverein" in {a.name for a in window.session.actors.values()}  # today's map is back
    past = window.session.project.snapshot_state(window.session.project.snapshots()[0].label)
    assert "Moscheeverein" not in {a.name for a in past.actors}
    window.snapshot_tools.compare_window.close()
