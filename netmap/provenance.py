"""Where every actor and tie came from: a workshop, a file, a person at a computer, a participant.

The sources travel with the item (`Actor.sources`, `Tie.sources`): stored with it, kept in
snapshots, written to workbooks and GraphML as one text and read back from it. That text is
    workshop 2026-11-12 2 | import 2026-11-20 kumu.xlsx | editor 2026-11-21 anna@rathaus-pc
(kind, date or "-", detail; sources separated by " | "), readable in a spreadsheet cell and exact
to read back. Which source a new item gets is `Project`'s business (`Project.source_for_new`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from netmap.domain import MapState, Source, SourceKind
from netmap.i18n import Translate
from netmap.i18n import tr as app_tr

__all__ = ["SourceFormatError", "describe_source", "format_sources", "merge_sources", "parse_sources",
           "sources_from_json", "sources_to_json", "without_persons", "without_persons_in"]

_SEPARATOR = " | "
_PERSONAL = (SourceKind.EDITOR, SourceKind.PROPOSAL)


class SourceFormatError(ValueError):
    """A provenance text that cannot be read; the message says what is wrong."""


def format_sources(sources: Iterable[Source]) -> str:
    parts = []
    for s in sources:
        detail = " ".join(s.detail.replace("|", "/").split())
        parts.append(" ".join(p for p in (str(s.kind), s.on.isoformat() if s.on else "-", detail) if p))
    return _SEPARATOR.join(parts)


def parse_sources(text: str) -> tuple[Source, ...]:
    """The sources of `format_sources`' text; empty text is no source."""
    tr = app_tr  # (lupdate finds the texts under this name)
    found = []
    for part in (p.strip() for p in text.split("|")):
        if not part:
            continue
        words = part.split(" ", 2)
        try:
            kind = SourceKind(words[0].casefold())
        except ValueError:
            raise SourceFormatError(tr("Errors", "{0!r} is not a kind of source (kinds: {1})").format(
                words[0], ", ".join(k.value for k in SourceKind))) from None
        on = None
        if len(words) > 1 and words[1] != "-":
            try:
                on = date.fromisoformat(words[1])
            except ValueError:
                raise SourceFormatError(tr("Errors", "{0!r} is not a date of the form YYYY-MM-DD")
                                        .format(words[1])) from None
        found.append(Source(kind, on, words[2].strip() if len(words) > 2 else ""))
    return tuple(found)


def sources_to_json(sources: tuple[Source, ...]) -> list[dict[str, str | None]]:
    """Provenance as stored (migration 0004) and in snapshot documents."""
    return [{"kind": str(s.kind), "on": s.on.isoformat() if s.on else None, "detail": s.detail} for s in sources]


def sources_from_json(items: list[dict[str, Any]] | None) -> tuple[Source, ...]:
    return tuple(Source(SourceKind(i["kind"]), date.fromisoformat(i["on"]) if i.get("on") else None,
                        i.get("detail", "")) for i in items or ())


def without_persons_in(sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """The sources without the person named in them (who typed an item in, which participant
    proposed it): what anonymised exports carry. Workshops and files stay as they are."""
    return tuple(Source(s.kind, s.on, "") if s.kind in _PERSONAL else s for s in sources)


def without_persons(state: MapState) -> MapState:
    """`state` with `without_persons_in` applied to every actor and tie."""
    return replace(state, actors=[a.with_changes(sources=without_persons_in(a.sources)) if a.sources else a
                                  for a in state.actors],
                   ties=[t.with_changes(sources=without_persons_in(t.sources)) if t.sources else t
                         for t in state.ties])


def merge_sources(*groups: Iterable[Source]) -> tuple[Source, ...]:
    """All sources of `groups`, each once, in order."""
    seen: list[Source] = []
    for group in groups:
        for source in group:
            if source not in seen:
                seen.append(source)
    return tuple(seen)


def describe_source(source: Source, language: str, translate: Translate | None = None) -> str:
    """One line for the inspector: "Workshop of 12.11.2026, step 2", "Import of kumu.xlsx on …"."""
    tr = translate or app_tr
    when = (source.on.strftime("%d.%m.%Y") if language == "de" else source.on.isoformat()) if source.on else ""
    detail = source.detail
    if source.kind == SourceKind.WORKSHOP:
        text = tr("Provenance", "Workshop of {date}").format(date=when) if when else tr("Provenance", "Workshop")
        return text + (", " + tr("Provenance", "step {step}").format(step=detail) if detail else "")
    if source.kind == SourceKind.IMPORT:
        return tr("Provenance", "Imported from {file}").format(file=detail or "?") + (f" ({when})" if when else "")
    if source.kind == SourceKind.PROPOSAL:
        return tr("Provenance", "Proposed by a participant") + (f" ({detail})" if detail else "") \
            + (f", {when}" if when else "")
    return tr("Provenance", "Entered by {who}").format(who=detail or "?") + (f", {when}" if when else "")
