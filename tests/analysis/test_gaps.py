"""Gaps on the hand-built town: who is missing, left out, not reached, and what the key actor carries."""

from __future__ import annotations

import networkx as nx
import pytest

from netmap.analysis.centrality import betweenness
from netmap.analysis.gaps import (
    fields_without_ties,
    isolated_actors,
    key_actor_dependence,
    missing_categories,
    missing_districts,
    peripheral_actors,
    peripheral_categories,
    unconnected_community_pairs,
    unreached_by_category,
)
from netmap.catalogues import LOWEST_STAGES
from netmap.domain import CatalogueKind
from netmap.graph import build_graph

from .town import town


def keys(kind: CatalogueKind) -> list[str]:
    return [e.key for e in town().catalogue(kind)]


def test_missing_categories_and_districts() -> None:
    graph = build_graph(town())
    assert missing_categories(graph, keys(CatalogueKind.CATEGORY)) == ["jugend", "beiraete"]
    assert missing_districts(graph, keys(CatalogueKind.DISTRICT)) == ["ost"]


def test_fields_without_ties() -> None:
    graph = build_graph(town())
    assert fields_without_ties(graph, keys(CatalogueKind.FIELD)) == ["arbeit_wirtschaft", "sport_kultur"]
    # Only the ties of the analysed kind count.
    information = build_graph(town(), tie_kind="information")
    assert "sprache_bildung" not in fields_without_ties(information, keys(CatalogueKind.FIELD))
    kooperation_only_other = build_graph(town(), tie_kind="konflikt")
    assert fields_without_ties(kooperation_only_other, keys(CatalogueKind.FIELD)) == keys(CatalogueKind.FIELD)


def test_isolated_and_peripheral() -> None:
    graph = build_graph(town())
    assert isolated_actors(graph) == [9]
    assert peripheral_actors(graph) == [3, 4, 7, 8, 9]
    assert peripheral_categories(graph, keys(CatalogueKind.CATEGORY)) == [
        {"category": "religion", "actors": [3, 4], "all_isolated": False},
        {"category": "migrantenorganisationen", "actors": [7, 8], "all_isolated": False},
        {"category": "vereine", "actors": [9], "all_isolated": True},
    ]
    # Direction does not make an actor less peripheral.
    assert peripheral_actors(build_graph(town(), directed=True)) == [3, 4, 7, 8, 9]


def test_not_reached_or_lowest_stages_by_category() -> None:
    assert LOWEST_STAGES == {"dekoration", "anweisung"}
    assert unreached_by_category(build_graph(town())) == {
        "migrantenorganisationen": [7, 8],
        "religion": [3, 4],  # Moschee not reached, Kirchengemeinde only "Dekoration"
        "schulen": [6],  # "Anweisung"
        "vereine": [9],
    }


def test_unconnected_community_pairs_with_go_betweens_and_outward_members() -> None:
    graph = nx.Graph([(1, 2), (3, 4), (5, 6), (7, 1), (7, 3), (7, 4), (8, 1), (8, 3), (2, 5)])
    groups = [frozenset({1, 2}), frozenset({3, 4}), frozenset({5, 6}), frozenset({7}), frozenset({8})]
    pairs = unconnected_community_pairs(graph, groups)
    assert pairs == [
        # 7 and 8 know both groups 0 and 1; 7 has more ties into them.
        {"communities": (0, 1), "same_component": True, "go_betweens": [7, 8], "outward": []},
        # Nobody knows both 1 and 2: the members that face outwards most (2 ties to 5: 5).
        {"communities": (1, 2), "same_component": True, "go_betweens": [], "outward": [3, 5]},
    ]


def test_unconnected_communities_in_different_components() -> None:
    graph = nx.Graph([(1, 2), (3, 4)])
    pairs = unconnected_community_pairs(graph, [frozenset({1, 2}), frozenset({3, 4})], rank={2: 1.0, 3: 2.0})
    assert pairs == [{"communities": (0, 1), "same_component": False, "go_betweens": [], "outward": [2, 3]}]


def test_key_actor_dependence() -> None:
    graph = build_graph(town())
    raw = betweenness(graph, normalized=False)
    result = key_actor_dependence(graph, raw)
    assert result is not None
    # 6 of the 11 connected pairs without Stadt run through Stadt: {2,3,4} x {5,6}.
    assert result["key_actors"] == [{"actor": 1, "path_share": pytest.approx(6 / 11)}]
    assert result["cut_pairs_share"] == pytest.approx(6 / 11)
    assert result["cut_off"] == [5, 6]


def test_key_actor_share_counts_path_fractions() -> None:
    # A square: the two paths between 2 and 4 run through 1 and 3, half each.
    graph = nx.cycle_graph(4)
    nx.set_node_attributes(graph, {1: True}, "is_key")
    result = key_actor_dependence(graph, betweenness(graph, normalized=False))
    assert result is not None
    assert result["key_actors"][0]["path_share"] == pytest.approx(0.5 / 3)
    assert result["cut_pairs_share"] == 0.0 and result["cut_off"] == []


def test_key_actor_dependence_directed_and_absent() -> None:
    graph = nx.DiGraph([(0, 1), (1, 2)])
    nx.set_node_attributes(graph, {1: True}, "is_key")
    result = key_actor_dependence(graph, betweenness(graph, normalized=False))
    assert result is not None
    assert result["key_actors"][0]["path_share"] == 1.0  # 0 -> 2 is the only other reachable pair
    assert key_actor_dependence(nx.path_graph(3), {}) is None
