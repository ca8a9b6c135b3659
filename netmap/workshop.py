"""The handbook's workshop method as seven steps: what each asks of the group, what is done so far.

The participatory network analysis (DOMAIN.md) starts from a key actor, collects the actors by the
handbook's target groups, draws the ties, looks back at "ten years ago", clusters and heads the
picture, puts priority dots on it and ends with the findings. `guide_status` says for a map how far
each step is, in plain objects the guide panel (`netmap.ui.workshop.workshop_guide`) only shows; the
"who is still missing?" checklist is the analysis' own `missing_categories`, so the two can never
disagree. The look back works on the live map: today's map is kept as a snapshot first, the group
edits the map back in time, that is stored as a snapshot dated in the year typed, and today's map
comes back (`begin_look_back` / `finish_look_back` / `cancel_look_back`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from netmap.analysis.gaps import missing_categories
from netmap.domain import CatalogueKind, MapState, SnapshotInfo
from netmap.errors import InvalidEditError
from netmap.graph import build_graph
from netmap.i18n import Translate
from netmap.i18n import tr as app_tr
from netmap.project import Project
from netmap.rules import WORKSHOP_STEPS

__all__ = ["GroupCheck", "GuideStatus", "StepKey", "StepStatus", "begin_look_back", "cancel_look_back",
           "finish_look_back", "guide_status", "last_time", "set_step", "since_last_time", "step_instruction",
           "step_title"]


class StepKey(StrEnum):
    """The seven steps, in the handbook's order; each names the tool the UI makes ready."""

    KEY_ACTOR = "key_actor"  # pick or create the key actor; rings around it
    COLLECT = "collect"  # quick entry; the target-group checklist
    TIES = "ties"  # tie entry
    LOOK_BACK = "look_back"  # a dated snapshot of the map as it was
    CLUSTERS = "clusters"  # group and head clusters
    PRIORITIES = "priorities"  # dots
    RESULT = "result"  # findings, poster, next date


STEPS = tuple(StepKey)
assert len(STEPS) == WORKSHOP_STEPS


def step_title(key: StepKey, translate: Translate | None = None) -> str:
    tr = translate or app_tr
    return {
        StepKey.KEY_ACTOR: tr("Workshop", "Key actor in the middle"),
        StepKey.COLLECT: tr("Workshop", "Collect actors"),
        StepKey.TIES: tr("Workshop", "Ties"),
        StepKey.LOOK_BACK: tr("Workshop", "Ten years ago"),
        StepKey.CLUSTERS: tr("Workshop", "Clusters and headings"),
        StepKey.PRIORITIES: tr("Workshop", "Priorities"),
        StepKey.RESULT: tr("Workshop", "Result"),
    }[key]


def step_instruction(key: StepKey, translate: Translate | None = None) -> str:
    """One sentence for the group, as the facilitator would say it."""
    tr = translate or app_tr
    return {
        StepKey.KEY_ACTOR: tr("Workshop", "Name the actor the topic starts from, for example the town hall or a "
                                          "sports club: it goes in the middle."),
        StepKey.COLLECT: tr("Workshop", "Call out every actor connected to the topic, group by group, until no "
                                        "group is missing."),
        StepKey.TIES: tr("Workshop", "Say who works with whom, and how: each tie between two actors."),
        StepKey.LOOK_BACK: tr("Workshop", "Remove or change what did not exist ten years ago, then store that map "
                                          "with its year."),
        StepKey.CLUSTERS: tr("Workshop", "Group actors that belong together and give each group a heading."),
        StepKey.PRIORITIES: tr("Workshop", "Each participant puts their dots on the actors or clusters that matter "
                                           "most."),
        StepKey.RESULT: tr("Workshop", "Read the findings together, agree on the poster and set the next date."),
    }[key]


@dataclass(frozen=True)
class GroupCheck:
    """One handbook target group of the "who is still missing?" checklist."""

    key: str
    label: str
    present: bool


@dataclass(frozen=True)
class StepStatus:
    key: StepKey
    number: int  # 1-7
    done: bool
    progress: str  # what is there so far, in a sentence


@dataclass(frozen=True)
class GuideStatus:
    steps: tuple[StepStatus, ...]
    groups: tuple[GroupCheck, ...]
    dots: tuple[tuple[str, int], ...] = ()  # (actor or cluster, dots), most first: step 6's totals

    @property
    def missing(self) -> list[str]:
        """Keys of the groups without an actor: `gaps.missing_categories` of the analysis."""
        return [g.key for g in self.groups if not g.present]

    def step(self, key: StepKey) -> StepStatus:
        return next(s for s in self.steps if s.key == key)


