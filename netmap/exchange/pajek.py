"""Pajek networks (.net, .paj, .pajek): vertices with labels, coordinates and colours, edges, arcs, matrices.

- ``*Vertices n``: actors 1..n; a vertex line gives a quoted (or single-word) label, then optionally the
  coordinates (fractions of the canvas, scaled by `NORMALISED_SCALE`; y grows downwards as in Pajek), a
  shape and parameters (``ic``/``bc`` colours; ``RGBrrggbb`` or a Pajek colour name). Vertices without
  a line keep their number as name. Two-mode networks (``*Vertices n n1``) are read as one set of actors.
- ``*Edges`` give undirected ties, ``*Arcs`` directed ones, each line ``from to [weight] [c colour]
  [l "label"]``; ``*Edgeslist``/``*Arcslist`` lines name one vertex and all its neighbours. A file may
  mix both kinds (Campnet); every line is one tie.
- ``*Matrix`` gives an adjacency matrix (each row on a line). A symmetric matrix gives one undirected
  tie per pair, an asymmetric one a directed tie per non-zero cell. Several relations
  (``*Matrix :2 "Business"``, also on ``*Arcs``/``*Edges``) become tie kinds named by their labels.
- Weights become strengths 1-3 (see `netmap.exchange.builder.parse_strength`); the original weight is
  kept in ``extra["weight"]`` when it is not 1, 2 or 3. ``*Partition``, ``*Vector`` and other sections
  are skipped; ``%`` starts a comment line.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from netmap.domain import Direction, MapState
from netmap.exchange.builder import MapBuilder
from netmap.exchange.errors import Place
from netmap.exchange.graphml import NORMALISED_SCALE
from netmap.exchange.notes import Left, note, offer
from netmap.exchange.safety import MAX_ACTORS, decode_text, guarded_reader, read_bytes
from netmap.i18n import tr

__all__ = ["read_pajek"]

_TOKEN = re.compile(r'"[^"]*"|\S+')
_RELATION = re.compile(r':\s*(\d+)\s*(?:"([^"]*)"|(\S+))?')
_SHAPES = {"ellipse", "circle", "box", "square", "triangle", "diamond", "cross", "empty", "man", "woman"}
_COLOUR_KEYS = {"ic", "bc", "lc", "c"}
_VALUE_KEYS = {"x_fact", "y_fact", "phi", "r", "q", "s_size", "lr", "lphi", "bw", "fos", "font", "la", "lp", "w",
               "p", "a", "ap", "l", "k", "h1", "h2", "a1", "a2", "k1", "k2"}  # fmt: skip


@dataclass
class _Vertex:
    name: str
    line: int
    x: float | None = None
    y: float | None = None
    colour: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


_BLOCK = re.compile(r"(?i)^\*?(network|partition|vector|permutation)\b\s*(.*)$")


@dataclass
class _Block:
    """A part of a Pajek project file: a network, or a partition, vector or permutation of vertices."""

    kind: str
    name: str
    start: int  # index of the first line after the heading
    end: int


def _blocks(lines: list[str], default_name: str) -> list[_Block]:
    """Split a project file at its ``*Network``/``*Partition``/``*Vector``/``*Permutation`` headings.

    A heading that lost its ``*`` (``Partition sex``) still ends what came before, as in Pajek, instead of
    being read as a vertex or tie line. Lines before the first heading are a network named by the file.
    """
    blocks: list[_Block] = [_Block("network", default_name, 0, len(lines))]
    for i, line in enumerate(lines):
        match = _BLOCK.match(line.strip())
        if match is None:
            continue
        blocks[-1].end = i
        blocks.append(_Block(match.group(1).casefold(), match.group(2).strip().strip('"') or default_name, i + 1,
                             len(lines)))
    return [b for b in blocks
            if b.kind != "network" or any(line.lstrip().startswith("*") for line in lines[b.start : b.end])]


@guarded_reader
def read_pajek(path: str | Path, *, network: str | None = None) -> MapState:
    """Read a Pajek network or project file (see the module's description) into a `MapState`.

    A project file with several networks gives the one named `network` (any case), else the first.
    """
    text = decode_text(read_bytes(path), path)
    builder = MapBuilder(path)
    lines = re.split(r"\r\n?|\n", text)  # not splitlines(): U+0085 and friends are not line ends here
    blocks = _blocks(lines, Path(path).stem)
    networks = [b for b in blocks if b.kind == "network"]
    if not networks:
        raise builder.error(None, tr("Errors", "this is not a Pajek network: it has no *Vertices section"))
    chosen = networks[0]
    if network is not None:
        found = [b for b in networks if b.name.casefold() == network.strip().casefold()]
        if not found:
            names = ", ".join(b.name for b in networks)
            raise builder.error(None, tr("Errors", "the file has no network {0!r} (its networks: {1})").format(
                network, names))
        chosen = found[0]
    offer(networks=[b.name for b in networks], network=chosen.name)
    note(Left.NETWORKS, len(networks) - 1, ", ".join(b.name for b in networks if b is not chosen))
    count = _read_network(lines[: chosen.end], chosen.start, builder)
    for block in blocks:
        if block.kind == "permutation":
            note(Left.PERMUTATIONS)
        elif block.kind in ("partition", "vector"):
            _read_values(lines, block, count, builder)
    return builder.build()


def _read_network(lines: list[str], start: int, builder: MapBuilder) -> int:
    """Read the vertices and ties of one network (from `start` to the end of `lines`); its vertex count."""
    vertices: list[_Vertex] = []
    declared = first_mode = 0
    i = start
    while i < len(lines):
        raw = lines[i].strip()
        if not raw.startswith("*"):
            i += 1
            continue
        head, _, rest = raw[1:].partition(" ")
        section = head.casefold()
        place = Place(line=i + 1)
        if section == "vertices":
            if vertices:
                raise builder.error(place, tr("Errors", "a network has one *Vertices section"))
            declared = _count(rest, builder, place)
            first_mode = _first_mode(rest, declared)
            vertices = [_Vertex(str(n), 0) for n in range(1, declared + 1)]
            i = _read_vertices(lines, i + 1, vertices, builder)
            for vertex in vertices:
                vp = Place(line=vertex.line or place.line)
                builder.add_actor(
                    vertex.name, vp,
                    x=(vertex.x or 0.0) * NORMALISED_SCALE, y=(vertex.y or 0.0) * NORMALISED_SCALE,
                    colour=vertex.colour, extra=vertex.extra,
                )  # fmt: skip
            continue
        if section in ("arcs", "edges", "arcslist", "edgeslist", "matrix"):
            if not vertices:
                raise builder.error(place, tr("Errors", "*{0} comes before *Vertices").format(head))
            kind = _relation(rest)
            if section == "matrix":
                i = _read_matrix(lines, i + 1, declared, first_mode, kind, builder)
            else:
                direction = Direction.DIRECTED if section.startswith("arcs") else Direction.UNDIRECTED
                i = _read_ties(lines, i + 1, declared, kind, direction, section.endswith("list"), builder)
            continue
        i += 1  # a section NetMap does not know: skip to the next one
        while i < len(lines) and not lines[i].lstrip().startswith("*"):
            i += 1
    if not vertices:
        raise builder.error(None, tr("Errors", "this is not a Pajek network: it has no *Vertices section"))
    return declared


def _read_values(lines: list[str], block: _Block, count: int, builder: MapBuilder) -> None:
    """A partition (whole numbers) or vector (numbers) of the vertices: an actor attribute named as the
    block. One of another size belongs to another network of the file: it is left out with a note."""
    values = [(n + 1, line.split()[0]) for n, line in enumerate(lines[block.start : block.end], start=block.start)
              if line.strip() and not line.lstrip().startswith(("*", "%"))]
    if len(values) != count:
        note(Left.ATTRIBUTES, len(values), block.name)
        return
    title = builder.name(block.name, Place(line=block.start), "attribute name")
    for k, (number, value) in enumerate(values):
        try:
            float(value) if block.kind == "vector" else int(value)
        except ValueError:
            what = tr("Errors", "a number") if block.kind == "vector" else tr("Errors", "a whole number")
            raise builder.error(Place(line=number), tr("Errors", "{0!r} is not {1}").format(value[:20], what)) from None
        actor = builder.actors[k]
        builder.actors[k] = dataclasses.replace(actor, extra={**actor.extra, title: value})
    if block.kind == "partition":
        offer(partition=block.name)


def _count(rest: str, builder: MapBuilder, place: Place) -> int:
    try:
        count = int(rest.split(maxsplit=1)[0])
    except (ValueError, IndexError):
        raise builder.error(place, tr("Errors", "*Vertices needs the number of vertices")) from None
    if not 0 < count <= MAX_ACTORS:
        raise builder.error(
            place, tr("Errors", "*Vertices {0}: NetMap reads 1 to {1:,} vertices").format(count, MAX_ACTORS)
        )
    return count


def _first_mode(rest: str, count: int) -> int:
    """The size of the first mode of a two-mode network (``*Vertices 10 4``), else 0."""
    parts = rest.split()
    if len(parts) > 1 and parts[1].isdigit() and 0 < int(parts[1]) < count:
        return int(parts[1])
    return 0


def _relation(rest: str) -> str:
    """The label of a relation: ``:2 "Business"`` -> ``Business``; ``:3`` alone -> ``Relation 3``."""
    match = _RELATION.search(rest)
    if not match:
        return ""
    return match.group(2) or match.group(3) or f"Relation {match.group(1)}"


def _section_lines(lines: list[str], start: int) -> list[tuple[int, str]]:
    result = []
    i = start
    while i < len(lines) and not lines[i].lstrip().startswith("*"):
        stripped = lines[i].strip()
        if stripped and not stripped.startswith("%"):
            result.append((i + 1, stripped))
        i += 1
    return result


def _read_vertices(lines: list[str], start: int, vertices: list[_Vertex], builder: MapBuilder) -> int:
    body = _section_lines(lines, start)
    for number, line in body:
        tokens = _TOKEN.findall(line)
        place = Place(line=number)
        try:
            index = int(tokens[0])
        except ValueError:
            raise builder.error(
                place, tr("Errors", "a vertex line must start with its number, not {0!r}").format(tokens[0][:20])
            ) from None
        if not 1 <= index <= len(vertices):
            raise builder.error(
                place, tr("Errors", "vertex {0} is not among the {1} declared").format(index, len(vertices))
            )
        vertex = vertices[index - 1]
        vertex.line = number
        if len(tokens) > 1:
            vertex.name = tokens[1].strip('"') or str(index)
        _vertex_details(vertex, tokens[2:])
    return start + _consumed(lines, start)


def _vertex_details(vertex: _Vertex, tokens: list[str]) -> None:
    coordinates: list[float] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        key = token.casefold()
        if key in _COLOUR_KEYS and k + 1 < len(tokens):
            colour = _colour(tokens[k + 1])
            if key == "ic":
                vertex.colour = colour
            else:
                vertex.extra[f"pajek {key}"] = colour
            k += 2
            continue
        if key in _VALUE_KEYS and k + 1 < len(tokens):
            vertex.extra[f"pajek {key}"] = tokens[k + 1].strip('"')
            k += 2
            continue
        if key in _SHAPES:
            vertex.extra["shape"] = key
        elif len(coordinates) < 3:
            with contextlib.suppress(ValueError):  # anything else is a parameter NetMap does not use
                coordinates.append(float(token))
        k += 1
    if len(coordinates) >= 2:
        vertex.x, vertex.y = coordinates[0], coordinates[1]


def _colour(token: str) -> str:
    token = token.strip('"')
    if re.fullmatch(r"RGB[0-9A-Fa-f]{6}", token):
        return "#" + token[3:].lower()
    return token.casefold()


def _consumed(lines: list[str], start: int) -> int:
    i = start
    while i < len(lines) and not lines[i].lstrip().startswith("*"):
        i += 1
    return i - start


def _vertex_number(token: str, count: int, builder: MapBuilder, place: Place) -> int:
    try:
        number = int(token)
    except ValueError:
        raise builder.error(place, tr("Errors", "{0!r} is not a vertex number").format(token[:20])) from None
    if not 1 <= number <= count:
        raise builder.error(place, tr("Errors", "vertex {0} is not among the {1} declared").format(number, count))
    return number


def _read_ties(
    lines: list[str], start: int, count: int, kind: str, direction: Direction, is_list: bool, builder: MapBuilder
) -> int:
    for number, line in _section_lines(lines, start):
        place = Place(line=number)
        tokens = _TOKEN.findall(line)
        if len(tokens) < 2:
            raise builder.error(place, tr("Errors", "a tie needs two vertex numbers"))
        source = _vertex_number(tokens[0], count, builder, place)
        if is_list:
            for token in tokens[1:]:
                builder.add_tie(source, _vertex_number(token, count, builder, place), place, kind=kind,
                                direction=direction)  # fmt: skip
            continue
        target = _vertex_number(tokens[1], count, builder, place)
        weight, extra, colour = None, {}, None
        k = 2
        if len(tokens) > 2 and tokens[2].casefold() not in _COLOUR_KEYS | _VALUE_KEYS:
            weight = tokens[2]
            k = 3
        while k + 1 < len(tokens):
            key = tokens[k].casefold()
            if key == "c":
                colour = _colour(tokens[k + 1])
            elif key == "l":
                extra["label"] = tokens[k + 1].strip('"')
            else:
                extra[f"pajek {key}"] = tokens[k + 1].strip('"')
            k += 2
        builder.add_tie(source, target, place, kind=kind, direction=direction, weight=weight, colour=colour,
                        extra=extra)  # fmt: skip
    return start + _consumed(lines, start)


def _read_matrix(lines: list[str], start: int, count: int, first_mode: int, kind: str, builder: MapBuilder) -> int:
    body = _section_lines(lines, start)
    tokens = ((token, number) for number, line in body for token in line.split())
    rows, columns = (first_mode, count - first_mode) if first_mode else (count, count)
    end = Place(line=body[-1][0] if body else start)
    cells = read_cells(builder, tokens, ((r, c) for r in range(rows) for c in range(columns)), rows * columns, end)
    extra = sum(1 for _ in tokens)
    if extra:
        needed = rows * columns
        raise builder.error(
            end,
            tr("Errors", "the matrix has {0:,} values; {1} vertices need {2:,}").format(needed + extra, count, needed),
        )
    add_matrix(builder, cells, kind, square=not first_mode, first_column=first_mode)
    return start + _consumed(lines, start)


Cells = dict[tuple[int, int], tuple[float, str, int]]
"""The non-zero cells of a matrix: (row, column) -> (value, its text, its line)."""


def read_cells(
    builder: MapBuilder,
    tokens: Iterator[tuple[str, int]],
    positions: Iterable[tuple[int, int]],
    needed: int,
    end: Place,
) -> Cells:
    """Read one value per position from `tokens` (text, line) and keep the non-zero ones.

    Only non-zero cells are kept, so a large sparse matrix costs little memory.
    """
    cells: Cells = {}
    for count, position in enumerate(positions):
        item = next(tokens, None)
        if item is None:
            raise builder.error(end, tr("Errors", "the matrix has {0:,} values; it needs {1:,}").format(count, needed))
        text, line = item
        try:
            value = float(text)
        except ValueError:
            raise builder.error(
                Place(line=line), tr("Errors", "{0!r} in the matrix is not a number").format(text[:20])
            ) from None
        if value:
            cells[position] = (value, text, line)
    return cells


def add_matrix(builder: MapBuilder, cells: Cells, kind: str, *, square: bool, first_column: int = 0) -> None:
    """Add the ties of a matrix's non-zero cells (rows and columns counted from 0) to `builder`.

    A square matrix that is symmetric gives one undirected tie per pair (and per loop), an asymmetric
    one a directed tie per cell. Otherwise (``square=False``: two-mode matrices, whose columns are the
    actors from ``first_column + 1`` on, and halves of symmetric matrices) every cell is an undirected tie.
    """
    symmetric = not square or all(
        cells.get((c, r), (None,))[0] == value for (r, c), (value, _, _) in cells.items()
    )
    direction = Direction.UNDIRECTED if symmetric else Direction.DIRECTED
    for (r, c), (_, text, line) in sorted(cells.items()):
        if square and symmetric and c < r:
            continue
        builder.add_tie(r + 1, first_column + c + 1, Place(line=line), kind=kind, direction=direction, weight=text)
