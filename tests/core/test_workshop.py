"""The seven workshop steps in the core: what each step counts as done, and the look back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netmap.analysis.report import analyze
from netmap.catalogues import default_catalogues
from netmap.demo import write_demo
from netmap.domain import Actor, Cluster, ProjectInfo, Tie
from netmap.errors import InvalidEditError
from netmap.project import Project
from netmap.workshop import (
    STEPS,
    StepKey,
    begin_look_back,
    cancel_look_back,
    finish_look_back,
    guide_status,
    set_step,
)

TODAY = date(2026, 11, 12)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "w.netmap", catalogues=default_catalogues(),
                       info=ProjectInfo(name="W", town="Teststadt", workshop_date=TODAY, participants=5, dots_each=2))
    yield p
    p.close()


def done(project: Project) -> dict[StepKey, bool]:
    status = guide_status(project.state(), project.snapshots(), today=TODAY)
    return {s.key: s.done for s in status.steps}


def test_an_empty_project_has_nothing_done_and_misses_every_group(project: Project) -> None:
    status = guide_status(project.state(), project.snapshots(), today=TODAY)
    assert [s.number for s in status.steps] == [1, 2, 3, 4, 5, 6, 7] and len(STEPS) == 7
    assert not any(s.done for s in status.steps)
    assert status.missing == [m.key for m in analyze(project.state()).gaps.missing_categories]
    assert len(status.missing) == len(status.groups) > 20


def test_each_step_is_done_by_what_the_group_did(project: Project) -> None:
    school, = project.add_actors([Actor("Schule", category="schulen")])
    assert not done(project)[StepKey.KEY_ACTOR]
    town_hall = project.add_actor(Actor("Rathaus", category="verwaltung", is_key=True))
    assert done(project)[StepKey.KEY_ACTOR]
    status = guide_status(project.state(), project.snapshots(), today=TODAY)
    assert "schulen" not in status.missing and "verwaltung" not in status.missing and "polizei" in status.missing
    assert status.missing == [m.key for m in analyze(project.state()).gaps.missing_categories]
    assert not done(project)[StepKey.TIES]
    project.add_tie(Tie(town_hall.id, school.id, "kooperation"))
    assert done(project)[StepKey.TIES]
    assert "1 tie" in guide_status(project.state(), [], today=TODAY).step(StepKey.TIES).progress
    project.add_cluster(Cluster("Bildung", (school.id,)))
    assert done(project)[StepKey.CLUSTERS]
    project.update_actor(project.actor(school.id).with_changes(dots=3))
    assert done(project)[StepKey.PRIORITIES]
    assert guide_status(project.state(), [], today=TODAY).step(StepKey.PRIORITIES).progress == "3 dots given of 10"
    assert not done(project)[StepKey.RESULT]
    set_step(project, 7)
    assert project.info().workshop_step == 7 and done(project)[StepKey.RESULT]


def test_the_look_back_stores_the_past_and_brings_today_back(project: Project) -> None:
    a, b, c = project.add_actors([Actor("Rathaus"), Actor("Schule"), Actor("Neue Initiative")])
    project.add_ties([Tie(a.id, b.id), Tie(a.id, c.id)])
    today = project.state()
    kept = begin_look_back(project, TODAY)
    assert project.info().look_back == kept.label  # remembered, should the app close meanwhile
    project.remove_actors([c.id])  # did not exist ten years ago
    project.update_actor(project.actor(b.id).with_changes(name="Hauptschule"))
    info = finish_look_back(project, 2016, kept.label, TODAY)
    assert info.taken_on == date(2016, 11, 12) and "2016" in info.label
    assert [s.label for s in project.snapshots()] == [info.label]  # the safety copy is gone again
    past = project.snapshot_state(info.label)
    assert sorted(x.name for x in past.actors) == ["Hauptschule", "Rathaus"] and len(past.ties) == 1
    now = project.state()
    assert [(x.id, x.name) for x in now.actors] == [(x.id, x.name) for x in today.actors]
    assert len(now.ties) == 2
    assert done(project)[StepKey.LOOK_BACK] and project.info().look_back == ""


def test_a_wrong_year_changes_nothing_and_cancel_restores(project: Project) -> None:
    a = project.add_actor(Actor("Rathaus"))
    kept = begin_look_back(project, TODAY)
    project.remove_actors([a.id])
    with pytest.raises(InvalidEditError, match="2030"):
        finish_look_back(project, 2030, kept.label, TODAY)
    assert project.actors() == [] and len(project.snapshots()) == 1
    cancel_look_back(project, kept.label)
    assert [x.name for x in project.actors()] == ["Rathaus"] and project.snapshots() == []
    assert project.info().look_back == ""


def test_the_demo_has_its_steps_done_but_collecting_and_the_result(tmp_path: Path) -> None:
    with write_demo(tmp_path / "demo.netmap") as project:
        status = guide_status(project.state(), project.snapshots())
        assert {s.key for s in status.steps if s.done} == set(STEPS) - {StepKey.RESULT, StepKey.COLLECT}
        assert status.missing == [m.key for m in analyze(project.state()).gaps.missing_categories]
        assert {"hochschulen", "polizei"} <= set(status.missing)
