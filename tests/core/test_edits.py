"""Edits as plain objects (`netmap.edits`): made, taken back and made again on a Project with no
user interface, named in the language installed when asked, merged only when they are one step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netmap.domain import Actor
from netmap.edits import AddActors, Composite, MoveActors, RemoveItems, UpdateActors
from netmap.i18n import install_language
from netmap.project import Project


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    Project.create(tmp_path / "m.netmap").close()
    with Project.open(tmp_path / "m.netmap") as project:
        yield project


def test_an_edit_is_made_taken_back_and_made_again_with_the_same_ids(project: Project) -> None:
    add = AddActors([Actor("Tafel", x=1, y=2), Actor("Kita")])
    add.apply(project)
    ids = add.ids
    assert sorted(a.name for a in project.state().actors) == ["Kita", "Tafel"]
    add.revert(project)
    assert project.state().actors == []
    add.apply(project)
    assert sorted(a.id for a in project.state().actors) == sorted(ids)


def test_names_follow_the_language_installed_when_asked() -> None:
    add = AddActors([Actor("Tafel")])
    try:
        assert install_language("en")
        assert add.text() == "Add actor “Tafel”"
        assert install_language("de")
        assert add.text() == "Akteur “Tafel” hinzufügen"
        assert RemoveItems([1, 2]).text() == "Akteure löschen (2)"
    finally:
        install_language("en")
    assert MoveActors({1: (0.0, 0.0)}, label="Layout").text() == "Layout"  # a given name stays as given


def test_moves_by_hand_of_the_same_actors_merge_and_undo_to_the_first_place(project: Project) -> None:
    actor = project.add_actor(Actor("Tafel", x=0, y=0))
    assert actor.id is not None
    first = MoveActors({actor.id: (10.0, 0.0)}, by_hand=True)
    first.apply(project)
    second = MoveActors({actor.id: (10.0, 30.0)}, by_hand=True)
    second.apply(project)
    assert first.merge(second)
    first.revert(project)
    assert (project.actor(actor.id).x, project.actor(actor.id).y) == (0.0, 0.0)  # type: ignore[union-attr]
    first.apply(project)
    assert (project.actor(actor.id).x, project.actor(actor.id).y) == (10.0, 30.0)  # type: ignore[union-attr]


def test_moves_of_other_actors_or_by_a_layout_stay_apart(project: Project) -> None:
    a, b = project.add_actors([Actor("A"), Actor("B")])
    assert a.id is not None and b.id is not None
    drag = MoveActors({a.id: (1.0, 1.0)}, by_hand=True)
    drag.apply(project)
    other = MoveActors({b.id: (2.0, 2.0)}, by_hand=True)
    other.apply(project)
    layout = MoveActors({a.id: (3.0, 3.0)})
    layout.apply(project)
    assert not drag.merge(other)
    assert not drag.merge(layout)
    assert not layout.merge(MoveActors({a.id: (4.0, 4.0)}, by_hand=True))
    assert not drag.merge(UpdateActors([project.actor(a.id).with_changes(name="A2")]))  # type: ignore[union-attr]


def test_a_composite_takes_back_its_parts_when_one_is_refused(project: Project) -> None:
    from netmap.errors import NetMapError

    with pytest.raises(NetMapError):
        Composite([AddActors([Actor("Tafel")]), AddActors([Actor("  ")])]).apply(project)
    assert project.state().actors == []


def test_the_edits_import_no_qt_and_no_user_interface() -> None:
    import ast

    import netmap.edits

    folder = Path(netmap.edits.__file__).parent
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
        modules += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        assert not [m for m in modules if m.startswith(("PySide6", "netmap.ui"))], path.name
