"""Moving maps in and out of a project: `netmap import` / `netmap export` and the app's menus.

Reading and writing files is `netmap.exchange`'s job, merging is `netmap.merge`'s; this module
puts them together for a project: which state to export, which analysis goes along, and which
attributes a source really carries.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from netmap.domain import Actor
from netmap.errors import NetMapError
from netmap.exchange import read_map, write_map
from netmap.exchange.notes import collecting_notes, describe_note, map_notes, merge_notes
from netmap.exchange.partitions import PartitionUse, use_partitions
from netmap.i18n import tr
from netmap.merge import ImportPlan, plan_import
from netmap.project import Project

__all__ = ["EXPORT_SUFFIXES", "PAPERS", "POSTER_SUFFIXES", "describe_plan", "export_map", "plan_file_import"]

POSTER_SUFFIXES = (".pdf", ".svg", ".png")
EXPORT_SUFFIXES = (".xlsx", ".csv", ".graphml", ".gexf", ".html", *POSTER_SUFFIXES)
PAPERS = ("A0", "A1", "A2", "A3", "A4")
_ACTOR_ATTRIBUTES = frozenset(f.name for f in dataclasses.fields(Actor)) - {"id", "uid"}


def _is_netmap_workbook(path: Path) -> bool:
    if path.suffix.lower() != ".xlsx":
        return False
    from netmap.exchange.safety import xlsx_sheet_names

    return bool({s.casefold() for s in xlsx_sheet_names(path)} & {"akteure", "actors"})


def plan_file_import(project: Project, source: str | Path, *, replace_map: bool = False, network: str | None = None,
                     partitions: Mapping[str, PartitionUse] | None = None) -> ImportPlan:
    """Read `source` and work out what importing it would change; the project is not touched.

    A NetMap workbook carries every attribute, so a cleared cell clears the value on the map
    (except contact persons when the workbook was exported anonymised and has none at all).
    `network` chooses a network of a Pajek project file; `partitions` says which partitions the file
    offers become categories or clusters. The plan's `facts` say what the file held that the map
    does not get, with counts, and which choices it offers.
    """
    path = Path(source)
    current = project.state()
    carried = None
    with collecting_notes() as facts:
        if _is_netmap_workbook(path):
            from netmap.exchange.workbook import read_workbook

            incoming = read_workbook(path, base=current)
            carried = _ACTOR_ATTRIBUTES - ({"contact"} if all(a.contact is None for a in incoming.actors) else set())
        else:
            incoming = read_map(path, network=network)
    incoming = use_partitions(incoming, partitions or {})
    facts.notes = list(merge_notes([*facts.notes, *map_notes(incoming)]))
    facts.actors_read, facts.ties_read = len(incoming.actors), len(incoming.ties)
    plan = plan_import(current, incoming, replace_map=replace_map, carried=carried)
    plan.facts = facts
    return plan


def export_map(project: Project, target: str | Path, *, snapshot: str | None = None, anonymize: bool = False,
               paper: str = "A1", landscape: bool = False, language: str | None = None,
               compare_with: str | None = None) -> list[Path]:
    """Write the map (or a snapshot) to `target`, chosen by its extension; returns the files written."""
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
        from netmap.ui.poster import render_poster

        before = project.snapshot_state(compare_with) if compare_with else None
        render_poster(state, path, paper=paper, landscape=landscape, language=language, anonymize=anonymize,
                      findings=analysis, compare_with=before)
        return [path]
    if suffix == ".html":
        from netmap.exchange.webpage import write_webpage

        write_webpage(state, path, language=language, anonymize=anonymize, analysis=analysis)
        return [path]
    extra: dict[str, Any] = {}
    if suffix == ".xlsx":
        extra = {"analysis": analysis, "snapshots": project.snapshots()}
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

