"""The workbook as a consultant hands it over: findings in words, translated figures, print set-up,
a cover, the influence × attitude chart, tables, colours, a guide, a comparison; and as LibreOffice
prints it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from netmap.project import Project
from netmap.transfer import export_map


@pytest.fixture(scope="module")
def books(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("books")
    written = {}
    with Project.open(demo, read_only=True) as project:
        first = project.snapshots()[0].label
        for language in ("de", "en"):
            written[language] = folder / f"karte-{language}.xlsx"
            export_map(project, written[language], language=language, compare_with=first)
        written["plain"] = folder / "ohne-vergleich.xlsx"
        export_map(project, written["plain"])
    return written


def texts(sheet: openpyxl.worksheet.worksheet.Worksheet) -> list[str]:
    return [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]


@pytest.mark.parametrize("language", ["de", "en"])
def test_findings_are_words_not_data(books: dict[str, Path], language: str) -> None:
    book = openpyxl.load_workbook(books[language])
    gaps = book["Lücken" if language == "de" else "Gaps"]
    cells = texts(gaps)
    assert len(cells) > 20
    for text in cells:
        assert not re.search(r"[{}\[\]]|'id'|\(key|\bkey:|_", text), text
    if language == "de":
        assert "Fehlende Akteursgruppen" in cells and "Universitäten/Hochschulen" in cells
        assert any(t.startswith("ohne diesen Akteur abgeschnitten: Eritreische Gemeinschaft") for t in cells)
    else:
        assert "Missing groups of actors" in cells and "Universities" in " ".join(cells)
        assert not any("Fehlende" in t or "Kein Akteur" in t for t in cells)


@pytest.mark.parametrize("language", ["de", "en"])
def test_metrics_have_translated_headers_values_and_broker_roles(books: dict[str, Path], language: str) -> None:
    sheet = openpyxl.load_workbook(books[language])["Kennzahlen" if language == "de" else "Metrics"]
    headers = [c.value for c in sheet[1]]
    assert not [h for h in headers if re.fullmatch(r"[a-z_.]+", h)], headers  # no raw keys
    assert ("Maklerrollen gesamt" if language == "de" else "Broker roles in all") in headers
    assert not [h for h in headers if "ingehende" in h or "Incoming" in h]  # undirected: no empty columns
    assert headers[-1] == "ID"
    values = texts(sheet)
    assert "altstadt" not in values and ("Altstadt" in values or "Old Town" in values)
    for column in range(1, len(headers) + 1):
        filled = (sheet.cell(r, column).value not in (None, "") for r in range(2, sheet.max_row + 1))
        assert any(filled), headers[column - 1]


def test_every_sheet_is_set_up_for_print(books: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(books["de"])
    for sheet in book.worksheets:
        if sheet.sheet_state == "hidden":
            continue
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
        assert "Musterstadt" in sheet.oddHeader.left.text and "12.11.2026" in sheet.oddHeader.right.text
        assert "&P" in sheet.oddFooter.center.text
    actors = book["Akteure"]
    assert actors.print_title_rows == "$1:$1"
    assert str(actors.print_area).endswith("$A$1:$M$63")  # up to the notes: names, not IDs, on paper


def test_ids_come_last_and_notes_wrap(books: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(books["de"])
    actors, ties = book["Akteure"], book["Beziehungen"]
    # NetMap's columns after everything a person reads: positions, IDs, then where the row came from.
    assert [c.value for c in actors[1]][-4:] == ["X", "Y", "ID", "Quellen"]
    assert [c.value for c in ties[1]][-4:] == ["Von-ID", "An-ID", "ID", "Quellen"]
    assert actors.cell(1, 1).value == "Name" and ties.cell(1, 1).value == "Von"
    notes = [c.value for c in actors[1]].index("Notizen") + 1
    assert actors.cell(2, notes).alignment.wrap_text


def test_cover_sheet_has_figures_rankings_and_findings(books: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(books["de"])
    assert book.sheetnames[0] == "Übersicht" and book.active.title == "Übersicht"
    cover = texts(book["Übersicht"])
    assert "Netzwerkkarte Musterstadt" in cover and "Das Netzwerk in Zahlen" in cover
    assert "Die meisten Verbindungen" in cover and "Wer verbindet (Vermittlung)" in cover
    assert "Integrationsbeauftragte der Stadt Musterstadt" in cover
    titles = ("Wo das Netz reißt, wenn jemand wegfällt", "Fehlende Akteursgruppen")  # the table's gap titles
    findings = [t for t in cover if t.startswith(titles)]
    assert len(findings) == 2 and all(t.endswith((".", "?")) for t in findings)


def test_stakeholder_matrix_is_a_native_chart_naming_every_actor(books: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(books["en"])
    sheet = book["Influence × attitude"]
    with __import__("zipfile").ZipFile(books["en"]) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    assert chart.count("<ser>") == 62
    assert "Integrationsbeauftragte der Stadt Musterstadt" in chart and "<scatterChart>" in chart
    assert "<f>" not in chart  # literal values: the chart refers to no cell
    assert sheet.max_row == 63


def test_tables_colours_and_bars(books: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(books["de"])
    assert {name for sheet in book.worksheets for name in sheet.tables} == {
        "NetMapActors", "NetMapTies", "NetMapMetrics"}
    actors = book["Akteure"]
    rules = [r for rng in actors.conditional_formatting for r in rng.rules]
    formulas = [r.formula[0] for r in rules if r.formula]
    assert '$G2="kritisch"' in formulas and '$G2="unterstützend"' in formulas
    assert any(r.type == "dataBar" for r in rules)
    assert any(r.type == "dataBar" for rng in book["Kennzahlen"].conditional_formatting for r in rng.rules)


def test_guide_explains_every_column(books: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(books["de"])
    guide = texts(book["Erläuterungen"])
    for header in [c.value for c in book["Akteure"][1]] + [c.value for c in book["Beziehungen"][1]]:
        if header.startswith("Kontakt ") or header == "Y" or header.endswith("-ID") and header != "Von-ID":
            continue
        assert header in guide, header
    assert any("0 (keiner) bis 10" in t for t in guide)
    assert any("Wer verbindet Gruppen" in t for t in guide)


def test_comparison_sheet_only_when_compared(books: dict[str, Path]) -> None:
    compared = openpyxl.load_workbook(books["de"])
    assert "Vergleich" in compared.sheetnames
    cells = texts(compared["Vergleich"])
    assert any(t.startswith("Neue Akteure (") for t in cells)
    assert "Afghanischer Kulturverein Musterstadt e. V." in cells
    assert "Vergleich" not in openpyxl.load_workbook(books["plain"]).sheetnames


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_the_actor_list_landscape_with_whole_names(books: dict[str, Path], tmp_path: Path,
                                                                      demo: Path) -> None:
    source = tmp_path / "karte.xlsx"
    shutil.copy(books["plain"], source)
    book = openpyxl.load_workbook(source)
    for name in book.sheetnames:  # print the actor sheet alone (LibreOffice prints hidden sheets too)
        if name != "Akteure":
            del book[name]
    book.save(source)
    subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=240)
    pdf = tmp_path / "karte.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert width > height and pages <= 4
    words = set(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout.split())
    with Project.open(demo, read_only=True) as project:
        names = [a.name for a in project.state().actors]
    # A wrapped name's lines lie between other columns' text: every word of it must be on paper.
    cut = [n for n in names if not set(n.split()) <= words]
    assert cut == []  # every name whole on paper (wrapped, never cut off at the column edge)
