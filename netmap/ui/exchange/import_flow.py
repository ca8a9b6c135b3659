"""File > Import…: bring a workbook or network file into the open map, after a preview.

The flow: choose a file; read it and work out what would change (`netmap.transfer.plan_file_import`)
on a worker thread, with a busy indicator, since a big workbook takes seconds; show the preview
(`netmap.ui.exchange.import_preview`); OK applies it as one undoable edit (`netmap.edits.ImportMap`, or
`ImportHistory` for a file with time points). A file that cannot be read is reported with the place
the reader names (file, sheet, row, column) and nothing changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from netmap.domain import MapState, SnapshotInfo
from netmap.edits import Edit, ImportHistory, ImportMap
from netmap.exchange.partitions import PartitionUse
from netmap.i18n import QT_TRANSLATE_NOOP
from netmap.merge import ImportPlan
from netmap.project import Project
from netmap.transfer import import_source, plan_file_import
from netmap.ui.background import BackgroundJob, error_text
from netmap.ui.context import AppWindow
from netmap.ui.i18n import Wording
from netmap.ui.exchange.import_preview import ImportPreviewDialog
from netmap.ui.exchange.import_words import import_filters, short
from netmap.ui.session import MapSession

__all__ = ["ImportFlow", "import_file", "plan_both"]


# == planning off the UI thread =========================================================================


class _MapAsRead:
    """Stands in for the Project while planning on a worker thread: the map (and, for a workbook,
    the snapshots it may come from) was read on the UI thread (SQLite connections stay there), and
    planning only asks for those."""

    def __init__(self, state: MapState, snapshots: dict[str, MapState] | None = None) -> None:
        self._state = state
        self._snapshots = snapshots or {}

    def state(self) -> MapState:
        return self._state

    def snapshots(self) -> list[SnapshotInfo]:
        return [SnapshotInfo(0, label, date.min) for label in self._snapshots]

    def snapshot_state(self, label: str) -> MapState:
        return self._snapshots[label]


def plan_both(state: MapState, path: str | Path, network: str | None = None,
              partitions: Mapping[str, PartitionUse] | None = None,
              snapshots: dict[str, MapState] | None = None) -> tuple[ImportPlan, ImportPlan]:
    """Read `path` once and plan the import both ways: (add and update, replace the map).

    The two differ only in what replacing removes (`netmap.merge.plan_import`), so the
    add-and-update plan is the replacing one without its removals. `network` and `partitions`
    are the choices the preview offers (see `netmap.transfer.plan_file_import`); `snapshots` are the
    project's, against which a workbook exported from a snapshot is merged."""
    replacing = plan_file_import(cast(Project, _MapAsRead(state, snapshots)), path, replace_map=True, network=network,
                                 partitions=partitions)
    adding = replace(replacing, removed_actors=[], removed_ties=[])
    return adding, replacing


# == the whole flow ====================================================================================


