"""The rules every actor, tie and cluster obeys, whoever makes the edit (UI, import, CLI).

They live here, not in widgets, so a workbook import and a typed-in actor are held to the same
standard.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from netmap.domain import (
    INFLUENCE_RANGE,
    STRENGTH_RANGE,
    Actor,
    ActorChanges,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    Tie,
)
from netmap.errors import InvalidEditError
from netmap.i18n import tr

__all__ = [
    "MAX_NAME_LENGTH",
    "MAX_TEXT_LENGTH",
    "WORKSHOP_STEPS",
    "check_actor",
    "check_cluster",
    "check_text",
    "check_tie",
    "check_workshop",
    "name_key",
    "normalise_name",
    "normalised_actor",
    "normalised_cluster",
]

MAX_NAME_LENGTH = 500
"""Longer than any real organisation's name; longer input is refused, never cut silently."""

MAX_TEXT_LENGTH = 32_767
"""The most an Excel cell holds, so every note survives an export to a workbook and back."""

# Control characters break labels, XML exports and terminals; tab and newline are allowed in notes.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_IN_NAME = re.compile(r"[\x00-\x1f\x7f]")


# Characters that change nothing a reader sees, or turn the text around: zero-width space, soft
# hyphen, word joiner and invisible operators, byte order mark, Hangul fillers, and every bidi
# control (marks, embeddings, overrides, isolates). "B" and "B" + U+200D would be two actors that
# look the same; U+202E shows "Kita " + RLO + "dron" as "Kita nord".
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f"
                        "\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]")
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")  # look like a space, are not
# Zero-width (non-)joiners shape Arabic, Persian and Indic letters and join emoji: between two such
# characters they are part of the name; anywhere else (Latin text, the ends) they are invisible.
_JOINERS = re.compile("[\u200c\u200d]+")
_SHAPED_FROM = 0x0590  # Hebrew onwards: the scripts that join or form conjuncts, and the symbols


def _shaped(char: str) -> bool:
    return ord(char) >= _SHAPED_FROM and unicodedata.category(char)[0] in "LMS"


