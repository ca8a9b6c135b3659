"""The main window's menus and toolbars: which action sits where, and the menus' titles.

Every action is also added to the window itself (`MainWindow`), so that its shortcut works while
the menu bar is hidden (presentation mode). The Workshop menu is left for the window to fill: the
guided workshop's entry and the invitation belong to their own parts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from netmap import __version__
from netmap.ui.window.actions import WindowActions
from netmap.ui.i18n import follow_language
from netmap.ui.window.prompts import Prompts
from netmap.ui.window.tie_kinds import TieKindChooser

__all__ = ["WindowBars"]


class WindowBars(QObject):
    """The menu bar's menus and the two toolbars (editing; layout and view)."""

    def __init__(self, window: QMainWindow, a: WindowActions, undo: QAction, redo: QAction, report: QAction,
                 docks: list[QDockWidget], kinds: TieKindChooser, fill_recent: Callable[[QMenu], None],
                 prompts: Prompts) -> None:
        super().__init__(window)
        self.prompts = prompts
        self.shortcut_actions = [undo, redo, *a.all()]
        a.about.triggered.connect(self.about)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        bar = window.menuBar()
        self.file = bar.addMenu("")
        self.recent = QMenu(window)
        self.recent.aboutToShow.connect(lambda: fill_recent(self.recent))
        self.file.addActions([a.new, a.open, a.open_read_only, a.open_team])
        self.file.addMenu(self.recent)
        self.file.addSeparator()
        self.file.addActions([a.project_info, a.catalogues])
        self.file.addSeparator()
        self.file.addActions([a.import_, a.export, a.print_])
        self.file.addAction(report)
        self.file.addSeparator()
        self.file.addActions([a.close, a.quit])

        self.edit = bar.addMenu("")
        self.edit.addActions([undo, redo])
        self.edit.addSeparator()
        self.edit.addActions([a.cut, a.copy, a.paste, a.delete, a.select_all])
        self.edit.addSeparator()
        self.edit.addActions([a.quick_entry, a.tie_entry, a.tie_tool, a.group, a.add_dot, a.remove_dot])
        self.edit.addSeparator()
        self.edit.addAction(a.erase_person)

        self.view = bar.addMenu("")
        self.view.addActions([a.zoom_in, a.zoom_out, a.fit])
        self.view.addSeparator()
        self.view.addActions([a.presentation, a.map_only, a.analysis])
        self.view.addSeparator()
        self.layout = self.view.addMenu("")
        self.layout.addActions([a.layout_rings, a.layout_sectors, a.layout_districts, a.layout_force,
                                a.layout_relayout])
        self.panels = self.view.addMenu("")
        for dock in docks:
            self.panels.addAction(dock.toggleViewAction())

        self.snapshots = bar.addMenu("")
        self.snapshots.addActions([a.take_snapshot, a.compare, a.monitoring])
        self.workshop = bar.addMenu("")  # one Workshop menu: the guided steps, then the invitation
        self.workshop.setObjectName("workshopMenu")
        self.settings = bar.addMenu("")
        self.language = self.settings.addMenu("")
        self.language.addActions([a.language_de, a.language_en])
        self.help = bar.addMenu("")
        self.help.addActions([a.shortcuts, a.about_data, a.about])

        self.edit_toolbar = QToolBar(window)
        self.edit_toolbar.setObjectName("editToolbar")
        self.edit_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.edit_toolbar.addActions([undo, redo])
        self.edit_toolbar.addSeparator()
        self.edit_toolbar.addAction(a.tie_tool)
        self.edit_toolbar.addWidget(kinds.label)
        self.edit_toolbar.addWidget(kinds.combo)
        self.edit_toolbar.addSeparator()
        self.edit_toolbar.addActions([a.group, a.add_dot, a.remove_dot])
        window.addToolBar(self.edit_toolbar)
        self.layout_toolbar = QToolBar(window)
        self.layout_toolbar.setObjectName("layoutToolbar")
        self.layout_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The view's buttons first: on a narrow screen they stay in sight, the layouts go behind ».
        self.layout_toolbar.addActions([a.fit, a.presentation, a.zoom_in, a.zoom_out])
        self.layout_toolbar.addSeparator()
        self.layout_toolbar.addActions([a.layout_rings, a.layout_sectors, a.layout_districts, a.layout_force])
        window.addToolBar(self.layout_toolbar)
        self.retranslate()
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.file.setTitle(self.tr("&File"))
        self.recent.setTitle(self.tr("Open &recent"))
        self.edit.setTitle(self.tr("&Edit"))
        self.view.setTitle(self.tr("&View"))
        self.layout.setTitle(self.tr("&Layout"))
        self.panels.setTitle(self.tr("&Panels"))
        self.settings.setTitle(self.tr("&Settings"))
        self.language.setTitle(self.tr("&Language"))
        self.help.setTitle(self.tr("&Help"))
        self.snapshots.setTitle(self.tr("S&napshots"))
        self.workshop.setTitle(self.tr("&Workshop"))
        self.edit_toolbar.setWindowTitle(self.tr("Editing"))
        self.layout_toolbar.setWindowTitle(self.tr("Layout and view"))

    # -- Help ----------------------------------------------------------------------------------

    def about(self) -> None:
        self.prompts.about(self.tr("About NetMap"), self.tr(
            "<h3>NetMap {0}</h3><p>Participatory stakeholder network analysis for towns and counties: "
            "map who works with whom, see who connects, who is missing and where the network would "
            "break.</p><p>After the method of the WIR programme's handbook (Hesse).</p>").format(__version__))

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(keys, what they do) for Help ▸ Keyboard shortcuts."""
        rows = []
        for act in self.shortcut_actions:
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts())
            if keys:
                rows.append((keys, act.text().replace("&", "")))
        rows.append(("1 … 9", self.tr("Kind of the next tie")))
        return rows

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in self.shortcut_list())
        self.prompts.information(self.tr("Keyboard shortcuts"), f"<table cellspacing='4'>{rows}</table>")
