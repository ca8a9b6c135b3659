"""The workbook's layout: sheet names, columns (order, widths) and the sheets only the workbook has.

The headers of the actor and tie columns and the words of fixed values come from
`netmap.exchange.vocabulary`, the one vocabulary of every table NetMap writes and reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from netmap.domain import CatalogueKind
from netmap.exchange.safety import FORMULA_START
from netmap.exchange.vocabulary import (
    ACTOR_HEADERS,
    ATTITUDE_WORDS,
    BOOLEANS,
    DIRECTION_WORDS,
    TIE_HEADERS,
    YES_NO,
    language_index,
)

MAX_COLUMNS = 500
"""Most columns per sheet read_workbook reads."""
MAX_ID = 200
"""Longest ID (uid) accepted in an ID column."""
_LIST_ROWS = 10_000  # most rows of the hidden list sheet

_FORMULA_START = (*FORMULA_START, "\t", "\r", "\n", "#")
"""Text Excel would reinterpret when a cell is edited (a formula, or an error value like #N/A): written
with Excel's quote prefix, so it stays text."""
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
    "cover": ("Overview", "Übersicht"),
    "actors": ("Actors", "Akteure"),
    "ties": ("Ties", "Beziehungen"),
    "matrix": ("Influence × attitude", "Einfluss × Haltung"),
    "metrics": ("Metrics", "Kennzahlen"),
    "gaps": ("Gaps", "Lücken"),
    "snapshots": ("Snapshots", "Momentaufnahmen"),
    "comparison": ("Comparison", "Vergleich"),
    "project": ("Project", "Projekt"),
    "guide": ("Guide", "Erläuterungen"),
    "lists": ("Lists", "Listen"),
}

_CONTACT_FIELDS = ("contact_name", "contact_role", "contact_email", "contact_phone")

# IDs come last: they are for NetMap, the names are for people (and for printing).
_ACTOR_WIDTHS = {
    "name": 28, "category": 18, "district": 13, "fields": 22, "stage": 16, "influence": 9, "attitude": 12,
    "reached": 8, "is_key": 9, "dots": 7, "clusters": 16, "tags": 15, "notes": 32, "contact_name": 20,
    "contact_role": 16, "contact_email": 24, "contact_phone": 16, "x": 8, "y": 8, "id": 12, "sources": 30,
}  # fmt: skip
_ACTOR_COLUMNS = [_Column(field, *ACTOR_HEADERS[field], width) for field, width in _ACTOR_WIDTHS.items()]
_ACTOR_TAIL = ("x", "y", "id", "sources")
"""Columns written after the custom attributes: NetMap's, not for people (and not printed)."""
_ACTOR_PRINTED = "notes"
"""The last actor column on paper: what is right of it (contact, own columns, positions, IDs) is on
screen only, so that a page keeps a readable size."""
_TIE_PRINTED = "notes"

_TIE_WIDTHS = {
    "from": 28, "to": 28, "kind": 22, "direction": 14, "strength": 9, "field": 24, "notes": 36, "from_id": 12,
    "to_id": 12, "id": 12, "sources": 30,
}  # fmt: skip
_TIE_TAIL = ("from_id", "to_id", "id", "sources")

_OPTIONAL_FIELDS = frozenset({"id", "from_id", "to_id", "clusters", "sources", *("contact_name", "contact_role",
                                                                          "contact_email", "contact_phone")})
"""Columns a sheet may lack: IDs (a list typed by hand), clusters and sources (workbooks of older
versions) and the contact person (left out of anonymised workbooks). Every other known column must be there."""

_FORMATS_FIELD = {"from": "source", "to": "target", "from_id": "source_id", "to_id": "target_id"}
"""The workbook's tie fields under their names in `netmap.exchange.schema`, whose aliases (other
names a column is known by, e.g. 'Akteursgruppe' for the category) the reader accepts too."""
_TIE_COLUMNS = [
    _Column(field, *TIE_HEADERS[_FORMATS_FIELD.get(field, field)], width) for field, width in _TIE_WIDTHS.items()
]

