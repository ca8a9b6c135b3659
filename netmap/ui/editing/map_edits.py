"""What the user asks of the map, turned into edits (`netmap.edits`): add, tie, move, delete, copy and paste,
group, dots, layouts.

`MapEditor` knows the map's scene (for the selection and the middle of the view) and the open
session; it decides nothing the core decides (the core refuses, the session reports). It is kept
apart from the window so that the window only composes and the edits can be read in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGraphicsView

from netmap.domain import Actor, CatalogueKind, Cluster, Tie
from netmap.edits import AddActors, AddCluster, AddTies, MoveActors, RemoveItems, UpdateActors, UpdateCluster
from netmap.ui.canvas import MapScene
from netmap.ui.editing.clipboard import actors_from_mime, mime_for
from netmap.ui.i18n import Wording
from netmap.ui.layout_runner import LayoutRunner
from netmap.ui.editing.placement import free_spot, grid_around
from netmap.ui.session import MapSession

__all__ = ["LAYOUTS", "MapEditor"]

_C = "MapEditor"

LAYOUTS = ("rings", "sectors", "districts", "force", "relayout")
Point = tuple[float, float]


def _by_actor(layout: Callable[..., Mapping[Hashable, Point]]) -> Callable[..., dict[int, Point]]:
    """A layout of the map's graph, whose nodes are actor ids, as positions by actor id."""
    def run(*args: object) -> dict[int, Point]:
        return {node: point for node, point in layout(*args).items() if isinstance(node, int)}
    return run


