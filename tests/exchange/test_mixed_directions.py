"""A map that mixes directed, undirected and mutual ties exports to GraphML and GEXF that networkx and
igraph read (an undirected tie runs both ways there), and NetMap reads back tie for tie."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import igraph as ig
import networkx as nx
import pytest

from netmap.domain import Direction, MapState
from netmap.exchange import read_map, write_map
from netmap.exchange.graphml import REVERSE_OF


def _arcs(state: MapState) -> set[tuple[str, str]]:
    """The arcs a directed reader should see: a directed tie one way, the others both ways."""
    names = {a.id: a.name for a in state.actors}
    arcs = set()
    for t in state.ties:
        arcs.add((names[t.source], names[t.target]))
        if t.direction != Direction.DIRECTED:
            arcs.add((names[t.target], names[t.source]))
    return arcs


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_networkx_reads_a_mixed_map_with_undirected_ties_both_ways(tmp_path: Path, rich_map: Callable[[], MapState],
                                                                   suffix: str) -> None:
    state = rich_map()
    assert {t.direction for t in state.ties} == set(Direction)
    path = tmp_path / f"mixed{suffix}"
    write_map(state, path)
    graph = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert graph.is_directed()
    label = {n: d.get("label", n) for n, d in graph.nodes(data=True)}
    assert {(label[u], label[v]) for u, v in graph.edges()} == _arcs(state)
    assert graph.number_of_edges() == 6  # 2 directed ties, 1 undirected and 1 mutual both ways


def test_igraph_reads_the_mixed_graphml(tmp_path: Path, rich_map: Callable[[], MapState]) -> None:
    state = rich_map()
    path = tmp_path / "mixed.graphml"
    write_map(state, path)
    graph = ig.Graph.Read_GraphML(str(path))
    assert graph.is_directed() and graph.vcount() == 4
    names = graph.vs["label"]
    assert {(names[e.source], names[e.target]) for e in graph.es} == _arcs(state)
    assert set(graph.es.attributes()) >= {REVERSE_OF}


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_netmap_reads_each_tie_back_once_with_its_direction(tmp_path: Path, rich_map: Callable[[], MapState],
                                                            suffix: str) -> None:
    state = rich_map()
    path = tmp_path / f"mixed{suffix}"
    write_map(state, path)
    back = read_map(path)
    names = {a.id: a.name for a in state.actors}
    back_names = {a.id: a.name for a in back.actors}
    assert sorted((names[t.source], names[t.target], t.direction) for t in state.ties) == sorted(
        (back_names[t.source], back_names[t.target], t.direction) for t in back.ties)
    assert all(REVERSE_OF not in t.extra for t in back.ties)


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_a_map_of_one_direction_stays_a_plain_graph(tmp_path: Path, rich_map: Callable[[], MapState],
                                                    suffix: str) -> None:
    state = rich_map()
    state.ties = [t.with_changes(direction=Direction.UNDIRECTED) for t in state.ties]
    path = tmp_path / f"plain{suffix}"
    write_map(state, path)
    graph = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert not graph.is_directed() and graph.number_of_edges() == 4
