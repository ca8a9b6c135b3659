"""Keys act where the user types, deletions say what went, messages never push the map."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _focused_table(window):  # type: ignore[no-untyped-def]
    table = window.actors_panel.view
    window.actors_dock.show()
    window.actors_dock.raise_()
    table.setFocus()
    table.selectRow(0)
    return table


def test_typing_in_the_actor_table_fires_no_map_shortcut(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    table = _focused_table(window)
    count = len(window.session.actors)
    for key in (Qt.Key.Key_T, Qt.Key.Key_Plus, Qt.Key.Key_2, Qt.Key.Key_Backspace):
        qtbot.keyClick(table, key)
    assert not window.actions_.tie_tool.isChecked()
    assert len(window.session.actors) == count
    assert all(a.dots == 0 for a in window.session.actors.values())
    # On the map the same keys do act.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T)
    assert window.actions_.tie_tool.isChecked()


def test_tab_leaves_the_table(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    table = _focused_table(window)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_delete_says_what_went_and_offers_undo(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    mosque = next(a for a in window.session.actors.values() if a.name == "Moscheeverein")
    window.scene.select_actors([mosque.id])
    window.view.setFocus()
    top = window.view.mapTo(window, window.view.rect().topLeft())
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert mosque.id not in window.session.actors
    assert window.message_bar.text() == "Deleted: “Moscheeverein” with 1 tie"
    assert window.message_bar.button.isVisible()
    # The message floats over the map: the map does not move down.
    assert window.view.mapTo(window, window.view.rect().topLeft()) == top
    qtbot.mouseClick(window.message_bar.button, Qt.MouseButton.LeftButton)
    assert mosque.id in window.session.actors
    assert not window.message_bar.isVisible()


def test_f9_collapses_every_panel_and_brings_them_back(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    shown = [d.objectName() for d in window.docks if d.isVisible()]
    width = window.view.width()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F9)
    assert not any(d.isVisible() for d in window.docks)
    qtbot.waitUntil(lambda: window.view.width() > width)
    qtbot.keyClick(window.view, Qt.Key.Key_F9)
    assert sorted(d.objectName() for d in window.docks if d.isVisible()) == sorted(shown)


def test_the_window_layout_is_kept_per_screen_size(make_window, settings, small_project: Path) -> None:
    from PySide6.QtCore import QRect

    from netmap.ui.window.fit import WindowMemory

    window = make_window(small_project)
    laptop, office = QRect(0, 0, 1366, 768), QRect(0, 0, 1920, 1080)
    window.fit_to_screen(laptop)
    assert window.dockWidgetArea(window.actors_dock) == Qt.DockWidgetArea.RightDockWidgetArea  # low screen
    window.close()
    assert WindowMemory(settings).load(laptop)[0] is not None
    assert WindowMemory(settings).load(office) == (None, None)


def test_esc_leaves_a_table_or_a_field_for_the_map(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    table = _focused_table(window)
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    window.inspector_dock.show()
    window.inspector_dock.raise_()
    field = window.actors_panel.search
    field.setFocus()
    qtbot.keyClicks(field, "Elt")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    assert field.text() == "Elt"  # leaving a field changes nothing in it
