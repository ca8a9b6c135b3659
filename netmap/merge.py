"""Bringing a map from outside (a workbook, a GEXF file) into a project.

`plan_import` works out, without touching anything, which actors and ties are new, which match
ones already on the map and where the two disagree; the app shows that as a preview.
`Project.apply_import` then carries the plan out in one transaction: all or nothing.

Matching: an actor by its identity (uid) when the source kept it (NetMap workbooks do), else by
name, ignoring case, spaces and invisible characters (`rules.name_key`); a tie by uid, else by its
two actors and its kind. The source's names are normalised as every edit normalises them
(`rules.normalise_name`), and the plan counts how many were. A matched actor keeps its identity,
position and snapshots. Values the source leaves empty never erase what the map knows.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar

from netmap import rules
from netmap.domain import (
    ORIGINAL_WEIGHT,
    Actor,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    MapState,
    ProjectInfo,
    Tie,
    new_uid,
    tie_match_key,
)
from netmap.exchange.notes import SourceFacts

__all__ = ["ImportPlan", "plan_import"]

_Item = TypeVar("_Item", Actor, Tie)

_ACTOR_DEFAULTS = Actor(name="")
_TIE_DEFAULTS = Tie(0, 0)
_IDENTITY = {"id", "uid", "source", "target", "version", "sources"}
"""Not compared, not carried over: what identifies an item, and its provenance (which
`Project.apply_import` extends with the file the import came from)."""
_ALWAYS_CARRIED_BY_TIES = {"strength", "direction"}
"""Every format gives a tie these (a file without weights means strength 1), so they always count."""
_POSITION_TOLERANCE = 0.5
"""Positions closer than this (scene units, far below a pixel at any zoom) count as the same: files
round coordinates."""


@dataclass
class ImportPlan:
    """What an import would do. Actors and ties carry the ids they will have in the project;
    new actors get negative placeholder ids that `apply_import` replaces."""

    new_actors: list[Actor] = field(default_factory=list)
    updated_actors: list[tuple[Actor, Actor]] = field(default_factory=list)  # (now, after)
    unchanged_actors: list[Actor] = field(default_factory=list)
    removed_actors: list[Actor] = field(default_factory=list)
    new_ties: list[Tie] = field(default_factory=list)
    updated_ties: list[tuple[Tie, Tie]] = field(default_factory=list)
    matched_ties: list[Tie] = field(default_factory=list)  # ties on the map the source names again
    removed_ties: list[Tie] = field(default_factory=list)
    new_entries: dict[CatalogueKind, list[CatalogueEntry]] = field(default_factory=dict)
    new_clusters: list[Cluster] = field(default_factory=list)
    normalised_names: int = 0  # names of the source that `rules.normalise_name` changed
    merged_spellings: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (name, other spellings)
    updated_clusters: list[tuple[Cluster, Cluster]] = field(default_factory=list)  # (now, after); members as ids
    info: ProjectInfo | None = None  # the project facts after the import, when they change
    facts: SourceFacts = field(default_factory=SourceFacts)  # what the file told besides the map

    @property
    def conflicts(self) -> list[tuple[Actor, Actor, list[str]]]:
        """Matched actors whose attributes differ: (now, after, the attributes)."""
        return [(now, after, _differences(now, after)) for now, after in self.updated_actors]

    def is_empty(self) -> bool:
        return not (self.new_actors or self.updated_actors or self.removed_actors or self.new_ties
                    or self.updated_ties or self.removed_ties or self.new_clusters or self.updated_clusters
                    or self.info is not None)


def _differences(a: _Item, b: _Item) -> list[str]:
    return [f.name for f in fields(a) if f.name not in _IDENTITY and getattr(a, f.name) != getattr(b, f.name)]


def _merged(current: _Item, incoming: _Item, defaults: _Item, keep_position: bool,
            carried: frozenset[str] | None) -> _Item:
    """`current` with every attribute that `incoming` carries: those named in `carried`, or,
    when the source cannot say, those it sets to something other than the default."""
    changes: dict[str, Any] = {}  # field name -> value, as `fields` names them
    for f in fields(incoming):
        if f.name in _IDENTITY or (f.name in ("x", "y") and keep_position):
            continue
        value = getattr(incoming, f.name)
        if f.name in ("x", "y") and abs(value - getattr(current, f.name)) < _POSITION_TOLERANCE:
            continue
        if carried is not None:
            if f.name in carried:
                changes[f.name] = value
        elif isinstance(incoming, Tie) and f.name in _ALWAYS_CARRIED_BY_TIES:
            changes[f.name] = value
        elif value != getattr(defaults, f.name) and value not in ("", (), {}, None):
            changes[f.name] = value
    if "extra" in changes:
        changes["extra"] = {**current.extra, **changes["extra"]}
    if isinstance(incoming, Tie):  # a file's original weight goes with the strength it gave
        extra = {k: v for k, v in changes.get("extra", current.extra).items() if k != ORIGINAL_WEIGHT}
        if ORIGINAL_WEIGHT in incoming.extra:
            extra[ORIGINAL_WEIGHT] = incoming.extra[ORIGINAL_WEIGHT]
        changes["extra"] = extra
    return replace(current, **changes)


def _first_free(candidates: Iterable[_Item], taken: set[int]) -> _Item | None:
    """The first candidate not matched yet."""
    return next((c for c in candidates if c.id not in taken), None)


def _key(name: str) -> str:
    return rules.name_key(name)


def _normalised(incoming: MapState, plan: ImportPlan) -> MapState:
    """`incoming` with every name normalised as an edit would be; counts the names that changed."""
    actors = [rules.normalised_actor(a) for a in incoming.actors]
    clusters = [rules.normalised_cluster(c) for c in incoming.clusters]
    plan.normalised_names = (sum(a.name != b.name for a, b in zip(incoming.actors, actors))
                             + sum(a.name != b.name for a, b in zip(incoming.clusters, clusters)))
    raw = {a.id: a.name for a in incoming.actors}
    names = {a.id: a.name for a in actors}
    for actor_id, spellings in incoming.merged_spellings.items():  # every spelling but the one kept
        others = tuple(dict.fromkeys(s for s in (raw.get(actor_id, ""), *spellings) if s and s != names.get(actor_id)))
        if actor_id in names and others:
            plan.merged_spellings.append((names[actor_id], others))
    return replace(incoming, actors=actors, clusters=clusters)


def plan_import(current: MapState, incoming: MapState, *, replace_map: bool = False,
                carried: frozenset[str] | None = None, keep: Collection[int] = (),
                keep_ties: Collection[int] = ()) -> ImportPlan:
    """Work out what importing `incoming` into `current` does; nothing is changed.

    `carried` names the attributes the source holds for every actor and tie (a NetMap workbook
    holds all of them, so a cleared cell clears); None means "whatever the source filled in".
    Replacing the map never removes the actors in `keep` and the ties in `keep_ties` (ids): a
    file's history replaces what the file brought, not what the map had before.
    """
    plan = ImportPlan()
    incoming = _normalised(incoming, plan)
    by_uid = {a.uid: a for a in current.actors}
    by_name: dict[str, list[Actor]] = {}
    for a in current.actors:
        by_name.setdefault(_key(a.name), []).append(a)
    has_positions = any(a.x or a.y for a in incoming.actors)
    # incoming actor id -> project id (negative for new actors); an incoming actor without an id is
    # kept under None, and no tie can name it
    id_map: dict[int | None, int] = {}
    matched: set[int] = set()
    next_new = -1
    for actor in incoming.actors:
        existing = by_uid.get(actor.uid)
        if existing is None or existing.id in matched:
            # Two actors of one name in a file match two of that name on the map, in order: a second
            # import of the same file finds them all (re-import is idempotent).
            existing = _first_free(by_name.get(_key(actor.name), ()), matched)
        if existing is not None:
            assert existing.id is not None
            matched.add(existing.id)
            if existing.uid != actor.uid:  # matched by name: its spelling on the map stays
                actor = replace(actor, name=existing.name)
            after = _merged(existing, actor, _ACTOR_DEFAULTS, not has_positions, carried)
            if after != existing:
                plan.updated_actors.append((existing, after))
            else:
                plan.unchanged_actors.append(existing)
            id_map[actor.id] = existing.id
        else:
            uid = actor.uid if actor.uid not in by_uid else new_uid()
            plan.new_actors.append(replace(actor, id=next_new, uid=uid))
            id_map[actor.id] = next_new
            next_new -= 1
    if replace_map:
        plan.removed_actors = [a for a in current.actors if a.id not in matched and a.id not in keep]

    removed_ids = {a.id for a in plan.removed_actors}
    ties_by_uid = {t.uid: t for t in current.ties}
    ties_by_key: dict[tuple[object, object, str, bool], list[Tie]] = {}
    for t in current.ties:
        ties_by_key.setdefault(tie_match_key(t.source, t.target, t.kind, t.direction), []).append(t)
    kept: set[int] = set()
    for tie in incoming.ties:
        source, target = id_map.get(tie.source), id_map.get(tie.target)
        if source is None or target is None or source == target:
            continue
        mapped = replace(tie, source=source, target=target)
        existing_tie = ties_by_uid.get(tie.uid)
        if (existing_tie is None or existing_tie.id in kept
                or {existing_tie.source, existing_tie.target} != {source, target}):
            # Parallel ties (same actors and kind) match the map's parallel ties one to one.
            existing_tie = _first_free(ties_by_key.get(tie_match_key(source, target, tie.kind, tie.direction), ()),
                                       kept)
        if existing_tie is not None:
            assert existing_tie.id is not None
            kept.add(existing_tie.id)
            plan.matched_ties.append(existing_tie)
            after_tie = _merged(existing_tie, mapped, _TIE_DEFAULTS, True, carried)
            if after_tie != existing_tie:
                plan.updated_ties.append((existing_tie, after_tie))
        else:
            uid = tie.uid if tie.uid not in ties_by_uid else new_uid()
            plan.new_ties.append(replace(mapped, id=None, uid=uid))
    if replace_map:
        plan.removed_ties = [t for t in current.ties if t.id not in kept and t.id not in keep_ties
                             and t.source not in removed_ids and t.target not in removed_ids]

    for kind, entries in incoming.catalogues.items():
        known = {e.key for e in current.catalogue(kind)}
        fresh = [e for e in entries if e.key not in known]
        if fresh:
            plan.new_entries[kind] = fresh
    names = {_key(c.name) for c in current.clusters}
    for cluster in incoming.clusters:
        if _key(cluster.name) not in names:
            members = tuple(id_map[m] for m in cluster.members if m in id_map)
            plan.new_clusters.append(replace(cluster, id=None, members=members))
    return plan