class ImportFlow(QObject):
    """One import, from the file dialog to the undo stack (see the module's docstring)."""

    finished = Signal(bool)  # True: the import was applied

    def __init__(self, window: AppWindow, session: MapSession) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.session = session
        self.parent_widget = cast(QWidget, window)
        self.path = ""
        self.current = MapState()
        self.job = BackgroundJob(self)
        self.job.finished.connect(self._on_planned)
        self.job.failed.connect(self._on_failed)
        self.progress: QProgressDialog | None = None
        self.preview: ImportPreviewDialog | None = None
        self.error_box: QMessageBox | None = None
        self.command: Edit | None = None
        self._cancelled = False

    def ask(self) -> str:
        location = Path(self.session.location)
        folder = str(location.parent) if location.suffix.lower() == ".netmap" and location.parent.is_dir() else ""
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Import a map"), folder, import_filters())
        return path

    def start(self, path: str | Path) -> None:
        """Read and plan `path` on the worker; a busy indicator shows when it takes a moment."""
        self.path = str(path)
        self.current = self.session.project.state()  # read here: the database stays on the UI thread
        current, source = self.current, self.path
        project = self.session.project
        # A workbook exported from a snapshot is merged against it: the snapshots are read here too.
        snapshots = ({info.label: project.snapshot_state(info.label) for info in project.snapshots()}
                     if Path(source).suffix.lower() == ".xlsx" else {})
        self.job.start(lambda: plan_both(current, source, snapshots=snapshots) if snapshots
                       else plan_both(current, source))
        self._show_progress()

    def _replan(self, network: str | None, partitions: dict[str, PartitionUse]) -> None:
        """Read the file again with the options the preview offers; the preview gets the new plans."""
        current, source = self.current, self.path
        self.job.start(lambda: plan_both(current, source, network, partitions))
        self._show_progress()

    def _show_progress(self) -> None:
        source = self.path
        self.progress = QProgressDialog(self.tr("Reading “{0}” …").format(Path(source).name), self.tr("Cancel"),
                                        0, 0, self.parent_widget)
        self.progress.setObjectName("importProgress")
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self._cancel)
        self.progress.setValue(0)

    def _cancel(self) -> None:
        """The reading goes on to its end on the worker (it cannot be interrupted); its result is dropped."""
        self._cancelled = True
        self._close_progress()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self._cancelled = self._cancelled or self.progress.wasCanceled()
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _still_current(self) -> bool:
        return not self._cancelled and self.window.session is self.session and not self.session.read_only

    def _on_failed(self, error: object) -> None:
        self._close_progress()
        if self.preview is not None:  # reading again with other options failed: the preview goes too
            self.preview.rejected.disconnect()
            self.preview.reject()
            self.preview = None
        if self._cancelled:
            self._done(False)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"),
                          self.tr("“{0}” could not be imported; nothing was changed.").format(Path(self.path).name),
                          QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setObjectName("importError")
        box.setInformativeText(error_text(error))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._done(False))
        self.error_box = box
        box.open()

    def _on_planned(self, plans: tuple[ImportPlan, ImportPlan]) -> None:
        self._close_progress()
        if not self._still_current():
            if self.preview is not None:
                self.preview.reject()
            self._done(False)
            return
        if self.preview is not None:  # read again with other options
            self.preview.set_plans(plans)
            return
        dialog = ImportPreviewDialog(self.path, self.current, plans, self.window.language, self.parent_widget)
        dialog.optionsChanged.connect(self._replan)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(dialog.plan(), dialog.time_points(),
                                                    dialog.replace_map.isChecked()))
        dialog.rejected.connect(lambda: self._done(False))
        self.preview = dialog
        dialog.open()

    def _apply(self, plan: ImportPlan, points: list[str] | None = None, replace_map: bool = False) -> None:
        if not self._still_current():
            self._done(False)
            return
        name = Path(self.path).name
        text = Wording("ImportFlow", QT_TRANSLATE_NOOP("ImportFlow", "Import “{0}”"), (short(name, 40),))
        command: Edit = (ImportHistory(self.path, points, replace_map, text)
                         if points else ImportMap(plan, text, import_source(self.path)))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # thousands of actors take seconds to store
        try:
            applied = self.session.execute(command)  # a refused import is reported by the session
        finally:
            QGuiApplication.restoreOverrideCursor()
        if applied:
            self.command = command
            self.window.show_message(self.tr("Imported “{0}”: {1} new actors, {2} updated, {3} removed; {4} new "
                                             "ties. Undo takes it back.")
                                     .format(name, len(plan.new_actors), len(plan.updated_actors),
                                             len(plan.removed_actors), len(plan.new_ties)))
        self._done(applied)

    def _done(self, applied: bool) -> None:
        self.finished.emit(applied)


def import_file(window: AppWindow, path: str | Path | None = None) -> ImportFlow | None:
    """File > Import…: ask for a file (unless `path` is given) and start the flow. None when no
    editable project is open or the user chose no file."""
    session = window.session
    if session is None or session.read_only:
        return None
    flow = ImportFlow(window, session)
    chosen = str(path) if path else flow.ask()
    if not chosen:
        flow.deleteLater()
        return None
    flow.finished.connect(lambda _applied: flow.deleteLater())
    flow.start(chosen)
    return flow
