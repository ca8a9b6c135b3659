"""Which header means which column: NetMap's own headers in both languages, and the other names a
column is known by (`netmap.exchange.schema`, the one list of aliases), e.g. 'Akteursgruppe' for
the category. A renamed header that is neither is reported, never read as "the column is empty"."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.utils import get_column_letter

from netmap.exchange.safety import normalised_header
from netmap.exchange.schema import COLUMNS_BY_FIELD, TIE_COLUMNS_BY_FIELD
from netmap.exchange.workbook.vocabulary import _CONTACT_FIELDS, _FORMATS_FIELD, _OPTIONAL_FIELDS, _Column

__all__ = ["_Header", "known_headers", "missing_columns"]


class _Header:
    """What the header row of a sheet says: known fields and custom attributes by column index."""

    def __init__(self) -> None:
        self.fields: dict[str, int] = {}
        self.extras: dict[int, str] = {}
        self.names: dict[int, str] = {}

    def column(self, index: int | None) -> str | None:
        """How an error names a column: its letter and its header, e.g. ``C (Kategorie)``."""
        if index is None:
            return None
        letter = get_column_letter(index + 1)
        name = self.names.get(index)
        return f"{letter} ({name})" if name else letter


def known_headers(columns: Sequence[_Column]) -> dict[str, str]:
    """Normalised header -> field of `columns`: NetMap's headers first, then unambiguous aliases."""
    fields = {c.field for c in columns}
    vocabulary = TIE_COLUMNS_BY_FIELD if "from" in fields else COLUMNS_BY_FIELD
    aliases: dict[str, set[str]] = {}
    for column in columns:
        other = vocabulary.get(_FORMATS_FIELD.get(column.field, column.field))
        for alias in other.aliases if other is not None else ():
            aliases.setdefault(alias, set()).add(column.field)
    known = {alias: next(iter(owners)) for alias, owners in aliases.items() if len(owners) == 1}
    for column in columns:
        known[normalised_header(column.en)] = column.field
        known[normalised_header(column.de)] = column.field
    return known


def missing_columns(header: _Header, columns: Sequence[_Column]) -> list[_Column]:
    """The known columns a sheet lacks; contact columns count only when some of them are there
    (an anonymised workbook has none)."""
    has_contact = any(f in header.fields for f in _CONTACT_FIELDS)
    return [
        c for c in columns
        if c.field not in header.fields
        and (c.field not in _OPTIONAL_FIELDS or (has_contact and c.field in _CONTACT_FIELDS))
    ]
