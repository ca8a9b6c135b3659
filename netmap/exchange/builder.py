"""Making a map of what a reader found: the one way every reader creates actors and ties.

`MapBuilder` holds the guards that must hold for every format (cleaned and measured names and
texts, limited counts, catalogue texts as keys, colours, weights as strengths 1-3); the readers
parse their format and hand each actor and tie to it. The rules themselves are described in
`netmap.exchange.safety` (what the guards protect against) and kept there as constants.
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from netmap.catalogues import default_catalogues
from netmap.domain import (
    ORIGINAL_WEIGHT,
    Actor,
    Attitude,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    ContactPerson,
    Direction,
    MapState,
    Source,
    Tie,
    new_uid,
)
from netmap.exchange.errors import ExchangeError, Place
import netmap.exchange.safety as safety  # the counts are read there when used: one definition, lowered in tests
from netmap.exchange.safety import MAX_NAME_LENGTH, MAX_TEXT_LENGTH, clean_name, clean_text
from netmap.i18n import tr

__all__ = ["COLOUR", "MapBuilder", "normalise_colour", "parse_strength", "rgb_colour", "slugify"]


def normalise_colour(text: str) -> str:
    """``#RGB``, ``#RRGGBB`` (with or without ``#``, any case) -> ``#rrggbb``; a colour name -> lower case."""
    value = text.strip()
    bare = value.removeprefix("#")
    if re.fullmatch(r"[0-9a-fA-F]{6}", bare):
        return "#" + bare.lower()
    if value.startswith("#") and re.fullmatch(r"[0-9a-fA-F]{3}", bare):
        return "#" + "".join(c * 2 for c in bare.lower())
    if value.startswith("#") and re.fullmatch(r"[0-9a-fA-F]{8}", bare):  # #rrggbbaa
        return "#" + bare[:6].lower()
    return value.casefold()


def rgb_colour(r: object, g: object, b: object) -> str:
    """``#rrggbb`` from three numbers 0-255 (given as text or numbers); ValueError if they are not."""
    parts = [int(float(str(v))) for v in (r, g, b)]
    if any(not 0 <= v <= 255 for v in parts):
        raise ValueError(f"colour component out of range: {parts}")
    return "#{:02x}{:02x}{:02x}".format(*parts)


_STRENGTH_WORDS = {"schwach": 1, "weak": 1, "mittel": 2, "medium": 2, "stark": 3, "strong": 3}


def parse_strength(weight: object) -> tuple[int, str | None]:
    """Strength 1-3 of a weight, and the weight's original text when it is not already 1, 2 or 3.

    Numbers are rounded (half up) and clamped to 1-3; "weak/medium/strong" and the German words map to
    1/2/3. ValueError for anything else.

    >>> parse_strength("2"), parse_strength(8.0), parse_strength("0.5"), parse_strength("stark")
    ((2, None), (3, '8.0'), (1, '0.5'), (3, None))
    """
    if weight is None:
        return 1, None
    text = str(weight).strip()
    if not text:
        return 1, None
    word = _STRENGTH_WORDS.get(text.casefold())
    if word is not None:
        return word, None
    value = float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)
    if not math.isfinite(value):
        return 1, text
    if value.is_integer() and 1 <= value <= 3:
        return int(value), None
    return min(3, max(1, int(value + 0.5) if value > 0 else 1)), text


_CONTACT_PARTS = ("name", "role", "email", "phone")

# What messages call a checked text ("the description is empty"): English words, marked here for
# the translation tool and translated only when a message is made (`_word`).
_WORDS = (
    QT_TRANSLATE_NOOP("Errors", "name"), QT_TRANSLATE_NOOP("Errors", "attribute name"),
    QT_TRANSLATE_NOOP("Errors", "cluster name"), QT_TRANSLATE_NOOP("Errors", "description"),
    QT_TRANSLATE_NOOP("Errors", "tag"), QT_TRANSLATE_NOOP("Errors", "contact name"),
    QT_TRANSLATE_NOOP("Errors", "contact role"), QT_TRANSLATE_NOOP("Errors", "contact email"),
    QT_TRANSLATE_NOOP("Errors", "contact phone"), QT_TRANSLATE_NOOP("Errors", "category label"),
    QT_TRANSLATE_NOOP("Errors", "tie kind label"), QT_TRANSLATE_NOOP("Errors", "field label"),
    QT_TRANSLATE_NOOP("Errors", "district label"), QT_TRANSLATE_NOOP("Errors", "stage label"),
)


def _word(what: str) -> str:
    """`what` in the user's language (a text already translated passes unchanged)."""
    return tr("Errors", what)


COLOUR = "colour"
"""Key in `Actor.extra`/`Tie.extra` for a colour that differs from its category's or kind's colour."""


