"""Writing the NetMap workbook: the data sheets a consultant edits, and the sheets around them.

Every piece of user text is stored as a text cell, never as a formula (`_put`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from netmap.analysis.actor_figures import FIGURES, ActorFigures
from netmap.analysis.result import AnalysisReport
from netmap.domain import (
    STRENGTH_RANGE,
    Actor,
    Attitude,
    CatalogueKind,
    ContactPerson,
    Direction,
    MapState,
    ProjectInfo,
    SnapshotInfo,
    Tie,
)
from netmap.exchange.safety import MAX_TEXT_LENGTH, atomic_write, set_text_cell
from netmap.exchange.workbook.comparison import write_comparison
from netmap.exchange.workbook.cover import write_cover, write_matrix
from netmap.exchange.workbook.findings import findings
from netmap.exchange.workbook.guide import write_guide
from netmap.exchange.workbook.styling import (
    add_table,
    attitude_colours,
    data_bars,
    print_area,
    print_setup,
    wrap_columns,
)
from netmap.exchange.workbook.vocabulary import (
    _ACTOR_COLUMNS,
    _ACTOR_PRINTED,
    _ACTOR_TAIL,
    _ATTITUDES,
    _CATALOGUE_LISTS,
    _CONTACT_FIELDS,
    _DIRECTIONS,
    _FORMULA_START,
    _GAP_COLUMNS,
    _KEY_SUFFIX,
    _LIST_SEPARATOR,
    _METRIC_COLUMNS,
    _METRIC_LABELS,
    _PROJECT_COLUMNS,
    _PROJECT_FIELDS,
    _SHEETS,
    _SNAPSHOT_COLUMNS,
    _TIE_COLUMNS,
    _TIE_PRINTED,
    _TIE_TAIL,
    _YES_NO,
    _Column,
    _i,
)
from netmap.provenance import format_sources, without_persons

__all__ = ["write_workbook"]

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")

# --- writing --------------------------------------------------------------------------------------


def write_workbook(
    state: MapState,
    path: str | os.PathLike[str],
    *,
    language: str = "de",
    anonymize: bool = False,
    analysis: AnalysisReport | None = None,
    snapshots: Sequence[SnapshotInfo] = (),
    origin: SnapshotInfo | None = None,
    compare_with: MapState | None = None,
) -> None:
    """Write `state` as a NetMap workbook (.xlsx) to `path`.

    Parameters
    ----------
    language : "de" or "en": sheet names, headers and catalogue labels.
    anonymize : leave the contact person columns out entirely.
    analysis : the report of ``netmap.analysis.report.analyze``; fills the metrics and gaps sheets
        (without it they only carry their header row).
    snapshots : the project's snapshots, listed on their own sheet.
    origin : the snapshot `state` is, if it is one: the project sheet says so, and an import of the
        workbook applies only what was edited in it (see `netmap.transfer`).
    compare_with : an earlier state: a comparison sheet says what changed since.

    The file is written beside `path` and then moved into place: a failed export leaves nothing
    half-written behind.
    """
    lang = "en" if language == "en" else "de"
    state = without_persons(state) if anonymize else state  # a person named as a source is personal data
    book = Workbook()
    book.remove(book.active)
    book.properties.creator = "NetMap"

    def sheet(kind: str) -> Worksheet:
        return book.create_sheet(_SHEETS[kind][_i(lang)])

    found = findings(state, analysis, lang)
    cover = sheet("cover")
    write_cover(cover, state, analysis, found, lang, origin, _put)
    actors, ties = sheet("actors"), sheet("ties")
    lists = _ListSheet(book.create_sheet(_SHEETS["lists"][_i(lang)]), state, lang)
    actor_layout = _write_actors(actors, state, lang, anonymize, lists)
    title = actors.title.replace("'", "''")
    lists.add_range("names", f"'{title}'!$A$2:$A${len(state.actors) + 1000}")
    tie_layout = _write_ties(ties, state, lang, lists)
    write_matrix(sheet("matrix"), state, lang, _put, _header_cell)
    metrics = sheet("metrics")
    _write_metrics(metrics, state, lang, analysis)
    _write_gaps(sheet("gaps"), state, lang, analysis)
    if compare_with is not None:
        write_comparison(sheet("comparison"), compare_with, state, lang, _put, _header)
    _write_snapshots(sheet("snapshots"), lang, snapshots)
    _write_project(sheet("project"), state.info, lang, origin, anonymize)
    write_guide(sheet("guide"), lang, _put)
    book.move_sheet(lists.sheet, offset=len(book.sheetnames) - 1 - book.sheetnames.index(lists.sheet.title))
    _dress(actors, actor_layout, "NetMapActors", lang, _ACTOR_PRINTED)
    _dress(ties, tie_layout, "NetMapTies", lang, _TIE_PRINTED)
    _dress_metrics(metrics, lang)
    lists.sheet.sheet_state = "hidden"
    today = date.today()
    for each in book.worksheets:
        if each is not lists.sheet:
            print_setup(each, state.info, lang, today)
    book.active = 0
    with atomic_write(path) as temporary:
        book.save(temporary)


def _dress_metrics(sheet: Worksheet, lang: str) -> None:
    """The metrics as a table with bars on the main figures; on paper up to the k-core (brokerage
    roles, district, stage and ID are on screen only)."""
    headers = [c.value for c in sheet[1]]
    add_table(sheet, "NetMapMetrics", sheet.max_column, sheet.max_row)
    data_bars(sheet, list(range(3, min(7, len(headers) + 1))), sheet.max_row)
    core = next((c for c in _METRIC_COLUMNS if c.field == "k_core"), None)
    last = headers.index(core.header(lang)) + 1 if core is not None and core.header(lang) in headers else len(headers)
    print_area(sheet, last, sheet.max_row)
    wrap_columns(sheet, [1, 2], sheet.max_row)
    wrap_columns(sheet, list(range(3, len(headers) + 1)), 1)  # the header row of the narrow columns


def _dress(sheet: Worksheet, layout: Sequence[_Column | str], name: str, lang: str, printed: str) -> None:
    """An actor or tie sheet as an Excel table, text wrapped, actors coloured by attitude; on paper
    the columns up to `printed`."""
    fields = [c.field if isinstance(c, _Column) else "" for c in layout]
    add_table(sheet, name, len(layout), sheet.max_row)
    last = fields.index(printed) + 1 if printed in fields else len(fields)
    print_area(sheet, last, sheet.max_row)
    wrap_columns(sheet, list(range(1, last + 1)), sheet.max_row)
    if "attitude" in fields:
        attitude_colours(sheet, fields.index("attitude") + 1, sheet.max_row, len(layout), lang)
    if "influence" in fields:
        data_bars(sheet, [fields.index("influence") + 1], sheet.max_row)


class _ListSheet:
    """The hidden sheet of drop-down lists: each catalogue as a (label, key) column pair, so the
    reader can also learn entries the project's catalogue lacks, then the fixed lists."""

    def __init__(self, sheet: Worksheet, state: MapState, lang: str) -> None:
        self.sheet = sheet
        self._ranges: dict[str, str] = {}
        column = 1
        for kind, en, de in _CATALOGUE_LISTS:
            entries = state.catalogue(kind)
            label = en if lang == "en" else de
            self._column(column, label, [e.label(lang) for e in entries], str(kind))
            self._column(column + 1, label + _KEY_SUFFIX[lang], [e.key for e in entries], None)
            column += 2
        fixed: list[tuple[str, tuple[str, str], Sequence[object]]] = [
            ("attitude", ("Attitude", "Haltung"), [v[_i(lang)] for v in _ATTITUDES.values()]),
            ("direction", ("Direction", "Richtung"), [v[_i(lang)] for v in _DIRECTIONS.values()]),
            ("yes_no", ("Yes/no", "Ja/nein"), [v[_i(lang)] for v in _YES_NO.values()]),
            ("strength", ("Strength", "Stärke"), list(STRENGTH_RANGE)),
        ]
        for name, headers, values in fixed:
            self._column(column, headers[_i(lang)], values, name)
            column += 1

    def _column(self, column: int, header: str, values: Sequence[object], name: str | None) -> None:
        _header_cell(self.sheet, 1, column, header)
        for row, value in enumerate(values, start=2):
            _put(self.sheet, row, column, value)
        letter = get_column_letter(column)
        self.sheet.column_dimensions[letter].width = 30
        if name is not None and values:
            title = self.sheet.title.replace("'", "''")
            self._ranges[name] = f"'{title}'!${letter}$2:${letter}${len(values) + 1}"

    def add_range(self, name: str, reference: str) -> None:
        """A list kept elsewhere in the workbook (the actor names for From/To)."""
        self._ranges[name] = reference

    def validate(self, sheet: Worksheet, column: int, name: str, lang: str) -> None:
        """Give `column` of `sheet` (below the header) a drop-down list of `name`.

        Names only warn: an actor typed into From/To may be added on the actor sheet afterwards."""
        reference = self._ranges.get(name)
        if reference is None:
            return
        validation = DataValidation(type="list", formula1=reference, allow_blank=True)
        validation.showErrorMessage = True
        validation.errorStyle = "warning" if name == "names" else "stop"
        validation.errorTitle = "NetMap"
        validation.error = {
            "en": "This name is not on the actor sheet." if name == "names" else "Please choose a value from the list.",
            "de": "Dieser Name steht nicht auf dem Blatt Akteure." if name == "names"
            else "Bitte einen Wert aus der Liste wählen.",
        }[lang]
        letter = get_column_letter(column)
        validation.add(f"{letter}2:{letter}1048576")
        sheet.add_data_validation(validation)


