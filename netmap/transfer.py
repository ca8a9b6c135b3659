"""Moving maps in and out of a project: `netmap import` / `netmap export` and the app's menus.

Reading and writing files is `netmap.exchange`'s job, merging is `netmap.merge`'s; this module
puts them together for a project: which state to export, which analysis goes along, and which
attributes a source really carries.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from netmap.domain import Cluster, MapState, SnapshotInfo, Source, SourceKind
from netmap.errors import NetMapError
from netmap.exchange import read_map, write_map
from netmap.exchange.notes import collecting_notes, describe_note, map_notes, merge_notes
from netmap.exchange.partitions import PartitionUse, use_partitions
from netmap.i18n import tr
from netmap.map_picture import PosterDrawer, poster_picture
from netmap.merge import ImportPlan, plan_import
from netmap.project import Project

__all__ = [
    "EXPORT_SUFFIXES",
    "PAPERS",
    "POSTER_SUFFIXES",
    "describe_plan",
    "export_map",
    "import_notices",
    "import_source",
    "plan_file_import",
]

POSTER_SUFFIXES = (".pdf", ".svg", ".png")
EXPORT_SUFFIXES = (".xlsx", ".csv", ".graphml", ".gexf", ".html", *POSTER_SUFFIXES)
PAPERS = ("A0", "A1", "A2", "A3", "A4")


def _is_netmap_workbook(path: Path) -> bool:
    if path.suffix.lower() != ".xlsx":
        return False
    from netmap.exchange.safety import xlsx_sheet_names

    return bool({s.casefold() for s in xlsx_sheet_names(path)} & {"akteure", "actors"})


def import_source(source: str | Path) -> Source:
    """The provenance of what an import of `source` brings: the file's name and today."""
    return Source(SourceKind.IMPORT, date.today(), Path(source).name)


def plan_file_import(project: Project, source: str | Path, *, replace_map: bool = False, network: str | None = None,
                     partitions: Mapping[str, PartitionUse] | None = None) -> ImportPlan:
    """Read `source` and work out what importing it would change; the project is not touched.

    A NetMap workbook carries every attribute it has a column for, so a cleared cell clears the
    value on the map (contact persons only when the workbook has contact columns); its clusters and
    project facts come along. A workbook exported from a snapshot applies only what was edited in it
    (`netmap.rebase`): the map's later changes are not reverted.
    `network` chooses a network of a Pajek project file; `partitions` says which partitions the file
    offers become categories or clusters. The plan's `facts` say what the file held that the map
    does not get, with counts, and which choices it offers.
    """
    path = Path(source)
    current = project.state()
    carried = None
    read = None
    with collecting_notes() as facts:
        if _is_netmap_workbook(path):
            from netmap.exchange.workbook import read_workbook_fully
            from netmap.rebase import rebase_on_snapshot

            read = read_workbook_fully(path, base=current)
            incoming = read.state
            if read.origin:
                incoming = rebase_on_snapshot(incoming, _snapshot_of(project, read.origin, path), current)
            carried = read.actor_fields | read.tie_fields
        else:
            incoming = read_map(path, network=network)
    incoming = use_partitions(incoming, partitions or {})
    facts.notes = list(merge_notes([*facts.notes, *map_notes(incoming)]))
    facts.actors_read, facts.ties_read = len(incoming.actors), len(incoming.ties)
    plan = plan_import(current, incoming, replace_map=replace_map, carried=carried)
    plan.facts = facts
    if read is not None:
        if read.has_clusters:
            plan.updated_clusters = _updated_clusters(current, incoming, plan)
        if incoming.info != current.info:
            plan.info = incoming.info
    return plan


def _snapshot_of(project: Project, label: str, path: Path) -> MapState | None:
    """The snapshot a workbook was exported from; None when the project is new (nothing to revert)."""
    if label.casefold() in {s.label.casefold() for s in project.snapshots()}:
        label = next(s.label for s in project.snapshots() if s.label.casefold() == label.casefold())
        return project.snapshot_state(label)
    if not project.state().actors:
        return None
    raise NetMapError(tr("Errors", "{0}: the workbook was exported from the snapshot {1!r}, which this project "
                                   "does not have; importing it could undo later changes. Import it into a new "
                                   "project, or clear the row 'Exported from snapshot' on its project sheet to "
                                   "import it as the current map").format(path.name, label))


def _updated_clusters(current: MapState, incoming: MapState, plan: ImportPlan) -> list[tuple[Cluster, Cluster]]:
    """Clusters of the map whose members the workbook changes (members as the plan's actor ids)."""
    to_plan = _actor_ids_in_plan(current, incoming, plan)
    listed = {to_plan[a.id] for a in incoming.actors if a.id in to_plan}
    named = {c.name.casefold(): c for c in incoming.clusters}
    updates = []
    for now in current.clusters:
        # Members the workbook has no row for keep their place (a replacing import removes them);
        # the rows of the workbook say which clusters their actors are in.
        cluster = named.get(now.name.casefold())
        members = tuple(m for m in now.members if m not in listed)
        if cluster is not None:
            members += tuple(to_plan[m] for m in cluster.members if m in to_plan)
        members = tuple(dict.fromkeys(members))
        if set(members) != set(now.members):
            updates.append((now, now.with_changes(members=members)))
    return updates


