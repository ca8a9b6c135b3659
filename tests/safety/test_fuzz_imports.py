"""Mutated files from other tools never crash an importer, never hang, and never import half.

Hypothesis mutates real files (bytes flipped, cut off, repeated, inserted); every read either
gives a consistent map or an ExchangeError, within a generous bound that only a hang exceeds.
Importing a mutated file into a project changes everything or nothing.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from shared_files import REFDATA

from netmap.domain import Actor
from netmap.errors import NetMapError
from netmap.exchange import read_map
from netmap.exchange.errors import ExchangeError
from netmap.project import Project
from netmap.transfer import plan_file_import

SAMPLES = {
    ".xlsx": "kumu/paypal-mafia.xlsx",
    ".gexf": "gexf_spec/viz.gexf",
    ".graphml": "socnetv/TinyGraphML_Weighted_Dir_N3.graphml",
    ".paj": "socnetv/Krackhardt_Kite_N10.paj",
    ".dl": "socnetv/Stokman_Ziegler_Corporate_Interlocks_Netherlands.dl",
    ".csv": "gephi/test_utf8_chars.csv",
}
HANG_BOUND_S = 30  # a real read of these small files takes milliseconds; only a hang reaches this


class Hang(Exception):
    pass


@contextmanager
def hang_guard(seconds: int) -> Iterator[None]:
    def alarm(_signum: int, _frame: object) -> None:
        raise Hang(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**9), st.integers(0, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**9), st.just(0)),
    st.tuples(st.just("repeat"), st.integers(0, 10**9), st.integers(1, 64)),
    st.tuples(st.just("insert"), st.integers(0, 10**9), st.integers(0, 255)),
)


def mutate(data: bytes, steps: list[tuple[str, int, int]]) -> bytes:
    out = bytearray(data)
    for kind, where, value in steps:
        if not out:
            break
        at = where % len(out)
        if kind == "flip":
            out[at] = value
        elif kind == "cut":
            del out[at:]
        elif kind == "repeat":
            out[at:at] = out[at:at + value] * 3
        else:
            out.insert(at, value)
    return bytes(out)


@pytest.mark.skipif(not REFDATA.exists(), reason="shared/refdata is not beside the checkout")
@pytest.mark.parametrize("suffix", sorted(SAMPLES))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(mutation, min_size=1, max_size=6))
@example(steps=[("flip", 4194305, 5)])  # found by Hypothesis: a workbook whose compressed part is damaged
def test_a_mutated_file_reads_whole_or_fails_cleanly(tmp_path: Path, suffix: str,
                                                      steps: list[tuple[str, int, int]]) -> None:
    path = tmp_path / f"mutated{suffix}"
    path.write_bytes(mutate((REFDATA / SAMPLES[suffix]).read_bytes(), steps))
    try:
        with hang_guard(HANG_BOUND_S):
            state = read_map(path)
    except ExchangeError as error:
        assert "\n" not in str(error)
        return
    ids = {a.id for a in state.actors}
    assert len(ids) == len(state.actors)
    assert all(t.source in ids and t.target in ids for t in state.ties), "a tie points at a missing actor"


@pytest.mark.skipif(not REFDATA.exists(), reason="shared/refdata is not beside the checkout")
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from(sorted(SAMPLES)), steps=st.lists(mutation, min_size=1, max_size=4))
def test_importing_a_mutated_file_changes_all_or_nothing(tmp_path: Path, suffix: str,
                                                         steps: list[tuple[str, int, int]]) -> None:
    path = tmp_path / f"mutated{suffix}"
    path.write_bytes(mutate((REFDATA / SAMPLES[suffix]).read_bytes(), steps))
    project_path = tmp_path / "p.netmap"
    project_path.unlink(missing_ok=True)
    with Project.create(project_path) as project:
        project.add_actor(Actor("Rathaus"))
        before = project.state()
        try:
            with hang_guard(HANG_BOUND_S):
                plan = plan_file_import(project, path)
                project.apply_import(plan)
        except NetMapError:
            assert project.state() == before
            return
        after = project.state()
    assert len(after.actors) == len(before.actors) + len(plan.new_actors)
    assert len(after.ties) >= len(plan.new_ties)
