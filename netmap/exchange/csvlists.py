"""CSV node lists and edge lists, as Excel, Gephi, Kumu and NetMap write them.

Reading (`read_csv`)
- Encoding: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252. Separator: comma, semicolon
  or tab, whichever the header line uses most (outside quotes).
- A file with from/to columns (``From``/``To``, ``Von``/``Nach``, ``Source``/``Target``, see
  `TIE_COLUMNS`) is an edge list, otherwise a node list; it needs a name column (``Name``, ``Label``,
  ``Akteur`` ...) or an ``Id`` column. Other columns are matched to NetMap's fields by their headers in
  English or German (`ACTOR_COLUMNS`); the rest are kept as custom attributes.
- Node lists: rows with the same id (or, without an id column, the same name, whatever its case,
  spaces or invisible characters: `rules.name_key`) describe the same actor; later non-empty cells
  override earlier ones, except the name: the first spelling stays. Empty rows are skipped. When
  those rows spell the name differently, the result says so (`MapState.merged_spellings`), and so
  does an edge list alone whose rows name one actor in several spellings.
- A node list and an edge list belong together when they are named ``karte.csv`` and
  ``karte_beziehungen.csv`` (or ``karte_ties.csv``): reading either reads both. The edge list then names
  actors by id (the node list's id column) or by name, and an actor not in the node list is an error
  naming row and column. An edge list alone creates its actors from the names it mentions.
- Ties are undirected unless a direction column says otherwise (``directed``/``gerichtet`` ...; Gephi's
  ``Type`` column of Directed/Undirected counts as one).
- A cell that `csv_cell` protected against Excel formulas (a leading apostrophe) is read back unprotected.

Writing (`write_csv`) writes the node list to the given path and the edge list beside it
(``<name>_beziehungen.csv`` in German, ``<name>_ties.csv`` in English), UTF-8 with BOM, separated by
semicolons (German, as Excel expects in Germany) or commas (English). Text that a spreadsheet would run
as a formula gets a leading apostrophe, also after every comma, semicolon, tab or line break inside it:
a reader whose list separator differs from ours splits the cell there (`safety.csv_cell`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

from netmap import rules
from netmap.domain import Direction, MapState
from netmap.exchange.builder import MapBuilder
from netmap.exchange.errors import Place
from netmap.exchange.safety import (
    atomic_write,
    csv_cell,
    csv_uncell,
    decode_text,
    guarded_reader,
    normalised_header,
    read_bytes,
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
    tie_row,
    tie_values,
    used_fields,
)
from netmap.i18n import tr

__all__ = ["companion_paths", "read_csv", "write_csv"]

_TIE_SUFFIXES = {"de": "_beziehungen", "en": "_ties"}


class _Table:
    def __init__(self, path: Path, header: list[str], rows: list[tuple[int, list[str]]]) -> None:
        self.path = path
        self.columns = [(str(i), title.strip() or f"Column {i + 1}") for i, title in enumerate(header)]
        self.records = [(number, {str(i): v for i, v in enumerate(cells)}) for number, cells in rows]

    def is_edge_list(self) -> bool:
        names = {normalised_header(title) for _, title in self.columns}
        ends = {f: TIE_COLUMNS_BY_FIELD[f].aliases for f in ("source", "target", "source_id", "target_id")}
        has = {f for f, aliases in ends.items() if names & aliases}
        return {"source", "target"} <= has or {"source_id", "target_id"} <= has


def companion_paths(path: str | Path) -> tuple[Path | None, Path | None]:
    """(node list, edge list) that belong to `path`, as far as they exist (`path` itself included)."""
    path = Path(path)
    for suffix in _TIE_SUFFIXES.values():
        if path.stem.endswith(suffix):
            nodes = path.with_name(path.stem[: -len(suffix)] + path.suffix)
            return (nodes if nodes.is_file() else None), path
    for suffix in _TIE_SUFFIXES.values():
        ties = path.with_name(path.stem + suffix + path.suffix)
        if ties.is_file():
            return path, ties
    return path, None


@guarded_reader
def read_csv(path: str | Path) -> MapState:
    """Read a CSV node list or edge list (with its companion file, if any) into a `MapState`."""
    path = Path(path)
    table = _read_table(path)
    node_table: _Table | None
    ties_table: _Table | None
    if table.is_edge_list():
        nodes_path, ties_table = None, table
        candidate, _ = companion_paths(path)
        if candidate is not None and candidate != path:
            nodes_path = candidate
        node_table = _read_table(nodes_path) if nodes_path else None
    else:
        _, ties_path = companion_paths(path)
        node_table = table
        ties_table = _read_table(ties_path) if ties_path else None
        if ties_table is not None and not ties_table.is_edge_list():
            raise MapBuilder(ties_path or path).error(
                None, tr("Errors", "this should be an edge list but has no from/to columns")
            )
    builder = MapBuilder(path)
    index = _add_nodes(builder, node_table) if node_table is not None else None
    if ties_table is not None:
        builder.file = ties_table.path.name
        _add_ties(builder, ties_table, index)
    return builder.build()


def _read_table(path: Path) -> _Table:
    text = decode_text(read_bytes(path), path)
    lines = re.split(r"\r\n?|\n", text)
    first = next((line for line in lines if line.strip()), "")
    delimiter = _sniff(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    try:
        for raw in reader:
            number = reader.line_num
            if not any(c.strip() for c in raw):
                continue
            cells = [csv_uncell(c) for c in raw]
            if header is None:
                header = cells
            else:
                rows.append((number, cells))
    except csv.Error as exc:
        raise MapBuilder(path).error(
            Place(row=reader.line_num), tr("Errors", "the CSV is broken ({0})").format(exc)
        ) from None
    if header is None:
        raise MapBuilder(path).error(None, tr("Errors", "the file is empty"))
    return _Table(path, header, rows)


def _sniff(line: str) -> str:
    counts = {d: 0 for d in (",", ";", "\t")}
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _add_nodes(builder: MapBuilder, table: _Table) -> dict[str, int]:
    """Add the actors of a node list; returns the index from ids and names to actor ids."""
    builder.file = table.path.name
    id_col = next((col for col, title in table.columns if normalised_header(title) == "id"), None)
    columns = [(c, t) for c, t in table.columns if c != id_col]
    schema = Schema.detect(columns, [r for _, r in table.records], ACTOR_COLUMNS)
    if id_col is None and not schema.has("name"):
        raise builder.error(
            Place(row=1), tr("Errors", "the node list has no name column (Name, Label, Akteur ...) and no Id column")
        )
    name_col = schema.column_of.get("name")
    merged: dict[str, tuple[int, dict[str, str]]] = {}
    spellings: dict[str, dict[str, None]] = {}
    for number, record in table.records:
        name = record.get(name_col or "", "").strip()
        key = (record.get(id_col, "") if id_col else "").strip() or rules.name_key(name)
        if not key:
            raise builder.error(
                Place(row=number, column=table.columns[0][1]), tr("Errors", "the row has neither a name nor an id")
            )
        if name:
            spellings.setdefault(key, {})[name] = None
        if key in merged:
            earlier = merged[key][1]
            earlier.update({c: v for c, v in record.items() if v.strip() and c != name_col})  # first name stays
        else:
            merged[key] = (number, dict(record))
    index: dict[str, int] = {}
    names: dict[str, list[int]] = {}
    for key, (number, record) in merged.items():
        place = Place(row=number)
        fields, extra = schema.split({c: v for c, v in record.items() if c != id_col})
        name = fields.get("name") or key
        actor_id = builder.add_actor(name, place, extra=extra, **actor_values(fields))
        builder.spellings(actor_id, spellings.get(key, {}))
        if id_col:
            index[f"id:{key}"] = actor_id
        names.setdefault(rules.name_key(builder.actors[-1].name), []).append(actor_id)
    for name, ids in names.items():
        index[f"name:{name}"] = ids[0] if len(ids) == 1 else -1
    return index


def _add_ties(builder: MapBuilder, table: _Table, index: dict[str, int] | None) -> None:
    schema = Schema.detect(table.columns, [r for _, r in table.records], TIE_COLUMNS)
    titles = dict(table.columns)
    by_ids = index is not None and schema.has("source_id") and schema.has("target_id")
    ends = ("source_id", "target_id") if by_ids or not schema.has("source") else ("source", "target")
    created: dict[str, int] = {}
    spellings: dict[int, dict[str, None]] = {}
    for number, record in table.records:
        fields, extra = schema.split(record)
        found = []
        for end in ends:
            column = titles[schema.column_of[end]]
            place = Place(row=number, column=column)
            raw = fields.get(end, "").strip()
            if not raw:
                raise builder.error(place, tr("Errors", "the cell is empty; every tie needs both actors"))
            found.append(_resolve(builder, raw, end.endswith("_id"), index, created, place))
            if index is None:
                spellings.setdefault(found[-1], {})[raw] = None
        builder.add_tie(found[0], found[1], Place(row=number), extra=extra, **tie_values(fields))
    for actor_id, names in spellings.items():
        builder.spellings(actor_id, names)


def _resolve(
    builder: MapBuilder, raw: str, by_id: bool, index: dict[str, int] | None, created: dict[str, int], place: Place
) -> int:
    if index is None:
        key = rules.name_key(raw)
        if key not in created:
            created[key] = builder.add_actor(raw, place)
        return created[key]
    found = index.get(f"id:{raw}")
    if found is None and not by_id:
        found = index.get(f"name:{rules.name_key(raw)}")
    if found == -1:
        raise builder.error(
            place, tr("Errors", "the name {0!r} belongs to several actors; use their ids").format(raw[:60])
        )
    if found is None:
        raise builder.error(place, tr("Errors", "unknown actor {0!r}").format(raw[:60]))
    return found


# ---------------------------------------------------------------------------------------------- writing


def write_csv(
    state: MapState, path: str | Path, *, anonymize: bool = False, language: str = "de", gephi: bool = False
) -> tuple[Path, Path]:
    """Write the node list to `path` and the edge list beside it; returns both paths.

    ``gephi=True``: Gephi's spreadsheet layout instead (`write_gephi`)."""
    if gephi:
        return write_gephi(state, path, anonymize=anonymize)
    path = Path(path)
    lang = "en" if language == "en" else "de"
    ties_path = path.with_name(path.stem + _TIE_SUFFIXES[lang] + path.suffix)
    delimiter = "," if lang == "en" else ";"

    actors = list(state.actors)
    rows = [actor_row(state, a, lang, anonymize=anonymize) for a in actors]
    fields = used_fields(rows, always=("name", "category"))
    extra = extra_titles(actors)
    header = ["ID", *(COLUMNS_BY_FIELD[f].header(lang) for f in fields), *extra]
    numbers: dict[int, int] = {}
    names: dict[int, str] = {}
    body: list[Sequence[str]] = []
    for index, (actor, row) in enumerate(zip(actors, rows, strict=True), start=1):
        if actor.id is not None:
            numbers[actor.id], names[actor.id] = index, actor.name
        values = extra_of(actor)
        body.append([str(index), *(row[f] for f in fields), *(values.get(t, "") for t in extra)])
    _write(path, header, body, delimiter)

    ties = list(state.ties)
    tie_rows = [tie_row(state, t, lang) for t in ties]
    optional = [f for f in ("field", "notes", "colour") if any(r[f] for r in tie_rows)]
    tie_fields = ["kind", "direction", "strength", *optional]
    tie_extra = extra_titles(ties)
    ends = [TIE_COLUMNS_BY_FIELD[f].header(lang) for f in ("source_id", "target_id", "source", "target")]
    header = [*ends, *(TIE_COLUMNS_BY_FIELD[f].header(lang) for f in tie_fields), *tie_extra]
    body = []
    for tie, row in zip(ties, tie_rows, strict=True):
        if tie.source not in numbers or tie.target not in numbers:
            raise ValueError(f"tie {tie.uid} refers to an actor that is not on the map")
        values = extra_of(tie)
        body.append([
            str(numbers[tie.source]), str(numbers[tie.target]), names[tie.source], names[tie.target],
            *(row[f] for f in tie_fields), *(values.get(t, "") for t in tie_extra),
        ])  # fmt: skip
    _write(ties_path, header, body, delimiter)
    return path, ties_path


