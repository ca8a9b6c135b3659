"""Single points of failure, bridges and the what-if on small hand-built maps."""

from __future__ import annotations

import networkx as nx
import pytest

from netmap.analysis import UnknownActorError
from netmap.analysis.fragility import (
    articulation_points,
    average_distance,
    bridges,
    components,
    cut_off_by,
    what_if_removed,
)
from netmap.graph import build_graph

from .town import town


def town_graph(**options: bool) -> nx.Graph:
    return build_graph(town(), **options)


def test_articulation_points_and_bridges() -> None:
    graph = town_graph()
    assert articulation_points(graph) == [1, 2]
    assert bridges(graph) == [(1, 2), (2, 3), (2, 4), (7, 8)]
    assert set(articulation_points(graph)) == set(nx.articulation_points(graph))
    assert {tuple(sorted(b)) for b in nx.bridges(graph)} == set(bridges(graph))


def test_direction_does_not_matter_for_fragility() -> None:
    assert articulation_points(town_graph(directed=True)) == [1, 2]
    assert bridges(town_graph(directed=True)) == [(1, 2), (2, 3), (2, 4), (7, 8)]


def test_cut_off_by_each_single_point_of_failure() -> None:
    assert cut_off_by(town_graph()) == {1: [5, 6], 2: [3, 4]}
    assert cut_off_by(town_graph(), [5, 9]) == {5: [], 9: []}


def test_what_if_the_integration_office_leaves() -> None:
    graph = town_graph()
    result = what_if_removed(graph, 2)
    assert result.removed == 2
    assert result.cut_off == (3, 4)
    assert result.newly_isolated == (3, 4)
    assert (result.components_before, result.components_after) == (3, 5)
    assert (result.main_component_before, result.main_component_after) == (6, 3)
    assert (result.connected_pairs_before, result.connected_pairs_after) == (16, 4)
    rest = graph.copy()
    rest.remove_node(2)
    assert result.average_distance_before == pytest.approx(_average(graph))
    assert result.average_distance_after == pytest.approx(_average(rest))
    data = result.as_dict()
    assert data["cut_off"] == [3, 4] and data["components_after"] == 5


def test_what_if_an_actor_on_the_edge_leaves() -> None:
    result = what_if_removed(town_graph(), 5)
    assert result.cut_off == () and result.newly_isolated == ()
    assert result.components_before == result.components_after == 3


def test_what_if_unknown_actor() -> None:
    with pytest.raises(UnknownActorError):
        what_if_removed(town_graph(), 99)


def test_components_largest_first() -> None:
    assert components(town_graph()) == [frozenset({1, 2, 3, 4, 5, 6}), frozenset({7, 8}), frozenset({9})]


def _average(graph: nx.Graph) -> float:
    """Mean distance over the pairs that can reach each other, with plain networkx."""
    total = pairs = 0
    for source, lengths in nx.all_pairs_shortest_path_length(graph):
        for target, d in lengths.items():
            if target != source:
                total += d
                pairs += 1
    return total / pairs


@pytest.mark.parametrize("directed", [False, True])
def test_average_distance_matches_networkx(directed: bool) -> None:
    graph = nx.gnp_random_graph(40, 0.06, seed=2, directed=directed)
    assert average_distance(graph) == pytest.approx(_average(graph))
    connected = nx.path_graph(5)
    assert average_distance(connected) == pytest.approx(nx.average_shortest_path_length(connected))
    assert average_distance(nx.empty_graph(3)) is None