def _actor_ids_in_plan(current: MapState, incoming: MapState, plan: ImportPlan) -> dict[int, int]:
    """Incoming actor id -> the id the plan gives it (a project id, or a new actor's placeholder)."""
    by_uid = {a.uid: a.id for a in current.actors}
    new_by_uid = {a.uid: a.id for a in plan.new_actors}
    result: dict[int, int] = {}
    for actor in incoming.actors:
        target = by_uid.get(actor.uid, new_by_uid.get(actor.uid))
        if target is None:  # matched by name (a row without ID)
            target = next((now.id for now, after in plan.updated_actors if after.name == actor.name), None)
            target = target or next((a.id for a in plan.unchanged_actors if a.name == actor.name), None)
        if target is not None and actor.id is not None:
            result[actor.id] = target
    return result


def export_map(project: Project, target: str | Path, *, snapshot: str | None = None, anonymize: bool = False,
               paper: str = "A1", landscape: bool = False, language: str | None = None,
               compare_with: str | None = None, kind: str | None = None,
               draw_poster: PosterDrawer | None = None) -> list[Path]:
    """Write the map (or a snapshot) to `target`, chosen by its extension; returns the files written.

    `kind`: "kumu" writes an .xlsx in Kumu's layout, "gephi" a .csv pair in Gephi's. A poster
    (.pdf, .svg, .png) is put together here as plain data (`netmap.map_picture`) and drawn by
    `draw_poster` (`netmap.render.poster.write_poster`, which the command line and the app pass:
    drawing is the render layer's, above this one)."""
    path = Path(target)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        if not suffix:
            raise NetMapError(tr("Errors", "{0}: NetMap cannot export files without an extension; it exports {1}")
                              .format(path, ", ".join(EXPORT_SUFFIXES)))
        raise NetMapError(tr("Errors", "{0}: NetMap cannot export {1}; it exports {2}")
                          .format(path, suffix, ", ".join(EXPORT_SUFFIXES)))
    if not path.parent.is_dir():
        raise NetMapError(tr("Errors", "{0}: the folder does not exist").format(path))
    state = project.snapshot_state(snapshot) if snapshot else project.state()
    language = language or state.info.language
    from netmap.analysis.report import analyze

    analysis = analyze(state)
    if suffix in POSTER_SUFFIXES:
        if draw_poster is None:
            raise ValueError(f"{path.name}: a poster needs a drawer (netmap.render.poster.write_poster)")
        before = project.snapshot_state(compare_with) if compare_with else None
        picture = poster_picture(state, language=language, anonymize=anonymize, findings=analysis,
                                 compare_with=before)
        return [draw_poster(picture, path, paper=paper, landscape=landscape)]
    if suffix == ".html":
        from netmap.exchange.webpage import write_webpage

        before = project.snapshot_state(compare_with) if compare_with else None
        write_webpage(state, path, language=language, anonymize=anonymize, analysis=analysis, compare_with=before,
                      compare_labels=(compare_with or "", snapshot or ""))
        return [path]
    if kind is not None and (kind, suffix) not in (("kumu", ".xlsx"), ("gephi", ".csv")):
        raise NetMapError(tr("Errors", "{0}: the layout {1!r} is for {2} files").format(
            path, kind, {"kumu": ".xlsx", "gephi": ".csv"}.get(kind, "no")))
    extra: dict[str, Any] = {}
    if kind == "kumu":
        extra = {"kind": "kumu"}
    elif kind == "gephi":
        extra = {"gephi": True}
    elif suffix == ".xlsx":
        snapshots = project.snapshots()
        origin: SnapshotInfo | None = None
        if snapshot:
            origin = next((s for s in snapshots if s.label.casefold() == snapshot.casefold()), None)
        extra = {"analysis": analysis, "snapshots": snapshots, "origin": origin,
                 "compare_with": project.snapshot_state(compare_with) if compare_with else None}
    written = write_map(state, path, language=language, anonymize=anonymize, **extra)
    if isinstance(written, (list, tuple)):
        return [Path(p) for p in written]
    return [path]


def describe_plan(plan: ImportPlan) -> str:
    """What an import did (or would do): one line of counts, then one line per thing left out."""
    facts = plan.facts
    lines = [(f"{facts.actors_read} actors and {facts.ties_read} ties read; " if facts.actors_read else "")
             + f"{len(plan.new_actors)} new actors, {len(plan.updated_actors)} updated, "
             f"{len(plan.unchanged_actors)} unchanged, {len(plan.removed_actors)} removed; "
             f"{len(plan.new_ties)} new ties, {len(plan.updated_ties)} updated, {len(plan.removed_ties)} removed"]
    lines += [f"  {describe_note(n)}" for n in facts.notes]
    return "\n".join(lines)



_SHOWN_SPELLINGS = 5  # a message names this many merged actors, then counts the rest


def import_notices(plan: ImportPlan) -> list[str]:
    """Sentences on what an import did to names: how many it normalised, which spellings became one."""
    notices = []
    # Worded as a count after a colon: the English reads right for any number without plural forms.
    # (lupdate sees a count only when it is a plain variable.)
    normalised, merged = plan.normalised_names, len(plan.merged_spellings)
    if normalised:
        notices.append(tr("Import", "Names normalised (invisible and text-direction characters removed, "
                                    "Unicode composed to NFC): %n", None, normalised))
    if merged:
        shown = [tr("Import", "{0!r} (also {1})").format(name, ", ".join(repr(s) for s in others))
                 for name, others in plan.merged_spellings[:_SHOWN_SPELLINGS]]
        rest = merged - len(shown)
        if rest > 0:
            shown.append(tr("Import", "and %n more", None, rest))
        notices.append(tr("Import", "Actors the file names in several spellings, each kept as one actor "
                                    "(%n): {0}", None, merged).format("; ".join(shown)))
    return notices