class MapBuilder:
    """Collects actors and ties read from a file and makes a `MapState` of them.

    It is the only way the readers create actors and ties, so the guards hold for every format: names
    and texts are cleaned and measured, the counts are limited, catalogue texts become keys (known
    labels or keys of the default catalogues in either language, otherwise a new entry whose key is a
    slug and whose labels are the original text), colours are kept only where they differ from their
    category's colour, weights become strengths 1-3.

    A reader that knows its catalogues and ids (the workbook, read against the open map) passes the
    catalogues to start from and each actor's and tie's id; catalogue keys it passes stay as they are.
    """

    def __init__(self, file: str | Path,
                 catalogues: Mapping[CatalogueKind, Sequence[CatalogueEntry]] | None = None) -> None:
        self.file = Path(file).name
        self.actors: list[Actor] = []
        self.ties: list[Tie] = []
        self._ids: set[int] = set()
        start = default_catalogues() if catalogues is None else catalogues
        self._entries: dict[CatalogueKind, dict[str, CatalogueEntry]] = {
            kind: {entry.key: entry for entry in start.get(kind, ())} for kind in CatalogueKind
        }
        self._index: dict[CatalogueKind, dict[str, str]] = {}  # casefolded key or label -> key
        for kind, entries in self._entries.items():
            index = self._index[kind] = {}
            for entry in entries.values():
                for text in (entry.key, entry.label_de, entry.label_en):
                    index.setdefault(text.casefold(), entry.key)
        self._uncoloured: set[tuple[CatalogueKind, str]] = set()  # new entries without a colour yet
        self._clusters: dict[str, dict[int, None]] = {}
        self._spellings: dict[int, tuple[str, ...]] = {}

    @property
    def catalogues(self) -> dict[CatalogueKind, list[CatalogueEntry]]:
        return {kind: list(entries.values()) for kind, entries in self._entries.items()}

    # -- checks

    def error(self, place: Place | None, message: str) -> ExchangeError:
        return ExchangeError.at(place, message, file=self.file)

    def name(self, raw: object, place: Place | None, what: str = "name") -> str:
        """A cleaned name; refused if empty or longer than `MAX_NAME_LENGTH`."""
        name = clean_name(str(raw))
        if not name:
            raise self.error(place, tr("Errors", "the {0} is empty").format(_word(what)))
        if len(name) > MAX_NAME_LENGTH:
            raise self.error(
                place,
                tr("Errors", "the {0} is {1:,} characters long; NetMap accepts at most {2} "
                             "(it begins {3!r})").format(_word(what), len(name), MAX_NAME_LENGTH, name[:40]),
            )
        return name

    def label(self, raw: object, place: Place | None, what: str) -> str:
        """Like `name`, but an empty text is allowed (and returned as "")."""
        text = clean_name(str(raw))
        return self.name(text, place, what) if text else ""

    def text(self, raw: object, place: Place | None, what: str) -> str:
        """A cleaned multi-line text; refused if longer than `MAX_TEXT_LENGTH`."""
        text = clean_text(str(raw)).strip()
        if len(text) > MAX_TEXT_LENGTH:
            raise self.error(
                place,
                tr("Errors", "the {0} is {1:,} characters long; NetMap accepts at most {2:,}").format(
                    _word(what), len(text), MAX_TEXT_LENGTH
                ),
            )
        return text

    def extra(self, values: dict[str, str] | None, place: Place | None) -> dict[str, str]:
        result: dict[str, str] = {}
        for key, value in (values or {}).items():
            title = self.name(key, place, "attribute name")
            text = self.text(value, place, tr("Errors", "value of {0!r}").format(title[:40]))
            if text:
                result[title] = text
        return result

    # -- catalogues

    def key(self, kind: CatalogueKind, raw: object, place: Place | None) -> str:
        """The catalogue key for a text: a known key or label (any case), else a new entry."""
        text = self.label(raw, place, f"{kind.value.replace('_', ' ')} label")
        if not text:
            return ""
        entries = self._entries[kind]
        if text in entries:  # a key as it is
            return text
        index = self._index[kind]
        found = index.get(text.casefold())
        if found is not None:
            return found
        base = slugify(text)
        key, n = base, 1
        while key in entries or key in index:
            n += 1
            key = f"{base}_{n}"
        entries[key] = CatalogueEntry(key, text, text, rank=len(entries))
        self._uncoloured.add((kind, key))
        index[text.casefold()] = key
        index.setdefault(key, key)
        return key

    def _colour_extra(self, extra: dict[str, str], colour: str | None, kind: CatalogueKind, key: str) -> None:
        """Keep `colour` in `extra` unless it is the colour of the item's catalogue entry.

        An entry this file created takes the colour of its first item, so a category drawn in one
        colour (as NetMap, yEd and Gephi usually draw them) needs no colour per actor.
        """
        value = normalise_colour(colour) if colour else ""
        if not value:
            return
        entry = self._entries[kind].get(key) if key else None
        if entry is not None and (kind, key) in self._uncoloured and re.fullmatch(r"#[0-9a-f]{6}", value):
            self._uncoloured.discard((kind, key))
            entry = self._entries[kind][key] = dataclasses.replace(entry, colour=value)
        if entry is None or value != entry.colour.casefold():
            extra[COLOUR] = value

    # -- actors and ties

    def add_actor(
        self,
        name: object,
        place: Place | None,
        *,
        category: str = "",
        district: str = "",
        fields: Iterable[str] = (),
        stage: str = "",
        influence: int = 0,
        attitude: Attitude | None = None,
        reached: bool = False,
        notes: str = "",
        tags: Iterable[str] = (),
        x: float = 0.0,
        y: float = 0.0,
        contact: dict[str, str] | None = None,
        dots: int = 0,
        is_key: bool = False,
        colour: str | None = None,
        clusters: Iterable[str] = (),
        extra: dict[str, str] | None = None,
        uid: str | None = None,
        sources: tuple[Source, ...] = (),
        actor_id: int | None = None,
    ) -> int:
        """Add an actor; returns its id (`actor_id`, else 1, 2, ...). Catalogue fields are given as texts."""
        if len(self.actors) >= safety.MAX_ACTORS:
            raise self.error(place, tr("Errors", "the file holds more than {0:,} actors").format(safety.MAX_ACTORS))
        if actor_id is None:
            actor_id = len(self.actors) + 1
        extra_values = self.extra(extra, place)
        category_key = self.key(CatalogueKind.CATEGORY, category, place)
        self._colour_extra(extra_values, colour, CatalogueKind.CATEGORY, category_key)
        person = None
        if contact:
            parts = {k: self.label(contact.get(k, ""), place, f"contact {k}") for k in _CONTACT_PARTS}
            if any(parts.values()):
                person = ContactPerson(**parts)
        for cluster in clusters:
            cluster_name = self.label(cluster, place, "cluster name")
            if cluster_name:
                self._clusters.setdefault(cluster_name, {})[actor_id] = None
        actor = Actor(
            name=self.name(name, place),
            category=category_key,
            district=self.key(CatalogueKind.DISTRICT, district, place),
            fields=_unique(self.key(CatalogueKind.FIELD, f, place) for f in fields),
            stage=self.key(CatalogueKind.STAGE, stage, place),
            influence=int(influence),
            attitude=attitude or Attitude.NEUTRAL,
            reached=bool(reached),
            notes=self.text(notes, place, "description"),
            tags=_unique(self.label(t, place, "tag") for t in tags),
            x=_finite(x),
            y=_finite(y),
            contact=person,
            dots=int(dots),
            is_key=bool(is_key),
            extra=extra_values,
            sources=sources,
            id=actor_id,
            uid=uid or new_uid(),
        )
        self.actors.append(actor)
        self._ids.add(actor_id)
        return actor_id

    def add_tie(
        self,
        source: int,
        target: int,
        place: Place | None,
        *,
        kind: str = "",
        direction: Direction | None = None,
        weight: object = None,
        field: str = "",
        notes: str = "",
        colour: str | None = None,
        extra: dict[str, str] | None = None,
        uid: str | None = None,
        sources: tuple[Source, ...] = (),
        tie_id: int | None = None,
    ) -> None:
        """Add a tie between two actor ids returned by `add_actor`; `weight` becomes the strength."""
        if len(self.ties) >= safety.MAX_TIES:
            raise self.error(place, tr("Errors", "the file holds more than {0:,} ties").format(safety.MAX_TIES))
        for end in (source, target):
            if end not in self._ids:
                raise self.error(
                    place, tr("Errors", "the tie refers to an actor that does not exist ({0})").format(end)
                )
        extra_values = self.extra(extra, place)
        try:
            strength, original = parse_strength(weight)
        except ValueError:
            raise self.error(place, tr("Errors", "the weight {0!r} is not a number").format(str(weight)[:40])) from None
        if original is not None:
            extra_values[ORIGINAL_WEIGHT] = original
        kind_key = self.key(CatalogueKind.TIE_KIND, kind, place)
        self._colour_extra(extra_values, colour, CatalogueKind.TIE_KIND, kind_key)
        self.ties.append(
            Tie(
                source=source,
                target=target,
                kind=kind_key,
                direction=direction or Direction.UNDIRECTED,
                strength=strength,
                field=self.key(CatalogueKind.FIELD, field, place),
                notes=self.text(notes, place, "description"),
                extra=extra_values,
                sources=sources,
                id=tie_id,
                uid=uid or new_uid(),
            )
        )

    def spellings(self, actor_id: int, names: Iterable[str]) -> None:
        """Note that the file named actor `actor_id` in all these spellings (kept if more than one)."""
        names = tuple(names)
        if len(names) > 1:
            chosen = self.actors[actor_id - 1].name
            self._spellings[actor_id] = tuple(n for n in names if clean_name(n) != chosen)

    def build(self) -> MapState:
        clusters = [Cluster(name=name, members=tuple(members)) for name, members in self._clusters.items()]
        return MapState(catalogues=self.catalogues, actors=self.actors, ties=self.ties, clusters=clusters,
                        merged_spellings=dict(self._spellings))


def slugify(text: str) -> str:
    """A catalogue key for a label: ``"Migrant*innen-Beirat"`` -> ``"migrant_innen_beirat"``."""
    text = text.casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:40].strip("_")
    return slug or "eintrag"


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return tuple(seen)


def _finite(value: float) -> float:
    value = float(value)
    return value if math.isfinite(value) else 0.0
