"""Change notices name their subject and action with enums (issue 15 point 8), which still equal
the words code used to compare them with."""

from __future__ import annotations

import pytest

from netmap.changes import Action, Change, Subject
from netmap.domain import Actor, ContactPerson
from netmap.errors import InvalidEditError
from netmap.project import Project


def test_notices_are_enum_members_and_equal_their_words(project: Project) -> None:
    heard: list[Change] = []
    project.subscribe(heard.append)
    project.add_actor(Actor("Tafel", contact=ContactPerson("Erika Muster")))
    taken = project.take_snapshot("Workshop 1")
    project.rename_snapshot("Workshop 1", "Erster Workshop")
    project.erase_person("Erika Muster")
    project.delete_snapshot("Erster Workshop")
    assert [(c.what, c.action) for c in heard] == [
        (Subject.ACTOR, Action.ADDED), (Subject.SNAPSHOT, Action.ADDED), (Subject.SNAPSHOT, Action.UPDATED),
        (Subject.MAP, Action.REPLACED), (Subject.SNAPSHOT, Action.REMOVED)]
    assert all(type(c.what) is Subject and type(c.action) is Action for c in heard)
    assert heard[1] == Change("snapshot", "added", (taken.id,))  # type: ignore[arg-type]  # as words, too
    assert heard[1].ids == heard[2].ids == heard[4].ids == (taken.id,)


def test_a_failed_batch_announces_nothing(project: Project) -> None:
    heard: list[Change] = []
    project.subscribe(heard.append)
    with pytest.raises(InvalidEditError, match="label"), project.batch():
        project.add_actor(Actor("Tafel"))
        project.take_snapshot("")  # refused: a snapshot needs a label
    assert heard == [] and project.actors() == []
