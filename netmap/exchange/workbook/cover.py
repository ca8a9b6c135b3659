"""The sheets a client reads first: the cover (the network in figures, the top ten, the main
findings in words) and the stakeholder matrix (influence × attitude, as a native Excel chart).

The matrix chart has one series per actor so that every point carries its actor's name (Excel's
data labels can show a series name, not a cell beside the point); points of one attitude share a
colour. Beyond `_LABELLED_POINTS` actors the chart has one series per attitude, without names.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.chart import ScatterChart
from openpyxl.chart.data_source import AxDataSource, NumData, NumDataSource, NumVal
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.layout import Layout, ManualLayout
from openpyxl.chart.marker import Marker
from openpyxl.chart.series import Series, SeriesLabel
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from netmap.analysis.result import AnalysisReport
from netmap.domain import Attitude, MapState, SnapshotInfo
from netmap.exchange.workbook.findings import Finding, summary_sentences
from netmap.exchange.workbook.styling import ATTITUDE_COLOURS, data_bars
from netmap.exchange.workbook.vocabulary import _ATTITUDES, _i

__all__ = ["write_cover", "write_matrix"]

_LABELLED_POINTS = 120
_SMALL_TEXT = RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=CharacterProperties(sz=700)), endParaRPr=None)])
"""Data labels at 7 pt: a workshop's map has dozens of names in one chart."""
_TABLE_COLUMN = 17
"""The matrix table starts right of the chart (column Q); the page prints the chart."""
_TITLE = Font(bold=True, size=18, color="1F4E79")
_HEADING = Font(bold=True, size=12, color="1F4E79")
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_MARKER_COLOURS = {Attitude.SUPPORTIVE: "2E8B57", Attitude.NEUTRAL: "7F7F7F", Attitude.CRITICAL: "C0392B"}
_ATTITUDE_X = {Attitude.CRITICAL: -1.0, Attitude.NEUTRAL: 0.0, Attitude.SUPPORTIVE: 1.0}

_WORDS: dict[str, tuple[str, str]] = {
    "figures": ("The network in figures", "Das Netzwerk in Zahlen"),
    "actors": ("Actors", "Akteure"),
    "ties": ("Ties", "Beziehungen"),
    "density": ("Density (share of possible ties)", "Dichte (Anteil der möglichen Beziehungen)"),
    "components": ("Separate parts", "Getrennte Teilnetze"),
    "isolates": ("Actors without ties", "Akteure ohne Verbindung"),
    "communities": ("Groups (communities)", "Gruppen (Communities)"),
    "articulation_points": ("Single points of failure", "Einzelne Knotenpunkte"),
    "clusters": ("Clusters", "Cluster"),
    "reached": ("Actors reached", "Erreichte Akteure"),
    "top": ("The top ten", "Die ersten zehn"),
    "degree": ("Most ties", "Die meisten Verbindungen"),
    "betweenness": ("Who connects (go-between)", "Wer verbindet (Vermittlung)"),
    "influence": ("Most influence", "Größter Einfluss"),
    "findings": ("Main findings", "Wichtigste Befunde"),
    "no_findings": ("The analysis found nothing that stands out.", "Die Analyse hat nichts Auffälliges gefunden."),
    "snapshot": ("Snapshot “{0}” of {1}", "Momentaufnahme „{0}“ vom {1}"),
    "sheets": ("The sheets: Actors and Ties hold the map and can be edited and imported back; Metrics and "
               "Gaps hold the analysis; Guide explains every column and scale.",
               "Die Blätter: Akteure und Beziehungen enthalten die Karte und können bearbeitet und wieder "
               "importiert werden; Kennzahlen und Lücken enthalten die Analyse; Erläuterungen erklärt jede "
               "Spalte und Skala."),
    "matrix": ("Influence × attitude", "Einfluss × Haltung"),
    "attitude_axis": ("critical ← attitude → supportive", "kritisch ← Haltung → unterstützend"),
    "influence_axis": ("Influence (0–10)", "Einfluss (0–10)"),
    "position": ("Position in the chart", "Position im Diagramm"),
}


def _w(key: str, lang: str) -> str:
    return _WORDS[key][_i(lang)]


