"""UCINET DL files: full matrices (also lower/upper halves), edge lists and node lists, one- and two-mode.

- Header: keywords in any order, case and line layout (see `_parse_header`): ``DL N=48`` (or
  ``NR=``/``NC=`` for two-mode data), ``NM=`` matrices, ``FORMAT = FULLMATRIX | LOWERHALF | UPPERHALF |
  EDGELIST1 | EDGELIST2 | NODELIST1``, ``DIAGONAL PRESENT|ABSENT``, ``LABELS EMBEDDED`` (also ``ROW``/``COL``),
  label lists (``LABELS``, ``ROW LABELS``, ``COLUMN LABELS``, ``LEVEL LABELS`` / ``MATRIX LABELS``, each with or
  without a colon, running to the next keyword) and ``DATA:`` (or ``DATA`` alone on its line).
- Actors: the N declared, named by the labels or numbered 1..N. An actor that no tie mentions is kept as
  an isolate (Freeman's EIES declares 48 actors; not all of them appear in its edge list). Two-mode data
  (a rectangular matrix, or EDGELIST2) gives a bipartite map: row and column actors, each mode a category.
- Matrices: a symmetric one gives one undirected tie per pair, an asymmetric one a directed tie per
  non-zero cell (as Pajek's ``*Matrix``); halves are symmetric. Several matrices (``NM=2``) give tie kinds
  named by the level labels as written, or "Relation 1", "Relation 2" ... without labels. With embedded
  labels a later matrix may repeat the column labels or not.
- Edge lists: every line ``from to [weight]`` with a non-zero weight is one directed tie (undirected in
  two-mode EDGELIST2); node lists (``from to1 to2 ...``) a directed tie to each. With ``LABELS EMBEDDED``
  the lines name actors by label, and actors are created as they appear (plus the declared labels).
  Several matrices are separated by a line ``!``.
- Weights become strengths 1-3; the original weight is kept in ``extra["weight"]`` when it is not 1-3.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from netmap.domain import CatalogueKind, Direction, MapState
from netmap.exchange.builder import MapBuilder
from netmap.exchange.errors import Place
from netmap.exchange.pajek import add_matrix, read_cells
from netmap.exchange.safety import MAX_ACTORS, decode_text, guarded_reader, read_bytes
from netmap.i18n import tr

__all__ = ["read_ucinet"]

_DATA = re.compile(r"(?im)\bdata\s*:|^\s*data\s*$")  # "DATA:", or "DATA" alone on its line
_LABEL_TOKEN = re.compile(r'"[^"]*"|\'[^\']*\'|[^\s,"\']+')
_FORMATS = {"fullmatrix", "lowerhalf", "upperhalf", "edgelist1", "edgelist2", "nodelist1"}


_MODES = {1: ("Rows (mode 1)", "Zeilen (Modus 1)"), 2: ("Columns (mode 2)", "Spalten (Modus 2)")}
"""The categories of the two modes of two-mode data, English and German: a catalogue entry carries both."""


def _mode_category(mode: int) -> str:
    """The category of the actors of mode 1 (rows) or 2 (columns) of two-mode data."""
    return _MODES[mode][0]


def _with_mode_labels(state: MapState) -> MapState:
    """The mode categories with their German labels beside the English ones."""
    german = dict(_MODES.values())
    entries = [dataclasses.replace(e, label_de=german[e.label_en]) if e.label_en in german and e.label_de == e.label_en
               else e for e in state.catalogue(CatalogueKind.CATEGORY)]
    return dataclasses.replace(state, catalogues={**state.catalogues, CatalogueKind.CATEGORY: entries})


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
    embedded = "embedded" in options
    if fmt in ("edgelist1", "nodelist1"):
        mode = _Mode(builder, rows, labels.get("row") or labels.get("") or [], embedded)
        _read_lists(builder, data, (mode, mode), kinds, fmt == "nodelist1")
    elif fmt == "edgelist2":
        row_mode = _Mode(builder, rows, labels.get("row") or labels.get("") or [], embedded, _mode_category(1))
        col_mode = _Mode(builder, cols, labels.get("col") or [], embedded, _mode_category(2))
        _read_lists(builder, data, (row_mode, col_mode), kinds, False)
    else:
        _read_matrices(builder, data, fmt, options, labels, rows, cols, kinds)
    return _with_mode_labels(builder.build())


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
    for name in _names(row_labels, rows, builder):
        builder.add_actor(name.strip("\"'"), Place(line=1), category=_mode_category(1) if two_mode else "")
    for name in _names(col_labels, cols, builder) if two_mode else []:
        builder.add_actor(name.strip("\"'"), Place(line=1), category=_mode_category(2))
    diagonal = "absent" not in options.get("diagonal", "present")
    end = Place(line=data.first_line + data.text.count("\n"))
    for kind in kinds:
        positions: Iterator[tuple[int, int]]
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
        matrices = len(kinds)
        raise builder.error(
            end,
            tr("Errors", "the data has {0:,} more values than %n matrices of this size", None, matrices).format(extra),
        )


def _half(n: int, lower: bool, diagonal: bool) -> Iterator[tuple[int, int]]:
    """Cell positions of a half matrix in reading order, as (smaller, larger) index: the same pair."""
    for r in range(n):
        columns = range(r + 1 if diagonal else r) if lower else range(r if diagonal else r + 1, n)
        for c in columns:
            yield (c, r) if lower else (r, c)


_HEADER_WORD = re.compile(
    r"""(?ix)
    \b(?P<which>(?:row|col(?:umn)?|level|matrix)\s+)?labels\b(?P<embedded>\s+embedded\b)?\s*:?
    | \b(?P<key>nr|nc|nm|n)\s*=\s*(?P<number>\d+)
    | \bformat\s*[=:]?\s*(?P<format>[a-z][a-z0-9_]*)
    | \bdiagonal\s*[=:]?\s*(?P<diagonal>present|absent)
    """
)


def _parse_header(header: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Options (``n``, ``nr``, ``nc``, ``nm``, ``format``, ``diagonal``, ``embedded``) and label lists.

    The header is a sequence of keywords in any order, case and line layout: ``N=5``, ``NR= NC=``,
    ``NM=``, ``FORMAT = X``, ``DIAGONAL PRESENT|ABSENT``, ``[ROW |COL[UMN] |LEVEL |MATRIX ]LABELS[:]``
    followed by its labels, ``[ROW |COL ]LABELS EMBEDDED[:]``. A label list runs to the next keyword,
    so ``LABELS:`` then ``LABELS EMBEDDED:`` are two things, not seven labels.
    """
    header = re.sub(r"(?i)^\s*dl\b", "", header)
    options: dict[str, str] = {}
    labels: dict[str, list[str]] = {}
    matches = list(_HEADER_WORD.finditer(header))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(header)
        if match.group("key"):
            options[match.group("key").casefold()] = match.group("number")
        elif match.group("format"):
            options["format"] = match.group("format").casefold()
        elif match.group("diagonal"):
            options["diagonal"] = match.group("diagonal").casefold()
        elif match.group("embedded"):
            options["embedded"] = "yes"
        else:
            which = (match.group("which") or "").strip().casefold()
            which = {"column": "col", "matrix": "level"}.get(which, which)
            labels[which] = [t.strip("\"'") for t in _LABEL_TOKEN.findall(header[match.end() : end])]
    return options, labels


