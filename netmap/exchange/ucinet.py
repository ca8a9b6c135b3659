"""UCINET DL files: full matrices (also lower/upper halves), edge lists and node lists, with labels.

- Header: ``DL N=48`` (or ``NR=``/``NC=`` for a rectangular two-mode matrix), ``NM=`` matrices,
  ``FORMAT = FULLMATRIX | LOWERHALF | UPPERHALF | EDGELIST1 | NODELIST1``, ``DIAGONAL PRESENT|ABSENT``,
  ``LABELS EMBEDDED``, label sections (``LABELS:``, ``ROW LABELS:``, ``COLUMN LABELS:``, ``LEVEL LABELS:``
  / ``MATRIX LABELS:``) and ``DATA:``. Keywords are not case-sensitive.
- Actors: the N declared, named by the labels or numbered 1..N. An actor that no tie mentions is kept as
  an isolate (Freeman's EIES declares 48 actors; not all of them appear in its edge list).
- Matrices: a symmetric one gives one undirected tie per pair, an asymmetric one a directed tie per
  non-zero cell (as Pajek's ``*Matrix``); halves are symmetric. Several matrices (``NM=2``) give tie kinds
  named by the level labels, or "Relation 1", "Relation 2" ... without labels.
- Edge lists: every line ``from to [weight]`` with a non-zero weight is one directed tie; node lists
  (``from to1 to2 ...``) a directed tie to each. With ``LABELS EMBEDDED`` the lines name actors by label,
  and actors are created as they appear (plus the declared labels). Several matrices are separated by a
  line ``!``.
- Weights become strengths 1-3; the original weight is kept in ``extra["weight"]`` when it is not 1-3.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from netmap.domain import Direction, MapState
from netmap.exchange.errors import Place
from netmap.exchange.pajek import add_matrix, read_cells
from netmap.exchange.safety import (
    MAX_ACTORS,
    MapBuilder,
    decode_text,
    guarded_reader,
    read_bytes,
)
from netmap.i18n import tr

__all__ = ["read_ucinet"]

_DATA = re.compile(r"(?i)\bdata\s*:")
_LABELS = re.compile(r"(?i)\b(row\s+|col(?:umn)?\s+|level\s+|matrix\s+)?labels\s*:")
_LABEL_TOKEN = re.compile(r'"[^"]*"|\'[^\']*\'|[^\s,"\']+')
_FORMATS = {"fullmatrix", "lowerhalf", "upperhalf", "edgelist1", "nodelist1"}


MAX_MATRICES = 1000


@guarded_reader
def read_ucinet(path: str | Path) -> MapState:
    """Read a UCINET DL file (see the module's description) into a `MapState`."""
    text = re.sub(r"\r\n?", "\n", decode_text(read_bytes(path), path))
    builder = MapBuilder(path)
    if not re.match(r"(?i)\s*dl\b", text):
        raise builder.error(Place(line=1), tr("Errors", "this is not a UCINET DL file: it does not begin with DL"))
    match = _DATA.search(text)
    if match is None:
        raise builder.error(None, tr("Errors", "the file has no DATA: section"))
    options, labels = _parse_header(text[: match.start()])
    data = _Data(text[match.end() :], text[: match.end()].count("\n") + 1)
    fmt = options.get("format", "fullmatrix")
    if fmt not in _FORMATS:
        known = ", ".join(sorted(_FORMATS)).upper()
        raise builder.error(
            None, tr("Errors", "FORMAT = {0} is not supported (NetMap reads {1})").format(fmt.upper(), known)
        )
    rows = _number(options, "nr") or _number(options, "n")
    cols = _number(options, "nc") or rows
    matrices = _number(options, "nm") or 1
    if not rows and "embedded" not in options:
        raise builder.error(Place(line=1), tr("Errors", "the header declares no number of actors (N=)"))
    if rows > MAX_ACTORS or cols > MAX_ACTORS:
        raise builder.error(Place(line=1), tr("Errors", "NetMap reads at most {0:,} actors").format(MAX_ACTORS))
    if matrices > MAX_MATRICES:
        raise builder.error(Place(line=1), tr("Errors", "NetMap reads at most {0} matrices (NM=)").format(MAX_MATRICES))
    level_labels = labels.get("level") or []
    kinds = [level_labels[m] if m < len(level_labels) else (f"Relation {m + 1}" if matrices > 1 else "")
             for m in range(matrices)]  # fmt: skip
    if fmt in ("edgelist1", "nodelist1"):
        row_labels = labels.get("row") or labels.get("") or []
        _read_lists(builder, data, rows, row_labels, kinds, fmt == "nodelist1", "embedded" in options)
    else:
        _read_matrices(builder, data, fmt, options, labels, rows, cols, kinds)
    return builder.build()


@dataclass(frozen=True)
class _Data:
    text: str
    first_line: int  # the line of "DATA:"

    def lines(self) -> Iterator[tuple[int, str]]:
        return enumerate(self.text.split("\n"), start=self.first_line)


def _read_matrices(
    builder: MapBuilder,
    data: _Data,
    fmt: str,
    options: dict[str, str],
    labels: dict[str, list[str]],
    rows: int,
    cols: int,
    kinds: list[str],
) -> None:
    row_labels = labels.get("row") or labels.get("") or []
    col_labels = labels.get("col") or row_labels
    two_mode = rows != cols or (bool(labels.get("col")) and labels.get("col") != row_labels)
    tokens: Iterator[tuple[str, int]] = (
        (token, number) for number, line in data.lines() for token in line.replace(",", " ").split()
    )
    if "embedded" in options:  # column labels first, then each row begins with its label
        listed = list(tokens)
        row_labels, col_labels = [t for t, _ in listed[cols :: cols + 1][:rows]], [t for t, _ in listed[:cols]]
        tokens = iter(_strip_embedded(listed, rows, cols, len(kinds)))
    names = _names(row_labels, rows, builder) + (_names(col_labels, cols, builder) if two_mode else [])
    for name in names:
        builder.add_actor(name.strip("\"'"), Place(line=1))
    diagonal = "absent" not in options.get("diagonal", "present")
    end = Place(line=data.first_line + data.text.count("\n"))
    for kind in kinds:
        if two_mode:
            positions, needed = ((r, c) for r in range(rows) for c in range(cols)), rows * cols
        elif fmt == "fullmatrix":
            positions = ((r, c) for r in range(rows) for c in range(rows) if diagonal or r != c)
            needed = rows * rows if diagonal else rows * (rows - 1)
        else:
            positions = _half(rows, fmt == "lowerhalf", diagonal)
            needed = rows * (rows + 1) // 2 if diagonal else rows * (rows - 1) // 2
        cells = read_cells(builder, tokens, positions, needed, end)
        square = fmt == "fullmatrix" and not two_mode
        add_matrix(builder, cells, kind, square=square, first_column=rows if two_mode else 0)
    extra = sum(1 for _ in tokens)
    if extra:
        raise builder.error(
            end,
            tr("Errors", "the data has {0:,} more values than {1} matrix(es) of this size").format(extra, len(kinds)),
        )


def _half(n: int, lower: bool, diagonal: bool) -> Iterator[tuple[int, int]]:
    """Cell positions of a half matrix in reading order, as (smaller, larger) index: the same pair."""
    for r in range(n):
        columns = range(r + 1 if diagonal else r) if lower else range(r if diagonal else r + 1, n)
        for c in columns:
            yield (c, r) if lower else (r, c)


def _parse_header(header: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Options (``n``, ``nm``, ``format``, ``diagonal``, ``embedded``) and label sections of a header."""
    markers = list(_LABELS.finditer(header))
    option_text = header[: markers[0].start()] if markers else header
    labels: dict[str, list[str]] = {}
    for i, marker in enumerate(markers):
        end = markers[i + 1].start() if i + 1 < len(markers) else len(header)
        section_lines = []
        for line in header[marker.end() : end].split("\n"):
            if "=" in line:  # an option after the labels
                option_text += "\n" + line
                continue
            section_lines.append(line)
        kind = (marker.group(1) or "").strip().casefold()
        kind = {"column": "col", "matrix": "level"}.get(kind, kind)
        labels[kind] = [t.strip("\"'") for t in _LABEL_TOKEN.findall("\n".join(section_lines))]
    option_text = re.sub(r"(?i)^\s*dl\b", "", option_text)
    options: dict[str, str] = {}
    for key, value in re.findall(r"(?i)\b(nr|nc|nm|n)\s*=\s*(\d+)", option_text):
        options[key.casefold()] = value
    fmt = re.search(r"(?i)\bformat\s*=\s*([a-z0-9_]+)", option_text)
    if fmt:
        options["format"] = fmt.group(1).casefold()
    diagonal = re.search(r"(?i)\bdiagonal\s*=?\s*(present|absent)", option_text)
    if diagonal:
        options["diagonal"] = diagonal.group(1).casefold()
    if re.search(r"(?i)\blabels\s+embedded\b", option_text):
        options["embedded"] = "yes"
    return options, labels


def _number(options: dict[str, str], key: str) -> int:
    return int(options.get(key, "0"))


def _names(labels: list[str], count: int, builder: MapBuilder) -> list[str]:
    if labels and len(labels) != count:
        raise builder.error(None, tr("Errors", "the header gives {0} labels for {1} actors").format(len(labels), count))
    return labels or [str(n) for n in range(1, count + 1)]


def _strip_embedded(tokens: list[tuple[str, int]], rows: int, cols: int, matrices: int) -> list[tuple[str, int]]:
    """Drop the column labels (first line) and row labels (first cell of a row) of a labelled matrix."""
    result: list[tuple[str, int]] = []
    i = cols  # column labels
    for _ in range(matrices):
        for _ in range(rows):
            i += 1  # row label
            result.extend(tokens[i : i + cols])
            i += cols
    return result


def _read_lists(
    builder: MapBuilder,
    data: _Data,
    count: int,
    labels: list[str],
    kinds: list[str],
    node_list: bool,
    embedded: bool,
) -> None:
    ids: dict[str, int] = {}
    names = labels if labels else ([] if embedded else [str(n) for n in range(1, count + 1)])
    if labels and count and len(labels) != count:
        raise builder.error(None, tr("Errors", "the header gives {0} labels for {1} actors").format(len(labels), count))
    for name in names:
        ids[name] = builder.add_actor(name, Place(line=1))

    def actor(token: str, place: Place) -> int:
        if not embedded and not labels:
            try:
                number = int(token)
            except ValueError:
                raise builder.error(place, tr("Errors", "{0!r} is not an actor number").format(token[:20])) from None
            if not 1 <= number <= count:
                raise builder.error(
                    place, tr("Errors", "actor {0} is not among the {1} declared (N={1})").format(number, count)
                )
            return number
        if token in ids:
            return ids[token]
        if token.isdigit() and labels and 1 <= int(token) <= len(labels):
            return int(token)
        if embedded:
            ids[token] = builder.add_actor(token, place)
            return ids[token]
        raise builder.error(place, tr("Errors", "unknown actor {0!r}").format(token[:40]))

    matrix = 0
    for number, line in data.lines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped == "!":
            matrix += 1
            continue
        place = Place(line=number)
        if matrix >= len(kinds):
            raise builder.error(place, tr("Errors", "more matrices than the {0} declared (NM=)").format(len(kinds)))
        tokens = [t.strip("\"'") for t in _LABEL_TOKEN.findall(stripped)]
        if len(tokens) < 2:
            raise builder.error(place, tr("Errors", "a line needs at least two actors"))
        source = actor(tokens[0], place)
        if node_list:
            for token in tokens[1:]:
                builder.add_tie(source, actor(token, place), place, kind=kinds[matrix], direction=Direction.DIRECTED)
            continue
        target = actor(tokens[1], place)
        weight = tokens[2] if len(tokens) > 2 else None
        try:
            if weight is not None and float(weight) == 0:
                continue  # a zero is no tie
        except ValueError:
            raise builder.error(place, tr("Errors", "the weight {0!r} is not a number").format(weight[:20])) from None
        builder.add_tie(source, target, place, kind=kinds[matrix], direction=Direction.DIRECTED, weight=weight)
