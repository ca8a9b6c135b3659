"""Reading a NetMap workbook back into a map, all or nothing.

Any problem raises an ExchangeError naming file, sheet, row and column. The cells are read with the
workbook's own checks (`cells`: labels of the catalogues, numbers in range, sorted columns); the
actors and ties are then made by the same `MapBuilder` as every other reader makes them, so its
guards (names, texts, attribute names, counts, tie ends) hold here too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from netmap.catalogues import default_catalogues
from netmap.domain import (
    INFLUENCE_RANGE,
    STRENGTH_RANGE,
    Actor,
    Attitude,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    Direction,
    MapState,
    ProjectInfo,
    Tie,
    new_uid,
)
from netmap.exchange.builder import MapBuilder
from netmap.exchange.errors import ExchangeError, Place
from netmap.exchange.safety import (
    MAX_ACTORS,
    MAX_NAME_LENGTH,
    MAX_TIES,
    clean_name,
    guarded_reader,
    load_workbook,
    normalised_header,
)
from netmap.exchange.vocabulary import ATTITUDES, DIRECTIONS
from netmap.exchange.workbook.cells import _CellReader, _present, _text
from netmap.exchange.workbook.checks import check_names_not_shuffled, check_new_rows
from netmap.exchange.workbook.headers import _Header, known_headers, missing_columns
from netmap.exchange.workbook.vocabulary import (
    _ACTOR_COLUMNS,
    _ATTITUDES,
    _CATALOGUE_LISTS,
    _CONTACT_FIELDS,
    _DIRECTIONS,
    _KEY_SUFFIX,
    _LIST_ROWS,
    _OPTIONAL_FIELDS,
    _PROJECT_COLUMNS,
    _PROJECT_FIELDS,
    _SHEETS,
    _TIE_COLUMNS,
    MAX_COLUMNS,
    MAX_ID,
    _Column,
)
from netmap.i18n import tr
from netmap.rules import WORKSHOP_STEPS

__all__ = ["WorkbookRead", "read_workbook", "read_workbook_fully"]

# --- reading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkbookRead:
    """A workbook as read, and what it holds: an import applies exactly these attributes."""

    state: MapState
    actor_fields: frozenset[str]
    """The actor attributes (`Actor`'s field names) the actor sheet has a column for."""
    tie_fields: frozenset[str]
    """The tie attributes (`Tie`'s field names) the tie sheet has a column for."""
    has_clusters: bool
    origin: str
    """The label of the snapshot the workbook was exported from; empty for the live map."""


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
    None). Project information missing from the workbook comes from `base`. Clusters come from the
    actor sheet's cluster column (a cluster `base` knows by name keeps its identity and colour). An
    anonymised workbook has no contact columns: its actors come back without a contact person.

    Raises ExchangeError naming file, sheet, row and column for any problem (unknown labels,
    numbers out of range, missing names, ties to unknown actors, duplicate IDs, formulas, oversized
    or zip-bomb files); nothing is returned half-read.
    """
    return read_workbook_fully(path, base=base).state


@guarded_reader
def read_workbook_fully(path: str | os.PathLike[str], *, base: MapState | None = None) -> WorkbookRead:
    """`read_workbook`, with what the workbook holds (its columns) and where it came from."""
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
        self.actor_fields: frozenset[str] = frozenset()
        self.tie_fields: frozenset[str] = frozenset()
        self.cluster_members: dict[str, tuple[str, list[int]]] = {}
        self.origin = ""
        self.builder = MapBuilder(path)  # made again once the list sheet has added its entries

    def fail(
        self, message: str, sheet: str | None = None, row: int | None = None, column: str | None = None
    ) -> ExchangeError:
        return ExchangeError(message, file=self.path, sheet=sheet, row=row, column=column)

    def read(self) -> WorkbookRead:
        book = load_workbook(self.path)  # checks size and zip directory (bombs) first
        try:
            return self._read_book(book)
        finally:
            book.close()

    def _read_book(self, book: Any) -> WorkbookRead:
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
        self.builder = MapBuilder(self.path, self.catalogues)
        actors = self._read_actors(book[actors_name], actors_name)
        ties_name = find("ties")
        ties = self._read_ties(book[ties_name], ties_name, actors) if ties_name else []
        project_name = find("project")
        info = self.base.info if self.base is not None else ProjectInfo()
        if project_name:
            info = self._read_project(book[project_name], project_name, info)
        state = MapState(info=info, catalogues=self.builder.catalogues, actors=actors, ties=ties,
                         clusters=self._clusters())
        return WorkbookRead(state, _attributes(self.actor_fields, _ACTOR_ATTRIBUTES),
                            _attributes(self.tie_fields, _TIE_ATTRIBUTES), "clusters" in self.actor_fields,
                            self.origin)

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
        """The header row of a sheet and an iterator over the rows below it.

        Refuses a sheet that lacks a known column (renamed to something NetMap does not know, or
        deleted) when the sheet was written by NetMap (it has its ID column): reading on would clear
        that attribute of every row. A value below an empty header cell is refused as well."""
        header = _Header()
        rows = self._rows(sheet, name, limit, header)
        first = next(rows, None)
        if first is None or first[0] != 1:
            raise self.fail(tr("Errors", "the header row is missing"), name, 1)
        known = known_headers(columns)
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
            field = known.get(normalised_header(text))
            if field is not None and field not in header.fields:
                header.fields[field] = index
            else:
                header.extras[index] = text
        missing = missing_columns(header, columns)
        if missing and "id" in header.fields:
            expected = ", ".join(c.header(self.lang) for c in columns if c.field not in _OPTIONAL_FIELDS)
            unknown = ", ".join(repr(t) for t in header.extras.values())
            message = tr("Errors", "the column {0} is missing (renamed or deleted?); this sheet needs the "
                                   "columns {1}").format(", ".join(repr(c.header(self.lang)) for c in missing),
                                                         expected)
            if unknown:
                message += tr("Errors", "; columns NetMap does not know: {0}").format(unknown)
            raise self.fail(message, name, 1)
        return header, self._with_headers(rows, header, name)

    def _with_headers(
        self, rows: Iterator[tuple[int, list[Any]]], header: _Header, name: str
    ) -> Iterator[tuple[int, list[Any]]]:
        """The rows, refusing a value in a column without a header (its header was deleted)."""
        for number, cells in rows:
            for index, cell in enumerate(cells):
                if index not in header.names and _present(cell.value):
                    raise self.fail(
                        tr("Errors", "there is a value in a column without a header: give the column a header "
                                     "(a NetMap one or your own) or delete it"),
                        name, number, get_column_letter(index + 1))
            yield number, cells

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
        self.actor_fields = frozenset(header.fields)
        base_ids = {a.uid: a.id for a in self.base.actors} if self.base is not None else {}
        next_id = max([i for i in base_ids.values() if i is not None] + [0]) + 1
        uids: dict[str, int] = {}
        rows_by_uid: dict[str, int] = {}
        without_id: list[tuple[_CellReader, str]] = []
        for number, cells in rows:
            cell = _CellReader(self, name, number, cells, header)
            if not cell.identifier("id"):
                without_id.append((cell, cell.name("name")))
            uid = self._uid(cell, uids)
            rows_by_uid[uid] = number
            place = Place(sheet=name, row=number)
            actor_id = base_ids.get(uid)
            if actor_id is None:
                actor_id, next_id = next_id, next_id + 1
            for cluster in cell.tags("clusters"):
                cluster = self.builder.label(cluster, place, "cluster name")
                self.cluster_members.setdefault(cluster.casefold(), (cluster, []))[1].append(actor_id)
            self.builder.add_actor(
                cell.name("name"),
                place,
                category=cell.key("category", CatalogueKind.CATEGORY),
                district=cell.key("district", CatalogueKind.DISTRICT),
                fields=cell.keys("fields", CatalogueKind.FIELD),
                stage=cell.key("stage", CatalogueKind.STAGE),
                influence=cell.integer("influence", INFLUENCE_RANGE, 0),
                attitude=cell.choice("attitude", _ATTITUDES, Attitude.NEUTRAL, ATTITUDES),
                reached=cell.yes_no("reached"),
                notes=cell.text("notes"),
                tags=cell.tags("tags"),
                x=cell.number("x"),
                y=cell.number("y"),
                contact={field.removeprefix("contact_"): cell.line(field) for field in _CONTACT_FIELDS},
                dots=cell.integer("dots", range(0, 1_000_000), 0),
                sources=cell.sources("sources"),
                is_key=cell.yes_no("is_key"),
                extra=cell.extras(),
                actor_id=actor_id,
                uid=uid,
            )
        actors = list(self.builder.actors)
        check_new_rows(actors, rows_by_uid, without_id)
        if self.base is not None:
            check_names_not_shuffled(actors, rows_by_uid, self.base, header, self, name)
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

    def _clusters(self) -> list[Cluster]:
        """The clusters named in the actor sheet; one the base knows keeps its identity and colour."""
        known = {c.name.casefold(): c for c in self.base.clusters} if self.base is not None else {}
        clusters = []
        for folded, (name, members) in self.cluster_members.items():
            before = known.get(folded)
            if before is not None:
                clusters.append(before.with_changes(members=tuple(members)))
            else:
                clusters.append(Cluster(name, tuple(members)))
        return clusters

    # ties -----------------------------------------------------------------------------------------

    def _read_ties(self, sheet: Any, name: str, actors: list[Actor]) -> list[Tie]:
        header, rows = self._table(sheet, name, _TIE_COLUMNS, MAX_TIES)
        for end in ("from", "to"):
            if end not in header.fields and f"{end}_id" not in header.fields:
                title = next(c for c in _TIE_COLUMNS if c.field == end).header(self.lang)
                raise self.fail(tr("Errors", "the column {0!r} is missing").format(title), name, 1)
        self.tie_fields = frozenset(header.fields)
        by_uid = {a.uid: a for a in actors}
        by_name: dict[str, list[Actor]] = {}
        for actor in actors:
            by_name.setdefault(actor.name.casefold(), []).append(actor)
        base_ids = {t.uid: t.id for t in self.base.ties} if self.base is not None else {}
        ids = {a.uid: a_id for a in actors if (a_id := a.id) is not None}  # every actor read has one
        uids: dict[str, int] = {}
        for number, cells in rows:
            cell = _CellReader(self, name, number, cells, header)
            uid = self._uid(cell, uids)
            source, target = (ids[self._end(cell, end, by_uid, by_name).uid] for end in ("from", "to"))
            self.builder.add_tie(
                source,
                target,
                Place(sheet=name, row=number),
                kind=cell.key("kind", CatalogueKind.TIE_KIND),
                direction=cell.choice("direction", _DIRECTIONS, Direction.UNDIRECTED, DIRECTIONS),
                weight=cell.integer("strength", STRENGTH_RANGE, 1),
                field=cell.key("field", CatalogueKind.FIELD),
                notes=cell.text("notes"),
                extra=cell.extras(),
                sources=cell.sources("sources"),
                tie_id=base_ids.get(uid),
                uid=uid,
            )
        return list(self.builder.ties)

    def _end(
        self,
        cell: _CellReader,
        end: str,
        by_uid: Mapping[str, Actor],
        by_name: Mapping[str, list[Actor]],
    ) -> Actor:
        id_field = f"{end}_id"
        uid = cell.identifier(id_field)
        name = cell.line(end)
        if uid:
            actor = by_uid.get(uid)
            if actor is None:
                raise cell.error(id_field, tr("Errors", "the tie refers to an unknown actor ID {0!r}").format(uid))
            others = [a for a in by_name.get(name.casefold(), []) if a.uid != uid]
            if name and name.casefold() != actor.name.casefold() and others:
                # A renamed actor keeps its old name here (fine); a name that now belongs to another
                # actor means names and IDs were sorted apart: which one is meant cannot be told.
                raise cell.error(end, tr("Errors", "the name {0!r} belongs to another actor than the ID {1!r} "
                                                   "({2!r}); were the columns sorted separately? Put names "
                                                   "and IDs back together").format(name, uid, actor.name))
            return actor
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
        changes: dict[str, Any] = {}  # keys: ProjectInfo fields named on the sheet
        for number, cells in self._rows(sheet, name, 1000):
            field = known.get(clean_name(_text(cells[0].value)).casefold()) if number > 1 else None
            if field is None:
                continue
            header.fields = {field: 1}
            cell = _CellReader(self, name, number, cells, header)
            if field == "snapshot":
                self.origin = cell.line(field)
                continue
            if field in ("workshop_date", "next_workshop"):
                changes[field] = cell.date(field)
            elif field in ("participants", "dots_each"):
                changes[field] = cell.integer(field, range(0, 100_000), 0)
            elif field == "workshop_step":
                changes[field] = cell.integer(field, range(0, WORKSHOP_STEPS + 1), 0)
            elif field == "open_questions":
                changes[field] = cell.text(field)
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


_ACTOR_ATTRIBUTES = {"contact_name": "contact", "contact_role": "contact", "contact_email": "contact",
                     "contact_phone": "contact", "id": "", "clusters": ""}
_TIE_ATTRIBUTES = {"from": "", "to": "", "from_id": "", "to_id": "", "id": ""}


def _attributes(columns: frozenset[str], renamed: Mapping[str, str]) -> frozenset[str]:
    """The domain attributes that sheet columns carry; custom columns always come along (extra)."""
    return frozenset({renamed.get(c, c) for c in columns} - {""}) | {"extra"}
