"""Words in the user's language: undo steps after a language switch, locale numbers and dates,
plural forms, placeholders explained."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt


def add_by_keyboard(qtbot, window, name: str, category: str) -> None:  # type: ignore[no-untyped-def]
    window.start_quick_entry()
    qtbot.keyClicks(window.quick_entry.edit, name)
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.quick_entry.edit, category)
    qtbot.keyClick(window.quick_entry.edit, Qt.Key.Key_Return)


def test_undo_and_redo_speak_the_language_switched_to(qapp, qtbot, make_window, small_project: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(small_project)
    add_by_keyboard(qtbot, window, "Gymnasium am Park", "schu")
    window.actions_.layout_force.trigger()
    qtbot.waitUntil(lambda: window.undo_group.undoText() == "Layout: automatic", timeout=20000)
    window.undo_group.undo()
    assert window.undo_action.text() == "&Undo: Add actor “Gymnasium am Park”"
    assert window.redo_action.text() == "&Redo: Layout: automatic"

    window.actions_.language_de.trigger()
    qapp.processEvents()
    assert window.undo_action.text() == "&Rückgängig: Akteur “Gymnasium am Park” hinzufügen"
    assert window.redo_action.text() == "&Wiederholen: Anordnung: automatisch"
    window.undo_group.undo()  # the stack itself holds the German names, not just the menu
    assert window.redo_action.text() == "&Wiederholen: Akteur “Gymnasium am Park” hinzufügen"

    window.actions_.language_en.trigger()
    qapp.processEvents()
    assert window.redo_action.text() == "&Redo: Add actor “Gymnasium am Park”"
    assert window.undo_group.activeStack().text(1) == "Layout: automatic"