def _number(options: dict[str, str], key: str) -> int:
    return int(options.get(key, "0"))


def _names(labels: list[str], count: int, builder: MapBuilder) -> list[str]:
    if labels and len(labels) != count:
        raise builder.error(None, tr("Errors", "the header gives {0} labels for {1} actors").format(len(labels), count))
    return labels or [str(n) for n in range(1, count + 1)]


def _strip_embedded(tokens: list[tuple[str, int]], rows: int, cols: int, matrices: int) -> list[tuple[str, int]]:
    """Drop the column labels (first line) and row labels (first cell of a row) of a labelled matrix.

    A second matrix (NM=2) may repeat the column labels before its rows, or not: both are read."""
    result: list[tuple[str, int]] = []
    header = [t for t, _ in tokens[:cols]]
    i = cols  # column labels
    for m in range(matrices):
        if m and [t for t, _ in tokens[i : i + cols]] == header:
            i += cols
        for _ in range(rows):
            i += 1  # row label
            result.extend(tokens[i : i + cols])
            i += cols
    return result


class _Mode:
    """The actors of one mode of a list format: numbered 1..count, named by labels, or (labels
    embedded) created as the lines name them; two-mode data gives each mode a category."""

    def __init__(self, builder: MapBuilder, count: int, labels: list[str], embedded: bool, category: str = "") -> None:
        if labels and count and len(labels) != count:
            raise builder.error(
                None, tr("Errors", "the header gives {0} labels for {1} actors").format(len(labels), count)
            )
        self.builder, self.count, self.labels, self.embedded, self.category = builder, count, labels, embedded, category
        self.ids: dict[str, int] = {}
        self.numbers: list[int] = []  # actor id of number k at k - 1
        names = labels if labels else ([] if embedded else [str(n) for n in range(1, count + 1)])
        for name in names:
            actor_id = builder.add_actor(name, Place(line=1), category=category)
            self.ids.setdefault(name, actor_id)
            self.numbers.append(actor_id)

    def actor(self, token: str, place: Place) -> int:
        if token in self.ids and (self.labels or self.embedded):
            return self.ids[token]
        if token.isdigit() and self.numbers and 1 <= int(token) <= len(self.numbers):
            return self.numbers[int(token) - 1]
        if self.embedded:
            self.ids[token] = self.builder.add_actor(token, place, category=self.category)
            return self.ids[token]
        if self.labels:
            raise self.builder.error(place, tr("Errors", "unknown actor {0!r}").format(token[:40]))
        if not token.isdigit():
            raise self.builder.error(place, tr("Errors", "{0!r} is not an actor number").format(token[:20]))
        raise self.builder.error(
            place, tr("Errors", "actor {0} is not among the {1} declared (N={1})").format(int(token), self.count)
        )


def _read_lists(
    builder: MapBuilder,
    data: _Data,
    modes: tuple[_Mode, _Mode],
    kinds: list[str],
    node_list: bool,
) -> None:
    """Edge lists (``from to [weight]``) and node lists (``from to1 to2 ...``), matrices separated by ``!``.

    One-mode lists give directed ties; two-mode lists (EDGELIST2: row actor, column actor) undirected ones.
    """
    sources, targets = modes
    direction = Direction.DIRECTED if sources is targets else Direction.UNDIRECTED
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
        source = sources.actor(tokens[0], place)
        if node_list:
            for token in tokens[1:]:
                builder.add_tie(source, targets.actor(token, place), place, kind=kinds[matrix], direction=direction)
            continue
        target = targets.actor(tokens[1], place)
        weight = tokens[2] if len(tokens) > 2 else None
        try:
            if weight is not None and float(weight) == 0:
                continue  # a zero is no tie
        except ValueError:
            raise builder.error(place, tr("Errors", "the weight {0!r} is not a number")
                                .format(str(weight)[:20])) from None
        builder.add_tie(source, target, place, kind=kinds[matrix], direction=direction, weight=weight)
