"""The NetMap Excel workbook: round trips, anonymisation, drop-downs, formula safety, edits, errors."""

from __future__ import annotations

import copy
import re
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from report_factory import actor_figures, report

from netmap.analysis.gap_types import CatalogueRef, IsolatedActor, SinglePoint
from netmap.catalogues import default_catalogues
from netmap.domain import (
    Actor,
    Attitude,
    CatalogueEntry,
    CatalogueKind,
    ContactPerson,
    Direction,
    MapState,
    ProjectInfo,
    SnapshotInfo,
    Tie,
)
from netmap.exchange.errors import ExchangeError
from netmap.exchange.workbook import read_workbook, write_workbook

FORMULA_NAMES = ['=HYPERLINK("http://x","klick")', "+1", "-2", "@SUM(A1)", "=1+1", "#N/A"]
PERSONAL = [
    ("Erika Mustermann", "Integrationsbeauftragte", "erika.mustermann@musterstadt.example",
     "+49 6151 123456"),
    ("Ahmet Yilmaz", "Vorsitzender", "a.yilmaz@verein.example", "0176 9876543"),
]


def full_state() -> MapState:
    catalogues = default_catalogues()
    catalogues[CatalogueKind.DISTRICT] = [
        CatalogueEntry("nord", "Nordstadt", "North town", rank=0),
        CatalogueEntry("altstadt", "Altstadt", "Old town", rank=1),
    ]
    actors = [
        Actor(
            "Stadtverwaltung Musterstadt",
            category="verwaltung",
            district="altstadt",
            fields=("sprache_bildung", "oeffnung_verwaltung"),
            stage="mitbestimmung",
            influence=9,
            attitude=Attitude.SUPPORTIVE,
            reached=True,
            notes="Koordiniert die Strategie.\nZweite Zeile.",
            tags=("Steuerungsgruppe", "Schlüssel"),
            x=12.5,
            y=-40.25,
            contact=ContactPerson(*PERSONAL[0]),
            dots=2,
            is_key=True,
            extra={"Website": "musterstadt.example"},
            id=1,
        ),
        Actor(
            "Türkischer Kulturverein",
            category="migrantenorganisationen",
            district="nord",
            fields=("vereine_ehrenamt",),
            stage="information",
            influence=4,
            attitude=Attitude.CRITICAL,
            contact=ContactPerson(*PERSONAL[1]),
            x=200.0,
            y=80.0,
            id=2,
        ),
        Actor("Kita Sonnenschein", category="kitas", influence=2, x=-100.0, y=300.0, id=3),
    ]
    actors += [Actor(name, id=10 + i) for i, name in enumerate(FORMULA_NAMES)]
    ties = [
        Tie(1, 2, "kooperation", Direction.MUTUAL, 3, "vereine_ehrenamt", "seit 2019", {"Seit": "2019"},
            id=1),
        Tie(1, 3, "finanzierung", Direction.DIRECTED, 2, "sprache_bildung", id=2),
        Tie(2, 3, "konflikt", Direction.UNDIRECTED, 1, id=3),
        Tie(10, 11, "information", id=4),
    ]
    info = ProjectInfo("WIR-Netzwerk", "Musterstadt", "Vielfalt", "Dr. Moderatorin", date(2024, 5, 17), "de")
    return MapState(info=info, catalogues=catalogues, actors=actors, ties=ties)


ANALYSIS = report(
    (actor_figures(1, "Stadtverwaltung Musterstadt", category="verwaltung", degree=2, betweenness=0.0,
                   closeness=1.0, eigenvector=0.57, pagerank=0.33, constraint=0.5, effective_size=1.0, community=0),
     actor_figures(9, "+1", degree=0, betweenness=0.0, closeness=0.0, eigenvector=0.0, pagerank=0.1,
                   community=1)),
    network={"actors": 3, "ties": 3, "density": 1.0, "components": 1},
    missing_categories=(CatalogueRef("polizei", "polizei"), CatalogueRef("jobcenter", "jobcenter")),
    isolated_actors=(IsolatedActor(9, "@SUM(A1)", ""),),
    single_points_of_failure=(SinglePoint(1, "Stadtverwaltung Musterstadt", "verwaltung", ()),),
)


