"""The columns of NetMap's tables, shared by every tabular and attribute-based format.

Tabular and attribute-based formats (CSV, Kumu, GraphML and GEXF attributes) name their columns
freely. A `Schema` decides once per file which column means which field of NetMap, in English or
German (``Name``/``Label``, ``Kategorie``/``Type``, ``Von``/``From``/``Source`` ...); a typed column
(influence, attitude, reached, strength, direction, coordinates) is only taken when every value in it
fits, otherwise the whole column stays a custom attribute (``extra``), so a Kumu column "Influence"
holding "High" is kept as it is instead of failing the import. Every column the schema does not take is
kept in `Actor.extra` / `Tie.extra` under its original title.

Columns named exactly as NetMap writes them (``Kategorie``, ``Category``, ``Direction`` ...) are
matched first, other known names (``Type``, ``Weight``, ``Von`` ...) after them. The headers and
words come from `netmap.exchange.vocabulary`.

The readers and writers import this module; the dispatch by extension (`netmap.exchange.formats`)
imports the readers, never the other way round.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from netmap.domain import ORIGINAL_WEIGHT, Actor, Attitude, CatalogueKind, MapState, Tie
from netmap.exchange.builder import COLOUR, parse_strength
from netmap.exchange.safety import normalised_header
from netmap.exchange.vocabulary import (
    ACTOR_HEADER_ALIASES,
    ACTOR_HEADERS,
    TIE_HEADER_ALIASES,
    TIE_HEADERS,
    attitude_word,
    direction_word,
    parse_attitude,
    parse_bool,
    parse_direction,
    yes_no_word,
)
from netmap.provenance import format_sources, parse_sources, without_persons_in

__all__ = [
    "ACTOR_COLUMNS",
    "COLUMNS_BY_FIELD",
    "TIE_COLUMNS",
    "TIE_COLUMNS_BY_FIELD",
    "Column",
    "Schema",
    "actor_row",
    "actor_values",
    "direction_word",
    "extra_of",
    "extra_titles",
    "format_number",
    "parse_direction",
    "tie_row",
    "tie_values",
    "tie_weight",
    "used_fields",
]


# ------------------------------------------------------------------------------------------ values


def _text(value: str) -> str:
    return value


def parse_list(value: str) -> list[str]:
    """``"a | b|c"`` -> ``["a", "b", "c"]`` (Kumu's and NetMap's separator)."""
    return [part.strip() for part in value.split("|") if part.strip()]


def parse_float(value: str) -> float:
    text = value.strip()
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"not a finite number: {value!r}")
    return number


def _int_between(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        number = parse_float(value)
        if not number.is_integer() or not low <= number <= high:
            raise ValueError(f"not a whole number {low}-{high}: {value!r}")
        return int(number)

    return parse


def _check_strength(value: str) -> str:
    parse_strength(value)
    return value


def format_number(value: float) -> str:
    """``12.0`` -> ``"12"``, ``0.1`` -> ``"0.1"``: short, and exact when read back."""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))


# ------------------------------------------------------------------------------------------ vocabulary


@dataclass(frozen=True)
class Column:
    """A field of NetMap as a column: its headers in German and English and the names it is known by."""

    field: str
    de: str
    en: str
    aliases: frozenset[str]
    parse: Callable[[str], Any] = _text
    typed: bool = False
    primary: frozenset[str] = frozenset()  # the names NetMap itself writes

    def header(self, language: str) -> str:
        return self.en if language == "en" else self.de


def _col(field: str, aliases: Iterable[str], parse: Callable[[str], Any] = _text, *, tie: bool = False) -> Column:
    """A column under the vocabulary's headers; its old headers (`netmap.exchange.vocabulary`) are aliases."""
    headers, old = (TIE_HEADERS, TIE_HEADER_ALIASES) if tie else (ACTOR_HEADERS, ACTOR_HEADER_ALIASES)
    en, de = headers[field]
    primary = frozenset(normalised_header(n) for n in (field, de, en))
    names = primary | {normalised_header(n) for n in (*aliases, *old.get(field, ()))}
    return Column(field, de, en, names, parse, parse is not _text and parse is not parse_list, primary)


