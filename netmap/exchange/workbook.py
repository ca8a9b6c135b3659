"""The NetMap Excel workbook: written for consultants to read and edit, read back into a map.

Layout (German or English headers and sheet names; the reader accepts both):

- Akteure / Actors: ID (the actor's uid), Name, category, district, fields of action
  ('|'-separated), participation stage, influence, attitude, reached, tags, notes, X, Y, the contact
  person (four columns, absent when anonymised), key actor, dots, then one column per custom
  attribute (``Actor.extra``).
- Beziehungen / Ties: ID (the tie's uid), From, To (names), kind, direction, strength, field, notes,
  From ID, To ID, then custom attributes.
- Kennzahlen / Metrics and Lücken / Gaps from the analysis, Momentaufnahmen / Snapshots,
  Projekt / Project: what the project is about.
- Listen / Lists (hidden): the catalogue labels (with their keys) that feed the drop-down lists.

Every piece of user text is stored as a text cell, never as a formula. Reading is all-or-nothing:
any problem raises an ExchangeError naming file, sheet, row and column.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import QT_TRANSLATE_NOOP

from netmap.catalogues import default_catalogues
from netmap.domain import (
    INFLUENCE_RANGE,
    STRENGTH_RANGE,
    Actor,
    Attitude,
    CatalogueEntry,
    CatalogueKind,
    ContactPerson,
    Direction,
    MapState,
    ProjectInfo,
    SnapshotInfo,
    Source,
    Tie,
    new_uid,
)
from netmap.exchange.errors import ExchangeError
from netmap.provenance import SourceFormatError, format_sources, parse_sources, without_persons
from netmap.exchange.safety import (
    MAX_ACTORS,
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    MAX_TIES,
    atomic_write,
    clean_name,
    clean_text,
    guarded_reader,
    load_workbook,
    set_text_cell,
)
from netmap.i18n import tr

__all__ = ["write_workbook", "read_workbook"]

MAX_COLUMNS = 500
"""Most columns per sheet read_workbook reads."""
MAX_ID = 200
"""Longest ID (uid) accepted in an ID column."""
_LIST_ROWS = 10_000  # most rows of the hidden list sheet

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "#")
_LIST_SEPARATOR = "|"

# --- layout ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    field: str
    en: str
    de: str
    width: int = 14

    def header(self, language: str) -> str:
        return self.en if language == "en" else self.de


_SHEETS: dict[str, tuple[str, str]] = {
    "actors": ("Actors", "Akteure"),
    "ties": ("Ties", "Beziehungen"),
    "metrics": ("Metrics", "Kennzahlen"),
    "gaps": ("Gaps", "Lücken"),
    "snapshots": ("Snapshots", "Momentaufnahmen"),
    "project": ("Project", "Projekt"),
    "lists": ("Lists", "Listen"),
}

_CONTACT_FIELDS = ("contact_name", "contact_role", "contact_email", "contact_phone")

_ACTOR_COLUMNS = [
    _Column("id", "ID", "ID", 34),
    _Column("name", "Name", "Name", 32),
    _Column("category", "Category", "Kategorie", 26),
    _Column("district", "District", "Sozialraum", 18),
    _Column("fields", "Fields of action", "Handlungsfelder", 30),
    _Column("stage", "Participation stage", "Beteiligungsstufe", 18),
    _Column("influence", "Influence", "Einfluss", 10),
    _Column("attitude", "Attitude", "Haltung", 14),
    _Column("reached", "Reached", "Erreicht", 10),
    _Column("tags", "Tags", "Schlagworte", 18),
    _Column("notes", "Notes", "Notizen", 30),
    _Column("x", "X", "X", 9),
    _Column("y", "Y", "Y", 9),
    _Column("contact_name", "Contact name", "Kontaktperson", 22),
    _Column("contact_role", "Contact role", "Kontakt Funktion", 18),
    _Column("contact_email", "Contact e-mail", "Kontakt E-Mail", 26),
    _Column("contact_phone", "Contact phone", "Kontakt Telefon", 18),
    _Column("is_key", "Key actor", "Schlüsselakteur", 14),
    _Column("dots", "Dots", "Punkte", 8),
    _Column("sources", "Sources", "Quellen", 30),  # provenance (netmap.provenance)
]

_TIE_COLUMNS = [
    _Column("id", "ID", "ID", 34),
    _Column("from", "From", "Von", 28),
    _Column("to", "To", "An", 28),
    _Column("kind", "Kind", "Art", 24),
    _Column("direction", "Direction", "Richtung", 14),
    _Column("strength", "Strength", "Stärke", 10),
    _Column("field", "Field of action", "Handlungsfeld", 26),
    _Column("notes", "Notes", "Notizen", 30),
    _Column("from_id", "From ID", "Von-ID", 34),
    _Column("to_id", "To ID", "An-ID", 34),
    _Column("sources", "Sources", "Quellen", 30),
]

_METRIC_COLUMNS = [
    _Column("uid", "ID", "ID", 34),
    _Column("name", "Name", "Name", 32),
    _Column("category", "Category", "Kategorie", 24),
    _Column("degree", "Degree", "Grad (Verbindungen)", 12),
    _Column("betweenness", "Betweenness", "Vermittlung (Betweenness)", 14),
    _Column("closeness", "Closeness", "Nähe (Closeness)", 12),
    _Column("eigenvector", "Eigenvector", "Eigenvektor", 12),
    _Column("pagerank", "PageRank", "PageRank", 12),
    _Column("constraint", "Constraint", "Eingebundenheit (Constraint)", 14),
    _Column("effective_size", "Effective size", "Effektive Größe", 12),
    _Column("community", "Community", "Gruppe (Community)", 12),
    _Column("articulation_point", "Articulation point", "Schnittpunkt", 12),
]

_GAP_COLUMNS = [
    _Column("finding", "Finding", "Befund", 30),
    _Column("subject", "Concerns", "Betrifft", 34),
    _Column("explanation", "Explanation", "Erklärung", 80),
]

_SNAPSHOT_COLUMNS = [
    _Column("label", "Label", "Bezeichnung", 28),
    _Column("date", "Date", "Datum", 12),
    _Column("note", "Note", "Notiz", 50),
]

_PROJECT_COLUMNS = [_Column("field", "Field", "Angabe", 22), _Column("value", "Value", "Wert", 50)]

_PROJECT_FIELDS = [
    _Column("name", "Project", "Projekt"),
    _Column("town", "Town", "Kommune"),
    _Column("topic", "Topic", "Thema"),
    _Column("facilitator", "Facilitator", "Moderation"),
    _Column("workshop_date", "Workshop date", "Workshop-Datum"),
    _Column("language", "Language", "Sprache"),
]

# The hidden list sheet: catalogue lists as (label, key) column pairs, then fixed lists.
_CATALOGUE_LISTS = [
    (CatalogueKind.CATEGORY, "Category", "Kategorie"),
    (CatalogueKind.DISTRICT, "District", "Sozialraum"),
    (CatalogueKind.STAGE, "Participation stage", "Beteiligungsstufe"),
    (CatalogueKind.TIE_KIND, "Kind", "Art"),
    (CatalogueKind.FIELD, "Field of action", "Handlungsfeld"),
]
_KEY_SUFFIX = {"en": " (key)", "de": " (Schlüssel)"}

_ATTITUDES = {
    Attitude.SUPPORTIVE: ("supportive", "unterstützend"),
    Attitude.NEUTRAL: ("neutral", "neutral"),
    Attitude.CRITICAL: ("critical", "kritisch"),
}
_DIRECTIONS = {
    Direction.UNDIRECTED: ("undirected", "ungerichtet"),
    Direction.DIRECTED: ("directed", "gerichtet"),
    Direction.MUTUAL: ("mutual", "wechselseitig"),
}
_YES_NO = {True: ("yes", "ja"), False: ("no", "nein")}
_TRUE_WORDS = {"yes", "ja", "true", "wahr", "1", "x", "y", "j"}
_FALSE_WORDS = {"no", "nein", "false", "falsch", "0", "n", ""}

# Findings of the analysis ("gaps"): title and a one-sentence explanation, and what an item names.
_GAPS: dict[str, tuple[tuple[str, str], tuple[str, str], str]] = {
    "missing_categories": (
        ("Missing actor group", "Fehlende Akteursgruppe"),
        (
            "No actor of this group is on the map: who is missing?",
            "Kein Akteur dieser Gruppe ist auf der Karte: Wer fehlt?",
        ),
        "category",
    ),
    "weak_categories": (
        ("Weakly connected actor group", "Schwach eingebundene Akteursgruppe"),
        (
            "The actors of this group have few ties to the rest of the network.",
            "Die Akteure dieser Gruppe haben wenige Verbindungen zum übrigen Netz.",
        ),
        "category",
    ),
    "isolated_actors": (
        ("Isolated actor", "Isolierter Akteur"),
        (
            "This actor has no tie to anyone else on the map.",
            "Dieser Akteur hat keine Verbindung zu anderen auf der Karte.",
        ),
        "actor",
    ),
    "single_points_of_failure": (
        ("Single point of failure", "Einzelner Knotenpunkt"),
        (
            "If this actor drops out, the network breaks into separate parts.",
            "Fällt dieser Akteur weg, zerfällt das Netz in getrennte Teile.",
        ),
        "actor",
    ),
    "bridges": (
        ("Bridge", "Brücke"),
        (
            "This tie is the only link between two parts of the network.",
            "Diese Beziehung ist die einzige Verbindung zwischen zwei Teilen des Netzes.",
        ),
        "actor",
    ),
    "unreached_actors": (
        ("Not reached", "Nicht erreicht"),
        (
            "This actor has not yet been reached by the strategy process.",
            "Dieser Akteur wurde vom Strategieprozess noch nicht erreicht.",
        ),
        "actor",
    ),
    "missing_districts": (
        ("District without actors", "Sozialraum ohne Akteure"),
        (
            "No actor on the map belongs to this district.",
            "Kein Akteur auf der Karte gehört zu diesem Sozialraum.",
        ),
        "district",
    ),
}

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
) -> None:
    """Write `state` as a NetMap workbook (.xlsx) to `path`.

    Parameters
    ----------
    language : "de" or "en": sheet names, headers and catalogue labels.
    anonymize : leave the contact person columns out entirely.
    analysis : the dict of ``netmap.analysis.report.analyze``; fills the metrics and gaps sheets
        (without it they only carry their header row).
    snapshots : the project's snapshots, listed on their own sheet.

    The file is written beside `path` and then moved into place: a failed export leaves nothing
    half-written behind.
    """
    lang = "en" if language == "en" else "de"
    state = without_persons(state) if anonymize else state
    book = Workbook()
    book.remove(book.active)
    book.properties.creator = "NetMap"
    lists = _ListSheet(book.create_sheet(_SHEETS["lists"][_i(lang)]), state, lang)
    actors = book.create_sheet(_SHEETS["actors"][_i(lang)], 0)
    _write_actors(actors, state, lang, anonymize, lists)
    ties = book.create_sheet(_SHEETS["ties"][_i(lang)], 1)
    _write_ties(ties, state, lang, lists)
    _write_metrics(book.create_sheet(_SHEETS["metrics"][_i(lang)], 2), state, lang, analysis)
    _write_gaps(book.create_sheet(_SHEETS["gaps"][_i(lang)], 3), state, lang, analysis)
    _write_snapshots(book.create_sheet(_SHEETS["snapshots"][_i(lang)], 4), lang, snapshots)
    _write_project(book.create_sheet(_SHEETS["project"][_i(lang)], 5), state.info, lang)
    lists.sheet.sheet_state = "hidden"
    book.active = 0
    with atomic_write(path) as temporary:
        book.save(temporary)


def _i(lang: str) -> int:
    return 0 if lang == "en" else 1


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

    def validate(self, sheet: Worksheet, column: int, name: str, lang: str) -> None:
        """Give `column` of `sheet` (below the header) a drop-down list of `name`."""
        reference = self._ranges.get(name)
        if reference is None:
            return
        validation = DataValidation(type="list", formula1=reference, allow_blank=True)
        validation.showErrorMessage = True
        validation.errorStyle = "stop"
        validation.errorTitle = "NetMap"
        validation.error = {
            "en": "Please choose a value from the list.",
            "de": "Bitte einen Wert aus der Liste wählen.",
        }[lang]
        letter = get_column_letter(column)
        validation.add(f"{letter}2:{letter}1048576")
        sheet.add_data_validation(validation)


def _write_actors(
    sheet: Worksheet, state: MapState, lang: str, anonymize: bool, lists: _ListSheet
) -> None:
    columns = [c for c in _ACTOR_COLUMNS if not (anonymize and c.field in _CONTACT_FIELDS)]
    extras = _extra_keys(state.actors, _ACTOR_COLUMNS)
    _header(sheet, [c.header(lang) for c in columns] + extras)
    for row, actor in enumerate(state.actors, start=2):
        contact = actor.contact or ContactPerson("")
        values: dict[str, object] = {
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
        }
        for column, spec in enumerate(columns, start=1):
            _put(sheet, row, column, values[spec.field])
        for column, key in enumerate(extras, start=len(columns) + 1):
            _put(sheet, row, column, actor.extra.get(key, ""))
    validated = {
        "category": str(CatalogueKind.CATEGORY),
        "district": str(CatalogueKind.DISTRICT),
        "stage": str(CatalogueKind.STAGE),
        "attitude": "attitude",
        "reached": "yes_no",
        "is_key": "yes_no",
    }
    for column, spec in enumerate(columns, start=1):
        if spec.field in validated:
            lists.validate(sheet, column, validated[spec.field], lang)
    _finish(sheet, [c.width for c in columns] + [16] * len(extras))


def _write_ties(sheet: Worksheet, state: MapState, lang: str, lists: _ListSheet) -> None:
    actors = state.actor_by_id()
    # A tie whose actor is not on the map could not be read back: it is left out.
    ties = [t for t in state.ties if t.source in actors and t.target in actors]
    extras = _extra_keys(ties, _TIE_COLUMNS)
    _header(sheet, [c.header(lang) for c in _TIE_COLUMNS] + extras)
    for row, tie in enumerate(ties, start=2):
        source, target = actors[tie.source], actors[tie.target]
        values: dict[str, object] = {
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
        }
        for column, spec in enumerate(_TIE_COLUMNS, start=1):
            _put(sheet, row, column, values[spec.field])
        for column, key in enumerate(extras, start=len(_TIE_COLUMNS) + 1):
            _put(sheet, row, column, tie.extra.get(key, ""))
    validated = {
        "kind": str(CatalogueKind.TIE_KIND),
        "direction": "direction",
        "strength": "strength",
        "field": str(CatalogueKind.FIELD),
    }
    for column, spec in enumerate(_TIE_COLUMNS, start=1):
        if spec.field in validated:
            lists.validate(sheet, column, validated[spec.field], lang)
    _finish(sheet, [c.width for c in _TIE_COLUMNS] + [16] * len(extras))


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


def _write_project(sheet: Worksheet, info: ProjectInfo, lang: str) -> None:
    _header(sheet, [c.header(lang) for c in _PROJECT_COLUMNS])
    for row, spec in enumerate(_PROJECT_FIELDS, start=2):
        _put(sheet, row, 1, spec.header(lang))
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


# --- reading --------------------------------------------------------------------------------------


@guarded_reader
def read_workbook(path: str | os.PathLike[str], *, base: MapState | None = None) -> MapState:
    """Read a NetMap workbook (German or English) back into a map.

    Labels are mapped back to catalogue keys with `base`'s catalogues (or the default ones), in
    either language and in any case; labels that the hidden list sheet declares with a key the
    catalogue lacks become new catalogue entries (a town's districts, say). Actors and ties keep the
    uid of their ID column; rows without an ID are new (a fresh uid). Ties find their actors by
    From ID / To ID first, then by name.

    Ids: an actor whose uid is in `base` keeps that actor's id, every other actor gets a new id above
    all of `base`'s; ties refer to these ids and keep `base`'s tie id when their uid matches (else
    None). Project information missing from the workbook comes from `base`. Clusters are not part
    of the workbook: the result has none. An anonymised workbook has no contact columns: its actors
    come back without a contact person.

    Raises ExchangeError naming file, sheet, row and column for any problem (unknown labels,
    numbers out of range, missing names, ties to unknown actors, duplicate IDs, formulas, oversized
    or zip-bomb files); nothing is returned half-read.
    """
    return _Reader(Path(path), base).read()


class _Reader:
    def __init__(self, path: Path, base: MapState | None) -> None:
        self.path = path
        self.base = base
        catalogues = base.catalogues if base is not None else default_catalogues()
        self.catalogues: dict[CatalogueKind, list[CatalogueEntry]] = {
            kind: list(catalogues.get(kind, [])) for kind in CatalogueKind
        }
        self.lang = "de"
        self.lookup: dict[CatalogueKind, dict[str, str]] = {}

    def fail(
        self, message: str, sheet: str | None = None, row: int | None = None, column: str | None = None
    ) -> ExchangeError:
        return ExchangeError(message, file=self.path, sheet=sheet, row=row, column=column)

    def read(self) -> MapState:
        book = load_workbook(self.path)  # checks size and zip directory (bombs) first
        try:
            return self._read_book(book)
        finally:
            book.close()

    def _read_book(self, book: Any) -> MapState:
        sheets = {name.casefold().strip(): name for name in book.sheetnames}

        def find(kind: str) -> str | None:
            en, de = _SHEETS[kind]
            return sheets.get(en.casefold()) or sheets.get(de.casefold())

        actors_name = find("actors")
        if actors_name is None:
            raise self.fail(tr("Errors", "no actor sheet: a NetMap workbook has a sheet 'Akteure' (or 'Actors')"))
        self.lang = "en" if actors_name.casefold() == "actors" else "de"
        lists_name = find("lists")
        self._build_lookup(book[lists_name] if lists_name else None, lists_name)
        actors = self._read_actors(book[actors_name], actors_name)
        ties_name = find("ties")
        ties = self._read_ties(book[ties_name], ties_name, actors) if ties_name else []
        project_name = find("project")
        info = self.base.info if self.base is not None else ProjectInfo()
        if project_name:
            info = self._read_project(book[project_name], project_name, info)
        return MapState(info=info, catalogues=self.catalogues, actors=actors, ties=ties, clusters=[])

    # rows -----------------------------------------------------------------------------------------

    def _rows(
        self, sheet: Any, name: str, limit: int, header: _Header | None = None
    ) -> Iterator[tuple[int, list[Any]]]:
        """(row number, cells) of every non-empty row; refuses formulas and oversized sheets.

        `header`, once filled from the first row, lends its names to the columns of errors."""
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # a file's declared dimension may be wrong: read every row
        for number, row in enumerate(sheet.iter_rows(), start=1):
            if number > limit + 1:
                raise self.fail(tr("Errors", "the sheet has more than {0:,} rows").format(limit), name, number)
            if len(row) > MAX_COLUMNS:
                raise self.fail(tr("Errors", "the row has more than {0} columns").format(MAX_COLUMNS), name, number)
            cells = list(row)
            for index, cell in enumerate(cells):
                if getattr(cell, "data_type", None) == "f":
                    letter = get_column_letter(index + 1)
                    raise self.fail(
                        tr("Errors", "cell {0}{1} holds a formula ({2}); NetMap does "
                                     "not import formulas: replace them by their values (copy, paste values)").format(
                            letter, number, _text(cell.value)[:60]
                        ),
                        name,
                        number,
                        header.column(index) if header is not None else letter,
                    )
            if any(_present(c.value) for c in cells):
                yield number, cells

    def _table(
        self, sheet: Any, name: str, columns: Sequence[_Column], limit: int
    ) -> tuple[_Header, Iterator[tuple[int, list[Any]]]]:
        """The header row of a sheet and an iterator over the rows below it."""
        header = _Header()
        rows = self._rows(sheet, name, limit, header)
        first = next(rows, None)
        if first is None or first[0] != 1:
            raise self.fail(tr("Errors", "the header row is missing"), name, 1)
        known = {c.en.casefold(): c.field for c in columns} | {c.de.casefold(): c.field for c in columns}
        seen: set[str] = set()
        for index, cell in enumerate(first[1]):
            if not _present(cell.value):
                continue
            text = clean_name(_text(cell.value))
            header.names[index] = text
            if text.casefold() in seen:
                raise self.fail(
                    tr("Errors", "the header {0!r} appears twice").format(text), name, 1, header.column(index)
                )
            seen.add(text.casefold())
            field = known.get(text.casefold())
            if field is not None:
                header.fields[field] = index
            else:
                header.extras[index] = text
        return header, rows

    # catalogue labels -----------------------------------------------------------------------------

    def _build_lookup(self, sheet: Any, name: str | None) -> None:
        """Label -> key per catalogue: keys, then labels in either language (the workbook's win)."""
        for kind in CatalogueKind:
            table: dict[str, str] = {}
            entries = self.catalogues[kind]
            for entry in entries:
                table.setdefault(entry.key.casefold(), entry.key)
            for entry in entries:
                other = entry.label_de if self.lang == "en" else entry.label_en
                table[clean_name(other).casefold()] = entry.key
            for entry in entries:
                table[clean_name(entry.label(self.lang)).casefold()] = entry.key
            self.lookup[kind] = table
        if sheet is None or name is None:
            return
        headers: dict[str, int] = {}
        for number, cells in self._rows(sheet, name, _LIST_ROWS):
            if number == 1:
                headers = {
                    clean_name(_text(c.value)).casefold(): i for i, c in enumerate(cells) if _present(c.value)
                }
                continue
            for kind, en, de in _CATALOGUE_LISTS:
                self._list_entry(kind, (en, de), headers, cells, name, number)

    def _list_entry(
        self,
        kind: CatalogueKind,
        titles: tuple[str, str],
        headers: Mapping[str, int],
        cells: Sequence[Any],
        sheet: str,
        row: int,
    ) -> None:
        """A (label, key) pair of the list sheet: a new label of a known key, or a new entry."""
        for title, suffix in zip(titles, (_KEY_SUFFIX["en"], _KEY_SUFFIX["de"]), strict=True):
            label_at = headers.get(title.casefold())
            key_at = headers.get((title + suffix).casefold())
            if label_at is None or key_at is None:
                continue
            label = clean_name(_text(cells[label_at].value)) if label_at < len(cells) else ""
            key = clean_name(_text(cells[key_at].value)) if key_at < len(cells) else ""
            if not label or not key:
                return
            if len(label) > MAX_NAME_LENGTH or len(key) > MAX_ID:
                raise self.fail(tr("Errors", "the list entry is too long"), sheet, row, get_column_letter(label_at + 1))
            table = self.lookup[kind]
            if label.casefold() not in table:
                if not any(e.key == key for e in self.catalogues[kind]):
                    rank = len(self.catalogues[kind])
                    self.catalogues[kind].append(CatalogueEntry(key, label, label, rank=rank))
                table[label.casefold()] = key
            return

    # actors ---------------------------------------------------------------------------------------

    def _read_actors(self, sheet: Any, name: str) -> list[Actor]:
        header, rows = self._table(sheet, name, _ACTOR_COLUMNS, MAX_ACTORS)
        if "name" not in header.fields:
            raise self.fail(tr("Errors", "the column 'Name' is missing"), name, 1)
        base_ids = {a.uid: a.id for a in self.base.actors} if self.base is not None else {}
        next_id = max([i for i in base_ids.values() if i is not None] + [0]) + 1
        actors: list[Actor] = []
        uids: dict[str, int] = {}
        for number, cells in rows:
            cell = _CellReader(self, name, number, cells, header)
            uid = self._uid(cell, uids)
            contact = None
            if any(cell.line(f) for f in _CONTACT_FIELDS):
                contact = ContactPerson(*(cell.line(f) for f in _CONTACT_FIELDS))
            actor_id = base_ids.get(uid)
            if actor_id is None:
                actor_id, next_id = next_id, next_id + 1
            actors.append(
                Actor(
                    name=cell.name("name"),
                    category=cell.key("category", CatalogueKind.CATEGORY),
                    district=cell.key("district", CatalogueKind.DISTRICT),
                    fields=cell.keys("fields", CatalogueKind.FIELD),
                    stage=cell.key("stage", CatalogueKind.STAGE),
                    influence=cell.integer("influence", INFLUENCE_RANGE, 0),
                    attitude=cell.choice("attitude", _ATTITUDES, Attitude.NEUTRAL),
                    reached=cell.yes_no("reached"),
                    notes=cell.text("notes"),
                    tags=cell.tags("tags"),
                    x=cell.number("x"),
                    y=cell.number("y"),
                    contact=contact,
                    dots=cell.integer("dots", range(0, 1_000_000), 0),
                    is_key=cell.yes_no("is_key"),
                    extra=cell.extras(),
                    sources=cell.sources("sources"),
                    id=actor_id,
                    uid=uid,
                )
            )
        return actors

    def _uid(self, cell: _CellReader, seen: dict[str, int]) -> str:
        uid = cell.identifier("id")
        if uid and uid in seen:
            raise cell.error(
                "id", tr("Errors", "the ID {0!r} appears twice (rows {1} and {2})").format(uid, seen[uid], cell.row)
            )
        uid = uid or new_uid()
        seen[uid] = cell.row
        return uid

    # ties -----------------------------------------------------------------------------------------

    def _read_ties(self, sheet: Any, name: str, actors: list[Actor]) -> list[Tie]:
        header, rows = self._table(sheet, name, _TIE_COLUMNS, MAX_TIES)
        for end in ("from", "to"):
            if end not in header.fields and f"{end}_id" not in header.fields:
                title = next(c for c in _TIE_COLUMNS if c.field == end).header(self.lang)
                raise self.fail(tr("Errors", "the column {0!r} is missing").format(title), name, 1)
        by_uid = {a.uid: a for a in actors}
        by_name: dict[str, list[Actor]] = {}
        for actor in actors:
            by_name.setdefault(actor.name.casefold(), []).append(actor)
        base_ids = {t.uid: t.id for t in self.base.ties} if self.base is not None else {}
        ties: list[Tie] = []
        uids: dict[str, int] = {}
        for number, cells in rows:
            cell = _CellReader(self, name, number, cells, header)
            uid = self._uid(cell, uids)
            source, target = (self._end(cell, end, by_uid, by_name) for end in ("from", "to"))
            ties.append(
                Tie(
                    source=source.id,  # type: ignore[arg-type]  # every read actor has an id
                    target=target.id,  # type: ignore[arg-type]
                    kind=cell.key("kind", CatalogueKind.TIE_KIND),
                    direction=cell.choice("direction", _DIRECTIONS, Direction.UNDIRECTED),
                    strength=cell.integer("strength", STRENGTH_RANGE, 1),
                    field=cell.key("field", CatalogueKind.FIELD),
                    notes=cell.text("notes"),
                    extra=cell.extras(),
                    sources=cell.sources("sources"),
                    id=base_ids.get(uid),
                    uid=uid,
                )
            )
        return ties

    def _end(
        self,
        cell: _CellReader,
        end: str,
        by_uid: Mapping[str, Actor],
        by_name: Mapping[str, list[Actor]],
    ) -> Actor:
        id_field = f"{end}_id"
        uid = cell.identifier(id_field)
        if uid:
            actor = by_uid.get(uid)
            if actor is None:
                raise cell.error(id_field, tr("Errors", "the tie refers to an unknown actor ID {0!r}").format(uid))
            return actor
        name = cell.line(end)
        if not name:
            raise cell.error(end, tr("Errors", "the tie names no actor here (neither a name nor an ID)"))
        found = by_name.get(name.casefold(), [])
        if not found:
            raise cell.error(end, tr("Errors", "the tie refers to an unknown actor {0!r}").format(name))
        if len(found) > 1:
            raise cell.error(
                end, tr("Errors", "{0} actors are called {1!r}: give the tie the actor's ID").format(len(found), name)
            )
        return found[0]

    # project --------------------------------------------------------------------------------------

    def _read_project(self, sheet: Any, name: str, info: ProjectInfo) -> ProjectInfo:
        known = {c.en.casefold(): c.field for c in _PROJECT_FIELDS} | {
            c.de.casefold(): c.field for c in _PROJECT_FIELDS
        }
        header = _Header()
        header.names = {1: _PROJECT_COLUMNS[1].header(self.lang)}
        changes: dict[str, object] = {}
        for number, cells in self._rows(sheet, name, 1000):
            field = known.get(clean_name(_text(cells[0].value)).casefold()) if number > 1 else None
            if field is None:
                continue
            header.fields = {field: 1}
            cell = _CellReader(self, name, number, cells, header)
            if field == "workshop_date":
                changes[field] = cell.date(field)
            elif field == "language":
                language = cell.line(field).lower() or "de"
                if language not in ("de", "en"):
                    raise cell.error(
                        field, tr("Errors", "the language must be 'de' or 'en', not {0!r}").format(language)
                    )
                changes[field] = language
            else:
                changes[field] = cell.line(field)
        return info.with_changes(**changes)


class _Header:
    """What the header row of a sheet says: known fields and custom attributes by column index."""

    def __init__(self) -> None:
        self.fields: dict[str, int] = {}
        self.extras: dict[int, str] = {}
        self.names: dict[int, str] = {}

    def column(self, index: int | None) -> str | None:
        """How an error names a column: its letter and its header, e.g. ``C (Kategorie)``."""
        if index is None:
            return None
        letter = get_column_letter(index + 1)
        name = self.names.get(index)
        return f"{letter} ({name})" if name else letter


class _CellReader:
    """Typed access to the cells of one row; every failure names sheet, row and column."""

    def __init__(
        self, reader: _Reader, sheet: str, row: int, cells: Sequence[Any], header: _Header
    ) -> None:
        self.reader, self.sheet, self.row, self.cells, self.header = reader, sheet, row, cells, header

    def error(self, field: str, message: str) -> ExchangeError:
        column = self.header.column(self.header.fields.get(field))
        return self.reader.fail(message, self.sheet, self.row, column)

    def raw(self, field: str) -> Any:
        index = self.header.fields.get(field)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index].value

    def sources(self, field: str) -> tuple[Source, ...]:
        """Provenance as `netmap.provenance.format_sources` writes it."""
        try:
            return parse_sources(self.text(field))
        except SourceFormatError as exc:
            raise self.error(field, str(exc)) from None

    def text(self, field: str) -> str:
        """Multi-line text (notes)."""
        value = self.raw(field)
        text = clean_text(_text(value)) if _present(value) else ""
        if len(text) > MAX_TEXT_LENGTH:
            raise self.error(field, tr("Errors", "the text is longer than {0:,} characters").format(MAX_TEXT_LENGTH))
        return text

    def line(self, field: str) -> str:
        """One-line text (names, labels, contact details), trimmed."""
        value = self.raw(field)
        text = clean_name(_text(value)) if _present(value) else ""
        if len(text) > MAX_NAME_LENGTH:
            raise self.error(field, tr("Errors", "the text is longer than {0} characters").format(MAX_NAME_LENGTH))
        return text

    def name(self, field: str) -> str:
        text = self.line(field)
        if not text:
            raise self.error(field, tr("Errors", "the name is missing"))
        return text

    def identifier(self, field: str) -> str:
        text = self.line(field)
        if len(text) > MAX_ID:
            raise self.error(field, tr("Errors", "the ID is longer than {0} characters").format(MAX_ID))
        return text

    def key(self, field: str, kind: CatalogueKind) -> str:
        label = self.line(field)
        return self._key(field, kind, label) if label else ""

    def keys(self, field: str, kind: CatalogueKind) -> tuple[str, ...]:
        labels = (part.strip() for part in self.line(field).split(_LIST_SEPARATOR))
        return tuple(dict.fromkeys(self._key(field, kind, label) for label in labels if label))

    def _key(self, field: str, kind: CatalogueKind, label: str) -> str:
        key = self.reader.lookup[kind].get(label.casefold())
        if key is None:
            raise self.error(field, tr("Errors", "{0!r} is not in the list of {1}").format(label, tr("Errors", _KIND_NAMES[kind])))
        return key

    def tags(self, field: str) -> tuple[str, ...]:
        parts = (part.strip() for part in self.line(field).split(_LIST_SEPARATOR))
        return tuple(dict.fromkeys(part for part in parts if part))

    def integer(self, field: str, allowed: range, default: int) -> int:
        value = self.raw(field)
        if not _present(value):
            return default
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        elif isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d{1,9}(?:[.,]0*)?\s*", value):
            number = int(re.split(r"[.,]", value.strip())[0])
        if number is None or number not in allowed:
            raise self.error(
                field,
                tr("Errors", "{0!r} is not a whole number from {1} to {2}").format(
                    _text(value), allowed.start, allowed.stop - 1
                ),
            )
        return number

    def number(self, field: str) -> float:
        value = self.raw(field)
        if not _present(value):
            return 0.0
        number: float | None = None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = float(value)
        elif isinstance(value, str) and len(value) < 40:
            try:
                number = float(value.strip().replace(",", "."))
            except ValueError:
                number = None
        if number is None or not math.isfinite(number):
            raise self.error(field, tr("Errors", "{0!r} is not a number").format(_text(value)))
        return number

    def yes_no(self, field: str) -> bool:
        value = self.raw(field)
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)) and value in (0, 1):
            return bool(value)
        word = self.line(field).casefold()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise self.error(field, tr("Errors", "{0!r} is neither yes nor no").format(word))

    def choice(self, field: str, labels: Mapping[Any, tuple[str, str]], default: Any) -> Any:
        word = self.line(field)
        if not word:
            return default
        for member, names in labels.items():
            if word.casefold() in (str(member).casefold(), names[0].casefold(), names[1].casefold()):
                return member
        allowed = ", ".join(names[_i(self.reader.lang)] for names in labels.values())
        raise self.error(field, tr("Errors", "{0!r} is not one of: {1}").format(word, allowed))

    def date(self, field: str) -> date | None:
        value = self.raw(field)
        if not _present(value):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = self.line(field)
        for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise self.error(field, tr("Errors", "{0!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)").format(text))

    def extras(self) -> dict[str, str]:
        """Custom attributes: every other column with a header and a value in this row."""
        found: dict[str, str] = {}
        for index, name in self.header.extras.items():
            value = self.cells[index].value if index < len(self.cells) else None
            if _present(value):
                text = clean_text(_text(value))
                if len(text) > MAX_TEXT_LENGTH:
                    raise self.reader.fail(
                        tr("Errors", "the text is longer than {0:,} characters").format(MAX_TEXT_LENGTH),
                        self.sheet,
                        self.row,
                        self.header.column(index),
                    )
                found[name] = text
        return found


_KIND_NAMES: dict[CatalogueKind, str] = {  # translated when a message is made
    CatalogueKind.CATEGORY: QT_TRANSLATE_NOOP("Errors", "categories (Kategorien)"),
    CatalogueKind.DISTRICT: QT_TRANSLATE_NOOP("Errors", "districts (Sozialräume)"),
    CatalogueKind.STAGE: QT_TRANSLATE_NOOP("Errors", "participation stages (Beteiligungsstufen)"),
    CatalogueKind.TIE_KIND: QT_TRANSLATE_NOOP("Errors", "tie kinds (Beziehungsarten)"),
    CatalogueKind.FIELD: QT_TRANSLATE_NOOP("Errors", "fields of action (Handlungsfelder)"),
}


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    """A cell value as text: whole numbers without '.0', dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