@pytest.fixture
def state() -> MapState:
    return full_state()


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")}


# --- round trip -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "en"])
def test_round_trip_keeps_every_attribute(state: MapState, tmp_path: Path, language: str) -> None:
    path = tmp_path / f"karte-{language}.xlsx"
    snapshots = [SnapshotInfo(1, "Vor zwei Jahren", date(2022, 5, 1), "erste Runde")]
    write_workbook(state, path, language=language, analysis=ANALYSIS, snapshots=snapshots)
    back = read_workbook(path, base=state)
    assert back.actors == state.actors
    assert back.ties == state.ties
    assert back.info == state.info
    assert back.catalogues == state.catalogues
    book = openpyxl.load_workbook(path)
    every = {
        "de": ["Übersicht", "Akteure", "Beziehungen", "Einfluss × Haltung", "Kennzahlen", "Lücken",
               "Momentaufnahmen", "Projekt", "Erläuterungen", "Listen"],
        "en": ["Overview", "Actors", "Ties", "Influence × attitude", "Metrics", "Gaps", "Snapshots", "Project",
               "Guide", "Lists"],
    }[language]
    assert book.sheetnames == every
    expected = [every[i] for i in (1, 2, 4, 5, 6, 7, 9)]  # the sheets of the data
    assert book[expected[-1]].sheet_state == "hidden"
    actors = book[expected[0]]
    assert actors["A1"].font.b and actors["A1"].fill.fgColor.rgb.endswith("1F4E79")
    assert actors.freeze_panes == "A2" and next(iter(actors.tables.values())).ref.startswith("A1:")
    assert actors.column_dimensions["A"].width >= 20  # the names
    assert actors["B2"].value == ("Verwaltung" if language == "de" else "Administration")
    assert actors["D2"].value == (
        "Sprache und Bildung|Interkulturelle Öffnung der Verwaltung"
        if language == "de"
        else "Language and education|Intercultural opening of the administration"
    )
    metrics = book[expected[2]]
    assert metrics.max_row == 3 and metrics["C2"].value == 2
    gaps = [row for row in book[expected[3]].iter_rows(min_row=2, values_only=True)]
    assert len(gaps) == 4 and all(row[2] for row in gaps)  # every finding explained
    assert gaps[0][1] == ("Polizei" if language == "de" else "Police")
    snap = list(book[expected[4]].iter_rows(min_row=2, values_only=True))
    assert snap[0][0] == "Vor zwei Jahren" and snap[0][1].date() == date(2022, 5, 1)


def test_read_without_base_uses_defaults_and_declared_districts(state: MapState, tmp_path: Path) -> None:
    path = tmp_path / "karte.xlsx"
    write_workbook(state, path)
    back = read_workbook(path)
    assert [a.uid for a in back.actors] == [a.uid for a in state.actors]
    assert back.actors[0].district == "altstadt" and back.actors[1].district == "nord"
    districts = {e.key: e.label_de for e in back.catalogues[CatalogueKind.DISTRICT]}
    assert districts == {"nord": "Nordstadt", "altstadt": "Altstadt"}
    assert back.catalogues[CatalogueKind.CATEGORY] == default_catalogues()[CatalogueKind.CATEGORY]
    # Ties refer to the ids of the returned actors.
    ids = {a.uid: a.id for a in back.actors}
    assert [(t.source, t.target) for t in back.ties] == [
        (ids[state.actors[0].uid], ids[state.actors[1].uid]),
        (ids[state.actors[0].uid], ids[state.actors[2].uid]),
        (ids[state.actors[1].uid], ids[state.actors[2].uid]),
        (ids[state.actors[3].uid], ids[state.actors[4].uid]),
    ]


def test_metrics_sheet_keeps_its_header_without_analysis(state: MapState, tmp_path: Path) -> None:
    path = tmp_path / "karte.xlsx"
    write_workbook(state, path, language="en")
    book = openpyxl.load_workbook(path)
    assert book["Metrics"].max_row == 1 and book["Metrics"]["A1"].value == "Name"
    assert book["Gaps"].max_row == 1


