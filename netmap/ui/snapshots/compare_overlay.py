"""A comparison drawn on maps: the overlay of two states on one layout, and two maps side by side.

Overlay: the later state's map with new actors and ties in a green halo, changed ones in amber,
what is gone as grey dashed ghosts at its old place, everything else muted (`MapScene.set_overlay`).
Side by side: the two states in two views whose zoom and scroll follow each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from netmap.compare import Comparison
from netmap.domain import Actor, MapState, Tie
from netmap.ui.canvas import MapScene, MapView

__all__ = ["OverlayParts", "SyncedViews", "apply_overlay", "overlay_parts"]


@dataclass
class OverlayParts:
    """What `MapScene.set_overlay` needs, in the ids of the later state's map (ghosts get negative ids)."""

    added_actors: list[Actor]
    removed_actors: list[Actor]
    added_ties: list[Tie]
    removed_ties: list[Tie]
    changed_actor_ids: list[int]
    changed_tie_ids: list[int]
    gone_actor_ids: list[int]
    """Ids in the earlier state's map of the actors that are gone (and of the ties, below)."""
    gone_tie_ids: list[int]


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def counterparts(comparison: Comparison, a: MapState, b: MapState) -> dict[str, Actor]:
    """uid of an actor of `a` -> the same actor in `b` (as `compare_states` matched them: by
    identity, by name for data from outside). Actors that are gone have none."""
    b_by_uid = {x.uid: x for x in b.actors}
    pairs = {old.uid: new for old, new, _ in comparison.actors_changed}
    removed = {x.uid for x in comparison.actors_removed}
    added = {x.uid for x in comparison.actors_added}
    by_name: dict[str, Actor] = {}
    for x in b.actors:
        if x.uid not in added:
            by_name.setdefault(_name_key(x.name), x)
    for x in a.actors:
        if x.uid in removed or x.uid in pairs:
            continue
        match = b_by_uid.get(x.uid) or by_name.get(_name_key(x.name))
        if match is not None:
            pairs[x.uid] = match
    return pairs


def overlay_parts(comparison: Comparison, a: MapState, b: MapState) -> OverlayParts:
    """The overlay of `a` (before) on the map of `b` (after)."""
    ghost_id = {x.id: -(i + 1) for i, x in enumerate(comparison.actors_removed) if x.id is not None}
    pairs = counterparts(comparison, a, b)
    uid_of = {x.id: x.uid for x in a.actors if x.id is not None}

    def now(actor_id: int) -> int | None:
        if actor_id in ghost_id:
            return ghost_id[actor_id]
        match = pairs.get(uid_of.get(actor_id, ""))
        return match.id if match is not None else None

    removed_ties = []
    for tie in comparison.ties_removed:
        source, target = now(tie.source), now(tie.target)
        if source is not None and target is not None:
            removed_ties.append(tie.with_changes(source=source, target=target, id=None))
    return OverlayParts(
        added_actors=list(comparison.actors_added),
        removed_actors=[x.with_changes(id=ghost_id[x.id]) for x in comparison.actors_removed if x.id is not None],
        added_ties=list(comparison.ties_added),
        removed_ties=removed_ties,
        changed_actor_ids=[new.id for _, new, _ in comparison.actors_changed if new.id is not None],
        changed_tie_ids=[new.id for _, new, _ in comparison.ties_changed if new.id is not None],
        gone_actor_ids=[x.id for x in comparison.actors_removed if x.id is not None],
        gone_tie_ids=[t.id for t in comparison.ties_removed if t.id is not None],
    )


def apply_overlay(scene: MapScene, parts: OverlayParts, *, mute: bool = True, ghosts: bool = True) -> None:
    """Draw `parts` on `scene`, which shows the later state. Changed ties get the amber halo of
    changed actors; `clear_overlay()` takes it all away again."""
    scene.set_overlay(added_actors=parts.added_actors,
                      removed_actors=parts.removed_actors if ghosts else [],
                      added_ties=parts.added_ties,
                      removed_ties=parts.removed_ties if ghosts else [],
                      changed_actor_ids=parts.changed_actor_ids, mute=mute)
    grey = scene.style.highlight_colour("removed")
    for ghost in scene.ghost_actor_items():  # a small dashed circle alone is easily overlooked
        ghost.set_halo("overlay", grey)
    amber = scene.style.highlight_colour("changed")
    for tie_id in parts.changed_tie_ids:
        item = scene.tie_item(tie_id)
        if item is not None:
            item.set_halo(amber)
            item.setOpacity(1.0)


class SyncedViews(QWidget):
    """Two maps side by side (before on the left, after on the right): zooming or scrolling one
    does the same to the other, so the eye finds the same place in both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenes = (MapScene(self), MapScene(self))
        self.views = (MapView(self.scenes[0]), MapView(self.scenes[1]))
        self.titles = (QLabel(), QLabel())
        self._syncing = False
        self._needs_fit = False
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for title, view, name in zip(self.titles, self.views, ("before", "after")):
            view.setObjectName(f"{name}View")
            view.setInteractive(False)
            title.setStyleSheet("font-weight: bold; padding: 2px")
            title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(title)
            layout.addWidget(view, 1)
            splitter.addWidget(box)
            splitter.setStretchFactor(splitter.count() - 1, 1)
            view.zoomChanged.connect(lambda _z, v=view: self.follow(v))
            view.horizontalScrollBar().valueChanged.connect(lambda _v, v=view: self.follow(v))
            view.verticalScrollBar().valueChanged.connect(lambda _v, v=view: self.follow(v))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #616161")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.caption)

    def show_states(self, a: MapState, b: MapState, language: str, parts: OverlayParts | None = None) -> None:
        """`a` on the left, `b` on the right, both on one scene rectangle so that they line up."""
        from netmap.ui.snapshots.snapshot_viewer import make_read_only

        for scene, view, state in zip(self.scenes, self.views, (a, b)):
            scene.set_map(state, language)
            make_read_only(scene, view)
        if parts is not None:
            apply_overlay(self.scenes[1], parts, mute=False, ghosts=False)
            self.scenes[0].set_highlight(parts.gone_actor_ids, parts.gone_tie_ids, mode="removed")
        rect = QRectF()
        for scene in self.scenes:
            rect = rect.united(scene.sceneRect())
        for scene in self.scenes:
            scene.setSceneRect(rect)
        self._needs_fit = True
        if self.isVisible():
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._needs_fit:  # fitting needs the views' real sizes, which they have only when shown
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        """Both maps whole: the left one fits both contents, the right one follows."""
        self._needs_fit = False
        content = self.scenes[0].content_rect().united(self.scenes[1].content_rect())
        view = self.views[0]
        if content.isNull():
            view.fit_all()
            return
        m = max(content.width(), content.height()) * 0.03
        content = content.adjusted(-m, -m, m, m)
        size = view.viewport().size()
        zoom = min(size.width() / content.width(), size.height() / content.height(), MapView.FIT_MAX_SCALE)
        view.set_zoom(max(zoom, MapView.MIN_SCALE))
        view.centerOn(content.center())
        self.follow(view)

    def follow(self, source: MapView) -> None:
        """Give the other view `source`'s zoom and centre."""
        if self._syncing:
            return
        other = self.views[1] if source is self.views[0] else self.views[0]
        self._syncing = True
        try:
            if abs(other.zoom() - source.zoom()) > 1e-9:
                other.set_zoom(source.zoom())
            other.centerOn(source.mapToScene(source.viewport().rect().center()))
        finally:
            self._syncing = False
