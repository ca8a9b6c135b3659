"""The demo town holds what the foundation issue promises, and its two snapshots tell the story."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from netmap.compare import compare_states
from netmap.demo import write_demo
from netmap.project import Project

OLD, NEW = "Bestandsaufnahme 2024", "Bestandsaufnahme 2026"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = write_demo(tmp_path_factory.mktemp("demo") / "demo.netmap")
    yield project
    project.close()


def test_the_town_is_big_and_varied_enough(demo: Project) -> None:
    state = demo.state()
    assert 55 <= len(state.actors) <= 65
    assert len({a.category for a in state.actors}) >= 20
    assert len({t.kind for t in state.ties}) >= 5
    assert len(state.clusters) >= 3
    assert sum(a.contact is not None for a in state.actors) >= 5
    assert len({a.district for a in state.actors}) == 3
    assert state.info.town == "Musterstadt"


def test_actors_do_not_sit_on_top_of_each_other(demo: Project) -> None:
    points = [(a.x, a.y) for a in demo.state().actors]
    closest = min(math.dist(p, q) for i, p in enumerate(points) for q in points[i + 1:])
    assert closest > 40


def test_two_snapshots_two_years_apart_tell_the_story(demo: Project) -> None:
    snapshots = demo.snapshots()
    assert [s.label for s in snapshots] == [OLD, NEW]
    assert (snapshots[1].taken_on - snapshots[0].taken_on).days in range(700, 760)
    old, new = demo.snapshot_state(OLD), demo.snapshot_state(NEW)
    comparison = compare_states(old, new)
    added = {a.name for a in comparison.actors_added}
    removed = {a.name for a in comparison.actors_removed}
    assert any("Integrationsbeauftragte" in name for name in added)  # the officer's post was created
    assert any(a.category == "migrantenorganisationen" for a in comparison.actors_added)
    assert any(a.category == "vereine" for a in comparison.actors_removed), removed
    names = {a.id: a for a in new.actors}
    mosque_school = [t for t in comparison.ties_added
                     if {names[t.source].category, names[t.target].category} == {"religion", "schulen"}]
    assert mosque_school, "a new cooperation between a mosque and a school"
    renamed = [(old_a.name, new_a.name) for old_a, new_a, attrs in comparison.actors_changed if "name" in attrs]
    assert renamed == [("Jugendtreff Nord", "Jugendzentrum Nordstadt")]
    assert new.actors == demo.state().actors  # the current map is the newer workshop


def test_the_demo_is_built_from_resources_not_code() -> None:
    from netmap.resources import resource_path

    assert resource_path("demo", "musterstadt.json").is_file()


def test_a_second_demo_into_the_same_path_is_refused(tmp_path: Path) -> None:
    from netmap.errors import NotAProjectError

    path = tmp_path / "d.netmap"
    write_demo(path).close()
    with pytest.raises(NotAProjectError, match="already exists"):
        write_demo(path)
