"""Random sequences of edits, undo, redo, snapshots, imports, closing and reopening, through the
app's real edits (`netmap.edits`, no user interface): after every step the project file holds
exactly what a simple in-memory model says, and so does every snapshot.

The edits are kept in an undo history that does what the app's undo stack does with them
(`netmap.ui.undo`): a refused edit leaves it as it was; an edit drops the steps that could have
been redone and is merged into the last step when that step's edit merges it (`Edit.merge`), else
appended; undo reverts the last step in effect, redo applies the next one again.

The model is a list of maps, one per undo step: an edit drops the steps that could have been
redone and appends one (or, for a merged edit, replaces the last), undo and redo move along the
list, and reopening the project starts a new list (the undo history does not outlive the session).
Snapshots are copies of the model's map, apart from undo.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from netmap.domain import Actor, Cluster, MapState, Tie
from netmap.edits import (
    AddActors,
    AddCluster,
    AddTies,
    Edit,
    ImportMap,
    MoveActors,
    RemoveItems,
    UpdateActors,
)
from netmap.errors import NetMapError
from netmap.merge import plan_import
from netmap.project import Project

ActorRow = tuple[int, str, str, int, float, float]  # id, name, category, influence, x, y
TieRow = tuple[str, str, str]  # source uid, target uid, kind
ClusterRow = tuple[str, frozenset[str]]  # name, member uids

NAMES = st.text(alphabet="Aäß =<>&\"'-.1", min_size=1, max_size=8).filter(lambda s: bool(s.strip()))
CATEGORIES = st.sampled_from(["", "verwaltung", "schulen", "vereine", "religion"])
KINDS = st.sampled_from(["", "kooperation", "information", "konflikt"])
COORDINATES = st.integers(min_value=-2000, max_value=2000).map(float)
PICK = st.integers(min_value=0, max_value=10_000)


@dataclass(frozen=True)
class Model:
    actors: dict[str, ActorRow] = field(default_factory=dict)  # by uid
    ties: dict[str, TieRow] = field(default_factory=dict)
    clusters: dict[str, ClusterRow] = field(default_factory=dict)


def as_model(state: MapState) -> Model:
    uid_of = {a.id: a.uid for a in state.actors}
    return Model(
        actors={a.uid: (a.id, a.name, a.category, a.influence, a.x, a.y) for a in state.actors},  # type: ignore[misc]
        ties={t.uid: (uid_of[t.source], uid_of[t.target], t.kind) for t in state.ties},
        clusters={c.uid: (c.name, frozenset(uid_of[m] for m in c.members)) for c in state.clusters},
    )


class History:
    """The undo history of one open project, with the app's rules (see the module's docstring)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.steps: list[Edit] = []
        self.index = 0  # the steps before it are in effect

    def execute(self, edit: Edit) -> None:
        """Make `edit`; raises (leaving the history as it was) when the project refuses it."""
        edit.apply(self.project)
        del self.steps[self.index:]
        if not (self.steps and self.steps[-1].merge(edit)):
            self.steps.append(edit)
        self.index = len(self.steps)

    def undo(self) -> None:
        self.steps[self.index - 1].revert(self.project)
        self.index -= 1

    def redo(self) -> None:
        self.steps[self.index].apply(self.project)
        self.index += 1


