"""Every edit a person can make to the workbook in Excel, reproduced with openpyxl and imported into
the project it came from: applied, or refused with sheet, row and column named. Never lost silently."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from netmap.domain import Attitude, Direction, MapState
from netmap.errors import NetMapError
from netmap.exchange.errors import ExchangeError
from netmap.project import Project
from netmap.transfer import export_map, plan_file_import


@pytest.fixture
def project(demo: Path, tmp_path: Path) -> Project:
    copy = tmp_path / "copy.netmap"
    copy.write_bytes(demo.read_bytes())
    opened = Project.open(copy)
    yield opened
    opened.close()


def export(project: Project, tmp_path: Path, **options: object) -> Path:
    path = tmp_path / "karte.xlsx"
    export_map(project, path, **options)  # type: ignore[arg-type]
    return path


def edit(path: Path, change: Callable[[openpyxl.Workbook], None]) -> None:
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)


def column(sheet: openpyxl.worksheet.worksheet.Worksheet, header: str) -> int:
    return [c.value for c in sheet[1]].index(header) + 1


def row_of(sheet: openpyxl.worksheet.worksheet.Worksheet, name: str, header: str = "Name") -> int:
    index = column(sheet, header)
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, index).value == name)


def imported(project: Project, path: Path, *, replace_map: bool = False) -> MapState:
    project.apply_import(plan_file_import(project, path, replace_map=replace_map))
    return project.state()


def refused(project: Project, path: Path) -> ExchangeError:
    before = project.state()
    with pytest.raises(ExchangeError) as caught:
        plan_file_import(project, path)
    assert project.state() == before
    assert "\n" not in str(caught.value)
    return caught.value


def by_name(state: MapState, name: str):
    return next(a for a in state.actors if a.name == name)


# --- applied ----------------------------------------------------------------------------------------


def test_an_untouched_workbook_changes_nothing(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)
    plan = plan_file_import(project, path, replace_map=True)
    assert plan.is_empty(), plan


def test_rename_and_recategorise(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)
    old = by_name(project.state(), "Volkshochschule Musterstadt")

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Akteure"]
        row = row_of(sheet, "Volkshochschule Musterstadt")
        sheet.cell(row, column(sheet, "Name")).value = "VHS Musterstadt"
        sheet.cell(row, column(sheet, "Kategorie")).value = "Beratungsstellen"
        sheet.cell(row, column(sheet, "Haltung")).value = "kritisch"

    edit(path, change)
    after = by_name(imported(project, path), "VHS Musterstadt")
    assert (after.uid, after.category, after.attitude) == (old.uid, "beratungsstellen", Attitude.CRITICAL)


@pytest.mark.parametrize("replace_map", [False, True])
def test_tie_attributes_are_applied(project: Project, tmp_path: Path, replace_map: bool) -> None:
    path = export(project, tmp_path)
    tie = project.state().ties[0]

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Beziehungen"]
        row = row_of(sheet, tie.uid, "ID")
        sheet.cell(row, column(sheet, "Stärke")).value = 3 if tie.strength != 3 else 1
        sheet.cell(row, column(sheet, "Richtung")).value = "wechselseitig"
        sheet.cell(row, column(sheet, "Art")).value = "Konflikt/Spannung"
        sheet.cell(row, column(sheet, "Handlungsfeld")).value = "Gesundheit"

    edit(path, change)
    after = next(t for t in imported(project, path, replace_map=replace_map).ties if t.uid == tie.uid)
    assert after.strength == (3 if tie.strength != 3 else 1)
    assert after.direction == Direction.MUTUAL
    assert (after.kind, after.field) == ("konflikt", "gesundheit")


def test_added_rows_and_a_new_tie_by_name(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)

    def change(book: openpyxl.Workbook) -> None:
        actors, ties = book["Akteure"], book["Beziehungen"]
        row = actors.max_row + 1
        actors.cell(row, column(actors, "Name")).value = "Jugendzentrum Ost"
        actors.cell(row, column(actors, "Kategorie")).value = "Stadtteilzentren / Nachbarschaftszentren"
        actors.cell(row, column(actors, "Cluster")).value = "Bildungskette"
        row = ties.max_row + 1
        ties.cell(row, column(ties, "Von")).value = "Jugendzentrum Ost"
        ties.cell(row, column(ties, "An")).value = "Volkshochschule Musterstadt"
        ties.cell(row, column(ties, "Art")).value = "Kooperation"

    edit(path, change)
    before = project.state()
    after = imported(project, path)
    new = by_name(after, "Jugendzentrum Ost")
    assert len(after.actors) == len(before.actors) + 1 and len(after.ties) == len(before.ties) + 1
    assert new.id in next(c for c in after.clusters if c.name == "Bildungskette").members


def test_deleted_rows_go_with_replace_only(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)
    victim = "Volkshochschule Musterstadt"
    edit(path, lambda book: book["Akteure"].delete_rows(row_of(book["Akteure"], victim)))
    # Its ties still name it on the tie sheet: refused, with the row named.
    error = refused(project, path)
    assert error.sheet == "Beziehungen" and error.row and "unknown actor" in error.message

    def drop_ties(book: openpyxl.Workbook) -> None:
        ties = book["Beziehungen"]
        for row in range(ties.max_row, 1, -1):
            if victim in (ties.cell(row, 1).value, ties.cell(row, 2).value):
                ties.delete_rows(row)

    edit(path, drop_ties)
    assert victim in {a.name for a in imported(project, path).actors}  # adding never deletes
    assert victim not in {a.name for a in imported(project, path, replace_map=True).actors}


def test_sorting_whole_rows_and_blank_rows_change_nothing(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Akteure"]
        rows = sorted(list(sheet.iter_rows(min_row=2, values_only=True)), key=lambda r: str(r[0]), reverse=True)
        sheet.delete_rows(2, sheet.max_row)
        for values in rows:
            sheet.append(values)
        sheet.insert_rows(5, 3)
        book["Beziehungen"].insert_rows(3, 2)

    edit(path, change)
    assert plan_file_import(project, path, replace_map=True).is_empty()


def test_own_columns_are_kept(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Akteure"]
        extra = sheet.max_column + 1
        sheet.cell(1, extra).value = "Ansprechzeit"
        sheet.cell(row_of(sheet, "Volkshochschule Musterstadt"), extra).value = "Mo–Fr"

    edit(path, change)
    assert by_name(imported(project, path), "Volkshochschule Musterstadt").extra["Ansprechzeit"] == "Mo–Fr"


def test_a_header_renamed_to_a_known_alias_still_means_its_column(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)
    categories = {a.uid: a.category for a in project.state().actors}

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Akteure"]
        sheet.cell(1, column(sheet, "Kategorie")).value = "Akteursgruppe"

    edit(path, change)
    after = imported(project, path)
    assert {a.uid: a.category for a in after.actors} == categories
    assert all("Akteursgruppe" not in a.extra for a in after.actors)


def test_clusters_and_project_facts_travel_to_a_new_project(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)
    before = project.state()
    fresh = Project.create(tmp_path / "neu.netmap")
    try:
        after = imported(fresh, path)
        assert after.info == before.info
        names = {a.id: a.name for a in before.actors}
        new_names = {a.id: a.name for a in after.actors}
        assert {c.name: {names[m] for m in c.members} for c in before.clusters} == {
            c.name: {new_names[m] for m in c.members} for c in after.clusters
        }
        assert len(after.clusters) == 7
    finally:
        fresh.close()


def test_cluster_membership_and_project_facts_edited_in_excel(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Akteure"]
        sheet.cell(row_of(sheet, "Volkshochschule Musterstadt"), column(sheet, "Cluster")).value = "Glaube und Dialog"
        facts = book["Projekt"]
        facts.cell(row_of(facts, "Thema", "Angabe"), 2).value = "Teilhabe"

    edit(path, change)
    after = imported(project, path)
    vhs = by_name(after, "Volkshochschule Musterstadt").id
    assert [c.name for c in after.clusters if vhs in c.members] == ["Glaube und Dialog"]
    assert after.info.topic == "Teilhabe"


def test_a_workbook_from_a_snapshot_does_not_revert_later_changes(project: Project, tmp_path: Path) -> None:
    label = project.snapshots()[-1].label
    path = export(project, tmp_path, snapshot=label)
    assert "Bestandsaufnahme" in str(openpyxl.load_workbook(path)["Projekt"]["B8"].value)
    # After the snapshot the map changes ...
    vhs = by_name(project.state(), "Volkshochschule Musterstadt")
    project.update_actor(vhs.with_changes(influence=2, notes="nach der Momentaufnahme"))
    # ... and in Excel someone edits another actor of the snapshot.

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Akteure"]
        sheet.cell(row_of(sheet, "Bürgermeisteramt Musterstadt"), column(sheet, "Einfluss")).value = 7

    edit(path, change)
    after = imported(project, path, replace_map=True)
    assert by_name(after, "Volkshochschule Musterstadt").influence == 2  # the later change stays
    assert by_name(after, "Volkshochschule Musterstadt").notes == "nach der Momentaufnahme"
    assert by_name(after, "Bürgermeisteramt Musterstadt").influence == 7  # the edit applies


def test_a_snapshot_workbook_into_a_project_without_that_snapshot_is_refused(project: Project,
                                                                              tmp_path: Path) -> None:
    path = export(project, tmp_path, snapshot=project.snapshots()[0].label)
    other = Project.create(tmp_path / "andere.netmap")
    try:
        live = tmp_path / "live.xlsx"
        export_map(project, live)
        imported(other, live)  # the other project has a map, but not the snapshot
        with pytest.raises(NetMapError, match="snapshot"):
            plan_file_import(other, path)
    finally:
        other.close()


# --- refused, with the place named -------------------------------------------------------------------


@pytest.mark.parametrize(("header", "renamed"), [("Kategorie", "Gruppe X"), ("Haltung", "Meinung"),
                                                  ("Stärke", "Intensität")])
def test_a_renamed_header_is_refused_naming_the_expected_columns(project: Project, tmp_path: Path, header: str,
                                                                 renamed: str) -> None:
    path = export(project, tmp_path)
    sheet_name = "Beziehungen" if header == "Stärke" else "Akteure"

    def change(book: openpyxl.Workbook) -> None:
        sheet = book[sheet_name]
        sheet.cell(1, column(sheet, header)).value = renamed

    edit(path, change)
    error = refused(project, path)
    assert (error.sheet, error.row) == (sheet_name, 1)
    assert repr(header) in error.message and repr(renamed) in error.message


def test_a_deleted_header_is_refused_at_its_column(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)
    place = {}

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Akteure"]
        place["column"] = column(sheet, "Haltung")
        sheet.cell(1, place["column"]).value = None

    edit(path, change)
    error = refused(project, path)
    assert error.sheet == "Akteure" and "Haltung" in error.message  # the column is missing


def test_a_value_below_no_header_is_refused(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Akteure"]
        sheet.cell(4, sheet.max_column + 2).value = "wichtig"

    edit(path, change)
    error = refused(project, path)
    assert (error.sheet, error.row) == ("Akteure", 4) and "without a header" in error.message


def test_sorting_the_name_column_alone_is_refused(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Akteure"]
        index = column(sheet, "Name")
        names = sorted(sheet.cell(r, index).value for r in range(2, sheet.max_row + 1))
        for r, name in enumerate(names, start=2):
            sheet.cell(r, index).value = name

    edit(path, change)
    error = refused(project, path)
    assert error.sheet in ("Akteure", "Beziehungen") and error.row and error.column
    assert "sorted separately" in error.message


def test_names_and_ids_disagreeing_on_the_tie_sheet_are_refused(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)
    tie = project.state().ties[0]
    names = {a.id: a.name for a in project.state().actors}
    other = next(n for i, n in names.items() if i not in (tie.source, tie.target))

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Beziehungen"]
        sheet.cell(row_of(sheet, tie.uid, "ID"), column(sheet, "Von")).value = other

    edit(path, change)
    error = refused(project, path)
    assert (error.sheet, error.column) == ("Beziehungen", "A (Von)") and error.row
    assert other in error.message


def test_a_new_row_named_like_an_existing_actor_does_not_take_it_over(project: Project, tmp_path: Path) -> None:
    path = export(project, tmp_path)

    def change(book: openpyxl.Workbook) -> None:
        sheet = book["Akteure"]
        sheet.insert_rows(2)  # a new first row, typed by hand, without ID
        sheet.cell(2, column(sheet, "Name")).value = "Volkshochschule Musterstadt"
        sheet.cell(2, column(sheet, "Einfluss")).value = 1

    edit(path, change)
    error = refused(project, path)
    assert (error.sheet, error.row, error.column) == ("Akteure", 2, "A (Name)")
    assert "Volkshochschule Musterstadt" in error.message


def test_an_anonymised_workbook_keeps_the_contacts_of_the_map(project: Project, tmp_path: Path) -> None:
    contacts = {a.uid: a.contact for a in project.state().actors}
    path = export(project, tmp_path, anonymize=True)
    assert "Paula Platzhalter" not in {c.value for row in openpyxl.load_workbook(path)["Projekt"] for c in row}
    after = imported(project, path, replace_map=True)
    assert {a.uid: a.contact for a in after.actors} == contacts
    assert after.info.facilitator == "Paula Platzhalter"
