"""What a poster shows, as plain data: the maps with their marks, the title's facts, the findings.

The render layer (`netmap.render`) draws a `PosterPicture` with QtGui in whatever thread owns the
drawing; this module only decides what is on it, without Qt: which actors and ties (contact
persons never, notes and the facilitator's name not when anonymised), which actors get a halo
(where the network breaks; in a comparison what is new or changed) and which come back as ghosts
(gone since the earlier state), and the indicators before and after. The command line and the app
assemble it (`poster_picture`) and hand it to the drawing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from netmap.analysis.result import AnalysisReport
from netmap.domain import Actor, CatalogueEntry, CatalogueKind, Cluster, MapState, ProjectInfo, Tie

__all__ = ["CHANGE_ROWS", "ChangeRow", "MapPicture", "PosterDrawer", "PosterPicture", "clean_state", "map_picture",
           "poster_picture"]

Halo = tuple[str, str]
"""(what the halo says, its highlight mode): ("highlight", "whatif"), ("overlay", "new"), ..."""


@dataclass(frozen=True)
class MapPicture:
    """One map to draw: its actors (position, influence for the size, category for the colour,
    name for the label), ties, clusters (hulls with headings) and the marks on them.

    `measure` (actor id -> value) sizes and colours actors by an analysis measure instead; `halos`
    ring actors (in order, innermost first), `tie_halos` underlay ties (tie id -> mode); muted
    actors and ties are drawn faint; ghosts are what a comparison shows as gone. `labels` (shown,
    growth factor) keeps the names as a screen shows them (printing the live map); None lets the
    drawing decide by the page's scale, as a poster does."""

    info: ProjectInfo
    catalogues: Mapping[CatalogueKind, list[CatalogueEntry]]
    actors: tuple[Actor, ...]
    ties: tuple[Tie, ...]
    clusters: tuple[Cluster, ...]
    measure: Mapping[int, float] | None = None
    halos: Mapping[int, tuple[Halo, ...]] = field(default_factory=dict)
    tie_halos: Mapping[int, str] = field(default_factory=dict)
    muted_actors: frozenset[int] = frozenset()
    muted_ties: frozenset[int] = frozenset()
    ghost_actors: tuple[Actor, ...] = ()
    ghost_ties: tuple[Tie, ...] = ()
    labels: tuple[bool, float] | None = None


CHANGE_ROWS = ("actors", "ties", "components", "isolates", "density")
"""The indicators a before/after poster lists, in order (`ChangeRow.key`)."""


@dataclass(frozen=True)
class ChangeRow:
    key: str  # one of CHANGE_ROWS
    before: float
    after: float


@dataclass(frozen=True)
class PosterPicture:
    """A whole poster: title (None: the project's name), the project's facts, one map or two
    (before, after), the analysis report for the side panel, and the indicators' changes."""

    language: str
    info: ProjectInfo
    maps: tuple[MapPicture, ...]
    title: str | None = None
    findings: AnalysisReport | None = None
    anonymize: bool = False
    changes: tuple[ChangeRow, ...] = ()

    @property
    def compared(self) -> bool:
        return len(self.maps) > 1


class PosterDrawer(Protocol):
    """What draws a poster to a file (`netmap.render.poster.write_poster`): the command line and
    the app hand it to `netmap.transfer.export_map`, which sits below the render layer."""

    def __call__(self, picture: PosterPicture, path: str | Path, *, paper: str, landscape: bool) -> Path: ...


def clean_state(state: MapState, anonymize: bool) -> MapState:
    """A copy without contact persons (never on a poster) and, anonymised, without notes and the
    facilitator's name."""
    if anonymize:
        actors = [a.with_changes(contact=None, notes="", extra={}) for a in state.actors]
    else:
        actors = [a if a.contact is None else a.with_changes(contact=None) for a in state.actors]
    ties = [t.with_changes(notes="", extra={}) for t in state.ties] if anonymize else list(state.ties)
    info = state.info.with_changes(facilitator="") if anonymize else state.info
    return replace(state, info=info, actors=actors, ties=ties)


def map_picture(state: MapState, **marks: Any) -> MapPicture:
    """`state` as a picture, with `marks` (MapPicture's fields after `clusters`)."""
    return MapPicture(state.info, state.catalogues, tuple(state.actors), tuple(state.ties), tuple(state.clusters),
                      **marks)


def poster_picture(state: MapState, *, language: str, anonymize: bool = False,
                   findings: AnalysisReport | None = None, title: str | None = None,
                   compare_with: MapState | None = None) -> PosterPicture:
    """The poster of `state`: `findings` (the analysis report) fill the side panel and the actors
    where the network breaks get a halo; `compare_with` (the earlier state) makes it a before/after
    poster with what is new, changed and gone marked on the later map."""
    state = clean_state(state, anonymize)
    halos: dict[int, tuple[Halo, ...]] = {}
    if findings is not None:
        spof = [x.id for x in findings.gaps.single_points_of_failure]
        for actor_id in spof:
            halos[actor_id] = (("highlight", "whatif"),)
    if compare_with is None:
        return PosterPicture(language, state.info, (map_picture(state, halos=halos),), title, findings, anonymize)
    earlier = clean_state(compare_with, anonymize)
    after = _marked_changes(earlier, state, halos)
    before = map_picture(earlier)
    return PosterPicture(language, state.info, (before, after), title, findings, anonymize,
                         _change_rows(earlier, state))


def _marked_changes(before: MapState, after: MapState, halos: dict[int, tuple[Halo, ...]]) -> MapPicture:
    """The later map with new and changed actors ringed, new ties underlaid and what is gone
    back as ghosts (nothing muted: a poster shows the whole map)."""
    old = {a.uid: a for a in before.actors}
    new_uids = {a.uid for a in after.actors}
    visible = ("name", "category", "influence", "attitude", "is_key", "dots", "district")
    for a in after.actors:
        if a.id is None:
            continue
        if a.uid not in old:
            halos[a.id] = (*halos.get(a.id, ()), ("overlay", "new"))
        elif any(getattr(a, f) != getattr(old[a.uid], f) for f in visible):
            halos[a.id] = (*halos.get(a.id, ()), ("overlay", "changed"))
    # Ids of the earlier state may mean other actors now: ghosts get ids of their own.
    after_id = {a.uid: a.id for a in after.actors}
    removed = [a for a in before.actors if a.uid not in new_uids]
    ghost_id = {a.id: -(i + 1) for i, a in enumerate(removed)}
    uid_of = {a.id: a.uid for a in before.actors}

    def now(actor_id: int) -> int | None:
        if actor_id in ghost_id:
            return ghost_id[actor_id]
        return after_id.get(uid_of.get(actor_id, ""))

    old_ties = {t.uid for t in before.ties}
    new_ties = {t.uid for t in after.ties}
    removed_ties = []
    for t in before.ties:
        if t.uid in new_ties:
            continue
        s, e = now(t.source), now(t.target)
        if s is not None and e is not None and s != e:
            removed_ties.append(t.with_changes(source=s, target=e))
    tie_halos = {t.id: "new" for t in after.ties if t.uid not in old_ties and t.id is not None}
    return map_picture(after, halos=halos, tie_halos=tie_halos,
                       ghost_actors=tuple(a.with_changes(id=ghost_id[a.id]) for a in removed),
                       ghost_ties=tuple(removed_ties))


def _change_rows(before: MapState, after: MapState) -> tuple[ChangeRow, ...]:
    from netmap.compare import indicators

    a, b = indicators(before), indicators(after)
    return tuple(ChangeRow(key, a.get(key, 0), b.get(key, 0)) for key in CHANGE_ROWS)
