"""Kumu's spreadsheet layout (kumu.io), both ways: sheets ``Elements`` and ``Connections``.

Reading (`read_kumu`)
- Elements: ``Label`` is the name, ``Type`` the category, ``Description`` the notes, ``Tags`` the tags
  (``|``-separated); NetMap's own columns are recognised by their English or German headers
  (`ACTOR_COLUMNS`), every other column is kept as a custom attribute under its header, ``|`` lists as
  they are. Rows with the same ``ID`` (or, without an ID column, the same Label and Type) are one element,
  as in Kumu; later non-empty cells override earlier ones.
- Connections: ``From`` and ``To`` name elements by ID or Label (a cell may list several, separated by
  ``|``: one tie to each), ``Type`` is the tie kind, ``Direction`` directed/undirected/mutual (Kumu's
  default is directed), ``Strength`` the strength (see `parse_strength`: numbers outside 1-3 are
  clamped and the original kept in ``extra["weight"]``; weak/medium/strong also work), ``Description``
  the notes; other columns are custom attributes.
- With an Elements sheet, a connection naming an unknown element is an error naming the cell; a workbook
  with only a Connections sheet creates its elements from the names, as Kumu does.
- Sheets with "(ignore)" in their name are ignored, as in Kumu. A cell holding a formula is refused
  (see `netmap.exchange.safety`); the workbook is checked for zip bombs before it is opened.

Writing (`write_kumu`) writes the same layout; every text is stored as text (a name such as
``=HYPERLINK(...)`` stays a string, never a formula), influence, dots, positions and strength as
numbers. An ``ID`` column is added only when two actors
share a name. Custom attributes become columns again, so a Kumu workbook read and written comes back
with the same elements, connections, types, tags, descriptions and custom columns.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

from netmap.domain import Direction, MapState
from netmap.exchange.builder import MapBuilder
from netmap.exchange.errors import Place
from netmap.exchange.safety import atomic_write, guarded_reader, load_workbook, normalised_header, set_text_cell
from netmap.exchange.schema import (
    ACTOR_COLUMNS,
    COLUMNS_BY_FIELD,
    TIE_COLUMNS,
    TIE_COLUMNS_BY_FIELD,
    Schema,
    actor_row,
    actor_values,
    direction_word,
    extra_of,
    extra_titles,
    format_number,
    tie_row,
    tie_values,
    used_fields,
)
from netmap.i18n import tr

__all__ = ["read_kumu", "write_kumu"]


def _number(text: str) -> int | float | None:
    """A figure NetMap wrote as text, back as a number; None for anything else (a file's weight)."""
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() and abs(number) < 1e15 else number

_Rows = list[tuple[int, dict[str, str]]]
MAX_COLUMNS = 1000
"""Most columns a sheet may have; a cell far to the right would make every row that wide."""


@guarded_reader
def read_kumu(path: str | Path) -> MapState:
    """Read a Kumu workbook (sheets Elements and/or Connections) into a `MapState`."""
    builder = MapBuilder(path)
    workbook = load_workbook(path, read_only=True)
    try:
        sheets = {ws.title.casefold(): ws for ws in workbook.worksheets if "(ignore)" not in ws.title.casefold()}
        elements = sheets.get("elements")
        connections = sheets.get("connections")
        if elements is None and connections is None:
            raise builder.error(
                None, tr("Errors", "the workbook has neither an Elements nor a Connections sheet (Kumu's layout)")
            )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about parts it drops (data validation ...)
            element_table = _read_sheet(elements, builder) if elements is not None else None
            connection_table = _read_sheet(connections, builder) if connections is not None else None
    finally:
        workbook.close()
    index = _add_elements(builder, *element_table) if element_table is not None else None
    if connection_table is not None:
        _add_connections(builder, *connection_table, index)
    return builder.build()


def _read_sheet(ws: Any, builder: MapBuilder) -> tuple[str, list[tuple[str, str]], _Rows]:
    """(sheet title, columns as (id, header), rows as (row number, column id -> text))."""
    header: list[str] | None = None
    rows: _Rows = []
    ws.reset_dimensions()  # never trust the sheet's declared size (it may claim a million columns)
    for number, cells in enumerate(ws.iter_rows(), start=1):
        if len(cells) > MAX_COLUMNS:
            raise builder.error(
                Place(sheet=ws.title, row=number),
                tr("Errors", "the row has more than {0:,} columns").format(MAX_COLUMNS),
            )
        values = []
        for position, cell in enumerate(cells):
            column = header[position] if header and position < len(header) else _letter(position)
            values.append(_cell_text(cell, builder, Place(sheet=ws.title, row=number, column=column)))
        if header is None:
            header = [v.strip() or _letter(i) for i, v in enumerate(values)]
            continue
        if any(v.strip() for v in values):
            rows.append((number, {str(i): v for i, v in enumerate(values) if i < len(header)}))
    columns = [(str(i), title) for i, title in enumerate(header or [])]
    return ws.title, columns, rows


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _cell_text(cell: Any, builder: MapBuilder, place: Place) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if getattr(cell, "data_type", None) == "f" or not isinstance(value, (str, int, float, bool, dt.date, dt.time)):
        shown = str(getattr(value, "text", value))[:60]
        raise builder.error(
            place,
            tr("Errors", "the cell holds a formula ({0}); NetMap imports values only: replace the formulas by their "
                         "values in Excel (copy, paste values) and import again").format(shown),
        )
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return value


def _add_elements(builder: MapBuilder, sheet: str, columns: list[tuple[str, str]], rows: _Rows) -> dict[str, list[int]]:
    id_col = next((c for c, t in columns if normalised_header(t) == "id"), None)
    schema = Schema.detect([(c, t) for c, t in columns if c != id_col], [r for _, r in rows], ACTOR_COLUMNS)
    if not schema.has("name"):
        raise builder.error(Place(sheet=sheet, row=1), tr("Errors", "the Elements sheet has no Label column"))
    name_col = schema.column_of["name"]
    type_col = schema.column_of.get("category")
    merged: dict[tuple[str, ...], tuple[int, dict[str, str]]] = {}
    for number, record in rows:
        label = record.get(name_col, "").strip()
        ident = record.get(id_col, "").strip() if id_col else ""
        if not label and not ident:
            raise builder.error(
                Place(sheet=sheet, row=number, column=columns[0][1]), tr("Errors", "the element has no label")
            )
        kind = record.get(type_col, "").strip() if type_col else ""
        key: tuple[str, ...] = ("id", ident) if ident else ("label", label, kind)
        if key in merged:
            merged[key][1].update({c: v for c, v in record.items() if v.strip()})
        else:
            merged[key] = (number, dict(record))
    index: dict[str, list[int]] = {}
    for key, (number, record) in merged.items():
        fields, extra = schema.split({c: v for c, v in record.items() if c != id_col})
        place = Place(sheet=sheet, row=number)
        actor_id = builder.add_actor(fields.get("name") or key[1], place, extra=extra, **actor_values(fields))
        if key[0] == "id":
            index.setdefault(f"id:{key[1]}", []).append(actor_id)
        index.setdefault(f"label:{builder.actors[-1].name.casefold()}", []).append(actor_id)
    return index


def _add_connections(
    builder: MapBuilder, sheet: str, columns: list[tuple[str, str]], rows: _Rows, index: dict[str, list[int]] | None
) -> None:
    schema = Schema.detect(columns, [r for _, r in rows], TIE_COLUMNS, skip=("source_id", "target_id"))
    titles = dict(columns)
    for end in ("source", "target"):
        if not schema.has(end):
            word = "From" if end == "source" else "To"
            raise builder.error(
                Place(sheet=sheet, row=1), tr("Errors", "the Connections sheet has no {0} column").format(word)
            )
    created: dict[str, int] = {}
    for number, record in rows:
        fields, extra = schema.split(record)
        ends: list[list[int]] = []
        for end in ("source", "target"):
            place = Place(sheet=sheet, row=number, column=titles[schema.column_of[end]])
            names = [n.strip() for n in fields.get(end, "").split("|") if n.strip()]
            if not names:
                raise builder.error(place, tr("Errors", "the cell is empty; every connection needs both elements"))
            ends.append([_element(builder, name, index, created, place) for name in names])
        values = tie_values(fields)
        values.setdefault("direction", Direction.DIRECTED)
        for source in ends[0]:
            for target in ends[1]:
                builder.add_tie(source, target, Place(sheet=sheet, row=number), extra=dict(extra), **values)


def _element(
    builder: MapBuilder, name: str, index: dict[str, list[int]] | None, created: dict[str, int], place: Place
) -> int:
    if index is None:
        key = name.casefold()
        if key not in created:
            created[key] = builder.add_actor(name, place)
        return created[key]
    found = index.get(f"id:{name}") or index.get(f"label:{name.casefold()}")
    if not found:
        raise builder.error(place, tr("Errors", "unknown element {0!r} (not on the Elements sheet)").format(name[:60]))
    if len(found) > 1:
        raise builder.error(place, tr("Errors", "several elements are called {0!r}; give them IDs").format(name[:60]))
    return found[0]


# ---------------------------------------------------------------------------------------------- writing

_KUMU_ACTOR = {"name": "Label", "category": "Type", "notes": "Description", "tags": "Tags"}
_KUMU_TIE = {"kind": "Type", "direction": "Direction", "strength": "Strength", "notes": "Description"}


def write_kumu(state: MapState, path: str | Path, *, anonymize: bool = False, language: str = "de") -> None:
    """Write `state` in Kumu's layout (sheets Elements and Connections); texts always stay texts."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    lang = "en" if language == "en" else "de"
    actors = list(state.actors)
    rows = [actor_row(state, a, lang, anonymize=anonymize) for a in actors]
    fields = used_fields(rows, always=("name", "category", "notes", "tags"))
    fields = [*_KUMU_ACTOR, *(f for f in fields if f not in _KUMU_ACTOR)]
    extra = extra_titles(actors)
    folded = [a.name.casefold() for a in actors]
    with_ids = len(set(folded)) != len(folded)
    refs: dict[int, str] = {}
    for index, actor in enumerate(actors, start=1):
        if actor.id is not None:
            refs[actor.id] = str(index) if with_ids else actor.name

    workbook = Workbook()
    elements = workbook.active
    elements.title = "Elements"
    id_column = ["ID"] if with_ids else []
    header = [*id_column, *(_KUMU_ACTOR.get(f) or COLUMNS_BY_FIELD[f].header(lang) for f in fields), *extra]
    body = []
    for index, (actor, row) in enumerate(zip(actors, rows, strict=True), start=1):
        values = extra_of(actor)
        ident = [str(index)] if with_ids else []
        body.append([*ident, *(row[f] for f in fields), *(values.get(t, "") for t in extra)])
    _fill(elements, header, body, Font(bold=True), _numeric(fields, ("influence", "dots", "x", "y"), len(id_column)))

    ties = list(state.ties)
    tie_rows = [tie_row(state, t, lang) for t in ties]
    for tie, row in zip(ties, tie_rows, strict=True):
        row["direction"] = direction_word(tie.direction, "en")  # Kumu knows only the English words
    tie_fields = [*_KUMU_TIE, *(f for f in ("field", "colour") if any(r[f] for r in tie_rows))]
    tie_extra = extra_titles(ties)
    connections = workbook.create_sheet("Connections")
    header = ["From", "To", *(_KUMU_TIE.get(f) or TIE_COLUMNS_BY_FIELD[f].header(lang) for f in tie_fields), *tie_extra]
    body = []
    for tie, row in zip(ties, tie_rows, strict=True):
        if tie.source not in refs or tie.target not in refs:
            raise ValueError(f"tie {tie.uid} refers to an actor that is not on the map")
        values = extra_of(tie)
        ends = [refs[tie.source], refs[tie.target]]
        body.append([*ends, *(row[f] for f in tie_fields), *(values.get(t, "") for t in tie_extra)])
    _fill(connections, header, body, Font(bold=True), _numeric(tie_fields, ("strength",), 2))
    with atomic_write(path) as tmp:
        workbook.save(tmp)


def _numeric(fields: list[str], numeric: tuple[str, ...], before: int) -> set[int]:
    """The (1-based) columns of `fields` that hold numbers, after `before` leading columns."""
    return {before + i for i, f in enumerate(fields, start=1) if f in numeric}


def _fill(ws: Any, header: list[str], rows: Iterable[list[str]], bold: Any,
          numbers: Collection[int] = frozenset()) -> None:
    """Header and rows; cells of the `numbers` columns as numbers (Kumu sizes and scales by them),
    every other cell as text."""
    for column, title in enumerate(header, start=1):
        cell = ws.cell(row=1, column=column)
        set_text_cell(cell, title)
        cell.font = bold
    for r, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            if not value:
                continue
            cell = ws.cell(row=r, column=column)
            number = _number(value) if column in numbers else None
            if number is None:
                set_text_cell(cell, value)
            else:
                cell.value = number
    ws.freeze_panes = "A2"