def _layout(columns: Sequence[_Column], tail: Sequence[str], extras: Sequence[str]) -> list[_Column | str]:
    """The columns of a data sheet: the known ones, the custom attributes, then the IDs."""
    head: list[_Column | str] = [c for c in columns if c.field not in tail]
    return head + list(extras) + [c for c in columns if c.field in tail]


def _write_table(sheet: Worksheet, layout: Sequence[_Column | str], lang: str,
                 rows: Iterable[tuple[Mapping[str, object], Mapping[str, str]]]) -> None:
    """Header and rows of a data sheet; a row is (known field -> value, custom attributes)."""
    _header(sheet, [c.header(lang) if isinstance(c, _Column) else c for c in layout])
    for number, (values, extra) in enumerate(rows, start=2):
        for column, spec in enumerate(layout, start=1):
            value = values[spec.field] if isinstance(spec, _Column) else extra.get(spec, "")
            _put(sheet, number, column, value)


def _validate(sheet: Worksheet, layout: Sequence[_Column | str], lists: _ListSheet, lang: str,
              validated: Mapping[str, str]) -> None:
    for column, spec in enumerate(layout, start=1):
        if isinstance(spec, _Column) and spec.field in validated:
            lists.validate(sheet, column, validated[spec.field], lang)


def _widths(layout: Sequence[_Column | str]) -> list[int]:
    return [c.width if isinstance(c, _Column) else 16 for c in layout]


