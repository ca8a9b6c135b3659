"""Snapshots in the main window: the timeline dock's requests, the Snapshots menu, comparisons and
monitoring, wired to the open project.

Snapshots are not map edits: taking, renaming or deleting one changes no actor or tie, so none of
them goes on the undo stack (deleting asks first, since it cannot be undone). The map is changed
only by "Start a new map from this snapshot", which writes a new project file and opens it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from netmap.domain import SnapshotInfo
from netmap.errors import NetMapError
from netmap.project import Project
from netmap.ui.window.actions import WindowActions
from netmap.ui.canvas import MapScene, MapView
from netmap.ui.snapshots.compare_overlay import apply_overlay
from netmap.ui.snapshots.compare_view import CURRENT, CompareResult, CompareWindow
from netmap.ui.context import AppContext
from netmap.ui.i18n import follow_language
from netmap.ui.snapshots.monitoring import MonitoringWindow
from netmap.ui.session import MapSession
from netmap.ui.window.side_windows import fit_to_screen
from netmap.ui.snapshots.snapshot_dialog import SnapshotDialog
from netmap.ui.snapshots.snapshot_viewer import BANNER_STYLE, SnapshotViewer
from netmap.ui.snapshots.snapshots_panel import SnapshotsPanel, format_day

__all__ = ["DeleteSnapshotBox", "OverlayBanner", "SnapshotTools"]


class DeleteSnapshotBox(QMessageBox):
    """The question before a snapshot is deleted; `delete_button` (set by its maker) confirms it."""

    delete_button: QPushButton


class OverlayBanner(QFrame):
    """Above the map while it shows a comparison: what the colours mean, and a way to end it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonBanner")
        self.setStyleSheet(f"QFrame#comparisonBanner {{ {BANNER_STYLE} }}")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.end = QPushButton()
        self.end.setObjectName("endComparison")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.end, 0, Qt.AlignmentFlag.AlignVCenter)
        self._before = ""
        self.retranslate()
        self.hide()
        follow_language(self, self.retranslate)

    def show_comparison(self, before: str) -> None:
        self._before = before
        self.retranslate()
        self.show()

    def describe(self, before: str) -> str:
        return self.tr("Comparison with “{0}”: green – new since then, amber – changed, grey dashed – "
                       "no longer there; everything else is muted.").format(before)

    def retranslate(self) -> None:
        self.label.setText(self.describe(self._before))
        self.end.setText(self.tr("End comparison"))


