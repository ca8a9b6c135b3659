"""Checks across the rows of the actor sheet: edits Excel makes easy that would lose a map silently.

- Sorting one column only (the names, say) hands every name to another actor's ID. Refused when a
  name is now on the row of another actor's ID than before, while that actor is still there.
- A new row (no ID) named like an actor that has its row: taking over that actor's identity would
  merge two rows into one. Refused, naming both rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from netmap.domain import Actor, MapState
from netmap.exchange.workbook.cells import SheetReader, _CellReader
from netmap.exchange.workbook.headers import _Header
from netmap.i18n import tr

__all__ = ["check_names_not_shuffled", "check_new_rows"]


def check_new_rows(actors: Sequence[Actor], rows: Mapping[str, int],
                   without_id: Sequence[tuple[_CellReader, str]]) -> None:
    new_rows = {cell.row for cell, _ in without_id}
    with_id = {a.name.casefold(): rows[a.uid] for a in actors if rows[a.uid] not in new_rows}
    for cell, name in without_id:
        other = with_id.get(name.casefold())
        if other is not None:
            raise cell.error("name", tr("Errors", "this new row (no ID) has the name {0!r} of the actor in row {1}: "
                                                  "give the new actor a name of its own, or delete one of the two "
                                                  "rows if they are the same actor").format(name, other))


def check_names_not_shuffled(actors: Sequence[Actor], rows: Mapping[str, int], base: MapState, header: _Header,
                             reader: SheetReader, sheet: str) -> None:
    before = {a.uid: a.name for a in base.actors}
    owner: dict[str, str | None] = {}
    for uid, name in before.items():  # a name shared by two actors tells nothing
        owner[name.casefold()] = None if name.casefold() in owner else uid
    now = {a.uid: a.name for a in actors}
    for actor in actors:
        if actor.uid not in before or actor.name.casefold() == before[actor.uid].casefold():
            continue
        other = owner.get(actor.name.casefold())
        if other and other != actor.uid and other in now and now[other].casefold() != actor.name.casefold():
            raise reader.fail(
                tr("Errors", "the name {0!r} belonged to the actor whose ID is now in row {1}; were the columns "
                             "sorted separately? Sort whole rows, or put names and IDs back together")
                .format(actor.name, rows[other]),
                sheet, rows[actor.uid], header.column(header.fields.get("name")))
