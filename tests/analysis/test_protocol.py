"""The results protocol's sentences are built from the analysis of the map in front of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from netmap.analysis.report import analyze
from netmap.catalogues import default_catalogues
from netmap.domain import (
    Actor,
    CatalogueEntry,
    CatalogueKind,
    ContactPerson,
    MapState,
    ProjectInfo,
    Source,
    SourceKind,
    Tie,
)
from netmap.i18n import Translator
from netmap.protocol import build_protocol, new_bridges, thin_districts


def town() -> MapState:
    """A hub (school) with three partners in the old town, and a village hanging on one tie."""
    catalogues = default_catalogues()
    catalogues[CatalogueKind.DISTRICT] = [CatalogueEntry("alt", "Altstadt", "Old town"),
                                          CatalogueEntry("dorf", "Dorf", "Village"),
                                          CatalogueEntry("leer", "Leerfeld", "Empty field")]
    actors = [
        Actor("Schule", category="schulen", district="alt", id=1, dots=3,
              contact=ContactPerson("Erika Muster", email="erika@example.org")),
        Actor("Kita", category="kitas", district="alt", id=2),
        Actor("Verein", category="vereine", district="alt", id=3, dots=1),
        Actor("Moschee", category="religion", district="alt", id=4),
        Actor("Ortsbeirat", category="politik", district="dorf", id=5),
    ]
    ties = [Tie(1, 2, "kooperation", id=1), Tie(1, 3, "kooperation", id=2), Tie(1, 4, "kooperation", id=3),
            Tie(4, 5, "kooperation", id=4)]
    info = ProjectInfo(name="T", town="Teststadt", facilitator="Fritz Moderator", participants=6, dots_each=2,
                       open_questions="Wer fehlt?\n\n  Wie weiter?  ")
    return MapState(info=info, catalogues=catalogues, actors=actors, ties=ties)


def protocol_of(state: MapState, **options: object):  # type: ignore[no-untyped-def]
    return build_protocol(state, analyze(state), language="en", translate=Translator("en"), **options)


def test_sentences_name_the_hub_the_breaks_and_the_gaps() -> None:
    state = town()
    protocol = protocol_of(state)
    central = " ".join(protocol.section("central").sentences)
    assert central.startswith("Schule is the most central actor: it works directly with 3 of the other actors.")
    assert "75%" in central  # 3 of the 4 others
    breaks = " ".join(protocol.section("breaks").sentences)
    assert "If Moschee drops out, Ortsbeirat would lose every connection" in breaks
    missing = protocol.section("missing").sentences[0]
    assert missing.startswith("No actor of these groups named in the handbook is on the map: ")
    assert "Police" in missing and "Schools" not in missing
    assert protocol.section("questions").sentences == ("Wer fehlt?", "Wie weiter?")
    assert ("Participants", "6 people (not named here)") in protocol.facts
    dots = " ".join(protocol.section("priorities").sentences)
    assert "The group gave 4 priority dots." in dots and "Each of the 6 participants had 2, 12 in all." in dots
    assert "Most dots (3) went to Schule." in dots


def test_a_different_map_gives_different_sentences() -> None:
    state = town()
    state.ties.append(Tie(2, 5, "kooperation", id=5))  # the village gets a second way in
    protocol = protocol_of(state)
    assert "Ortsbeirat would lose" not in protocol.text()
    assert protocol.section("breaks").sentences[0].startswith("If Schule drops out")  # now it is the school


def test_thin_districts_are_the_small_the_empty_and_the_cut_off() -> None:
    thin = {key: (actors, outward) for key, actors, outward in thin_districts(town())}
    assert thin == {"dorf": (1, 1), "leer": (0, 0)}


def test_changes_count_and_find_the_new_bridge() -> None:
    before = town()
    after = replace(before, actors=[*before.actors, Actor("Jugendzentrum", category="vereine", id=6)],
                    ties=[*before.ties, Tie(2, 5, "kooperation", id=5), Tie(6, 1, "kooperation", id=6),
                          Tie(2, 3, "kooperation", id=7)])
    # Kita-Ortsbeirat were 4 steps apart: a bridge; Kita-Verein shared the school: no bridge; the
    # Jugendzentrum was not there before.
    assert [t.id for t in new_bridges(before, after, after.ties[4:])] == [5]
    text = " ".join(protocol_of(after, earlier=before, since="2024").section("changes").sentences)
    assert "from 5 to 6 actors and from 4 to 7 ties" in text
    assert "1 actor is new: Jugendzentrum." in text and "3 ties were added; 0 ties ended." in text
    assert "1 new tie joins actors who were more than two steps apart before: Kita – Ortsbeirat." in text


def test_anonymised_protocol_has_no_person_in_it() -> None:
    state = town()
    assert "Erika Muster" in protocol_of(state).text() and "Fritz Moderator" in protocol_of(state).text()
    text = protocol_of(state, anonymize=True).text()
    assert "Erika" not in text and "erika@example.org" not in text and "Fritz" not in text


def test_ties_several_sources_name_are_counted() -> None:
    state = town()
    assert "firmer evidence" not in protocol_of(state).text()
    two = (Source(SourceKind.WORKSHOP, date(2024, 1, 1)), Source(SourceKind.IMPORT, date(2025, 1, 1), "b.xlsx"))
    state.ties[0] = state.ties[0].with_changes(sources=two)
    assert ("1 tie is named by more than one source, which makes it firmer evidence."
            in protocol_of(state).section("overview").sentences)


def test_the_next_date_is_in_the_protocol_when_agreed() -> None:
    state = town()
    assert protocol_of(state).section("next") is None
    state.info = state.info.with_changes(next_workshop=date(2027, 11, 11))
    assert protocol_of(state).section("next").sentences == (
        "The group meets again on 11 November 2027 to repeat the map.",)


def test_german_protocol() -> None:
    state = town()
    protocol = build_protocol(state, analyze(state), language="de", translate=Translator("de"))
    assert protocol.section("central").heading == "Wer ist zentral?"
    assert "Fällt Moschee weg, verliert Ortsbeirat jede Verbindung" in protocol.text()
