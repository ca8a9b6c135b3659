"""GraphML: the dialects of yEd, Gephi, SocNetV, igraph/networkx; round trips; hostile files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from netmap.domain import CatalogueKind, Direction
from netmap.exchange.errors import ExchangeError
from netmap.exchange.graphml import NORMALISED_SCALE, read_graphml, write_graphml


@pytest.mark.parametrize(
    "name",
    [
        "socnetv/TinyDir_N2_E1_Attributes.graphml",
        "socnetv/TinyGraphML_Weighted_Dir_N3.graphml",
        "graphology/attributes.graphml",
        "graphology/miserables.graphml",
    ],
)
def test_counts_match_networkx(refdata: Path, name: str) -> None:
    expected = nx.read_graphml(refdata / name)
    state = read_graphml(refdata / name)
    assert len(state.actors) == expected.number_of_nodes()
    assert len(state.ties) == expected.number_of_edges()


def test_socnetv_attributes_positions_and_direction(refdata: Path) -> None:
    state = read_graphml(refdata / "socnetv/TinyDir_N2_E1_Attributes.graphml")
    first, second = state.actors
    assert first.name == "1"  # empty label: the node id
    assert first.x == pytest.approx(0.472727 * NORMALISED_SCALE)
    assert first.y == pytest.approx(0.480601 * NORMALISED_SCALE)
    assert first.extra["Age"] == "40" and first.extra["Party"] == "Left"
    assert first.extra["colour"] == "#ff0000"
    assert "Party" not in second.extra  # its default is empty
    assert first.extra["shape"] == "circle"  # a key default applies
    (tie,) = state.ties
    assert (tie.source, tie.target, tie.direction) == (1, 2, Direction.DIRECTED)


def test_weights_become_strengths_keeping_the_original(refdata: Path) -> None:
    state = read_graphml(refdata / "socnetv/TinyGraphML_Weighted_Dir_N3.graphml")
    assert [(t.strength, t.extra.get("weight")) for t in state.ties] == [(3, "2.5"), (2, "1.5"), (3, None)]


def test_gephi_positions_colours_and_attributes(refdata: Path) -> None:
    state = read_graphml(refdata / "graphology/miserables.graphml")
    valjean = next(a for a in state.actors if a.name == "Valjean")
    assert (valjean.x, valjean.y) == pytest.approx((-87.93029, -6.8120565))  # Gephi's y axis points up
    assert valjean.extra["colour"] == "#f55b5b"  # r=245 g=91 b=91
    assert valjean.extra["Modularity Class"] == "1"
    assert not {"r", "g", "b"} & set(valjean.extra)


def test_per_edge_direction_of_a_mixed_multigraph(refdata: Path, xml_elements: Any) -> None:
    path = refdata / "graphology/mixed_multigraph.graphml"
    state = read_graphml(path)
    assert len(state.actors) == len(list(xml_elements(path, "node"))) == 6
    assert len(state.ties) == len(list(xml_elements(path, "edge"))) == 8  # parallel edges kept
    names = {a.id: a.name for a in state.actors}
    directed = sorted((names[t.source], names[t.target]) for t in state.ties if t.direction == Direction.DIRECTED)
    assert directed == [("n3", "n2"), ("n5", "n4")]
    assert state.actors[0].extra["colour"] == "green"
    assert state.actors[1].extra["colour"] == "yellow"  # the key's default


def test_yed_labels_positions_and_groups(refdata: Path, xml_elements: Any) -> None:
    path = refdata / "networkx/yed_3.17_groups.graphml"
    state = read_graphml(path)
    assert len(state.actors) == len(list(xml_elements(path, "ShapeNode"))) == 6
    assert len(state.ties) == len(list(xml_elements(path, "edge"))) == 4
    by_name = {a.name: a for a in state.actors}
    assert sorted(by_name) == ["1", "2", "3", "5", "6", "9"]
    # y:Geometry x=125 y=-255.46 w=h=30: the centre of the shape
    assert (by_name["2"].x, by_name["2"].y) == pytest.approx((140.0, -240.4611111111111))
    assert by_name["2"].extra["CustomProperty"] == "CustomPropertyValue"
    clusters = {c.name: sorted(state.actor_by_id()[m].name for m in c.members) for c in state.clusters}
    assert clusters["Group 1"] == ["1", "3"]
    assert clusters["Group 2"] == ["5", "6"]
    assert clusters["Group 3"] == ["1", "3", "5", "6"]  # nested groups: every actor inside
    names = {a.id: a.name for a in state.actors}
    assert [(names[t.source], names[t.target]) for t in state.ties] == [("5", "6"), ("3", "1"), ("1", "2"), ("6", "9")]
    assert all(t.direction == Direction.DIRECTED for t in state.ties)  # arrows at the target


def test_round_trip_keeps_every_field(tmp_path: Path, rich_map: Any, comparable: Any) -> None:
    state = rich_map()
    for language in ("de", "en"):
        path = tmp_path / f"map_{language}.graphml"
        write_graphml(state, path, language=language)
        assert comparable(read_graphml(path), language) == comparable(state, language)


def test_written_file_opens_in_networkx_and_yed_terms(tmp_path: Path, rich_map: Any, xml_elements: Any) -> None:
    state = rich_map()
    state.ties = [t.with_changes(direction=Direction.UNDIRECTED) for t in state.ties]
    path = tmp_path / "map.graphml"
    write_graphml(state, path, language="en")
    graph = nx.read_graphml(path)
    assert graph.number_of_nodes() == 4 and graph.number_of_edges() == 4
    assert graph.nodes["n1"]["Category"] == "Administration"
    assert len(list(xml_elements(path, "ShapeNode"))) == 4


def test_anonymize_leaves_out_contact_persons(tmp_path: Path, rich_map: Any, personal_values: tuple[str, ...]) -> None:
    path = tmp_path / "map.graphml"
    write_graphml(rich_map(), path, anonymize=True)
    text = path.read_text(encoding="utf-8")
    assert not [v for v in personal_values if v in text]
    write_graphml(rich_map(), path)
    assert "Erika Mustermann" in path.read_text(encoding="utf-8")


def test_new_categories_get_slug_keys_and_original_labels(tmp_path: Path) -> None:
    path = tmp_path / "g.graphml"
    path.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="t" for="node" attr.name="Type"/><key id="k" for="edge" attr.name="kind"/>'
        '<graph edgedefault="undirected"><node id="a"><data key="t">Migrant*innen-Beirat</data></node>'
        '<node id="b"><data key="t">Schools</data></node>'
        '<edge source="a" target="b"><data key="k">Nachbarschaftshilfe</data></edge></graph></graphml>',
        encoding="utf-8",
    )
    state = read_graphml(path)
    assert [a.category for a in state.actors] == ["migrant_innen_beirat", "schulen"]  # English label known
    entry = next(e for e in state.catalogue(CatalogueKind.CATEGORY) if e.key == "migrant_innen_beirat")
    assert entry.label_de == entry.label_en == "Migrant*innen-Beirat"
    assert state.ties[0].kind == "nachbarschaftshilfe"


# ------------------------------------------------------------------------------------------ hostile


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lol.graphml"
    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE graphml [<!ENTITY lol0 "lol">{entities}]>'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d" for="node" attr.name="label"/>'
        '<graph><node id="n"><data key="d">&lol9;</data></node></graph></graphml>',
        encoding="utf-8",
    )
    with pytest.raises(ExchangeError, match="entities") as info:
        read_graphml(path)
    assert str(info.value).startswith("lol.graphml: ")


def test_external_entity_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xxe.graphml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="&x;"/></graph></graphml>',
        encoding="utf-8",
    )
    with pytest.raises(ExchangeError, match="entities"):
        read_graphml(path)


def test_name_of_10000_characters_is_refused_naming_the_node(tmp_path: Path) -> None:
    path = tmp_path / "long.graphml"
    path.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d" for="node" attr.name="label"/>'
        f'<graph><node id="n7"><data key="d">{"A" * 10_000}</data></node></graph></graphml>',
        encoding="utf-8",
    )
    with pytest.raises(ExchangeError, match="10,000 characters") as info:
        read_graphml(path)
    assert info.value.item == "node 'n7'"
    assert "\n" not in str(info.value)


def test_control_characters_are_stripped(tmp_path: Path) -> None:
    path = tmp_path / "ctrl.graphml"
    path.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d" for="node" attr.name="label"/>'
        '<key id="n" for="node" attr.name="notes"/>'
        '<graph><node id="a"><data key="d">Jugend&#x9;treff&#xA;Mitte\u0085</data>'
        '<data key="n">a\u0080b&#xD;&#xA;c</data></node></graph></graphml>',
        encoding="utf-8",
    )
    (actor,) = read_graphml(path).actors
    assert actor.name == "Jugend treff Mitte"
    assert actor.notes == "ab\nc"


_G = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'


@pytest.mark.parametrize(
    "text, message",
    [
        ("<graphml", "broken or incomplete"),
        ("<gexf/>", "not a GraphML file"),
        (_G + '<graph><node id="a"/><edge source="a" target="zz"/></graph></graphml>', "does not exist"),
        (_G + '<key id="w" for="edge" attr.name="weight"/><graph><node id="a"/>'
         + '<edge source="a" target="a"><data key="w">x</data></edge></graph></graphml>', None),
        ("\xff\xfe garbage", "broken"),
    ],
)  # fmt: skip
def test_bad_files_give_one_line_errors(tmp_path: Path, text: str, message: str | None) -> None:
    path = tmp_path / "bad.graphml"
    path.write_text(text, encoding="latin-1")
    if message is None:  # a weight column that is not numeric is kept as a custom attribute
        assert read_graphml(path).ties[0].extra == {"weight": "x"}
        return
    with pytest.raises(ExchangeError, match=message) as info:
        read_graphml(path)
    assert "\n" not in str(info.value)


def test_yed_live_labels_positions_colours_and_groups() -> None:
    # yEd Live / yFiles for HTML: the actors came out as n0..n3 at (0, 0)
    state = read_graphml(Path(__file__).parent / "files" / "graphml" / "yed_live.graphml")
    assert [(a.name, a.x, a.y) for a in state.actors] == [
        ("Rathaus", 0.0, 0.0), ("Moscheeverein & Treff", 200.0, 0.0), ('Kita "Sonne"', 20.0, 150.0),
        ("Grundschule", 180.0, 150.0)]
    assert state.actors[0].extra == {"colour": "#ff8c00"}  # z-order and folding state are not attributes
    assert state.actors[0].notes == "Leitet die Steuerungsgruppe"
    assert [(c.name, c.members) for c in state.clusters] == [("Bildung", (3, 4))]
    # arrows: inline at the target; a shared arrow at the source (the tie turns round); none (shared style)
    assert [(t.source, t.target, t.direction.value, t.extra) for t in state.ties] == [
        (1, 2, "directed", {"label": "Dialog"}), (3, 1, "directed", {}), (3, 4, "undirected", {})]
