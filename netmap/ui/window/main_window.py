"""The main window: the map in the middle, tables, inspector, legend and project info around it.

The window composes; it holds no map state of its own and makes few decisions. The open project
lives in a `MapSession`, shared with every part through the `AppContext` (context.py); the project
controller opens and closes it (project_control.py); the map and the tables follow it
(window_sync.py); presentation mode (presentation.py), the tie-kind chooser (tie_kinds.py), the
menus (window_menus.py) and the snapshot tools are parts of their own. Every edit is a command
executed by the session (map_edits.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from netmap.domain import Actor, CatalogueKind, Cluster, MapState, Tie
from netmap.edits import edit_for_version
from netmap.errors import BlockedError, ConflictError
from netmap.ui.window.actions import WindowActions
from netmap.ui.analysis.analysis_panel import bind_dock_action
from netmap.ui.canvas import MapScene, MapView
from netmap.ui.editing.catalogue_editor import CatalogueEditor
from netmap.ui.context import AppContext, MessageAction
from netmap.ui.exchange.export_dialog import export_file, print_map
from netmap.ui.i18n import follow_language, install_language
from netmap.ui.exchange.import_flow import import_file
from netmap.ui.editing.key_guard import KeyGuard
from netmap.ui.editing.map_edits import MapEditor
from netmap.ui.window.map_entry import MapEntry
from netmap.ui.window.message_bar import MessageBar
from netmap.ui.window.presentation import Chrome, Presentation
from netmap.ui.privacy import erase_person_dialog, show_about_data
from netmap.ui.window.project_control import ProjectController
from netmap.ui.editing.project_info import ProjectInfoDialog
from netmap.ui.window.prompts import Prompts
from netmap.ui.editing.quick_entry import QuickEntry
from netmap.ui.exchange.report_dialog import report_action
from netmap.ui.session import MapSession
from netmap.ui.settings import Preferences, open_settings
from netmap.ui.snapshots.snapshot_tools import SnapshotTools
from netmap.ui.team.mode import TeamWatcher, show_blocked, show_conflict
from netmap.ui.editing.tie_entry import TieEntry
from netmap.ui.window.tie_kinds import TieKindChooser
from netmap.ui.window.undo_actions import UndoActions
from netmap.ui.window.docks import WindowPanels
from netmap.ui.window.fit import WindowDocks, WindowMemory, fit_main_window, hide_stray_tab_bars
from netmap.ui.window.menus import WindowBars
from netmap.ui.window.sync import MapFollower, SelectionSync
from netmap.ui.workshop.controller import WorkshopController
from netmap.ui.workshop.workshop_guide import GuideTools, install_workshop_guide

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None,
                 install: Callable[[str], bool] = install_language) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.prefs = Preferences(settings if settings is not None else open_settings())
        self.context = AppContext(self.prefs, self, install)
        self.context.sessionChanged.connect(self._apply_session)  # first: the parts follow after it
        self.context.messageShown.connect(self.show_message)
        self.context.statusShown.connect(lambda text, msecs: self.statusBar().showMessage(text, msecs))
        self.prompts = Prompts(self)
        self.projects = ProjectController(self.context, self.prompts)
        self.projects.closing.connect(self._before_close)
        self.setWindowIcon(QIcon.fromTheme("applications-science"))

        self.actions_ = WindowActions(self)
        self.key_guard = KeyGuard(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.key_guard)
        self.undo = UndoActions(self)
        self.undo_group, self.undo_action, self.redo_action = self.undo.group, self.undo.undo, self.undo.redo
        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.editor = MapEditor(self.scene, self.view, self)
        self.layouts = self.editor.layouts

        self._build_centre()
        self._build_docks()
        self.kinds = TieKindChooser(self.context, self)
        self._build_bars()
        self.snapshot_tools = SnapshotTools(self.context, self.snapshots_panel, self.scene, self.view,
                                            self.actions_, self.open_project)
        centre = self.centre_layout
        centre.insertWidget(centre.indexOf(self.centre_stack), self.snapshot_tools.banner)
        self.guide_dock = install_workshop_guide(  # Workshop > Guided workshop
            self, self.workshop_menu, self.context,
            GuideTools(self.actions_, self.report_action, self.scene, self.tie_entry, self.snapshot_tools.compare))
        self.invite_action = self.workshop_menu.addAction("", self.workshop.invite)
        self.invite_action.setObjectName("actionInvite")
        self.presentation = Presentation(
            self.context, self, self.scene, self.view,
            Chrome(self.docks, [self.edit_toolbar, self.layout_toolbar], [self.quick_entry, self.tie_entry],
                   self.quick_entry),
            self.actions_.presentation, self.actions_.leave_presentation)
        self.status_counts = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)
        tables = [self.actors_panel, self.ties_panel, self.clusters_panel]
        self.follower = MapFollower(self.context, self.scene, tables, self.quick_entry, self.status_counts)
        self.selection = SelectionSync(self.context, self.scene, self.actors_panel, self.ties_panel,
                                       self.clusters_panel, self.inspector, self.inspector_dock)
        self.entry = MapEntry(self.context, self.editor, self.scene, self.view, quick_entry=self.quick_entry,
                              tie_entry=self.tie_entry, kinds=self.kinds, inspector=self.inspector,
                              ties=(self.ties_dock, self.ties_panel), message_bar=self.message_bar,
                              undo=self.undo_group.undo, presenting=lambda: self.presentation.on,
                              show_cluster=self.selection.cluster_activated)
        self._connect()
        follow_language(self, self._retranslate)
        self.context.languageChanged.connect(self._language_changed)
        self._retranslate()
        self.context.set_session(None)
        self.window_memory = WindowMemory(self.prefs.settings)
        self.screen_area = QRect()
        self.fit_to_screen()

    # == what the tests and the dialogs read ==============================================

    @property
    def session(self) -> MapSession | None:
        return self.context.session

    @property
    def language(self) -> str:
        return self.context.language

    @property
    def watcher(self) -> TeamWatcher | None:
        return self.projects.watcher

    @property
    def lock_timer(self) -> QTimer:
        return self.projects.lock_timer

    @property
    def current_kind(self) -> str:
        return self.kinds.current

    @property
    def kind_actions(self) -> list[QAction]:
        return self.kinds.actions

    @property
    def presenting(self) -> bool:
        return self.presentation.on

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
        self.centre_layout = layout = QVBoxLayout(centre)
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

    def _build_docks(self) -> None:
        self.workshop = WorkshopController(self)
        self.panels = p = WindowPanels(self, self.scene, self.workshop)
        self.actors_panel, self.ties_panel, self.clusters_panel = p.actors, p.ties, p.clusters
        self.inspector, self.legend, self.info_panel = p.inspector, p.legend, p.info
        self.snapshots_panel, self.analysis_panel = p.snapshots, p.analysis
        self.proposals_panel, self.room_tab, self.docks = p.proposals, p.room_tab, p.docks
        self.actors_dock, self.ties_dock, self.clusters_dock = p.actors_dock, p.ties_dock, p.clusters_dock
        self.inspector_dock, self.legend_dock, self.analysis_dock = p.inspector_dock, p.legend_dock, p.analysis_dock

    def _build_bars(self) -> None:
        a = self.actions_
        self.report_action = report_action(self)
        bars = WindowBars(self, a, self.undo_action, self.redo_action, self.report_action, self.docks, self.kinds,
                          self.projects.fill_recent_menu, self.prompts)
        self.bars = bars
        self.file_menu, self.edit_menu, self.view_menu = bars.file, bars.edit, bars.view
        self.snapshots_menu = bars.snapshots
        self.workshop_menu, self.settings_menu, self.help_menu = bars.workshop, bars.settings, bars.help
        self.edit_toolbar, self.layout_toolbar = bars.edit_toolbar, bars.layout_toolbar
        # Shortcuts must work with the menu bar hidden (presentation mode).
        self.addActions(a.all() + [self.undo_action, self.redo_action])

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Size the window and its panels for the screen, or as last time on a screen of this size
        (window_fit.py)."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            available = screen.availableGeometry()
        self.screen_area = QRect(available)
        tables = (self.actors_dock, self.ties_dock, self.clusters_dock)
        docks = WindowDocks(tables, self.legend_dock, self.inspector_dock)
        fit_main_window(self, docks, self.window_memory, available)
        hide_stray_tab_bars(self)

    def _connect(self) -> None:
        a = self.actions_
        self.projects.bind(a)
        self.entry.bind(a)
        a.quit.triggered.connect(self.close)
        a.cut.triggered.connect(self.editor.cut)
        a.copy.triggered.connect(self.editor.copy)
        a.paste.triggered.connect(self.paste)
        a.select_all.triggered.connect(self.select_all)
        a.tie_tool.toggled.connect(self.scene.set_tie_mode)
        self.scene.tieModeChanged.connect(a.tie_tool.setChecked)
        a.zoom_in.triggered.connect(self.view.zoom_in)
        a.zoom_out.triggered.connect(self.view.zoom_out)
        a.fit.triggered.connect(self.view.fit_all)
        a.map_only.toggled.connect(self.presentation.set_map_only)
        for name in ("rings", "sectors", "districts", "force", "relayout"):
            getattr(a, f"layout_{name}").triggered.connect(lambda _checked=False, n=name: self.editor.run_layout(n))
        a.languages.triggered.connect(lambda act: self.set_language(str(act.data())))
        bind_dock_action(a.analysis, self.analysis_dock)
        a.import_.triggered.connect(lambda: import_file(self))
        a.export.triggered.connect(lambda: export_file(self))
        a.print_.triggered.connect(lambda: print_map(self))
        a.erase_person.triggered.connect(lambda: erase_person_dialog(self))
        a.about_data.triggered.connect(lambda: show_about_data(self))

        self.info_panel.editRequested.connect(self.edit_project_info)
        self.editor.message.connect(self.show_message)
        self.editor.layoutApplied.connect(lambda _name: self.view.fit_all())
        self.undo_group.indexChanged.connect(lambda _i: self._update_actions())
        for panel in (self.inspector, self.legend, self.analysis_panel, self.proposals_panel):
            self.context.languageChanged.connect(panel.set_language)  # their catalogue labels

    # == texts =============================================================================

    def _retranslate(self) -> None:
        self.actions_.retranslate()
        self.invite_action.setText(self.tr("&Invite participants…"))
        self.welcome.setText(self.tr("NetMap — who works with whom in our town?\n\n"
                                     "Create a new project (Ctrl+N) or open one (Ctrl+O)."))
        self.actions_.language_de.setChecked(self.language == "de")
        self.actions_.language_en.setChecked(self.language == "en")
        self._update_title()

    def _language_changed(self, _language: str) -> None:
        self.undo.update_texts()  # the follower (connected before) has translated the steps' names

    def _update_title(self) -> None:
        session = self.session
        if session is None:
            self.setWindowTitle("NetMap")
            return
        name = session.info.name or Path(session.location).stem
        title = f"{name} – NetMap"
        if session.read_only:
            title = self.tr("{0} (read-only)").format(name) + " – NetMap"
        self.setWindowTitle(title)

    def show_message(self, text: str, level: str = "info", action: MessageAction | None = None) -> None:
        self.message_bar.show_message(text, level, seconds=12 if level == "error" else 6, action=action)
        self.statusBar().showMessage(text, 8000)

    # == editing (map_entry.py; the edits themselves are in MapEditor) ========================

    def start_quick_entry(self, keep_position: bool = False) -> None:
        self.entry.start_quick_entry(keep_position)

    def add_tie(self, source: int, target: int) -> Tie | None:
        return self.entry.add_tie(source, target)

    def select_all(self) -> None:
        self.editor.select_all()

    def paste(self) -> list[Actor]:
        return self.editor.paste()

    def group_selection(self) -> Cluster | None:
        return self.entry.group_selection()

    def edit_project_info(self) -> ProjectInfoDialog | None:
        return self.entry.edit_project_info()

    def edit_catalogues(self) -> CatalogueEditor | None:
        return self.entry.edit_catalogues()

    # == presentation (presentation.py) and settings ========================================

    def set_presentation(self, on: bool) -> None:
        self.presentation.set_presentation(on)

    def set_language(self, language: str) -> None:
        """Switch the user interface (and the catalogue labels on the map) to `language`."""
        self.context.set_language(language)

    # == projects (project_control.py) =====================================================

    def new_project(self) -> bool:
        return self.projects.new_project()

    def open_project(self, path: str | Path, read_only: bool = False, take_over: bool = False) -> bool:
        return self.projects.open_project(path, read_only=read_only, take_over=take_over)

    def close_project(self) -> None:
        self.projects.close_project()

    def _before_close(self) -> None:
        self.inspector.flush()
        self.layouts.wait()

    def resolve_conflict(self, error: ConflictError) -> None:
        """Another user changed what this edit touched: say what, and offer to apply ours again."""
        if self.session is None:
            return
        mine = error.rebased()
        if show_conflict(self, error) and mine is not None:
            command = edit_for_version(mine)
            if command is not None:
                self.session.execute(command)

    def _on_blocked(self, error: BlockedError, retry: Callable[[], object]) -> None:
        """Another session holds the edit lock: say who, and offer to try again."""
        if show_blocked(self, error):
            QTimer.singleShot(0, retry)

    def _apply_session(self, session: MapSession | None) -> None:
        """Point the window's own views at `session` (None: no project open); the parts with a
        context of their own follow it themselves."""
        self.undo.follow(session)
        language = self.language
        self.editor.session = session
        self.analysis_panel.attach(session, language)  # first: it works off the UI thread meanwhile
        if session is None:
            self.scene.set_map(MapState(), language)
        else:
            self.scene.set_map(session.state(), language)
            session.infoChanged.connect(self._update_title)
            session.reloaded.connect(self._update_title)
            session.conflicted.connect(self.resolve_conflict)
            session.blocked.connect(self._on_blocked)
        self.follower.attach_tables(session)
        self.panels.attach(session, language, self.scene)
        self.workshop.attach(session)  # a new project, or none: any invitation of the old one ends
        self.invite_action.setEnabled(self.workshop.desk is not None)
        if session is not None:
            self.quick_entry.set_categories(session.catalogue(CatalogueKind.CATEGORY), language)
        self.quick_entry.reset()
        self.quick_entry.setVisible(session is not None and not session.read_only and not self.presenting)
        self.tie_entry.hide()
        self.centre_stack.setCurrentWidget(self.view if session is not None else self.welcome)
        self._update_title()
        self._update_actions()
        if session is not None:
            QTimer.singleShot(0, self.view.fit_all)

    def _update_actions(self) -> None:
        has_project = self.session is not None
        editable = self.context.editable_session() is not None
        for act in self.actions_.need_project:
            act.setEnabled(has_project)
        for act in self.actions_.editing:
            act.setEnabled(editable)
        self.kinds.set_enabled(editable)
        if not editable and self.actions_.tie_tool.isChecked():
            self.actions_.tie_tool.setChecked(False)
        self.undo.set_editable(editable)

    # == closing ===========================================================================

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc that no field wanted (a table, the inspector's fields) leaves it for the map."""
        if event.key() == Qt.Key.Key_Escape and not self.view.hasFocus():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presentation.on:
            self.presentation.set_presentation(False)
        self.window_memory.save(self.screen_area, bytes(self.saveGeometry().data()),
                                bytes(self.saveState().data()))
        self.close_project()
        super().closeEvent(event)
