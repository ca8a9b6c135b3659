"""File > Export… and File > Print…: the map (or a snapshot) as a workbook, a network file, a web
page or a poster, and on paper.

Which map, which format and the options are chosen in `ExportDialog`; the writing itself is
`netmap.transfer.export_map`, run on a worker thread with a busy indicator in the dialog (an A0
poster at 300 dpi takes a while). What the worker needs of the project is read first, on the UI
thread, so the export shows the map as it was when the user chose Export.

Anonymising is on by default for what is made to be shown to others (the web page and the
posters: they end up on a town hall's wall or website) and off for the working files (workbook,
CSV, GraphML, GEXF), which consultants edit and import again and whose contact persons belong to
the client's own records. The dialog says when a file will contain personal data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
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

from netmap.domain import MapState, SnapshotInfo
from netmap.i18n import QT_TRANSLATE_NOOP
from netmap.i18n import tr as translate
from netmap.project import Project
from netmap.transfer import PAPERS, POSTER_SUFFIXES, export_map
from netmap.ui.background import BackgroundJob, error_text
from netmap.ui.context import AppWindow
from netmap.ui.i18n import LANGUAGE_NAMES, follow_language, format_date
from netmap.ui.exchange.poster import draw_poster, render_to_printer
from netmap.ui.exchange.print_preview import PrintPreview
from netmap.ui.settings import Preferences

__all__ = ["FORMATS", "LAYOUTS", "ExportDialog", "export_file", "print_map"]

_C = "ExportDialog"
FORMATS: dict[str, str] = {  # suffix -> what the user reads; the order of the chooser
    ".xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook"),
    ".csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV: a list of actors and a list of ties"),
    ".graphml": QT_TRANSLATE_NOOP("ExportDialog", "GraphML for yEd, Gephi, igraph"),
    ".gexf": QT_TRANSLATE_NOOP("ExportDialog", "GEXF for Gephi"),
    ".html": QT_TRANSLATE_NOOP("ExportDialog", "Web page to click through (works offline)"),
    ".pdf": QT_TRANSLATE_NOOP("ExportDialog", "Poster as PDF"),
    ".svg": QT_TRANSLATE_NOOP("ExportDialog", "Poster as SVG"),
    ".png": QT_TRANSLATE_NOOP("ExportDialog", "Poster as PNG (300 dpi)"),
}
LAYOUTS: dict[str, list[tuple[str, str]]] = {  # suffix -> (kind for export_map, what the user reads)
    ".xlsx": [("", QT_TRANSLATE_NOOP("ExportDialog", "NetMap workbook (to edit and import again)")),
              ("kumu", QT_TRANSLATE_NOOP("ExportDialog", "Kumu (sheets Elements and Connections)"))],
    ".csv": [("", QT_TRANSLATE_NOOP("ExportDialog", "NetMap lists")),
             ("gephi", QT_TRANSLATE_NOOP("ExportDialog", "Gephi (nodes Id, Label; edges Source, Target)"))],
}
"""Other tools' own layouts of a format, offered beside NetMap's."""
ANONYMISED_BY_DEFAULT = frozenset({".html", *POSTER_SUFFIXES})
"""Made to be shown to others: no personal data unless the user asks for it (see the docstring)."""


class _MapAsRead:
    """Stands in for the Project on the worker thread: every state the export asks for was read
    on the UI thread (SQLite connections stay there) at the moment the user chose Export."""

    def __init__(self, current: MapState, snapshots: list[SnapshotInfo], states: dict[str, MapState]) -> None:
        self._current, self._snapshots, self._states = current, snapshots, states

    def state(self) -> MapState:
        return self._current

    def snapshots(self) -> list[SnapshotInfo]:
        return list(self._snapshots)

    def snapshot_state(self, label: str) -> MapState:
        return self._states[label]


def _has_personal_data(state: MapState) -> bool:
    return any(a.contact is not None for a in state.actors)


class ExportDialog(QDialog):
    """Choose the file, the map and the options; Export writes it in the background."""

    def __init__(self, project: Project, parent: QWidget | None = None, prefs: Preferences | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.project = project
        self.prefs = prefs  # where the last format, paper and orientation are remembered
        self.snapshot_infos = project.snapshots()
        self.written: list[Path] = []
        self.error = ""
        self.job = BackgroundJob(self)
        self.job.finished.connect(self._on_written)
        self.job.failed.connect(self._on_failed)
        self._shown: dict[str, MapState] = {}  # the maps the privacy note looked at, by snapshot label

        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setMinimumWidth(380)
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for suffix in FORMATS:
            self.format.addItem("", suffix)
        self.which = QComboBox()
        self.which.setObjectName("exportWhich")
        self.which.addItem("", "")
        for info in self.snapshot_infos:
            self.which.addItem("", info.label)
        self.compare = QComboBox()
        self.compare.setObjectName("exportCompare")
        self.compare.addItem("", "")
        for info in self.snapshot_infos:
            self.compare.addItem("", info.label)
        self.layout_ = QComboBox()
        self.layout_.setObjectName("exportLayout")
        self.layout_.currentIndexChanged.connect(self._on_layout)
        self.paper = QComboBox()
        for paper in reversed(PAPERS):  # A4 first, A0 last
            self.paper.addItem(paper, paper)
        self.paper.setCurrentIndex(self.paper.findData("A1"))
        self.landscape = QCheckBox()
        self.landscape.setChecked(True)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        # The project's own language of exports (project info), whatever the app's language is.
        self.language.setCurrentIndex(max(0, self.language.findData(project.info().language)))
        self.anonymize = QCheckBox()
        self.anonymize.setObjectName("exportAnonymize")
        self.privacy = QLabel()
        self.privacy.setObjectName("exportPrivacy")
        self.privacy.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #616161")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: how long a writer takes cannot be told beforehand
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels = {key: QLabel() for key in ("file", "format", "layout", "which", "compare", "paper", "language")}
        self.form.addRow(self.labels["format"], self.format)
        self.form.addRow(self.labels["layout"], self.layout_)
        self.form.addRow(self.labels["file"], file_row)
        self.form.addRow(self.labels["which"], self.which)
        self.form.addRow(self.labels["compare"], self.compare)
        self.form.addRow(self.labels["paper"], self.paper)
        self.form.addRow("", self.landscape)
        self.form.addRow(self.labels["language"], self.language)
        self.form.addRow("", self.anonymize)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.privacy)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(self._on_format)
        self.path.editingFinished.connect(self._on_path_typed)
        self.which.currentIndexChanged.connect(self._update_privacy)
        self.anonymize.toggled.connect(self._update_privacy)
        self._retranslate()
        self.path.setText(str(self._default_folder() / (self._base_name() + ".xlsx")))
        self._on_format()
        self._recall_choice()
        follow_language(self, self._retranslate)

    def _recall_choice(self) -> None:
        """The format, paper and orientation of the last export, as the user left them."""
        if self.prefs is None:
            return
        suffix, paper, landscape = self.prefs.export_choice()
        if suffix in FORMATS:
            self.set_format(suffix)
        if paper in PAPERS:
            self.paper.setCurrentIndex(self.paper.findData(paper))
        self.landscape.setChecked(landscape)

    def _remember_choice(self) -> None:
        if self.prefs is not None:
            self.prefs.set_export_choice(self.suffix(), str(self.paper.currentData()), self.landscape.isChecked())

    # -- choices ---------------------------------------------------------------------------

    def suffix(self) -> str:
        return str(self.format.currentData())

    def set_format(self, suffix: str) -> None:
        self.format.setCurrentIndex(self.format.findData(suffix.lower()))

    def _default_folder(self) -> Path:
        location = Path(self.project.location)
        if location.suffix.lower() == ".netmap" and location.parent.is_dir():
            return location.parent
        return Path.home()

    def _base_name(self) -> str:
        name = self.project.info().name.strip() or Path(self.project.location).stem or "netmap"
        return "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip() or "netmap"

    def kind(self) -> str | None:
        """The other tool's layout chosen (for `export_map`), None for NetMap's own."""
        return str(self.layout_.currentData() or "") or None

    def set_layout(self, kind: str) -> None:
        self.layout_.setCurrentIndex(max(0, self.layout_.findData(kind)))

    def _fill_layouts(self) -> None:
        self.layout_.blockSignals(True)
        self.layout_.clear()
        for kind, text in LAYOUTS.get(self.suffix(), [("", "")]):
            self.layout_.addItem(translate(_C, text) if text else "—", kind)
        self.layout_.setEnabled(self.suffix() in LAYOUTS)
        self.labels["layout"].setEnabled(self.suffix() in LAYOUTS)
        self.layout_.blockSignals(False)

    def compares(self) -> bool:
        """Whether the chosen format shows a before/after: posters, the web page (a switch) and NetMap's
        workbook (a sheet)."""
        return self.suffix() in (*POSTER_SUFFIXES, ".html") or (self.suffix() == ".xlsx" and self.kind() is None)

    def _on_layout(self, _index: int = 0) -> None:
        compares = self.compares()
        self.compare.setEnabled(compares)
        self.labels["compare"].setEnabled(compares)

    def _on_format(self, _index: int = 0) -> None:
        suffix = self.suffix()
        poster = suffix in POSTER_SUFFIXES
        self._fill_layouts()
        for widget in (self.paper, self.landscape, self.labels["paper"]):
            widget.setEnabled(poster)
        self._on_layout()
        self.anonymize.setChecked(suffix in ANONYMISED_BY_DEFAULT)
        text = self.path.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower() != suffix:
                stem = path.stem if path.suffix.lower() in FORMATS else path.name
                self.path.setText(str(path.with_name(stem + suffix)))
        self._update_privacy()

    def _on_path_typed(self) -> None:
        suffix = Path(self.path.text().strip()).suffix.lower()
        if suffix in FORMATS and suffix != self.suffix():
            self.set_format(suffix)

    def _choose(self) -> None:
        suffix = self.suffix()
        pattern = f"{translate(_C, FORMATS[suffix])} (*{suffix})"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), pattern)
        if path:
            if Path(path).suffix.lower() != suffix:
                path += suffix
            self.path.setText(path)

    def _state_shown(self) -> MapState:
        label = str(self.which.currentData() or "")
        if label not in self._shown:
            self._shown[label] = self.project.snapshot_state(label) if label else self.project.state()
        return self._shown[label]

    def _update_privacy(self, *_args: object) -> None:
        suffix = self.suffix()
        if self.anonymize.isChecked():
            text = self.tr("Anonymised: contact persons (and on posters also notes and the facilitator's name) "
                           "are left out.")
            style = "color: #2e7d32"
        elif suffix in POSTER_SUFFIXES:
            text = self.tr("Posters never show contact persons; not anonymised, they show notes and the "
                           "facilitator's name.")
            style = "color: #8a5200"
        elif _has_personal_data(self._state_shown()):
            text = self.tr("This file will contain personal data: the contact persons (name, role, e-mail, "
                           "phone). Pass it on only to those who may see them.")
            style = "color: #b71c1c"
        else:
            text = self.tr("The map has no contact persons: the file holds no personal data.")
            style = "color: #616161"
        if suffix in ANONYMISED_BY_DEFAULT:
            hint = self.tr("Web pages and posters are made to be shown to others: anonymised by default.")
        else:
            hint = self.tr("Workbooks and network files are working files you edit and import again: they keep "
                           "contact persons unless you anonymise them.")
        self.privacy.setText(text)
        self.privacy.setStyleSheet(style)
        self.hint.setText(hint)

    def options(self) -> dict[str, Any]:
        """The keyword arguments of `export_map` as chosen."""
        return {
            "snapshot": str(self.which.currentData() or "") or None,
            "anonymize": self.anonymize.isChecked(),
            "paper": str(self.paper.currentData()),
            "landscape": self.landscape.isChecked(),
            "language": str(self.language.currentData()),
            "compare_with": (str(self.compare.currentData() or "") or None) if self.compares() else None,
            "kind": self.kind(),
        }

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == self.suffix() else path.with_name(path.name + self.suffix())

    # -- writing -----------------------------------------------------------------------------

    def start(self) -> bool:
        """Write the file on the worker; the dialog closes when it is written, and says why not
        when it could not be."""
        if self.job.running:
            return False
        if not self.path.text().strip():
            self._show_error(self.tr("Choose a file to export to."))
            return False
        target = self.target()
        options = self.options()
        try:  # what the worker needs, read here (see _MapAsRead)
            wanted = {label for label in (options["snapshot"], options["compare_with"]) if label}
            states = {label: self.project.snapshot_state(label) for label in wanted}
            source = _MapAsRead(self.project.state(), self.project.snapshots(), states)
        except Exception as exc:  # noqa: BLE001 - a project that cannot be read is reported like a failed export
            self._on_failed(exc)
            return False
        self.path.setText(str(target))
        self._remember_choice()
        self._set_running(True)
        self.job.start(lambda: export_map(cast(Project, source), target, draw_poster=draw_poster, **options))
        return True

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        for widget in (self.path, self.choose, self.format, self.which, self.compare, self.paper, self.landscape,
                       self.language, self.anonymize, self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                       self.buttons.button(QDialogButtonBox.StandardButton.Cancel)):
            widget.setEnabled(not running)
        if running:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Writing “{0}” …").format(self.target().name))
            self.status.show()
        else:
            self._on_format_enabled()

    def _on_format_enabled(self) -> None:
        poster = self.suffix() in POSTER_SUFFIXES
        for widget in (self.paper, self.landscape, self.compare):
            widget.setEnabled(poster)

    def _on_written(self, written: list[Path]) -> None:
        self._set_running(False)
        self.written = list(written)
        self.error = ""
        self.accept()

    def _on_failed(self, error: object) -> None:
        self._set_running(False)
        self._show_error(self.tr("The map could not be exported: {0}").format(error_text(error)))

    def _show_error(self, text: str) -> None:
        self.error = text
        self.status.setText(text)
        self.status.setStyleSheet("color: #b71c1c")
        self.status.show()

    def reject(self) -> None:
        if self.job.running:  # a half-written file is the writer's to clean up; wait for it
            return
        super().reject()

    # -- words ---------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the map"))
        self.labels["file"].setText(self.tr("File:"))
        self.labels["format"].setText(self.tr("Format:"))
        self.labels["layout"].setText(self.tr("Layout:"))
        self.labels["which"].setText(self.tr("Map:"))
        self.labels["compare"].setText(self.tr("Before/after:"))
        self.labels["paper"].setText(self.tr("Paper:"))
        self.labels["language"].setText(self.tr("Language:"))
        self.choose.setText(self.tr("Choose…"))
        for i, suffix in enumerate(FORMATS):
            self.format.setItemText(i, f"{translate(_C, FORMATS[suffix])} ({suffix})")
        for i, (_kind, text) in enumerate(LAYOUTS.get(self.suffix(), [])):
            self.layout_.setItemText(i, translate(_C, text))
        self.which.setItemText(0, self.tr("The current map"))
        self.compare.setItemText(0, self.tr("No comparison"))
        for i, info in enumerate(self.snapshot_infos, start=1):
            self.which.setItemText(i, self.tr("Snapshot “{0}” ({1})").format(info.label, format_date(info.taken_on)))
            self.compare.setItemText(i, self.tr("“{0}” before, the chosen map after").format(info.label))
        self.landscape.setText(self.tr("Landscape"))
        self.anonymize.setText(self.tr("Anonymise: leave out every contact person"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self._update_privacy()


# == from the main window ===============================================================================


def export_file(window: AppWindow) -> ExportDialog | None:
    """File > Export…: the dialog, open (window-modal); None when no project is open."""
    session = window.session
    if session is None:
        return None
    dialog = ExportDialog(session.project, cast(QWidget, window), window.prefs)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def report() -> None:
        files = ", ".join(str(p) for p in dialog.written)
        window.show_message(translate("ExportDialog", "Exported: {0}").format(files))

    dialog.accepted.connect(report)
    dialog.open()
    return dialog


def print_map(window: AppWindow, printer: QPrinter | None = None,
              ask: Callable[[QPrinter, QWidget], bool] | None = None) -> bool:
    """File > Print…: the preview of the page (paper size, orientation), whose Print… asks for the
    printer in the system's print dialog; or, with `printer` given, the map straight onto it
    without any dialog (tests print to a PDF file)."""
    if window.session is None:
        return False
    parent = cast(QWidget, window)
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(window.session.info.name or "NetMap")
        preview = PrintPreview(window.scene, window.language, printer, window.prefs, ask or _ask_printer, parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.resize(_preview_size(parent))
        preview.open()
        return True
    try:
        render_to_printer(window.scene, printer, language=window.language)
    except Exception as exc:  # noqa: BLE001 - a printer that fails must not take the window down
        text = translate("ExportDialog", "The map could not be printed: {0}").format(error_text(exc))
        window.show_message(text, "error")
        return False
    return True


def _preview_size(parent: QWidget) -> QSize:
    """Most of the screen the window is on, never more than it."""
    screen = parent.screen().availableGeometry()
    return QSize(min(1000, screen.width() - 60), min(720, screen.height() - 60))


def _ask_printer(printer: QPrinter, parent: QWidget) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("ExportDialog", "Print the map"))
    return dialog.exec() == QDialog.DialogCode.Accepted
