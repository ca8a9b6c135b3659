"""The workbook's vocabulary: sheet names, columns and the words of fixed values, in both languages.

One place for them, so the writer and the reader cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from netmap.domain import Attitude, CatalogueKind, Direction

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
_ACTOR_COLUMNS = [
    _Column("name", "Name", "Name", 28),
    _Column("category", "Category", "Kategorie", 18),
    _Column("district", "District", "Sozialraum", 13),
    _Column("fields", "Fields of action", "Handlungsfelder", 22),
    _Column("stage", "Participation stage", "Beteiligungsstufe", 16),
    _Column("influence", "Influence", "Einfluss", 9),
    _Column("attitude", "Attitude", "Haltung", 12),
    _Column("reached", "Reached", "Erreicht", 8),
    _Column("is_key", "Key actor", "Schlüsselakteur", 9),
    _Column("dots", "Dots", "Punkte", 7),
    _Column("clusters", "Clusters", "Cluster", 16),
    _Column("tags", "Tags", "Schlagworte", 15),
    _Column("notes", "Notes", "Notizen", 32),
    _Column("contact_name", "Contact name", "Kontaktperson", 20),
    _Column("contact_role", "Contact role", "Kontakt Funktion", 16),
    _Column("contact_email", "Contact e-mail", "Kontakt E-Mail", 24),
    _Column("contact_phone", "Contact phone", "Kontakt Telefon", 16),
    _Column("x", "X", "X", 8),
    _Column("y", "Y", "Y", 8),
    _Column("id", "ID", "ID", 12),
    _Column("sources", "Sources", "Quellen", 30),  # provenance (netmap.provenance)
]
_ACTOR_TAIL = ("x", "y", "id", "sources")
"""Columns written after the custom attributes: NetMap's, not for people (and not printed)."""
_ACTOR_PRINTED = "notes"
"""The last actor column on paper: what is right of it (contact, own columns, positions, IDs) is on
screen only, so that a page keeps a readable size."""
_TIE_PRINTED = "notes"

_TIE_COLUMNS = [
    _Column("from", "From", "Von", 28),
    _Column("to", "To", "An", 28),
    _Column("kind", "Kind", "Art", 22),
    _Column("direction", "Direction", "Richtung", 14),
    _Column("strength", "Strength", "Stärke", 9),
    _Column("field", "Field of action", "Handlungsfeld", 24),
    _Column("notes", "Notes", "Notizen", 36),
    _Column("from_id", "From ID", "Von-ID", 12),
    _Column("to_id", "To ID", "An-ID", 12),
    _Column("id", "ID", "ID", 12),
    _Column("sources", "Sources", "Quellen", 30),
]
_TIE_TAIL = ("from_id", "to_id", "id", "sources")

_OPTIONAL_FIELDS = frozenset({"id", "from_id", "to_id", "clusters", "sources", *("contact_name", "contact_role",
                                                                          "contact_email", "contact_phone")})
"""Columns a sheet may lack: IDs (a list typed by hand), clusters and sources (workbooks of older
versions) and the contact person (left out of anonymised workbooks). Every other known column must be there."""

_FORMATS_FIELD = {"from": "source", "to": "target", "from_id": "source_id", "to_id": "target_id"}
"""The workbook's tie fields under their names in `netmap.exchange.formats`, whose aliases (other
names a column is known by, e.g. 'Akteursgruppe' for the category) the reader accepts too."""

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

_KIND_NAMES: dict[CatalogueKind, str] = {  # translated when a message is made
    CatalogueKind.CATEGORY: QT_TRANSLATE_NOOP("Errors", "categories (Kategorien)"),
    CatalogueKind.DISTRICT: QT_TRANSLATE_NOOP("Errors", "districts (Sozialräume)"),
    CatalogueKind.STAGE: QT_TRANSLATE_NOOP("Errors", "participation stages (Beteiligungsstufen)"),
    CatalogueKind.TIE_KIND: QT_TRANSLATE_NOOP("Errors", "tie kinds (Beziehungsarten)"),
    CatalogueKind.FIELD: QT_TRANSLATE_NOOP("Errors", "fields of action (Handlungsfelder)"),
}



def _i(lang: str) -> int:
    return 0 if lang == "en" else 1