# --- privacy --------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "en"])
def test_anonymized_workbook_holds_no_personal_data(state: MapState, tmp_path: Path, language: str) -> None:
    path = tmp_path / "anonym.xlsx"
    write_workbook(state, path, language=language, anonymize=True, analysis=ANALYSIS)
    xml = sheet_xml(path)
    with zipfile.ZipFile(path) as archive:
        raw = b"".join(archive.read(n) for n in archive.namelist())
    for person in PERSONAL:
        for value in person:
            assert all(value not in text for text in xml.values()), value
            assert value.encode() not in raw
    headers = [c.value for c in openpyxl.load_workbook(path).worksheets[1][1]]  # after the cover
    assert not [h for h in headers if "Kontakt" in h or "Contact" in h]
    back = read_workbook(path, base=state)
    assert all(a.contact is None for a in back.actors)
    # The rest is still there.
    assert [a.name for a in back.actors] == [a.name for a in state.actors]


def test_personal_data_is_written_when_not_anonymized(state: MapState, tmp_path: Path) -> None:
    path = tmp_path / "voll.xlsx"
    write_workbook(state, path)
    text = "".join(sheet_xml(path).values())
    assert all(value in text for value in PERSONAL[0])


# --- drop-down lists ------------------------------------------------------------------------------


def test_drop_down_lists(state: MapState, tmp_path: Path) -> None:
    path = tmp_path / "karte.xlsx"
    write_workbook(state, path)
    book = openpyxl.load_workbook(path)
    lists = book["Listen"]

    def drop_downs(sheet: str) -> dict[str, list[object]]:
        found = {}
        ws = book[sheet]
        headers = {c.column_letter: c.value for c in ws[1]}
        for validation in ws.data_validations.dataValidation:
            assert validation.type == "list"
            if validation.formula1.startswith("'Akteure'!$A$2:$A$"):  # the names for Von/An
                for ref in str(validation.sqref).split():
                    found[headers[re.match(r"[A-Z]+", ref).group()]] = ["(names)"]
                continue
            match = re.fullmatch(r"'Listen'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)", validation.formula1)
            assert match, validation.formula1
            column, first, _, last = match.groups()
            values = [lists[f"{column}{r}"].value for r in range(int(first), int(last) + 1)]
            for ref in str(validation.sqref).split():
                found[headers[re.match(r"[A-Z]+", ref).group()]] = values
        return found

    actor_lists = drop_downs("Akteure")
    assert "Verwaltung" in actor_lists["Kategorie"] and len(actor_lists["Kategorie"]) == 32
    assert actor_lists["Sozialraum"] == ["Nordstadt", "Altstadt"]
    assert actor_lists["Beteiligungsstufe"][0] == "Dekoration"
    assert actor_lists["Haltung"] == ["unterstützend", "neutral", "kritisch"]
    tie_lists = drop_downs("Beziehungen")
    assert "Kooperation" in tie_lists["Art"]
    assert tie_lists["Richtung"] == ["ungerichtet", "gerichtet", "wechselseitig"]
    assert tie_lists["Stärke"] == [1, 2, 3]
    assert tie_lists["Von"] == tie_lists["An"] == ["(names)"]  # the Name column of the actor sheet


# --- formulas stay text ---------------------------------------------------------------------------


def test_formula_looking_text_stays_text(state: MapState, tmp_path: Path) -> None:
    path = tmp_path / "karte.xlsx"
    write_workbook(state, path, analysis=ANALYSIS)
    for name, text in sheet_xml(path).items():
        assert "<f>" not in text and "<f " not in text, f"a formula in {name}"
    book = openpyxl.load_workbook(path)
    names = {c.value: c for c in book["Akteure"]["A"][1:]}
    for value in FORMULA_NAMES:
        assert names[value].data_type == "s", value
    ties = book["Beziehungen"]
    assert ties["A5"].value == "=HYPERLINK(\"http://x\",\"klick\")" and ties["B5"].data_type == "s"
    gaps = book["Lücken"]
    assert any(c.value == "@SUM(A1)" and c.data_type == "s" for c in gaps["B"])
    back = read_workbook(path, base=state)
    assert [a.name for a in back.actors][3:] == FORMULA_NAMES


