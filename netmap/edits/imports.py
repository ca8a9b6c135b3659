"""Imports as edits: a file read into the map (or, with time points, into dated snapshots too) is
one step that undo takes back whole."""

from __future__ import annotations

from netmap.domain import MapState, SnapshotInfo, Source
from netmap.edits.base import Edit, Label
from netmap.history import import_history
from netmap.i18n import tr
from netmap.merge import ImportPlan
from netmap.project import Project

__all__ = ["ImportHistory", "ImportMap"]


class ImportMap(Edit):
    """An import as one step. Undo puts back the map as it was before; redo puts back the imported
    map exactly (ids included), so later steps on the stack still find their actors."""

    def __init__(self, plan: ImportPlan, label: Label | None = None, source: Source | None = None) -> None:
        super().__init__(label)
        self.plan = plan
        self.source = source  # the file, in the provenance of what it brings
        self.previous: MapState | None = None
        self.after: MapState | None = None

    def default_text(self) -> str:
        return tr("ImportDialog", "Import")

    def apply(self, project: Project) -> None:
        if self.after is not None:
            project.restore_map(self.after, since=self.previous)
            if self.plan.info is not None:  # the map is restored whole, the project facts on their own
                project.set_info(self.after.info)
            return
        self.previous = project.apply_import(self.plan, self.source)
        self.after = project.state()

    def revert(self, project: Project) -> None:
        assert self.previous is not None
        project.restore_map(self.previous, since=self.after)
        if self.plan.info is not None:
            project.set_info(self.previous.info)


class ImportHistory(Edit):
    """An import of a file with time (dynamic GEXF) as one step: the map becomes the file's last
    state and each chosen time point a dated snapshot (`netmap.history`). Undo removes the snapshots
    it took and puts the map back; redo takes them again from what they held."""

    def __init__(self, path: str, points: list[str], replace_map: bool, label: Label | None = None) -> None:
        super().__init__(label)
        self.path, self.points, self.replace_map = path, points, replace_map
        self.previous: MapState | None = None
        self.after: MapState | None = None
        self.taken: list[tuple[SnapshotInfo, MapState]] = []

    def default_text(self) -> str:
        return tr("ImportDialog", "Import")

    def apply(self, project: Project) -> None:
        if self.after is not None:
            for info, state in self.taken:
                project.restore_map(state)
                project.take_snapshot(info.label, info.taken_on, info.note)
            project.restore_map(self.after)
            return
        self.previous = project.state()
        result = import_history(project, self.path, self.points, replace_map=self.replace_map)
        infos = {s.label: s for s in project.snapshots()}
        self.taken = [(infos[label], project.snapshot_state(label)) for label in result.taken]
        self.after = project.state()

    def revert(self, project: Project) -> None:
        assert self.previous is not None
        with project.batch():  # the snapshots go with the map, or nothing changes (a conflict)
            for info, _ in self.taken:
                project.delete_snapshot(info.label)
            project.restore_map(self.previous, since=self.after)