def _write_actors(
    sheet: Worksheet, state: MapState, lang: str, anonymize: bool, lists: _ListSheet
) -> list[_Column | str]:
    columns = [c for c in _ACTOR_COLUMNS if not (anonymize and c.field in _CONTACT_FIELDS)]
    layout = _layout(columns, _ACTOR_TAIL, _extra_keys(state.actors, _ACTOR_COLUMNS))
    clusters: dict[int | None, list[str]] = {}
    for cluster in state.clusters:
        for member in cluster.members:
            clusters.setdefault(member, []).append(cluster.name)

    def rows() -> Iterator[tuple[dict[str, object], dict[str, str]]]:
        for actor in state.actors:
            contact = actor.contact or ContactPerson("")
            yield {
                "id": actor.uid,
                "name": actor.name,
                "category": _label(state, CatalogueKind.CATEGORY, actor.category, lang),
                "district": _label(state, CatalogueKind.DISTRICT, actor.district, lang),
                "fields": _LIST_SEPARATOR.join(
                    _label(state, CatalogueKind.FIELD, f, lang) for f in actor.fields
                ),
                "stage": _label(state, CatalogueKind.STAGE, actor.stage, lang),
                "influence": actor.influence,
                "attitude": _ATTITUDES.get(actor.attitude, _ATTITUDES[Attitude.NEUTRAL])[_i(lang)],
                "reached": _YES_NO[bool(actor.reached)][_i(lang)],
                "clusters": _LIST_SEPARATOR.join(clusters.get(actor.id, [])),
                "tags": _LIST_SEPARATOR.join(actor.tags),
                "notes": actor.notes,
                "x": _finite(actor.x),
                "y": _finite(actor.y),
                "contact_name": contact.name,
                "contact_role": contact.role,
                "contact_email": contact.email,
                "contact_phone": contact.phone,
                "is_key": _YES_NO[bool(actor.is_key)][_i(lang)],
                "dots": actor.dots,
                "sources": format_sources(actor.sources),
            }, actor.extra

    _write_table(sheet, layout, lang, rows())
    _validate(sheet, layout, lists, lang, {
        "category": str(CatalogueKind.CATEGORY),
        "district": str(CatalogueKind.DISTRICT),
        "stage": str(CatalogueKind.STAGE),
        "attitude": "attitude",
        "reached": "yes_no",
        "is_key": "yes_no",
    })
    _finish(sheet, _widths(layout))
    return layout


