"""Drawing a map from plain data (a MapPicture) with QtGui only: the poster's map.

The canvas shows a map through QGraphicsItems (ui/canvas); a poster, a print-out and the results
protocol only draw it, in the thread that owns their QPdfWriter, QSvgGenerator or QImage, where
QtWidgets must not run. Both hold the same figures (figures.py, ties.py, clusters.py), so they
draw the same circles, lines, hulls and labels, and place labels the same way: the zoom decides
whether labels show and how much they grow (`set_view_scale`, as MapScene does), and a declutter
pass gives each label a free place or hides it (labels.place_labels) when the map is painted.
Painted bottom to top as the canvas stacks its items: hulls, ghosts of a comparison, ties,
cluster headings, actors.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform

from netmap.domain import Actor, Attitude, Tie
from netmap.map_picture import MapPicture
from netmap.render.clusters import ClusterFigure, Member, arrange_headings
from netmap.render.figures import ActorFigure
from netmap.render.labels import LabelRequest, place_labels
from netmap.render.style import MapStyle, Translate
from netmap.render.ties import TieFigure
from netmap.render.zoom import label_state

__all__ = ["MapDrawing", "in_catalogue_order", "mean_spacing", "measure_shares"]

_MUTED_ACTOR, _MUTED_TIE = 0.35, 0.3  # the canvas's opacities for what a comparison mutes

_Placed = tuple[float, float, ActorFigure]  # an actor's centre and figure
_Tied = tuple[TieFigure, _Placed, _Placed]  # a tie's figure and its two ends


class MapDrawing:
    """One map, ready to paint at any scale: see the module docstring."""

    LABEL_GAP = 2.0
    """Screen pixels kept free between the backgrounds of two labels."""
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
        gap = 7.0 * self.style.line_scale
        for pair, parallel in pairs.items():
            if len(parallel) < 2:
                continue
            parallel.sort(key=lambda f: f.tie.id if f.tie.id is not None else -1)
            for i, figure in enumerate(parallel):
                offset = (i - (len(parallel) - 1) / 2) * gap
                figure.offset = offset if figure.tie.source == pair[0] else -offset
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
        """(labels shown, label growth factor) at `scale`: the canvas's rule (zoom.label_state)."""
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
        for _ in range(3):
            changed = self._place_labels_once()
            if not changed:
                break
            headings = [c.heading_area() for c in self._clusters]
            self._update_hulls(sorted(changed))
            self._arrange_headings()
            if headings == [c.heading_area() for c in self._clusters]:
                break

    def _place_labels_once(self) -> set[int]:
        """One round over all actors; returns the indexes of the clusters whose members' labels changed."""
        gap = self.LABEL_GAP * self._dpi / 96.0 / max(self._view_scale, 1e-9)
        left = top = math.inf
        right = bottom = -math.inf
        entries = []
        for actor_id, (x, y, figure) in [*self._actors.items(), *self._ghosts.items()]:
            x0, y0, x1, y1 = figure.label_extent()
            left, right = min(left, x + x0), max(right, x + x1)
            top, bottom = min(top, y + y0), max(bottom, y + y1)
            request = LabelRequest(x, y, figure.body_radius(), figure.label_boxes(), figure.label_forced)
            entries.append((figure.label_rank(self._degree.get(actor_id, 0), actor_id), actor_id, figure, request))
        entries.sort(key=lambda entry: entry[0])
        headings = []
        for cluster in self._clusters:
            area = cluster.heading_area()
            if not area.isNull():
                headings.append((area.left(), area.top(), area.right(), area.bottom()))
        g = gap / 2
        places = place_labels([e[3] for e in entries], headings, bounds=(left - g, top - g, right + g, bottom + g),
                              gap=gap, cache=self._cache)
        moved = set()
        for (_, actor_id, figure, _), place in zip(entries, places):
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
            painter.setOpacity(base * (_MUTED_TIE if tie.tie.id in muted else 1.0))
            tie.draw(painter, scale)
        painter.setOpacity(base)
        for cluster in self._clusters:
            self._paint_at(painter, cluster.paint_heading)
        muted = self.picture.muted_actors
        for actor_id, (x, y, figure) in self._actors.items():
            painter.setOpacity(base * (_MUTED_ACTOR if actor_id in muted else 1.0))
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
        """(label, colour) for each category on the map, then (label, pen) for each tie kind on it,
        in catalogue order. With a measure on, the colour ramp replaces the categories."""
        style = self.style
        entries: list[tuple[str, QColor | QPen]] = []
        if self.measured:
            entries += [(style.word(word), style.measure_colour(share))
                        for word, share in (("lowest", 0.0), ("middle", 0.5), ("highest", 1.0))]
        else:
            used = {figure.actor.category for _, _, figure in self._actors.values()}
            entries += [(style.category_label(key), style.category_colour(key))
                        for key in in_catalogue_order(used, style.category_order)]
        kinds = {figure.tie.kind for figure, _, _ in self._ties}
        entries += [(style.tie_kind(key).label, QPen(style.tie_pen(key, 2)))
                    for key in in_catalogue_order(kinds, style.kind_order)]
        return entries

    def attitude_legend(self) -> list[tuple[str, QPen]]:
        """(label, outline pen) for each attitude."""
        return [(self.style.attitude_label(a), self.style.attitude_pen(a)) for a in Attitude]


def measure_shares(values: Mapping[int, float]) -> dict[int, float]:
    """Values scaled to 0..1: by the largest when none is negative (so size stays proportional),
    else from the smallest to the largest."""
    clean = {k: float(v) for k, v in values.items() if v is not None and not math.isnan(float(v))}
    if not clean:
        return {}
    low, high = min(clean.values()), max(clean.values())
    if low >= 0:
        return {k: (v / high if high > 0 else 0.0) for k, v in clean.items()}
    span = high - low
    return {k: ((v - low) / span if span > 0 else 0.5) for k, v in clean.items()}


def in_catalogue_order(keys: set[str], order: list[str]) -> list[str]:
    """`keys` in catalogue `order`; unknown keys after, alphabetically, the empty key last."""
    known = [k for k in order if k in keys]
    rest = sorted(k for k in keys if k not in set(order) and k)
    return known + rest + ([""] if "" in keys else [])


def mean_spacing(points: list[tuple[float, float]]) -> float:
    """Map units per actor: the side of the square each actor has on average."""
    if len(points) < 2:
        return math.inf
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    area = max(max(xs) - min(xs), 60.0) * max(max(ys) - min(ys), 60.0)
    return math.sqrt(area / len(points))
