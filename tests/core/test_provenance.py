"""Where every actor and tie came from: recorded on entry and import, kept by snapshots, carried
by workbooks and GraphML, and counted for a tie that several sources name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netmap.cli import main
from netmap.domain import Actor, MapState, Source, SourceKind, Tie
from netmap.exchange.graphml import read_graphml, write_graphml
from netmap.exchange.workbook import read_workbook, write_workbook
from netmap.errors import NetMapError
from netmap.project import Project
from netmap.provenance import SourceFormatError, format_sources, parse_sources

WORKSHOP = Source(SourceKind.WORKSHOP, date(2026, 11, 12), "2")
FILE = Source(SourceKind.IMPORT, date(2026, 11, 20), "kumu | export.xlsx")
FILE_READ = Source(SourceKind.IMPORT, date(2026, 11, 20), "kumu / export.xlsx")  # "|" separates sources
ANNA = Source(SourceKind.EDITOR, date(2026, 11, 21), "anna@rathaus-pc")


def test_the_text_form_reads_back_exactly_and_names_what_is_wrong() -> None:
    text = format_sources((WORKSHOP, FILE, ANNA, Source(SourceKind.PROPOSAL)))
    assert text == ("workshop 2026-11-12 2 | import 2026-11-20 kumu / export.xlsx | editor 2026-11-21 anna@rathaus-pc"
                    " | proposal -")
    assert parse_sources(text) == (WORKSHOP, FILE_READ, ANNA,
                                   Source(SourceKind.PROPOSAL))
    assert parse_sources("") == ()
    with pytest.raises(SourceFormatError, match="'rumour' is not a kind of source"):
        parse_sources("rumour 2026-01-01")
    with pytest.raises(SourceFormatError, match="'12.11.2026' is not a date"):
        parse_sources("workshop 12.11.2026 2")


def test_new_items_record_the_workshop_step_or_the_person(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.netmap") as project:
        typed = project.add_actor(Actor("Rathaus"))
        assert typed.sources == (Source(SourceKind.EDITOR, date.today(), project.editor),)
        assert "@" in project.editor
        project.source_context = WORKSHOP
        named = project.add_actor(Actor("Schule"))
        tie = project.add_tie(Tie(typed.id, named.id))
        assert named.sources == (WORKSHOP,) and tie.sources == (WORKSHOP,)
        kept = project.add_actor(Actor("Verein", sources=(FILE,)))  # what brings its own keeps it
        assert kept.sources == (FILE,)
        assert project.actor(named.id).sources == (WORKSHOP,)  # stored, read back
        project.take_snapshot("Workshop")
        project.update_actor(project.actor(named.id).with_changes(name="Grundschule"))
        assert project.actor(named.id).sources == (WORKSHOP,)  # an edit keeps where it came from
        snapshot = project.snapshot_state("Workshop")
        assert {a.name: a.sources for a in snapshot.actors}["Schule"] == (WORKSHOP,)
        assert snapshot.ties[0].sources == (WORKSHOP,)


def _csv(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("Von;Nach;Art\n" + "".join(f"{a};{b};Kooperation\n" for a, b in rows), encoding="utf-8")
    return path


def test_a_tie_two_files_name_has_two_sources(tmp_path: Path) -> None:
    project = tmp_path / "p.netmap"
    first = _csv(tmp_path / "runde1.csv", [("Rathaus", "Schule"), ("Rathaus", "Moschee")])
    second = _csv(tmp_path / "runde2.csv", [("Rathaus", "Schule"), ("Schule", "Verein")])
    assert main(["import", str(first), str(project)]) == 0
    assert main(["import", str(second), str(project)]) == 0
    with Project.open(project, read_only=True) as p:
        names = {a.id: a.name for a in p.actors()}
        ties = {frozenset((names[t.source], names[t.target])): t for t in p.ties()}
        actors = {a.name: a for a in p.actors()}
    assert [s.detail for s in ties[frozenset(("Rathaus", "Schule"))].sources] == ["runde1.csv", "runde2.csv"]
    assert [s.detail for s in ties[frozenset(("Rathaus", "Moschee"))].sources] == ["runde1.csv"]
    assert [s.detail for s in ties[frozenset(("Schule", "Verein"))].sources] == ["runde2.csv"]
    assert all(s.kind == SourceKind.IMPORT and s.on == date.today() for t in ties.values() for s in t.sources)
    assert [s.detail for s in actors["Verein"].sources] == ["runde2.csv"]


def _state() -> MapState:
    actors = [Actor("Rathaus", id=1, sources=(WORKSHOP, ANNA)), Actor("Schule", id=2, sources=(FILE,)),
              Actor("Neu", id=3)]
    return MapState(actors=actors, ties=[Tie(1, 2, sources=(WORKSHOP, FILE)), Tie(2, 3)])


def _sources(state: MapState) -> tuple[dict[str, tuple[Source, ...]], list[tuple[Source, ...]]]:
    return {a.name: a.sources for a in state.actors}, [t.sources for t in state.ties]


def test_workbook_and_graphml_carry_the_sources_there_and_back(tmp_path: Path) -> None:
    state = _state()
    expected = ({"Rathaus": (WORKSHOP, ANNA), "Schule": (FILE_READ,),
                 "Neu": ()}, [(WORKSHOP, FILE_READ), ()])
    write_workbook(state, tmp_path / "m.xlsx")
    assert _sources(read_workbook(tmp_path / "m.xlsx")) == expected
    write_graphml(state, tmp_path / "m.graphml")
    assert _sources(read_graphml(tmp_path / "m.graphml")) == expected


def test_anonymised_files_name_no_person_in_the_sources(tmp_path: Path) -> None:
    write_workbook(_state(), tmp_path / "a.xlsx", anonymize=True)
    write_graphml(_state(), tmp_path / "a.graphml", anonymize=True)
    assert "anna@" not in (tmp_path / "a.graphml").read_text(encoding="utf-8")
    rathaus = next(a for a in read_workbook(tmp_path / "a.xlsx").actors if a.name == "Rathaus")
    assert rathaus.sources == (WORKSHOP, Source(SourceKind.EDITOR, ANNA.on, ""))


def test_a_bad_sources_cell_is_named_and_nothing_changes(tmp_path: Path) -> None:
    import openpyxl

    write_workbook(_state(), tmp_path / "m.xlsx", language="en")
    book = openpyxl.load_workbook(tmp_path / "m.xlsx")
    sheet = book["Actors"]
    column = next(c.column for c in sheet[1] if c.value == "Sources")
    sheet.cell(row=3, column=column, value="gossip")
    book.save(tmp_path / "m.xlsx")
    with pytest.raises(NetMapError) as error:
        read_workbook(tmp_path / "m.xlsx")
    assert "Actors" in str(error.value) and "row 3" in str(error.value) and "gossip" in str(error.value)
