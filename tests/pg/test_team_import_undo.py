"""Undoing an import in team mode puts the map back as it was before the import, but never over
what a colleague changed since (issue 18): the whole map is restored only when no one else changed
an attribute it would set back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from netmap.domain import Actor, MapState
from netmap.edits import ImportMap, UpdateActors
from netmap.merge import plan_import
from netmap.project import Project
from netmap.ui.session import MapSession


@dataclass
class Imported:
    """Anna's window after she imported a file into the map that held the Rathaus; Ben works beside her."""

    anna: Project
    ben: Project
    session: MapSession
    rathaus: int
    refused: list[object] = field(default_factory=list)

    def edit(self, actor_id: int, **changes: Any) -> None:
        assert self.session.execute(UpdateActors([self.session.actors[actor_id].with_changes(**changes)]))

    def undo(self, steps: int) -> None:
        for _ in range(steps):
            self.session.undo_stack.undo()


@pytest.fixture
def imported(qtbot, team_of_three) -> Iterator[Imported]:  # type: ignore[no-untyped-def]
    anna, ben, _ = team_of_three
    rathaus = anna.add_actor(Actor("Rathaus"))
    session = MapSession(anna)
    done = Imported(anna, ben, session, rathaus.id)  # type: ignore[arg-type]
    session.undoRefused.connect(done.refused.append)
    plan = plan_import(anna.state(), MapState(actors=[Actor("Jugendtreff", id=1, category="vereine")]))
    assert session.execute(ImportMap(plan))
    yield done
    anna.unsubscribe(session._on_change)


def test_undoing_an_import_keeps_a_colleagues_rename_of_an_actor_i_edited_since(imported: Imported) -> None:
    ben = imported.ben
    ben.update_actor(ben.actor(imported.rathaus).with_changes(name="Rathaus Nord"))
    # Anna has not seen the rename: her notes are merged in, and she is now the row's last writer.
    imported.edit(imported.rathaus, notes="Sitzung")
    imported.undo(2)  # the notes, then the import
    assert ben.actor(imported.rathaus).name == "Rathaus Nord"
    assert len(imported.refused) == 1 and "ben@" in str(imported.refused[0])


def test_undoing_an_import_keeps_an_actor_a_colleague_added_that_i_edited_since(imported: Imported) -> None:
    tafel = imported.ben.add_actor(Actor("Tafel"))
    imported.session.reload()  # Anna sees Ben's new actor and edits it
    imported.edit(tafel.id, notes="dienstags")  # type: ignore[arg-type]
    imported.undo(2)  # the notes, then the import, which would remove Ben's actor
    assert [a.name for a in imported.ben.actors()].count("Tafel") == 1
    assert len(imported.refused) == 1 and "ben@" in str(imported.refused[0])


def test_undoing_an_import_after_only_my_own_edits_puts_the_map_back(imported: Imported) -> None:
    imported.edit(imported.rathaus, notes="Sitzung")
    imported.edit(imported.rathaus, name="Rathaus Süd")
    imported.undo(3)
    assert imported.refused == []
    assert [(a.name, a.notes) for a in imported.ben.actors()] == [("Rathaus", "")]


def test_undoing_an_import_does_not_bring_back_an_actor_a_colleague_removed_since(imported: Imported) -> None:
    imported.ben.remove_actors([imported.rathaus])
    imported.undo(1)  # the import: putting the map back would bring the Rathaus back
    assert len(imported.refused) == 1 and "removed" in str(imported.refused[0])
    assert [a.name for a in imported.ben.actors()] == ["Jugendtreff"]
