"""Time in a file (dynamic GEXF) becomes dated snapshots: `netmap compare` and the timeline work at once.

A dynamic file records when nodes, edges and values were valid. Importing it brings that history in:
for each chosen time point, earliest first, the map becomes the file's state at that moment and a
snapshot is taken, labelled "<file> <time>" and dated by the time when it is a date (else the day of
the import); after the last one the map is the file's last state, as a plain import would leave it.
The map's own actors and ties stay through every step (unless the map is replaced), so each snapshot
is the map as it was plus the file at that time.

Above `MAX_SNAPSHOTS` time points, that many are chosen evenly over the file's time, the first and
the last included; the import says how many it left out. A time point whose snapshot label exists
already is not taken again, so a second import of the same file changes nothing. A failure half way
puts the map and the snapshots back as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from netmap.exchange.gexf import read_gexf_timeline
from netmap.i18n import tr
from netmap.merge import plan_import
from netmap.project import Project

__all__ = ["MAX_SNAPSHOTS", "HistoryImport", "choose_time_points", "import_history", "snapshot_date",
           "snapshot_label"]

MAX_SNAPSHOTS = 20
"""More snapshots than this make the timeline unreadable and the project large (a Gephi export of
daily data has hundreds of time points)."""
_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class HistoryImport:
    """What `import_history` did: the snapshots it took, and those that existed already."""

    taken: tuple[str, ...]
    existing: tuple[str, ...]


def choose_time_points(points: list[str], limit: int = MAX_SNAPSHOTS) -> list[str]:
    """All `points` when there are at most `limit`, else `limit` of them spread evenly, first and last included."""
    if len(points) <= limit:
        return list(points)
    if limit < 2:
        return points[-1:]
    step = (len(points) - 1) / (limit - 1)
    return [points[round(i * step)] for i in range(limit)]


def snapshot_label(source: str | Path, point: str) -> str:
    return f"{Path(source).stem} {point.strip()}"


def snapshot_date(point: str) -> date | None:
    """The date of a time point written as an ISO date or date-time; None for other times (numbers)."""
    match = _DATE.match(point)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def import_history(project: Project, source: str | Path, points: list[str], *,
                   replace_map: bool = False) -> HistoryImport:
    """Bring the file's history into `project` (see the module's description); `points` are the
    time points to keep as snapshots, as the file writes them."""
    before = project.state()
    keep = set() if replace_map else {a.id for a in before.actors if a.id is not None}
    keep_ties = set() if replace_map else {t.id for t in before.ties if t.id is not None}
    labels = {s.label for s in project.snapshots()}
    existing = tuple(snapshot_label(source, p) for p in points if snapshot_label(source, p) in labels)
    wanted = [p for p in points if snapshot_label(source, p) not in labels]
    timeline = read_gexf_timeline(source, only=set(wanted))
    last = None  # the last time point, when its snapshot exists already: the map still ends there
    if not timeline or timeline[-1][0] != points[-1]:
        last = read_gexf_timeline(source, only={points[-1]})[-1]
    taken: list[str] = []
    note = tr("Import", "imported from {0}").format(Path(source).name)
    try:
        for point, state in [*timeline, *([last] if last else [])]:
            step = plan_import(project.state(), state, replace_map=True, keep=keep, keep_ties=keep_ties)
            if not step.is_empty():
                project.apply_import(step)
            if point in wanted:
                label = snapshot_label(source, point)
                project.take_snapshot(label, snapshot_date(point), note)
                taken.append(label)
    except BaseException:
        # Each step reads the map the one before wrote, so the steps cannot share one transaction
        # (reads do not see a batch's writes): a failure puts the map and the snapshots back instead.
        for label in taken:
            project.delete_snapshot(label)
        project.restore_map(before)
        raise
    return HistoryImport(tuple(taken), existing)
