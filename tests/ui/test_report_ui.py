"""File > Results protocol… and the workshop's record in Project info, through the window."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from netmap.ui.editing.project_info import ProjectInfoDialog
from netmap.ui.exchange.report_dialog import ReportDialog


def open_dialog(qtbot, window) -> ReportDialog:  # type: ignore[no-untyped-def]
    action = window.report_action
    assert action in window.file_menu.actions() and action.text() == "Results &protocol…"
    action.trigger()
    dialog = window.findChild(ReportDialog, "reportDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(out.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")
def test_the_menu_writes_the_protocol_with_the_changes_since_the_snapshot_before(qtbot, make_window, demo: Path,
                                                                                tmp_path: Path) -> None:
    window = make_window(demo)
    dialog = open_dialog(qtbot, window)
    assert dialog.since.currentData() == "Bestandsaufnahme 2024"  # the one before the latest
    assert dialog.anonymize.isChecked()  # it goes to the council
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    target = tmp_path / "protocol.pdf"
    dialog.path.setText(str(tmp_path / "protocol"))  # the extension is added
    with qtbot.waitSignal(dialog.accepted, timeout=120000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    text = pdf_text(target)
    assert "Whatchangedsince" in text and "from61to62actors" in text
    assert "AylinBeispiel" not in text and "PaulaPlatzhalter" not in text
    assert str(target) in window.message_bar.text()


def test_a_missing_folder_is_said_in_the_dialog(qtbot, make_window, demo: Path, tmp_path: Path) -> None:
    window = make_window(demo)
    dialog = open_dialog(qtbot, window)
    dialog.path.setText(str(tmp_path / "nowhere" / "protocol.pdf"))
    assert not dialog.start()
    assert dialog.isVisible() and "does not exist" in dialog.status.text()
    assert not (tmp_path / "nowhere").exists()
    dialog.reject()


def test_project_info_records_participants_dots_and_open_questions(qtbot, make_window, project_path: Path) -> None:
    window = make_window(project_path)
    dialog = window.edit_project_info()
    assert isinstance(dialog, ProjectInfoDialog)
    dialog.participants.setValue(12)
    dialog.dots_each.setValue(3)
    dialog.open_questions.setPlainText("  Wer fehlt noch?\n\nWie geht es weiter?  ")
    dialog.accept()
    info = window.session.info
    assert (info.participants, info.dots_each) == (12, 3)
    assert info.open_questions == "Wer fehlt noch?\nWie geht es weiter?"
    window.undo_action.trigger()  # one undoable edit, like every other
    assert window.session.info.participants == 0
