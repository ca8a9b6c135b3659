"""GraphML: read the dialects of yEd, Gephi, SocNetV, igraph and networkx; write one that all of them open.

Reading
- Node names: a yEd label (``y:NodeLabel``), else an attribute called label/name (see `ACTOR_COLUMNS`),
  else the node id. Attributes NetMap knows become fields, all others are kept in `Actor.extra`/`Tie.extra`
  under their ``attr.name``; key defaults apply as GraphML defines them.
- Positions: yEd's ``y:Geometry`` (the centre of the shape; y grows downwards as on NetMap's canvas);
  else Gephi's ``x``/``y`` attributes, whose y axis points up, so y is negated; else SocNetV's
  ``x_coordinate``/``y_coordinate``, fractions of the canvas, scaled by `NORMALISED_SCALE`.
- Colours: yEd's ``y:Fill``, a ``color`` attribute, or Gephi's ``r``/``g``/``b`` attributes.
- Direction per edge: a NetMap ``direction`` attribute, else yEd's arrows, else the edge's ``directed``
  attribute (GraphML allows mixed graphs), else the graph's ``edgedefault``. An arrow only at the source
  end turns the tie round.
- yEd Live (yFiles for HTML) names its graphics keys instead of typing them (see `netmap.exchange.yedlive`):
  labels from ``y:Label.Text`` (HTML labels as their text), positions from ``y:RectD`` (the centre), the
  fill of a shape style as colour, arrows of an edge style as for desktop yEd; its other yworks.com keys
  (z-order, folding state) are drawing state, not attributes.
- yEd groups (nodes holding a nested graph) become clusters named by the group's label, with every actor
  inside them (nested groups included); a group that an edge connects is also an actor.
- The first graph of the file is read; hyperedges and ports are ignored (the import says how many
  hyperedges and further graphs it left out, see `netmap.exchange.notes`).

Writing (`write_graphml`) puts NetMap's fields in GraphML attributes (titles in the chosen language) and
adds yEd graphics (label, position, colour, arrows) so the file opens in yEd as it looks in NetMap;
Gephi and igraph read the attributes (Gephi's y axis convention for ``x``/``y``). Every edge says
whether it is directed, as GraphML allows. A map that mixes directed with undirected or mutual ties is
written as a directed graph (networkx refuses an undirected edge in a directed graph and the reverse,
igraph knows one direction per graph): an undirected or mutual tie becomes two arcs, the second marked
with `REVERSE_OF`, and NetMap's own direction attribute keeps what each tie was.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement

from netmap.domain import Actor, CatalogueKind, Direction, MapState, Tie
from netmap.exchange.builder import COLOUR, MapBuilder, normalise_colour, rgb_colour
from netmap.exchange.errors import Place
from netmap.exchange.notes import Left, note
from netmap.exchange.safety import (
    MAX_DEPTH,
    atomic_write,
    clean_text,
    guarded_reader,
    local_name,
    normalised_header,
    parse_xml,
)
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
    tie_row,
    tie_values,
    used_fields,
)
from netmap.exchange.yedlive import (
    Resources,
    live_arrows,
    live_fill,
    live_key_kind,
    live_label,
    shared_resources,
)
from netmap.i18n import tr

__all__ = ["NORMALISED_SCALE", "REVERSE_OF", "read_graphml", "write_graphml"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
Y_NS = "http://www.yworks.com/xml/graphml"
REVERSE_OF = "NetMap: reverse of"
"""The edge attribute that marks the second arc of an undirected or mutual tie in a map that mixes
directions (see `write_graphml`); NetMap reads the pair back as one tie."""
NORMALISED_SCALE = 1000.0
"""Coordinates given as fractions of the canvas (SocNetV, Pajek) are multiplied by this."""

ET.register_namespace("y", Y_NS)


@dataclass
class _Key:
    id: str
    domain: str
    name: str
    default: str | None
    yfiles: str | None


@dataclass
class _Node:
    id: str
    element: Element
    groups: tuple[str, ...]
    is_group: bool
    values: dict[str, str] = field(default_factory=dict)
    label: str = ""
    position: tuple[float, float] | None = None
    colour: str | None = None


@guarded_reader
def read_graphml(path: str | Path) -> MapState:
    """Read a GraphML file (see the module's description) into a `MapState`."""
    root = parse_xml(path)
    builder = MapBuilder(path)
    if local_name(root.tag) != "graphml":
        raise builder.error(
            None, tr("Errors", "this is not a GraphML file (its root element is <{0}>)").format(local_name(root.tag))
        )
    keys = _read_keys(root)
    graph = next((el for el in root if local_name(el.tag) == "graph"), None)
    if graph is None:
        raise builder.error(None, tr("Errors", "the file holds no graph"))
    note(Left.OTHER_GRAPHS, sum(1 for el in root if local_name(el.tag) == "graph") - 1)
    note(Left.HYPEREDGES, sum(1 for el in graph.iter() if local_name(el.tag) == "hyperedge"))
    _note_graph_data(root, graph, keys)
    nodes: list[_Node] = []
    _collect_nodes(graph, (), nodes, builder, 0)
    edges = [el for el in graph.iter() if local_name(el.tag) == "edge"]
    ids = _add_actors(builder, nodes, [k for k in keys.values() if k.domain in ("node", "all")], edges)
    _add_ties(builder, graph, edges, [k for k in keys.values() if k.domain in ("edge", "all")], ids,
              shared_resources(root))
    return builder.build()


def _note_graph_data(root: Element, graph: Element, keys: dict[str, _Key]) -> None:
    """Values about the whole graph (a title, a description) have no place on the map: say so."""
    titles = [keys[el.get("key", "")].name for parent in (root, graph) for el in parent
              if local_name(el.tag) == "data" and el.get("key") in keys and not keys[el.get("key", "")].yfiles]
    note(Left.ATTRIBUTES, len(titles), ", ".join(dict.fromkeys(titles)))


def _add_actors(builder: MapBuilder, nodes: list[_Node], keys: list[_Key], edges: list[Element]) -> dict[str, int]:
    """Add the actors (leaf nodes, and groups that an edge connects); returns node id -> actor id."""
    by_id = {k.id: k for k in keys}
    seen: set[str] = set()
    for node in nodes:
        if node.id in seen:
            raise builder.error(_node_place(node.id), tr("Errors", "the node id is used twice"))
        seen.add(node.id)
        _read_node_data(node, by_id, builder)
    edge_ends = {el.get(end, "") for el in edges for end in ("source", "target")}
    # r/g/b attributes (Gephi) make a colour, not three custom attributes
    rgb = {k.name.casefold(): k.id for k in keys if not k.yfiles and k.name.casefold() in ("r", "g", "b")}
    rgb_ids = set(rgb.values()) if len(rgb) == 3 else set()
    columns = [(k.id, k.name) for k in keys if not k.yfiles and k.id not in rgb_ids]
    actor_nodes = [n for n in nodes if not n.is_group or n.id in edge_ends]
    schema = Schema.detect(columns, [n.values for n in actor_nodes], ACTOR_COLUMNS)
    x_title = normalised_header(schema.titles.get(schema.column_of.get("x", ""), "x"))
    y_title = normalised_header(schema.titles.get(schema.column_of.get("y", ""), "y"))
    group_names = {n.id: _group_name(n, schema) for n in nodes if n.is_group}
    ids: dict[str, int] = {}
    for node in actor_nodes:
        place = _node_place(node.id)
        rgb_values = [node.values.pop(rgb[c], "") for c in "rgb"] if rgb_ids else []
        fields, extra = schema.split(node.values)
        values = actor_values(fields)
        x, y = values.pop("x", None), values.pop("y", None)
        if x is not None and y is not None:
            values["x"], values["y"] = _convert_position(x, y, x_title, y_title)
        if node.position is not None:
            values["x"], values["y"] = node.position
        if rgb_values and "colour" not in values and all(rgb_values):
            try:
                values["colour"] = rgb_colour(*rgb_values)
            except ValueError:
                raise builder.error(place, tr("Errors", "the r/g/b colour is not three numbers 0-255")) from None
        if node.colour and "colour" not in values:  # NetMap's own colour attribute wins
            values["colour"] = node.colour
        values["clusters"] = [*values.get("clusters", []), *(group_names[g] for g in node.groups)]
        if node.label and fields.get("name", node.label) != node.label:
            extra[schema.titles[schema.column_of["name"]]] = fields["name"]
        name = node.label or fields.get("name") or node.id
        ids[node.id] = builder.add_actor(name, place, extra=extra, **values)
    return ids


def _add_ties(builder: MapBuilder, graph: Element, edges: list[Element], keys: list[_Key], ids: dict[str, int],
              resources: Resources) -> None:
    default_directed = graph.get("edgedefault", "directed").casefold() == "directed"
    records = [_read_edge_data(el, keys, resources) for el in edges]
    pair_key = next((k.id for k in keys if k.name == REVERSE_OF and not k.yfiles), None)
    if pair_key is not None:  # NetMap's second arcs of undirected ties in a mixed map: one tie each
        ends = {el.get("id"): (el.get("source"), el.get("target")) for el in edges}
        kept = [(el, (record, graphics)) for el, (record, graphics) in zip(edges, records, strict=True)
                if ends.get(record.pop(pair_key, None)) != (el.get("target"), el.get("source"))]
        edges, records = [el for el, _ in kept], [r for _, r in kept]
    columns = [(k.id, k.name) for k in keys if not k.yfiles and k.id != pair_key]
    schema = Schema.detect(columns, [r[0] for r in records], TIE_COLUMNS, skip=("source", "target"))
    for number, (el, (record, graphics)) in enumerate(zip(edges, records, strict=True), start=1):
        place = Place(item=tr("Errors", "edge {0!r}").format(el.get("id") or number))
        source, target = el.get("source", ""), el.get("target", "")
        for end in (source, target):
            if end not in ids:
                raise builder.error(
                    place, tr("Errors", "the edge refers to a node that does not exist ({0!r})").format(end)
                )
        fields, extra = schema.split(record)
        values = tie_values(fields)
        direction = values.pop("direction", None)  # NetMap's own attribute knows "mutual"
        if direction is None and graphics.arrows is not None:
            direction, reverse = graphics.arrows
            if reverse:
                source, target = target, source
        if direction is None:
            directed = el.get("directed")
            is_directed = default_directed if directed is None else directed.casefold() in ("true", "1")
            direction = Direction.DIRECTED if is_directed else Direction.UNDIRECTED
        if graphics.colour and "colour" not in values:
            values["colour"] = graphics.colour
        if graphics.label:
            extra.setdefault("label", graphics.label)
        builder.add_tie(ids[source], ids[target], place, direction=direction, extra=extra, **values)


def _node_place(node_id: str) -> Place:
    return Place(item=tr("Errors", "node {0!r}").format(node_id))


def _read_keys(root: Element) -> dict[str, _Key]:
    keys: dict[str, _Key] = {}
    for el in root:
        if local_name(el.tag) != "key":
            continue
        key_id = el.get("id", "")
        default_el = next((c for c in el if local_name(c.tag) == "default"), None)
        name = el.get("attr.name") or key_id
        uri = next((v for k, v in el.attrib.items() if local_name(k) == "attr.uri"), "")
        yfiles = el.get("yfiles.type")
        if yfiles is None and "yworks.com" in uri:  # yEd Live / yFiles for HTML: graphics by attr.name
            yfiles = live_key_kind(name)
        keys[key_id] = _Key(
            id=key_id,
            domain=el.get("for", "all"),
            name=name,
            default=(default_el.text or "") if default_el is not None else None,
            yfiles=yfiles,
        )
    return keys


def _collect_nodes(graph: Element, groups: tuple[str, ...], out: list[_Node], builder: MapBuilder, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise builder.error(None, tr("Errors", "groups are nested more than {0} levels deep").format(MAX_DEPTH))
    for el in graph:
        if local_name(el.tag) != "node":
            continue
        nested = [c for c in el if local_name(c.tag) == "graph"]
        node_id = el.get("id")
        if not node_id:
            raise builder.error(
                Place(item=tr("Errors", "node number {0}").format(len(out) + 1)), tr("Errors", "the node has no id")
            )
        out.append(_Node(node_id, el, groups, bool(nested)))
        for sub in nested:
            _collect_nodes(sub, (*groups, node_id), out, builder, depth + 1)


def _read_node_data(node: _Node, by_id: dict[str, _Key], builder: MapBuilder) -> None:
    for data in node.element:
        if local_name(data.tag) != "data":
            continue
        key = by_id.get(data.get("key", ""))
        if key is None:
            continue
        if key.yfiles == "nodegraphics":
            _read_yed_node(node, data, builder)
        elif key.yfiles == "nodelabels" and not node.label:
            node.label = live_label(data)
        elif key.yfiles == "nodegeometry":
            _read_live_geometry(node, data, builder)
        elif key.yfiles == "nodestyle" and node.colour is None:
            node.colour = live_fill(data)
        elif not key.yfiles:
            node.values[key.id] = data.text or ""
    for key in by_id.values():
        if key.default is not None and not key.yfiles and key.id not in node.values:
            node.values[key.id] = key.default


def _read_yed_node(node: _Node, data: Element, builder: MapBuilder) -> None:
    realizer = next(iter(data), None)
    if realizer is None:
        return
    if local_name(realizer.tag) == "ProxyAutoBoundsNode":
        realizers = next((c for c in realizer if local_name(c.tag) == "Realizers"), None)
        if realizers is None or not len(realizers):
            return
        try:
            active = int(realizers.get("active", "0"))
        except ValueError:
            active = 0
        realizer = realizers[min(max(active, 0), len(realizers) - 1)]
    for child in realizer:
        name = local_name(child.tag)
        if name == "Geometry":
            _set_centre(node, child, ("x", "y", "width", "height"), builder)
        elif name == "Fill" and child.get("color") and child.get("transparent", "false") != "true":
            node.colour = normalise_colour(child.get("color", ""))
        elif name == "NodeLabel" and not node.label:
            node.label = (child.text or "").strip()


def _read_live_geometry(node: _Node, data: Element, builder: MapBuilder) -> None:
    """yEd Live's ``y:RectD`` (top left corner and size): the centre is the position."""
    rect = next((el for el in data.iter() if local_name(el.tag) == "RectD"), None)
    if rect is not None:
        _set_centre(node, rect, ("X", "Y", "Width", "Height"), builder)


def _set_centre(node: _Node, shape: Element, names: tuple[str, str, str, str], builder: MapBuilder) -> None:
    """The node's position: the centre of a shape given by its top left corner and size (yEd's way)."""
    try:
        x, y, w, h = (float(shape.get(name, "0")) for name in names)
    except ValueError:
        raise builder.error(_node_place(node.id), tr("Errors", "the yEd geometry is not a number")) from None
    node.position = (x + w / 2, y + h / 2)


@dataclass
class _EdgeGraphics:
    arrows: tuple[Direction, bool] | None = None  # direction, reversed
    colour: str | None = None
    label: str = ""


def _read_edge_data(
    el: Element, keys: list[_Key], resources: Resources
) -> tuple[dict[str, str], _EdgeGraphics]:
    by_id = {k.id: k for k in keys}
    values: dict[str, str] = {}
    graphics = _EdgeGraphics()
    for data in el:
        if local_name(data.tag) != "data":
            continue
        key = by_id.get(data.get("key", ""))
        if key is None:
            continue
        if key.yfiles == "edgegraphics":
            _read_yed_edge(data, graphics)
        elif key.yfiles == "edgelabels" and not graphics.label:
            graphics.label = live_label(data)
        elif key.yfiles == "edgestyle" and graphics.arrows is None:
            graphics.arrows = live_arrows(data, resources)
        elif not key.yfiles:
            values[key.id] = data.text or ""
    for key in keys:
        if key.default is not None and not key.yfiles and key.id not in values:
            values[key.id] = key.default
    return values, graphics


def _read_yed_edge(data: Element, graphics: _EdgeGraphics) -> None:
    for child in data.iter():
        name = local_name(child.tag)
        if name == "LineStyle" and child.get("color"):
            graphics.colour = normalise_colour(child.get("color", ""))
        elif name == "Arrows":
            at_source = child.get("source", "none") != "none"
            at_target = child.get("target", "none") != "none"
            if at_source and at_target:
                graphics.arrows = (Direction.MUTUAL, False)
            elif at_source or at_target:
                graphics.arrows = (Direction.DIRECTED, at_source)
            else:
                graphics.arrows = (Direction.UNDIRECTED, False)
        elif name == "EdgeLabel" and not graphics.label:
            graphics.label = (child.text or "").strip()


def _group_name(node: _Node, schema: Schema) -> str:
    if node.label:
        return node.label
    col = schema.column_of.get("name")
    return (node.values.get(col, "") if col else "") or node.id


def _convert_position(x: float, y: float, x_title: str, y_title: str) -> tuple[float, float]:
    if x_title == "x coordinate":  # SocNetV: fractions of the canvas, y downwards
        x *= NORMALISED_SCALE
    if y_title == "y coordinate":
        return x, y * NORMALISED_SCALE
    return x, -y  # Gephi's y axis points up


# ---------------------------------------------------------------------------------------------- writing


def write_graphml(state: MapState, path: str | Path, *, anonymize: bool = False, language: str = "de") -> None:
    """Write `state` as GraphML with yEd graphics; ``anonymize`` leaves out every contact person."""
    actors = list(state.actors)
    rows = [actor_row(state, a, language, anonymize=anonymize, booleans="xml") for a in actors]
    fields = [f for f in used_fields(rows, always=("category",)) if f not in ("name", "x", "y", "colour")]
    node_extra = extra_titles(actors)
    ties = list(state.ties)
    tie_rows = [tie_row(state, t, language, anonymize=anonymize) for t in ties]
    tie_fields = ["kind", "direction", "strength"] + [
        f for f in ("field", "notes", "colour", "sources") if any(r[f] for r in tie_rows)
    ]
    edge_extra = extra_titles(ties)

    root = Element("graphml", {"xmlns": GRAPHML_NS})
    _key(root, "label", "node", "label", "string")
    for f in fields:
        column = COLUMNS_BY_FIELD[f]
        _key(root, f, "node", column.header(language), _TYPES.get(f, "string"))
    _key(root, "x", "node", "x", "double")
    _key(root, "y", "node", "y", "double")
    _key(root, "colour", "node", COLUMNS_BY_FIELD["colour"].header(language), "string")
    for i, title in enumerate(node_extra):
        _key(root, f"n{i}", "node", title, "string")
    for f in tie_fields:
        title = "weight" if f == "strength" else TIE_COLUMNS_BY_FIELD[f].header(language)
        _key(root, f"e_{f}", "edge", title, "double" if f == "strength" else "string")
    for i, title in enumerate(edge_extra):
        _key(root, f"e{i}", "edge", title, "string")
    SubElement(root, "key", {"id": "yn", "for": "node", "yfiles.type": "nodegraphics"})
    SubElement(root, "key", {"id": "ye", "for": "edge", "yfiles.type": "edgegraphics"})
    directed = [t.direction == Direction.DIRECTED for t in ties]
    mixed = any(directed) and not all(directed)
    if mixed:
        _key(root, "e_pair", "edge", REVERSE_OF, "string")
    graph = SubElement(
        root, "graph", {"id": "G", "edgedefault": "directed" if any(directed) else "undirected"}
    )
    node_ids: dict[int, str] = {}
    for index, (actor, row) in enumerate(zip(actors, rows, strict=True), start=1):
        node_id = f"n{index}"
        if actor.id is not None:
            node_ids[actor.id] = node_id
        node = SubElement(graph, "node", {"id": node_id})
        _data(node, "label", actor.name)
        for f in fields:
            _data(node, f, row[f])
        _data(node, "x", format_number(actor.x))
        _data(node, "y", format_number(-actor.y) if actor.y else "0")
        _data(node, "colour", row["colour"])
        extra = extra_of(actor)
        for i, title in enumerate(node_extra):
            _data(node, f"n{i}", extra.get(title, ""))
        _yed_node(node, actor.x, actor.y, actor.name, item_colour(state, actor))
    for index, (tie, row) in enumerate(zip(ties, tie_rows, strict=True), start=1):
        if tie.source not in node_ids or tie.target not in node_ids:
            raise ValueError(f"tie {tie.uid} refers to an actor that is not on the map")
        ends = [(node_ids[tie.source], node_ids[tie.target], "")]
        if mixed and tie.direction != Direction.DIRECTED:  # both ways, the second naming the first
            ends.append((node_ids[tie.target], node_ids[tie.source], f"e{index}"))
        for source, target, reverse_of in ends:
            edge = SubElement(
                graph,
                "edge",
                {"id": f"e{index}" + ("r" if reverse_of else ""), "source": source, "target": target,
                 "directed": "true" if mixed or tie.direction == Direction.DIRECTED else "false"},
            )  # fmt: skip
            for f in tie_fields:
                _data(edge, f"e_{f}", row[f] if f != "direction" else tie.direction.value)
            extra = extra_of(tie)
            for i, title in enumerate(edge_extra):
                _data(edge, f"e{i}", extra.get(title, ""))
            _data(edge, "e_pair", reverse_of)
            _yed_edge(edge, Direction.DIRECTED if reverse_of else tie.direction, item_colour(state, tie))
    tree = ET.ElementTree(root)
    ET.indent(tree, space=" ")
    with atomic_write(path) as tmp:
        tree.write(tmp, encoding="UTF-8", xml_declaration=True)


_TYPES = {"influence": "int", "dots": "int", "reached": "boolean", "is_key": "boolean"}


def _key(root: Element, key_id: str, domain: str, name: str, kind: str) -> None:
    SubElement(root, "key", {"id": key_id, "for": domain, "attr.name": name, "attr.type": kind})


def _data(parent: Element, key: str, value: str) -> None:
    if value:
        SubElement(parent, "data", {"key": key}).text = _xml_text(value)


def _xml_text(value: str) -> str:
    return clean_text(value)


def item_colour(state: MapState, item: Actor | Tie) -> str | None:
    """The colour an actor or tie is drawn in: its own, else its category's or kind's, else None."""
    colour = item.extra.get(COLOUR)
    if colour:
        return colour
    if isinstance(item, Actor):
        kind, key = CatalogueKind.CATEGORY, item.category
    else:
        kind, key = CatalogueKind.TIE_KIND, item.kind
    for entry in state.catalogue(kind):
        if entry.key == key:
            return entry.colour
    return None


_SIZE = 30.0


def _yed_node(node: Element, x: float, y: float, name: str, colour: str | None) -> None:
    data = SubElement(node, "data", {"key": "yn"})
    shape = SubElement(data, f"{{{Y_NS}}}ShapeNode")
    SubElement(
        shape,
        f"{{{Y_NS}}}Geometry",
        {"x": repr(x - _SIZE / 2), "y": repr(y - _SIZE / 2), "width": repr(_SIZE), "height": repr(_SIZE)},
    )
    if colour and _yed_colour(colour):
        SubElement(shape, f"{{{Y_NS}}}Fill", {"color": _yed_colour(colour), "transparent": "false"})
    label = SubElement(shape, f"{{{Y_NS}}}NodeLabel", {"modelName": "sandwich", "modelPosition": "s"})
    label.text = _xml_text(name)
    SubElement(shape, f"{{{Y_NS}}}Shape", {"type": "ellipse"})


def _yed_edge(edge: Element, direction: Direction, colour: str | None) -> None:
    data = SubElement(edge, "data", {"key": "ye"})
    line = SubElement(data, f"{{{Y_NS}}}PolyLineEdge")
    style = {"type": "line", "width": "1.0"}
    if colour and _yed_colour(colour):
        style["color"] = _yed_colour(colour)
    SubElement(line, f"{{{Y_NS}}}LineStyle", style)
    source = "standard" if direction == Direction.MUTUAL else "none"
    target = "none" if direction == Direction.UNDIRECTED else "standard"
    SubElement(line, f"{{{Y_NS}}}Arrows", {"source": source, "target": target})


def _yed_colour(colour: str) -> str:
    """yEd takes #RRGGBB only; a named colour is left to NetMap's own colour attribute."""
    value = normalise_colour(colour)
    return value.upper() if value.startswith("#") else ""
