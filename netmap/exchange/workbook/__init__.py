"""The NetMap Excel workbook: a deliverable a consultant hands over, edited safely and read back.

Sheets (German or English names and headers; the reader accepts both):

- Übersicht / Overview: the network in figures, the top ten, the main findings in words.
- Akteure / Actors and Beziehungen / Ties: the map, one Excel table each, to be edited and imported
  back. Names first, IDs (and positions) last; own columns are kept; drop-downs for catalogue values
  and for the actor names of Von/An.
- Einfluss × Haltung / Influence × attitude: the stakeholder matrix as a native chart.
- Kennzahlen / Metrics and Lücken / Gaps: the analysis, in words and translated figures.
- Vergleich / Comparison (when compared with a snapshot), Momentaufnahmen / Snapshots,
  Projekt / Project (including the snapshot a workbook was exported from), Erläuterungen / Guide.
- Listen / Lists (hidden): the catalogue labels (with their keys) that feed the drop-down lists.

Modules: `vocabulary` (the one definition of sheets, columns and words), `writer` with `cover`,
`findings`, `guide`, `comparison` and `styling` (print set-up, tables, colours); `reader` with
`cells` (typed cell access), `headers` (which header is which column) and `checks` (edits that would
lose a map silently).
"""

from netmap.exchange.workbook.reader import WorkbookRead, read_workbook, read_workbook_fully
from netmap.exchange.workbook.writer import write_workbook

__all__ = ["WorkbookRead", "read_workbook", "read_workbook_fully", "write_workbook"]