def guide_status(state: MapState, snapshots: list[SnapshotInfo], *, translate: Translate | None = None,
                 today: date | None = None) -> GuideStatus:
    """How far each step is on `state`; `snapshots` are the project's (the look back is one of them)."""
    tr = translate or app_tr
    info = state.info
    language = info.language
    categories = [e.key for e in state.catalogue(CatalogueKind.CATEGORY)]
    missing = set(missing_categories(build_graph(state), categories))
    groups = tuple(GroupCheck(k, state.label(CatalogueKind.CATEGORY, k, language), k not in missing)
                   for k in categories)
    key = [a.name for a in state.actors if a.is_key]
    actors, ties = len(state.actors), len(state.ties)
    tied = {t.source for t in state.ties} | {t.target for t in state.ties}
    alone = sum(1 for a in state.actors if a.id not in tied)
    year = (info.workshop_date or today or date.today()).year
    past = [s for s in snapshots if s.taken_on.year < year]
    headed = [c for c in state.clusters if c.name.strip()]
    clusters = len(headed)
    dots = sum(a.dots for a in state.actors) + sum(c.dots for c in state.clusters)
    budget = info.participants * info.dots_each
    present = len(groups) - len(missing)
    steps = (
        StepStatus(StepKey.KEY_ACTOR, 1, bool(key), tr("Workshop", "Key actor: {names}").format(names=", ".join(key))
                   if key else tr("Workshop", "No key actor yet.")),
        StepStatus(StepKey.COLLECT, 2, actors > 1 and not missing,
                   tr("Workshop", "%n actors", None, actors) + "; "
                   + tr("Workshop", "{present} of {total} groups have an actor.").format(present=present,
                                                                                           total=len(groups))),
        StepStatus(StepKey.TIES, 3, ties > 0 and alone == 0,
                   tr("Workshop", "%n ties", None, ties) + "; "
                   + tr("Workshop", "%n actors without a tie.", None, alone)),
        StepStatus(StepKey.LOOK_BACK, 4, bool(past),
                   tr("Workshop", "Earlier map: {label}").format(label=past[-1].label) if past
                   else tr("Workshop", "No map of an earlier year yet.")),
        StepStatus(StepKey.CLUSTERS, 5, bool(headed), tr("Workshop", "%n clusters with a heading", None, clusters)),
        StepStatus(StepKey.PRIORITIES, 6, dots > 0,
                   (tr("Workshop", "%n dots given", None, dots)
                    + (" " + tr("Workshop", "of {budget}").format(budget=budget) if budget else ""))),
        StepStatus(StepKey.RESULT, 7, info.workshop_step >= WORKSHOP_STEPS,
                   tr("Workshop", "Findings, poster and the next date.")),
    )
    totals = sorted([(a.name, a.dots) for a in state.actors if a.dots] + [(c.name, c.dots) for c in state.clusters
                                                                         if c.dots], key=lambda x: (-x[1], x[0]))
    return GuideStatus(steps, groups, tuple(totals))


def since_last_time(state: MapState, earlier: MapState, label: str, translate: Translate | None = None) -> str:
    """One sentence for a repeated workshop: what changed since the map `label` (by identity:
    the same project's actors and ties keep theirs; renamed ones count as the same)."""
    tr = translate or app_tr
    before_actors, now_actors = {a.uid for a in earlier.actors}, {a.uid for a in state.actors}
    before_ties, now_ties = {t.uid for t in earlier.ties}, {t.uid for t in state.ties}
    new, gone = len(now_actors - before_actors), len(before_actors - now_actors)
    added, ended = len(now_ties - before_ties), len(before_ties - now_ties)
    return (tr("Workshop", "Since “{label}”:").format(label=label) + " "
            + tr("Workshop", "%n new actors", None, new) + ", " + tr("Workshop", "%n gone", None, gone) + "; "
            + tr("Workshop", "%n new ties", None, added) + ", " + tr("Workshop", "%n ended.", None, ended))


def last_time(snapshots: list[SnapshotInfo], workshop: date | None) -> SnapshotInfo | None:
    """The map of the last workshop: the latest snapshot taken before this workshop's date."""
    before = [s for s in snapshots if workshop is None or s.taken_on < workshop]
    return max(before, key=lambda s: (s.taken_on, s.id), default=None)


def set_step(project: Project, number: int) -> None:
    """Remember the step the workshop is at (1-7), so the next session opens there."""
    info = project.info()
    if info.workshop_step != number:
        project.set_info(info.with_changes(workshop_step=number))


def begin_look_back(project: Project, today: date | None = None) -> SnapshotInfo:
    """Keep today's map as a snapshot; the live map then becomes the copy the group edits back in time."""
    tr = app_tr  # (lupdate finds the texts under this name)
    today = today or date.today()
    base = tr("Workshop", "Today, before the look back ({date})").format(date=today.isoformat())
    taken = {s.label.casefold() for s in project.snapshots()}
    label, n = base, 2
    while label.casefold() in taken:
        label, n = f"{base} {n}", n + 1
    with project.batch():  # the project remembers the look back: an app closed meanwhile loses nothing
        info = project.take_snapshot(label, today, tr("Workshop", "Today's map, kept while the group looks back; "
                                                                  "restored when the look back is stored."))
        project.set_info(project.info().with_changes(look_back=label))
    return info


def finish_look_back(project: Project, year: int, today_label: str, today: date | None = None) -> SnapshotInfo:
    """Store the live map as the map of `year` (a dated snapshot) and bring today's map back."""
    tr = app_tr  # (lupdate finds the texts under this name)
    today = today or date.today()
    if not 1900 <= year < today.year:
        raise InvalidEditError(tr("Workshop", "the year of the look back must be between 1900 and {last}, not {year}")
                               .format(last=today.year - 1, year=year))
    workshop = project.info().workshop_date or today
    day = date(year, workshop.month, 28 if (workshop.month, workshop.day) == (2, 29) else workshop.day)
    label = tr("Workshop", "The map of {year} (look back)").format(year=year)
    taken = {s.label.casefold() for s in project.snapshots()}
    base, n = label, 2
    while label.casefold() in taken:
        label, n = f"{base} {n}", n + 1
    today_map = project.snapshot_state(today_label)
    with project.batch():
        info = project.take_snapshot(label, day, tr("Workshop", "Drawn in the workshop of {date} as the group "
                                                                    "remembered it.").format(date=today.isoformat()))
        project.restore_map(today_map)
        project.delete_snapshot(today_label)
        project.set_info(project.info().with_changes(look_back=""))
    return info


def cancel_look_back(project: Project, today_label: str) -> None:
    """Give up the look back: today's map as it was kept."""
    today_map = project.snapshot_state(today_label)
    with project.batch():
        project.restore_map(today_map)
        project.delete_snapshot(today_label)
        project.set_info(project.info().with_changes(look_back=""))
