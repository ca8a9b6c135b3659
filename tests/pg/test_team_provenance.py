"""Provenance in team mode: each member's entries name that member, and imports add to them."""

from __future__ import annotations

from netmap.domain import Actor, MapState, SourceKind, Tie
from netmap.merge import plan_import
from netmap.transfer import import_source


def test_each_member_is_named_and_a_file_that_names_a_tie_again_adds_a_source(anna_and_ben) -> None:  # type: ignore[no-untyped-def]
    anna, ben = anna_and_ben
    rathaus = anna.add_actor(Actor("Rathaus"))
    ben.poll()
    schule = ben.add_actor(Actor("Schule"))
    tie = ben.add_tie(Tie(rathaus.id, schule.id, "kooperation"))  # type: ignore[arg-type]
    anna.poll()
    assert [s.detail.split("@")[0] for s in anna.actor(rathaus.id).sources] == ["anna"]  # type: ignore[arg-type]
    assert [s.detail.split("@")[0] for s in anna.ties([tie.id])[0].sources] == ["ben"]  # type: ignore[list-item]

    incoming = MapState(actors=[Actor("Rathaus", id=1), Actor("Schule", id=2)], ties=[Tie(1, 2, "kooperation")])
    anna.apply_import(plan_import(anna.state(), incoming), import_source("runde2.xlsx"))
    ben.poll()
    sources = ben.ties([tie.id])[0].sources  # type: ignore[list-item]
    assert [s.kind for s in sources] == [SourceKind.EDITOR, SourceKind.IMPORT]
    assert sources[1].detail == "runde2.xlsx"
    ben.take_snapshot("Stand")
    assert anna.snapshot_state("Stand").ties[0].sources == sources
