"""Kumu workbooks both ways: Kumu's own samples, round trips, formulas as text, hostile workbooks."""

from __future__ import annotations

import io
import warnings
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from netmap.domain import Actor, CatalogueKind, Direction, MapState, Tie
from netmap.exchange.errors import ExchangeError
from netmap.exchange.kumu import read_kumu, write_kumu

PAYPAL = "kumu/paypal-mafia.xlsx"


def _sheet(path: Path, title: str) -> list[dict[str, str]]:
    """The non-empty cells of each row by header, read directly with openpyxl."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl drops Kumu's data validation extension
        ws = openpyxl.load_workbook(path)[title]
    rows = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    return [{h: str(v) for h, v in zip(header, row, strict=False) if v not in (None, "")} for row in rows[1:]]


@pytest.mark.parametrize("name", [PAYPAL, "kumu/snap-to-tutorial-data.xlsx"])
def test_counts_match_the_sheets(refdata: Path, name: str) -> None:
    state = read_kumu(refdata / name)
    assert len(state.actors) == len(_sheet(refdata / name, "Elements"))
    assert len(state.ties) == len(_sheet(refdata / name, "Connections"))


def test_paypal_fields_types_tags_and_custom_columns(refdata: Path) -> None:
    state = read_kumu(refdata / PAYPAL)
    reid = next(a for a in state.actors if a.name == "Reid Hoffman")
    assert state.label(CatalogueKind.CATEGORY, reid.category) == "Person" and reid.category == "person"
    assert reid.tags == ("PayPal-Mafia", "VC", "Tech")
    assert reid.notes.startswith("Reid is a Partner at [Greylock Partners]")
    assert reid.extra["Board Affiliations"] == "LinkedIn|Kiva"
    assert reid.extra["Influence"] == "High" and reid.influence == 0  # "High" is no influence 0-10
    assert reid.extra["Net Worth (Billions)"] == "4.4"
    kinds = Counter(state.label(CatalogueKind.TIE_KIND, t.kind) for t in state.ties)
    assert set(kinds) == {"Employee/Founder", "Investor"}
    assert all(t.direction == Direction.DIRECTED for t in state.ties)  # Kumu's default
    hoffman_linkedin = next(t for t in state.ties if t.notes.startswith("Hoffman co-founded"))
    assert hoffman_linkedin.extra == {"Tags": "Co-Founder"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_paypal_round_trips_unchanged(refdata: Path, tmp_path: Path, language: str, comparable: Any) -> None:
    original = read_kumu(refdata / PAYPAL)
    path = tmp_path / "paypal.xlsx"
    write_kumu(original, path, language=language)
    again = read_kumu(path)
    assert comparable(again, "en") == comparable(original, "en")
    assert again.catalogues == original.catalogues
    # and the written sheets hold the original cells, column by column
    for title, key in (("Elements", "Label"), ("Connections", None)):
        before, after = _sheet(refdata / PAYPAL, title), _sheet(path, title)
        if key:
            after_by = {row[key]: row for row in after}
            assert all(after_by[row[key]] == row for row in before)
        else:  # NetMap adds Direction and Strength (Kumu's defaults: directed, 1)
            added = [{h: v for h, v in row.items() if h not in ("Direction", "Strength")} for row in after]
            assert Counter(tuple(sorted(r.items())) for r in before) == Counter(tuple(sorted(r.items())) for r in added)


def test_round_trip_of_a_netmap_map(tmp_path: Path, rich_map: Any, comparable: Any) -> None:
    state = rich_map()
    for language in ("de", "en"):
        path = tmp_path / f"map_{language}.xlsx"
        write_kumu(state, path, language=language)
        assert comparable(read_kumu(path), language) == comparable(state, language)


def test_formulas_from_user_text_are_stored_as_text(tmp_path: Path) -> None:
    texts = ['=HYPERLINK("http://x","klick")', "@SUM(A1)", "#N/A", "+1-2", "-A1", "=1+1"]
    state = MapState(
        actors=[Actor(t, notes=t, extra={"Custom": t}, id=i) for i, t in enumerate(texts, start=1)],
        ties=[Tie(1, 2, notes="=A1*2", extra={"Label": "=cmd|' /C calc'!A0"})],
    )
    path = tmp_path / "injection.xlsx"
    write_kumu(state, path)
    workbook = openpyxl.load_workbook(path)  # data_only=False: formulas would show as type 'f'
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:  # texts are texts; figures (strength) are numbers since issue 16
                    assert cell.data_type == ("n" if isinstance(cell.value, int) else "s"), (ws.title, cell.coordinate,
                                                                                         cell.value)
    elements = workbook["Elements"]
    assert [elements.cell(row=r, column=1).value for r in range(2, 8)] == texts
    assert [a.name for a in read_kumu(path).actors] == texts


def test_formula_in_an_imported_workbook_is_refused_naming_the_cell(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "Elements"
    ws.append(["Label", "Type"])
    ws.append(["Jugendamt", "Verwaltung"])
    ws.append(['=HYPERLINK("http://evil","klick")', "Verein"])
    path = tmp_path / "evil.xlsx"
    workbook.save(path)
    with pytest.raises(ExchangeError) as info:
        read_kumu(path)
    assert str(info.value).startswith("evil.xlsx, sheet Elements, row 3, column Label: the cell holds a formula")


def test_zip_bomb_is_refused_before_opening(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))  # ~20 KB compressed
    assert path.stat().st_size < 100_000
    with pytest.raises(ExchangeError, match="zip bomb"):
        read_kumu(path)


def test_sheet_claiming_a_million_rows_and_columns_is_refused_quickly(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = "Elements"
    ws["A1"], ws["A2"], ws["XFD1048576"] = "Label", "Amt", "far away"
    path = tmp_path / "sparse.xlsx"
    workbook.save(path)
    with pytest.raises(ExchangeError, match="row 1048576: the row has more than 1,000 columns"):
        read_kumu(path)


def test_workbook_that_is_no_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("Label,Type\n", encoding="utf-8")
    with pytest.raises(ExchangeError, match="not a zip archive"):
        read_kumu(path)


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        ws = workbook.create_sheet(title)
        for row in rows:
            ws.append(row)
    workbook.save(path)
    return path


def test_connections_only_workbook_creates_elements_and_splits_lists(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "c.xlsx", {
        "Connections": [["From", "To", "Type", "Strength", "Direction"],
                        ["Amt", "Verein A|Verein B", "Förderung", 5, "mutual"],
                        ["Verein A", "Amt", None, "strong", None]],
        "Notes (ignore)": [["anything"]],
    })  # fmt: skip
    state = read_kumu(path)
    assert [a.name for a in state.actors] == ["Amt", "Verein A", "Verein B"]
    assert [(t.source, t.target, t.strength, t.direction) for t in state.ties] == [
        (1, 2, 3, Direction.MUTUAL), (1, 3, 3, Direction.MUTUAL), (2, 1, 3, Direction.DIRECTED)
    ]  # fmt: skip
    assert state.ties[0].extra == {"weight": "5"} and state.ties[2].extra == {}


def test_unknown_element_is_named(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "u.xlsx", {
        "Elements": [["Label"], ["Amt"]],
        "Connections": [["From", "To"], ["Amt", "Amt"], ["Amt", "Vrein"]],
    })  # fmt: skip
    with pytest.raises(ExchangeError) as info:
        read_kumu(path)
    assert str(info.value) == (
        "u.xlsx, sheet Connections, row 3, column To: unknown element 'Vrein' (not on the Elements sheet)"
    )


def test_duplicate_names_are_written_with_ids(tmp_path: Path) -> None:
    state = MapState(actors=[Actor("Schule", id=1), Actor("Schule", id=2)], ties=[Tie(1, 2)])
    path = tmp_path / "ids.xlsx"
    write_kumu(state, path)
    assert _sheet(path, "Elements")[0]["ID"] == "1"
    again = read_kumu(path)
    assert [a.name for a in again.actors] == ["Schule", "Schule"]
    assert [(t.source, t.target) for t in again.ties] == [(1, 2)]


def test_anonymize_leaves_out_contact_persons(tmp_path: Path, rich_map: Any, personal_values: Any) -> None:
    path = tmp_path / "anon.xlsx"
    write_kumu(rich_map(), path, anonymize=True)
    with zipfile.ZipFile(path) as archive:
        text = "".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    assert not [v for v in personal_values if v in text]
    assert "Erika Mustermann" not in io.StringIO(text).read()


def test_kumu_layout_has_label_first_lists_and_numbers_as_numbers(tmp_path: Path) -> None:
    from netmap.catalogues import default_catalogues

    state = MapState(
        catalogues=default_catalogues(),
        actors=[Actor("Stadtverwaltung", category="verwaltung", influence=8, tags=("a", "b"), dots=2, x=10.5, y=-3,
                      id=1),
                Actor("Moscheeverein", influence=0, id=2)],
        ties=[Tie(1, 2, "kooperation", Direction.MUTUAL, 3)],
    )
    path = tmp_path / "kumu.xlsx"
    write_kumu(state, path, language="en")
    book = openpyxl.load_workbook(path)
    elements, connections = book["Elements"], book["Connections"]
    header = [c.value for c in elements[1]]
    assert header[:4] == ["Label", "Type", "Description", "Tags"]
    row = {h: elements.cell(2, i + 1).value for i, h in enumerate(header)}
    assert row["Tags"] == "a|b" and row["Influence"] == 8 and row["Dots"] == 2
    assert row["X"] == 10.5 and row["Y"] == -3
    assert [c.value for c in connections[1]][:5] == ["From", "To", "Type", "Direction", "Strength"]
    assert [c.value for c in connections[2]][:5] == ["Stadtverwaltung", "Moscheeverein", "Cooperation", "mutual", 3]
    back = read_kumu(path)
    assert [(a.name, a.influence, a.dots) for a in back.actors] == [("Stadtverwaltung", 8, 2), ("Moscheeverein", 0, 0)]
    assert back.ties[0].strength == 3 and back.ties[0].direction == Direction.MUTUAL
