"""Presentation mode for the projector: full screen, no panels, large labels; Esc leaves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def test_presentation_hides_the_panels_and_esc_brings_them_back(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    calls: list[bool] = []
    original = window.scene.set_presentation

    def spy(on: bool) -> None:
        calls.append(on)
        original(on)

    window.scene.set_presentation = spy  # type: ignore[method-assign]
    visible_before = [d.objectName() for d in window.docks if d.isVisible()]
    assert visible_before
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    assert window.presenting
    assert calls == [True]
    qtbot.waitUntil(window.isFullScreen)
    assert not any(d.isVisible() for d in window.docks)
    assert not window.menuBar().isVisible()
    assert not window.edit_toolbar.isVisible() and not window.layout_toolbar.isVisible()
    assert not window.quick_entry.isVisible() and not window.statusBar().isVisible()
    assert window.view.isVisible()

    # The facilitator can still type an actor in; the field goes away again afterwards.
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.quick_entry.isVisible()
    qtbot.keyClicks(window.quick_entry.edit, "Seniorenbeirat")
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)
    assert any(a.name == "Seniorenbeirat" for a in window.session.actors.values())
    assert not window.quick_entry.isVisible()
    # Undo works without the menu bar.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not any(a.name == "Seniorenbeirat" for a in window.session.actors.values())

    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.presenting
    assert calls == [True, False]
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert sorted(d.objectName() for d in window.docks if d.isVisible()) == sorted(visible_before)
    assert window.menuBar().isVisible() and window.quick_entry.isVisible()


def test_presentation_needs_a_project(make_window) -> None:
    window = make_window()
    window.set_presentation(True)
    assert not window.presenting
    assert not window.actions_.presentation.isEnabled()


def test_esc_in_the_quick_entry_does_not_leave_the_presentation(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    window.set_presentation(True)
    window.start_quick_entry()
    qtbot.keyClicks(window.quick_entry.edit, "Kita")
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Escape)
    assert window.presenting
    window.set_presentation(False)


def test_no_stray_tab_bar_floats_over_the_map(make_window, small_project: Path) -> None:
    from PySide6.QtWidgets import QTabBar

    window = make_window(small_project)
    window.set_presentation(True)
    window.set_presentation(False)
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            assert all(bar.tabText(i) for i in range(bar.count()))
