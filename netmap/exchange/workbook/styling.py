"""How the workbook looks on screen and on paper: print setup, Excel tables, colours and data bars.

Decisions: every sheet prints landscape and one page wide (a consultant prints the actor list; 14
portrait pages with cut names helped nobody), with the header row repeated and town, topic and date
in the page header. The data sheets become Excel tables (named, so pivots and filters find them);
an Excel table brings its own filter, so those sheets have no sheet filter. Colours by attitude are
conditional formats on the attitude column: they follow an edit in Excel. Nothing here is a cell
formula; user text in page headers is escaped (``&`` is a header code).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from openpyxl.formatting.rule import DataBarRule, FormulaRule
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from netmap.domain import Attitude, ProjectInfo
from netmap.exchange.workbook.vocabulary import _ATTITUDES, _i

__all__ = ["ATTITUDE_COLOURS", "add_table", "attitude_colours", "data_bars", "print_area", "print_setup",
           "wrap_columns"]

ATTITUDE_COLOURS = {Attitude.SUPPORTIVE: "C6EFCE", Attitude.NEUTRAL: "EDEDED", Attitude.CRITICAL: "FFC7CE"}
"""Light fills (green, grey, red) that keep black text readable, on screen and in print."""
_BAR_COLOUR = "5B9BD5"
_WRAP = Alignment(wrap_text=True, vertical="top")


def print_setup(sheet: Worksheet, info: ProjectInfo, lang: str, today: date) -> None:
    """Landscape, one page wide, header row repeated, town/topic/date above and pages below."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.8  # room for the page header and footer
    sheet.page_margins.header = sheet.page_margins.footer = 0.3
    if sheet.max_row > 1 and sheet.cell(1, 1).value is not None and sheet.freeze_panes == "A2":
        sheet.print_title_rows = "1:1"
    title = " – ".join(_escape(t) for t in (info.town, info.topic) if t) or _escape(info.name)
    when = info.workshop_date or today
    stamp = when.strftime("%d.%m.%Y") if lang == "de" else when.isoformat()
    for header in (sheet.oddHeader, sheet.evenHeader):
        header.left.text = title
        header.left.size = 9
        header.right.text = _escape(sheet.title) + " · " + stamp
        header.right.size = 9
    page = ("Seite &P von &N", "Page &P of &N")[0 if lang == "de" else 1]
    for footer in (sheet.oddFooter, sheet.evenFooter):
        footer.center.text = page
        footer.center.size = 9
        footer.left.text = "NetMap"
        footer.left.size = 8


def _escape(text: str) -> str:
    return text.replace("&", "&&")


def add_table(sheet: Worksheet, name: str, columns: int, rows: int) -> None:
    """Make the sheet's data an Excel table `name` (headers in row 1), replacing the sheet filter."""
    if columns < 1:
        return
    sheet.auto_filter.ref = None
    reference = f"A1:{get_column_letter(columns)}{max(rows, 2)}"
    table = Table(displayName=name, ref=reference)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)
    sheet.add_table(table)


def attitude_colours(sheet: Worksheet, column: int, last_row: int, width: int, lang: str) -> None:
    """Colour a whole actor row by the word in its attitude column (as Excel shows it, after edits)."""
    letter = get_column_letter(column)
    area = f"A2:{get_column_letter(width)}{max(last_row, 2) + 500}"
    for attitude, colour in ATTITUDE_COLOURS.items():
        if attitude == Attitude.NEUTRAL:
            continue
        word = _ATTITUDES[attitude][_i(lang)]
        fill = PatternFill("solid", start_color=colour, end_color=colour)
        sheet.conditional_formatting.add(area, FormulaRule(formula=[f'${letter}2="{word}"'], fill=fill))


def data_bars(sheet: Worksheet, columns: Sequence[int], last_row: int, first_row: int = 2) -> None:
    """A bar in each figure's cell, as long as the figure compared with the column's largest."""
    if last_row < first_row:
        return
    for column in columns:
        letter = get_column_letter(column)
        rule = DataBarRule(start_type="num", start_value=0, end_type="max", color=_BAR_COLOUR, showValue=True)
        sheet.conditional_formatting.add(f"{letter}{first_row}:{letter}{last_row}", rule)


def wrap_columns(sheet: Worksheet, columns: Sequence[int], last_row: int, first_row: int = 1) -> None:
    """Wrap the text of `columns` in its cells and make each row tall enough for it, so that it
    prints whole instead of cut at the column edge (neither Excel nor LibreOffice grows the rows of
    a written file by itself)."""
    widths = {c: sheet.column_dimensions[get_column_letter(c)].width or 10 for c in columns}
    for row in range(first_row, last_row + 1):
        lines = 1
        for column in columns:
            cell = sheet.cell(row, column)
            cell.alignment = _WRAP
            text = "" if cell.value is None else str(cell.value)
            capacity = max(widths[column] * 1.1, 1)  # characters per line: a width unit is about a digit
            lines = max(lines, sum(1 + int(len(part) // capacity) for part in text.split("\n")))
        if lines > 1:
            sheet.row_dimensions[row].height = 13 * min(lines, 30) + 2


def print_area(sheet: Worksheet, last_column: int, last_row: int) -> None:
    """Print the columns up to `last_column` only (the ones for people)."""
    sheet.print_area = f"A1:{get_column_letter(last_column)}{max(last_row, 1)}"
