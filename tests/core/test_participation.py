"""Proposals from phones: checked by the rules of an app edit, kept in the project, decided and undone."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from core.fixtures import small_map

from netmap.domain import Actor, Attitude, Source, SourceKind
from netmap.errors import InvalidEditError
from netmap.participation.desk import ModerationDesk, provenance, similar_actors
from netmap.participation.proposals import (
    ActorProposal,
    InvalidProposalError,
    ProposalStatus,
    TieProposal,
)
from netmap.participation.votes import dot_totals, most_disagreed, room_views
from netmap.project import Project

NOW = datetime(2026, 12, 5, 18, 30)


def desk_for(project: Project, **options: object) -> ModerationDesk:
    return ModerationDesk(project, clock=lambda: NOW, **options)  # type: ignore[arg-type]


def test_each_kind_is_queued_and_changes_nothing_until_approved(project: Project) -> None:
    actors, _, _ = small_map(project)
    desk = desk_for(project)
    before = project.state()
    a, b = actors[1].id, actors[2].id
    for body in ({"kind": "actor", "name": "  Jugend  treff ", "category": "vereine"},
                 {"kind": "tie", "source": a, "target": b, "tie_kind": "kooperation"},
                 {"kind": "rating", "actor": a, "influence": 4, "attitude": "critical"},
                 {"kind": "dot", "actor": b}):
        assert desk.submit(body, "dev1").status is ProposalStatus.PENDING
    after = project.state()
    assert after.actors == before.actors and after.ties == before.ties
    queued = desk.proposals(ProposalStatus.PENDING)
    assert [p.kind for p in queued] == ["actor", "tie", "rating", "dot"]
    assert queued[0].content == ActorProposal("Jugend treff", "vereine")

    for proposal in queued:
        desk.approve(proposal.id)
    state = project.state()
    new = [x for x in state.actors if x.name == "Jugend treff"]
    assert len(new) == 1 and new[0].notes == provenance(NOW.date()) and new[0].category == "vereine"
    assert any(t.source == a and t.target == b and t.kind == "kooperation" for t in state.ties)
    # Provenance: a participant's proposal, dated, naming no one.
    proposed = (Source(SourceKind.PROPOSAL, NOW.date(), ""),)
    assert new[0].sources == proposed
    assert [t.sources for t in state.ties if t.id not in {u.id for u in before.ties}] == [proposed]
    assert state.actor_by_id()[b].dots == actors[2].dots + 1
    assert [(v.influence, v.attitude) for v in desk.votes()] == [(4, Attitude.CRITICAL)]
    assert desk.proposals(ProposalStatus.PENDING) == []


@pytest.mark.parametrize("body, message", [
    ({"kind": "actor", "name": ""}, "the name is missing"),
    ({"kind": "actor", "name": "x" * 501}, "501 characters"),
    ({"kind": "actor", "name": "A\x07B"}, "control character"),
    ({"kind": "actor", "name": "Neu", "category": "erfunden"}, "not in the project's catalogue"),
    ({"kind": "tie", "source": 1, "target": 1}, "two different actors"),
    ({"kind": "tie", "source": 1, "target": 999}, "not on the map"),
    ({"kind": "rating", "actor": 1, "influence": 11}, "outside 0-10"),
    ({"kind": "rating", "actor": 1, "influence": "7"}, "whole number"),
    ({"kind": "rating", "actor": 1}, "influence or an attitude"),
    ({"kind": "rating", "actor": 1, "attitude": "angry"}, "supportive, neutral"),
    ({"kind": "vote"}, "one of actor, tie"),
    (["actor"], "JSON object"),
])
def test_invalid_proposals_are_refused_with_a_reason_and_stored_nowhere(tmp_path: Path, body: object,
                                                                        message: str) -> None:
    with Project.create(tmp_path / "p.netmap") as project:
        small_map(project)
        desk = desk_for(project)
        with pytest.raises(InvalidProposalError, match=message):
            desk.submit(body, "dev")
        assert desk.proposals() == []


def test_each_device_places_only_its_dots(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.netmap") as project:
        actors, _, _ = small_map(project)
        desk = desk_for(project, dots_per_device=2)
        first = desk.submit({"kind": "dot", "actor": actors[0].id}, "dev1")
        desk.submit({"kind": "dot", "actor": actors[1].id}, "dev1")
        with pytest.raises(InvalidProposalError, match="all your dots"):
            desk.submit({"kind": "dot", "actor": actors[2].id}, "dev1")
        desk.submit({"kind": "dot", "actor": actors[2].id}, "dev2")  # another phone has its own
        desk.reject(first.id)  # a rejected dot is given back
        assert desk.dots_left("dev1") == 1
        desk.submit({"kind": "dot", "actor": actors[2].id}, "dev1")


def test_auto_mode_puts_proposals_on_the_map_at_once(project: Project) -> None:
    small_map(project)
    desk = desk_for(project, auto=True)
    proposal = desk.submit({"kind": "actor", "name": "Seniorenbeirat"}, "dev")
    assert proposal.status is ProposalStatus.APPROVED
    assert project.actor(proposal.outcome["actor"]).name == "Seniorenbeirat"


def test_merge_fills_in_what_the_actor_lacks_and_undo_takes_it_back(project: Project) -> None:
    actors, _, _ = small_map(project)
    desk = desk_for(project)
    school = actors[1]
    proposal = desk.submit({"kind": "actor", "name": "grundschule  nord", "district": "nordstadt"}, "dev")
    assert [a.name for a in desk.suggestions(proposal)][0] == "Grundschule Nord"
    count = len(project.actors())
    decision = desk.merge(proposal.id, school.id)
    assert len(project.actors()) == count
    assert project.actor(school.id).district == "nordstadt"
    assert desk.proposal(proposal.id).status is ProposalStatus.MERGED
    desk.undo(decision)
    assert project.actor(school.id).district == ""
    assert desk.proposal(proposal.id).status is ProposalStatus.PENDING


def test_undo_of_each_decision_restores_map_and_queue(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.netmap") as project:
        actors, _, _ = small_map(project)
        desk = desk_for(project)
        before = project.state()
        ids = [desk.submit(body, "dev").id for body in (
            {"kind": "actor", "name": "Neu"},
            {"kind": "tie", "source": actors[0].id, "target": actors[2].id},
            {"kind": "rating", "actor": actors[0].id, "influence": 3},
            {"kind": "dot", "actor": actors[0].id})]
        decisions = [desk.approve(i) for i in ids] + []
        rejected = desk.submit({"kind": "actor", "name": "Quatsch"}, "dev")
        decisions.append(desk.reject(rejected.id))
        for decision in reversed(decisions):
            desk.undo(decision)
        after = project.state()
        assert [a.name for a in after.actors] == [a.name for a in before.actors]
        assert [a.dots for a in after.actors] == [a.dots for a in before.actors]
        assert len(after.ties) == len(before.ties) and desk.votes() == []
        assert all(p.status is ProposalStatus.PENDING and p.outcome == {} for p in desk.proposals())


def test_edit_then_approve_keeps_the_facilitators_version(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.netmap") as project:
        actors, _, _ = small_map(project)
        desk = desk_for(project)
        proposal = desk.submit({"kind": "actor", "name": "Jugendtref"}, "dev")
        with pytest.raises(InvalidEditError, match="kind"):
            desk.approve(proposal.id, TieProposal(actors[0].id, actors[1].id))
        with pytest.raises(InvalidProposalError, match="catalogue"):
            desk.approve(proposal.id, ActorProposal("Jugendtreff", "erfunden"))
        desk.approve(proposal.id, ActorProposal("Jugendtreff", "vereine"))
        assert desk.proposal(proposal.id).content == ActorProposal("Jugendtreff", "vereine")
        assert any(a.name == "Jugendtreff" and a.category == "vereine" for a in project.actors())
        with pytest.raises(InvalidEditError, match="decided already"):
            desk.reject(proposal.id)


def test_proposals_survive_closing_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "p.netmap"
    with Project.create(path) as project:
        small_map(project)
        desk_for(project).submit({"kind": "actor", "name": "<b>Fett</b> & Co"}, "dev")
    with Project.open(path) as project:
        (proposal,) = desk_for(project).proposals()
        assert proposal.content == ActorProposal("<b>Fett</b> & Co")  # stored as text, as typed


def test_similar_actors_finds_case_spacing_typos_and_parts() -> None:
    actors = [Actor("Stadtverwaltung", id=1), Actor("Grundschule Nord", id=2), Actor("Polizei", id=3)]
    assert [a.id for a in similar_actors("stadtverwaltng", actors)] == [1]
    assert [a.id for a in similar_actors("Grundschule", actors)] == [2]
    assert similar_actors("Moschee", actors) == []


def test_votes_give_median_range_and_disagreement(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.netmap") as project:
        actors, _, _ = small_map(project)
        desk = desk_for(project, auto=True)
        for level, attitude in ((2, "critical"), (9, "supportive"), (5, "supportive")):
            desk.submit({"kind": "rating", "actor": actors[0].id, "influence": level, "attitude": attitude}, "d")
        for level in (6, 7):
            desk.submit({"kind": "rating", "actor": actors[1].id, "influence": level}, "d")
        views = room_views(desk.votes())
        first = views[actors[0].uid]
        assert (first.votes, first.median, first.low, first.high, first.spread) == (3, 5.0, 2, 9, 7)
        assert (first.supportive, first.critical) == (2, 1)
        assert [v.actor_uid for v in most_disagreed(views)] == [actors[0].uid, actors[1].uid]
        totals = dot_totals(project.actors())
        assert totals.total == sum(a.dots for a in project.actors()) and totals.ranking[0][1] == 3