def write_cover(sheet: Worksheet, state: MapState, analysis: AnalysisReport | None, found: Sequence[Finding],
                lang: str, origin: SnapshotInfo | None, put: Any) -> None:
    """Title, figures, three top-ten lists and the main findings; `put` writes a cell safely."""
    info = state.info
    put(sheet, 1, 1, info.name or info.town or "NetMap").font = _TITLE
    put(sheet, 2, 1, " · ".join(t for t in (info.town, info.topic, _date(info.workshop_date, lang)) if t))
    row = 3
    if origin is not None:
        put(sheet, row, 1, _w("snapshot", lang).format(origin.label, _date(origin.taken_on, lang))).font = _BOLD
    put(sheet, 4, 1, _w("sheets", lang)).alignment = _WRAP
    sheet.merge_cells(start_row=4, start_column=1, end_row=4, end_column=9)
    sheet.row_dimensions[4].height = 30

    network = analysis.network if analysis is not None else None
    put(sheet, 6, 1, _w("figures", lang)).font = _HEADING
    reached = sum(1 for a in state.actors if a.reached)
    figures: list[tuple[str, object, str]] = [
        ("actors", network.actors if network is not None else len(state.actors), "0"),
        ("ties", network.ties if network is not None else len(state.ties), "0"),
        ("density", network.density if network is not None else None, "0.0%"),
        ("components", network.components if network is not None else None, "0"),
        ("isolates", network.isolates if network is not None else None, "0"),
        ("communities", network.communities if network is not None else None, "0"),
        ("articulation_points", network.articulation_points if network is not None else None, "0"),
        ("clusters", len(state.clusters), "0"),
        ("reached", reached / len(state.actors) if state.actors else None, "0%"),
    ]
    row = 7
    for key, value, number_format in figures:
        if value is None:
            continue
        put(sheet, row, 2, _w(key, lang))
        put(sheet, row, 3, value).number_format = number_format
        row += 1

    row += 1
    put(sheet, row, 1, _w("top", lang)).font = _HEADING
    actors = analysis.actors if analysis is not None else ()
    rankings: list[tuple[str, list[tuple[str, float]], str]] = [
        ("degree", sorted(((a.name, a.degree) for a in actors), key=lambda x: -x[1]), "0"),
        ("betweenness", sorted(((a.name, a.betweenness or 0.0) for a in actors), key=lambda x: -x[1]), "0.000"),
        ("influence", sorted(((a.name, a.influence) for a in state.actors), key=lambda x: -x[1]), "0"),
    ]
    top = row + 1
    for block, (key, ranked, number_format) in enumerate(rankings):
        column = 2 + block * 3
        put(sheet, top, column, _w(key, lang)).font = _BOLD
        for place, (name, value) in enumerate(ranked[:10], start=1):
            put(sheet, top + place, 1, place)
            put(sheet, top + place, column, name)
            put(sheet, top + place, column + 1, value).number_format = number_format
        if ranked:
            data_bars(sheet, [column + 1], top + min(len(ranked), 10), top + 1)
    row = top + 12

    put(sheet, row, 1, _w("findings", lang)).font = _HEADING
    sentences = summary_sentences(found, lang) or [_w("no_findings", lang)]
    for sentence in sentences:
        row += 1
        put(sheet, row, 1, "•").alignment = Alignment(horizontal="right", vertical="top")
        put(sheet, row, 2, sentence).alignment = _WRAP
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=9)
        sheet.row_dimensions[row].height = 14 * (1 + len(sentence) // 130) + 3
    for letter, width in zip("ABCDEFGHI", (4, 44, 9, 2, 44, 9, 2, 44, 9), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.sheet_view.showGridLines = False


def write_matrix(sheet: Worksheet, state: MapState, lang: str, put: Any, header: Any) -> None:
    """The stakeholder matrix: its chart (printed) and the table of its points beside it."""
    actors = sorted(state.actors, key=lambda a: (_ATTITUDE_X.get(a.attitude, 0.0), -a.influence, a.name))
    for index, title in enumerate((("Name", "Name"), ("Attitude", "Haltung"), ("Influence", "Einfluss"),
                                   _WORDS["position"])):
        header(sheet, 1, _TABLE_COLUMN + index, title[_i(lang)])
    sizes: dict[tuple[float, int], int] = {}
    for actor in actors:
        key = (_ATTITUDE_X.get(actor.attitude, 0.0), actor.influence)
        sizes[key] = sizes.get(key, 0) + 1
    seen: dict[tuple[float, int], int] = {}
    points = []
    for row, actor in enumerate(actors, start=2):
        x = _ATTITUDE_X.get(actor.attitude, 0.0)
        crowd = seen.get((x, actor.influence), 0)  # spread actors with the same attitude and influence
        seen[(x, actor.influence)] = crowd + 1
        step = min(0.2, 0.45 / max(1, sizes[(x, actor.influence)] // 2))  # stay within ±0.45 of the column
        offset = ((crowd + 1) // 2) * step * (1 if crowd % 2 else -1)
        put(sheet, row, _TABLE_COLUMN, actor.name)
        put(sheet, row, _TABLE_COLUMN + 1, _ATTITUDES.get(actor.attitude, _ATTITUDES[Attitude.NEUTRAL])[_i(lang)])
        put(sheet, row, _TABLE_COLUMN + 2, actor.influence)
        put(sheet, row, _TABLE_COLUMN + 3, round(x + offset, 3))
        points.append((actor.name, actor.attitude, round(x + offset, 3), actor.influence))
        colour = ATTITUDE_COLOURS.get(actor.attitude)
        if colour:
            sheet.cell(row, _TABLE_COLUMN + 1).fill = PatternFill("solid", start_color=colour, end_color=colour)
    for offset, width in enumerate((40, 14, 10, 12)):
        sheet.column_dimensions[get_column_letter(_TABLE_COLUMN + offset)].width = width
    sheet.print_area = "A1:O38"
    if actors:
        sheet.add_chart(_chart(points, lang), "A1")


def _chart(points: Sequence[tuple[str, Attitude, float, int]], lang: str) -> ScatterChart:
    """The matrix as a scatter chart. Its values are literals, not references to cells: the chart
    holds no formula of any kind (the workbook's promise), and it shows the map as exported."""
    chart = ScatterChart()
    chart.title = _w("matrix", lang)
    chart.style = 13
    chart.height, chart.width = 18, 30
    chart.x_axis.title = _w("attitude_axis", lang)
    chart.y_axis.title = _w("influence_axis", lang)
    # The attitude columns are centred on -1, 0 and 1; gridlines at ±0.5 and ±1.5 fence them in and
    # the axis title names them (numbers on this axis would mean nothing to a reader).
    chart.x_axis.scaling.min, chart.x_axis.scaling.max = -1.5, 1.5
    chart.x_axis.majorUnit = 1
    chart.x_axis.number_format = ";;;"  # no numbers (openpyxl cannot write tickLblPos "none")
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 10.5
    chart.y_axis.majorUnit = 1
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.crosses = "min"  # the influence axis at the left edge, not through "neutral"
    chart.legend = None
    chart.plot_area.layout = Layout(manualLayout=ManualLayout(x=0.06, y=0.08, w=0.9, h=0.8))
    if len(points) <= _LABELLED_POINTS:
        for name, attitude, x, y in points:
            series = _series([(x, y)], name)
            _style(series, attitude)
            series.dLbls = DataLabelList(txPr=_SMALL_TEXT)
            series.dLbls.showSerName = True
            series.dLbls.showVal = False
            series.dLbls.showCatName = False
            series.dLbls.showLegendKey = False
            series.dLbls.showPercent = False
            series.dLbls.position = "l" if x < round(x) else "r"  # away from the column's centre
            chart.series.append(series)
        return chart
    for attitude in (Attitude.CRITICAL, Attitude.NEUTRAL, Attitude.SUPPORTIVE):
        group = [(x, y) for _, a, x, y in points if a == attitude]
        if group:
            series = _series(group, _ATTITUDES[attitude][_i(lang)])
            _style(series, attitude)
            chart.series.append(series)
    return chart


def _series(values: Sequence[tuple[float, int]], name: str) -> Series:
    # formatCode and ptCount: without them LibreOffice draws no point
    xs = NumData(formatCode="General", ptCount=len(values), pt=[NumVal(idx=i, v=x) for i, (x, _) in enumerate(values)])
    ys = NumData(formatCode="General", ptCount=len(values), pt=[NumVal(idx=i, v=y) for i, (_, y) in enumerate(values)])
    return Series(xVal=AxDataSource(numLit=xs), yVal=NumDataSource(numLit=ys), tx=SeriesLabel(v=name))


def _style(series: Series, attitude: Attitude) -> None:
    colour = _MARKER_COLOURS.get(attitude, "7F7F7F")
    series.marker = Marker(symbol="circle", size=8)
    series.marker.graphicalProperties.solidFill = colour
    series.marker.graphicalProperties.line.solidFill = colour
    series.graphicalProperties.line.noFill = True


def _date(value: Any, lang: str) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()
