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
- Weights become strengths 1-3 (see `netmap.exchange.safety.parse_strength`); the original weight is
  kept in ``extra["weight"]`` when it is not 1, 2 or 3. ``*Partition``, ``*Vector`` and other sections
  are skipped; ``%`` starts a comment line.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from netmap.domain import Direction, MapState
from netmap.exchange.errors import Place
from netmap.exchange.graphml import NORMALISED_SCALE
from netmap.exchange.safety import (
    MAX_ACTORS,
    MapBuilder,
    decode_text,
    guarded_reader,
    read_bytes,
)
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


@guarded_reader
def read_pajek(path: str | Path) -> MapState:
    """Read a Pajek network file (see the module's description) into a `MapState`."""
    text = decode_text(read_bytes(path), path)
    builder = MapBuilder(path)
    lines = re.split(r"\r\n?|\n", text)  # not splitlines(): U+0085 and friends are not line ends here
    vertices: list[_Vertex] = []
    declared = first_mode = 0
    i = 0
    while i < len(lines):
        raw = lines[i].strip()
        if not raw.startswith("*"):
            i += 1
            continue
        head, _, rest = raw[1:].partition(" ")
        section = head.casefold()
        place = Place(line=i + 1)
        if section == "vertices":
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
        i += 1  # *Network, *Partition, *Vector ...: skip to the next section
        while i < len(lines) and not lines[i].lstrip().startswith("*"):
            i += 1
    if not vertices:
        raise builder.error(None, tr("Errors", "this is not a Pajek network: it has no *Vertices section"))
    return builder.build()


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
