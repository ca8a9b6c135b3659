"""Drawing a map from plain data (a MapPicture) with QtGui only: the poster's map.

The canvas shows a map through QGraphicsItems (ui/canvas); a poster, a print-out and the results
protocol only draw it, in the thread that owns their QPdfWriter, QSvgGenerator or QImage, where
QtWidgets must not run. Both hold the same figures (figures.py, ties.py, clusters.py), so they
draw the same circles, lines, hulls and labels, and place labels the same way: the zoom decides
whether labels show and how much they grow (`set_view_scale`, as MapScene does), and a declutter
pass gives each label a free place or hides it (placement.py, the canvas's rounds) when the map
is painted.
Painted bottom to top as the canvas stacks its items: hulls, ghosts of a comparison, ties,
cluster headings, actors.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform

from netmap.domain import Actor, Tie
from netmap.map_picture import MapPicture
from netmap.render import legend
from netmap.render.clusters import ClusterFigure, Member, arrange_headings
from netmap.render.figures import ActorFigure
from netmap.render.labels import LabelRequest
from netmap.render.map_rules import MUTED_ACTOR, MUTED_TIE, label_state, mean_spacing, measure_shares
from netmap.render.placement import LABEL_GAP, label_frame, place_ranked, settle
from netmap.render.style import MapStyle, Translate
from netmap.render.ties import TieFigure, spread_parallel

__all__ = ["MapDrawing"]

_Placed = tuple[float, float, ActorFigure]  # an actor's centre and figure
_Tied = tuple[TieFigure, _Placed, _Placed]  # a tie's figure and its two ends


class MapDrawing:
    """One map, ready to paint at any scale: see the module docstring."""

    HIT_MARGIN = 2.0
    """The canvas items' click margin, part of their extent (so the frame is the canvas's)."""

    def __init__(self, picture: MapPicture, language: str, *, translate: Translate | None = None,
                 background: QColor | None = None) -> None:
        self.picture = picture
        self.style = MapStyle(dict(picture.catalogues), language, False, translate)
        self.background = QColor(background) if background is not None else QColor("#ffffff")
        self._view_scale = 1.0
        self._dpi = 96.0
        self._placed_for: tuple[float, float] | None = None  # the (scale, dpi) labels were placed for
        self._cache: dict[str, object] = {}
        self._mean_spacing = mean_spacing([(a.x, a.y) for a in picture.actors])
        self._labels_shown, self._label_scale = self._label_state(self._view_scale)
        self._actors = self._make_actors(picture.actors, ghost=False)
        self._ghosts = self._make_actors(picture.ghost_actors, ghost=True)
        self._ties = self._make_ties(picture.ties, self._actors, ghost=False)
        ends = {**self._actors, **self._ghosts}
        self._ghost_ties = self._make_ties(picture.ghost_ties, ends, ghost=True)
        self._spread_parallel()
        degree: dict[int, int] = {}
        for tie, _, _ in [*self._ties, *self._ghost_ties]:
            degree[tie.tie.source] = degree.get(tie.tie.source, 0) + 1
            degree[tie.tie.target] = degree.get(tie.tie.target, 0) + 1
        self._degree = degree
        self._clusters: list[ClusterFigure] = []
        self._members: list[list[int]] = []
        for index, cluster in enumerate(picture.clusters):
            self._clusters.append(ClusterFigure(cluster, self.style, index, self._label_scale))
            self._members.append([m for m in cluster.members if m in self._actors])
        self._update_hulls(range(len(self._clusters)))
        self._arrange_headings()

    # -- building --------------------------------------------------------------------------------

    def _make_actors(self, actors: Sequence[Actor], ghost: bool) -> dict[int, _Placed]:
        picture = self.picture
        shares = measure_shares(picture.measure) if picture.measure is not None and not ghost else None
        made: dict[int, _Placed] = {}
        for index, actor in enumerate(actors):
            if actor.id is None:
                actor = actor.with_changes(id=-(len(made) + index + 1))
            assert actor.id is not None
            figure = ActorFigure(actor, self.style, ghost=ghost, label_shown=self._labels_shown,
                                 label_scale=self._label_scale)
            if shares is not None:
                figure.apply_style(self.style, shares.get(actor.id, 0.0))
            for kind, mode in picture.halos.get(actor.id, ()) if not ghost else ():
                figure.halos[kind] = self.style.highlight_colour(mode)
            made[actor.id] = (actor.x, actor.y, figure)
        return made

    def _make_ties(self, ties: Sequence[Tie], ends: Mapping[int, _Placed], ghost: bool) -> list[_Tied]:
        made = []
        seen: set[int] = set()
        for tie in ties:
            if not ghost and (tie.id is None or tie.id in seen):
                continue
            source, target = ends.get(tie.source), ends.get(tie.target)
            if source is None or target is None or source is target:
                continue
            figure = TieFigure(tie, self.style, ghost=ghost)
            if not ghost and tie.id is not None:
                seen.add(tie.id)
                mode = self.picture.tie_halos.get(tie.id)
                figure.halo = self.style.highlight_colour(mode) if mode is not None else None
            made.append((figure, source, target))
        return made

    def _spread_parallel(self) -> None:
        """Ties between the same two actors side by side (as MapScene spreads them), then every
        tie's line between its actors' circles."""
        pairs: dict[tuple[int, int], list[TieFigure]] = {}
        for figure, _, _ in self._ties:
            tie = figure.tie
            pairs.setdefault((min(tie.source, tie.target), max(tie.source, tie.target)), []).append(figure)
        for pair, parallel in pairs.items():
            if len(parallel) > 1:
                parallel.sort(key=lambda f: f.tie.id if f.tie.id is not None else -1)
                spread_parallel(parallel, pair[0], self.style.line_scale)
        self._place_ties()

    def _place_ties(self) -> None:
        for figure, (px, py, s), (qx, qy, t) in [*self._ties, *self._ghost_ties]:
            figure.set_ends(px, py, s.edge + 1, qx, qy, t.edge + 1, path=False)

    # -- scale and labels ------------------------------------------------------------------------

    def set_view_scale(self, scale: float, *, dpi: float | None = None) -> None:
        """Device units per map unit (and the device's dots per inch) the map is drawn at: they
        decide whether labels show and how much they grow, as on the canvas."""
        self._view_scale = scale
        if dpi is not None:
            self._dpi = dpi
        shown, factor = self._label_state(scale)
        if shown == self._labels_shown and factor == self._label_scale:
            return
        self._labels_shown, self._label_scale = shown, factor
        self._placed_for = None
        grown = False
        for _, _, figure in [*self._actors.values(), *self._ghosts.values()]:
            figure.label_shown = shown
            if shown and abs(factor - figure.label_scale) > 1e-6:
                figure.label_scale = factor
                if figure.actor.dots > 0:
                    figure.apply_style(self.style)  # the dots badge grows with the label
                    grown = True
                else:
                    figure.forget_label_boxes()
        if grown:
            self._place_ties()
        for cluster in self._clusters:
            cluster.heading_scale = factor
        self._update_hulls(range(len(self._clusters)))
        self._arrange_headings()

    def _label_state(self, scale: float) -> tuple[bool, float]:
        """(labels shown, label growth factor) at `scale`: the canvas's rule (map_rules.label_state),
        unless the picture keeps the names as its screen showed them."""
        if self.picture.labels is not None:
            return self.picture.labels
        return label_state(self.style, scale, dpi=self._dpi, mean_spacing=self._mean_spacing)

    def _members_of(self, index: int) -> list[Member]:
        return [self._actors[m] for m in self._members[index]]

    def _update_hulls(self, indexes: range | list[int]) -> None:
        for i in indexes:
            self._clusters[i].update_hull(self._members_of(i))

    def _arrange_headings(self) -> None:
        arrange_headings(self._clusters, lambda i: self._clusters[i].update_hull(self._members_of(i)))

    def place_labels(self) -> None:
        """Give each label a free place around its actor, or hide it; hulls follow their members'
        labels, which can move headings: a second round puts the labels clear of them."""
        self._placed_for = (self._view_scale, self._dpi)
        if not self._labels_shown:
            return
        settle(self._place_labels_once, lambda: [c.heading_area() for c in self._clusters], self._follow_labels)

    def _follow_labels(self, changed: set[int]) -> None:
        self._update_hulls(sorted(changed))
        self._arrange_headings()

    def _place_labels_once(self) -> set[int]:
        """One round over all actors; returns the indexes of the clusters whose members' labels changed."""
        gap = LABEL_GAP * self._dpi / 96.0 / max(self._view_scale, 1e-9)
        placed = [*self._actors.items(), *self._ghosts.items()]
        frame = label_frame((x, y, figure.label_extent()) for _, (x, y, figure) in placed)
        ranked = [(figure.label_rank(self._degree.get(actor_id, 0), actor_id), (actor_id, figure),
                   LabelRequest(x, y, figure.body_radius(), figure.label_boxes(), figure.label_forced))
                  for actor_id, (x, y, figure) in placed]
        moved = set()
        for (actor_id, figure), place in place_ranked(ranked, [c.heading_area() for c in self._clusters], frame,
                                                       gap=gap, cache=self._cache):
            if place != figure.label_place:
                figure.label_place = place
                moved.add(actor_id)
        return {i for i, members in enumerate(self._members) if moved.intersection(members)}

    # -- extent and painting ---------------------------------------------------------------------

    def content_rect(self) -> QRectF:
        """Every actor with its label, every hull and heading (what the canvas's fit-all shows)."""
        rect = QRectF()
        for x, y, figure in [*self._actors.values(), *self._ghosts.values()]:
            rect = rect.united(figure.bounds(self.HIT_MARGIN).translated(x, y))
        for cluster in self._clusters:
            rect = rect.united(cluster.bounds).united(cluster.heading_bounds())
        return rect

    def paint(self, painter: QPainter, target: QRectF, source: QRectF) -> None:
        """Paint the part `source` (map units) of the map into `target` (device units), keeping
        the aspect ratio, as QGraphicsScene.render does; places the labels first if needed."""
        if self._placed_for != (self._view_scale, self._dpi):
            self.place_labels()
        ratio = min(target.width() / source.width(), target.height() / source.height())
        transform = QTransform.fromTranslate(-source.left(), -source.top())
        transform *= QTransform.fromScale(ratio, ratio)
        transform *= QTransform.fromTranslate(target.left(), target.top())
        painter.save()
        painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
        painter.setWorldTransform(transform, True)
        painter.fillRect(source, self.background)
        scale = abs(painter.worldTransform().m11())
        base = painter.opacity()
        for cluster in self._clusters:
            self._paint_at(painter, cluster.paint_hull)
        for x, y, figure in self._ghosts.values():
            self._paint_actor(painter, x, y, figure)
        for tie, _, _ in self._ghost_ties:
            painter.save()
            tie.draw(painter, scale)
            painter.restore()
        muted = self.picture.muted_ties
        for tie, _, _ in self._ties:
            painter.setOpacity(base * (MUTED_TIE if tie.tie.id in muted else 1.0))
            tie.draw(painter, scale)
        painter.setOpacity(base)
        for cluster in self._clusters:
            self._paint_at(painter, cluster.paint_heading)
        muted = self.picture.muted_actors
        for actor_id, (x, y, figure) in self._actors.items():
            painter.setOpacity(base * (MUTED_ACTOR if actor_id in muted else 1.0))
            self._paint_actor(painter, x, y, figure)
        painter.restore()

    @staticmethod
    def _paint_at(painter: QPainter, paint: Callable[[QPainter], None]) -> None:
        painter.save()
        paint(painter)
        painter.restore()

    @staticmethod
    def _paint_actor(painter: QPainter, x: float, y: float, figure: ActorFigure) -> None:
        painter.save()
        painter.translate(x, y)
        figure.paint(painter)
        painter.restore()

    # -- the legend ------------------------------------------------------------------------------

    @property
    def measured(self) -> bool:
        return self.picture.measure is not None

    @property
    def tie_count(self) -> int:
        return len(self._ties)

    def legend_entries(self) -> list[tuple[str, QColor | QPen]]:
        """The legend of what is on this map (render.legend, as beside the canvas)."""
        return legend.legend_entries(self.style, {figure.actor.category for _, _, figure in self._actors.values()},
                                     {figure.tie.kind for figure, _, _ in self._ties}, measured=self.measured)

    def attitude_legend(self) -> list[tuple[str, QPen]]:
        """(label, outline pen) for each attitude."""
        return legend.attitude_legend(self.style)
