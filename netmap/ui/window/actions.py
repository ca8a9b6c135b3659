"""The main window's actions: their shortcuts here, their words in `retranslate()`.

Every action is added to the window itself as well as to its menu, so its shortcut works while
the menu bar is hidden (presentation mode).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

__all__ = ["WindowActions"]

Key = QKeySequence.StandardKey


class WindowActions(QObject):
    """All actions of the main window, created once."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)

        def action(name: str, *shortcuts: QKeySequence | Key | str, checkable: bool = False) -> QAction:
            act = QAction(parent)
            act.setObjectName(name)
            act.setShortcuts([s if isinstance(s, QKeySequence) else QKeySequence(s) for s in shortcuts])
            act.setCheckable(checkable)
            return act

        # File
        self.new = action("actionNew", Key.New)
        self.open = action("actionOpen", Key.Open)
        self.open_read_only = action("actionOpenReadOnly")
        self.open_team = action("actionOpenTeam")
        self.project_info = action("actionProjectInfo")
        self.catalogues = action("actionCatalogues")
        self.import_ = action("actionImport", "Ctrl+I")
        self.export = action("actionExport", "Ctrl+Shift+E")
        self.print_ = action("actionPrint", Key.Print)
        self.close = action("actionClose", "Ctrl+W", Key.Close)
        self.quit = action("actionQuit", "Ctrl+Q")
        # Edit (undo and redo come from the undo group)
        self.cut = action("actionCut", Key.Cut)
        self.copy = action("actionCopy", Key.Copy)
        self.paste = action("actionPaste", Key.Paste)
        self.delete = action("actionDelete", Key.Delete, "Backspace")
        self.select_all = action("actionSelectAll", Key.SelectAll)
        self.quick_entry = action("actionQuickEntry", "Ctrl+E", "Ins")
        self.tie_entry = action("actionTieEntry", "Ctrl+K")
        self.group = action("actionGroup", "Ctrl+G")
        self.tie_tool = action("actionTieTool", "T", checkable=True)
        self.add_dot = action("actionAddDot", "+")
        self.remove_dot = action("actionRemoveDot", "-")
        self.erase_person = action("actionErasePerson")
        # View
        self.zoom_in = action("actionZoomIn", Key.ZoomIn, "Ctrl+=")
        self.zoom_out = action("actionZoomOut", Key.ZoomOut)
        self.fit = action("actionFit", "Ctrl+0")
        self.presentation = action("actionPresentation", "F5", checkable=True)
        self.leave_presentation = action("actionLeavePresentation", "Esc")
        self.map_only = action("actionMapOnly", "F9", checkable=True)
        self.layout_rings = action("actionLayoutRings", "Ctrl+1")
        self.layout_sectors = action("actionLayoutSectors", "Ctrl+2")
        self.layout_districts = action("actionLayoutDistricts", "Ctrl+3")
        self.layout_force = action("actionLayoutForce", "Ctrl+4")
        self.layout_relayout = action("actionLayoutRelayout", "Ctrl+Shift+4")
        self.analysis = action("actionAnalysis", "Ctrl+Shift+A", checkable=True)
        # Snapshots
        self.take_snapshot = action("actionTakeSnapshot", "Ctrl+Shift+S")
        self.compare = action("actionCompare")
        self.monitoring = action("actionMonitoring")
        # Settings
        self.languages = QActionGroup(parent)
        self.languages.setExclusive(True)
        self.language_de = action("actionLanguageDe", checkable=True)
        self.language_en = action("actionLanguageEn", checkable=True)
        self.language_de.setData("de")
        self.language_en.setData("en")
        self.languages.addAction(self.language_de)
        self.languages.addAction(self.language_en)
        # Help
        self.about = action("actionAbout")
        self.shortcuts = action("actionShortcuts", Key.HelpContents)
        self.about_data = action("actionAboutData")

        self.editing = [self.cut, self.paste, self.delete, self.quick_entry, self.tie_entry, self.group,
                        self.tie_tool, self.add_dot, self.remove_dot, self.layout_rings, self.layout_sectors,
                        self.layout_districts, self.layout_force, self.layout_relayout, self.project_info,
                        self.catalogues, self.import_, self.erase_person, self.take_snapshot]
        """Actions that change the project: off when no project is open or it is read-only."""
        self.need_project = [self.close, self.copy, self.select_all, self.zoom_in, self.zoom_out, self.fit,
                             self.presentation, self.export, self.print_, self.compare, self.monitoring]
        self.leave_presentation.setEnabled(False)
        self.retranslate()

    def all(self) -> list[QAction]:
        return [a for a in vars(self).values() if isinstance(a, QAction)]

    def retranslate(self) -> None:
        texts = {
            self.new: (self.tr("&New project…"), self.tr("Create a new project file")),
            self.open: (self.tr("&Open…"), self.tr("Open a project")),
            self.open_read_only: (self.tr("Open &read-only…"), self.tr("Open a project without changing it")),
            self.open_team: (self.tr("Open &team project…"),
                             self.tr("Open a project that several people edit, on a PostgreSQL server")),
            self.project_info: (self.tr("Project &info…"), self.tr("Town, topic, facilitator, workshop date")),
            self.catalogues: (self.tr("&Catalogues…"),
                              self.tr("Categories, tie kinds, fields of action, districts, participation stages")),
            self.close: (self.tr("&Close project"), ""),
            self.quit: (self.tr("&Quit"), ""),
            self.cut: (self.tr("Cu&t"), self.tr("Cut the selected actors with the ties among them")),
            self.copy: (self.tr("&Copy"), self.tr("Copy the selected actors with the ties among them")),
            self.paste: (self.tr("&Paste"), self.tr("Paste actors (or a list of names, one per line)")),
            self.delete: (self.tr("&Delete"), self.tr("Delete the selected actors and ties")),
            self.select_all: (self.tr("Select &all"), ""),
            self.quick_entry: (self.tr("&New actor…"), self.tr("Type a name, Enter, the first letters of a "
                                                               "category, Enter")),
            self.tie_entry: (self.tr("New t&ie…"), self.tr("Type the first letters of one actor, a comma, the "
                                                          "first letters of the other, Enter")),
            self.group: (self.tr("&Group as cluster"),
                         self.tr("Group the selected actors as a cluster with a heading")),
            self.tie_tool: (self.tr("Draw &ties"), self.tr("Drag from actor to actor to draw a tie of the chosen "
                                                           "kind (without this tool: Shift+drag)")),
            self.add_dot: (self.tr("Add a &dot"), self.tr("Put a priority dot on the selected actors or cluster")),
            self.remove_dot: (self.tr("&Remove a dot"), self.tr("Take a priority dot off")),
            self.zoom_in: (self.tr("Zoom &in"), ""),
            self.zoom_out: (self.tr("Zoom &out"), ""),
            self.fit: (self.tr("&Fit the whole map"), ""),
            self.presentation: (self.tr("&Presentation"), self.tr("Full screen for the projector (Esc leaves)")),
            self.leave_presentation: (self.tr("Leave presentation"), ""),
            self.map_only: (self.tr("&Map only"), self.tr("Hide all panels to give the map the whole window; "
                                                         "again to bring them back")),
            self.layout_rings: (self.tr("Key actor &rings"),
                                self.tr("The key actor in the centre, the others in rings by distance from it")),
            self.layout_sectors: (self.tr("&Sectors by category"), self.tr("One sector of the circle per category")),
            self.layout_districts: (self.tr("Group by &district"), self.tr("One group per district")),
            self.layout_force: (self.tr("&Automatic layout"),
                                self.tr("Place the selected actors near their neighbours, or tidy everyone "
                                        "near where they are")),
            self.layout_relayout: (self.tr("Lay out &everything afresh"),
                                   self.tr("A new layout of the whole map: everyone may move far")),
            self.analysis: (self.tr("&Analysis"), self.tr("Who is central, who connects, who is missing, "
                                                          "where the network breaks")),
            self.take_snapshot: (self.tr("&Take snapshot…"), self.tr("Keep the map as it is now, with a label, "
                                                                     "date and note, to compare it later")),
            self.compare: (self.tr("&Compare…"), self.tr("What changed between two snapshots, or since a snapshot")),
            self.monitoring: (self.tr("&Monitoring…"), self.tr("Indicators across all snapshots as a chart")),
            self.language_de: ("Deutsch", ""),
            self.language_en: ("English", ""),
            self.about: (self.tr("&About NetMap"), ""),
            self.shortcuts: (self.tr("&Keyboard shortcuts"), ""),
            self.import_: (self.tr("&Import…"), self.tr("Add actors and ties from a workbook, CSV, GraphML, GEXF, "
                                                        "Pajek or UCINET file, after a preview")),
            self.export: (self.tr("&Export…"), self.tr("Save the map as a workbook, network file, web page or "
                                                       "poster")),
            self.print_: (self.tr("&Print…"), self.tr("Print the map as it is shown")),
            self.erase_person: (self.tr("Erase a &person…"), self.tr("Remove a contact person from the map and "
                                                                     "every snapshot (GDPR)")),
            self.about_data: (self.tr("About the &data"), self.tr("What the project stores, where, and how to "
                                                                 "erase a person")),
        }
        short = {  # toolbar buttons: a word or two, the menu has the full text
            self.tie_tool: self.tr("Draw ties"),
            self.group: self.tr("Cluster"),
            self.add_dot: self.tr("Dot +"),
            self.remove_dot: self.tr("Dot −"),
            self.layout_rings: self.tr("Rings"),
            self.layout_sectors: self.tr("Sectors"),
            self.layout_districts: self.tr("Districts"),
            self.layout_force: self.tr("Auto layout"),
            self.zoom_in: self.tr("Zoom +"),
            self.zoom_out: self.tr("Zoom −"),
            self.fit: self.tr("Whole map"),
            self.presentation: self.tr("Presentation"),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            if act in short:
                act.setIconText(short[act])
            shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = tip or text.replace("&", "").rstrip("…")
            act.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            act.setStatusTip(tip)
