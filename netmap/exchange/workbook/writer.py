"""Writing the NetMap workbook: the data sheets a consultant edits, and the sheets around them.

Every piece of user text is stored as a text cell, never as a formula (`_put`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

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
from netmap.exchange.workbook.vocabulary import (
    _ACTOR_COLUMNS,
    _ACTOR_TAIL,
    _ATTITUDES,
    _CATALOGUE_LISTS,
    _CONTACT_FIELDS,
    _DIRECTIONS,
    _FORMULA_START,
    _GAP_COLUMNS,
    _GAPS,
    _KEY_SUFFIX,
    _LIST_SEPARATOR,
    _METRIC_COLUMNS,
    _PROJECT_COLUMNS,
    _PROJECT_FIELDS,
    _SHEETS,
    _SNAPSHOT_COLUMNS,
    _TIE_COLUMNS,
    _TIE_TAIL,
    _YES_NO,
    _Column,
    _i,
)

__all__ = ["write_workbook"]

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_WRAP = Alignment(wrap_text=True, vertical="top")

# --- writing --------------------------------------------------------------------------------------


def write_workbook(
    state: MapState,
    path: str | os.PathLike[str],
    *,
    language: str = "de",
    anonymize: bool = False,
    analysis: dict[str, Any] | None = None,
    snapshots: Sequence[SnapshotInfo] = (),
    origin: SnapshotInfo | None = None,
) -> None:
    """Write `state` as a NetMap workbook (.xlsx) to `path`.

    Parameters
    ----------
    language : "de" or "en": sheet names, headers and catalogue labels.
    anonymize : leave the contact person columns out entirely.
    analysis : the dict of ``netmap.analysis.report.analyze``; fills the metrics and gaps sheets
        (without it they only carry their header row).
    snapshots : the project's snapshots, listed on their own sheet.
    origin : the snapshot `state` is, if it is one: the project sheet says so, and an import of the
        workbook applies only what was edited in it (see `netmap.transfer`).

    The file is written beside `path` and then moved into place: a failed export leaves nothing
    half-written behind.
    """
    lang = "en" if language == "en" else "de"
    book = Workbook()
    book.remove(book.active)
    book.properties.creator = "NetMap"
    lists = _ListSheet(book.create_sheet(_SHEETS["lists"][_i(lang)]), state, lang)
    actors = book.create_sheet(_SHEETS["actors"][_i(lang)], 0)
    _write_actors(actors, state, lang, anonymize, lists)
    title = actors.title.replace("'", "''")
    lists.add_range("names", f"'{title}'!$A$2:$A${len(state.actors) + 1000}")
    ties = book.create_sheet(_SHEETS["ties"][_i(lang)], 1)
    _write_ties(ties, state, lang, lists)
    _write_metrics(book.create_sheet(_SHEETS["metrics"][_i(lang)], 2), state, lang, analysis)
    _write_gaps(book.create_sheet(_SHEETS["gaps"][_i(lang)], 3), state, lang, analysis)
    _write_snapshots(book.create_sheet(_SHEETS["snapshots"][_i(lang)], 4), lang, snapshots)
    _write_project(book.create_sheet(_SHEETS["project"][_i(lang)], 5), state.info, lang, origin, anonymize)
    lists.sheet.sheet_state = "hidden"
    book.active = 0
    with atomic_write(path) as temporary:
        book.save(temporary)


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
        fixed = [
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


def _write_metrics(
    sheet: Worksheet, state: MapState, lang: str, analysis: Mapping[str, Any] | None
) -> None:
    rows = [r for r in (analysis or {}).get("actors") or [] if isinstance(r, Mapping)]
    known = {c.field for c in _METRIC_COLUMNS}
    columns = [c for c in _METRIC_COLUMNS if c.field != "uid" or any("uid" in r for r in rows)]
    for row in rows:
        for key, value in row.items():
            if key not in known and key != "id" and _is_scalar(value):
                known.add(key)
                columns.append(_Column(key, key, key, 14))
    _header(sheet, [c.header(lang) for c in columns])
    by_uid = {a.uid: a for a in state.actors}
    for number, row in enumerate(rows, start=2):
        for column, spec in enumerate(columns, start=1):
            value = row.get(spec.field)
            if spec.field == "category" and isinstance(value, str):
                value = _label(state, CatalogueKind.CATEGORY, value, lang)
            elif spec.field == "name" and value is None and row.get("uid") in by_uid:
                value = by_uid[row["uid"]].name
            cell = _put(sheet, number, column, _plain(value, lang))
            if isinstance(value, float):
                cell.number_format = "0.000"
    _finish(sheet, [c.width for c in columns])


def _write_gaps(
    sheet: Worksheet, state: MapState, lang: str, analysis: Mapping[str, Any] | None
) -> None:
    _header(sheet, [c.header(lang) for c in _GAP_COLUMNS])
    row = 2
    for finding, subject, explanation in _gap_rows(state, lang, (analysis or {}).get("gaps")):
        for column, value in enumerate((finding, subject, explanation), start=1):
            _put(sheet, row, column, value).alignment = _WRAP
        row += 1
    _finish(sheet, [c.width for c in _GAP_COLUMNS])


def _gap_rows(state: MapState, lang: str, gaps: object) -> Iterator[tuple[str, str, str]]:
    """One (finding, subject, explanation) per item of every finding of the analysis."""
    if not isinstance(gaps, Mapping):
        return
    names = state.actor_by_id()
    for key, value in gaps.items():
        titles, explanations, subject_kind = _GAPS.get(
            str(key),
            (
                (str(key).replace("_", " ").capitalize(),) * 2,
                ("A finding of the network analysis.", "Ein Befund der Netzwerkanalyse."),
                "",
            ),
        )
        title, explanation = titles[_i(lang)], explanations[_i(lang)]
        if isinstance(value, Mapping):
            items: Iterable[object] = [f"{_subject(state, names, k, subject_kind, lang)}: {_plain(v, lang)}"
                                       for k, v in value.items()]
        elif isinstance(value, (list, tuple, set, frozenset)):
            items = value
        elif value is None or value is False or value == 0:
            continue
        else:
            items = [value]
        for item in items:
            yield title, _subject(state, names, item, subject_kind, lang), explanation


def _subject(
    state: MapState, names: Mapping[int, Actor], item: object, kind: str, lang: str
) -> str:
    if isinstance(item, Mapping):
        for field in ("name", "label", "actor", "category", "district"):
            if item.get(field) not in (None, ""):
                main = _subject(state, names, item[field], "category" if field == "category" else kind, lang)
                details = [
                    f"{k}: {_plain(v, lang)}"
                    for k, v in item.items()
                    if k not in (field, "id", "uid") and _is_scalar(v)
                ]
                return main + (f" ({', '.join(details)})" if details else "")
        return ", ".join(f"{k}: {_plain(v, lang)}" for k, v in item.items())
    if isinstance(item, (list, tuple)):
        return " – ".join(_subject(state, names, part, kind, lang) for part in item)
    if isinstance(item, int) and not isinstance(item, bool) and kind == "actor" and item in names:
        return names[item].name
    if isinstance(item, str) and kind == "category":
        return _label(state, CatalogueKind.CATEGORY, item, lang)
    if isinstance(item, str) and kind == "district":
        return _label(state, CatalogueKind.DISTRICT, item, lang)
    return str(_plain(item, lang))


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


def _is_scalar(value: object) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _finite(value: float) -> float:
    return value if isinstance(value, (int, float)) and math.isfinite(value) else 0.0