def _write_ties(sheet: Worksheet, state: MapState, lang: str, lists: _ListSheet) -> list[_Column | str]:
    actors = state.actor_by_id()
    # A tie whose actor is not on the map could not be read back: it is left out.
    ties = [t for t in state.ties if t.source in actors and t.target in actors]
    layout = _layout(_TIE_COLUMNS, _TIE_TAIL, _extra_keys(ties, _TIE_COLUMNS))

    def rows() -> Iterator[tuple[dict[str, object], dict[str, str]]]:
        for tie in ties:
            source, target = actors[tie.source], actors[tie.target]
            yield {
                "id": tie.uid,
                "from": source.name,
                "to": target.name,
                "kind": _label(state, CatalogueKind.TIE_KIND, tie.kind, lang),
                "direction": _DIRECTIONS.get(tie.direction, _DIRECTIONS[Direction.UNDIRECTED])[_i(lang)],
                "strength": tie.strength,
                "field": _label(state, CatalogueKind.FIELD, tie.field, lang),
                "notes": tie.notes,
                "from_id": source.uid,
                "to_id": target.uid,
                "sources": format_sources(tie.sources),
            }, tie.extra

    _write_table(sheet, layout, lang, rows())
    _validate(sheet, layout, lists, lang, {
        "from": "names",
        "to": "names",
        "kind": str(CatalogueKind.TIE_KIND),
        "direction": "direction",
        "strength": "strength",
        "field": str(CatalogueKind.FIELD),
    })
    _finish(sheet, _widths(layout))
    return layout


def _write_metrics(sheet: Worksheet, state: MapState, lang: str, analysis: AnalysisReport | None) -> None:
    """One row per actor, figures as numbers, keys as labels; a column nobody has a value for
    (incoming ties of an undirected network) is left out."""
    actors = analysis.actors if analysis is not None else ()
    rows = [[_METRIC_VALUES[c.field](a) for c in _METRIC_COLUMNS] for a in actors]
    shown = [i for i, c in enumerate(_METRIC_COLUMNS) if c.field in ("name", "category")
             or any(r[i] not in (None, "") for r in rows)]
    _header(sheet, [_METRIC_COLUMNS[i].header(lang) for i in shown])
    for number, row in enumerate(rows, start=2):
        for column, i in enumerate(shown, start=1):
            value = row[i]
            field = _METRIC_COLUMNS[i].field
            if field in _METRIC_LABELS and isinstance(value, str):
                value = _label(state, _METRIC_LABELS[field], value, lang)
            cell = _put(sheet, number, column, _plain(value, lang))
            if isinstance(value, float):
                cell.number_format = "0.000"
    _finish(sheet, [_METRIC_COLUMNS[i].width for i in shown])


_METRIC_VALUES: dict[str, Callable[[ActorFigures], object]] = {
    **FIGURES,  # the numbers as they are
    "name": lambda a: a.name,
    "category": lambda a: a.category,
    "community": lambda a: None if a.community is None else a.community + 1,  # groups counted from 1 for people
    "articulation_point": lambda a: a.articulation_point,
    "brokerage.coordinator": lambda a: a.brokerage.coordinator,
    "brokerage.itinerant": lambda a: a.brokerage.itinerant,
    "brokerage.representative": lambda a: a.brokerage.representative,
    "brokerage.gatekeeper": lambda a: a.brokerage.gatekeeper,
    "brokerage.liaison": lambda a: a.brokerage.liaison,
    "brokerage.total": lambda a: a.brokerage.total,
    "district": lambda a: a.district,
    "stage": lambda a: a.stage,
    "uid": lambda a: a.uid,
}
"""The value of each column of the metrics sheet (vocabulary._METRIC_COLUMNS) for one actor."""


