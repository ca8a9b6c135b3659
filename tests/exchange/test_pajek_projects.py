"""Pajek project files: several networks, partitions, vectors and permutations, and relations named as written."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from netmap.domain import CatalogueKind, Direction
from netmap.exchange.errors import ExchangeError
from netmap.exchange.notes import Left, collecting_notes
from netmap.exchange.pajek import read_pajek
from netmap.exchange.partitions import PartitionUse, use_partitions

FILES = Path(__file__).parent / "files" / "pajek"


def test_a_project_gives_its_first_network_with_partitions_and_vectors_as_attributes() -> None:
    with collecting_notes() as facts:
        state = read_pajek(FILES / "project.paj")
    assert [a.name for a in state.actors] == ["Anna", "Ben", "Cleo", "Dora"]  # not 4 more named "1".."4"
    assert [a.extra["Gender"] for a in state.actors] == ["1", "2", "2", "1"]
    assert [a.extra["Wealth"] for a in state.actors] == ["10.5", "20", "0.25", "3"]
    assert (state.actors[0].x, state.actors[0].y) == (100.0, 200.0)
    ties = [(t.source, t.target, state.label(CatalogueKind.TIE_KIND, t.kind), t.direction, t.strength)
            for t in state.ties]
    assert ties == [(1, 2, "Business", Direction.DIRECTED, 1), (2, 3, "Business", Direction.DIRECTED, 2),
                    (1, 3, "Marital", Direction.DIRECTED, 1), (3, 4, "Kinship", Direction.UNDIRECTED, 1)]
    assert facts.networks == ["Friends", "Advice"] and facts.network == "Friends"
    assert facts.partitions == ["Gender"]
    notes = {n.what: n for n in facts.notes}
    assert notes[Left.NETWORKS].count == 1 and notes[Left.NETWORKS].detail == "Advice"
    assert notes[Left.PERMUTATIONS].count == 1


def test_another_network_is_chosen_by_name_in_any_case() -> None:
    with collecting_notes() as facts:
        state = read_pajek(FILES / "project.paj", network="ADVICE")
    assert [a.name for a in state.actors] == ["Xaver", "Yusuf", "Zoe"]
    assert len(state.ties) == 2 and all(not a.extra for a in state.actors)
    # The partition and vector give 4 values for 3 vertices: they belong to the other network.
    assert {(n.what, n.detail) for n in facts.notes} >= {(Left.ATTRIBUTES, "Gender"), (Left.ATTRIBUTES, "Wealth")}
    with pytest.raises(ExchangeError, match="no network 'Trade'.*Friends, Advice"):
        read_pajek(FILES / "project.paj", network="Trade")


def test_a_partition_line_without_its_star_ends_the_network() -> None:
    state = read_pajek(FILES / "partition_without_star.net")
    assert [a.name for a in state.actors] == ["A", "B", "C"] and len(state.ties) == 2
    assert [a.extra["Colours"] for a in state.actors] == ["1", "1", "2"]


def test_several_relations_followed_by_vectors_keep_their_spelling() -> None:
    state = read_pajek(FILES / "relations_then_vectors.net")
    kinds = Counter(state.label(CatalogueKind.TIE_KIND, t.kind) for t in state.ties)
    assert kinds == {"Business": 1, "Marital": 3}  # one kind for "Marital" on arcs and edges alike
    assert [a.extra for a in state.actors] == [{"Age": "34", "Income": "1200"}, {"Age": "51.5", "Income": "800"},
                                               {"Age": "29", "Income": "0"}]


def test_a_bad_partition_value_names_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.net"
    bad.write_text((FILES / "partition_without_star.net").read_text().replace("\n2\n", "\nred\n"))
    with pytest.raises(ExchangeError, match="line 12.*'red' is not a whole number"):
        read_pajek(bad)


@pytest.mark.parametrize("use", [PartitionUse.CATEGORY, PartitionUse.CLUSTER])
def test_a_partition_becomes_categories_or_clusters(use: PartitionUse) -> None:
    state = use_partitions(read_pajek(FILES / "project.paj"), {"Gender": use})
    assert all("Gender" not in a.extra for a in state.actors)
    if use == PartitionUse.CATEGORY:
        assert [state.label(CatalogueKind.CATEGORY, a.category) for a in state.actors] == [
            "Gender 1", "Gender 2", "Gender 2", "Gender 1"]
    else:
        assert [(c.name, c.members) for c in state.clusters] == [("Gender 1", (1, 4)), ("Gender 2", (2, 3))]
