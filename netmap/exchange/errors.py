"""The one exception of the exchange package: bad input, with the place where it was found.

Every reader turns whatever goes wrong with a file (a parse error, a wrong encoding, a number that is not
one, a name of 10,000 characters) into an `ExchangeError`, so the command line and the import dialog can
show one line that names the file and, as far as the format has them, the sheet, row, line, column or
element, and the project stays untouched.

>>> str(ExchangeError("unknown actor 'X'", file="paypal.xlsx", sheet="Connections", row=12, column="From"))
"paypal.xlsx, sheet Connections, row 12, column From: unknown actor 'X'"
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from netmap.errors import NetMapError
from netmap.i18n import tr

__all__ = ["ExchangeError", "Place"]


@dataclass(frozen=True)
class Place:
    """Where in a file something was found; every part is optional.

    `row` is a spreadsheet or CSV row as the user sees it (the header is row 1), `line` a line of a
    text format (Pajek, UCINET), `item` an element of an XML format such as ``node 'n5'``.
    """

    sheet: str | None = None
    row: int | None = None
    line: int | None = None
    column: str | None = None
    item: str | None = None


class ExchangeError(NetMapError):
    """A file could not be read (or written) as it is; `str()` is one line naming the place."""

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        line: int | None = None,
        item: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = Path(file).name if file is not None else None
        self.sheet = sheet
        self.row = row
        self.column = column
        self.line = line
        self.item = item

    @classmethod
    def at(cls, place: Place | None, message: str, *, file: str | Path | None = None) -> ExchangeError:
        place = place or Place()
        return cls(
            message,
            file=file,
            sheet=place.sheet,
            row=place.row,
            column=place.column,
            line=place.line,
            item=place.item,
        )

    def __str__(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(tr("Errors", "sheet {0}").format(self.sheet))
        if self.row is not None:
            parts.append(tr("Errors", "row {0}").format(self.row))
        if self.line is not None:
            parts.append(tr("Errors", "line {0}").format(self.line))
        if self.column:
            parts.append(tr("Errors", "column {0}").format(self.column))
        if self.item:
            parts.append(self.item)
        where = ", ".join(parts)
        text = " ".join(self.message.split())  # always one line
        return f"{where}: {text}" if where else text
