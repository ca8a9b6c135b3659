"""CSV node and edge lists: separators, encodings, English and German headers, companions, formulas."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netmap.catalogues import default_catalogues
from netmap.domain import Actor, Attitude, CatalogueKind, Direction, MapState, Tie
from netmap.exchange.csvlists import read_csv, write_csv
from netmap.exchange.errors import ExchangeError
from netmap.exchange.safety import csv_cell, csv_uncell


def test_gephi_node_table_with_repeated_ids(refdata: Path) -> None:
    state = read_csv(refdata / "gephi/test_utf8_chars.csv")
    assert [a.name for a in state.actors] == ["uno", "dos"]  # id 2 twice: one actor; the empty row skipped
    assert state.actors[0].extra == {"timeset": "[1,5]; [10, 10.5]; [11, 16];", "utf8": "漢語"}
    assert state.actors[1].extra == {"utf8": "bla"}  # the later row wins
    assert state.ties == []


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Von;Nach;Art;Stärke\nJugendamt;Sportverein Grün-Weiß;Kooperation;2\n", "utf-8-sig"),
        ("Von;Nach;Art;Stärke\nJugendamt;Sportverein Grün-Weiß;Kooperation;2\n", "cp1252"),
        ("From,To,Kind,Strength\nJugendamt,Sportverein Grün-Weiß,Cooperation,2\n", "utf-8"),
        ('Source\tTarget\tType\tWeight\nJugendamt\t"Sportverein Grün-Weiß"\tKooperation\t2\n', "utf-16"),
    ],
)
def test_edge_lists_in_any_separator_encoding_and_language(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "ties.csv"
    path.write_bytes(text.encode(encoding))
    state = read_csv(path)
    assert [a.name for a in state.actors] == ["Jugendamt", "Sportverein Grün-Weiß"]
    (tie,) = state.ties
    assert (tie.kind, tie.strength, tie.direction) == ("kooperation", 2, Direction.UNDIRECTED)


def test_gephi_edge_table_type_column_is_the_direction(tmp_path: Path) -> None:
    path = tmp_path / "edges.csv"
    path.write_text("Source,Target,Type,Id,Weight\nA,B,Directed,0,5\nB,C,Undirected,1,1\n", encoding="utf-8")
    state = read_csv(path)
    assert [t.direction for t in state.ties] == [Direction.DIRECTED, Direction.UNDIRECTED]
    assert state.ties[0].extra == {"Id": "0", "weight": "5"} and state.ties[0].strength == 3


def test_german_node_list_with_companion_edge_list(tmp_path: Path) -> None:
    nodes = tmp_path / "karte.csv"
    nodes.write_text(
        "Name;Kategorie;Sozialraum;Einfluss;Haltung;Erreicht;Schlagwörter;Telefonliste\n"
        "Jugendamt;Verwaltung;Nordstadt;7;kritisch;ja;Jugend|Amt;intern\n"
        "TSV 1860;Sportverein;;3;;nein;;\n",
        encoding="utf-8",
    )
    (tmp_path / "karte_beziehungen.csv").write_text(
        "Von;Nach;Richtung;Notizen\nJugendamt;TSV 1860;gerichtet;Förderung seit 2019\n", encoding="utf-8"
    )
    state = read_csv(nodes)
    amt, tsv = state.actors
    assert (amt.category, amt.influence, amt.attitude, amt.reached, amt.tags) == (
        "verwaltung", 7, Attitude.CRITICAL, True, ("Jugend", "Amt")
    )  # fmt: skip
    assert state.label(CatalogueKind.DISTRICT, amt.district) == "Nordstadt"
    assert state.label(CatalogueKind.CATEGORY, tsv.category) == "Sportverein" and tsv.reached is False
    assert amt.extra == {"Telefonliste": "intern"}
    (tie,) = state.ties
    assert (tie.source, tie.target, tie.direction, tie.notes) == (1, 2, Direction.DIRECTED, "Förderung seit 2019")
    assert len(read_csv(tmp_path / "karte_beziehungen.csv").ties) == 1  # either file reads both


def test_unknown_actor_in_companion_edge_list_names_row_and_column(tmp_path: Path) -> None:
    (tmp_path / "karte.csv").write_text("Name\nA\nB\n", encoding="utf-8")
    (tmp_path / "karte_beziehungen.csv").write_text("Von;Nach\nA;B\nB;X\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        read_csv(tmp_path / "karte.csv")
    assert str(info.value) == "karte_beziehungen.csv, row 3, column Nach: unknown actor 'X'"


def test_typed_column_that_does_not_fit_stays_a_custom_attribute(tmp_path: Path) -> None:
    path = tmp_path / "nodes.csv"
    path.write_text("Label,Influence,Attitude\nA,High,supportive\nB,3,neutral\n", encoding="utf-8")
    a, b = read_csv(path).actors
    assert (a.influence, a.extra, a.attitude) == (0, {"Influence": "High"}, Attitude.SUPPORTIVE)
    assert b.extra == {"Influence": "3"}


def test_round_trip_keeps_every_field(tmp_path: Path, rich_map: Any, comparable: Any) -> None:
    state = rich_map()
    for language in ("de", "en"):
        nodes, ties = write_csv(state, tmp_path / f"map_{language}.csv", language=language)
        assert ties.name == f"map_{language}_{'beziehungen' if language == 'de' else 'ties'}.csv"
        assert comparable(read_csv(nodes), language) == comparable(state, language)


def test_formulas_are_written_so_excel_does_not_run_them(tmp_path: Path, rich_map: Any) -> None:
    nodes, _ = write_csv(rich_map(), tmp_path / "map.csv")
    raw = nodes.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens it as UTF-8
    rows = list(csv.reader(nodes.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    names = [row[1] for row in rows[1:]]
    assert names[1] == '\'=HYPERLINK("http://x","klick")' and names[2] == "'@SUM(A1)"
    risky = [c for row in rows for c in row if c[:1] in ("=", "+", "@") or (c[:1] == "-" and not c[1:2].isdigit())]
    assert not risky


def test_anonymize_leaves_out_contact_persons(tmp_path: Path, rich_map: Any, personal_values: Any) -> None:
    for path in write_csv(rich_map(), tmp_path / "map.csv", anonymize=True):
        text = path.read_text(encoding="utf-8-sig")
        assert not [v for v in personal_values if v in text]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"Farbe;Notiz\nrot;x\n", "no name column"),
        (b"Name\n" + b"A" * 10_000 + b"\n", "10,000 characters"),
        (b"Von;Nach\nA;\n", "row 2, column Nach: the cell is empty"),
        (b"Name\n\x81\x8d\n", "neither UTF-8 nor Windows-1252"),
        (b'Name\n"unclosed\n', None),
    ],
)
def test_bad_files_name_the_place(tmp_path: Path, content: bytes, message: str | None) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    if message is None:  # an unclosed quote runs to the end, as in Excel
        assert read_csv(path).actors[0].name == "unclosed"
        return
    with pytest.raises(ExchangeError, match=message) as info:
        read_csv(path)
    assert str(info.value).startswith("bad.csv")


def test_control_characters_are_stripped_from_names(tmp_path: Path) -> None:
    path = tmp_path / "nodes.csv"
    path.write_bytes(b'Name;Notizen\n\x07Jugend\x00treff\x1b;"erste\r\nzweite\x0c"\n')
    (actor,) = read_csv(path).actors
    assert (actor.name, actor.notes) == ("Jugendtreff", "erste\nzweite")


# -- opened with another list separator (issue 12, point 7)

_HOSTILE = ["Kita Nord,=1+1", "Kita Süd;=1+1", "Kita;@SUM(A1)", 'Zitat,"=2+2"', "Leer, -A1", "a;'=b",
            "Preis -5,3", "x,+cmd|' /C calc'!A0", 'Club "=1";+2']  # fmt: skip
_SEPARATORS = (",", ";", "\t")


def _formula_cells(path: Path) -> list[tuple[str, str]]:
    """Cells a spreadsheet would run when it splits the file at each separator in turn."""
    text = path.read_text(encoding="utf-8-sig")
    found = []
    for separator in _SEPARATORS:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator):
            for cell in row:
                core = cell.lstrip(" \"\t\r\n")
                if core[:1] in ("=", "+", "-", "@") and not _NUMBER.match(core):
                    found.append((separator, cell))
    return found


_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")  # runs nothing: -5, -,5, 1e5


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_cell_starts_a_formula_whatever_the_separator(tmp_path: Path, language: str) -> None:
    actors = [Actor(name, notes=f"Zeile 1\n={i}+1\n\t@x", tags=(name[:10],), extra={"Web;=1": name}, id=i)
              for i, name in enumerate(_HOSTILE, start=1)]  # fmt: skip
    ties = [Tie(i, i + 1, "kooperation", notes=_HOSTILE[i]) for i in range(1, len(_HOSTILE))]
    state = MapState(catalogues=default_catalogues(), actors=actors, ties=ties)
    nodes, tie_list = write_csv(state, tmp_path / "karte.csv", language=language)
    assert _formula_cells(nodes) == [] and _formula_cells(tie_list) == []
    back = read_csv(nodes)  # and NetMap reads every text back as it was
    assert [(a.name, a.notes, a.extra) for a in back.actors] == [(a.name, a.notes, a.extra) for a in actors]
    assert [t.notes for t in back.ties] == [t.notes for t in ties]


@given(st.text(alphabet=",;\t\n\r\"' =+-@5aZ", max_size=12))
def test_any_text_is_safe_under_every_separator(text: str) -> None:
    for written_with in _SEPARATORS:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=written_with).writerow(["1", csv_cell(text), "x"])
        path_text = buffer.getvalue()
        for separator in _SEPARATORS:
            for row in csv.reader(io.StringIO(path_text, newline=""), delimiter=separator):
                for cell in row:
                    core = cell.lstrip(" \"\t\r\n")
                    assert cell.startswith("'") or core[:1] not in "=+-@" or not core or _NUMBER.match(core), (
                        written_with, separator, text, cell)
        assert csv_uncell(next(csv.reader(io.StringIO(path_text, newline=""), delimiter=written_with))[1]) == text
