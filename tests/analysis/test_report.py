"""The report object: every key of the JSON contract, without NaN, reference values through a map."""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
import pytest

from netmap.analysis import AnalysisError
from netmap.analysis import analyze as analyze_typed
from netmap.domain import Actor, MapState, Tie

from .helpers import KITE_NAMES, by_name, kite, map_of, padgett16
from .town import town

def analyze(state: MapState, **options: object) -> dict:
    """The report as the command line's JSON (`netmap analyze --json`): the contract these tests check."""
    return analyze_typed(state, **options).to_json()  # type: ignore[arg-type]


DESIGN_NETWORK = {"actors", "ties", "density", "components"}
DESIGN_ACTOR = {"name", "category", "degree", "betweenness", "closeness", "eigenvector", "pagerank",
                "constraint", "effective_size", "community", "articulation_point"}
DESIGN_GAPS = {"missing_categories", "isolated_actors", "single_points_of_failure"}
OPTIONS = [{}, {"directed": True}, {"weighted": True}, {"directed": True, "weighted": True},
           {"tie_kind": "kooperation"}, {"tie_kind": "nothing-of-this-kind"}]


@pytest.mark.parametrize("options", OPTIONS)
def test_every_design_key_and_valid_json(options: dict) -> None:
    report = analyze(town(), **options)
    assert DESIGN_NETWORK <= report["network"].keys()
    assert DESIGN_GAPS <= report["gaps"].keys()
    assert len(report["actors"]) == 9
    for actor in report["actors"]:
        assert DESIGN_ACTOR <= actor.keys()
    text = json.dumps(report, allow_nan=False)
    assert json.loads(text) == json.loads(json.dumps(report))


def test_report_of_an_empty_map() -> None:
    report = analyze(MapState())
    assert report["network"]["actors"] == 0 and report["actors"] == []
    json.dumps(report, allow_nan=False)


def test_padgett_through_a_map() -> None:
    report = analyze(map_of(padgett16()))
    actors = by_name(report)
    medici = actors["Medici"]
    assert medici["betweenness"] == pytest.approx(0.4524, abs=1e-3)
    assert medici["closeness"] == pytest.approx(0.5227, abs=1e-3)
    assert medici["degree"] == 6
    assert medici["degree_centrality"] == pytest.approx(0.400, abs=1e-3)
    assert medici["constraint"] == pytest.approx(0.2099, abs=1e-3)
    assert medici["effective_size"] == pytest.approx(5.667, abs=1e-3)
    pucci = actors["Pucci"]
    assert pucci["constraint"] is None and pucci["effective_size"] is None and pucci["community"] is None
    assert pucci["betweenness"] == pucci["closeness"] == pucci["eigenvector"] == 0.0
    assert report["network"]["components"] == 2 and report["network"]["isolates"] == 1
    assert [a["name"] for a in report["gaps"]["isolated_actors"]] == ["Pucci"]


def test_kite_through_a_map() -> None:
    actors = by_name(analyze(map_of(kite())))
    assert actors["Heather"]["betweenness"] == pytest.approx(0.3889, abs=1e-3)
    assert actors["Jane"]["closeness"] == pytest.approx(0.3103, abs=1e-3)
    assert actors["Diane"]["eigenvector"] == pytest.approx(0.4810, abs=1e-3)
    assert actors["Diane"]["pagerank"] == pytest.approx(0.1471, abs=1e-3)
    assert actors["Heather"]["constraint"] == pytest.approx(0.4311, abs=1e-3)
    assert [a["name"] for a in analyze(map_of(kite()))["gaps"]["single_points_of_failure"]] == ["Heather", "Ike"]
    assert set(actors) == set(KITE_NAMES)


def test_weighted_report_uses_strength() -> None:
    graph = nx.Graph()
    graph.add_weighted_edges_from([("A", "B", 3), ("B", "C", 1), ("A", "C", 1)])
    actors = by_name(analyze(map_of(graph), weighted=True))
    assert actors["B"]["strength"] == 4.0
    assert by_name(analyze(map_of(graph)))["B"]["strength"] is None


