"""The panels around the map and the docks that hold them, in their first arrangement.

Below the map: the actors, ties and clusters tables, as tabs. On the right: the inspector (with the
analysis and the proposals queue as tabs beside it) above the legend (with the project info and the
snapshots). `window_fit.py` moves the tables beside the map on a low screen and sizes the areas.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget

from netmap.ui.analysis.analysis_panel import AnalysisPanel
from netmap.ui.canvas import MapScene
from netmap.ui.i18n import follow_language
from netmap.ui.editing.inspector import Inspector
from netmap.ui.legend import LegendWidget
from netmap.ui.editing.project_info import ProjectInfoPanel
from netmap.ui.workshop.proposals_panel import ProposalsPanel
from netmap.ui.workshop.room_view import RoomTab
from netmap.ui.session import MapSession
from netmap.ui.snapshots.snapshots_panel import SnapshotsPanel
from netmap.ui.editing.tables import TablePanel
from netmap.ui.workshop.controller import WorkshopController

__all__ = ["WindowPanels"]


class WindowPanels(QObject):
    """Every panel of the main window in its dock; `docks` lists them for the View ▸ Panels menu."""

    def __init__(self, window: QMainWindow, scene: MapScene, workshop: WorkshopController) -> None:
        super().__init__(window)
        self.window = window
        self.actors = TablePanel()
        self.actors.setObjectName("actorsTable")
        self.ties = TablePanel()
        self.ties.setObjectName("tiesTable")
        self.clusters = TablePanel()
        self.clusters.setObjectName("clustersTable")
        for combo in (self.clusters.category, self.clusters.district, self.clusters.field):
            combo.hide()
        self.inspector = Inspector()
        self.legend = LegendWidget()
        self.info = ProjectInfoPanel()
        self.snapshots = SnapshotsPanel()
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        # Layout settings first: changing them after tabifying leaves a stray tab bar behind.
        window.setCorner(Qt.Corner.BottomRightCorner, right)
        window.setTabPosition(right, QTabWidget.TabPosition.North)
        self.actors_dock = self._dock("actorsDock", self.actors, bottom)
        self.ties_dock = self._dock("tiesDock", self.ties, bottom)
        self.clusters_dock = self._dock("clustersDock", self.clusters, bottom)
        window.tabifyDockWidget(self.actors_dock, self.ties_dock)
        window.tabifyDockWidget(self.actors_dock, self.clusters_dock)
        self.actors_dock.raise_()
        self.inspector_dock = self._dock("inspectorDock", self.inspector, right)
        self.legend_dock = self._dock("legendDock", self.legend, right)
        self.info_dock = self._dock("projectInfoDock", self.info, right)
        self.snapshots_dock = self._dock("snapshotsDock", self.snapshots, right)
        window.tabifyDockWidget(self.legend_dock, self.info_dock)
        window.tabifyDockWidget(self.legend_dock, self.snapshots_dock)
        self.legend_dock.raise_()
        window.resizeDocks([self.inspector_dock, self.legend_dock], [560, 380], Qt.Orientation.Vertical)
        window.resizeDocks([self.inspector_dock], [380], Qt.Orientation.Horizontal)
        window.resizeDocks([self.actors_dock], [210], Qt.Orientation.Vertical)
        self.analysis = AnalysisPanel(scene)
        self.analysis_dock = self._dock("analysisDock", self.analysis, right)
        window.tabifyDockWidget(self.inspector_dock, self.analysis_dock)
        self.proposals = ProposalsPanel(workshop)
        self.proposals_dock = self._dock("proposalsDock", self.proposals, right)
        self.room_tab = RoomTab()
        self.analysis.tabs.addTab(self.room_tab, "")
        workshop.bind_room(self.room_tab, self.inspector.room)
        workshop.bind_map(scene)
        workshop.roomChanged.connect(self.legend.rebuild)  # the tower's line comes and goes
        window.tabifyDockWidget(self.inspector_dock, self.proposals_dock)
        self.inspector_dock.raise_()
        self.docks = [self.actors_dock, self.ties_dock, self.clusters_dock, self.inspector_dock, self.legend_dock,
                      self.info_dock, self.snapshots_dock, self.analysis_dock, self.proposals_dock]
        self.retranslate()
        follow_language(self, self.retranslate)

    def attach(self, session: MapSession | None, language: str, scene: MapScene) -> None:
        """The inspector, legend, project info and proposals show `session` (None: no project)."""
        self.inspector.attach(session, language)
        self.legend.attach(session, language, scene)
        self.info.attach(session)
        self.proposals.language = language

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        return dock

    def retranslate(self) -> None:
        for dock, title in ((self.actors_dock, self.tr("Actors")), (self.ties_dock, self.tr("Ties")),
                            (self.clusters_dock, self.tr("Clusters")), (self.inspector_dock, self.tr("Inspector")),
                            (self.legend_dock, self.tr("Legend")), (self.info_dock, self.tr("Project info")),
                            (self.analysis_dock, self.tr("Analysis")), (self.snapshots_dock, self.tr("Snapshots")),
                            (self.proposals_dock, self.tr("Proposals"))):
            dock.setWindowTitle(title)
        self.analysis.tabs.setTabText(self.analysis.tabs.indexOf(self.room_tab), self.tr("The room"))
        self.room_tab.retranslate()