# --- an edited workbook ---------------------------------------------------------------------------


def test_edited_workbook_reads_back_the_edits(state: MapState, tmp_path: Path) -> None:
    path = tmp_path / "karte.xlsx"
    write_workbook(state, path)
    book = openpyxl.load_workbook(path)
    actors = book["Akteure"]
    actors["B4"] = "Schulen"  # Kita Sonnenschein becomes a school
    actors["F3"] = 6  # influence of the Kulturverein
    new_row = actors.max_row + 1
    actors[f"A{new_row}"] = "Jugendzentrum Nord"
    actors[f"B{new_row}"] = "stadtteilzentren"  # a key works as well as a label
    actors[f"C{new_row}"] = "Nordstadt"
    actors[f"F{new_row}"] = "5"
    ties = book["Beziehungen"]
    ties.append(["Jugendzentrum Nord", "Türkischer Kulturverein", "Kooperation", "gerichtet", 2])
    ties["E2"] = 1
    book.save(path)

    back = read_workbook(path, base=state)
    assert len(back.actors) == len(state.actors) + 1
    assert [a.uid for a in back.actors[:-1]] == [a.uid for a in state.actors]  # nothing duplicated
    assert back.actors[2].category == "schulen"
    assert back.actors[1].influence == 6
    assert back.actors[0] == state.actors[0]
    new = back.actors[-1]
    assert new.name == "Jugendzentrum Nord" and new.category == "stadtteilzentren"
    assert new.district == "nord" and new.influence == 5
    assert new.uid not in {a.uid for a in state.actors} and new.id not in {a.id for a in state.actors}
    assert back.ties[0].strength == 1 and back.ties[0].uid == state.ties[0].uid
    added = back.ties[-1]
    assert (added.source, added.target) == (new.id, 2)
    assert added.kind == "kooperation" and added.direction == Direction.DIRECTED and added.strength == 2
    assert added.uid not in {t.uid for t in state.ties} and added.id is None


# --- errors ---------------------------------------------------------------------------------------


def _edit(path: Path, sheet: str, changes: dict[str, object]) -> None:
    book = openpyxl.load_workbook(path)
    for ref, value in changes.items():
        book[sheet][ref] = value
    book.save(path)


@pytest.mark.parametrize(
    ("sheet", "changes", "row", "column", "words"),
    [
        ("Akteure", {"B3": "Raumfahrtbehörde"}, 3, "B (Kategorie)", "Raumfahrtbehörde"),
        ("Akteure", {"F2": "viel"}, 2, "F (Einfluss)", "viel"),
        ("Akteure", {"F4": 11}, 4, "F (Einfluss)", "0 to 10"),
        ("Akteure", {"A3": None}, 3, "A (Name)", "name is missing"),
        ("Akteure", {"U4": "=A2"}, 4, "U (ID)", "formula"),
        ("Akteure", {"U4": None, "U3": None, "U2": "x", "U5": "x"}, 5, "U (ID)", "twice"),
        ("Akteure", {"G2": "begeistert"}, 2, "G (Haltung)", "begeistert"),
        ("Akteure", {"H2": "vielleicht"}, 2, "H (Erreicht)", "yes nor no"),
        ("Akteure", {"S2": "links"}, 2, "S (X)", "not a number"),
        ("Akteure", {"C2": "Südpol"}, 2, "C (Sozialraum)", "Südpol"),
        ("Akteure", {"D2": "Sprache und Bildung|Raketenbau"}, 2, "D (Handlungsfelder)", "Raketenbau"),
        ("Akteure", {"A2": "x" * 501}, 2, "A (Name)", "longer"),
        ("Beziehungen", {"E2": 7}, 2, "E (Stärke)", "1 to 3"),
        ("Beziehungen", {"D3": "quer"}, 3, "D (Richtung)", "quer"),
        ("Beziehungen", {"C4": "Freundschaft"}, 4, "C (Art)", "Freundschaft"),
        ("Beziehungen", {"I2": "0000"}, 2, "I (Von-ID)", "unknown actor"),
        ("Beziehungen", {"J3": None, "B3": "Niemand"}, 3, "B (An)", "unknown actor"),
        ("Beziehungen", {"K3": "dup", "K4": "dup"}, 4, "K (ID)", "twice"),
        ("Beziehungen", {"B2": '=HYPERLINK("http://x","klick")'}, 2, "B (An)", "formula"),
        ("Projekt", {"B6": "gestern"}, 6, "B (Wert)", "not a date"),
        ("Projekt", {"B7": "fr"}, 7, "B (Wert)", "'de' or 'en'"),
    ],
)
def test_errors_name_sheet_row_and_column(
    state: MapState, tmp_path: Path, sheet: str, changes: dict[str, object], row: int, column: str, words: str
) -> None:
    path = tmp_path / "kaputt.xlsx"
    write_workbook(state, path)
    _edit(path, sheet, changes)
    with pytest.raises(ExchangeError) as caught:
        read_workbook(path, base=state)
    error = caught.value
    place = (error.file, error.sheet, error.row, error.column)
    assert place == ("kaputt.xlsx", sheet, row, column), str(error)
    assert words in error.message
    assert "\n" not in str(error) and f"row {row}" in str(error)


