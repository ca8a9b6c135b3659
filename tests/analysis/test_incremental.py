"""The live analysis after single edits equals a full recomputation of the same map."""

from __future__ import annotations

import math
import random
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from netmap.analysis import AnalysisReport, LiveAnalysis, UnknownActorError, analyze
from netmap.catalogues import default_catalogues
from netmap.domain import Actor, Direction, MapState, Tie

from .town import town

CATEGORIES = ["verwaltung", "schulen", "religion", "vereine", ""]
KINDS = ["kooperation", "information"]


def assert_same(got: object, want: object, path: str = "") -> None:
    """Equal, floats to 1e-9 (sums may run in another order); reports compared field by field."""
    if isinstance(want, AnalysisReport):
        assert isinstance(got, AnalysisReport), path
        got, want = got.to_json(), want.to_json()
    if isinstance(want, dict):
        assert isinstance(got, dict) and got.keys() == want.keys(), path
        for key in want:
            assert_same(got[key], want[key], f"{path}.{key}")
    elif isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want), path
        for i, (x, y) in enumerate(zip(got, want)):
            assert_same(x, y, f"{path}[{i}]")
    elif isinstance(want, float) and isinstance(got, float):
        assert math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9), (path, got, want)
    else:
        assert got == want, (path, got, want)


def random_map(rng: random.Random, n: int = 30, m: int = 40) -> MapState:
    graph = nx.gnm_random_graph(n, m, seed=rng.randrange(1000))
    actors = [Actor(f"A{i}", rng.choice(CATEGORIES), is_key=i == 0, id=i + 1) for i in range(n)]
    ties = [random_tie(rng, u + 1, v + 1) for u, v in graph.edges()]
    return MapState(catalogues=default_catalogues(), actors=actors, ties=ties)


def random_tie(rng: random.Random, u: int, v: int) -> Tie:
    return Tie(u, v, rng.choice(KINDS), direction=rng.choice(list(Direction)), strength=rng.randint(1, 3),
               field=rng.choice(["", "sprache_bildung"]))


def random_edit(state: MapState, rng: random.Random, next_id: list[int]) -> None:
    """One edit of the kinds a workshop makes, applied to `state` in place."""
    op = rng.random()
    if op < 0.3 or not state.ties:
        u, v = rng.sample([a.id for a in state.actors], 2)
        state.ties.append(random_tie(rng, u, v))  # type: ignore[arg-type]
    elif op < 0.5:
        state.ties.pop(rng.randrange(len(state.ties)))
    elif op < 0.6:
        i = rng.randrange(len(state.ties))
        state.ties[i] = state.ties[i].with_changes(strength=rng.randint(1, 3), direction=rng.choice(list(Direction)),
                                                   kind=rng.choice(KINDS))
    elif op < 0.7:
        state.actors.append(Actor(f"N{next_id[0]}", rng.choice(CATEGORIES), id=next_id[0]))
        next_id[0] += 1
    elif op < 0.8 and len(state.actors) > 3:
        gone = state.actors.pop(rng.randrange(len(state.actors)))
        if rng.random() < 0.7:  # usually its ties go with it; otherwise they lie dormant
            state.ties = [t for t in state.ties if gone.id not in (t.source, t.target)]
    else:
        i = rng.randrange(len(state.actors))
        state.actors[i] = state.actors[i].with_changes(
            category=rng.choice(CATEGORIES), reached=rng.random() < 0.5, is_key=rng.random() < 0.2
        )


MODES = [
    {},
    {"directed": True},
    {"weighted": True},
    {"directed": True, "weighted": True},
    {"tie_kind": "kooperation"},
]


@pytest.mark.parametrize("options", MODES, ids=lambda o: "-".join(o) or "default")
@pytest.mark.parametrize("seed", range(6))
def test_live_equals_full_after_every_edit(options: dict, seed: int) -> None:
    rng = random.Random(seed)
    state = random_map(rng)
    live = LiveAnalysis(state, **options)
    next_id = [len(state.actors) + 1]
    for step in range(40):
        random_edit(state, rng, next_id)
        assert_same(live.update(state), analyze(state, **options), f"step {step}")


def test_live_equals_full_on_a_larger_map() -> None:
    rng = random.Random(11)
    graph = nx.powerlaw_cluster_graph(200, 3, 0.3, seed=1)
    state = MapState(
        catalogues=default_catalogues(),
        actors=[Actor(f"A{i}", rng.choice(CATEGORIES), id=i + 1) for i in range(200)],
        ties=[random_tie(rng, u + 1, v + 1) for u, v in graph.edges()],
    )
    live = LiveAnalysis(state)
    next_id = [201]
    for _ in range(15):
        random_edit(state, rng, next_id)
        live.update(state)
    assert_same(live.report, analyze(state))


def test_explicit_edit_methods() -> None:
    state = town()
    live = LiveAnalysis(state)
    tie = Tie(3, 5, "kooperation")
    live.add_tie(tie)
    state.ties.append(tie)
    assert_same(live.report, analyze(state))

    changed = tie.with_changes(strength=3, target=6)
    live.change_tie(changed)
    state.ties[-1] = changed
    assert_same(live.report, analyze(state))

    newcomer = Actor("Jugendrat", "beiraete", id=10)
    live.add_actor(newcomer)
    state.actors.append(newcomer)
    assert_same(live.report, analyze(state))

    renamed = state.actors[0].with_changes(name="Rathaus", category="politik")
    live.change_actor(renamed)
    state.actors[0] = renamed
    assert_same(live.report, analyze(state))

    live.remove_tie(changed.uid)
    state.ties.pop()
    assert_same(live.report, analyze(state))

    live.remove_actor(2)
    state.actors = [a for a in state.actors if a.id != 2]
    state.ties = [t for t in state.ties if 2 not in (t.source, t.target)]
    assert_same(live.report, analyze(state))

    with pytest.raises(UnknownActorError):
        live.remove_actor(2)
    with pytest.raises(UnknownActorError):
        live.change_actor(Actor("Niemand", id=99))


def test_removed_actor_without_its_ties_gets_them_back() -> None:
    state = town()
    live = LiveAnalysis(state)
    live.remove_actor(2, with_ties=False)
    assert 2 not in live.graph and not live.graph.has_edge(1, 2)
    live.add_actor(state.actors[1])
    assert_same(live.report, analyze(state))


def test_what_if_on_the_live_map() -> None:
    live = LiveAnalysis(town())
    assert live.what_if(2).cut_off == (3, 4)


def test_bench_prints_the_contract_line() -> None:
    bench = Path(__file__).resolve().parents[2] / "bench" / "analysis.py"
    result = subprocess.run(
        [sys.executable, str(bench), "--actors", "80", "--networkx-edits", "1"],
        check=True, capture_output=True, text=True,
    )
    lines = result.stdout.strip().splitlines()
    assert re.fullmatch(r"update_ms=\d+\.\d networkx_ms=\d+\.\d", lines[-1]), lines[-1]
    assert "check: live result equals a full recomputation: yes" in result.stdout
