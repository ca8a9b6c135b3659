"""The main window: the map in the middle, tables, inspector, legend and project info around it.

The window composes; it holds no map state of its own. The open project lives in a `MapSession`;
every view follows the session's signals, and every edit is a command executed by the session.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeyEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from netmap import __version__
from netmap.domain import Actor, CatalogueKind, Cluster, MapState, Tie
from netmap.errors import BlockedError, ConflictError, NetMapError, ProjectLockedError
from netmap.storage.lock import RENEW_EVERY
from netmap.project import Project
from netmap.ui.actions import WindowActions
from netmap.ui.analysis_panel import AnalysisPanel, bind_dock_action
from netmap.ui.canvas import MapScene, MapView
from netmap.ui.catalogue_editor import CatalogueEditor
from netmap.ui.commands import SetInfoCommand, command_for_version
from netmap.ui.export_dialog import export_file, print_map
from netmap.ui.forms import swatch
from netmap.ui.i18n import install_language
from netmap.ui.import_dialog import import_file
from netmap.ui.inspector import Inspector
from netmap.ui.key_guard import KeyGuard
from netmap.ui.legend import LegendWidget
from netmap.ui.map_edits import MapEditor
from netmap.ui.message_bar import MessageBar
from netmap.ui.models import ActorTableModel, ClusterTableModel, TieTableModel
from netmap.ui.privacy import erase_person_dialog, show_about_data
from netmap.ui.project_info import ProjectInfoDialog, ProjectInfoPanel
from netmap.ui.prompts import LockAnswer, Prompts
from netmap.ui.proposals_panel import ProposalsPanel
from netmap.ui.report_dialog import report_action
from netmap.ui.workshop_guide import install_workshop_guide
from netmap.ui.quick_entry import QuickEntry
from netmap.ui.room_view import RoomTab
from netmap.ui.session import MapSession
from netmap.ui.settings import Preferences, open_settings
from netmap.ui.snapshot_tools import SnapshotTools
from netmap.ui.snapshots_panel import SnapshotsPanel
from netmap.ui.tables import TablePanel
from netmap.ui.team import TeamWatcher, show_blocked, show_conflict
from netmap.ui.tie_entry import TieEntry
from netmap.ui.window_fit import WindowMemory, fit_main_window
from netmap.ui.workshop import WorkshopController

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None,
                 install: Callable[[str], bool] = install_language) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.prefs = Preferences(settings if settings is not None else open_settings())
        self._install = install
        self.language = self.prefs.language
        self.session: MapSession | None = None
        self.watcher: TeamWatcher | None = None
        # Tells other computers that this one still holds the project file (netmap.storage.lock).
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(int(RENEW_EVERY * 1000))
        self.lock_timer.timeout.connect(lambda: self.session is not None and self.session.project.renew_lock())
        self.prompts = Prompts(self)
        self.current_kind = ""
        self._pending_position: tuple[float, float] | None = None
        self._presenting = False
        self._before_presentation: tuple[bytes, bool] | None = None
        self._view_frame = QFrame.Shape.StyledPanel
        self._syncing_selection = False
        self.setWindowIcon(QIcon.fromTheme("applications-science"))

        self.actions_ = WindowActions(self)
        self.key_guard = KeyGuard(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.key_guard)
        self.undo_group = QUndoGroup(self)
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self)
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.editor = MapEditor(self.scene, self.view, self)
        self.layouts = self.editor.layouts

        self._build_centre()
        self._build_docks()
        self._build_menus()
        self._build_toolbars()
        self.snapshot_tools = SnapshotTools(self, self.snapshots_panel)
        self._connect()
        self._retranslate()
        self._apply_session(None)
        self.window_memory = WindowMemory(self.prefs.settings)
        self.screen_area = QRect()
        self.fit_to_screen()

    # == building ========================================================================

    def _build_centre(self) -> None:
        self.view.setObjectName("mapView")
        self.welcome = QLabel()
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.welcome.setStyleSheet("font-size: 16pt; color: #616161; padding: 40px")
        self.centre_stack = QStackedWidget()
        self.centre_stack.addWidget(self.welcome)
        self.centre_stack.addWidget(self.view)
        self.message_bar = MessageBar()
        self.quick_entry = QuickEntry()
        self.quick_entry.setObjectName("quickEntry")
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.quick_entry)
        self.tie_entry = TieEntry()
        self.tie_entry.setObjectName("tieEntry")
        self.tie_entry.hide()
        layout.addWidget(self.tie_entry)
        layout.addWidget(self.centre_stack, 1)
        self.setCentralWidget(centre)
        self.message_bar.float_over(self.centre_stack)  # over the map: a message never pushes it down

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.actors_panel = TablePanel()
        self.actors_panel.setObjectName("actorsTable")
        self.ties_panel = TablePanel()
        self.ties_panel.setObjectName("tiesTable")
        self.clusters_panel = TablePanel()
        self.clusters_panel.setObjectName("clustersTable")
        for combo in (self.clusters_panel.category, self.clusters_panel.district, self.clusters_panel.field):
            combo.hide()
        self.inspector = Inspector()
        self.legend = LegendWidget()
        self.info_panel = ProjectInfoPanel()
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        # Layout settings first: changing them after tabifying leaves a stray tab bar behind.
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.setTabPosition(right, QTabWidget.TabPosition.North)
        self.actors_dock = self._dock("actorsDock", self.actors_panel, bottom)
        self.ties_dock = self._dock("tiesDock", self.ties_panel, bottom)
        self.clusters_dock = self._dock("clustersDock", self.clusters_panel, bottom)
        self.tabifyDockWidget(self.actors_dock, self.ties_dock)
        self.tabifyDockWidget(self.actors_dock, self.clusters_dock)
        self.actors_dock.raise_()
        self.inspector_dock = self._dock("inspectorDock", self.inspector, right)
        self.legend_dock = self._dock("legendDock", self.legend, right)
        self.info_dock = self._dock("projectInfoDock", self.info_panel, right)
        self.snapshots_panel = SnapshotsPanel()
        self.snapshots_dock = self._dock("snapshotsDock", self.snapshots_panel, right)
        self.tabifyDockWidget(self.legend_dock, self.info_dock)
        self.tabifyDockWidget(self.legend_dock, self.snapshots_dock)
        self.legend_dock.raise_()
        self.resizeDocks([self.inspector_dock, self.legend_dock], [560, 380], Qt.Orientation.Vertical)
        self.resizeDocks([self.inspector_dock], [380], Qt.Orientation.Horizontal)
        self.resizeDocks([self.actors_dock], [210], Qt.Orientation.Vertical)
        self.docks = [self.actors_dock, self.ties_dock, self.clusters_dock, self.inspector_dock, self.legend_dock,
                      self.info_dock, self.snapshots_dock]
        self.analysis_panel = AnalysisPanel(self.scene)
        self.analysis_dock = self._dock("analysisDock", self.analysis_panel, right)
        self.tabifyDockWidget(self.inspector_dock, self.analysis_dock)
        self.workshop = WorkshopController(self)
        self.proposals_panel = ProposalsPanel(self.workshop)
        self.proposals_dock = self._dock("proposalsDock", self.proposals_panel, right)
        self.room_tab = RoomTab()
        self.analysis_panel.tabs.addTab(self.room_tab, "")
        self.workshop.bind_room(self.room_tab, self.inspector.room)
        self.workshop.bind_map(self.scene)
        self.workshop.roomChanged.connect(self.legend.rebuild)  # the tower's line comes and goes
        self.tabifyDockWidget(self.inspector_dock, self.proposals_dock)
        self.inspector_dock.raise_()
        self.docks += [self.analysis_dock, self.proposals_dock]

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Size the window and its panels for the screen, or as last time on a screen of this size
        (window_fit.py)."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            available = screen.availableGeometry()
        self.screen_area = QRect(available)
        fit_main_window(self, available)
        self._hide_stray_tab_bars()

    def set_map_only(self, on: bool) -> None:
        """Collapse every panel at once (F9), for the map alone; F9 again brings them back."""
        if on:
            self._panels_before_map_only = [d for d in self.docks if d.isVisible()]
            for dock in self._panels_before_map_only:
                dock.hide()
        else:
            for dock in getattr(self, "_panels_before_map_only", []) or self.docks[:5]:
                dock.show()
            self._hide_stray_tab_bars()
        QTimer.singleShot(0, self.view.fit_all)

    def _hide_stray_tab_bars(self) -> None:
        """Qt 6.11 leaves a second, unmanaged tab bar behind when two dock areas both have tabbed
        docks; it floats over the map with empty tabs. The docks got their titles after tabifying,
        so the managed bars carry them and the stray one does not."""
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if bar.count() and not any(bar.tabText(i) for i in range(bar.count())):
                bar.hide()
            # Whole words on the panel tabs ("Le…", "Bezi…" says nothing): scroll arrows instead.
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addActions([a.new, a.open, a.open_read_only, a.open_team])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.project_info, a.catalogues])
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.import_, a.export, a.print_])
        self.report_action = report_action(self)
        self.file_menu.addAction(self.report_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.close, a.quit])

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([a.cut, a.copy, a.paste, a.delete, a.select_all])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([a.quick_entry, a.tie_entry, a.tie_tool, a.group, a.add_dot, a.remove_dot])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a.erase_person)

        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([a.zoom_in, a.zoom_out, a.fit])
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.presentation)
        self.view_menu.addAction(a.map_only)
        self.view_menu.addAction(a.analysis)
        self.view_menu.addSeparator()
        self.layout_menu = self.view_menu.addMenu("")
        self.layout_menu.addActions([a.layout_rings, a.layout_sectors, a.layout_districts, a.layout_force,
                                     a.layout_relayout])
        self.panels_menu = self.view_menu.addMenu("")
        for dock in self.docks:
            self.panels_menu.addAction(dock.toggleViewAction())

        self.snapshots_menu = bar.addMenu("")
        self.snapshots_menu.addActions([a.take_snapshot, a.compare, a.monitoring])

        self.workshop_menu = bar.addMenu("")  # one Workshop menu: the guided steps, then the invitation
        self.workshop_menu.setObjectName("workshopMenu")
        self.guide_dock = install_workshop_guide(self, self.workshop_menu)  # Workshop > Guided workshop
        self.invite_action = self.workshop_menu.addAction("", self.workshop.invite)
        self.invite_action.setObjectName("actionInvite")

        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.addActions([a.language_de, a.language_en])

        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([a.shortcuts, a.about_data, a.about])
        # Shortcuts must work with the menu bar hidden (presentation mode).
        self.addActions(a.all() + [self.undo_action, self.redo_action])

    def _build_toolbars(self) -> None:
        a = self.actions_
        self.edit_toolbar = QToolBar(self)
        self.edit_toolbar.setObjectName("editToolbar")
        self.edit_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.edit_toolbar.addActions([self.undo_action, self.redo_action])
        self.edit_toolbar.addSeparator()
        self.kind_label = QLabel()
        self.kind_label.setContentsMargins(6, 0, 4, 0)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("tieKindChooser")
        self.kind_combo.setMinimumContentsLength(16)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # number keys keep working on the map
        self.edit_toolbar.addAction(a.tie_tool)
        self.edit_toolbar.addWidget(self.kind_label)
        self.edit_toolbar.addWidget(self.kind_combo)
        self.edit_toolbar.addSeparator()
        self.edit_toolbar.addActions([a.group, a.add_dot, a.remove_dot])
        self.addToolBar(self.edit_toolbar)

        self.layout_toolbar = QToolBar(self)
        self.layout_toolbar.setObjectName("layoutToolbar")
        self.layout_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The view's buttons first: on a narrow screen they stay in sight, the layouts go behind ».
        self.layout_toolbar.addActions([a.fit, a.presentation, a.zoom_in, a.zoom_out])
        self.layout_toolbar.addSeparator()
        self.layout_toolbar.addActions([a.layout_rings, a.layout_sectors, a.layout_districts, a.layout_force])
        self.addToolBar(self.layout_toolbar)
        self.kind_actions: list[QAction] = []
        self.status_counts = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)

    def _connect(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.new_project)
        a.open.triggered.connect(lambda: self._ask_and_open(False))
        a.open_read_only.triggered.connect(lambda: self._ask_and_open(True))
        a.open_team.triggered.connect(self._ask_and_open_team)
        a.project_info.triggered.connect(self.edit_project_info)
        a.catalogues.triggered.connect(self.edit_catalogues)
        a.close.triggered.connect(self.close_project)
        a.quit.triggered.connect(self.close)
        a.cut.triggered.connect(self.editor.cut)
        a.copy.triggered.connect(self.editor.copy)
        a.paste.triggered.connect(self.paste)
        a.delete.triggered.connect(self.delete_selection)
        a.select_all.triggered.connect(self.select_all)
        a.quick_entry.triggered.connect(self.start_quick_entry)
        a.tie_entry.triggered.connect(self.start_tie_entry)
        self.tie_entry.tieRequested.connect(self._on_typed_tie)
        self.tie_entry.cancelled.connect(self._on_tie_entry_done)
        a.group.triggered.connect(self.group_selection)
        a.tie_tool.toggled.connect(self.scene.set_tie_mode)
        self.scene.tieModeChanged.connect(a.tie_tool.setChecked)
        a.add_dot.triggered.connect(lambda: self.change_dots(1))
        a.remove_dot.triggered.connect(lambda: self.change_dots(-1))
        a.zoom_in.triggered.connect(self.view.zoom_in)
        a.zoom_out.triggered.connect(self.view.zoom_out)
        a.fit.triggered.connect(self.view.fit_all)
        a.presentation.toggled.connect(self.set_presentation)
        a.map_only.toggled.connect(self.set_map_only)
        a.leave_presentation.triggered.connect(lambda: self.set_presentation(False))
        a.layout_rings.triggered.connect(lambda: self.run_layout("rings"))
        a.layout_sectors.triggered.connect(lambda: self.run_layout("sectors"))
        a.layout_districts.triggered.connect(lambda: self.run_layout("districts"))
        a.layout_force.triggered.connect(lambda: self.run_layout("force"))
        a.layout_relayout.triggered.connect(lambda: self.run_layout("relayout"))
        a.languages.triggered.connect(lambda act: self.set_language(str(act.data())))
        a.about.triggered.connect(self._about)
        a.shortcuts.triggered.connect(self._show_shortcuts)
        bind_dock_action(a.analysis, self.analysis_dock)
        a.import_.triggered.connect(lambda: import_file(self))
        a.export.triggered.connect(lambda: export_file(self))
        a.print_.triggered.connect(lambda: print_map(self))
        a.erase_person.triggered.connect(lambda: erase_person_dialog(self))
        a.about_data.triggered.connect(lambda: show_about_data(self))

        self.scene.addActorRequested.connect(self._on_add_actor_requested)
        self.scene.tieRequested.connect(self.add_tie)
        self.scene.actorsMoved.connect(self.editor.move)
        self.scene.actorActivated.connect(self._on_actor_activated)
        self.scene.selectionIdsChanged.connect(self._on_scene_selection)
        self.scene.clusterActivated.connect(self._on_cluster_activated)
        self.scene.tieActivated.connect(self._on_tie_activated)
        self.quick_entry.actorRequested.connect(self.add_actor)
        self.quick_entry.cancelled.connect(self._on_quick_entry_done)
        self.actors_panel.selectionIdsChanged.connect(self._on_table_actor_selection)
        self.actors_panel.activated.connect(self._on_actor_activated)
        self.ties_panel.selectionIdsChanged.connect(self._on_table_tie_selection)
        self.clusters_panel.activated.connect(self._on_cluster_activated)
        self.clusters_panel.selectionIdsChanged.connect(
            lambda ids: self._on_cluster_activated(ids[0]) if len(ids) == 1 else None)
        self.info_panel.editRequested.connect(self.edit_project_info)
        self.kind_combo.activated.connect(lambda i: self.set_tie_kind(str(self.kind_combo.itemData(i))))
        self.editor.message.connect(self.show_message)
        self.editor.layoutApplied.connect(lambda _name: self.view.fit_all())
        self.undo_action.triggered.connect(self.undo_group.undo)
        self.redo_action.triggered.connect(self.undo_group.redo)
        self.undo_group.indexChanged.connect(lambda _i: self._update_actions())
        self.undo_group.undoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.undo_group.redoTextChanged.connect(lambda _t: self._update_undo_texts())

    # == texts =============================================================================

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.actions_.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.layout_menu.setTitle(self.tr("&Layout"))
        self.panels_menu.setTitle(self.tr("&Panels"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.snapshots_menu.setTitle(self.tr("S&napshots"))
        self.workshop_menu.setTitle(self.tr("&Workshop"))
        self.invite_action.setText(self.tr("&Invite participants…"))
        self.proposals_dock.setWindowTitle(self.tr("Proposals"))
        self.analysis_panel.tabs.setTabText(self.analysis_panel.tabs.indexOf(self.room_tab), self.tr("The room"))
        self.room_tab.retranslate()
        self.undo_group.setObjectName("undoGroup")
        self._update_undo_texts()
        self.actors_dock.setWindowTitle(self.tr("Actors"))
        self.ties_dock.setWindowTitle(self.tr("Ties"))
        self.clusters_dock.setWindowTitle(self.tr("Clusters"))
        self.inspector_dock.setWindowTitle(self.tr("Inspector"))
        self.legend_dock.setWindowTitle(self.tr("Legend"))
        self.info_dock.setWindowTitle(self.tr("Project info"))
        self.analysis_dock.setWindowTitle(self.tr("Analysis"))
        self.snapshots_dock.setWindowTitle(self.tr("Snapshots"))
        self.edit_toolbar.setWindowTitle(self.tr("Editing"))
        self.layout_toolbar.setWindowTitle(self.tr("Layout and view"))
        self.kind_label.setText(self.tr("New ties:"))
        self.kind_combo.setToolTip(self.tr("Kind of the next tie you draw (number keys 1–9 choose)"))
        self.welcome.setText(self.tr("NetMap — who works with whom in our town?\n\n"
                                     "Create a new project (Ctrl+N) or open one (Ctrl+O)."))
        self.actions_.language_de.setChecked(self.language == "de")
        self.actions_.language_en.setChecked(self.language == "en")
        self._update_title()
        self._update_status()
        self._fill_kind_chooser()

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("NetMap")
            return
        name = self.session.info.name or Path(self.session.location).stem
        title = f"{name} – NetMap"
        if self.session.read_only:
            title = self.tr("{0} (read-only)").format(name) + " – NetMap"
        self.setWindowTitle(title)

    def _update_status(self) -> None:
        if self.session is None:
            self.status_counts.setText("")
            return
        text = " · ".join((self.tr("%n actors", "", len(self.session.actors)),
                           self.tr("%n ties", "", len(self.session.ties)),
                           self.tr("%n clusters", "", len(self.session.clusters))))
        if self.session.read_only:
            text += " · " + self.tr("read-only")
        self.status_counts.setText(text)

    def show_message(self, text: str, level: str = "info",
                     action: tuple[str, Callable[[], object]] | None = None) -> None:
        self.message_bar.show_message(text, level, seconds=12 if level == "error" else 6, action=action)
        self.statusBar().showMessage(text, 8000)

    # == projects ==========================================================================

    def _ask_and_open(self, read_only: bool) -> None:
        title = self.tr("Open project read-only") if read_only else self.tr("Open project")
        path = self.prompts.open_path(title)
        if path:
            self.open_project(path, read_only=read_only)

    def _ask_and_open_team(self) -> None:
        servers = [p.partition("#")[0] for p in self.prefs.recent_projects() if p.startswith("postgresql://")]
        location = self.prompts.team_location(servers[0] if servers else "")
        if location:
            self.open_project(location)

    def resolve_conflict(self, error: ConflictError) -> None:
        """Another user changed what this edit touched: say what, and offer to apply ours again."""
        if self.session is None:
            return
        mine = error.rebased()
        if show_conflict(self, error) and mine is not None:
            command = command_for_version(self.session.project, mine)
            if command is not None:
                self.session.execute(command)

    def _on_blocked(self, error: BlockedError, retry: Callable[[], object]) -> None:
        """Another session holds the edit lock: say who, and offer to try again."""
        if show_blocked(self, error):
            QTimer.singleShot(0, retry)

    def new_project(self) -> bool:
        path = self.prompts.new_path()
        if not path:
            return False
        try:
            project = Project.create(path)
        except NetMapError as exc:
            self.show_message(self.tr("The project could not be created: {0}").format(exc), "error")
            return False
        self._set_project(project)
        return True

    def open_project(self, path: str | Path, read_only: bool = False, take_over: bool = False) -> bool:
        """Open `path`; when someone else has it open, say who and offer read-only (and, when the holder
        is on another computer that has gone quiet, to open it anyway after a warning)."""
        try:
            project = Project.open(path, read_only=read_only, take_over=take_over)
        except ProjectLockedError as exc:
            if read_only:
                return False
            if exc.quiet:
                answer = self.prompts.quiet_lock(exc)
                if answer is LockAnswer.TAKE_OVER:
                    return self.open_project(path, take_over=True)
                return answer is LockAnswer.READ_ONLY and self.open_project(path, read_only=True)
            if self.prompts.open_read_only(exc):
                return self.open_project(path, read_only=True)
            return False
        except NetMapError as exc:
            self.show_message(self.tr("The project could not be opened: {0}").format(exc), "error")
            return False
        self._set_project(project)
        return True

    def _set_project(self, project: Project) -> None:
        self.close_project()
        self.session = MapSession(project, self)
        self.prefs.add_recent_project(project.location)
        self._apply_session(self.session)
        if project.read_only or project.shared:  # someone else may be editing: follow their edits
            self.watcher = TeamWatcher(project, self)
            self.watcher.changedElsewhere.connect(lambda: self.statusBar().showMessage(
                self.tr("The map was updated with changes made elsewhere."), 5000))
            self.watcher.unavailable.connect(lambda message: self.show_message(
                self.tr("The project cannot be reached at the moment: {0}").format(message), "error"))
            self.watcher.start()
        if self.session.read_only:
            self.show_message(self.tr("Opened read-only: you can look, but not change the map."))
        else:
            self.lock_timer.start()

    def close_project(self) -> None:
        if self.session is None:
            return
        self.inspector.flush()
        self.layouts.wait()
        self.lock_timer.stop()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None
        session, self.session = self.session, None
        self.undo_group.removeStack(session.undo_stack)
        self._apply_session(None)
        session.close()
        session.deleteLater()

    def _apply_session(self, session: MapSession | None) -> None:
        """Point every view at `session` (None: no project open)."""
        language = self.language
        self.editor.session = session
        self.analysis_panel.attach(session, language)  # first: it works off the UI thread meanwhile
        if session is None:
            self.scene.set_map(MapState(), language)
        else:
            self.scene.set_map(session.state(), language)
            self.undo_group.addStack(session.undo_stack)
            self.undo_group.setActiveStack(session.undo_stack)
            session.actorsChanged.connect(self._on_actors_changed)
            session.actorsRemoved.connect(self._on_actors_removed)
            session.tiesChanged.connect(self._on_ties_changed)
            session.tiesRemoved.connect(self._on_ties_removed)
            session.clustersChanged.connect(self._on_clusters_changed)
            session.cataloguesChanged.connect(self._on_catalogues_changed)
            session.infoChanged.connect(self._update_title)
            session.reloaded.connect(self._on_reloaded)
            session.editFailed.connect(lambda message: self.show_message(
                self.tr("Nothing was changed: {0}").format(message), "error"))
            session.conflicted.connect(self.resolve_conflict)
            session.blocked.connect(self._on_blocked)
            session.unsettled.connect(lambda message: self.show_message(
                self.tr("Your change was stored, but the map could not be read back ({0}); it is shown as soon "
                        "as the server answers.").format(message), "error"))
        for panel, model_type in ((self.actors_panel, ActorTableModel), (self.ties_panel, TieTableModel),
                                  (self.clusters_panel, ClusterTableModel)):
            if session is None:
                panel.set_model(None)
                panel.set_catalogues({}, language)
                continue
            model = model_type()
            model.attach(session, language)
            panel.set_model(model)
            panel.set_catalogues(session.catalogues, language)
        self.inspector.attach(session, language)
        self.legend.attach(session, language, self.scene)
        self.info_panel.attach(session)
        self.snapshot_tools.attach(session)
        self.guide_dock.widget().attach(session)
        self.proposals_panel.language = language
        self.workshop.attach(session)  # a new project, or none: any invitation of the old one ends
        self.invite_action.setEnabled(self.workshop.desk is not None)
        if session is not None:
            self.quick_entry.set_categories(session.catalogue(CatalogueKind.CATEGORY), language)
        self.quick_entry.reset()
        self.quick_entry.setVisible(session is not None and not session.read_only and not self._presenting)
        self.tie_entry.hide()
        self.centre_stack.setCurrentWidget(self.view if session is not None else self.welcome)
        self._fill_kind_chooser()
        self._update_title()
        self._update_status()
        self._update_actions()
        if session is not None:
            QTimer.singleShot(0, self.view.fit_all)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.prefs.recent_projects()
        for location in recent:
            act = self.recent_menu.addAction(location)
            act.triggered.connect(lambda _checked=False, loc=location: self.open_project(loc))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)

    def _update_actions(self) -> None:
        has_project = self.session is not None
        editable = has_project and not self.session.read_only  # type: ignore[union-attr]
        for act in self.actions_.need_project:
            act.setEnabled(has_project)
        for act in self.actions_.editing:
            act.setEnabled(editable)
        for act in self.kind_actions:
            act.setEnabled(editable)
        if not editable and self.actions_.tie_tool.isChecked():
            self.actions_.tie_tool.setChecked(False)
        self.kind_combo.setEnabled(editable)
        self.undo_action.setEnabled(editable and self.undo_group.canUndo())
        self.redo_action.setEnabled(editable and self.undo_group.canRedo())
        self._update_undo_texts()

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.undo_action.setText(self.tr("&Undo: {0}").format(undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo: {0}").format(redo) if redo else self.tr("&Redo"))
        # The toolbar shows a fixed word, so no button moves when the last edit changes.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.undo_action.setToolTip(self.undo_action.text().replace("&", "") + " (Ctrl+Z)")
        self.redo_action.setToolTip(self.redo_action.text().replace("&", "") + " (Ctrl+Y)")

    # == following the session =============================================================

    def _on_actors_changed(self, ids: list[int]) -> None:
        assert self.session is not None
        self.scene.upsert_actors([self.session.actors[i] for i in ids if i in self.session.actors])
        self._update_status()

    def _on_actors_removed(self, ids: list[int]) -> None:
        self.scene.remove_actors(ids)
        self._update_status()

    def _on_ties_changed(self, ids: list[int]) -> None:
        assert self.session is not None
        self.scene.upsert_ties([self.session.ties[i] for i in ids if i in self.session.ties])
        self._update_status()

    def _on_ties_removed(self, ids: list[int]) -> None:
        self.scene.remove_ties(ids)
        self._update_status()

    def _on_clusters_changed(self) -> None:
        assert self.session is not None
        self.scene.set_clusters(self.session.clusters)
        self._update_status()

    def _on_catalogues_changed(self) -> None:
        assert self.session is not None
        self.scene.set_catalogues(self.session.catalogues, self.language)
        for panel in (self.actors_panel, self.ties_panel):
            panel.set_catalogues(self.session.catalogues, self.language)
        self.quick_entry.set_categories(self.session.catalogue(CatalogueKind.CATEGORY), self.language)
        self._fill_kind_chooser()

    def _on_reloaded(self) -> None:
        assert self.session is not None
        self.scene.set_map(self.session.state(), self.language)
        self._on_catalogues_changed()
        self._update_title()
        self._update_status()

    # == the map's signals =================================================================

    def _on_scene_selection(self, actor_ids: list[int], tie_ids: list[int]) -> None:
        self.inspector.show_selection(list(actor_ids), list(tie_ids))
        self._syncing_selection = True
        try:
            self.actors_panel.select_ids(list(actor_ids))
            self.ties_panel.select_ids(list(tie_ids))
        finally:
            self._syncing_selection = False

    def _on_table_actor_selection(self, ids: list[int]) -> None:
        if not self._syncing_selection:
            self.scene.select_actors(ids)

    def _on_table_tie_selection(self, ids: list[int]) -> None:
        if self._syncing_selection:
            return
        self.scene.clearSelection()
        for tie_id in ids:
            item = self.scene.tie_item(tie_id)
            if item is not None:
                item.setSelected(True)
        self.inspector.show_selection([], ids)

    def _on_actor_activated(self, actor_id: int) -> None:
        self.scene.select_actors([actor_id])
        self.inspector.show_selection([actor_id], [])
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        if self.session is not None and not self.session.read_only:
            self.inspector.actor_form.name.setFocus()
            self.inspector.actor_form.name.selectAll()

    def _on_tie_activated(self, tie_id: int) -> None:
        self.inspector.show_selection([], [tie_id])
        self.inspector_dock.show()
        self.inspector_dock.raise_()

    def _on_cluster_activated(self, cluster_id: int) -> None:
        self.inspector.show_cluster(cluster_id)
        self.inspector_dock.show()
        self.inspector_dock.raise_()

    def _on_add_actor_requested(self, position: QPointF) -> None:
        if self.session is None or self.session.read_only:
            return
        self._pending_position = (position.x(), position.y())
        self.start_quick_entry(keep_position=True)

    # == editing (the edits themselves are in MapEditor) =====================================

    def _editable(self) -> MapSession | None:
        return self.editor.editable()

    def start_quick_entry(self, keep_position: bool = False) -> None:
        if self._editable() is None:
            return
        if not keep_position:
            self._pending_position = None
        self.quick_entry.show()
        self.quick_entry.start()

    def _on_quick_entry_done(self) -> None:
        self._pending_position = None
        if self._presenting:
            self.quick_entry.hide()
        self.view.setFocus()

    def start_tie_entry(self) -> None:
        """The typed-tie field (tie_entry.py), starting from the one selected actor if there is one."""
        session = self._editable()
        if session is None:
            return
        kinds = session.catalogue(CatalogueKind.TIE_KIND)
        self.tie_entry.set_sources(lambda: session.actors.values(), [e.label(self.language) for e in kinds])
        selected = self.scene.selected_actor_ids()
        self.tie_entry.show()
        self.tie_entry.start(session.actors.get(selected[0]) if len(selected) == 1 else None)

    def _on_typed_tie(self, source: int, target: int, kind_number: int) -> None:
        if self.session is not None and kind_number:
            kinds = self.session.catalogue(CatalogueKind.TIE_KIND)
            if kind_number <= len(kinds):
                self.set_tie_kind(kinds[kind_number - 1].key)
        self.add_tie(source, target)

    def _on_tie_entry_done(self) -> None:
        self.tie_entry.hide()
        self.view.setFocus()

    def add_actor(self, name: str, category: str = "") -> Actor | None:
        """Add the actor typed in the quick entry, then be ready for the next name."""
        wanted, self._pending_position = self._pending_position, None
        added = self.editor.add_actor(name, category, wanted)
        if added is not None and added.id is not None:
            self.scene.select_actors([added.id])  # the next keys (a dot, a tie) act on it
        if self._presenting:
            self.quick_entry.hide()
            self.view.setFocus()
        else:
            self.quick_entry.start()
        return added

    def add_tie(self, source: int, target: int) -> Tie | None:
        """A tie of the chosen kind (the map's drag from actor to actor ends here)."""
        return self.editor.add_tie(source, target, self.current_kind)

    def set_tie_kind(self, key: str) -> None:
        self.current_kind = key
        index = self.kind_combo.findData(key)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)
        for act in self.kind_actions:
            act.setChecked(act.data() == key)
        if self.session is not None and key:
            label = next((e.label(self.language) for e in self.session.catalogue(CatalogueKind.TIE_KIND)
                          if e.key == key), key)
            self.statusBar().showMessage(self.tr("New ties: {0}").format(label), 3000)

    def _fill_kind_chooser(self) -> None:
        """The tie kinds in the toolbar's chooser, the first nine on the number keys."""
        for act in self.kind_actions:
            self.removeAction(act)
            act.deleteLater()
        self.kind_actions = []
        self.kind_combo.clear()
        entries = self.session.catalogue(CatalogueKind.TIE_KIND) if self.session is not None else []
        for number, entry in enumerate(entries, start=1):
            prefix = f"{number}  " if number <= 9 else ""
            self.kind_combo.addItem(swatch(entry.colour), prefix + entry.label(self.language), entry.key)
            if number <= 9:
                act = QAction(entry.label(self.language), self)
                act.setObjectName(f"actionTieKind{number}")
                act.setShortcut(QKeySequence(str(number)))
                act.setCheckable(True)
                act.setData(entry.key)
                act.triggered.connect(lambda _checked=False, key=entry.key: self.set_tie_kind(key))
                self.addAction(act)
                self.kind_actions.append(act)
        keys = [e.key for e in entries]
        self.set_tie_kind(self.current_kind if self.current_kind in keys else (keys[0] if keys else ""))
        self._update_actions()

    def delete_selection(self) -> None:
        """Delete what is selected and say what it was, with a button that brings it back."""
        actors, ties = self.scene.selected_actor_ids(), self.scene.selected_tie_ids()
        if not actors and not ties and self.ties_dock.isVisible():
            ties = self.ties_panel.selected_ids()
        session = self.session
        if session is None:
            return
        names = [session.actors[i].name for i in actors if i in session.actors]
        gone = set(actors)
        tie_count = len(set(ties) | {i for i, t in session.ties.items() if t.source in gone or t.target in gone})
        if self.editor.delete(list(actors), list(ties)):
            self.show_message(self.message_bar.deletion_text(names, tie_count),
                              action=(self.tr("Undo"), self.undo_group.undo))

    def select_all(self) -> None:
        self.editor.select_all()

    def paste(self) -> list[Actor]:
        return self.editor.paste()

    def group_selection(self) -> Cluster | None:
        """Group the selected actors as a cluster; its heading is ready to be typed in the inspector."""
        cluster = self.editor.group()
        if cluster is not None and cluster.id is not None:
            self._on_cluster_activated(cluster.id)
            self.inspector.cluster_form.name.setFocus()
            self.inspector.cluster_form.name.selectAll()
        return cluster

    def change_dots(self, delta: int) -> None:
        """A priority dot more (or less) on the selected actors, or on the cluster in the inspector."""
        self.editor.change_dots(delta, self.inspector.cluster_id)

    def run_layout(self, name: str) -> bool:
        return self.editor.run_layout(name)

    def edit_project_info(self) -> ProjectInfoDialog | None:
        session = self._editable()
        if session is None:
            return None
        dialog = ProjectInfoDialog(session.info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def store() -> None:
            if self.session is session and dialog.info() != session.info:
                session.execute(SetInfoCommand(session.project, dialog.info()))

        dialog.accepted.connect(store)
        dialog.open()
        return dialog

    def edit_catalogues(self) -> CatalogueEditor | None:
        session = self._editable()
        if session is None:
            return None
        dialog = CatalogueEditor(session, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # == presentation ======================================================================

    @property
    def presenting(self) -> bool:
        return self._presenting

    def set_presentation(self, on: bool) -> None:
        """Full screen for the projector: no panels, no bars, large labels; Esc leaves."""
        if on == self._presenting or (on and self.session is None):
            self.actions_.presentation.setChecked(self._presenting)
            return
        self._presenting = on
        self.actions_.presentation.setChecked(on)
        self.actions_.leave_presentation.setEnabled(on)
        if on:
            self._before_presentation = (bytes(self.saveState().data()), self.isMaximized())
            for widget in [*self.docks, self.edit_toolbar, self.layout_toolbar, self.quick_entry, self.tie_entry]:
                widget.hide()
            self.menuBar().hide()
            self.statusBar().hide()
            self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._view_frame = self.view.frameShape()
            self.view.setFrameShape(QFrame.Shape.NoFrame)
            self.scene.set_presentation(True)
            self.showFullScreen()
        else:
            self.scene.set_presentation(False)
            self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            self.view.setFrameShape(self._view_frame)
            self.menuBar().show()
            self.statusBar().show()
            state, maximized = self._before_presentation or (b"", False)
            if maximized:
                self.showMaximized()
            else:
                self.showNormal()
            if state:
                self.restoreState(state)
            self._hide_stray_tab_bars()
            self.edit_toolbar.show()
            self.layout_toolbar.show()
            self.quick_entry.setVisible(self._editable() is not None)
        # The whole map, once the window manager has settled the new size (see MapView.request_fit).
        self.view.request_fit()
        self.view.setFocus()

    # == settings ==========================================================================

    def set_language(self, language: str) -> None:
        """Switch the user interface (and the catalogue labels on the map) to `language`."""
        self.prefs.language = language
        self.language = language
        self._install(language)  # sends LanguageChange: every widget sets its texts again
        for panel in (self.actors_panel, self.ties_panel, self.clusters_panel):
            if panel.model is not None:
                panel.model.set_language(language)
            if self.session is not None:
                panel.set_catalogues(self.session.catalogues, language)
        self.inspector.set_language(language)
        self.legend.set_language(language)
        self.analysis_panel.set_language(language)
        self.proposals_panel.set_language(language)
        if self.session is not None:
            self.session.retranslate_history()
            self.scene.set_catalogues(self.session.catalogues, language)
            self.quick_entry.set_categories(self.session.catalogue(CatalogueKind.CATEGORY), language)
        self._retranslate()

    # == help ==============================================================================

    def _about(self) -> None:
        self.prompts.about(self.tr("About NetMap"), self.tr(
            "<h3>NetMap {0}</h3><p>Participatory stakeholder network analysis for towns and counties: "
            "map who works with whom, see who connects, who is missing and where the network would "
            "break.</p><p>After the method of the WIR programme's handbook (Hesse).</p>").format(__version__))

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(keys, what they do) for the help and the report."""
        rows = []
        for act in [self.undo_action, self.redo_action, *self.actions_.all()]:
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts())
            if keys:
                rows.append((keys, act.text().replace("&", "")))
        rows.append(("1 … 9", self.tr("Kind of the next tie")))
        return rows

    def _show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in self.shortcut_list())
        self.prompts.information(self.tr("Keyboard shortcuts"), f"<table cellspacing='4'>{rows}</table>")

    # == closing ===========================================================================

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc that no field wanted (a table, the inspector's fields) leaves it for the map."""
        if event.key() == Qt.Key.Key_Escape and not self.view.hasFocus():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._presenting:
            self.set_presentation(False)
        self.window_memory.save(self.screen_area, bytes(self.saveGeometry().data()),
                                bytes(self.saveState().data()))
        self.close_project()
        super().closeEvent(event)
