"""Removing actors, ties and clusters, and undoing it: what goes with what is removed.

An actor takes its ties and cluster memberships with it, and undo puts all of it back under the
old ids. In team mode nothing another user changed since this session saw it is removed (a
ConflictError names it): neither an actor a colleague edited nor a tie of theirs this session
has never seen, which would otherwise go unseen with its actor.
"""

from __future__ import annotations

from netmap.changes import Action, RemovedActors, Subject
from netmap.domain import Actor, Cluster, Tie
from netmap.errors import InvalidEditError
from netmap.i18n import tr
from netmap.storage import rows
from netmap.storage.schema import actor_table, cluster_table, tie_table
from netmap.transactions import Transactions

__all__ = ["remove_actors", "remove_cluster", "remove_ties", "restore_actors"]


def remove_actors(tx: Transactions, ids: list[int], expected: list[Actor] | None = None) -> RemovedActors:
    """Remove actors with their ties and cluster memberships; returns all of it for undo.

    Undo of an addition passes `expected`, the actors as added: one that someone else has
    changed since is not removed (ConflictError), and neither is an actor with a tie this
    session has never seen (another user's new tie would go with it unseen)."""
    with tx.edit() as conn:
        actors = rows.read_actors(conn, ids)
        if len(actors) != len(set(ids)):
            gone = sorted(set(ids) - {a.id for a in actors})
            if tx.shared:
                raise tx.versions.removed("actor", gone[0])
            raise InvalidEditError(tr("Errors", "some of these actors do not exist"))
        meta = rows.read_meta(conn, actor_table, ids)
        as_added = {a.id: a for a in expected or []}
        for actor in actors:
            tx.versions.check_removal("actor", actor.name, actor, meta[rows.stored_id(actor)], as_added.get(actor.id))
        ties = rows.ties_touching(conn, ids)
        tie_meta = rows.read_meta(conn, tie_table, [t.id for t in ties if t.id is not None])
        for tie in ties:
            tx.versions.check_removal("tie", rows.tie_name(conn, tie), tie, tie_meta[rows.stored_id(tie)],
                                      unseen=tx.shared)
        memberships = {c.id: c.members for c in rows.read_clusters(conn)
                       if c.id is not None and set(c.members) & set(ids)}
        rows.delete_actors(conn, ids)
        rows.touch(conn, cluster_table, sorted(memberships), tx.versions.stamp(), "members")
    tx.announce(Subject.TIE, Action.REMOVED, tuple(t.id for t in ties if t.id is not None))
    tx.announce(Subject.ACTOR, Action.REMOVED, tuple(ids))
    if memberships:
        tx.announce(Subject.CLUSTER, Action.UPDATED, tuple(memberships))
    return RemovedActors(actors, ties, memberships)


def restore_actors(tx: Transactions, removed: RemovedActors) -> None:
    """Undo a removal: the actors, their ties and memberships come back with their ids. The
    actors rejoin their clusters; members added or removed by others since stay as they are."""
    with tx.edit() as conn:
        stamp = tx.versions.stamp()
        rows.insert_actors(conn, removed.actors, stamp)
        rows.insert_ties(conn, removed.ties, stamp)
        back = {a.id for a in removed.actors}
        for cluster_id, members in removed.memberships.items():
            if rows.cluster_exists(conn, cluster_id):  # a cluster another user dissolved meanwhile stays dissolved
                rows.add_members(conn, cluster_id, [m for m in members if m in back])
        rows.touch(conn, cluster_table, sorted(removed.memberships), stamp, "members")
    for actor in removed.actors:
        tx.versions.wrote("actor", actor, actor.version + 1)
    for tie in removed.ties:
        tx.versions.wrote("tie", tie, tie.version + 1)
    tx.announce(Subject.ACTOR, Action.ADDED, tuple(a.id for a in removed.actors if a.id is not None))
    tx.announce(Subject.TIE, Action.ADDED, tuple(t.id for t in removed.ties if t.id is not None))
    if removed.memberships:
        tx.announce(Subject.CLUSTER, Action.UPDATED, tuple(removed.memberships))


def remove_ties(tx: Transactions, ids: list[int], expected: list[Tie] | None = None) -> list[Tie]:
    """Remove ties; undo of an addition passes `expected` (the ties as added), and a tie
    someone else changed since stays (ConflictError)."""
    with tx.edit() as conn:
        ties = rows.read_ties(conn, ids)
        meta = rows.read_meta(conn, tie_table, ids)
        as_added = {t.id: t for t in expected or []}
        for tie in ties:
            tx.versions.check_removal("tie", rows.tie_name(conn, tie), tie, meta[rows.stored_id(tie)],
                                      as_added.get(tie.id))
        rows.delete_ties(conn, ids)
    tx.announce(Subject.TIE, Action.REMOVED, tuple(ids))
    return ties


def remove_cluster(tx: Transactions, cluster_id: int, expected: Cluster | None = None) -> Cluster:
    """Dissolve a cluster; undo of its creation passes `expected` (the cluster as added)."""
    with tx.edit() as conn:
        previous = rows.read_clusters(conn, [cluster_id])
        if not previous:
            if tx.shared and tx.versions.knows("cluster", cluster_id):
                raise tx.versions.removed("cluster", cluster_id)
            raise InvalidEditError(tr("Errors", "there is no cluster with id {0}").format(cluster_id))
        meta = rows.read_meta(conn, cluster_table, [cluster_id])
        tx.versions.check_removal("cluster", previous[0].name, previous[0], meta[cluster_id], expected)
        rows.delete_clusters(conn, [cluster_id])
    tx.announce(Subject.CLUSTER, Action.REMOVED, (cluster_id,))
    return previous[0]
