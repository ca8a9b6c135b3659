"""Naming a tie kind or a snapshot on the command line: without regard to case, candidates listed.

A tie kind is named by its key or by its label in either language ("Marital", "marital" and
"MARITAL" name the kind a Pajek file called "Marital"); a snapshot by its label. An exact match
wins; otherwise a name that several entries share without regard to case is ambiguous, and the
message lists them, as it lists all of them when nothing matches.
"""

from __future__ import annotations

from collections.abc import Iterable

from netmap.domain import CatalogueEntry
from netmap.errors import NetMapError, SnapshotNotFoundError
from netmap.i18n import tr

__all__ = ["match_snapshot", "match_tie_kind"]


def _listed(names: Iterable[str]) -> str:
    return ", ".join(repr(n) for n in names) or tr("Errors", "none")


def match_tie_kind(entries: list[CatalogueEntry], text: str) -> str:
    """The key of the tie kind `text` names (key or label, any case); NetMapError otherwise."""
    exact = [e for e in entries if text in (e.key, e.label_de, e.label_en)]
    folded = text.strip().casefold()
    found = exact or [e for e in entries if folded in {e.key.casefold(), e.label_de.casefold(), e.label_en.casefold()}]
    if len(found) == 1:
        return found[0].key
    if found:
        raise NetMapError(tr("Errors", "the tie kind {0!r} is ambiguous; it may be: {1}").format(
            text, _listed(f"{e.label_en} ({e.key})" for e in found)))
    raise NetMapError(tr("Errors", "unknown tie kind {0!r} (kinds: {1})").format(
        text, _listed(e.label_en if e.label_en == e.label_de else f"{e.label_de} ({e.label_en})" for e in entries)))


def match_snapshot(labels: list[str], text: str) -> str:
    """The label of the snapshot `text` names (any case); NetMapError otherwise."""
    if text in labels:
        return text
    found = [label for label in labels if label.casefold() == text.strip().casefold()]
    if len(found) == 1:
        return found[0]
    if found:
        raise NetMapError(tr("Errors", "the snapshot label {0!r} is ambiguous; it may be: {1}").format(
            text, _listed(found)))
    raise SnapshotNotFoundError(text, labels)
