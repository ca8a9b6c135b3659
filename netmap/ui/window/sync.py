"""Keeping the window's views together: the map follows the session, the selection follows the user.

`MapFollower` forwards the open session's change signals to the map, the tables' catalogues, the
quick entry's categories and the counts in the status bar, and turns a language switch into new
catalogue labels everywhere. `SelectionSync` keeps the map, the tables and the inspector showing
the same selection, whichever of them the user clicked (without a table's echo selecting again).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QLabel

from netmap.domain import CatalogueKind
from netmap.ui.canvas import MapScene
from netmap.ui.context import AppContext
from netmap.ui.i18n import follow_language
from netmap.ui.editing.inspector import Inspector
from netmap.ui.editing.models import ActorTableModel, ClusterTableModel, TieTableModel
from netmap.ui.editing.quick_entry import QuickEntry
from netmap.ui.session import MapSession
from netmap.ui.editing.tables import TablePanel

__all__ = ["MapFollower", "SelectionSync"]


class MapFollower(QObject):
    """The map, the tables' catalogues, the quick entry and the status counts follow the session."""

    def __init__(self, context: AppContext, scene: MapScene, tables: list[TablePanel], quick_entry: QuickEntry,
                 counts: QLabel) -> None:
        """`tables`: the actors, ties and clusters tables, in this order."""
        super().__init__(context)
        self.context = context
        self.scene = scene
        self.tables = tables
        self.quick_entry = quick_entry
        self.counts = counts
        context.sessionChanged.connect(self._follow)
        context.languageChanged.connect(self._language_changed)
        follow_language(self, self.update_counts)

    def attach_tables(self, session: MapSession | None) -> None:
        """Give each table a model of `session` (none without a project)."""
        language = self.context.language
        models: tuple[type[ActorTableModel] | type[TieTableModel] | type[ClusterTableModel], ...] = (
            ActorTableModel, TieTableModel, ClusterTableModel)
        for panel, model_type in zip(self.tables, models, strict=True):
            if session is None:
                panel.set_model(None)
                panel.set_catalogues({}, language)
                continue
            model = model_type()
            model.attach(session, language)
            panel.set_model(model)
            panel.set_catalogues(session.catalogues, language)

    def _follow(self, session: MapSession | None) -> None:
        if session is None:
            self.update_counts()
            return
        context = self.context
        session.editFailed.connect(lambda message: context.show_message(
            self.tr("Nothing was changed: {0}").format(message), "error"))
        session.unsettled.connect(lambda message: context.show_message(
            self.tr("Your change was stored, but the map could not be read back ({0}); it is shown as soon "
                    "as the server answers.").format(message), "error"))
        session.actorsChanged.connect(self._actors_changed)
        session.actorsRemoved.connect(self._actors_removed)
        session.tiesChanged.connect(self._ties_changed)
        session.tiesRemoved.connect(self._ties_removed)
        session.clustersChanged.connect(self._clusters_changed)
        session.cataloguesChanged.connect(self._catalogues_changed)
        session.reloaded.connect(self._reloaded)
        self.update_counts()

    def update_counts(self) -> None:
        """"12 actors · 20 ties · 3 clusters" at the right of the status bar."""
        session = self.context.session
        if session is None:
            self.counts.setText("")
            return
        text = " · ".join((self.tr("%n actors", "", len(session.actors)),
                           self.tr("%n ties", "", len(session.ties)),
                           self.tr("%n clusters", "", len(session.clusters))))
        if session.read_only:
            text += " · " + self.tr("read-only")
        self.counts.setText(text)

    def _actors_changed(self, ids: list[int]) -> None:
        session = self.context.session
        if session is not None:
            self.scene.upsert_actors([session.actors[i] for i in ids if i in session.actors])
        self.update_counts()

    def _actors_removed(self, ids: list[int]) -> None:
        self.scene.remove_actors(ids)
        self.update_counts()

    def _ties_changed(self, ids: list[int]) -> None:
        session = self.context.session
        if session is not None:
            self.scene.upsert_ties([session.ties[i] for i in ids if i in session.ties])
        self.update_counts()

    def _ties_removed(self, ids: list[int]) -> None:
        self.scene.remove_ties(ids)
        self.update_counts()

    def _clusters_changed(self) -> None:
        session = self.context.session
        if session is not None:
            self.scene.set_clusters(session.clusters)
        self.update_counts()

    def _catalogues_changed(self) -> None:
        session, language = self.context.session, self.context.language
        if session is None:
            return
        self.scene.set_catalogues(session.catalogues, language)
        for panel in self.tables[:2]:  # actors and ties (the clusters table shows no catalogue)
            panel.set_catalogues(session.catalogues, language)
        self.quick_entry.set_categories(session.catalogue(CatalogueKind.CATEGORY), language)

    def _reloaded(self) -> None:
        session = self.context.session
        if session is None:
            return
        self.scene.set_map(session.state(), self.context.language)
        self._catalogues_changed()
        self.update_counts()

    def _language_changed(self, language: str) -> None:
        """Catalogue labels and the undo steps' names in the new language."""
        session = self.context.session
        for panel in self.tables:
            if panel.model is not None:
                panel.model.set_language(language)
            if session is not None:
                panel.set_catalogues(session.catalogues, language)
        if session is not None:
            session.retranslate_history()
            self.scene.set_catalogues(session.catalogues, language)
            self.quick_entry.set_categories(session.catalogue(CatalogueKind.CATEGORY), language)


