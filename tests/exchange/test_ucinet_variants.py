"""UCINET DL: the header grammar and every format UCINET writes, one small file per variant."""

from __future__ import annotations

from pathlib import Path

import pytest

from netmap.domain import CatalogueKind, MapState
from netmap.exchange.ucinet import read_ucinet

FILES = Path(__file__).parent / "files" / "ucinet"


def _ties(state: MapState) -> list[tuple[str, str, str, str, int]]:
    names = {a.id: a.name for a in state.actors}
    return [(names[t.source], names[t.target], state.label(CatalogueKind.TIE_KIND, t.kind) if t.kind else "",
             t.direction.value, t.strength) for t in state.ties]


def _modes(state: MapState) -> list[tuple[str, str]]:
    return [(a.name, state.label(CatalogueKind.CATEGORY, a.category, "en") if a.category else "")
            for a in state.actors]


def test_a_label_list_followed_by_labels_embedded_is_two_things() -> None:
    # "the header gives 7 labels for 5 actors" before: "LABELS EMBEDDED:" was read as two more labels
    state = read_ucinet(FILES / "labels_then_embedded.dl")
    assert [a.name for a in state.actors] == ["Amt", "Kita", "Schule", "Moschee", "Verein"]
    assert _ties(state) == [("Amt", "Kita", "", "directed", 1), ("Kita", "Schule", "", "directed", 2),
                            ("Moschee", "Verein", "", "directed", 1)]  # the zero weight is no tie


def test_keywords_without_colons_and_options_separated_by_commas() -> None:
    state = read_ucinet(FILES / "labels_without_colons.dl")
    assert [a.name for a in state.actors] == ["Amt A", "Kita", "Schule", "Verein"]  # one mode: same labels
    assert [(s, t) for s, t, *_ in _ties(state)] == [("Amt A", "Kita"), ("Kita", "Schule"), ("Schule", "Verein")]


@pytest.mark.parametrize("name, strength", [("upperhalf.dl", 3), ("lowerhalf.dl", 2)])
def test_half_matrices_are_symmetric(name: str, strength: int) -> None:
    ties = _ties(read_ucinet(FILES / name))
    assert {(s, t) for s, t, *_ in ties} == {("A", "B"), ("A", "D"), ("B", "C"), ("C", "D")}
    assert all(d == "undirected" for *_, d, _ in ties)
    assert [w for s, t, _, _, w in ties if (s, t) == ("C", "D")] == [strength]


@pytest.mark.parametrize("name", ["two_mode_matrix.dl", "edgelist2.dl"])
def test_two_mode_data_is_a_bipartite_map_with_the_modes_as_categories(name: str) -> None:
    state = read_ucinet(FILES / name)
    assert _modes(state) == [("Anna", "Rows (mode 1)"), ("Ben", "Rows (mode 1)"), ("Cleo", "Rows (mode 1)"),
                             ("Sportverein", "Columns (mode 2)"), ("Chor", "Columns (mode 2)")]
    assert {(s, t) for s, t, *_ in _ties(state)} == {("Anna", "Sportverein"), ("Ben", "Sportverein"),
                                                     ("Ben", "Chor"), ("Cleo", "Chor")}
    assert all(d == "undirected" for *_, d, _ in _ties(state))


def test_the_mode_categories_are_named_in_both_languages() -> None:
    state = read_ucinet(FILES / "two_mode_matrix.dl")
    labels = {(state.label(CatalogueKind.CATEGORY, a.category, "de"), state.label(CatalogueKind.CATEGORY, a.category,
                                                                                   "en")) for a in state.actors}
    assert labels == {("Zeilen (Modus 1)", "Rows (mode 1)"), ("Spalten (Modus 2)", "Columns (mode 2)")}


def test_edgelist2_with_embedded_labels_creates_each_mode_as_named() -> None:
    state = read_ucinet(FILES / "edgelist2_embedded.dl")
    assert sorted(_modes(state)) == [("Anna", "Rows (mode 1)"), ("Ben", "Rows (mode 1)"),
                                     ("Chor", "Columns (mode 2)"), ("Sportverein", "Columns (mode 2)")]
    assert len(state.ties) == 3


def test_several_matrices_give_one_tie_kind_each_named_as_written() -> None:
    state = read_ucinet(FILES / "several_matrices.dl")
    assert _ties(state) == [("Amt", "Kita", "Kooperation", "undirected", 1),
                            ("Amt", "Schule", "Konflikt/Spannung", "directed", 1)]
    # both are kinds of NetMap's own catalogue, so the map uses those entries
    assert {t.kind for t in state.ties} == {"kooperation", "konflikt"}


def test_several_embedded_matrices_that_repeat_their_column_labels() -> None:
    state = read_ucinet(FILES / "several_matrices_embedded.dl")
    assert _ties(state) == [("a", "b", "Friends", "undirected", 1), ("a", "c", "Advice", "directed", 1),
                            ("b", "c", "Advice", "directed", 1)]


def test_node_list_and_edge_lists_of_several_matrices() -> None:
    nodes = read_ucinet(FILES / "nodelist1.dl")
    assert [(s, t) for s, t, *_ in _ties(nodes)] == [("1", "2"), ("1", "3"), ("1", "4"), ("2", "3")]
    lists = read_ucinet(FILES / "edgelist1_several.dl")
    assert _ties(lists) == [("A", "B", "Helps", "directed", 1), ("B", "C", "Helps", "directed", 1),
                            ("C", "A", "Argues", "directed", 3)]
    assert lists.ties[2].extra == {"weight": "2.5"}