def _joiner(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    keep = 0 < start and end < len(text) and _shaped(text[start - 1]) and _shaped(text[end])
    return match.group()[0] if keep else ""


def normalise_name(text: str) -> str:
    """A name as NetMap keeps it: invisible and bidi-control characters removed (a joiner only
    where it joins nothing), other spaces made ordinary spaces, composed to Unicode NFC (an "ü"
    typed as u + U+0308 is one character).

    Every edit and every import passes names through here, so two names that look the same are
    the same text.
    """
    text = _ODD_SPACE.sub(" ", _INVISIBLE.sub("", text))
    return unicodedata.normalize("NFC", _JOINERS.sub(_joiner, text))


def name_key(text: str) -> str:
    """What two names must share to name the same actor: normalised, spaces collapsed, any case."""
    return " ".join(normalise_name(text).split()).casefold()


def normalised_actor(actor: Actor) -> Actor:
    """`actor` with its name, tags and contact person's name normalised (itself when nothing changes)."""
    changes: ActorChanges = {}
    name = normalise_name(actor.name)
    if name != actor.name:
        changes["name"] = name
    tags = tuple(t for t in (normalise_name(t) for t in actor.tags) if t)
    if tags != actor.tags:
        changes["tags"] = tags
    if actor.contact is not None and normalise_name(actor.contact.name) != actor.contact.name:
        changes["contact"] = replace(actor.contact, name=normalise_name(actor.contact.name))
    return actor.with_changes(**changes) if changes else actor


def normalised_cluster(cluster: Cluster) -> Cluster:
    """`cluster` with its heading normalised (itself when nothing changes)."""
    name = normalise_name(cluster.name)
    return cluster if name == cluster.name else cluster.with_changes(name=name)


def check_text(what: str, value: str, *, name: bool = False) -> None:
    """Refuse over-long text and control characters, naming the attribute."""
    limit = MAX_NAME_LENGTH if name else MAX_TEXT_LENGTH
    if len(value) > limit:
        raise InvalidEditError(tr("Errors", "{0} is {1:,} characters long; at most {2:,} are allowed")
                               .format(what, len(value), limit))
    pattern = _CONTROL_IN_NAME if name else _CONTROL
    match = pattern.search(value)
    if match:
        raise InvalidEditError(tr("Errors", "{0} contains the control character U+{1:04X}")
                               .format(what, ord(match.group())))


WORKSHOP_STEPS = 7
"""The guided workshop's steps (netmap.workshop); 0 means the guide was never started."""


def check_workshop(participants: int, workshop_step: int, dots_each: int, open_questions: str) -> None:
    """What a project records of its workshop: counts in sensible ranges, questions as plain text."""
    for what, value, top in ((tr("Errors", "the number of participants"), participants, 10_000),
                             (tr("Errors", "the workshop step"), workshop_step, WORKSHOP_STEPS),
                             (tr("Errors", "the dots per participant"), dots_each, 99)):
        if not 0 <= value <= top:
            raise InvalidEditError(tr("Errors", "{0} must be between 0 and {1}, not {2}").format(what, top, value))
    check_text(tr("Errors", "the open questions"), open_questions)


def _keys(catalogues: dict[CatalogueKind, list[CatalogueEntry]], kind: CatalogueKind) -> set[str]:
    return {e.key for e in catalogues.get(kind, [])}


def _check_key(catalogues: dict[CatalogueKind, list[CatalogueEntry]], kind: CatalogueKind, key: str,
               what: str) -> None:
    if key and key not in _keys(catalogues, kind):
        raise InvalidEditError(tr("Errors", "{0} {1!r} is not in the project's catalogue").format(what, key))


def check_actor(actor: Actor, catalogues: dict[CatalogueKind, list[CatalogueEntry]]) -> None:
    if not actor.name.strip():
        raise InvalidEditError(tr("Errors", "an actor needs a name"))
    check_text(tr("Errors", "the actor's name"), actor.name, name=True)
    check_text(tr("Errors", "the notes"), actor.notes)
    for tag in actor.tags:
        check_text(tr("Errors", "a tag"), tag, name=True)
    if actor.contact is not None:
        for label, value in ((tr("Errors", "the contact's name"), actor.contact.name),
                             (tr("Errors", "the contact's role"), actor.contact.role),
                             (tr("Errors", "the contact's e-mail"), actor.contact.email),
                             (tr("Errors", "the contact's phone"), actor.contact.phone)):
            check_text(label, value, name=True)
    if actor.influence not in INFLUENCE_RANGE:
        raise InvalidEditError(tr("Errors", "influence {0} is outside 0-10").format(actor.influence))
    if actor.dots < 0:
        raise InvalidEditError(tr("Errors", "dots cannot be negative"))
    _check_key(catalogues, CatalogueKind.CATEGORY, actor.category, tr("Errors", "category"))
    _check_key(catalogues, CatalogueKind.DISTRICT, actor.district, tr("Errors", "district"))
    _check_key(catalogues, CatalogueKind.STAGE, actor.stage, tr("Errors", "participation stage"))
    for field_key in actor.fields:
        _check_key(catalogues, CatalogueKind.FIELD, field_key, tr("Errors", "field of action"))


def check_tie(tie: Tie, actor_ids: set[int], catalogues: dict[CatalogueKind, list[CatalogueEntry]]) -> None:
    if tie.source not in actor_ids or tie.target not in actor_ids:
        raise InvalidEditError(tr("Errors", "a tie must join two actors of the map"))
    if tie.source == tie.target:
        raise InvalidEditError(tr("Errors", "a tie must join two different actors"))
    if tie.strength not in STRENGTH_RANGE:
        raise InvalidEditError(tr("Errors", "strength {0} is outside 1-3").format(tie.strength))
    check_text(tr("Errors", "the notes"), tie.notes)
    _check_key(catalogues, CatalogueKind.TIE_KIND, tie.kind, tr("Errors", "tie kind"))
    _check_key(catalogues, CatalogueKind.FIELD, tie.field, tr("Errors", "field of action"))


def check_cluster(cluster: Cluster, actor_ids: set[int]) -> None:
    if not cluster.name.strip():
        raise InvalidEditError(tr("Errors", "a cluster needs a heading"))
    check_text(tr("Errors", "the cluster's heading"), cluster.name, name=True)
    if cluster.dots < 0:
        raise InvalidEditError(tr("Errors", "dots cannot be negative"))
    unknown = set(cluster.members) - actor_ids
    if unknown:
        raise InvalidEditError(tr("Errors", "cluster members {0} are not actors of the map").format(sorted(unknown)))