_GEPHI_TYPES = {Direction.DIRECTED: "Directed", Direction.UNDIRECTED: "Undirected", Direction.MUTUAL: "Undirected"}


def write_gephi(state: MapState, path: str | Path, *, anonymize: bool = False) -> tuple[Path, Path]:
    """The node and edge tables as Gephi's Data Laboratory imports them: nodes ``Id,Label,…`` and
    edges ``Source,Target,Type,Weight,…`` (``<name>_ties.csv`` beside), comma-separated UTF-8
    without a byte order mark (Gephi would read it into the first header), English headers.

    ``Id`` is the actor's stable identity (its uid), not a row number that shifts when an actor is
    deleted: exports of the same map made at different times name each actor alike. Gephi has no
    mutual ties: they are undirected, and the ``Direction`` column keeps NetMap's word. NetMap reads
    the pair back (``Id``, ``Source``/``Target``, ``Weight`` are among the names it knows)."""
    path = Path(path)
    ties_path = path.with_name(path.stem + _TIE_SUFFIXES["en"] + path.suffix)
    actors = list(state.actors)
    rows = [actor_row(state, a, "en", anonymize=anonymize) for a in actors]
    fields = [f for f in used_fields(rows, always=("category",)) if f != "name"]
    extra = extra_titles(actors)
    header = ["Id", "Label", *(COLUMNS_BY_FIELD[f].header("en") for f in fields), *extra]
    uids = {a.id: a.uid for a in actors if a.id is not None}
    body: list[Sequence[str]] = [
        [actor.uid, actor.name, *(row[f] for f in fields), *(extra_of(actor).get(t, "") for t in extra)]
        for actor, row in zip(actors, rows, strict=True)
    ]
    _write(path, header, body, ",", bom=False)

    ties = [t for t in state.ties if t.source in uids and t.target in uids]
    tie_rows = [tie_row(state, t, "en") for t in ties]
    optional = [f for f in ("field", "notes", "colour") if any(r[f] for r in tie_rows)]
    tie_extra = extra_titles(ties)
    header = ["Source", "Target", "Type", "Weight", "Kind", "Direction",
              *(TIE_COLUMNS_BY_FIELD[f].header("en") for f in optional), *tie_extra]
    body = [
        [uids[tie.source], uids[tie.target], _GEPHI_TYPES[tie.direction], str(tie.strength), row["kind"],
         row["direction"], *(row[f] for f in optional), *(extra_of(tie).get(t, "") for t in tie_extra)]
        for tie, row in zip(ties, tie_rows, strict=True)
    ]
    _write(ties_path, header, body, ",", bom=False)
    return path, ties_path


def _write(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]], delimiter: str, *,
           bom: bool = True) -> None:
    with atomic_write(path) as tmp, open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([csv_cell(h) for h in header])
        for row in rows:
            writer.writerow([csv_cell(v) for v in row])