ACTOR_COLUMNS: tuple[Column, ...] = (
    _col("name", ["label", "akteur", "akteurin", "bezeichnung", "organisation", "organization"]),
    _col("category", ["type", "typ", "element type", "akteursgruppe", "akteurstyp"]),
    _col("district", ["stadtteil", "ortsteil", "bezirk", "quartier"]),
    _col("fields", ["handlungsfeld", "field of action"], parse_list),
    _col("stage",
         ["participation", "beteiligung", "partizipationsstufe", "stufe"]),
    _col("influence", [], _int_between(0, 10)),
    _col("attitude", ["einstellung"], parse_attitude),
    _col("reached", [], parse_bool),
    _col("is_key", ["schluesselakteur", "key"], parse_bool),
    _col("dots", ["votes", "stimmen"], _int_between(0, 1_000_000)),
    _col("notes", ["note", "notiz", "description", "beschreibung", "anmerkungen", "bemerkungen"]),
    _col("tags", ["tag", "schlagworte", "stichwörter", "stichworte"], parse_list),
    _col("clusters", ["cluster", "gruppen"], parse_list),
    _col("x", ["x coordinate", "x koordinate"], parse_float),
    _col("y", ["y coordinate", "y koordinate"], parse_float),
    _col("colour", ["color"]),
    _col("contact_name",
         ["contact", "contact name", "ansprechpartner", "ansprechpartnerin", "ansprechpartner*in", "kontaktperson"]),
    _col("contact_role", ["ansprechperson rolle"]),
    _col("contact_email", ["contact email", "ansprechperson e-mail"]),
    _col("contact_phone", ["ansprechperson telefon"]),
    _col("sources", ["provenance", "herkunft"], parse_sources),
)  # fmt: skip

def _tie_col(field: str, aliases: Iterable[str], parse: Callable[[str], Any] = _text) -> Column:
    return _col(field, aliases, parse, tie=True)


TIE_COLUMNS: tuple[Column, ...] = (
    _tie_col("source", ["source", "quelle", "ausgang"]),
    _tie_col("target", ["target", "ziel"]),
    _tie_col("source_id", ["source id"]),
    _tie_col("target_id", ["target id"]),
    # "Type" is a direction in Gephi's edge tables (Directed/Undirected), a kind in Kumu's: direction
    # comes first and takes the column only when every value is a direction.
    _tie_col("direction", ["type", "typ"], parse_direction),
    _tie_col("kind", ["type", "typ", "beziehungsart", "relation", "relationtype", "relation type",
                                 "relationship", "beziehung", "connection type"]),
    _tie_col("strength", ["staerke", "weight", "gewicht"], _check_strength),
    _tie_col("field", ["field of action"]),
    _tie_col("notes", ["note", "notiz", "description", "beschreibung", "anmerkungen"]),
    _tie_col("colour", ["color"]),
    _tie_col("sources", ["provenance", "herkunft"], parse_sources),
)  # fmt: skip

COLUMNS_BY_FIELD = {c.field: c for c in ACTOR_COLUMNS}
TIE_COLUMNS_BY_FIELD = {c.field: c for c in TIE_COLUMNS}


class Schema:
    """Which column of one file is which field; every other column is an extra attribute.

    `columns` are pairs (column id, title): the id keys the records (a CSV column index, a GraphML key
    id), the title is what the file calls the column and what `extra` is keyed by.
    """

    def __init__(self, fields: dict[str, str], titles: dict[str, str]) -> None:
        self.fields = fields  # column id -> field
        self.titles = titles  # column id -> title
        self.column_of = {field: col for col, field in fields.items()}

    @classmethod
    def detect(
        cls,
        columns: Sequence[tuple[str, str]],
        records: Sequence[Mapping[str, str]],
        vocabulary: Sequence[Column],
        *,
        skip: Iterable[str] = (),
    ) -> Schema:
        taken: set[str] = set(skip)
        fields: dict[str, str] = {}
        # First the columns named exactly as NetMap writes them, then those known by another name:
        # a file with both "Direction" and "Type" gets its direction from the first.
        for exact in (True, False):
            for col, title in columns:
                if col in fields:
                    continue
                name = normalised_header(title)
                for column in vocabulary:
                    names = column.primary if exact else column.aliases
                    if column.field in taken or name not in names:
                        continue
                    if column.typed and not _all_parse(column.parse, (r.get(col, "") for r in records)):
                        continue
                    fields[col] = column.field
                    taken.add(column.field)
                    break
        return cls(fields, dict(columns))

    def has(self, field: str) -> bool:
        return field in self.column_of

    def split(self, record: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str]]:
        """(field -> raw text, extra title -> text) of one record; empty values are left out."""
        fields: dict[str, str] = {}
        extra: dict[str, str] = {}
        for col, value in record.items():
            if value is None or str(value).strip() == "":
                continue
            field = self.fields.get(col)
            if field is not None:
                fields[field] = value
            else:
                extra[self.titles.get(col, col)] = value
        return fields, extra


def _all_parse(parse: Callable[[str], Any], values: Iterable[str]) -> bool:
    for value in values:
        if value is not None and str(value).strip():
            try:
                parse(str(value))
            except ValueError:
                return False
    return True


def actor_values(fields: Mapping[str, str]) -> dict[str, Any]:
    """Keyword arguments for `MapBuilder.add_actor` from the raw fields of a record (name excluded)."""
    values: dict[str, Any] = {}
    contact: dict[str, str] = {}
    for field, raw in fields.items():
        if field == "name":
            continue
        if field.startswith("contact_"):
            contact[field.removeprefix("contact_")] = raw
            continue
        values[field] = COLUMNS_BY_FIELD[field].parse(raw)
    if contact:
        values["contact"] = contact
    return values


