"""The project's info and its catalogues: the facts about the workshop, and the entries every
actor and tie refers to (categories, districts, stages, fields of action, kinds of tie).

Both are stored as a whole but merged as a three-way merge in team mode: a colleague's change of
another field is kept (netmap.storage.versions); a catalogue entry still used on the map cannot
be removed.
"""

from __future__ import annotations

from netmap import rules
from netmap.changes import Action, Subject
from netmap.domain import CatalogueEntry, CatalogueKind, ProjectInfo
from netmap.errors import InvalidEditError
from netmap.i18n import tr
from netmap.storage import rows
from netmap.transactions import Transactions

__all__ = ["check_info", "revise_info", "set_catalogue"]


def check_info(info: ProjectInfo) -> None:
    """Refuse project info that breaks a rule (InvalidEditError naming the field)."""
    for what, value in ((tr("Errors", "the project name"), info.name), (tr("Errors", "the town"), info.town),
                        (tr("Errors", "the topic"), info.topic),
                        (tr("Errors", "the facilitator"), info.facilitator)):
        rules.check_text(what, value, name=True)
    rules.check_workshop(info.participants, info.workshop_step, info.dots_each, info.open_questions)
    if info.language not in ("de", "en"):
        raise InvalidEditError(tr("Errors", "language {0!r} is not one of de, en").format(info.language))


def revise_info(tx: Transactions, info: ProjectInfo, base: ProjectInfo | None) -> tuple[ProjectInfo, ProjectInfo]:
    """See `Project.revise_info`."""
    check_info(info)
    with tx.edit() as conn:
        previous = rows.read_info(conn)
        info = tx.versions.check_info(info, previous, base)
        rows.write_info(conn, info)
    tx.versions.saw_info(info)
    tx.announce(Subject.INFO, Action.UPDATED)
    return previous, info


def set_catalogue(tx: Transactions, kind: CatalogueKind, entries: list[CatalogueEntry],
                  base: list[CatalogueEntry] | None) -> list[CatalogueEntry]:
    """See `Project.set_catalogue`."""
    keys = [e.key for e in entries]
    if len(set(keys)) != len(keys) or any(not k.strip() for k in keys):
        raise InvalidEditError(tr("Errors", "catalogue keys must be unique and not empty"))
    label = tr("Errors", "a catalogue label")
    for entry in entries:
        rules.check_text(label, entry.label_de, name=True)
        rules.check_text(label, entry.label_en, name=True)
    with tx.edit() as conn:
        missing = rows.used_catalogue_keys(conn, kind) - set(keys)
        if missing:
            raise InvalidEditError(tr("Errors", "the entries {0} are still used on the map and cannot be removed")
                                   .format(", ".join(sorted(missing))))
        previous = rows.read_catalogues(conn)[kind]
        tx.versions.check_catalogue(kind, entries, previous, base)
        rows.write_catalogue(conn, kind, entries)
    tx.versions.saw_catalogues({kind: entries})
    tx.forget_catalogues()
    tx.announce(Subject.CATALOGUE, Action.UPDATED)
    return previous
