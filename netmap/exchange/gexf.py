"""GEXF (Gephi): read versions 1.1 draft to 1.3 and the old Gephi namespace; write GEXF 1.3.

Reading
- Namespaces are not checked (1.1draft, 1.2draft, 1.3, ``http://www.gephi.org/gexf`` and misspelt viz
  namespaces all occur in files Gephi wrote); elements are matched by their local names.
- Attribute values (``for=``, or ``id=`` in old files) are matched to NetMap's fields by the attribute's
  title (see `ACTOR_COLUMNS`; an attribute "type" or "category" becomes the category, "relationtype" or
  "kind" the tie kind); all others are kept in ``extra`` under their titles. List attributes
  (``liststring`` and friends, written ``a|b|c`` or ``[a, b, c]``) are kept as ``a|b|c``.
- ``viz:position`` gives the position with y negated (Gephi's y axis points up, NetMap's down),
  ``viz:color`` (r/g/b or hex) the colour; sizes and shapes are not read.
- Edge ``type`` (directed/undirected/mutual) gives the direction, else the graph's ``defaultedgetype``;
  edge ``kind`` the tie kind; ``weight`` (attribute or attvalue) the strength.
- Hierarchies (nodes inside nodes, ``pid``, ``parents``) keep every node as an actor and make a cluster
  of each parent holding all actors below it.
- Dynamic graphs: the time points are the bounds found in the file (``start``/``end`` of the graph, of
  its nodes and edges, open bounds, ``timestamp``, spells, slices, and the bounds of attribute values).
  `read_gexf_timeline` gives one map per time point, with the nodes, edges and attribute values valid
  at that moment (bounds inclusive unless given as open); the same node keeps the same uid in every
  map. `read_gexf` gives the map at the last time point: the state after everything the file records.
  Times are compared as numbers when all of them are numbers, else as text (ISO dates sort correctly
  as text).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement

from netmap.domain import Direction, MapState, new_uid
from netmap.exchange.builder import MapBuilder, normalise_colour, rgb_colour
from netmap.exchange.errors import Place
from netmap.exchange.graphml import item_colour
from netmap.exchange.notes import offer
from netmap.exchange.safety import MAX_DEPTH, atomic_write, clean_text, guarded_reader, local_name, parse_xml
from netmap.exchange.schema import (
    ACTOR_COLUMNS,
    COLUMNS_BY_FIELD,
    TIE_COLUMNS,
    TIE_COLUMNS_BY_FIELD,
    Schema,
    actor_row,
    actor_values,
    extra_of,
    extra_titles,
    format_number,
    parse_direction,
    tie_row,
    tie_values,
    tie_weight,
    used_fields,
)
from netmap.i18n import tr

__all__ = ["read_gexf", "read_gexf_timeline", "write_gexf"]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
MAX_TIME_POINTS = 10_000

ET.register_namespace("viz", VIZ_NS)


@dataclass(frozen=True)
class _Interval:
    start: str | None = None
    start_open: bool = False
    end: str | None = None
    end_open: bool = False


@dataclass
class _Value:
    attr: str
    value: str
    interval: _Interval | None


@dataclass
class _Item:
    id: str
    label: str
    intervals: list[_Interval]
    values: list[_Value]
    uid: str = field(default_factory=new_uid)
    parents: list[str] = field(default_factory=list)
    colour: str | None = None
    position: tuple[float, float] | None = None
    source: str = ""
    target: str = ""
    type: str | None = None
    kind: str | None = None
    weight: str | None = None
    place: Place = field(default_factory=Place)


@dataclass(frozen=True)
class _Attribute:
    id: str
    title: str
    type: str
    default: str | None


@dataclass
class _Graph:
    default_type: str
    node_attrs: dict[str, _Attribute]
    edge_attrs: dict[str, _Attribute]
    nodes: list[_Item]
    edges: list[_Item]
    times: set[str]


@guarded_reader
def read_gexf(path: str | Path) -> MapState:
    """Read a GEXF file; for a dynamic graph, the map at its last time point."""
    graph = _load(path)
    points = _time_points(graph, MapBuilder(path))
    offer(timeline=[raw for raw, _ in points])
    return _state_at(graph, MapBuilder(path), points[-1] if points else None)


@guarded_reader
def read_gexf_timeline(path: str | Path, only: Collection[str] | None = None) -> list[tuple[str, MapState]]:
    """One map per time point of a dynamic GEXF file, earliest first, each labelled with its time.

    `only` limits the maps to those time points (as the file writes them). A static file gives one
    map labelled "".
    """
    graph = _load(path)
    points = _time_points(graph, MapBuilder(path))
    if not points:
        return [("", _state_at(graph, MapBuilder(path), None))]
    return [(raw, _state_at(graph, MapBuilder(path), (raw, key))) for raw, key in points
            if only is None or raw in only]


# ---------------------------------------------------------------------------------------------- parsing


def _load(path: str | Path) -> _Graph:
    root = parse_xml(path)
    builder = MapBuilder(path)
    if local_name(root.tag) != "gexf":
        raise builder.error(
            None, tr("Errors", "this is not a GEXF file (its root element is <{0}>)").format(local_name(root.tag))
        )
    graph_el = next((el for el in root if local_name(el.tag) == "graph"), None)
    if graph_el is None:
        raise builder.error(None, tr("Errors", "the file holds no graph"))
    graph = _Graph(
        default_type=(graph_el.get("defaultedgetype") or "undirected").casefold(),
        node_attrs={},
        edge_attrs={},
        nodes=[],
        edges=[],
        times=set(),
    )
    _interval_of(graph_el, graph.times)  # the graph's own start and end are time points too
    for block in (el for el in graph_el if local_name(el.tag) == "attributes"):
        target = graph.edge_attrs if block.get("class", "node").casefold() == "edge" else graph.node_attrs
        for attr in (el for el in block if local_name(el.tag) == "attribute"):
            default = next((c.text or "" for c in attr if local_name(c.tag) == "default"), None)
            attr_id = attr.get("id", "")
            target[attr_id] = _Attribute(
                attr_id, attr.get("title") or attr_id, (attr.get("type") or "string").casefold(), default
            )
    nodes_el = next((el for el in graph_el if local_name(el.tag) == "nodes"), None)
    if nodes_el is not None:
        _read_nodes(nodes_el, None, graph, builder, 0)
    for number, el in enumerate((e for e in graph_el.iter() if local_name(e.tag) == "edge"), start=1):
        item = _read_item(el, graph, Place(item=tr("Errors", "edge {0!r}").format(el.get("id") or number)))
        item.source, item.target = el.get("source", ""), el.get("target", "")
        item.type = el.get("type")
        item.kind = el.get("kind")
        item.weight = el.get("weight")
        if item.label:
            item.values.append(_Value("\0label", item.label, None))
        graph.edges.append(item)
    ids = {n.id for n in graph.nodes}
    if len(ids) != len(graph.nodes):
        seen: set[str] = set()
        for node in graph.nodes:
            if node.id in seen:
                raise builder.error(node.place, tr("Errors", "the node id is used twice"))
            seen.add(node.id)
    for edge in graph.edges:
        for end in (edge.source, edge.target):
            if end not in ids:
                raise builder.error(
                    edge.place, tr("Errors", "the edge refers to a node that does not exist ({0!r})").format(end)
                )
    for node in graph.nodes:
        for parent in node.parents:
            if parent not in ids:
                raise builder.error(node.place, tr("Errors", "the parent node does not exist ({0!r})").format(parent))
    return graph


def _read_nodes(nodes_el: Element, parent: str | None, graph: _Graph, builder: MapBuilder, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise builder.error(None, tr("Errors", "nodes are nested more than {0} levels deep").format(MAX_DEPTH))
    for el in nodes_el:
        if local_name(el.tag) != "node":
            continue
        node_id = el.get("id")
        if node_id:
            place = Place(item=tr("Errors", "node {0!r}").format(node_id))
        else:
            place = Place(item=tr("Errors", "node number {0}").format(len(graph.nodes) + 1))
            raise builder.error(place, tr("Errors", "the node has no id"))
        item = _read_item(el, graph, place)
        item.id = node_id
        if parent is not None:
            item.parents.append(parent)
        if el.get("pid"):
            item.parents.append(el.get("pid", ""))
        for child in el:
            name = local_name(child.tag)
            if name == "parents":
                item.parents.extend(p.get("for", "") for p in child if local_name(p.tag) == "parent")
            elif name == "position":
                try:
                    item.position = (float(child.get("x", "0")), -float(child.get("y", "0")))
                except ValueError:
                    raise builder.error(place, tr("Errors", "the position is not a number")) from None
        graph.nodes.append(item)
        for child in el:
            if local_name(child.tag) == "nodes":
                _read_nodes(child, node_id, graph, builder, depth + 1)


def _read_item(el: Element, graph: _Graph, place: Place) -> _Item:
    item = _Item(id=el.get("id", ""), label=el.get("label", ""), intervals=[], values=[], place=place)
    own = _interval_of(el, graph.times)
    if own is not None:
        item.intervals.append(own)
    for stamp in _timestamps(el.get("timestamps")):
        graph.times.add(stamp)
        item.intervals.append(_Interval(stamp, False, stamp, False))
    for child in el:
        name = local_name(child.tag)
        if name in ("spells", "slices"):
            for spell in child:
                interval = _interval_of(spell, graph.times)
                item.intervals.append(interval or _Interval())
        elif name == "attvalues":
            for value in child:
                if local_name(value.tag) != "attvalue":
                    continue
                attr = value.get("for") or value.get("id") or ""
                item.values.append(_Value(attr, value.get("value", ""), _interval_of(value, graph.times)))
        elif name == "color":
            item.colour = _viz_colour(child)
    return item


def _interval_of(el: Element, times: set[str]) -> _Interval | None:
    stamp = el.get("timestamp")
    if stamp is not None:
        times.add(stamp)
        return _Interval(stamp, False, stamp, False)
    start, start_open = el.get("start"), False
    if start is None and el.get("startopen") is not None:
        start, start_open = el.get("startopen"), True
    end, end_open = el.get("end"), False
    if end is None and el.get("endopen") is not None:
        end, end_open = el.get("endopen"), True
    if start is None and end is None:
        return None
    times.update(t for t in (start, end) if t is not None)
    return _Interval(start, start_open, end, end_open)


def _timestamps(text: str | None) -> list[str]:
    if not text:
        return []
    return [t for t in re.split(r"[\s,;<>\[\]()]+", text) if t]


def _viz_colour(el: Element) -> str | None:
    if el.get("hex"):
        return normalise_colour(el.get("hex", ""))
    if all(el.get(c) is not None for c in "rgb"):
        try:
            return rgb_colour(el.get("r"), el.get("g"), el.get("b"))
        except ValueError:
            return None
    return None


# ---------------------------------------------------------------------------------------------- time


_Key = tuple[float, str]
"""A time point made comparable: (number, "") when every point of the file is a number, else
(0, text) for dates and other texts, which sort as text."""

_Time = tuple[str, _Key]


def _number_key(raw: str) -> _Key:
    return float(raw), ""


def _text_key(raw: str) -> _Key:
    return 0.0, raw.strip()


def _key_of(times: Iterable[str]) -> Callable[[str], _Key]:
    """Numbers when every time point of the file is one, else texts."""
    try:
        for raw in times:
            float(raw)
    except ValueError:
        return _text_key
    return _number_key


def _time_points(graph: _Graph, builder: MapBuilder) -> list[_Time]:
    """The distinct time points of the file, sorted, as (text, comparable key)."""
    if not graph.times:
        return []
    key = _key_of(graph.times)
    keyed: dict[_Key, str] = {}
    for raw in graph.times:
        keyed.setdefault(key(raw), raw)
    if len(keyed) > MAX_TIME_POINTS:
        raise builder.error(
            None,
            tr("Errors", "the file has {0:,} time points; NetMap reads at most {1:,}").format(
                len(keyed), MAX_TIME_POINTS
            ),
        )
    return [(keyed[k], k) for k in sorted(keyed)]


def _contains(interval: _Interval, t: _Key, key: Callable[[str], _Key]) -> bool:
    if interval.start is not None:
        start = key(interval.start)
        if t < start or (interval.start_open and t == start):
            return False
    if interval.end is not None:
        end = key(interval.end)
        if t > end or (interval.end_open and t == end):
            return False
    return True


# ---------------------------------------------------------------------------------------------- building


def _state_at(graph: _Graph, builder: MapBuilder, time: _Time | None) -> MapState:
    key = _key_of(graph.times)
    t = time[1] if time is not None else None

    def alive(item: _Item) -> bool:
        return t is None or not item.intervals or any(_contains(iv, t, key) for iv in item.intervals)

    def values_of(item: _Item, attrs: dict[str, _Attribute]) -> dict[str, str]:
        chosen: dict[str, tuple[tuple[int, _Key, int], str]] = {}
        for order, value in enumerate(item.values):
            if value.interval is not None and t is not None and not _contains(value.interval, t, key):
                continue
            start = value.interval.start if value.interval is not None else None
            rank = (0, (0.0, ""), order) if start is None else (1, key(start), order)
            if value.attr not in chosen or chosen[value.attr][0] <= rank:
                chosen[value.attr] = (rank, value.value)
        result = {attr: _list_text(text, attrs[attr].type if attr in attrs else "")
                  for attr, (_, text) in chosen.items()}  # fmt: skip
        for attr in attrs.values():
            if attr.id not in result and attr.default is not None:
                result[attr.id] = _list_text(attr.default, attr.type)
        return result

    nodes = [n for n in graph.nodes if alive(n)]
    alive_ids = {n.id for n in nodes}
    labels = {n.id: n.label or n.id for n in graph.nodes}
    parents = {n.id: [p for p in n.parents if p in alive_ids] for n in graph.nodes}
    records = [values_of(n, graph.node_attrs) for n in nodes]
    columns = [(a.id, a.title) for a in graph.node_attrs.values()]
    schema = Schema.detect(columns, records, ACTOR_COLUMNS, skip=("name",))
    ids: dict[str, int] = {}
    for node, record in zip(nodes, records, strict=True):
        fields, extra = schema.split(record)
        values = actor_values(fields)
        if node.position is not None:
            values["x"], values["y"] = node.position
        if node.colour and "colour" not in values:
            values["colour"] = node.colour
        values["clusters"] = [*values.get("clusters", []), *(labels[a] for a in _ancestors(node.id, parents))]
        ids[node.id] = builder.add_actor(node.label or node.id, node.place, extra=extra, uid=node.uid, **values)

    edges = [e for e in graph.edges if alive(e) and e.source in ids and e.target in ids]
    edge_records = [values_of(e, graph.edge_attrs) for e in edges]
    weight_attrs = {a.id for a in graph.edge_attrs.values() if a.title.casefold() == "weight"}
    columns = [(a.id, a.title) for a in graph.edge_attrs.values() if a.id not in weight_attrs]
    columns.append(("\0label", "label"))
    edge_schema = Schema.detect(columns, edge_records, TIE_COLUMNS, skip=("source", "target", "strength"))
    for edge, record in zip(edges, edge_records, strict=True):
        weight = edge.weight
        for attr in weight_attrs:
            weight = record.pop(attr, weight)
        fields, extra = edge_schema.split(record)
        values = tie_values(fields)
        if "direction" not in values:
            values["direction"] = _direction(edge.type or graph.default_type, builder, edge.place)
        if "kind" not in values and edge.kind:
            values["kind"] = edge.kind
        if edge.colour and "colour" not in values:
            values["colour"] = edge.colour
        builder.add_tie(
            ids[edge.source], ids[edge.target], edge.place, weight=weight, extra=extra, uid=edge.uid, **values
        )
    return builder.build()


def _ancestors(node_id: str, parents: dict[str, list[str]]) -> list[str]:
    result: list[str] = []
    stack = list(parents.get(node_id, []))
    while stack:
        parent = stack.pop()
        if parent in result or parent == node_id:
            continue
        result.append(parent)
        stack.extend(parents.get(parent, []))
    return result


def _direction(text: str, builder: MapBuilder, place: Place) -> Direction:
    try:
        return parse_direction(text)
    except ValueError:
        raise builder.error(
            place, tr("Errors", "unknown edge type {0!r} (directed, undirected or mutual)").format(text)
        ) from None


def _list_text(value: str, kind: str) -> str:
    """A list attribute's value as ``a|b|c``; other values unchanged."""
    if not kind.startswith("list"):
        return value
    text = value.strip()
    if text.startswith("[") and text.endswith("]"):
        parts = re.findall(r"""\s*('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|[^,]+)\s*(?:,|$)""", text[1:-1])
        items = []
        for raw in parts:
            part = raw.strip()
            if len(part) >= 2 and part[0] == part[-1] and part[0] in "'\"":
                part = re.sub(r"\\(.)", r"\1", part[1:-1])
            items.append(part)
    elif "|" in text:
        items = text.split("|")
    else:
        items = text.split(",")
    return "|".join(i.strip() for i in items if i.strip())


