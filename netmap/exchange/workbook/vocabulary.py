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
    "actors": ("Actors", "Akteure"),
    "ties": ("Ties", "Beziehungen"),
    "metrics": ("Metrics", "Kennzahlen"),
    "gaps": ("Gaps", "Lücken"),
    "snapshots": ("Snapshots", "Momentaufnahmen"),
    "project": ("Project", "Projekt"),
    "lists": ("Lists", "Listen"),
}

_CONTACT_FIELDS = ("contact_name", "contact_role", "contact_email", "contact_phone")

# IDs come last: they are for NetMap, the names are for people (and for printing).
_ACTOR_COLUMNS = [
    _Column("name", "Name", "Name", 32),
    _Column("category", "Category", "Kategorie", 24),
    _Column("district", "District", "Sozialraum", 16),
    _Column("fields", "Fields of action", "Handlungsfelder", 28),
    _Column("stage", "Participation stage", "Beteiligungsstufe", 16),
    _Column("influence", "Influence", "Einfluss", 10),
    _Column("attitude", "Attitude", "Haltung", 13),
    _Column("reached", "Reached", "Erreicht", 9),
    _Column("is_key", "Key actor", "Schlüsselakteur", 9),
    _Column("dots", "Dots", "Punkte", 8),
    _Column("clusters", "Clusters", "Cluster", 20),
    _Column("tags", "Tags", "Schlagworte", 16),
    _Column("notes", "Notes", "Notizen", 36),
    _Column("contact_name", "Contact name", "Kontaktperson", 20),
    _Column("contact_role", "Contact role", "Kontakt Funktion", 16),
    _Column("contact_email", "Contact e-mail", "Kontakt E-Mail", 24),
    _Column("contact_phone", "Contact phone", "Kontakt Telefon", 16),
    _Column("x", "X", "X", 8),
    _Column("y", "Y", "Y", 8),
    _Column("id", "ID", "ID", 12),
]
_ACTOR_TAIL = ("id",)
"""Columns written after the custom attributes."""

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
]
_TIE_TAIL = ("from_id", "to_id", "id")

_OPTIONAL_FIELDS = frozenset({"id", "from_id", "to_id", "clusters", *("contact_name", "contact_role",
                                                                          "contact_email", "contact_phone")})
"""Columns a sheet may lack: IDs (a list typed by hand), clusters (workbooks of older versions) and the
contact person (left out of anonymised workbooks). Every other known column must be there."""

_FORMATS_FIELD = {"from": "source", "to": "target", "from_id": "source_id", "to_id": "target_id"}
"""The workbook's tie fields under their names in `netmap.exchange.formats`, whose aliases (other
names a column is known by, e.g. 'Akteursgruppe' for the category) the reader accepts too."""

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
    _Column("snapshot", "Exported from snapshot", "Exportiert aus Momentaufnahme"),
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


_KIND_NAMES: dict[CatalogueKind, str] = {  # translated when a message is made
    CatalogueKind.CATEGORY: QT_TRANSLATE_NOOP("Errors", "categories (Kategorien)"),
    CatalogueKind.DISTRICT: QT_TRANSLATE_NOOP("Errors", "districts (Sozialräume)"),
    CatalogueKind.STAGE: QT_TRANSLATE_NOOP("Errors", "participation stages (Beteiligungsstufen)"),
    CatalogueKind.TIE_KIND: QT_TRANSLATE_NOOP("Errors", "tie kinds (Beziehungsarten)"),
    CatalogueKind.FIELD: QT_TRANSLATE_NOOP("Errors", "fields of action (Handlungsfelder)"),
}



def _i(lang: str) -> int:
    return 0 if lang == "en" else 1
