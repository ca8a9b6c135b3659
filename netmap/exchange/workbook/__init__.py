"""The NetMap Excel workbook: written for consultants to read and edit, read back into a map.

Layout (German or English headers and sheet names; the reader accepts both):

- Akteure / Actors: Name, category, district, fields of action ('|'-separated), participation
  stage, influence, attitude, reached, tags, notes, X, Y, the contact person (four columns, absent
  when anonymised), key actor, dots, then one column per custom attribute (``Actor.extra``), and the
  ID (the actor's uid) last.
- Beziehungen / Ties: From, To (names), kind, direction, strength, field, notes, From ID, To ID,
  custom attributes, ID.
- Kennzahlen / Metrics and Lücken / Gaps from the analysis, Momentaufnahmen / Snapshots,
  Projekt / Project: what the project is about.
- Listen / Lists (hidden): the catalogue labels (with their keys) that feed the drop-down lists.

Modules: `vocabulary` (the one definition of sheets, columns and words), `writer`, `reader` and
`cells` (typed cell access for the reader).
"""

from netmap.exchange.workbook.reader import WorkbookRead, read_workbook, read_workbook_fully
from netmap.exchange.workbook.writer import write_workbook

__all__ = ["WorkbookRead", "read_workbook", "read_workbook_fully", "write_workbook"]