def _write_gaps(sheet: Worksheet, state: MapState, lang: str, analysis: AnalysisReport | None) -> None:
    _header(sheet, [c.header(lang) for c in _GAP_COLUMNS])
    for row, found in enumerate(findings(state, analysis, lang), start=2):
        for column, value in enumerate((found.title, found.subject, found.explanation, found.details), start=1):
            _put(sheet, row, column, value)
    _finish(sheet, [c.width for c in _GAP_COLUMNS])
    wrap_columns(sheet, list(range(1, len(_GAP_COLUMNS) + 1)), sheet.max_row)


def _write_snapshots(sheet: Worksheet, lang: str, snapshots: Sequence[SnapshotInfo]) -> None:
    _header(sheet, [c.header(lang) for c in _SNAPSHOT_COLUMNS])
    for row, snapshot in enumerate(snapshots, start=2):
        _put(sheet, row, 1, snapshot.label)
        _put(sheet, row, 2, snapshot.taken_on).number_format = "yyyy-mm-dd"
        _put(sheet, row, 3, snapshot.note)
    _finish(sheet, [c.width for c in _SNAPSHOT_COLUMNS])


def _write_project(sheet: Worksheet, info: ProjectInfo, lang: str, origin: SnapshotInfo | None,
                   anonymize: bool) -> None:
    _header(sheet, [c.header(lang) for c in _PROJECT_COLUMNS])
    # The facilitator is a person: an anonymised workbook leaves the row out.
    fields = [f for f in _PROJECT_FIELDS if not (anonymize and f.field == "facilitator")]
    for row, spec in enumerate(fields, start=2):
        _put(sheet, row, 1, spec.header(lang))
        if spec.field == "snapshot":
            value: object = origin.label if origin is not None else ""
        else:
            value = getattr(info, spec.field)
        cell = _put(sheet, row, 2, value if value is not None else "")
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
    _finish(sheet, [c.width for c in _PROJECT_COLUMNS], filter_=False)


# --- cells ----------------------------------------------------------------------------------------


def _put(sheet: Worksheet, row: int, column: int, value: object) -> Any:
    """Write one cell; text always stays text (never a formula), with Excel's quote prefix when it
    looks like one so that editing it in Excel keeps it text too."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        set_text_cell(cell, value[:MAX_TEXT_LENGTH])
        if value.startswith(_FORMULA_START):
            cell.quotePrefix = True
    elif isinstance(value, bool) or value is None:
        cell.value = value
    elif isinstance(value, (int, float, date, datetime)):
        cell.value = value
    else:
        return _put(sheet, row, column, str(value))
    return cell


def _header_cell(sheet: Worksheet, row: int, column: int, text: str) -> None:
    cell = _put(sheet, row, column, text)
    cell.font = _HEADER_FONT
    cell.fill = _HEADER_FILL


def _header(sheet: Worksheet, headers: Sequence[str]) -> None:
    for column, text in enumerate(headers, start=1):
        _header_cell(sheet, 1, column, text)


def _finish(sheet: Worksheet, widths: Sequence[int], *, filter_: bool = True) -> None:
    sheet.freeze_panes = "A2"
    if filter_ and widths:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{max(sheet.max_row, 1)}"
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _label(state: MapState, kind: CatalogueKind, key: str, lang: str) -> str:
    if not key:
        return ""
    for entry in state.catalogue(kind):
        if entry.key == key:
            return entry.label(lang)
    return key


def _extra_keys(items: Iterable[Actor] | Iterable[Tie], columns: Sequence[_Column]) -> list[str]:
    """Custom attribute names in first-seen order, except those that would clash with a header."""
    taken = {c.en.casefold() for c in columns} | {c.de.casefold() for c in columns}
    keys: dict[str, None] = {}
    for item in items:
        for key in item.extra:
            if key.strip() and key.casefold().strip() not in taken:
                keys.setdefault(key, None)
    return list(keys)


def _plain(value: object, lang: str) -> object:
    """A cell value for an analysis figure: numbers stay numbers, the rest becomes text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _YES_NO[value][_i(lang)]
    if isinstance(value, (int, float)):
        return value if math.isfinite(value) else ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return _LIST_SEPARATOR.join(str(_plain(v, lang)) for v in value)
    return str(value)


def _finite(value: float) -> float:
    return value if isinstance(value, (int, float)) and math.isfinite(value) else 0.0