class SelectionSync(QObject):
    """One selection across the map, the actors and ties tables and the inspector."""

    def __init__(self, context: AppContext, scene: MapScene, actors: TablePanel, ties: TablePanel,
                 clusters: TablePanel, inspector: Inspector, inspector_dock: QDockWidget) -> None:
        super().__init__(context)
        self.context = context
        self.scene = scene
        self.actors = actors
        self.ties = ties
        self.inspector = inspector
        self.inspector_dock = inspector_dock
        self._syncing = False
        scene.actorActivated.connect(self.actor_activated)
        scene.selectionIdsChanged.connect(self._scene_selection)
        scene.clusterActivated.connect(self.cluster_activated)
        scene.tieActivated.connect(self.tie_activated)
        actors.selectionIdsChanged.connect(self._table_actor_selection)
        actors.activated.connect(self.actor_activated)
        ties.selectionIdsChanged.connect(self._table_tie_selection)
        clusters.activated.connect(self.cluster_activated)
        clusters.selectionIdsChanged.connect(lambda ids: self.cluster_activated(ids[0]) if len(ids) == 1 else None)

    def _scene_selection(self, actor_ids: list[int], tie_ids: list[int]) -> None:
        self.inspector.show_selection(list(actor_ids), list(tie_ids))
        self._syncing = True
        try:
            self.actors.select_ids(list(actor_ids))
            self.ties.select_ids(list(tie_ids))
        finally:
            self._syncing = False

    def _table_actor_selection(self, ids: list[int]) -> None:
        if not self._syncing:
            self.scene.select_actors(ids)

    def _table_tie_selection(self, ids: list[int]) -> None:
        if self._syncing:
            return
        self.scene.clearSelection()
        for tie_id in ids:
            item = self.scene.tie_item(tie_id)
            if item is not None:
                item.setSelected(True)
        self.inspector.show_selection([], ids)

    def _raise_inspector(self) -> None:
        self.inspector_dock.show()
        self.inspector_dock.raise_()

    def actor_activated(self, actor_id: int) -> None:
        """A double click on an actor: selected everywhere, its name ready to be typed over."""
        self.scene.select_actors([actor_id])
        self.inspector.show_selection([actor_id], [])
        self._raise_inspector()
        if self.context.editable_session() is not None:
            self.inspector.actor_form.name.setFocus()
            self.inspector.actor_form.name.selectAll()

    def tie_activated(self, tie_id: int) -> None:
        self.inspector.show_selection([], [tie_id])
        self._raise_inspector()

    def cluster_activated(self, cluster_id: int) -> None:
        self.inspector.show_cluster(cluster_id)
        self._raise_inspector()
