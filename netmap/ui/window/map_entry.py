"""Typing the map in: the quick entry for actors, the typed-tie field, and the edits the window's
menus start (delete, group, dots, project info, catalogues).

The edits themselves are `MapEditor`'s (map_edits.py); this part decides what the user meant: where
a double click asked for a new actor, which kind a typed tie gets, what "delete" deletes when the
ties table has the selection, and what to say afterwards (with a button that undoes it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtWidgets import QDockWidget

from netmap.domain import Actor, CatalogueKind, Cluster, Tie
from netmap.edits import SetInfo
from netmap.ui.window.actions import WindowActions
from netmap.ui.canvas import MapScene, MapView
from netmap.ui.editing.catalogue_editor import CatalogueEditor
from netmap.ui.context import AppContext
from netmap.ui.editing.inspector import Inspector
from netmap.ui.editing.map_edits import MapEditor
from netmap.ui.window.message_bar import MessageBar
from netmap.ui.editing.project_info import ProjectInfoDialog
from netmap.ui.editing.quick_entry import QuickEntry
from netmap.ui.editing.tables import TablePanel
from netmap.ui.editing.tie_entry import TieEntry
from netmap.ui.window.tie_kinds import TieKindChooser

__all__ = ["MapEntry"]


class MapEntry(QObject):
    """The window's entry fields and edit commands, on the context's project."""

    def __init__(self, context: AppContext, editor: MapEditor, scene: MapScene, view: MapView, *,
                 quick_entry: QuickEntry, tie_entry: TieEntry, kinds: TieKindChooser, inspector: Inspector,
                 ties: tuple[QDockWidget, TablePanel], message_bar: MessageBar, undo: Callable[[], None],
                 presenting: Callable[[], bool], show_cluster: Callable[[int], None]) -> None:
        super().__init__(context)
        self.context = context
        self.editor = editor
        self.scene = scene
        self.view = view
        self.quick_entry = quick_entry
        self.tie_entry = tie_entry
        self.kinds = kinds
        self.inspector = inspector
        self.ties_dock, self.ties_panel = ties
        self.message_bar = message_bar
        self.undo = undo
        self.presenting = presenting
        self.show_cluster = show_cluster  # in the inspector (SelectionSync.cluster_activated)
        self.pending_position: tuple[float, float] | None = None
        scene.addActorRequested.connect(self._add_actor_requested)
        scene.tieRequested.connect(self.add_tie)
        scene.actorsMoved.connect(editor.move)
        quick_entry.actorRequested.connect(self.add_actor)
        quick_entry.cancelled.connect(self._quick_entry_done)
        tie_entry.tieRequested.connect(self._typed_tie)
        tie_entry.cancelled.connect(self._tie_entry_done)

    def bind(self, actions: WindowActions) -> None:
        """The Edit menu's entries that type in or change the map act here."""
        actions.quick_entry.triggered.connect(lambda: self.start_quick_entry())
        actions.tie_entry.triggered.connect(self.start_tie_entry)
        actions.delete.triggered.connect(self.delete_selection)
        actions.group.triggered.connect(self.group_selection)
        actions.add_dot.triggered.connect(lambda: self.change_dots(1))
        actions.remove_dot.triggered.connect(lambda: self.change_dots(-1))
        actions.project_info.triggered.connect(self.edit_project_info)
        actions.catalogues.triggered.connect(self.edit_catalogues)

    # -- actors and ties typed in ------------------------------------------------------------

    def _add_actor_requested(self, position: QPointF) -> None:
        if self.context.editable_session() is None:
            return
        self.pending_position = (position.x(), position.y())
        self.start_quick_entry(keep_position=True)

    def start_quick_entry(self, keep_position: bool = False) -> None:
        if self.editor.editable() is None:
            return
        if not keep_position:
            self.pending_position = None
        self.quick_entry.show()
        self.quick_entry.start()

    def _quick_entry_done(self) -> None:
        self.pending_position = None
        if self.presenting():
            self.quick_entry.hide()
        self.view.setFocus()

    def add_actor(self, name: str, category: str = "") -> Actor | None:
        """Add the actor typed in the quick entry, then be ready for the next name."""
        wanted, self.pending_position = self.pending_position, None
        added = self.editor.add_actor(name, category, wanted)
        if added is not None and added.id is not None:
            self.scene.select_actors([added.id])  # the next keys (a dot, a tie) act on it
        if self.presenting():
            self.quick_entry.hide()
            self.view.setFocus()
        else:
            self.quick_entry.start()
        return added

    def start_tie_entry(self) -> None:
        """The typed-tie field (tie_entry.py), starting from the one selected actor if there is one."""
        session = self.editor.editable()
        if session is None:
            return
        kinds = session.catalogue(CatalogueKind.TIE_KIND)
        language = self.context.language
        self.tie_entry.set_sources(lambda: session.actors.values(), [e.label(language) for e in kinds])
        selected = self.scene.selected_actor_ids()
        self.tie_entry.show()
        self.tie_entry.start(session.actors.get(selected[0]) if len(selected) == 1 else None)

    def _typed_tie(self, source: int, target: int, kind_number: int) -> None:
        if self.context.session is not None:
            self.kinds.choose_number(kind_number)
        self.add_tie(source, target)

    def _tie_entry_done(self) -> None:
        self.tie_entry.hide()
        self.view.setFocus()

    def add_tie(self, source: int, target: int) -> Tie | None:
        """A tie of the chosen kind (the map's drag from actor to actor ends here)."""
        return self.editor.add_tie(source, target, self.kinds.current)

    # -- edits from the menus ------------------------------------------------------------------

    def delete_selection(self) -> None:
        """Delete what is selected and say what it was, with a button that brings it back."""
        actors, ties = self.scene.selected_actor_ids(), self.scene.selected_tie_ids()
        if not actors and not ties and self.ties_dock.isVisible():
            ties = self.ties_panel.selected_ids()
        session = self.context.session
        if session is None:
            return
        names = [session.actors[i].name for i in actors if i in session.actors]
        gone = set(actors)
        tie_count = len(set(ties) | {i for i, t in session.ties.items() if t.source in gone or t.target in gone})
        if self.editor.delete(list(actors), list(ties)):
            self.context.show_message(self.message_bar.deletion_text(names, tie_count),
                                      action=(self.tr("Undo"), self.undo))

    def group_selection(self) -> Cluster | None:
        """Group the selected actors as a cluster; its heading is ready to be typed in the inspector."""
        cluster = self.editor.group()
        if cluster is not None and cluster.id is not None:
            self.show_cluster(cluster.id)
            self.inspector.cluster_form.name.setFocus()
            self.inspector.cluster_form.name.selectAll()
        return cluster

    def change_dots(self, delta: int) -> None:
        """A priority dot more (or less) on the selected actors, or on the cluster in the inspector."""
        self.editor.change_dots(delta, self.inspector.cluster_id)

    def edit_project_info(self) -> ProjectInfoDialog | None:
        session = self.editor.editable()
        if session is None:
            return None
        dialog = ProjectInfoDialog(session.info, self.context.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def store() -> None:
            if self.context.session is session and dialog.info() != session.info:
                session.execute(SetInfo(dialog.info()))

        dialog.accepted.connect(store)
        dialog.open()
        return dialog

    def edit_catalogues(self) -> CatalogueEditor | None:
        session = self.editor.editable()
        if session is None:
            return None
        dialog = CatalogueEditor(session, self.context.language, self.context.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
