"""An import says what the file held that the map does not get, with counts, and which network it read."""

from __future__ import annotations

from pathlib import Path

import pytest

from netmap.cli import main
from netmap.exchange.graphml import read_graphml
from netmap.exchange.notes import Left, Note, collecting_notes, describe_note
from netmap.project import Project
from netmap.transfer import plan_file_import

FILES = Path(__file__).parent / "files"


def test_graphml_hyperedges_and_further_graphs_are_counted() -> None:
    with collecting_notes() as facts:
        state = read_graphml(FILES / "graphml" / "hyperedges.graphml")
    assert len(state.actors) == 3 and len(state.ties) == 2
    assert facts.notes == [Note(Left.OTHER_GRAPHS, 1), Note(Left.HYPEREDGES, 2),
                           Note(Left.ATTRIBUTES, 1, "description")]  # the graph's own description


def test_the_plan_counts_self_loops_and_parallel_ties(tmp_path: Path) -> None:
    with Project.create(tmp_path / "a.netmap") as project:
        plan = plan_file_import(project, FILES / "gexf" / "loops_and_duplicates.gexf")
        assert (plan.facts.actors_read, plan.facts.ties_read) == (3, 3)
        assert len(plan.new_actors) == 3 and len(plan.new_ties) == 2
        assert plan.facts.notes == [Note(Left.SELF_LOOPS, 1), Note(Left.PARALLEL_TIES, 1)]


def test_the_command_line_summary_lists_each_left_out_thing_with_its_count(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "a.netmap")
    assert main(["import", str(FILES / "graphml" / "hyperedges.graphml"), target]) == 0
    out = capsys.readouterr().out
    assert "3 actors and 2 ties read; 3 new actors" in out and "1 new ties" in out
    for line in (describe_note(Note(Left.HYPEREDGES, 2)), describe_note(Note(Left.SELF_LOOPS, 1)),
                 describe_note(Note(Left.OTHER_GRAPHS, 1))):
        assert line in out
    assert "Hyperedges left out (a tie joins two actors): 2" in out


def test_import_takes_a_network_by_name_and_says_which_it_read(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "a.netmap")
    assert main(["import", str(FILES / "pajek" / "project.paj"), target, "--network", "advice"]) == 0
    out = capsys.readouterr().out
    assert "network 'Advice' imported" in out and "Friends" in out and "Permutations skipped" in out
    with Project.open(target, read_only=True) as project:
        assert sorted(a.name for a in project.actors()) == ["Xaver", "Yusuf", "Zoe"]
    assert main(["import", str(FILES / "pajek" / "project.paj"), target, "--network", "Trade"]) == 1
    assert "no network 'Trade'" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_an_xml_file_with_a_mangled_encoding_is_refused_in_one_line(tmp_path: Path, suffix: str) -> None:
    # found by the fuzz test of shared/refdata: one flipped byte in the declaration gave a LookupError
    from netmap.exchange import ExchangeError, read_map

    path = tmp_path / f"mangled{suffix}"
    path.write_bytes(b'<?xml version="1.0" encoding="U-F-8"?>\n<graphml/>')
    with pytest.raises(ExchangeError, match="encoding that does not exist"):
        read_map(path)
