"""`with_changes` is typed by one TypedDict per class: each must name exactly its class's fields."""

from __future__ import annotations

from dataclasses import fields

import pytest

from netmap.domain import (
    Actor,
    ActorChanges,
    Cluster,
    ClusterChanges,
    ProjectInfo,
    ProjectInfoChanges,
    Tie,
    TieChanges,
)


@pytest.mark.parametrize(("cls", "changes"), [(Actor, ActorChanges), (Tie, TieChanges), (Cluster, ClusterChanges),
                                              (ProjectInfo, ProjectInfoChanges)])
def test_the_changes_a_class_accepts_are_its_fields(cls: type, changes: type) -> None:
    assert set(changes.__annotations__) == {f.name for f in fields(cls)}
    assert changes.__required_keys__ == frozenset()  # any subset of fields may change


def test_with_changes_keeps_the_class_and_the_untouched_fields() -> None:
    actor = Actor("Rathaus", category="verwaltung", id=4)
    renamed = actor.with_changes(name="Stadtverwaltung")
    assert type(renamed) is Actor
    assert (renamed.name, renamed.category, renamed.id, renamed.uid) == ("Stadtverwaltung", "verwaltung", 4, actor.uid)
    assert actor.name == "Rathaus"