class EditingSession(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="netmap-stateful-"))
        self.path = self.folder / "map.netmap"
        Project.create(self.path).close()
        self.failures: list[str] = []
        self.edits = self._open()
        self.history: list[Model] = [Model()]
        self.merge_keys: list[object] = [None]  # what the command of each step merges with (None: nothing)
        self.index = 0
        self.snapshots: dict[str, Model] = {}
        self.counter = 0

    def _open(self) -> History:
        return History(Project.open(self.path))

    def teardown(self) -> None:
        self.edits.project.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- the model's side ----------------------------------------------------------------------

    @property
    def model(self) -> Model:
        return self.history[self.index]

    def _did(self, command: Edit, after: Model, merge_key: object = None) -> None:
        """`command` was executed and the map is now `after`: one step more (or the last one merged)."""
        del self.history[self.index + 1:]
        del self.merge_keys[self.index + 1:]
        if merge_key is not None and self.index > 0 and self.merge_keys[self.index] == merge_key:
            self.history[self.index] = after
        else:
            self.history.append(after)
            self.merge_keys.append(merge_key)
            self.index += 1

    def _execute(self, command: Edit) -> None:
        try:
            self.edits.execute(command)
        except NetMapError as exc:
            self.failures.append(str(exc))
        assert not self.failures, self.failures

    def _actor(self, pick: int) -> Actor:
        uid = list(self.model.actors)[pick % len(self.model.actors)]  # in the order they came: uids are random
        return self.edits.project.actor(self.model.actors[uid][0])

    def _some(self, picks: list[int]) -> list[Actor]:
        return list({a.uid: a for a in (self._actor(p) for p in picks)}.values())

    def _name(self) -> str:
        self.counter += 1
        return str(self.counter)

    # -- edits ---------------------------------------------------------------------------------

    @rule(name=NAMES, category=CATEGORIES, influence=st.integers(0, 10), x=COORDINATES, y=COORDINATES)
    def add_actor(self, name: str, category: str, influence: int, x: float, y: float) -> None:
        command = AddActors([Actor(name, category=category, influence=influence,
                                                                x=x, y=y)])
        self._execute(command)
        added = command.added[0]
        assert added.id is not None
        actors = {**self.model.actors, added.uid: (added.id, name, category, influence, x, y)}
        self._did(command, replace(self.model, actors=actors))

    @rule(name=st.sampled_from(["", "   ", "A\x01B", "x" * 501]), influence=st.sampled_from([0, 11, -1]))
    def refused_edit(self, name: str, influence: int) -> None:
        before = (list(self.edits.steps), self.edits.index)
        with pytest.raises(NetMapError):
            self.edits.execute(AddActors([Actor(name or " ", influence=influence)]))
        assert (self.edits.steps, self.edits.index) == before  # never lands on the history, nor drops a redo

    @precondition(lambda self: self.model.actors)
    @rule(pick=PICK, name=NAMES, category=CATEGORIES)
    def update_actor(self, pick: int, name: str, category: str) -> None:
        actor = self._actor(pick)
        command = UpdateActors([actor.with_changes(name=name, category=category)])
        self._execute(command)
        row = self.model.actors[actor.uid]
        actors = {**self.model.actors, actor.uid: (row[0], name, category, *row[3:])}
        self._did(command, replace(self.model, actors=actors))  # type: ignore[arg-type]

    @precondition(lambda self: self.model.actors)
    @rule(pick=PICK, influence=st.integers(0, 10))
    def set_influence(self, pick: int, influence: int) -> None:
        """Like a spin box stepped up: consecutive changes of one actor's influence are one undo step."""
        actor = self._actor(pick)
        command = UpdateActors([actor.with_changes(influence=influence)],
                                      attribute="influence")
        self._execute(command)
        row = self.model.actors[actor.uid]
        actors = {**self.model.actors, actor.uid: (*row[:3], influence, *row[4:])}
        self._did(command, replace(self.model, actors=actors), merge_key=("influence", actor.uid))  # type: ignore[arg-type]

    @precondition(lambda self: self.model.actors)
    @rule(picks=st.lists(PICK, min_size=1, max_size=3), dx=COORDINATES, dy=COORDINATES, by_hand=st.booleans())
    def move(self, picks: list[int], dx: float, dy: float, by_hand: bool) -> None:
        """A drag (`by_hand`: dragging the same actors again right after is the same undo step) or a
        layout (a step of its own)."""
        self._move(self._some(picks), dx, dy, by_hand)

    @precondition(lambda self: self.index > 0 and isinstance(self.merge_keys[self.index], tuple)
                  and self.merge_keys[self.index][0] == "move")
    @rule(dx=COORDINATES, dy=COORDINATES)
    def drag_again(self, dx: float, dy: float) -> None:
        """The actors of the last step, a drag, dragged once more: the two drags become one step."""
        uids = self.merge_keys[self.index][1]  # type: ignore[index]
        self._move([self.edits.project.actor(self.model.actors[u][0]) for u in uids], dx, dy, True)  # type: ignore[misc]

    @precondition(lambda self: self.model.actors)
    @rule(picks=st.lists(PICK, min_size=1, max_size=3), dx=COORDINATES, dy=COORDINATES, then_undo=st.booleans())
    def drag_twice(self, picks: list[int], dx: float, dy: float, then_undo: bool) -> None:
        """Actors dragged and dragged again at once (one step), and maybe that step undone."""
        actors = self._some(picks)
        self._move(actors, dx, dy, True)
        self._move([self.edits.project.actor(a.id) for a in actors], dy, dx, True)  # type: ignore[arg-type, misc]
        if then_undo:
            self.undo()

    def _move(self, actors: list[Actor], dx: float, dy: float, by_hand: bool) -> None:
        command = MoveActors({a.id: (a.x + dx, a.y + dy) for a in actors}, by_hand=by_hand)  # type: ignore[misc]
        self._execute(command)
        rows = dict(self.model.actors)
        for a in actors:
            rows[a.uid] = (*rows[a.uid][:4], a.x + dx, a.y + dy)  # type: ignore[assignment]
        merge_key = ("move", frozenset(a.uid for a in actors)) if by_hand else None
        self._did(command, replace(self.model, actors=rows), merge_key=merge_key)

    @precondition(lambda self: self.model.actors)
    @rule(pick=PICK)
    def remove_actor(self, pick: int) -> None:
        actor = self._actor(pick)
        command = RemoveItems([actor.id])  # type: ignore[list-item]
        self._execute(command)
        m = self.model
        actors = {u: r for u, r in m.actors.items() if u != actor.uid}
        ties = {u: r for u, r in m.ties.items() if actor.uid not in r[:2]}
        clusters = {u: (name, members - {actor.uid}) for u, (name, members) in m.clusters.items()}
        self._did(command, Model(actors, ties, clusters))

    @precondition(lambda self: len(self.model.actors) >= 2)
    @rule(a=PICK, b=PICK, kind=KINDS)
    def add_tie(self, a: int, b: int, kind: str) -> None:
        source, target = self._actor(a), self._actor(b)
        if source.uid == target.uid:
            target = self._actor(a + 1)
        command = AddTies([Tie(source.id, target.id, kind)])  # type: ignore[arg-type]
        self._execute(command)
        ties = {**self.model.ties, command.added[0].uid: (source.uid, target.uid, kind)}
        self._did(command, replace(self.model, ties=ties))

    @precondition(lambda self: self.model.ties)
    @rule(pick=PICK)
    def remove_tie(self, pick: int) -> None:
        uid = list(self.model.ties)[pick % len(self.model.ties)]
        tie = next(t for t in self.edits.project.state().ties if t.uid == uid)
        command = RemoveItems([], [tie.id])  # type: ignore[list-item]
        self._execute(command)
        self._did(command, replace(self.model, ties={u: r for u, r in self.model.ties.items() if u != uid}))

    @precondition(lambda self: self.model.actors)
    @rule(name=NAMES, picks=st.lists(PICK, max_size=3))
    def add_cluster(self, name: str, picks: list[int]) -> None:
        members = self._some(picks)
        command = AddCluster(Cluster(name, members=tuple(a.id for a in members)))  # type: ignore[misc]
        self._execute(command)
        assert command.added is not None
        clusters = {**self.model.clusters, command.added.uid: (name, frozenset(a.uid for a in members))}
        self._did(command, replace(self.model, clusters=clusters))

    @rule(name=NAMES)
    def import_an_actor(self, name: str) -> None:
        """An import of one new actor (its name made unique) as one undo step, through ImportMap."""
        project = self.edits.project
        unique = f"Import {self._name()} {name}"
        plan = plan_import(project.state(), MapState(actors=[Actor(unique, id=1, category="vereine")]))
        command = ImportMap(plan)
        self._execute(command)
        assert command.after is not None
        added = next(a for a in command.after.actors if a.name == unique)
        actors = {**self.model.actors, added.uid: (added.id, unique, "vereine", 0, added.x, added.y)}  # type: ignore[dict-item]
        self._did(command, replace(self.model, actors=actors))

    # -- history, snapshots, files -----------------------------------------------------------------

    @precondition(lambda self: self.index > 0)
    @rule()
    def undo(self) -> None:
        self.edits.undo()
        self.index -= 1

    @precondition(lambda self: self.index < len(self.history) - 1)
    @rule()
    def redo(self) -> None:
        self.edits.redo()
        self.index += 1

    @rule(note=NAMES)
    def snapshot(self, note: str) -> None:
        label = f"#{self._name()} {note}".strip()  # a label is stored without surrounding spaces
        self.edits.project.take_snapshot(label, note=note)
        self.snapshots[label] = self.model

    @rule()
    def close_and_reopen(self) -> None:
        self.edits.project.close()
        self.edits = self._open()
        self.history, self.merge_keys, self.index = [self.model], [None], 0

    # -- what must always hold -----------------------------------------------------------------------

    @invariant()
    def the_file_is_the_model(self) -> None:
        assert not self.failures, self.failures
        assert as_model(self.edits.project.state()) == self.model
        assert self.edits.index == self.index
        assert len(self.edits.steps) == len(self.history) - 1

    @invariant()
    def every_snapshot_is_as_taken(self) -> None:
        project = self.edits.project
        assert {s.label for s in project.snapshots()} == set(self.snapshots)
        for label, model in self.snapshots.items():
            assert as_model(project.snapshot_state(label)) == model, label


def test_edits_undo_redo_snapshots_and_reopening_keep_the_file_right() -> None:
    run_state_machine_as_test(EditingSession, settings=settings(
        max_examples=100, stateful_step_count=40, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
