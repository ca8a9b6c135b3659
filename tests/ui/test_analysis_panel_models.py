"""The analysis panel's parts without the window: ranking model, gap list, worker and runner.

The runner tests use a real MapSession on the small project: edits are commands, as in the window.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from report_factory import actor_figures

from netmap.analysis import ActorFigures, analyze
from netmap.catalogues import default_catalogues
from netmap.domain import Actor, MapState, Tie
from netmap.project import Project
from netmap.ui.analysis.analysis_gaps import gap_groups
from netmap.ui.analysis.analysis_models import RankingModel, measure_value
from netmap.ui.analysis.analysis_worker import AnalysisOptions, AnalysisRunner, AnalysisWorker
from netmap.edits import AddTies, RemoveItems
from netmap.ui.editing.models import CatalogueLookup, IdRole, SortRole
from netmap.ui.session import MapSession


def actor(i: int, name: str, *, brokerage: dict[str, int] | None = None, **values: object) -> ActorFigures:
    return actor_figures(i, name, category="vereine", brokerage=(brokerage or {}).get("total", 0), **values)


# == ranking ==============================================================================================

def test_ranking_shares_ranks_puts_undefined_last_and_ranks_constraint_from_the_lowest(qapp) -> None:
    model = RankingModel()
    model.set_lookup(CatalogueLookup(default_catalogues(), "en"))
    model.set_actors([
        actor(1, "A", degree=2, constraint=0.5, brokerage={"total": 4}),
        actor(2, "B", degree=3, constraint=0.9, brokerage={"total": 0}),
        actor(3, "C", degree=2, constraint=None, brokerage={"total": 1}),
        actor(4, "D", degree=0, constraint=None, brokerage={"total": 0}),
    ])
    assert model.ranked() == [(1, "B", 3.0), (2, "A", 2.0), (2, "C", 2.0), (4, "D", 0.0)]
    model.set_measure("constraint")  # low constraint: room to broker, so it comes first
    assert model.ranked() == [(1, "A", 0.5), (2, "B", 0.9), (None, "C", None), (None, "D", None)]
    row_c = model.row_of(3)
    assert model.index(row_c, model.RANK).data() == "–" and model.index(row_c, model.VALUE).data() == "–"
    assert model.index(row_c, model.RANK).data(SortRole) == float("inf")
    model.set_measure("brokerage")
    assert model.ranked()[0] == (1, "A", 4.0)
    assert model.index(0, model.CATEGORY).data() == "Clubs and associations"
    assert model.index(0, model.NAME).data(IdRole) == 1
    assert measure_value(actor(5, "E", closeness=float("nan")), "closeness") is None


def test_a_report_of_the_same_actors_changes_cells_not_the_model(qapp) -> None:
    model = RankingModel()
    model.set_actors([actor(1, "A", degree=1), actor(2, "B", degree=2)])
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, roles=(): changes.append((a.column(), b.column(), b.row())))
    model.set_actors([actor(1, "A", degree=3), actor(2, "B", degree=2)])
    assert not resets and changes == [(model.RANK, model.VALUE, 1)]
    assert model.ranked()[0] == (1, "A", 3.0)
    model.set_actors([actor(1, "A", degree=3)])  # an actor left: a new list
    assert resets == [1]
    assert model.headerData(model.VALUE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
        "How many others is this actor directly connected with?"


# == gaps ===================================================================================================

def test_gap_groups_name_the_gaps_in_the_ui_language_with_the_actors_to_highlight(qapp) -> None:
    catalogues = default_catalogues()
    state = MapState(catalogues=catalogues, actors=[
        Actor("Rathaus", category="verwaltung", id=1, fields=("sport_kultur",)),
        Actor("Schule", category="schulen", id=2),
        Actor("Moschee", category="religion", id=3),
        Actor("Einsam", category="vereine", id=4),
    ], ties=[Tie(1, 2, "kooperation"), Tie(2, 3, "kooperation")])
    report = analyze(state)  # labels in German: the project's language
    groups = {g.code: g for g in gap_groups(report, CatalogueLookup(catalogues, "en"), {"sport_kultur": [1]})}
    assert [g for g in groups] == ["missing_categories", "single_points_of_failure", "key_actors",
                                   "isolated_actors", "peripheral_categories", "not_reached",
                                   "unconnected_communities", "missing_districts", "fields_without_ties"]
    spof = groups["single_points_of_failure"]
    assert spof.title == "Single points of failure" and spof.actors == [2]
    assert [(e.text, e.actors) for e in spof.entries] == [("Schule – cuts off Moschee", [2, 3])]
    assert groups["isolated_actors"].actors == [4]
    missing = [e.text for e in groups["missing_categories"].entries]
    assert "Police" in missing and "Polizei" not in missing  # relabelled in the UI's language
    fields = groups["fields_without_ties"]
    sport = next(e for e in fields.entries if e.key == "sport_kultur")
    assert sport.actors == [1]


# == worker ===================================================================================================

def small_state() -> MapState:
    return MapState(actors=[Actor("A", id=1), Actor("B", id=2), Actor("C", id=3)], ties=[Tie(1, 2), Tie(2, 3)])


def test_the_worker_follows_edits_and_says_when_nothing_changed() -> None:
    worker = AnalysisWorker()
    state = small_state()
    first = worker.analyse(state, AnalysisOptions())
    assert first is not None and first.network.ties == 2
    moved = MapState(actors=[a.with_changes(x=a.x + 10) for a in state.actors], ties=state.ties)
    assert worker.analyse(moved, AnalysisOptions(), allow_unchanged=True) is None  # a move changes no figure
    grown = MapState(actors=state.actors, ties=[*state.ties, Tie(1, 3)])
    assert worker.analyse(grown, AnalysisOptions(), allow_unchanged=True).network.ties == 3
    directed = worker.analyse(grown, AnalysisOptions(directed=True))
    assert directed.network.directed
    assert worker.what_if(99) is None
    assert worker.what_if(2).cut_off == ()


# == runner ===================================================================================================

@pytest.fixture
def session(qapp, small_project: Path):  # type: ignore[no-untyped-def]
    s = MapSession(Project.open(small_project))
    yield s
    s.close()


def ids_of(session: MapSession) -> dict[str, int]:
    return {a.name: a.id for a in session.actors.values()}  # type: ignore[misc]


def follow(qtbot, session: MapSession, **kwargs: object) -> tuple[AnalysisRunner, list[dict]]:  # type: ignore[no-untyped-def]
    runner = AnalysisRunner(**kwargs)  # type: ignore[arg-type]
    reports: list[dict] = []
    runner.reportReady.connect(reports.append)
    runner.attach(session)
    runner.set_active(True)
    qtbot.waitUntil(lambda: runner.idle and bool(reports), timeout=20000)
    return runner, reports


def test_a_burst_of_edits_becomes_one_analysis_off_the_ui_thread(qtbot, session: MapSession,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    original = AnalysisWorker.analyse

    def spy(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(AnalysisWorker, "analyse", spy)
    runner, reports = follow(qtbot, session)
    assert runner.backend_kind == "thread" and threads and threading.get_ident() not in threads
    sent = runner.jobs_sent
    ids = ids_of(session)
    for a, b in (("Sportverein TSV", "Moscheeverein"), ("Sportverein TSV", "Grundschule Süd"),
                 ("Stadtverwaltung", "Moscheeverein")):  # three edits in one go
        assert session.execute(AddTies([Tie(ids[a], ids[b], "kooperation")]))
    qtbot.waitUntil(lambda: runner.idle and reports[-1].network.ties == 6)
    assert runner.jobs_sent == sent + 1
    runner.shutdown()


def test_a_result_overtaken_by_an_edit_is_dropped(qtbot, session: MapSession, monkeypatch: pytest.MonkeyPatch) -> None:
    runner, reports = follow(qtbot, session)
    original = AnalysisWorker.analyse
    started = threading.Event()
    edited = threading.Event()  # the job waits until the map has changed under it

    def slow(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        assert edited.wait(timeout=10), "the test never made its edit"
        return original(self, *args, **kwargs)

    monkeypatch.setattr(AnalysisWorker, "analyse", slow)
    ids = ids_of(session)
    tie = Tie(ids["Sportverein TSV"], ids["Moscheeverein"], "kooperation")
    assert session.execute(AddTies([tie]))
    qtbot.waitUntil(started.is_set)  # the job with 4 ties runs; the map changes meanwhile
    new = next(t for t in session.ties.values() if t.source == tie.source and t.target == tie.target)
    assert session.execute(RemoveItems([], [new.id]))
    edited.set()
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    # The figures with 4 ties never showed: the first and the last report are of the 3 ties the map has.
    assert [r.network.ties for r in reports] == [3, 3]
    assert runner.jobs_sent == 3
    runner.shutdown()


def test_the_process_backend_gives_the_same_figures_and_the_what_if(qtbot, session: MapSession) -> None:
    runner, reports = follow(qtbot, session, backend="process")
    assert runner.backend_kind == "process"
    assert reports[-1] == analyze(session.state())
    results: list[object] = []
    runner.whatIfReady.connect(results.append)
    school = ids_of(session)["Grundschule Süd"]
    runner.request_what_if(school)
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert results[0].cut_off == (ids_of(session)["Moscheeverein"],)  # type: ignore[attr-defined]
    runner.shutdown()
    assert runner.backend_kind is None


def test_a_failed_analysis_is_reported_and_the_next_edit_tries_again(qtbot, session: MapSession,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    runner, reports = follow(qtbot, session)
    errors: list[str] = []
    runner.failed.connect(errors.append)

    def broken(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    original = AnalysisWorker.analyse
    monkeypatch.setattr(AnalysisWorker, "analyse", broken)
    ids = ids_of(session)
    assert session.execute(AddTies([Tie(ids["Sportverein TSV"], ids["Moscheeverein"], "kooperation")]))
    qtbot.waitUntil(lambda: errors == ["RuntimeError: boom"])
    qtbot.waitUntil(lambda: runner.idle)
    monkeypatch.setattr(AnalysisWorker, "analyse", original)
    assert session.execute(AddTies([Tie(ids["Stadtverwaltung"], ids["Moscheeverein"], "kooperation")]))
    qtbot.waitUntil(lambda: reports[-1].network.ties == 5)
    runner.shutdown()


def test_a_child_process_that_dies_is_replaced(qtbot, session: MapSession) -> None:
    import os
    import signal

    runner, reports = follow(qtbot, session, backend="process")
    errors: list[str] = []
    runner.failed.connect(errors.append)
    child = runner._backend.child  # type: ignore[union-attr]
    assert child is not None
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    ids = ids_of(session)
    assert session.execute(AddTies([Tie(ids["Sportverein TSV"], ids["Moscheeverein"],
                                                                "kooperation")]))
    qtbot.waitUntil(lambda: runner.idle and reports[-1].network.ties == 4, timeout=20000)
    assert not errors  # tried once more, with a new process
    assert runner._backend.child is not None and runner._backend.child.pid != child.pid  # type: ignore[union-attr]
    runner.shutdown()


def test_the_child_serves_pickled_requests() -> None:
    import io
    import pickle

    from netmap.ui.analysis.analysis_worker import serve

    requests = io.BytesIO()
    for request in (("analyse", (small_state(), AnalysisOptions())), ("what_if", (2,)), ("__init__", ())):
        pickle.dump(request, requests)
    requests.seek(0)
    answers = io.BytesIO()
    serve(requests, answers)
    answers.seek(0)
    (ok1, report), (ok2, what_if), (ok3, message) = (pickle.load(answers) for _ in range(3))
    assert ok1 and report.network.ties == 2
    assert ok2 and what_if.cut_off == (3,)  # the smaller piece, ties broken towards the first actor
    assert not ok3 and message == "ValueError: unknown request '__init__'"


def test_missing_groups_say_why_they_are_not_asked_of_a_map_without_the_handbooks_categories(qapp) -> None:
    catalogues = default_catalogues()
    state = MapState(catalogues=catalogues, actors=[Actor("Anna", id=1), Actor("Ben", id=2)], ties=[Tie(1, 2)])
    groups = {g.code: g for g in gap_groups(analyze(state), CatalogueLookup(catalogues, "en"))}
    assert [(e.key, e.actors) for e in groups["missing_categories"].entries] == [("not_asked", [])]
    assert groups["missing_categories"].summary == "–"  # not "(1)": nothing is missing
    assert groups["missing_categories"].entries[0].text.startswith("Not asked: no actor has one of the handbook's")
