"""Pajek: vertices with coordinates and colours, edges, arcs, mixed sections, matrices of several relations."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from netmap.domain import CatalogueKind, Direction
from netmap.exchange.errors import ExchangeError
from netmap.exchange.graphml import NORMALISED_SCALE
from netmap.exchange.pajek import read_pajek

FILES = [
    "socnetv/Campnet.paj",
    "socnetv/Knoke_Bureaucracies_Network.pajek",
    "socnetv/Krackhardt_High-tech_managers.paj",
    "socnetv/Krackhardt_Kite_N10.paj",
    "socnetv/Padgett_Florentine_Families.paj",
    "socnetv/Sampson_Monks_N18.net",
]


def _count(path: Path) -> tuple[int, Counter[tuple[str, str]]]:
    """Vertices, and ties per (section, relation line), counted straight from the text."""
    vertices = 0
    ties: Counter[tuple[str, str]] = Counter()
    section, header, rows = "", "", []
    for line in [*path.read_text().splitlines(), "*End"]:
        if line.startswith("*"):
            if section == "matrix":  # symmetric: a tie per pair; otherwise a tie per non-zero cell
                symmetric = all(rows[i][j] == rows[j][i] for i in range(len(rows)) for j in range(len(rows)))
                cells = [(i, j) for i in range(len(rows)) for j in range(len(rows)) if rows[i][j] != "0"]
                ties[(section, header)] = sum(1 for i, j in cells if not symmetric or i <= j)
            section, header, rows = line[1:].split()[0].lower(), line, []
            if section == "vertices":
                vertices = int(line.split()[1])
        elif line.strip() and section in ("edges", "arcs"):
            ties[(section, header)] += 1
        elif line.strip() and section == "matrix":
            rows.append(line.split())
    return vertices, ties


@pytest.mark.parametrize("name", FILES)
def test_counts_match_the_file(refdata: Path, name: str) -> None:
    vertices, ties = _count(refdata / name)
    state = read_pajek(refdata / name)
    assert len(state.actors) == vertices
    assert len(state.ties) == sum(ties.values())


def test_literature_counts_of_classic_networks(refdata: Path) -> None:
    padgett = read_pajek(refdata / "socnetv/Padgett_Florentine_Families.paj")
    kinds = Counter(padgett.label(CatalogueKind.TIE_KIND, t.kind) for t in padgett.ties)
    assert kinds == {"Marital": 20, "Business": 15}  # Padgett & Ansell: 20 marriage, 15 business ties
    assert all(t.direction == Direction.UNDIRECTED for t in padgett.ties)
    kite = read_pajek(refdata / "socnetv/Krackhardt_Kite_N10.paj")
    assert [a.name for a in kite.actors][:3] == ["Andre", "Beverley", "Carol"] and len(kite.ties) == 18


def test_mixed_arcs_and_edges_with_colours_and_positions(refdata: Path) -> None:
    state = read_pajek(refdata / "socnetv/Campnet.paj")
    assert Counter(t.direction for t in state.ties) == {Direction.DIRECTED: 16, Direction.UNDIRECTED: 28}
    holly = state.actors[0]
    assert holly.name == "HOLLY"
    assert (holly.x, holly.y) == pytest.approx((0.63046 * NORMALISED_SCALE, 0.575472 * NORMALISED_SCALE))
    assert holly.extra == {"colour": "#f1f5d5", "shape": "circle"}
    assert state.actors[8].extra["shape"] == "box"
    assert state.ties[0].extra == {"colour": "black"}


def test_matrices_of_named_relations_become_tie_kinds(refdata: Path) -> None:
    knoke = read_pajek(refdata / "socnetv/Knoke_Bureaucracies_Network.pajek")
    kinds = Counter(knoke.label(CatalogueKind.TIE_KIND, t.kind, "en") for t in knoke.ties)
    assert set(kinds) == {"Information exchange", "Money exchange"}
    assert knoke.ties[0].kind == "information"  # a default kind, matched by its English label
    assert knoke.actors[5].name == "WRO"
    manager = read_pajek(refdata / "socnetv/Krackhardt_High-tech_managers.paj")
    assert {manager.label(CatalogueKind.TIE_KIND, t.kind) for t in manager.ties} == {
        "gives_advice_to", "is_friend_of", "reports_to"
    }  # fmt: skip
    assert all(t.direction == Direction.DIRECTED for t in manager.ties)
    assert sum(t.kind == "reports_to" for t in manager.ties) == 20  # everyone but the CEO reports to one


def test_weights_and_two_mode_matrix(tmp_path: Path) -> None:
    path = tmp_path / "w.net"
    path.write_text(
        '*Vertices 4 2\n1 "A"\n2 "B"\n3 "X"\n4 "Y"\n*Matrix\n1 0\n5 1\n*Arcs :2 "Hilfe"\n1 2 0.5 l "spät"\n',
        encoding="cp1252",
    )
    state = read_pajek(path)
    names = {a.id: a.name for a in state.actors}
    assert [(names[t.source], names[t.target], t.strength) for t in state.ties] == [
        ("A", "X", 1), ("B", "X", 3), ("B", "Y", 1), ("A", "B", 1)
    ]  # fmt: skip
    assert state.ties[1].extra["weight"] == "5" and state.ties[3].extra == {"weight": "0.5", "label": "spät"}
    assert state.label(CatalogueKind.TIE_KIND, state.ties[3].kind) == "Hilfe"


@pytest.mark.parametrize(
    "text, message, line",
    [
        ("*Vertices 2\n1 a\n*Edges\n1 3\n", "vertex 3 is not among the 2", 4),
        ("*Vertices 2\n*Matrix\n0 1\n1\n", "3 values", 4),
        ("*Edges\n1 2\n", "before \\*Vertices", 1),
        ("*Vertices many\n", "number of vertices", 1),
        ("*Vertices 999999999\n", "200,000", 1),
        ("hello\n", "no \\*Vertices", None),
        ("*Vertices 1\n1 a\n*Matrix\nx\n", "not a number", 4),
    ],
)
def test_bad_files_name_the_line(tmp_path: Path, text: str, message: str, line: int | None) -> None:
    path = tmp_path / "bad.net"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExchangeError, match=message) as info:
        read_pajek(path)
    assert info.value.line == line
