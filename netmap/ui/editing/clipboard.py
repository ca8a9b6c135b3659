"""Copy and paste of actors with the ties among them, between maps and from plain text.

A copy carries the actors and ties as JSON (the core's serialisation) under NetMap's own MIME type,
plus their names as plain text for an e-mail. A paste gives the actors fresh identities; catalogue
keys the target project does not know are left empty rather than refused, since a map pasted from
another town may use other districts. Plain text pastes one actor per line: a list of names from an
e-mail becomes actors in one step.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QMimeData

from netmap.domain import Actor, CatalogueEntry, CatalogueKind, Tie, new_uid
from netmap.serialize import actor_from_dict, actor_to_dict, tie_from_dict, tie_to_dict

__all__ = ["MAX_TEXT_LINES", "MIME_TYPE", "PastedItems", "actors_from_mime", "mime_for"]

MIME_TYPE = "application/x-netmap-selection+json"
MAX_TEXT_LINES = 500  # a pasted novel is not a list of actors

PastedItems = tuple[list[Actor], list[tuple[int, int, Tie]]]


def mime_for(actors: Sequence[Actor], ties: Sequence[Tie]) -> QMimeData:
    ids = {a.id for a in actors}
    payload = {
        "format": 1,
        "actors": [actor_to_dict(a) for a in actors],
        "ties": [tie_to_dict(t) for t in ties if t.source in ids and t.target in ids],
    }
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(a.name for a in actors))
    return mime


def _known(catalogues: dict[CatalogueKind, list[CatalogueEntry]], kind: CatalogueKind) -> set[str]:
    return {e.key for e in catalogues.get(kind, [])}


def _fit(actor: Actor, catalogues: dict[CatalogueKind, list[CatalogueEntry]]) -> Actor:
    def keep(kind: CatalogueKind, key: str) -> str:
        return key if key in _known(catalogues, kind) else ""

    fields = tuple(f for f in actor.fields if f in _known(catalogues, CatalogueKind.FIELD))
    return actor.with_changes(category=keep(CatalogueKind.CATEGORY, actor.category),
                              district=keep(CatalogueKind.DISTRICT, actor.district),
                              stage=keep(CatalogueKind.STAGE, actor.stage), fields=fields)


def actors_from_mime(mime: QMimeData, catalogues: dict[CatalogueKind, list[CatalogueEntry]]) -> PastedItems:
    """The actors (without ids, fresh uids) and ties (by actor index) a paste would add."""
    if mime.hasFormat(MIME_TYPE):
        try:
            payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
            actors = [actor_from_dict(d) for d in payload.get("actors", [])]
            ties = [tie_from_dict(d) for d in payload.get("ties", [])]
        except (ValueError, KeyError, TypeError):
            return [], []
        index = {a.id: i for i, a in enumerate(actors)}
        pasted = [_fit(a, catalogues).with_changes(id=None, uid=new_uid()) for a in actors]
        kinds, fields = _known(catalogues, CatalogueKind.TIE_KIND), _known(catalogues, CatalogueKind.FIELD)
        links = [(index[t.source], index[t.target],
                  t.with_changes(id=None, uid=new_uid(), kind=t.kind if t.kind in kinds else "",
                                 field=t.field if t.field in fields else ""))
                 for t in ties if t.source in index and t.target in index]
        return pasted, links
    if mime.hasText():
        names = [" ".join(line.split()) for line in mime.text().splitlines()]
        names = [n for n in dict.fromkeys(names) if n][:MAX_TEXT_LINES]
        return [Actor(name=n) for n in names], []
    return [], []
