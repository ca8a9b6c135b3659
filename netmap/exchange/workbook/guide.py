"""The guide sheet: what every column means, its scale, and how to edit the workbook safely.

The meanings of the figures are the analysis' own one-sentence explanations
(`netmap.analysis.explanations`), so the guide and the app cannot say different things.
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from netmap.analysis.explanations import EXPLANATIONS
from netmap.exchange.workbook.vocabulary import _ACTOR_COLUMNS, _METRIC_COLUMNS, _SHEETS, _TIE_COLUMNS, _i

__all__ = ["write_guide"]

_WRAP = Alignment(wrap_text=True, vertical="top")
_HEADING = Font(bold=True, size=12, color="1F4E79")

# field -> (meaning en, de), (scale en, de)
_SOURCES_TEXT = (("Where the row came from: workshop, imported file, team member or participant proposal.",
                  "Woher die Zeile stammt: Workshop, importierte Datei, Teammitglied oder Vorschlag aus dem Workshop."),
                 ("entries separated by |", "Einträge, getrennt durch |"))
_ACTOR_TEXTS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "name": (("The organisation or group.", "Die Organisation oder Gruppe."), ("text", "Text")),
    "category": (("The actor group (catalogue of the project).", "Die Akteursgruppe (Katalog des Projekts)."),
                 ("drop-down list", "Auswahlliste")),
    "district": (("The district (Sozialraum) the actor works in.", "Der Sozialraum, in dem der Akteur wirkt."),
                 ("drop-down list", "Auswahlliste")),
    "fields": (("Fields of action the actor works in.", "Handlungsfelder, in denen der Akteur tätig ist."),
               ("labels of the list, separated by |", "Einträge der Liste, getrennt durch |")),
    "stage": (("How far the actor takes part in the strategy process (ladder of participation).",
               "Wie weit der Akteur am Strategieprozess beteiligt ist (Stufen der Partizipation)."),
              ("Dekoration … Selbstorganisation", "Dekoration … Selbstorganisation")),
    "influence": (("How much the actor can move things (the Net-Map influence tower).",
                   "Wie viel der Akteur bewegen kann (Einflussturm der Net-Map)."),
                  ("0 (none) to 10 (very high)", "0 (keiner) bis 10 (sehr hoch)")),
    "attitude": (("The actor's attitude to the strategy; rows are coloured by it.",
                  "Die Haltung des Akteurs zur Strategie; die Zeilen sind danach eingefärbt."),
                 ("supportive, neutral, critical", "unterstützend, neutral, kritisch")),
    "reached": (("Has the process reached the actor?", "Wurde der Akteur vom Prozess erreicht?"),
                ("yes / no", "ja / nein")),
    "is_key": (("A key actor (Schlüsselakteur) of the network.", "Ein Schlüsselakteur des Netzes."),
               ("yes / no", "ja / nein")),
    "dots": (("Priority votes (dots) given in the workshop.", "Im Workshop vergebene Punkte (Prioritäten)."),
             ("whole number", "ganze Zahl")),
    "clusters": (("The clusters (headed groups on the map) the actor belongs to.",
                  "Die Cluster (Gruppen mit Überschrift auf der Karte), zu denen der Akteur gehört."),
                 ("names, separated by |", "Namen, getrennt durch |")),
    "tags": (("Free keywords.", "Freie Schlagworte."), ("separated by |", "getrennt durch |")),
    "notes": (("Notes.", "Notizen."), ("text", "Text")),
    "contact_name": (("The contact person: personal data, left out of anonymised exports.",
                      "Die Ansprechperson: personenbezogene Daten, in anonymisierten Exporten nicht enthalten."),
                     ("text", "Text")),
    "contact_role": (("The contact person's role.", "Die Rolle (Funktion) der Ansprechperson."), ("text", "Text")),
    "contact_email": (("The contact person's e-mail address.", "Die E-Mail-Adresse der Ansprechperson."),
                      ("text", "Text")),
    "contact_phone": (("The contact person's phone number.", "Die Telefonnummer der Ansprechperson."),
                      ("text", "Text")),
    "x": (("Position on the map (NetMap's coordinates).", "Position auf der Karte (Koordinaten von NetMap)."),
          ("number", "Zahl")),
    "id": (("NetMap's identity of the row: keep it, it ties the row to the actor or tie in the project.",
            "Die Identität der Zeile für NetMap: bitte stehen lassen, sie verbindet die Zeile mit dem Akteur "
            "bzw. der Beziehung im Projekt."), ("do not change", "nicht ändern")),
    "sources": _SOURCES_TEXT,
}
_TIE_TEXTS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "from": (("The actor the tie starts from (name as on the actor sheet).",
              "Der Akteur, von dem die Beziehung ausgeht (Name wie auf dem Blatt Akteure)."),
             ("drop-down list of the actor names", "Auswahlliste der Akteursnamen")),
    "to": (("The other actor.", "Der andere Akteur."), ("drop-down list of the actor names",
                                                         "Auswahlliste der Akteursnamen")),
    "kind": (("The kind of relationship.", "Die Art der Beziehung."), ("drop-down list", "Auswahlliste")),
    "direction": (("Who acts on whom.", "Wer auf wen wirkt."),
                  ("undirected, directed, mutual", "ungerichtet, gerichtet, wechselseitig")),
    "strength": (("How strong the relationship is.", "Wie stark die Beziehung ist."),
                 ("1 (weak) to 3 (strong)", "1 (schwach) bis 3 (stark)")),
    "field": (("The field of action the tie belongs to.", "Das Handlungsfeld, zu dem die Beziehung gehört."),
              ("drop-down list", "Auswahlliste")),
    "notes": (("Notes.", "Notizen."), ("text", "Text")),
    "from_id": (("NetMap's identity of the two actors.", "Die Identität der beiden Akteure für NetMap."),
                ("do not change", "nicht ändern")),
    "sources": _SOURCES_TEXT,
}
_EDITING = [
    ("Change any cell of Actors and Ties, then import the workbook into the project (File > Import, or "
     "netmap import): the changes are shown before anything is applied.",
     "Ändern Sie beliebige Zellen der Blätter Akteure und Beziehungen und importieren Sie die Mappe dann ins "
     "Projekt (Datei > Importieren oder netmap import): Die Änderungen werden vor dem Übernehmen angezeigt."),
    ("New actor or tie: add a row at the end and leave its ID empty. A new actor needs a name of its own.",
     "Neuer Akteur oder neue Beziehung: eine Zeile am Ende anfügen, ID leer lassen. Ein neuer Akteur braucht "
     "einen eigenen Namen."),
    ("Sort whole rows only (Data > Sort on the whole table). A column sorted on its own is refused on import.",
     "Nur ganze Zeilen sortieren (Daten > Sortieren über die ganze Tabelle). Eine allein sortierte Spalte wird "
     "beim Import abgewiesen."),
    ("Keep the headers: a renamed or deleted header is refused on import, naming the expected columns. "
     "Columns of your own (with a header) are welcome and kept.",
     "Überschriften bitte stehen lassen: Eine umbenannte oder gelöschte Überschrift wird beim Import "
     "abgewiesen, mit den erwarteten Spalten. Eigene Spalten (mit Überschrift) sind willkommen und bleiben "
     "erhalten."),
    ("A cleared cell clears the value. A deleted row removes the actor only when the import replaces the map.",
     "Eine geleerte Zelle löscht den Wert. Eine gelöschte Zeile entfernt den Akteur nur, wenn der Import die "
     "Karte ersetzt."),
    ("Formulas are not imported: paste values instead.", "Formeln werden nicht importiert: bitte Werte einfügen."),
]
_TEXT = {
    "title": ("Guide: the columns and how to edit", "Erläuterungen: die Spalten und wie man bearbeitet"),
    "sheet": ("Sheet", "Blatt"), "column": ("Column", "Spalte"), "meaning": ("Meaning", "Bedeutung"),
    "scale": ("Values", "Werte"), "editing": ("Editing the workbook", "Die Mappe bearbeiten"),
    "figure": ("figure of the analysis", "Kennzahl der Analyse"),
}


def write_guide(sheet: Worksheet, lang: str, put: Any) -> None:
    i = _i(lang)
    put(sheet, 1, 1, _TEXT["title"][i]).font = _HEADING
    row = 3
    put(sheet, row, 1, _TEXT["editing"][i]).font = _HEADING
    for text in _EDITING:
        row += 1
        put(sheet, row, 1, "•")
        put(sheet, row, 2, text[i]).alignment = _WRAP
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        sheet.row_dimensions[row].height = 30
    row += 2
    for column, key in enumerate(("sheet", "column", "meaning", "scale"), start=1):
        put(sheet, row, column, _TEXT[key][i]).font = Font(bold=True)
    sections = [(_SHEETS["actors"][i], _ACTOR_COLUMNS, _ACTOR_TEXTS), (_SHEETS["ties"][i], _TIE_COLUMNS, _TIE_TEXTS)]
    for title, columns, texts in sections:
        for spec in columns:
            if spec.field in texts:
                row += 1
                meaning, scale = texts[spec.field]
                for column, value in enumerate((title, spec.header(lang), meaning[i], scale[i]), start=1):
                    put(sheet, row, column, value).alignment = _WRAP
    for spec in _METRIC_COLUMNS:
        code = spec.field.split(".")[0]
        if code in EXPLANATIONS and spec.field not in ("name", "category"):
            row += 1
            german, english = EXPLANATIONS[code]
            for column, value in enumerate((_SHEETS["metrics"][i], spec.header(lang), english if lang == "en"
                                            else german, _TEXT["figure"][i]), start=1):
                put(sheet, row, column, value).alignment = _WRAP
    for letter, width in zip("ABCD", (16, 30, 70, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.sheet_view.showGridLines = False
