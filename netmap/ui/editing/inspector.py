"""The inspector: every attribute of the selected actor, tie or cluster, editable in place.

Each change is one undoable command through the session (a spin box stepped three times merges
into one step). The forms never keep their own truth: after every edit, refused or not, they show
what the project holds. Contact persons are personal data (GDPR) and are marked as such.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from netmap.domain import Actor, Cluster, Tie
from netmap.edits import RemoveCluster, UpdateActors, UpdateCluster, UpdateTie
from netmap.ui.editing.forms import ActorForm, ClusterForm, TieForm
from netmap.ui.i18n import follow_language
from netmap.ui.workshop.room_view import RoomVotes
from netmap.ui.session import MapSession

__all__ = ["Inspector"]


class Inspector(QWidget):
    """Shows the selected actor, tie or cluster; edits go to the session as commands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: MapSession | None = None
        self.language = "de"
        self.actor_id: int | None = None
        self.tie_id: int | None = None
        self.cluster_id: int | None = None
        self.stack = QStackedWidget(self)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMargin(8)
        self.actor_form = ActorForm(self._commit_actor)
        self.tie_form = TieForm(self._commit_tie)
        self.cluster_form = ClusterForm(self._commit_cluster, self._dissolve_cluster)
        for page in (self.empty, self.actor_form, self.tie_form, self.cluster_form):
            self.stack.addWidget(page)
        self.tie_form.names = self._name
        self.cluster_form.names = self._name
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; padding: 4px")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.room = RoomVotes()  # the room's votes on the actor shown (issue 19)
        layout.addWidget(self.room)
        self._selection: tuple[list[int], list[int]] = ([], [])
        self._show_empty()
        follow_language(self, self._language_changed)

    # -- following the session --------------------------------------------------------------

    def attach(self, session: MapSession | None, language: str) -> None:
        self.session = session
        self.language = language
        self.actor_id = self.tie_id = self.cluster_id = None
        if session is not None:
            session.actorsChanged.connect(self._on_actors_changed)
            session.actorsRemoved.connect(self._on_removed)
            session.tiesChanged.connect(self._on_ties_changed)
            session.tiesRemoved.connect(self._on_removed)
            session.clustersChanged.connect(self._on_clusters_changed)
            session.cataloguesChanged.connect(self._on_catalogues_changed)
            session.reloaded.connect(self._refresh)
            self._on_catalogues_changed()
            editable = not session.read_only
            for form in (self.actor_form, self.tie_form, self.cluster_form):
                form.set_editable(editable)
        self._show_empty()

    def set_language(self, language: str) -> None:
        self.language = language
        if self.session is not None:
            self._on_catalogues_changed()
        self._refresh()

    def _on_catalogues_changed(self) -> None:
        assert self.session is not None
        self.actor_form.set_catalogues(self.session.catalogues, self.language)
        self.tie_form.set_catalogues(self.session.catalogues, self.language)

    def _on_actors_changed(self, ids: list[int]) -> None:
        if self.actor_id in ids or self.tie_id is not None or self.cluster_id is not None:
            self._refresh()

    def _on_ties_changed(self, ids: list[int]) -> None:
        if self.tie_id in ids:
            self._refresh()

    def _on_removed(self, _ids: list[int]) -> None:
        self._refresh()

    def _on_clusters_changed(self) -> None:
        if self.cluster_id is not None:
            self._refresh()

    # -- what it shows ------------------------------------------------------------------------

    def flush(self) -> None:
        for form in (self.actor_form, self.tie_form, self.cluster_form):
            form.flush()

    def show_selection(self, actor_ids: list[int], tie_ids: list[int]) -> None:
        """Show the one selected actor or tie; several or none: a summary."""
        self.flush()
        self._selection = (list(actor_ids), list(tie_ids))
        if not actor_ids and not tie_ids and self.cluster_id is not None:
            return  # a click on a cluster's heading empties the selection: keep showing the cluster
        self.cluster_id = None
        self.actor_id = actor_ids[0] if len(actor_ids) == 1 and not tie_ids else None
        self.tie_id = tie_ids[0] if len(tie_ids) == 1 and not actor_ids else None
        self._refresh()

    def show_cluster(self, cluster_id: int) -> None:
        self.flush()
        self.actor_id = self.tie_id = None
        self.cluster_id = cluster_id
        self._refresh()

    def _refresh(self) -> None:
        session = self.session
        if session is None:
            self._show_empty()
            return
        shown = session.actors.get(self.actor_id) if self.actor_id is not None else None
        self.room.show_actor(shown)
        if self.actor_id is not None and self.actor_id in session.actors:
            actor = session.actors[self.actor_id]
            self.title.setText(self.tr("Actor: {0}").format(actor.name))
            self.actor_form.show_actor(actor)
            self.stack.setCurrentWidget(self.actor_form)
        elif self.tie_id is not None and self.tie_id in session.ties:
            self.title.setText(self.tr("Tie"))
            self.tie_form.show_tie(session.ties[self.tie_id])
            self.stack.setCurrentWidget(self.tie_form)
        elif self.cluster_id is not None and session.cluster(self.cluster_id) is not None:
            cluster = session.cluster(self.cluster_id)
            assert cluster is not None
            self.title.setText(self.tr("Cluster: {0}").format(cluster.name))
            self.cluster_form.show_cluster(cluster)
            self.stack.setCurrentWidget(self.cluster_form)
        else:
            self.actor_id = self.tie_id = self.cluster_id = None
            self._show_empty()

    def _show_empty(self) -> None:
        self.room.show_actor(None)
        actors, ties = self._selection
        actors = [a for a in actors if self.session is not None and a in self.session.actors]
        ties = [t for t in ties if self.session is not None and t in self.session.ties]
        self.title.setText(self.tr("Inspector"))
        if self.session is None:
            self.empty.setText(self.tr("No project is open."))
        elif actors or ties:
            self.empty.setText(self.tr("Selected: {0} actors and {1} ties.\n\nSelect a single actor or tie to "
                                       "edit it.").format(len(actors), len(ties)))
        else:
            self.empty.setText(self.tr("Select an actor, a tie or a cluster heading on the map to see and edit "
                                       "everything about it here."))
        self.stack.setCurrentWidget(self.empty)

    def _name(self, actor_id: int) -> str:
        if self.session is not None and actor_id in self.session.actors:
            return self.session.actors[actor_id].name
        return "?"

    def _language_changed(self) -> None:
        for form in (self.actor_form, self.tie_form, self.cluster_form):
            form.retranslate()
        self._refresh()

    # -- edits -----------------------------------------------------------------------------

    def _commit_actor(self, actor: Actor, attribute: str) -> None:
        if self.session is not None:
            mergeable = attribute in ("influence", "dots", "x", "y")
            self.session.execute(UpdateActors([actor], attribute=attribute if mergeable else ""))
            self._refresh()  # refused or not, show what the project holds

    def _commit_tie(self, tie: Tie, attribute: str) -> None:
        if self.session is not None:
            self.session.execute(UpdateTie(tie))
            self._refresh()

    def _commit_cluster(self, cluster: Cluster, attribute: str) -> None:
        if self.session is not None:
            self.session.execute(UpdateCluster(cluster, attribute=attribute if attribute == "dots" else ""))
            self._refresh()

    def _dissolve_cluster(self, cluster_id: int) -> None:
        if self.session is not None:
            self.session.execute(RemoveCluster(cluster_id))
            self._refresh()
