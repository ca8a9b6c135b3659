"""Typed access to the cells of one row of a workbook sheet; every failure names sheet, row and column."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, Protocol

from netmap.domain import CatalogueKind, Source
from netmap.exchange.errors import ExchangeError
from netmap.exchange.safety import MAX_NAME_LENGTH, MAX_TEXT_LENGTH, clean_name, clean_text
from netmap.exchange.workbook.headers import _Header
from netmap.exchange.workbook.vocabulary import (
    _FALSE_WORDS,
    _KIND_NAMES,
    _LIST_SEPARATOR,
    _TRUE_WORDS,
    MAX_ID,
    _i,
)
from netmap.i18n import tr
from netmap.provenance import SourceFormatError, parse_sources

__all__ = ["SheetReader", "_CellReader", "_present", "_text"]


class SheetReader(Protocol):
    """What a row's cells need of the workbook reader: the catalogue labels, the language, and
    errors that name the file."""

    @property
    def lang(self) -> str: ...

    @property
    def lookup(self) -> Mapping[CatalogueKind, Mapping[str, str]]: ...

    def fail(self, message: str, sheet: str | None = None, row: int | None = None,
             column: str | None = None) -> ExchangeError: ...


class _CellReader:
    """Typed access to the cells of one row; every failure names sheet, row and column."""

    def __init__(
        self, reader: SheetReader, sheet: str, row: int, cells: Sequence[Any], header: _Header
    ) -> None:
        self.reader, self.sheet, self.row, self.cells, self.header = reader, sheet, row, cells, header

    def error(self, field: str, message: str) -> ExchangeError:
        column = self.header.column(self.header.fields.get(field))
        return self.reader.fail(message, self.sheet, self.row, column)

    def raw(self, field: str) -> Any:
        index = self.header.fields.get(field)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index].value

    def sources(self, field: str) -> tuple[Source, ...]:
        """Provenance as `netmap.provenance.format_sources` writes it."""
        try:
            return parse_sources(self.text(field))
        except SourceFormatError as exc:
            raise self.error(field, str(exc)) from None

    def text(self, field: str) -> str:
        """Multi-line text (notes)."""
        value = self.raw(field)
        text = clean_text(_text(value)) if _present(value) else ""
        if len(text) > MAX_TEXT_LENGTH:
            raise self.error(field, tr("Errors", "the text is longer than {0:,} characters").format(MAX_TEXT_LENGTH))
        return text

    def line(self, field: str) -> str:
        """One-line text (names, labels, contact details), trimmed."""
        value = self.raw(field)
        text = clean_name(_text(value)) if _present(value) else ""
        if len(text) > MAX_NAME_LENGTH:
            raise self.error(field, tr("Errors", "the text is longer than {0} characters").format(MAX_NAME_LENGTH))
        return text

    def name(self, field: str) -> str:
        text = self.line(field)
        if not text:
            raise self.error(field, tr("Errors", "the name is missing"))
        return text

    def identifier(self, field: str) -> str:
        text = self.line(field)
        if len(text) > MAX_ID:
            raise self.error(field, tr("Errors", "the ID is longer than {0} characters").format(MAX_ID))
        return text

    def key(self, field: str, kind: CatalogueKind) -> str:
        label = self.line(field)
        return self._key(field, kind, label) if label else ""

    def keys(self, field: str, kind: CatalogueKind) -> tuple[str, ...]:
        labels = (part.strip() for part in self.line(field).split(_LIST_SEPARATOR))
        return tuple(dict.fromkeys(self._key(field, kind, label) for label in labels if label))

    def _key(self, field: str, kind: CatalogueKind, label: str) -> str:
        key = self.reader.lookup[kind].get(label.casefold())
        if key is None:
            raise self.error(field, tr("Errors", "{0!r} is not in the list of {1}")
                             .format(label, tr("Errors", _KIND_NAMES[kind])))
        return key

    def tags(self, field: str) -> tuple[str, ...]:
        parts = (part.strip() for part in self.line(field).split(_LIST_SEPARATOR))
        return tuple(dict.fromkeys(part for part in parts if part))

    def integer(self, field: str, allowed: range, default: int) -> int:
        value = self.raw(field)
        if not _present(value):
            return default
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        elif isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d{1,9}(?:[.,]0*)?\s*", value):
            number = int(re.split(r"[.,]", value.strip())[0])
        if number is None or number not in allowed:
            raise self.error(
                field,
                tr("Errors", "{0!r} is not a whole number from {1} to {2}").format(
                    _text(value), allowed.start, allowed.stop - 1
                ),
            )
        return number

    def number(self, field: str) -> float:
        value = self.raw(field)
        if not _present(value):
            return 0.0
        number: float | None = None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = float(value)
        elif isinstance(value, str) and len(value) < 40:
            try:
                number = float(value.strip().replace(",", "."))
            except ValueError:
                number = None
        if number is None or not math.isfinite(number):
            raise self.error(field, tr("Errors", "{0!r} is not a number").format(_text(value)))
        return number

    def yes_no(self, field: str) -> bool:
        value = self.raw(field)
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)) and value in (0, 1):
            return bool(value)
        word = self.line(field).casefold()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise self.error(field, tr("Errors", "{0!r} is neither yes nor no").format(word))

    def choice(
        self, field: str, labels: Mapping[Any, tuple[str, str]], default: Any, aliases: Mapping[str, Any] | None = None
    ) -> Any:
        """One of `labels` by its key or either word; `aliases` (casefolded word -> key) are read too."""
        word = self.line(field)
        if not word:
            return default
        if aliases is not None and word.casefold() in aliases:
            return aliases[word.casefold()]
        for member, names in labels.items():
            if word.casefold() in (str(member).casefold(), names[0].casefold(), names[1].casefold()):
                return member
        allowed = ", ".join(names[_i(self.reader.lang)] for names in labels.values())
        raise self.error(field, tr("Errors", "{0!r} is not one of: {1}").format(word, allowed))

    def date(self, field: str) -> date | None:
        value = self.raw(field)
        if not _present(value):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = self.line(field)
        for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise self.error(field, tr("Errors", "{0!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)").format(text))

    def extras(self) -> dict[str, str]:
        """Custom attributes: every other column with a header and a value in this row."""
        found: dict[str, str] = {}
        for index, name in self.header.extras.items():
            value = self.cells[index].value if index < len(self.cells) else None
            if _present(value):
                text = clean_text(_text(value))
                if len(text) > MAX_TEXT_LENGTH:
                    raise self.reader.fail(
                        tr("Errors", "the text is longer than {0:,} characters").format(MAX_TEXT_LENGTH),
                        self.sheet,
                        self.row,
                        self.header.column(index),
                    )
                found[name] = text
        return found



def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    """A cell value as text: whole numbers without '.0', dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