def test_workbook_rows_go_through_the_builders_checks(state: MapState, tmp_path: Path) -> None:
    """A custom column's header becomes an attribute name: too long for one, it is refused as in
    every other reader (the cells themselves had nothing to object to)."""
    path = tmp_path / "lang.xlsx"
    write_workbook(state, path)
    book = openpyxl.load_workbook(path)
    actors = book["Akteure"]
    column = actors.max_column + 1
    actors.cell(1, column, "Eigenschaft " + "x" * 600)
    actors.cell(3, column, "ja")
    book.save(path)
    with pytest.raises(ExchangeError, match="attribute name") as caught:
        read_workbook(path, base=state)
    assert (caught.value.file, caught.value.sheet, caught.value.row) == ("lang.xlsx", "Akteure", 3)


def test_ambiguous_tie_name(state: MapState, tmp_path: Path) -> None:
    state.actors.append(Actor("Kita Sonnenschein", id=99))
    path = tmp_path / "doppelt.xlsx"
    write_workbook(state, path)
    _edit(path, "Beziehungen", {"J3": None})  # To: "Kita Sonnenschein" by name only
    with pytest.raises(ExchangeError, match="2 actors are called") as caught:
        read_workbook(path, base=state)
    assert (caught.value.sheet, caught.value.row, caught.value.column) == ("Beziehungen", 3, "B (An)")


def test_missing_actor_sheet(tmp_path: Path) -> None:
    path = tmp_path / "fremd.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Tabelle1"
    book.save(path)
    with pytest.raises(ExchangeError, match="Akteure"):
        read_workbook(path)


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "text.xlsx"
    path.write_text("Name;Kategorie\nA;Schulen\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        read_workbook(path)
    assert caught.value.file == "text.xlsx"


def test_zip_bomb_is_refused_before_opening(state: MapState, tmp_path: Path) -> None:
    path = tmp_path / "bombe.xlsx"
    write_workbook(state, path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (8 * 1024 * 1024))  # ~1000:1
    with pytest.raises(ExchangeError, match="bomb"):
        read_workbook(path)


def test_failed_read_changes_nothing_and_failed_write_leaves_no_file(state: MapState, tmp_path: Path) -> None:
    path = tmp_path / "karte.xlsx"
    write_workbook(state, path)
    _edit(path, "Akteure", {"F2": "viel"})
    before = copy.deepcopy(state)
    with pytest.raises(ExchangeError):
        read_workbook(path, base=state)
    assert state == before  # the base (and its catalogues) untouched
    target = tmp_path / "missing-dir" / "x.xlsx"
    with pytest.raises(OSError):
        write_workbook(state, target)
    assert not target.exists()
