"""The typed report: attributes for every reader, one to_json for the command line, one table of gaps."""

from __future__ import annotations

import json
import pickle
from dataclasses import fields

import pytest

from netmap.analysis import GAP_FINDINGS, AnalysisReport, Gaps, analyze, gap_finding
from netmap.analysis.actor_figures import ActorFigures
from netmap.analysis.gap_findings import GapSubject
from netmap.analysis.result import NetworkFigures

from .town import town


def test_to_json_is_the_fields_in_their_order() -> None:
    report = analyze(town())
    data = report.to_json()
    assert list(data) == [f.name for f in fields(AnalysisReport)]
    assert list(data["network"]) == [f.name for f in fields(NetworkFigures)]
    assert list(data["actors"][0]) == [f.name for f in fields(ActorFigures)]
    assert list(data["gaps"]) == [f.name for f in fields(Gaps)]
    assert data["notes"] == {}  # a note only where a gap was not asked
    assert json.loads(json.dumps(data, allow_nan=False)) == data  # plain JSON: lists, not tuples


def test_attributes_say_what_the_json_says() -> None:
    report = analyze(town(), directed=True)
    data = report.to_json()
    assert report.network.ties == data["network"]["ties"] and report.network.directed
    stadt = next(a for a in report.actors if a.name == "Stadt")
    assert stadt.betweenness == data["actors"][0]["betweenness"] and stadt.id == data["actors"][0]["id"]
    assert stadt.brokerage.total == sum(count for _, count in stadt.brokerage.roles())
    assert [g.name for g in report.gaps.single_points_of_failure] == [
        g["name"] for g in data["gaps"]["single_points_of_failure"]]
    assert report.actor(stadt.id) is stadt and report.actor(999) is None


def test_measure_reads_the_ranked_figures_and_refuses_unknown_ones() -> None:
    stadt = next(a for a in analyze(town()).actors if a.name == "Stadt")
    assert stadt.measure("degree") == float(stadt.degree)
    assert stadt.measure("brokerage") == float(stadt.brokerage.total)
    with pytest.raises(KeyError):
        stadt.measure("name")


def test_the_report_is_frozen_and_crosses_process_borders() -> None:
    report = analyze(town())
    with pytest.raises(AttributeError):
        report.network.ties = 0  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(report)) == report  # the analysis child process pickles it


def test_one_table_names_every_gap_once() -> None:
    assert [f.key for f in GAP_FINDINGS] != []
    assert sorted(f.key for f in GAP_FINDINGS) == sorted(f.name for f in fields(Gaps))
    assert len({f.title for f in GAP_FINDINGS}) == len(GAP_FINDINGS)
    assert gap_finding("missing_districts").subject is GapSubject.DISTRICT
    assert gap_finding("isolated_actors").explanation == "Who is on the map but connected to no one?"
    with pytest.raises(KeyError):
        gap_finding("bridges")
