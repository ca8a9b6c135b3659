"""The one vocabulary of NetMap's tables (CSV, Kumu, the NetMap workbook, GraphML/GEXF attributes).

Column headers and the words of fixed values (yes/no, attitude, direction) in English and German are
defined here once: every writer writes these spellings, every reader accepts them and the other
spellings listed as aliases (words older versions of NetMap wrote, and those other tools use), so
files written before still import.
"""

from __future__ import annotations

from collections.abc import Mapping

from netmap.domain import Attitude, Direction

__all__ = [
    "ACTOR_HEADERS",
    "ATTITUDE_WORDS",
    "DIRECTION_WORDS",
    "TIE_HEADERS",
    "YES_NO",
    "attitude_word",
    "direction_word",
    "header",
    "language_index",
    "parse_attitude",
    "parse_bool",
    "parse_direction",
    "yes_no_word",
]

# --- headers: field -> (English, German) ----------------------------------------------------------

ACTOR_HEADERS: Mapping[str, tuple[str, str]] = {
    "name": ("Name", "Name"),
    "category": ("Category", "Kategorie"),
    "district": ("District", "Sozialraum"),
    "fields": ("Fields of action", "Handlungsfelder"),
    "stage": ("Participation stage", "Beteiligungsstufe"),
    "influence": ("Influence", "Einfluss"),
    "attitude": ("Attitude", "Haltung"),
    "reached": ("Reached", "Erreicht"),
    "is_key": ("Key actor", "Schlüsselakteur"),
    "dots": ("Dots", "Punkte"),
    "notes": ("Notes", "Notizen"),
    "tags": ("Tags", "Schlagworte"),
    "clusters": ("Clusters", "Cluster"),
    "x": ("X", "X"),
    "y": ("Y", "Y"),
    "colour": ("Colour", "Farbe"),
    "contact_name": ("Contact person", "Ansprechperson"),
    "contact_role": ("Contact role", "Rolle der Ansprechperson"),
    "contact_email": ("Contact e-mail", "E-Mail der Ansprechperson"),
    "contact_phone": ("Contact phone", "Telefon der Ansprechperson"),
    "sources": ("Sources", "Quellen"),
    "id": ("ID", "ID"),
}
"""The actor columns' headers NetMap writes."""

ACTOR_HEADER_ALIASES: Mapping[str, tuple[str, ...]] = {
    "tags": ("Schlagwörter",),
    "contact_name": ("Kontaktperson", "Contact name"),
    "contact_role": ("Kontakt Funktion",),
    "contact_email": ("Kontakt E-Mail",),
    "contact_phone": ("Kontakt Telefon",),
}
"""Headers earlier versions of NetMap wrote (the workbook and the CSV lists disagreed): still read."""

TIE_HEADERS: Mapping[str, tuple[str, str]] = {
    "source": ("From", "Von"),
    "target": ("To", "An"),
    "source_id": ("From ID", "Von-ID"),
    "target_id": ("To ID", "An-ID"),
    "kind": ("Kind", "Art"),
    "direction": ("Direction", "Richtung"),
    "strength": ("Strength", "Stärke"),
    "field": ("Field of action", "Handlungsfeld"),
    "notes": ("Notes", "Notizen"),
    "colour": ("Colour", "Farbe"),
    "sources": ("Sources", "Quellen"),
    "id": ("ID", "ID"),
}
"""The tie columns' headers NetMap writes."""

TIE_HEADER_ALIASES: Mapping[str, tuple[str, ...]] = {
    "target": ("Nach",),
    "target_id": ("Nach-ID",),
}
"""Tie headers earlier versions of NetMap wrote (the CSV lists): still read."""


def language_index(language: str) -> int:
    """0 for English, 1 for German (the default): the index into the (English, German) pairs."""
    return 0 if language == "en" else 1


def header(headers: Mapping[str, tuple[str, str]], field: str, language: str) -> str:
    return headers[field][language_index(language)]


# --- words of fixed values ------------------------------------------------------------------------

YES_NO: Mapping[bool, tuple[str, str]] = {True: ("yes", "ja"), False: ("no", "nein")}
ATTITUDE_WORDS: Mapping[Attitude, tuple[str, str]] = {
    Attitude.SUPPORTIVE: ("supportive", "unterstützend"),
    Attitude.NEUTRAL: ("neutral", "neutral"),
    Attitude.CRITICAL: ("critical", "kritisch"),
}
DIRECTION_WORDS: Mapping[Direction, tuple[str, str]] = {
    Direction.UNDIRECTED: ("undirected", "ungerichtet"),
    Direction.DIRECTED: ("directed", "gerichtet"),
    Direction.MUTUAL: ("mutual", "wechselseitig"),
}

_TRUE = ("true", "wahr", "1", "x", "y", "j")
_FALSE = ("false", "falsch", "0", "n")
BOOLEANS: Mapping[str, bool] = {
    **{w: True for w in (*YES_NO[True], *_TRUE)},
    **{w: False for w in (*YES_NO[False], *_FALSE)},
}
"""Every word read as yes or no (casefolded)."""

ATTITUDES: Mapping[str, Attitude] = {
    **{w: a for a, words in ATTITUDE_WORDS.items() for w in words},
    "unterstuetzend": Attitude.SUPPORTIVE, "positive": Attitude.SUPPORTIVE, "positiv": Attitude.SUPPORTIVE,
    "+": Attitude.SUPPORTIVE,
    "0": Attitude.NEUTRAL, "o": Attitude.NEUTRAL,
    "negative": Attitude.CRITICAL, "negativ": Attitude.CRITICAL, "-": Attitude.CRITICAL,
}  # fmt: skip
"""Every word read as an attitude (casefolded)."""

DIRECTIONS: Mapping[str, Direction] = {
    **{w: d for d, words in DIRECTION_WORDS.items() for w in words},
    "->": Direction.DIRECTED, "arc": Direction.DIRECTED,
    "edge": Direction.UNDIRECTED, "--": Direction.UNDIRECTED,
    "gegenseitig": Direction.MUTUAL, "bidirectional": Direction.MUTUAL, "<->": Direction.MUTUAL,
}  # fmt: skip
"""Every word read as a direction (casefolded); "gegenseitig" is what the CSV lists once wrote."""


def yes_no_word(value: bool, language: str) -> str:
    return YES_NO[bool(value)][language_index(language)]


def attitude_word(attitude: Attitude, language: str) -> str:
    return ATTITUDE_WORDS[Attitude(attitude)][language_index(language)]


def direction_word(direction: Direction, language: str) -> str:
    return DIRECTION_WORDS[Direction(direction)][language_index(language)]


def parse_bool(value: str) -> bool:
    try:
        return BOOLEANS[value.strip().casefold()]
    except KeyError:
        raise ValueError(f"not yes/no: {value!r}") from None


def parse_attitude(value: str) -> Attitude:
    try:
        return ATTITUDES[value.strip().casefold()]
    except KeyError:
        raise ValueError(f"not an attitude: {value!r}") from None


def parse_direction(value: str) -> Direction:
    try:
        return DIRECTIONS[value.strip().casefold()]
    except KeyError:
        raise ValueError(f"not a direction: {value!r}") from None
