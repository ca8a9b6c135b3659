"""One vocabulary for every table: writers write one spelling, readers still read what NetMap wrote before.

Before the vocabulary was shared, the workbook wrote "An", "wechselseitig", "Schlagworte" and
"Kontaktperson"/"Kontakt Funktion"/..., the CSV lists "Nach", "gegenseitig", "Schlagwörter" and
"Ansprechperson". Files of both kinds must keep importing.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from netmap.domain import Actor, Attitude, Direction, MapState, Tie
from netmap.exchange import read_csv, read_map, write_map
from netmap.exchange.schema import ACTOR_COLUMNS, TIE_COLUMNS
from netmap.exchange.vocabulary import (
    ACTOR_HEADERS,
    TIE_HEADERS,
    attitude_word,
    direction_word,
    parse_attitude,
    parse_bool,
    parse_direction,
)
from netmap.exchange.workbook.vocabulary import _ACTOR_COLUMNS, _TIE_COLUMNS


def _state() -> MapState:
    actors = [
        Actor(id=1, name="Jugendamt", attitude=Attitude.CRITICAL, tags=("Jugend", "Amt"), reached=True),
        Actor(id=2, name="Tafel", is_key=True),
    ]
    return MapState(actors=actors, ties=[Tie(id=1, source=1, target=2, direction=Direction.MUTUAL)])


def test_workbook_and_csv_write_the_same_headers() -> None:
    for language, index in (("en", 0), ("de", 1)):
        for columns, headers in ((_ACTOR_COLUMNS, ACTOR_HEADERS), (ACTOR_COLUMNS, ACTOR_HEADERS)):
            for column in columns:
                if column.field in headers:
                    assert column.header(language) == headers[column.field][index]
    workbook_ties = {c.field: c.header("de") for c in _TIE_COLUMNS}
    csv_ties = {c.field: c.header("de") for c in TIE_COLUMNS}
    assert workbook_ties["to"] == csv_ties["target"] == TIE_HEADERS["target"][1] == "An"
    assert workbook_ties["to_id"] == csv_ties["target_id"] == "An-ID"


def test_old_words_still_read() -> None:
    assert parse_direction("gegenseitig") is parse_direction("wechselseitig") is Direction.MUTUAL
    assert direction_word(Direction.MUTUAL, "de") == "wechselseitig"
    assert parse_attitude("unterstuetzend") is parse_attitude(attitude_word(Attitude.SUPPORTIVE, "de"))
    assert parse_bool("Ja") is parse_bool("wahr") is True
    assert parse_bool("nein") is parse_bool("falsch") is False


def test_csv_lists_of_earlier_versions_still_read(tmp_path: Path) -> None:
    actors = tmp_path / "karte_akteure.csv"
    actors.write_text(
        "Name;Haltung;Schlagwörter;Ansprechperson;Rolle der Ansprechperson\n"
        "Jugendamt;kritisch;Jugend|Amt;Frau Muster;Leitung\nTafel;;;;\n",
        encoding="utf-8",
    )
    ties = tmp_path / "karte_beziehungen.csv"
    ties.write_text("Von;Nach;Richtung\nJugendamt;Tafel;gegenseitig\n", encoding="utf-8")
    state = read_csv(actors)
    amt = next(a for a in state.actors if a.name == "Jugendamt")
    assert amt.tags == ("Jugend", "Amt") and amt.contact is not None and amt.contact.role == "Leitung"
    tie_state = read_csv(ties)
    assert [t.direction for t in tie_state.ties] == [Direction.MUTUAL]


def test_workbooks_of_earlier_versions_still_read(tmp_path: Path) -> None:
    path = tmp_path / "karte.xlsx"
    write_map(_state(), path, language="de")
    book = openpyxl.load_workbook(path)
    actors, ties = book["Akteure"], book["Beziehungen"]
    old = {"Schlagworte": "Schlagwörter", "Ansprechperson": "Kontaktperson",
           "Rolle der Ansprechperson": "Kontakt Funktion", "E-Mail der Ansprechperson": "Kontakt E-Mail",
           "Telefon der Ansprechperson": "Kontakt Telefon"}
    for cell in actors[1]:
        cell.value = old.get(cell.value, cell.value)
    for cell in ties[1]:
        cell.value = {"An": "Nach", "An-ID": "Nach-ID"}.get(cell.value, cell.value)
    direction = [c.value for c in ties[1]].index("Richtung") + 1
    ties.cell(2, direction).value = "gegenseitig"
    book.save(path)
    state = read_map(path)
    amt = next(a for a in state.actors if a.name == "Jugendamt")
    assert amt.tags == ("Jugend", "Amt") and amt.attitude is Attitude.CRITICAL and amt.reached
    assert [t.direction for t in state.ties] == [Direction.MUTUAL]