# The figures of the analysis (its field names) with their headers; "brokerage" is spread over its roles.
_METRIC_COLUMNS = [
    _Column("name", "Name", "Name", 30),
    _Column("category", "Category", "Kategorie", 22),
    _Column("degree", "Ties (degree)", "Verbindungen (Grad)", 10),
    _Column("betweenness", "Go-between (betweenness)", "Vermittlung (Betweenness)", 10),
    _Column("closeness", "Closeness", "Nähe (Closeness)", 10),
    _Column("eigenvector", "Well-connected contacts (eigenvector)", "Gut vernetzte Kontakte (Eigenvektor)", 10),
    _Column("pagerank", "PageRank", "PageRank", 10),
    _Column("constraint", "Constraint", "Eingebundenheit (Constraint)", 10),
    _Column("effective_size", "Effective size", "Effektive Größe", 10),
    _Column("community", "Group (community)", "Gruppe (Community)", 10),
    _Column("articulation_point", "Single point of failure", "Einzelner Knotenpunkt", 10),
    _Column("cuts_off", "Actors cut off without it", "Ohne ihn abgeschnitten", 10),
    _Column("k_core", "Core (k-core)", "Kern (k-Kern)", 10),
    _Column("brokerage.coordinator", "Broker: coordinator", "Makler: Koordinator", 10),
    _Column("brokerage.itinerant", "Broker: itinerant", "Makler: Wanderer", 10),
    _Column("brokerage.representative", "Broker: representative", "Makler: Vertreter", 10),
    _Column("brokerage.gatekeeper", "Broker: gatekeeper", "Makler: Türsteher", 10),
    _Column("brokerage.liaison", "Broker: liaison", "Makler: Verbindungsglied", 10),
    _Column("brokerage.total", "Broker roles in all", "Maklerrollen gesamt", 10),
    _Column("in_degree", "Incoming ties", "Eingehende Verbindungen", 10),
    _Column("out_degree", "Outgoing ties", "Ausgehende Verbindungen", 10),
    _Column("strength", "Strength of ties", "Stärke der Verbindungen", 10),
    _Column("degree_centrality", "Share directly connected", "Anteil direkt verbunden", 10),
    _Column("district", "District", "Sozialraum", 16),
    _Column("stage", "Participation stage", "Beteiligungsstufe", 16),
    _Column("uid", "ID", "ID", 10),
]
_METRIC_LABELS = {"category": CatalogueKind.CATEGORY, "district": CatalogueKind.DISTRICT, "stage": CatalogueKind.STAGE}
"""Figures that are catalogue keys: written as the catalogue's label."""

_GAP_COLUMNS = [
    _Column("finding", "Finding", "Befund", 28),
    _Column("subject", "Concerns", "Betrifft", 34),
    _Column("explanation", "Why it matters", "Bedeutung", 50),
    _Column("details", "Details", "Einzelheiten", 50),
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
    _Column("snapshot", "Exported from snapshot", "Exportiert aus Momentaufnahme"),
    _Column("participants", "Participants (number)", "Teilnehmende (Anzahl)"),
    _Column("dots_each", "Dots per participant", "Punkte je Teilnehmende*r"),
    _Column("next_workshop", "Next workshop", "Nächster Workshop"),
    _Column("open_questions", "Open questions", "Offene Fragen"),
    _Column("workshop_step", "Guided workshop: step reached", "Geführter Ablauf: erreichter Schritt"),
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

_ATTITUDES = ATTITUDE_WORDS
_DIRECTIONS = DIRECTION_WORDS
_YES_NO = YES_NO
_TRUE_WORDS = frozenset(w for w, yes in BOOLEANS.items() if yes)
_FALSE_WORDS = frozenset(w for w, yes in BOOLEANS.items() if not yes) | {""}

# Translated when a message is made. str(): QT_TRANSLATE_NOOP returns its text, typed as object.
_KIND_NAMES: dict[CatalogueKind, str] = {kind: str(text) for kind, text in {
    CatalogueKind.CATEGORY: QT_TRANSLATE_NOOP("Errors", "categories (Kategorien)"),
    CatalogueKind.DISTRICT: QT_TRANSLATE_NOOP("Errors", "districts (Sozialräume)"),
    CatalogueKind.STAGE: QT_TRANSLATE_NOOP("Errors", "participation stages (Beteiligungsstufen)"),
    CatalogueKind.TIE_KIND: QT_TRANSLATE_NOOP("Errors", "tie kinds (Beziehungsarten)"),
    CatalogueKind.FIELD: QT_TRANSLATE_NOOP("Errors", "fields of action (Handlungsfelder)"),
}.items()}
_i = language_index
