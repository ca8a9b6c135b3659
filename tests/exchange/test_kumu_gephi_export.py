"""`netmap export --kumu` and `--gephi`: other tools' own layouts, from the command line."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from netmap.cli import main
from netmap.exchange import read_map
from netmap.project import Project


def test_kumu_export_writes_kumus_layout_with_numbers(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "kumu.xlsx"
    assert main(["export", str(demo), str(target), "--kumu", "--lang", "en"]) == 0
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Elements", "Connections"]
    elements = book["Elements"]
    header = [c.value for c in elements[1]]
    assert header[0] == "Label" and "Influence" in header
    influence = [elements.cell(r, header.index("Influence") + 1).value for r in range(2, elements.max_row + 1)]
    assert all(isinstance(v, int) for v in influence if v is not None) and any(influence)
    connections = book["Connections"]
    assert [c.value for c in connections[1]][:2] == ["From", "To"]
    assert all(isinstance(connections.cell(r, 5).value, int) for r in range(2, connections.max_row + 1))
    back = read_map(target)
    with Project.open(demo, read_only=True) as project:
        state = project.state()
    assert (len(back.actors), len(back.ties)) == (len(state.actors), len(state.ties))


def test_gephi_export_names_actors_by_their_stable_id(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "gephi.csv"
    assert main(["export", str(demo), str(target), "--gephi"]) == 0
    raw = target.read_bytes()
    assert raw.startswith(b"Id,Label,")  # no byte order mark: Gephi would read it into "Id"
    nodes = list(csv.DictReader(target.open(encoding="utf-8")))
    edges = list(csv.DictReader((tmp_path / "gephi_ties.csv").open(encoding="utf-8")))
    assert list(edges[0])[:4] == ["Source", "Target", "Type", "Weight"]
    with Project.open(demo, read_only=True) as project:
        state = project.state()
    assert {n["Id"]: n["Label"] for n in nodes} == {a.uid: a.name for a in state.actors}
    assert {e["Type"] for e in edges} <= {"Directed", "Undirected"} and {e["Weight"] for e in edges} <= {"1", "2", "3"}
    ids = {n["Id"] for n in nodes}
    assert all(e["Source"] in ids and e["Target"] in ids for e in edges)
    back = read_map(target)  # NetMap reads the pair back
    assert sorted(a.name for a in back.actors) == sorted(a.name for a in state.actors)
    assert len(back.ties) == len(state.ties)


def test_gephi_ids_do_not_shift_when_an_actor_is_deleted(demo: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.netmap"
    copy.write_bytes(demo.read_bytes())
    assert main(["export", str(copy), str(tmp_path / "before.csv"), "--gephi"]) == 0
    with Project.open(copy) as project:
        project.remove_actors([project.state().actors[0].id])
    assert main(["export", str(copy), str(tmp_path / "after.csv"), "--gephi"]) == 0
    before = {r["Label"]: r["Id"] for r in csv.DictReader((tmp_path / "before.csv").open(encoding="utf-8"))}
    after = {r["Label"]: r["Id"] for r in csv.DictReader((tmp_path / "after.csv").open(encoding="utf-8"))}
    assert len(after) == len(before) - 1 and all(before[name] == ident for name, ident in after.items())


@pytest.mark.parametrize(("target", "option"), [("x.csv", "--kumu"), ("x.xlsx", "--gephi"), ("x.html", "--kumu")])
def test_a_layout_for_the_wrong_file_is_a_usage_error(demo: Path, tmp_path: Path, target: str, option: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(demo), str(tmp_path / target), option]) == 2
    assert option in capsys.readouterr().err and not (tmp_path / target).exists()


def test_kumu_and_gephi_together_are_a_usage_error(demo: Path, tmp_path: Path) -> None:
    assert main(["export", str(demo), str(tmp_path / "x.xlsx"), "--kumu", "--gephi"]) == 2