def test_town_gaps_name_names() -> None:
    report = analyze(town())
    gaps = report["gaps"]
    assert gaps["missing_categories"] == [{"key": "jugend", "label": "Jugend"},
                                         {"key": "beiraete", "label": "Beiraete"}]
    assert gaps["isolated_actors"] == [{"id": 9, "name": "Einsam", "category": "vereine"}]
    spof = gaps["single_points_of_failure"]
    assert [(s["name"], [c["name"] for c in s["cut_off"]]) for s in spof] == [
        ("Integrationsbüro", ["Moschee", "Kirchengemeinde"]),
        ("Stadt", ["Schule A", "Schule B"]),
    ]
    assert [p["key"] for p in gaps["peripheral_categories"]] == ["religion", "migrantenorganisationen", "vereine"]
    assert gaps["missing_districts"] == [{"key": "ost", "label": "Ost"}]
    assert [f["key"] for f in gaps["fields_without_ties"]] == ["arbeit_wirtschaft", "sport_kultur"]
    assert {g["key"]: [a["name"] for a in g["actors"]] for g in gaps["not_reached"]} == {
        "migrantenorganisationen": ["Verein X", "Verein Y"],
        "religion": ["Moschee", "Kirchengemeinde"],
        "schulen": ["Schule B"],
        "vereine": ["Einsam"],
    }
    key = gaps["key_actors"]
    assert key["actors"] == [{"id": 1, "name": "Stadt", "path_share": pytest.approx(6 / 11)}]
    assert [a["name"] for a in key["cut_off"]] == ["Schule A", "Schule B"]
    for pair in gaps["unconnected_communities"]:
        assert all("name" in a for a in pair["go_betweens"] + pair["outward"])
    assert {(b["source_name"], b["target_name"]) for b in report["bridges"]} == {
        ("Stadt", "Integrationsbüro"), ("Integrationsbüro", "Moschee"), ("Integrationsbüro", "Kirchengemeinde"),
        ("Verein X", "Verein Y"),
    }


def test_town_actor_rows() -> None:
    report = analyze(town())
    actors = by_name(report)
    assert actors["Stadt"]["articulation_point"] and actors["Stadt"]["cuts_off"] == 2
    assert not actors["Schule A"]["articulation_point"]
    assert actors["Einsam"]["community"] is None
    assert actors["Verein X"]["community"] == actors["Verein Y"]["community"] is not None
    communities = report["communities"]
    assert sum(c["size"] for c in communities) == 8  # everyone but the isolate
    assert report["network"]["communities"] == len(communities)
    assert {c["name"] for c in report["clusters"]["clusters"]} == {"Bildung", "Glaube"}
    assert actors["Integrationsbüro"]["brokerage"]["total"] > 0


def test_directed_report() -> None:
    state = MapState(actors=[Actor("A", "x", id=1), Actor("B", "y", id=2), Actor("C", "z", id=3)],
                     ties=[Tie(1, 2, direction="directed"), Tie(2, 3, direction="directed")])
    report = analyze(state, directed=True)
    b = by_name(report)["B"]
    assert (b["in_degree"], b["out_degree"]) == (1, 1)
    assert b["brokerage"]["liaison"] == 1 and b["brokerage"]["total"] == 1
    assert report["network"]["ties"] == 2 and report["network"]["directed"]
    undirected = by_name(analyze(state))["B"]
    assert undirected["in_degree"] is None and undirected["brokerage"]["liaison"] == 2


def test_tie_kind_filters_ties() -> None:
    report = analyze(town(), tie_kind="information")
    assert report["network"]["ties"] == 3 and report["network"]["tie_kind"] == "information"


def test_actors_need_distinct_ids() -> None:
    with pytest.raises(AnalysisError):
        analyze(MapState(actors=[Actor("A")]))
    with pytest.raises(AnalysisError):
        analyze(MapState(actors=[Actor("A", id=1), Actor("B", id=1)]))


def test_analysis_does_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import netmap.analysis, netmap.analysis.report, netmap.analysis.incremental\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'PySide6 imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
