"""Edits of the whole map at once: carrying out an import plan, putting a whole map back (the
undo of an import), and snapshots, the frozen copies of the whole map.

Both run in one transaction of the project (netmap.transactions) and refuse, before anything is
written, to overwrite what another user changed since the plan or the map was read. The caller
(`Project`) has checked the plan's actors and the project info against the rules already.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import Connection, Table

from netmap import rules
from netmap.changes import Action, Item, Subject
from netmap.domain import Actor, CatalogueEntry, CatalogueKind, Cluster, MapState, SnapshotInfo, Source, Tie
from netmap.errors import ConflictError, InvalidEditError
from netmap.i18n import tr
from netmap.merge import ImportPlan
from netmap.provenance import merge_sources
from netmap.project_info import check_info
from netmap.storage import rows, snapshots
from netmap.storage.schema import actor_table, cluster_table, tie_table
from netmap.storage.versions import VersionTracker, changed_attributes
from netmap.transactions import Transactions

__all__ = ["apply_import", "rename_snapshot", "restore_map", "take_snapshot", "with_source"]

Catalogues = dict[CatalogueKind, list[CatalogueEntry]]


def with_source(plan: ImportPlan, source: Source) -> ImportPlan:
    """The plan with `source` in the provenance of what it adds or changes (new items that bring
    their own provenance, a NetMap workbook's, keep it as it is)."""
    def add_actor(actor: Actor) -> Actor:
        return actor.with_changes(sources=merge_sources(actor.sources, (source,)))

    def add_tie(tie: Tie) -> Tie:
        return tie.with_changes(sources=merge_sources(tie.sources, (source,)))

    return replace(plan, new_actors=[a if a.sources else add_actor(a) for a in plan.new_actors],
                   new_ties=[t if t.sources else add_tie(t) for t in plan.new_ties],
                   updated_actors=[(now, add_actor(after)) for now, after in plan.updated_actors],
                   updated_ties=[(now, add_tie(after)) for now, after in plan.updated_ties])


def _named_again(plan: ImportPlan, source: Source | None) -> list[tuple[Tie, Tie]]:
    """Ties already on the map that the file names again, unchanged: one more source each."""
    if source is None:
        return []
    updated = {now.id for now, _ in plan.updated_ties}
    return [(t, t.with_changes(sources=merge_sources(t.sources, (source,)))) for t in plan.matched_ties
            if t.id not in updated and source not in t.sources]


def apply_import(tx: Transactions, plan: ImportPlan, catalogues_now: Catalogues, source: Source | None) -> None:
    """Carry out an import plan made on a map with `catalogues_now` in one transaction (all or
    nothing); see `Project.apply_import`. Announces the whole map as replaced."""
    if source is not None:
        plan = with_source(plan, source)
    catalogues = {kind: list(entries) + plan.new_entries.get(kind, []) for kind, entries in catalogues_now.items()}
    for actor in plan.new_actors + [after for _, after in plan.updated_actors]:
        rules.check_actor(actor, catalogues)
    if plan.info is not None:
        check_info(plan.info)
    versions = tx.versions
    info = None
    with tx.edit() as conn:
        stamp = versions.stamp()
        _check_plan(conn, versions, plan)
        for kind in plan.new_entries:
            rows.write_catalogue(conn, kind, catalogues[kind])
        if plan.removed_ties:
            rows.delete_ties(conn, [t.id for t in plan.removed_ties if t.id is not None])
        if plan.removed_actors:
            rows.delete_actors(conn, [a.id for a in plan.removed_actors if a.id is not None])
        new_ids = rows.insert_actors(conn, [a.with_changes(id=None, version=0) for a in plan.new_actors], stamp)
        placeholder = {a.id: i for a, i in zip(plan.new_actors, new_ids)}
        for now, after in plan.updated_actors:
            version, authors = _stored_version(conn, actor_table, now, after, stamp)
            if not rows.update_actor(conn, after, stamp, version, authors):
                raise ConflictError("actor", now.name, [], mine=after, theirs=now)
        actor_ids = rows.actor_ids(conn)
        ties = [t.with_changes(source=placeholder.get(t.source, t.source), target=placeholder.get(t.target, t.target),
                               version=0) for t in plan.new_ties]
        for tie in ties + [after for _, after in plan.updated_ties]:
            rules.check_tie(tie, actor_ids, catalogues)
        rows.insert_ties(conn, ties, stamp)
        for now_tie, after_tie in plan.updated_ties + _named_again(plan, source):
            version, authors = _stored_version(conn, tie_table, now_tie, after_tie, stamp)
            if not rows.update_tie(conn, after_tie, stamp, version, authors):
                raise ConflictError("tie", rows.tie_name(conn, now_tie), [], mine=after_tie, theirs=now_tie)
        for cluster in plan.new_clusters:
            members = tuple(placeholder.get(m, m) for m in cluster.members)
            rules.check_cluster(cluster.with_changes(members=members), actor_ids)
            rows.insert_cluster(conn, cluster.with_changes(members=members, version=0), stamp)
        removed_ids = {a.id for a in plan.removed_actors}
        for now_cluster, cluster in plan.updated_clusters:
            members = tuple(placeholder.get(m, m) for m in cluster.members if m not in removed_ids)
            after_cluster = cluster.with_changes(members=members)
            rules.check_cluster(after_cluster, actor_ids)
            version, authors = _stored_version(conn, cluster_table, now_cluster, after_cluster, stamp)
            if not rows.update_cluster(conn, after_cluster, stamp, version, authors):
                raise ConflictError("cluster", now_cluster.name, [], mine=cluster, theirs=now_cluster)
        if plan.info is not None:  # as set_info: another user's change of other facts is kept
            info = versions.check_info(plan.info, rows.read_info(conn))
            rows.write_info(conn, info)
    tx.forget_catalogues()
    if info is not None:
        versions.saw_info(info)
        tx.announce(Subject.INFO, Action.UPDATED)
    tx.announce(Subject.MAP, Action.REPLACED)


def _stored_version(conn: Connection, table: Table, now: Item, after: Item,
                    stamp: rows.Stamp) -> tuple[int, dict[str, object]]:
    """The stored version of an imported row, and its authors once the import changed it."""
    meta = rows.read_meta(conn, table, [now.id]).get(now.id) if now.id is not None else None
    if meta is None:
        return -1, {}
    return meta.version, rows.credit(meta, changed_attributes(now, after), stamp)


def _check_plan(conn: Connection, versions: VersionTracker, plan: ImportPlan) -> None:
    """An import was planned on the map as it was; refuse it when another user has changed
    what it would update or remove since."""
    actors = [now for now, _ in plan.updated_actors] + list(plan.removed_actors)
    actor_ids = [a.id for a in actors if a.id is not None]
    actor_meta = rows.read_meta(conn, actor_table, actor_ids)
    stored_actors = {a.id: a for a in rows.read_actors(conn, actor_ids)}
    for actor in actors:
        versions.check_unchanged("actor", actor.name, actor, stored_actors.get(actor.id),
                                 actor_meta.get(actor.id) if actor.id is not None else None)
    ties = [now for now, _ in plan.updated_ties] + list(plan.removed_ties)
    tie_ids = [t.id for t in ties if t.id is not None]
    tie_meta = rows.read_meta(conn, tie_table, tie_ids)
    stored_ties = {t.id: t for t in rows.read_ties(conn, tie_ids)}
    for tie in ties:
        versions.check_unchanged("tie", rows.tie_name(conn, tie), tie, stored_ties.get(tie.id),
                                 tie_meta.get(tie.id) if tie.id is not None else None)


def _check_restorable(conn: Connection, versions: VersionTracker, state: MapState,
                      since: MapState | None) -> dict[tuple[str, int], int]:
    """Undoing a whole-map change must not wipe out what another user did since. Returns the
    stored version of every row, so the restored rows get newer ones.

    A row that differs from `state` is refused when another session changed one of the attributes
    the restore would set back, or added the row: whoever wrote the row last does not matter (this
    session may have edited the row after a colleague's change it never saw). A row of `since`
    (the map as this session left it) that is gone was removed by another session: putting it
    back would undo their removal unseen."""
    stored: dict[tuple[str, int], int] = {}
    changes: list[tuple[str, object, object]] = []
    by = ""
    now = rows.read_state(conn)
    items: tuple[tuple[str, Table, list[Actor] | list[Tie] | list[Cluster], list[Actor] | list[Tie] | list[Cluster]],
                 ...] = (("actor", actor_table, state.actors, now.actors), ("tie", tie_table, state.ties, now.ties),
                         ("cluster", cluster_table, state.clusters, now.clusters))
    for what, table, restored, current in items:
        wanted = {i.id: i for i in restored}
        rows_now = {i.id: i for i in current if i.id is not None}
        metas = rows.read_meta(conn, table, list(rows_now))
        for row_id, row in rows_now.items():
            meta = metas[row_id]
            stored[(what, row_id)] = meta.version
            before = wanted.get(row_id)
            if before is not None and before.version in (meta.version, 0):
                continue  # unchanged since `state` (or a state never read from a project)
            differing = ["*"] if before is None else changed_attributes(before, row)
            theirs = [f for f in differing if meta.author(f).session != versions.session]
            if theirs:
                happened = tr("Errors", "added") if before is None else tr("Errors", "changed")
                changes.append((f"{what} #{row_id}", happened, None))
                by = by or meta.author(theirs[0]).by
    if since is not None:
        for what, left, current in (("actor", since.actors, now.actors), ("tie", since.ties, now.ties),
                                    ("cluster", since.clusters, now.clusters)):
            present = {i.id for i in current}
            changes += [(f"{what} #{i.id}", tr("Errors", "removed"), None) for i in left if i.id not in present]
    if changes:
        raise ConflictError("map", rows.read_info(conn).name, changes, mine=state, by=by)
    return stored


def restore_map(tx: Transactions, state: MapState, since: MapState | None = None) -> None:
    """Make the live map exactly `state` (actors, ties, clusters, catalogues), ids included.
    Raises ConflictError when another user changed the map since `state` was read, or removed
    something of `since` (see `_check_restorable`)."""
    with tx.edit() as conn:
        stored = _check_restorable(conn, tx.versions, state, since)
        rows.clear_map(conn)
        for kind, entries in state.catalogues.items():
            rows.write_catalogue(conn, kind, entries)
        stamp = tx.versions.stamp()

        def newer(what: str, item: Item) -> Item:
            if item.id is None:
                return item
            return item.with_changes(version=max(item.version, stored.get((what, item.id), 0)))

        rows.insert_actors(conn, [newer("actor", a) for a in state.actors], stamp)
        rows.insert_ties(conn, [newer("tie", t) for t in state.ties], stamp)
        for cluster in state.clusters:
            rows.insert_cluster(conn, newer("cluster", cluster), stamp)
    tx.forget_catalogues()
    tx.announce(Subject.MAP, Action.REPLACED)


# -- snapshots ---------------------------------------------------------------------------------


def _snapshot_label(label: str) -> str:
    label = label.strip()
    if not label:
        raise InvalidEditError(tr("Errors", "a snapshot needs a label"))
    rules.check_text(tr("Errors", "the snapshot's label"), label, name=True)
    return label


def _label_taken(label: str) -> InvalidEditError:
    return InvalidEditError(tr("Errors", "a snapshot labelled {0!r} exists already").format(label))


def take_snapshot(tx: Transactions, label: str, taken_on: date, note: str) -> SnapshotInfo:
    """Freeze the whole map under `label` (unique); later edits of the map never change it."""
    label = _snapshot_label(label)
    rules.check_text(tr("Errors", "the snapshot's note"), note)
    with tx.edit() as conn:
        if snapshots.find(conn, label) is not None:
            raise _label_taken(label)
        taken = snapshots.take_snapshot(conn, label, taken_on, note)
    tx.announce(Subject.SNAPSHOT, Action.ADDED, (taken.id,))
    return taken


def rename_snapshot(tx: Transactions, label: str, new_label: str, note: str | None) -> None:
    """A snapshot's new label (unique), and its new note unless `note` is None."""
    new_label = _snapshot_label(new_label)
    with tx.edit() as conn:
        snapshot_id = snapshots.id_of(conn, label)
        clash = snapshots.find(conn, new_label)
        if clash is not None and clash != snapshot_id:
            raise _label_taken(new_label)
        snapshots.rename_snapshot(conn, snapshot_id, new_label, note)
    tx.announce(Subject.SNAPSHOT, Action.UPDATED, (snapshot_id,))
