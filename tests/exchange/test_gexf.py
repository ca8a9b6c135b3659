"""GEXF 1.1 draft to 1.3, the old Gephi namespace, viz data, list attributes, hierarchies, dynamics."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from netmap.domain import CatalogueKind, Direction
from netmap.exchange.errors import ExchangeError
from netmap.exchange.gexf import read_gexf, read_gexf_timeline, write_gexf

STATIC = [
    "gexf_spec/celegans.gexf",
    "gexf_spec/data.gexf",
    "gexf_spec/hierarchy1.gexf",
    "gexf_spec/viz.gexf",
    "graphology/arctic.gexf",
    "graphology/case.gexf",
    "graphology/les_miserables.gexf",
    "graphology/rio.gexf",
    "graphology/v1_3.gexf",
]
DYNAMIC = [
    "gexf_spec/__dynamics.gexf",
    "gexf_spec/dynamics.gexf",
    "gexf_spec/dynamics_edgeweight.gexf",
    "gexf_spec/dynamics_openintervals.gexf",
    "gephi/dynamicedgeweight.gexf",
]


@pytest.mark.parametrize("name", STATIC)
def test_static_counts_match_the_elements_of_the_file(refdata: Path, name: str, xml_elements: Any) -> None:
    path = refdata / name
    state = read_gexf(path)
    assert len(state.actors) == len(list(xml_elements(path, "node")))
    assert len(state.ties) == len(list(xml_elements(path, "edge")))


def _latest_counts(path: Path) -> tuple[int, int]:
    """Nodes and edges alive at the last time point, counted straight from the file."""
    times = re.findall(r'\b(?:start|end|startopen|endopen|timestamp)="([^"]+)"', path.read_text(encoding="utf-8"))
    try:
        key: Any = float
        last = max(float(t) for t in times)
    except ValueError:
        key, last = str, max(times)

    def inside(el: ET.Element) -> bool:
        if el.get("start") is not None and key(el.get("start")) > last:
            return False
        if el.get("startopen") is not None and key(el.get("startopen")) >= last:
            return False
        if el.get("end") is not None and key(el.get("end")) < last:
            return False
        return not (el.get("endopen") is not None and key(el.get("endopen")) <= last)

    def alive(el: ET.Element) -> bool:
        spells = [s for s in el.iter() if s.tag.rsplit("}", 1)[-1] in ("spell", "slice")]
        return inside(el) and (not spells or any(inside(s) for s in spells))

    root = ET.parse(path).getroot()
    nodes = {el.get("id") for el in root.iter() if el.tag.endswith("}node") and alive(el)}
    edges = [el for el in root.iter() if el.tag.endswith("}edge") and alive(el)]
    return len(nodes), sum(1 for e in edges if e.get("source") in nodes and e.get("target") in nodes)


@pytest.mark.parametrize("name", DYNAMIC)
def test_dynamic_files_give_their_latest_state(refdata: Path, name: str) -> None:
    state = read_gexf(refdata / name)
    assert (len(state.actors), len(state.ties)) == _latest_counts(refdata / name)


def test_old_drafts_and_gephi_namespace_with_viz(refdata: Path) -> None:
    arctic = read_gexf(refdata / "graphology/arctic.gexf")  # http://www.gephi.org/gexf, attvalue id=
    new_york = next(a for a in arctic.actors if a.name == "New York")
    assert (new_york.x, new_york.y) == pytest.approx((-81.7245, -25.771425))  # y negated: Gephi's axis is up
    assert new_york.extra["colour"] == "#ff3333" and new_york.extra["occurrences"] == "143"
    les_mis = read_gexf(refdata / "graphology/les_miserables.gexf")  # 1.1draft, misspelt viz namespace
    myriel = les_mis.actors[0]
    assert myriel.name == "Myriel" and myriel.extra["Authority"] == "0.01880342"
    assert (myriel.x, myriel.y) == pytest.approx((268.72385, -91.18155))
    assert les_mis.ties[1].strength == 3 and les_mis.ties[1].extra["weight"] == "8.0"
    (glossy,) = read_gexf(refdata / "gexf_spec/viz.gexf").actors
    assert glossy.extra["colour"] == "#efad42" and glossy.y == pytest.approx(-40.109245)


def test_attributes_defaults_and_lists(refdata: Path) -> None:
    data = read_gexf(refdata / "gexf_spec/data.gexf")
    by_name = {a.name: a for a in data.actors}
    assert by_name["Gephi"].extra == {"url": "http://gephi.org", "indegree": "1", "frog": "true"}
    assert by_name["BarabasiLab"].extra["frog"] == "false"
    assert all(t.direction == Direction.DIRECTED for t in data.ties)
    suzy = read_gexf(refdata / "graphology/v1_3.gexf").actors[0]
    assert suzy.extra["pipe"] == suzy.extra["comma"] == suzy.extra["raw"] == suzy.extra["double"] == "a|b|c"
    assert suzy.extra["numbers"] == "1|1.5|2" and suzy.extra["colour"] == "#ff00ff"
    (likes,) = read_gexf(refdata / "graphology/v1_3.gexf").ties
    assert likes.kind == "likes"


def test_category_attribute_becomes_a_catalogue_entry(refdata: Path) -> None:
    rio = read_gexf(refdata / "graphology/rio.gexf")
    first = rio.actors[0]
    assert first.name == "http://www.uncsd2012.org"
    assert rio.label(CatalogueKind.CATEGORY, first.category) == "Green-economy"
    assert first.extra["Nature of institution:"] == "Event"
    dynamics = read_gexf(refdata / "gexf_spec/__dynamics.gexf")  # attribute "type" -> category
    assert dynamics.label(CatalogueKind.CATEGORY, dynamics.actors[0].category) == "code"


def test_hierarchy_gives_clusters(refdata: Path) -> None:
    state = read_gexf(refdata / "gexf_spec/hierarchy1.gexf")
    names = {a.id: a.name for a in state.actors}
    clusters = {c.name: sorted(names[m] for m in c.members) for c in state.clusters}
    assert clusters["God"] == ["human1", "human2", "human3"]
    assert clusters["Me"] == ["frog1", "frog2", "frog3"]
    assert len(clusters["Kevin Bacon"]) == 9


def test_timeline_gives_one_state_per_time_point(refdata: Path) -> None:
    timeline = read_gexf_timeline(refdata / "gephi/dynamicedgeweight.gexf")
    assert [(label, [t.strength for t in s.ties]) for label, s in timeline] == [("2004", [1]), ("2005", [2])]
    timeline = read_gexf_timeline(refdata / "gexf_spec/dynamics_edgeweight.gexf")
    assert [label for label, _ in timeline] == ["2009-03-01", "2009-03-05", "2009-03-10", "2011-03-01"]
    assert [len(s.actors) for _, s in timeline] == [4, 4, 4, 3]  # "Visualization" ends 2009-03-10
    first, last = timeline[0][1], timeline[-1][1]
    assert {a.uid for a in last.actors} < {a.uid for a in first.actors}  # the same node keeps its uid
    assert [label for label, _ in read_gexf_timeline(refdata / "gexf_spec/data.gexf")] == [""]
    history = read_gexf_timeline(refdata / "gexf_spec/__dynamics.gexf")
    sizes = [len(s.actors) for _, s in history]
    assert sizes[0] < sizes[-1] and len(history) > 10


def test_round_trip_keeps_every_field(tmp_path: Path, rich_map: Any, comparable: Any) -> None:
    state = rich_map()
    for language in ("de", "en"):
        path = tmp_path / f"map_{language}.gexf"
        write_gexf(state, path, language=language)
        assert comparable(read_gexf(path), language) == comparable(state, language)


def test_written_file_has_gephi_positions_and_colours(tmp_path: Path, rich_map: Any) -> None:
    state = rich_map()  # networkx refuses mixed graphs, which GEXF and Gephi allow
    state.ties = [t.with_changes(direction=Direction.UNDIRECTED) for t in state.ties]
    path = tmp_path / "map.gexf"
    write_gexf(state, path, language="en")
    graph = nx.read_gexf(path)
    assert graph.number_of_nodes() == 4
    node = graph.nodes["1"]
    assert node["viz"]["position"]["y"] == 20.25 and node["viz"]["color"]["r"] == 255
    assert node["Category"] == "Administration"


def test_anonymize_leaves_out_contact_persons(tmp_path: Path, rich_map: Any, personal_values: Any) -> None:
    path = tmp_path / "map.gexf"
    write_gexf(rich_map(), path, anonymize=True)
    text = path.read_text(encoding="utf-8")
    assert not [v for v in personal_values if v in text]


def test_truncated_file_names_its_line(tmp_path: Path, refdata: Path) -> None:
    path = tmp_path / "cut.gexf"
    path.write_bytes((refdata / "graphology/les_miserables.gexf").read_bytes()[:5000])
    with pytest.raises(ExchangeError, match="broken or incomplete") as info:
        read_gexf(path)
    assert info.value.line is not None and str(info.value).startswith("cut.gexf, line ")


@pytest.mark.parametrize(
    "body, message",
    [
        ('<nodes><node id="a"/><node id="a"/></nodes>', "used twice"),
        ('<nodes><node id="a"/></nodes><edges><edge source="a" target="b"/></edges>', "does not exist"),
        ('<nodes><node id="a"/></nodes><edges><edge source="a" target="a" type="sideways"/></edges>', "edge type"),
        ('<nodes><node id="a"/></nodes><edges><edge source="a" target="a" weight="heavy"/></edges>', "weight"),
        (f'<nodes><node id="a" label="{"x" * 600}"/></nodes>', "600 characters"),
    ],
)
def test_bad_content_is_named(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "bad.gexf"
    path.write_text(f'<gexf xmlns="http://gexf.net/1.3"><graph>{body}</graph></gexf>', encoding="utf-8")
    with pytest.raises(ExchangeError, match=message):
        read_gexf(path)
