"""File > Results protocol…: the workshop's results protocol as a PDF, as `netmap report` writes it.

The dialog chooses the file, the snapshot to compare with, the language and whether contact persons
stay out; the writing (analysis, sentences, PDF) runs on a worker thread like an export, on the
states read here on the UI thread at the moment the user chose Write.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netmap.domain import MapState
from netmap.i18n import tr as translate
from netmap.project import Project
from netmap.ui.background import BackgroundJob, error_text
from netmap.ui.context import AppWindow
from netmap.ui.i18n import LANGUAGE_NAMES, follow_language, format_date

__all__ = ["ReportDialog", "report_action", "write_report"]


def write_report(window: AppWindow) -> ReportDialog | None:
    """Open the dialog (window-modal) for the window's project; None when none is open."""
    session = window.session
    if session is None:
        return None
    dialog = ReportDialog(session.project, cast(QWidget, window))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: window.show_message(
        translate("ReportDialog", "Results protocol written: {0}").format(dialog.written)))
    dialog.open()
    return dialog


class _ReportAction(QAction):
    """The menu entry; it sets its words again when the window's language changes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("actionResultsProtocol")
        self._retranslate()
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setText(self.tr("Results &protocol…"))
        self.setStatusTip(self.tr("The workshop's findings in sentences, with the map, as a PDF for the council"))


def report_action(window: QWidget) -> QAction:
    """File > Results protocol…, connected to the window (a MainWindow)."""
    action = _ReportAction(window)
    action.triggered.connect(lambda: write_report(cast(AppWindow, window)))
    window.addAction(action)
    return action


class ReportDialog(QDialog):
    """Choose the file and the options; Write makes the PDF in the background."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.project = project
        self.written: Path | None = None
        self.error = ""
        info = project.info()
        self.path = QLineEdit(str(self._default_path(info.town or info.name)))
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.since = QComboBox()
        self.snapshots = project.snapshots()
        self.since.addItem("", None)
        for snapshot in self.snapshots:
            self.since.addItem("", snapshot.label)
        if len(self.snapshots) >= 2:  # the latest usually is today's map: compare with the one before
            self.since.setCurrentIndex(len(self.snapshots) - 1)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(info.language)))
        self.anonymize = QCheckBox()
        self.anonymize.setChecked(True)  # a protocol goes to the council and often further: no persons
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.labels = {key: QLabel() for key in ("file", "since", "language")}
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.labels["file"], row)
        form.addRow(self.labels["since"], self.since)
        form.addRow(self.labels["language"], self.language)
        form.addRow("", self.anonymize)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.job = BackgroundJob(self)
        self.job.finished.connect(self._on_written)
        self.job.failed.connect(self._on_failed)
        self._retranslate()
        follow_language(self, self._retranslate)
        self.resize(560, self.sizeHint().height())

    def _default_path(self, name: str) -> Path:
        location = Path(self.project.location)
        folder = location.parent if location.suffix == ".netmap" and location.parent.is_dir() else Path.home()
        stem = "".join(c for c in name if c.isalnum() or c in " -_").strip() or "NetMap"
        what = self.tr("results protocol")
        return folder / f"{stem} - {what}.pdf"

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the results protocol"), self.path.text(),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.path.setText(path)

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def start(self) -> bool:
        """Write the protocol on the worker; the dialog closes when it is written."""
        if self.job.running:
            return False
        if not self.path.text().strip():
            self._show_error(self.tr("Choose a file for the results protocol."))
            return False
        target = self.target()
        if not target.parent.is_dir():
            self._show_error(self.tr("The folder {0} does not exist.").format(target.parent))
            return False
        label = self.since.currentData()
        try:  # what the worker needs, read here: SQLite connections stay on this thread
            state = self.project.state()
            earlier = self.project.snapshot_state(str(label)) if label else None
        except Exception as exc:  # noqa: BLE001 - a project that cannot be read is reported like a failed write
            self._on_failed(exc)
            return False
        taken: date | None = next((s.taken_on for s in self.snapshots if s.label == label), None)
        language, anonymize = str(self.language.currentData()), self.anonymize.isChecked()
        self.path.setText(str(target))
        self._set_running(True)
        self.job.start(lambda: _write(state, target, language, earlier, str(label or ""), taken, anonymize))
        return True

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        for widget in (self.path, self.choose, self.since, self.language, self.anonymize, self.buttons):
            widget.setEnabled(not running)
        if running:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Writing “{0}” …").format(self.target().name))
            self.status.show()

    def _on_written(self, written: Path) -> None:
        self._set_running(False)
        self.written = written
        self.accept()

    def _on_failed(self, error: object) -> None:
        self._set_running(False)
        self._show_error(self.tr("The results protocol could not be written: {0}").format(error_text(error)))

    def _show_error(self, text: str) -> None:
        self.error = text
        self.status.setText(text)
        self.status.setStyleSheet("color: #b71c1c")
        self.status.show()

    def reject(self) -> None:
        if self.job.running:  # the writer finishes its file first
            return
        super().reject()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Results protocol"))
        self.labels["file"].setText(self.tr("File:"))
        self.labels["since"].setText(self.tr("Changes since:"))
        self.labels["language"].setText(self.tr("Language:"))
        self.choose.setText(self.tr("Choose…"))
        self.since.setItemText(0, self.tr("No comparison"))
        for i, snapshot in enumerate(self.snapshots, start=1):
            self.since.setItemText(i, self.tr("Snapshot “{0}” ({1})").format(snapshot.label,
                                                                            format_date(snapshot.taken_on)))
        self.anonymize.setText(self.tr("Anonymise: leave out contact persons and the facilitator's name"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write"))


def _write(state: MapState, target: Path, language: str, earlier: MapState | None, since: str,
           taken: date | None, anonymize: bool) -> Path:
    from netmap.ui.exchange.report_pdf import write_protocol

    return write_protocol(state, target, language=language, earlier=earlier, since=since, since_date=taken,
                          anonymize=anonymize)
