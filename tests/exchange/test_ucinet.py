"""UCINET DL: full matrices with and without labels, several matrices, edge lists with isolates."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from netmap.domain import CatalogueKind, Direction
from netmap.exchange.errors import ExchangeError
from netmap.exchange.ucinet import read_ucinet

EIES = "socnetv/Freeman_EIES_network_48actors_Acquaintanceship_at_time_{}.dl"
MATRICES = {  # file: (actors, matrices)
    "socnetv/Bernard_Killworth_Fraternity.dl": (58, 2),
    "socnetv/Stokman_Ziegler_Corporate_Interlocks_Netherlands.dl": (16, 1),
    "socnetv/Thurman_Office_Networks_Coalitions.dl": (15, 2),
    "socnetv/Zachary_Karate_Club.dl": (34, 2),
}


@pytest.mark.parametrize("time", [1, 2])
def test_eies_keeps_all_48_actors_and_every_listed_tie(refdata: Path, time: int) -> None:
    path = refdata / EIES.format(time)
    text = path.read_text()
    lines = [line for line in text.split("data:", 1)[1].splitlines() if line.strip()]
    mentioned = {token for line in lines for token in line.split()[:2]}
    state = read_ucinet(path)
    assert len(state.actors) == 48
    assert len(mentioned) < 48  # some declared actors appear in no tie: kept as isolates
    assert len(state.ties) == len(lines)
    assert all(t.direction == Direction.DIRECTED for t in state.ties)
    first = state.ties[0]  # "1 2 4": acquaintance level 4 -> strongest, original kept
    assert (first.source, first.target, first.strength, first.extra) == (1, 2, 3, {"weight": "4"})


def _matrix_ties(path: Path, n: int, matrices: int) -> list[int]:
    values = re.split(r"\s+", path.read_text().split("DATA:", 1)[1].strip())
    counts = []
    for m in range(matrices):
        cells = values[m * n * n : (m + 1) * n * n]
        grid = [cells[r * n : (r + 1) * n] for r in range(n)]
        symmetric = all(grid[r][c] == grid[c][r] for r in range(n) for c in range(n))
        counts.append(sum(1 for r in range(n) for c in range(n) if grid[r][c] != "0" and (not symmetric or r <= c)))
    return counts


@pytest.mark.parametrize("name", sorted(MATRICES))
def test_full_matrices_give_their_ties(refdata: Path, name: str) -> None:
    n, matrices = MATRICES[name]
    state = read_ucinet(refdata / name)
    assert len(state.actors) == n
    per_kind = Counter(t.kind for t in state.ties)
    assert sorted(per_kind.values()) == sorted(_matrix_ties(refdata / name, n, matrices))


def test_labels_and_level_labels(refdata: Path) -> None:
    thurman = read_ucinet(refdata / "socnetv/Thurman_Office_Networks_Coalitions.dl")
    assert [a.name for a in thurman.actors][:3] == ["ANN", "AMY", "KATY"]
    assert {thurman.label(CatalogueKind.TIE_KIND, t.kind) for t in thurman.ties} == {"THURA", "THURM"}
    zachary = read_ucinet(refdata / "socnetv/Zachary_Karate_Club.dl")
    assert Counter(zachary.label(CatalogueKind.TIE_KIND, t.kind) for t in zachary.ties) == {"ZACHE": 78, "ZACHC": 78}
    assert [a.name for a in zachary.actors][:2] == ["1", "2"]  # no labels: numbered


@pytest.mark.parametrize(
    "text, expected",
    [
        ("dl n=3 format=edgelist1 labels embedded\ndata:\nAnna Bert 2\nBert Carl\n", ["Anna-Bert", "Bert-Carl"]),
        ('DL N=3\nFORMAT = NODELIST1\nLABELS:\n"Amt A",Verein,Schule\nDATA:\n1 2 3\n',
         ["Amt A-Verein", "Amt A-Schule"]),
        ("DL N=3 FORMAT=LOWERHALF DIAGONAL ABSENT\nLABELS:\nA\nB\nC\nDATA:\n1\n0 1\n", ["A-B", "B-C"]),
        ("DL N=3\nFORMAT=FULLMATRIX\nLABELS EMBEDDED\nDATA:\nx y z\nx 0 1 0\ny 0 0 0\nz 1 0 0\n", ["x-y", "z-x"]),
        ("dl nr=2 nc=2\nrow labels:\nA B\ncol labels:\nX Y\ndata:\n1 0\n0 1\n", ["A-X", "B-Y"]),
    ],
)  # fmt: skip
def test_other_layouts(tmp_path: Path, text: str, expected: list[str]) -> None:
    path = tmp_path / "net.dl"
    path.write_text(text, encoding="utf-8")
    state = read_ucinet(path)
    names = {a.id: a.name for a in state.actors}
    assert [f"{names[t.source]}-{names[t.target]}" for t in state.ties] == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("graph\n", "does not begin with DL"),
        ("dl n=2\n", "no DATA"),
        ("dl n=2\ndata:\n0 1\n1\n", "3 values"),
        ("dl n=2 format=edgelist1\ndata:\n1 3\n", "not among the 2"),
        ("dl n=2 format=nodelist2\ndata:\n1 1\n", "not supported"),
        ("dl n=2 format=edgelist1\ndata:\n1 2 lots\n", "not a number"),
        ("dl n=2\nlabels:\na\ndata:\n0 0 0 0\n", "1 labels for 2"),
    ],
)
def test_bad_files_are_explained(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.dl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExchangeError, match=message) as info:
        read_ucinet(path)
    assert str(info.value).startswith("bad.dl")