# ---------------------------------------------------------------------------------------------- writing


def write_gexf(state: MapState, path: str | Path, *, anonymize: bool = False, language: str = "de") -> None:
    """Write `state` as GEXF 1.3 with positions, colours and sizes that Gephi shows as NetMap does."""
    actors = list(state.actors)
    rows = [actor_row(state, a, language, anonymize=anonymize, booleans="xml") for a in actors]
    fields = [f for f in used_fields(rows, always=("category",)) if f not in ("name", "x", "y")]
    node_extra = extra_titles(actors)
    ties = list(state.ties)
    tie_rows = [tie_row(state, t, language) for t in ties]
    directed = [t.direction == Direction.DIRECTED for t in ties]
    mixed = any(directed) and not all(directed)
    # A map that mixes directions is a directed graph whose undirected and mutual ties run both ways
    # (type "mutual"): networkx and Gephi read that, while "undirected" edges in a directed graph are
    # refused by networkx. NetMap's own direction column keeps undirected and mutual apart.
    tie_fields = [f for f in ("direction",) if mixed] + [
        f for f in ("field", "notes", "colour") if any(r[f] for r in tie_rows)]
    edge_extra = extra_titles(ties)

    root = Element("gexf", {"xmlns": GEXF_NS, "version": "1.3"})
    meta = SubElement(root, "meta")
    SubElement(meta, "creator").text = "NetMap"
    graph = SubElement(
        root, "graph",
        {"defaultedgetype": "directed" if any(directed) else "undirected", "mode": "static"},
    )  # fmt: skip
    node_attrs = SubElement(graph, "attributes", {"class": "node", "mode": "static"})
    for f in fields:
        _attribute(node_attrs, f, COLUMNS_BY_FIELD[f].header(language), _TYPES.get(f, "string"))
    for i, title in enumerate(node_extra):
        _attribute(node_attrs, f"x{i}", title, "string")
    edge_attrs = SubElement(graph, "attributes", {"class": "edge", "mode": "static"})
    for f in tie_fields:
        _attribute(edge_attrs, f, TIE_COLUMNS_BY_FIELD[f].header(language), "string")
    for i, title in enumerate(edge_extra):
        _attribute(edge_attrs, f"x{i}", title, "string")

    nodes_el = SubElement(graph, "nodes")
    node_ids: dict[int, str] = {}
    for index, (actor, row) in enumerate(zip(actors, rows, strict=True), start=1):
        if actor.id is not None:
            node_ids[actor.id] = str(index)
        node = SubElement(nodes_el, "node", {"id": str(index), "label": clean_text(actor.name)})
        extra = extra_of(actor)
        _attvalues(node, [(f, row[f]) for f in fields], [extra.get(t, "") for t in node_extra])
        _viz(node, item_colour(state, actor))
        y = format_number(-actor.y) if actor.y else "0"  # Gephi's y axis points up
        SubElement(node, f"{{{VIZ_NS}}}position", {"x": format_number(actor.x), "y": y, "z": "0"})
        SubElement(node, f"{{{VIZ_NS}}}size", {"value": format_number(10 + 2 * actor.influence)})
    edges_el = SubElement(graph, "edges")
    for index, (tie, row) in enumerate(zip(ties, tie_rows, strict=True), start=1):
        if tie.source not in node_ids or tie.target not in node_ids:
            raise ValueError(f"tie {tie.uid} refers to an actor that is not on the map")
        attrs = {
            "id": str(index), "source": node_ids[tie.source], "target": node_ids[tie.target],
            "type": "mutual" if mixed and tie.direction != Direction.DIRECTED else tie.direction.value,
            "weight": tie_weight(tie),
        }  # fmt: skip
        if row["kind"]:
            attrs["kind"] = clean_text(row["kind"])
        edge = SubElement(edges_el, "edge", attrs)
        extra = extra_of(tie)
        _attvalues(edge, [(f, row[f]) for f in tie_fields], [extra.get(t, "") for t in edge_extra])
        _viz(edge, item_colour(state, tie))
    tree = ET.ElementTree(root)
    ET.indent(tree, space=" ")
    with atomic_write(path) as tmp:
        tree.write(tmp, encoding="UTF-8", xml_declaration=True)


_TYPES = {"influence": "integer", "dots": "integer", "reached": "boolean", "is_key": "boolean"}


def _attribute(parent: Element, attr_id: str, title: str, kind: str) -> None:
    SubElement(parent, "attribute", {"id": attr_id, "title": clean_text(title), "type": kind})


def _attvalues(parent: Element, fields: Iterable[tuple[str, str]], extra: Iterable[str]) -> None:
    """Attribute values: NetMap's fields by their ids, custom attributes as x0, x1, ..."""
    present = [(k, v) for k, v in [*fields, *((f"x{i}", v) for i, v in enumerate(extra))] if v]
    if present:
        block = SubElement(parent, "attvalues")
        for key, value in present:
            SubElement(block, "attvalue", {"for": key, "value": clean_text(value)})


def _viz(parent: Element, colour: str | None) -> None:
    value = normalise_colour(colour) if colour else ""
    if value.startswith("#"):
        r, g, b = (int(value[i : i + 2], 16) for i in (1, 3, 5))
        SubElement(parent, f"{{{VIZ_NS}}}color", {"r": str(r), "g": str(g), "b": str(b)})