def tie_values(fields: Mapping[str, str]) -> dict[str, Any]:
    """Keyword arguments for `MapBuilder.add_tie` from the raw fields of a record (ends excluded)."""
    values: dict[str, Any] = {}
    for field, raw in fields.items():
        if field in ("source", "target", "source_id", "target_id"):
            continue
        if field == "strength":
            values["weight"] = raw
        else:
            values[field] = TIE_COLUMNS_BY_FIELD[field].parse(raw)
    return values


# ------------------------------------------------------------------------------------------ writing


def _yes(language: str) -> str:
    return "true" if language == "xml" else yes_no_word(True, language)


def actor_row(
    state: MapState, actor: Actor, language: str, *, anonymize: bool, booleans: str | None = None
) -> dict[str, str]:
    """The fields of an actor as texts, keyed by field; defaults are left out (``""``).

    Catalogue keys become their labels in `language`; ``booleans="xml"`` writes true/false.
    """
    label = state.label
    lang = "en" if language == "en" else "de"
    clusters = [c.name for c in state.clusters if actor.id is not None and actor.id in c.members]
    row = {
        "name": actor.name,
        "category": label(CatalogueKind.CATEGORY, actor.category, lang) if actor.category else "",
        "district": label(CatalogueKind.DISTRICT, actor.district, lang) if actor.district else "",
        "fields": "|".join(label(CatalogueKind.FIELD, f, lang) for f in actor.fields),
        "stage": label(CatalogueKind.STAGE, actor.stage, lang) if actor.stage else "",
        "influence": str(actor.influence) if actor.influence else "",
        "attitude": attitude_word(actor.attitude, lang) if actor.attitude != Attitude.NEUTRAL else "",
        "reached": _yes(booleans or lang) if actor.reached else "",
        "is_key": _yes(booleans or lang) if actor.is_key else "",
        "dots": str(actor.dots) if actor.dots else "",
        "notes": actor.notes,
        "tags": "|".join(actor.tags),
        "clusters": "|".join(clusters),
        "x": format_number(actor.x) if actor.x or actor.y else "",
        "y": format_number(actor.y) if actor.x or actor.y else "",
        "colour": actor.extra.get(COLOUR, ""),
        "contact_name": "",
        "contact_role": "",
        "contact_email": "",
        "contact_phone": "",
        "sources": format_sources(without_persons_in(actor.sources) if anonymize else actor.sources),
    }
    if actor.contact is not None and not anonymize:
        row.update(
            contact_name=actor.contact.name,
            contact_role=actor.contact.role,
            contact_email=actor.contact.email,
            contact_phone=actor.contact.phone,
        )
    return row


def tie_row(state: MapState, tie: Tie, language: str, *, anonymize: bool = False) -> dict[str, str]:
    """The fields of a tie as texts, keyed by field (ends excluded); anonymised, the sources name no person."""
    lang = "en" if language == "en" else "de"
    return {
        "kind": state.label(CatalogueKind.TIE_KIND, tie.kind, lang) if tie.kind else "",
        "direction": direction_word(tie.direction, lang),
        "strength": tie_weight(tie),
        "field": state.label(CatalogueKind.FIELD, tie.field, lang) if tie.field else "",
        "notes": tie.notes,
        "colour": tie.extra.get(COLOUR, ""),
        "sources": format_sources(without_persons_in(tie.sources) if anonymize else tie.sources),
    }


def tie_weight(tie: Tie) -> str:
    """The weight to write: the file's original weight while it still gives this strength."""
    original = tie.extra.get(ORIGINAL_WEIGHT)
    if original is not None:
        try:
            if parse_strength(original)[0] == tie.strength:
                return original
        except ValueError:
            pass
    return str(tie.strength)


def extra_of(item: Actor | Tie) -> dict[str, str]:
    """Custom attributes to write as they are (a colour and a tie's original weight have their own columns)."""
    own = (COLOUR, ORIGINAL_WEIGHT) if isinstance(item, Tie) else (COLOUR,)
    return {k: v for k, v in item.extra.items() if k not in own}


def used_fields(rows: Iterable[Mapping[str, str]], always: Iterable[str] = ()) -> list[str]:
    """Fields that have a value in at least one row, in vocabulary order, plus `always`."""
    used = set(always)
    for row in rows:
        used.update(field for field, value in row.items() if value)
    order = [c.field for c in ACTOR_COLUMNS] + [c.field for c in TIE_COLUMNS]
    return [f for f in dict.fromkeys(order) if f in used]


def extra_titles(items: Iterable[Actor | Tie]) -> list[str]:
    titles: dict[str, None] = {}
    for item in items:
        for key in extra_of(item):
            titles.setdefault(key, None)
    return list(titles)