class SnapshotTools(QObject):
    """Everything snapshots do in the window: built once, following the context's project.

    `open_project` opens a project file in the window (a new map started from a snapshot); the
    window places `banner` above the map."""

    def __init__(self, context: AppContext, panel: SnapshotsPanel, scene: MapScene, view: MapView,
                 actions: WindowActions, open_project: Callable[[str], bool]) -> None:
        super().__init__(context)
        self.context = context
        self.scene = scene
        self.view = view
        self._open_project = open_project
        self.panel = panel
        self.session: MapSession | None = None
        self.viewers: list[SnapshotViewer] = []
        self.compare_window: CompareWindow | None = None
        self.overlay_viewer: SnapshotViewer | None = None
        self.monitoring_window: MonitoringWindow | None = None
        self.banner = OverlayBanner()
        self.banner.end.clicked.connect(self.end_comparison)
        a = actions
        a.take_snapshot.triggered.connect(self.take_snapshot)
        a.compare.triggered.connect(lambda: self.compare())
        a.monitoring.triggered.connect(self.monitoring)
        panel.takeRequested.connect(self.take_snapshot)
        panel.openRequested.connect(self.open_snapshot)
        panel.compareRequested.connect(self.compare)
        panel.renameRequested.connect(self.rename_snapshot)
        panel.deleteRequested.connect(self.delete_snapshot)
        panel.newMapRequested.connect(self.new_map_from_snapshot)
        panel.monitoringRequested.connect(self.monitoring)
        context.sessionChanged.connect(self.attach)

    # -- following the project ---------------------------------------------------------------

    def attach(self, session: MapSession | None) -> None:
        """Follow `session` (None: no project); what belonged to the previous project closes."""
        if session is self.session:
            return
        self.close_windows()
        self.session = session
        if session is not None:
            session.snapshotsChanged.connect(self.refresh)
            session.reloaded.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        session = self.session
        if session is None:
            self.panel.set_snapshots([], has_project=False, editable=False)
            return
        try:
            snapshots = session.project.snapshots()
        except NetMapError as exc:
            self.context.show_message(str(exc), "error")
            return
        self.panel.set_snapshots(snapshots, has_project=True, editable=not session.read_only)

    def close_windows(self) -> None:
        for viewer in list(self.viewers):
            viewer.close()
        if self.compare_window is not None:
            self.compare_window.close()
        if self.monitoring_window is not None:
            self.monitoring_window.close()
            self.monitoring_window = None

    def _snapshot(self, label: str) -> SnapshotInfo | None:
        if self.session is None:
            return None
        return next((s for s in self.session.project.snapshots() if s.label == label), None)

    def _attempt(self, failure: str, action: Callable[[], object]) -> bool:
        """Do `action`; a refusal becomes a message (`failure` with {0} for the reason)."""
        try:
            action()
        except NetMapError as exc:
            self.context.show_message(failure.format(exc), "error")
            return False
        return True

    # -- take, rename, delete --------------------------------------------------------------

    def _suggestion(self, taken: list[str]) -> str:
        base = self.tr("As of {0}").format(format_day(date.today()))
        label, n = base, 2
        while label.casefold() in {t.casefold() for t in taken}:
            label, n = f"{base} ({n})", n + 1
        return label

    def take_snapshot(self) -> SnapshotDialog | None:
        """Ask for label, date and note, then freeze the map under that label."""
        session = self.session
        if session is None or session.read_only:
            return None
        taken = [s.label for s in session.project.snapshots()]
        dialog = SnapshotDialog(taken, self.context.window, suggestion=self._suggestion(taken))

        def take() -> None:
            label, day, note = dialog.values()
            if self.session is session and self._attempt(
                    self.tr("The snapshot could not be taken: {0}"),
                    lambda: session.project.take_snapshot(label, day, note)):
                self.panel.select(label)
                self.context.show_message(
                    self.tr("Snapshot “{0}” taken: the map as it is now is kept.").format(label))

        return _opened(dialog, take)

    def rename_snapshot(self, label: str) -> SnapshotDialog | None:
        session = self.session
        snapshot = self._snapshot(label)
        if session is None or session.read_only or snapshot is None:
            return None
        dialog = SnapshotDialog([s.label for s in session.project.snapshots()], self.context.window, snapshot=snapshot)

        def rename() -> None:
            new_label, _day, note = dialog.values()
            if self.session is session and self._attempt(
                    self.tr("The snapshot could not be renamed: {0}"),
                    lambda: session.project.rename_snapshot(label, new_label, note)):
                self.panel.select(new_label)

        return _opened(dialog, rename)

    def delete_snapshot(self, label: str) -> DeleteSnapshotBox | None:
        """Ask first (a deleted snapshot cannot be brought back), then delete."""
        session = self.session
        snapshot = self._snapshot(label)
        if session is None or session.read_only or snapshot is None:
            return None
        box = DeleteSnapshotBox(QMessageBox.Icon.Warning, self.tr("Delete snapshot"),
                                self.tr("Delete the snapshot “{0}” of {1}?").format(label,
                                                                                   format_day(snapshot.taken_on)),
                                QMessageBox.StandardButton.Cancel, self.context.window)
        box.setObjectName("deleteSnapshotBox")
        box.setInformativeText(self.tr("The map as it was then cannot be brought back, and it can no longer be "
                                       "compared with. The current map is not changed."))
        delete = box.addButton(self.tr("Delete snapshot"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.delete_button = delete

        def decided() -> None:
            if box.clickedButton() is not delete or self.session is not session:
                return
            if self._attempt(self.tr("The snapshot could not be deleted: {0}"),
                             lambda: session.project.delete_snapshot(label)):
                for viewer in [v for v in self.viewers if v.snapshot.label == label]:
                    viewer.close()
                self.context.show_message(self.tr("Snapshot “{0}” deleted.").format(label))

        box.finished.connect(lambda _result: decided())
        box.open()
        return box

    # -- looking at a snapshot, starting from one --------------------------------------------

    def open_snapshot(self, label: str) -> SnapshotViewer | None:
        """The snapshot's map in a read-only window of its own."""
        session = self.session
        snapshot = self._snapshot(label)
        if session is None or snapshot is None:
            return None
        try:
            state = session.project.snapshot_state(label)
        except NetMapError as exc:
            self.context.show_message(str(exc), "error")
            return None
        viewer = SnapshotViewer(snapshot, state, self.context.language, self.context.window)
        self._keep(viewer)
        fit_to_screen(viewer, QSize(1200, 800))
        viewer.show()
        return viewer

    def _keep(self, viewer: SnapshotViewer) -> None:
        self.viewers.append(viewer)
        viewer.closed.connect(lambda: self.viewers.remove(viewer) if viewer in self.viewers else None)

    def ask_new_map_path(self, label: str) -> str:
        """Where the new map goes (a save dialog); "" when the user cancels."""
        folder = Path(self.session.location).parent if self.session and "://" not in self.session.location \
            else Path.home()
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in label).strip() or "netmap"
        path, _ = QFileDialog.getSaveFileName(self.context.window, self.tr("Start a new map from “{0}”").format(label),
                                              str(folder / f"{safe}.netmap"),
                                              self.tr("NetMap projects (*.netmap)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path and not path.lower().endswith(".netmap"):
            path += ".netmap"
        return path

    def new_map_from_snapshot(self, label: str) -> Path | None:
        """A new project file with the snapshot's map (actors, ties, clusters, catalogues, info),
        identities kept, so that it can be compared with this project's snapshots later; then it opens."""
        session = self.session
        if session is None:
            return None
        try:
            state = session.project.snapshot_state(label)
        except NetMapError as exc:
            self.context.show_message(str(exc), "error")
            return None
        path = self.ask_new_map_path(label)
        if not path:
            return None
        failure = self.tr("The new map could not be created: {0}")
        try:
            project = Project.create(path, info=state.info, catalogues=state.catalogues)
        except NetMapError as exc:
            self.context.show_message(failure.format(exc), "error")
            return None
        try:
            project.restore_map(state)
        except NetMapError as exc:
            project.close()
            Path(path).unlink(missing_ok=True)  # a half-made file helps nobody
            self.context.show_message(failure.format(exc), "error")
            return None
        project.close()
        if self._open_project(path):
            self.context.show_message(self.tr("New map started from the snapshot “{0}”: {1}").format(label, path))
        return Path(path)

    # -- comparing -----------------------------------------------------------------------------

    def compare(self, before: str | None = None, after: str = CURRENT) -> CompareWindow | None:
        """The compare window (one at a time); `before` chooses the earlier state."""
        session = self.session
        if session is None:
            return None
        window = self.compare_window
        if window is None:
            window = CompareWindow(session, lambda: self.context.language, self.context.window)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.resultReady.connect(self._show_overlay)
            window.overlayToggled.connect(self._overlay_toggled)
            window.closed.connect(self._comparison_closed)
            window.closed.connect(lambda w=window: self._remember_before(w))
            self.compare_window = window
            placed = fit_to_screen(window, QSize(1100, 760), beside_map=True)
            view = self.view
            covered = view.mapToGlobal(view.rect().topRight()).x() - placed.left()
            view.keep_clear_right(min(covered, view.width() // 2))  # the whole map stays in view
            window.closed.connect(lambda: view.keep_clear_right(0))
            remembered = str(self.context.settings.value(self._before_key(), "") or "")
            if not before and remembered and remembered in [s.label for s in window._snapshots()]:
                window.choose(remembered, after)
        if before:
            window.choose(before, after)
        window.show()
        window.raise_()
        return window

    def _before_key(self) -> str:
        location = self.session.location if self.session is not None else ""
        return "compare/before/" + location.replace("/", "|")

    def _remember_before(self, window: CompareWindow) -> None:
        """The snapshot compared last comes back next time (per project)."""
        before = window.chosen()[0]
        if before and self.session is not None:
            self.context.settings.setValue(self._before_key(), before)

    def end_comparison(self) -> None:
        if self.compare_window is not None:
            self.compare_window.close()
        else:
            self._clear_overlay()

    def _overlay_toggled(self, on: bool) -> None:
        window = self.compare_window
        if on and window is not None and window.result is not None:
            self._show_overlay(window.result)
        else:
            self._clear_overlay()

    def _show_overlay(self, result: CompareResult) -> None:
        """The later state's map with the changes: the main map when it is the current map, else
        a read-only window of that snapshot."""
        window = self.compare_window
        if window is None or not window.overlay.isChecked():
            return
        parts = result.parts()
        before = result.label_a
        if result.b_is_current:
            self._close_overlay_viewer()
            apply_overlay(self.scene, parts)
            self.banner.show_comparison(before)
            return
        self.scene.clear_overlay()
        self.banner.hide()
        snapshot = self._snapshot(result.label_b)
        if snapshot is None:
            return
        viewer = self.overlay_viewer
        if viewer is None or viewer.snapshot.label != snapshot.label:
            self._close_overlay_viewer()
            viewer = SnapshotViewer(snapshot, result.b, self.context.language, self.context.window)
            viewer.setObjectName("comparisonViewer")
            fit_to_screen(viewer, QSize(1200, 800))
            viewer.closed.connect(lambda: setattr(self, "overlay_viewer", None) if self.overlay_viewer is viewer
                                  else None)
            self.overlay_viewer = viewer
            viewer.show()
        apply_overlay(viewer.scene, parts)
        viewer.set_comparison_text(self.banner.describe(before))

    def _close_overlay_viewer(self) -> None:
        viewer, self.overlay_viewer = self.overlay_viewer, None
        if viewer is not None:
            viewer.close()

    def _clear_overlay(self) -> None:
        self.scene.clear_overlay()
        self.banner.hide()
        self._close_overlay_viewer()

    def _comparison_closed(self) -> None:
        self.compare_window = None
        self._clear_overlay()

    # -- monitoring ----------------------------------------------------------------------------

    def monitoring(self) -> MonitoringWindow | None:
        session = self.session
        if session is None:
            return None
        if self.monitoring_window is None:
            self.monitoring_window = MonitoringWindow(session, lambda: self.context.language, self.context.window)
            self.monitoring_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.monitoring_window.destroyed.connect(lambda: setattr(self, "monitoring_window", None))
            fit_to_screen(self.monitoring_window, QSize(1280, 800))
        self.monitoring_window.show()
        self.monitoring_window.raise_()
        return self.monitoring_window


def _opened(dialog: SnapshotDialog, accepted: Callable[[], None]) -> SnapshotDialog:
    """`dialog` shown without blocking, `accepted` run on OK; the dialog goes when it closes."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