class MapEditor(QObject):
    message = Signal(str, str)  # text, level ("info" or "error")
    layoutApplied = Signal(str)  # layout name, after its move was stored

    def __init__(self, scene: MapScene, view: QGraphicsView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.view = view
        self.session: MapSession | None = None
        self.layouts = LayoutRunner(self)
        self.layouts.finished.connect(self._on_layout_finished)
        self.layouts.failed.connect(lambda _name, text: self.message.emit(
            self.tr("The layout could not be computed: {0}").format(text), "error"))

    def editable(self) -> MapSession | None:
        """The session, when there is one that may be changed."""
        if self.session is None or self.session.read_only:
            return None
        return self.session

    def selected_actors(self) -> list[int]:
        session = self.session
        return [i for i in self.scene.selected_actor_ids() if session is not None and i in session.actors]

    def view_centre(self) -> Point:
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        return (centre.x(), centre.y())

    # -- actors and ties -----------------------------------------------------------------------

    def new_actor_position(self, wanted: Point | None = None, category: str = "") -> Point:
        """A free place at `wanted` (a double-click), else next to the actors of its `category`
        (the one nearest their middle), else next to the one selected actor, else in the middle
        of the view. Nobody else moves."""
        assert self.session is not None
        taken = [(a.x, a.y) for a in self.session.actors.values()]
        if wanted is not None:
            return free_spot(wanted, taken, around_actor=False)
        kin = [a for a in self.session.actors.values() if category and a.category == category]
        if kin:
            mx, my = sum(a.x for a in kin) / len(kin), sum(a.y for a in kin) / len(kin)
            anchor = min(kin, key=lambda a: (a.x - mx) ** 2 + (a.y - my) ** 2)
            return free_spot((anchor.x, anchor.y), taken, around_actor=True)
        selected = self.selected_actors()
        if len(selected) == 1:
            anchor = self.session.actors[selected[0]]
            return free_spot((anchor.x, anchor.y), taken, around_actor=True)
        return free_spot(self.view_centre(), taken, around_actor=False)

    def add_actor(self, name: str, category: str = "", wanted: Point | None = None) -> Actor | None:
        session = self.editable()
        if session is None:
            return None
        x, y = self.new_actor_position(wanted, category)
        edit = AddActors([Actor(name=name, category=category, x=x, y=y)])
        return edit.added[0] if session.execute(edit) else None

    def add_tie(self, source: int, target: int, kind: str) -> Tie | None:
        session = self.editable()
        if session is None:
            if self.session is not None:  # drawn on a read-only map: say why nothing happens
                self.message.emit(self.tr("This project is open read-only; it cannot be changed."), "error")
            return None
        edit = AddTies([Tie(source=source, target=target, kind=kind)])
        return edit.added[0] if session.execute(edit) else None

    def move(self, positions: dict[int, Point]) -> bool:
        """Store a drag's result; refused (read-only), the actors go back where the project has them.
        Dragging the same actors again right after is the same undo step (`MoveActors.merge`)."""
        session = self.session
        if session is None or not positions:
            return False
        moved = {int(i): (float(x), float(y)) for i, (x, y) in positions.items()}
        if session.execute(MoveActors(moved, by_hand=True)):
            return True
        self.scene.upsert_actors([session.actors[i] for i in moved if i in session.actors])
        return False

    def delete(self, actor_ids: list[int], tie_ids: list[int]) -> bool:
        session = self.editable()
        if session is None or not (actor_ids or tie_ids):
            return False
        return session.execute(RemoveItems(actor_ids, tie_ids))

    def select_all(self) -> None:
        if self.session is not None:
            self.scene.select_actors(list(self.session.actors))

    # -- clipboard -----------------------------------------------------------------------------

    def copy(self) -> bool:
        session = self.session
        ids = set(self.selected_actors())
        if session is None or not ids:
            return False
        actors = [session.actors[i] for i in ids]
        QGuiApplication.clipboard().setMimeData(mime_for(actors, session.ties_among(ids)))
        return True

    def cut(self) -> bool:
        return self.editable() is not None and self.copy() and self.delete(self.selected_actors(), [])

    def paste(self) -> list[Actor]:
        """Paste actors (with the ties among them) in the middle of the view, keeping their
        arrangement; a list of names goes in a grid."""
        session = self.editable()
        if session is None:
            return []
        actors, ties = actors_from_mime(QGuiApplication.clipboard().mimeData(), session.catalogues)
        if not actors:
            self.message.emit(self.tr("The clipboard holds no actors to paste."), "info")
            return []
        cx, cy = self.view_centre()
        if any(a.x or a.y for a in actors):
            mx = sum(a.x for a in actors) / len(actors)
            my = sum(a.y for a in actors) / len(actors)
            dx, dy = cx - mx + 40, cy - my + 40  # beside the originals when they are in view
            actors = [a.with_changes(x=a.x + dx, y=a.y + dy) for a in actors]
        else:
            actors = [a.with_changes(x=x, y=y) for a, (x, y) in zip(actors, grid_around((cx, cy), len(actors)))]
        edit = AddActors(actors, ties,
                         label=Wording(_C, str(QT_TRANSLATE_NOOP("MapEditor", "Paste actors ({0})")), (len(actors),)))
        if not session.execute(edit):
            return []
        self.scene.select_actors(edit.ids)
        return edit.added

    # -- clusters and dots -----------------------------------------------------------------------

    def group(self) -> Cluster | None:
        """Group the selected actors as a cluster named "Cluster N" (the heading is typed next)."""
        session = self.editable()
        if session is None:
            return None
        ids = self.selected_actors()
        if not ids:
            self.message.emit(self.tr("Select the actors to group first (drag a frame around them)."), "info")
            return None
        names = {c.name for c in session.clusters}
        number = len(session.clusters) + 1
        while self.tr("Cluster {0}").format(number) in names:
            number += 1
        cluster = Cluster(name=self.tr("Cluster {0}").format(number), members=tuple(sorted(ids)))
        edit = AddCluster(cluster)
        return edit.added if session.execute(edit) else None

    def change_dots(self, delta: int, cluster_id: int | None = None) -> bool:
        """A priority dot more (or less) on the selected actors, else on the cluster `cluster_id`."""
        session = self.editable()
        if session is None:
            return False
        ids = self.selected_actors()
        if ids:
            changed = [a.with_changes(dots=a.dots + delta) for a in (session.actors[i] for i in ids)
                       if a.dots + delta >= 0]
            text = Wording(_C, str(QT_TRANSLATE_NOOP("MapEditor", "Add a dot")) if delta > 0
                           else str(QT_TRANSLATE_NOOP("MapEditor", "Remove a dot")))
            return bool(changed) and session.execute(UpdateActors(changed, label=text))
        cluster = session.cluster(cluster_id) if cluster_id is not None else None
        if cluster is None or cluster.dots + delta < 0:
            return False
        return session.execute(UpdateCluster(cluster.with_changes(dots=cluster.dots + delta)))

    # -- layouts ---------------------------------------------------------------------------------

    def run_layout(self, name: str) -> bool:
        """Start a layout in the background; its result becomes one undoable move.

        rings: around the selected actors, else those marked as key actors; force: places the
        selected actors near their neighbours (the others stay), or tidies everyone near where
        they are; relayout: lays out everyone afresh."""
        session = self.editable()
        if session is None:
            return False
        if self.layouts.running is not None:
            self.message.emit(self.tr("A layout is still being computed."), "info")
            return False
        from netmap import layouts
        from netmap.graph import build_graph

        graph = build_graph(session.state())
        selected = self.selected_actors()
        if name == "rings":
            keys = selected or [i for i, a in session.actors.items() if a.is_key]
            if not keys:
                self.message.emit(self.tr("Select the key actor first, or mark one as key actor in the inspector."),
                                  "info")
                return False
            return self.layouts.run(name, _by_actor(layouts.key_actor_rings), graph, keys)
        if name == "sectors":
            order = [e.key for e in session.catalogue(CatalogueKind.CATEGORY)]
            return self.layouts.run(name, _by_actor(layouts.category_sectors), graph, order)
        if name == "districts":
            districts = [e.key for e in session.catalogue(CatalogueKind.DISTRICT)]
            if not districts:
                self.message.emit(self.tr("This project has no districts yet: add them under File → Catalogues."),
                                  "info")
                return False
            return self.layouts.run(name, _by_actor(layouts.district_groups), graph, districts)
        if name == "force" and not selected:  # everyone stays near where the group put them
            here = {i: (a.x, a.y) for i, a in session.actors.items()}
            return self.layouts.run(name, _by_actor(layouts.tidy_layout), graph, here)
        if name in ("force", "relayout"):
            moving = set(selected or session.actors)
            fixed = {i: (a.x, a.y) for i, a in session.actors.items() if i not in moving}
            return self.layouts.run(name, _by_actor(layouts.force_layout), graph, fixed, sorted(moving))
        raise ValueError(f"unknown layout {name!r} (layouts: {', '.join(LAYOUTS)})")

    def _on_layout_finished(self, name: str, positions: dict[int, Point]) -> None:
        session = self.editable()
        if session is None or not positions:
            return
        moved = {int(i): (float(x), float(y)) for i, (x, y) in positions.items()
                 if i in session.actors and (session.actors[i].x, session.actors[i].y) != (x, y)}
        if not moved:
            return
        texts = {"rings": QT_TRANSLATE_NOOP("MapEditor", "Layout: key actor rings"),
                 "sectors": QT_TRANSLATE_NOOP("MapEditor", "Layout: sectors by category"),
                 "districts": QT_TRANSLATE_NOOP("MapEditor", "Layout: by district"),
                 "force": QT_TRANSLATE_NOOP("MapEditor", "Layout: automatic")}
        label = Wording(_C, str(texts[name])) if name in texts else None
        if session.execute(MoveActors(moved, label=label)):
            self.layoutApplied.emit(name)
