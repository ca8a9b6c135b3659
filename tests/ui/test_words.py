"""Words in the user's language: undo steps after a language switch, locale numbers and dates,
plural forms, placeholders explained."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from netmap.project import Project
from netmap.ui.exchange.export_dialog import ExportDialog


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


def export_poster(qtbot, window, target: Path, language: str) -> str:  # type: ignore[no-untyped-def]
    window.actions_.export.trigger()
    (dialog,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    dialog.set_format(".svg")
    dialog.path.setText(str(target))
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return target.read_text(encoding="utf-8")


def test_posters_write_dates_and_decimals_as_their_language_does(qtbot, make_window, small_project: Path,
                                                                 tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Project.open(small_project) as project:
        project.take_snapshot("Auftakt", date(2026, 3, 1))
        project.set_info(project.info().with_changes(workshop_date=date(2026, 12, 5)))
    window = make_window(small_project)
    german = export_poster(qtbot, window, tmp_path / "karte.svg", "de")
    assert "05.12.2026" in german and "2026-12-05" not in german
    assert re.search(r"Dichte 0,\d\d", german) and not re.search(r"Dichte 0\.\d", german)
    assert re.search(r"\d+ Akteure, \d+ Beziehungen, "
                     r"(1 getrenntes Teilnetz|([02-9]|\d\d+) getrennte Teilnetze), Dichte", german)
    english = export_poster(qtbot, window, tmp_path / "map.svg", "en")
    assert "5 Dec 2026" in english and re.search(r"density 0\.\d\d", english)
    assert re.search(r"\d+ actors, \d+ ties, (1 separate part|([02-9]|\d\d+) separate parts), density", english)

    window.actions_.export.trigger()  # the dialog names snapshots by their date in the user's language
    (dialog,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert dialog.which.itemText(1) == "Snapshot “Auftakt” (1 Mar 2026)"
    window.actions_.language_de.trigger()
    qtbot.waitUntil(lambda: "01.03.2026" in dialog.which.itemText(1))
    dialog.reject()
