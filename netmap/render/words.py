"""The poster's words, in the poster's language without switching the application's.

Numbers and dates are written as people of that language write them on paper.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QTranslator

from netmap.resources import resource_path

__all__ = ["COUNT_KEYS", "PosterWords", "format_date", "format_number", "locale_for"]

_WORDS = {
    "title": QT_TRANSLATE_NOOP("Poster", "Network map"),
    "categories": QT_TRANSLATE_NOOP("Poster", "Actors by category (fill)"),
    "measure": QT_TRANSLATE_NOOP("Poster", "Actors by the measure shown (fill and size)"),
    "kinds": QT_TRANSLATE_NOOP("Poster", "Ties by kind (line)"),
    "attitudes": QT_TRANSLATE_NOOP("Poster", "Attitude to the strategy (outline)"),
    "marks": QT_TRANSLATE_NOOP("Poster", "Size and marks"),
    "size": QT_TRANSLATE_NOOP("Poster", "Larger circle: more influence (0–10)"),
    "key": QT_TRANSLATE_NOOP("Poster", "Star and ring: key actor"),
    "dots": QT_TRANSLATE_NOOP("Poster", "Number in a dark dot: priority dots"),
    "arrow": QT_TRANSLATE_NOOP("Poster", "Arrow: directed tie; arrows at both ends: mutual; thicker: stronger"),
    "hull": QT_TRANSLATE_NOOP("Poster", "Coloured area with a heading: cluster"),
    "spof_mark": QT_TRANSLATE_NOOP("Poster", "Magenta halo: the network breaks if this actor leaves"),
    "findings": QT_TRANSLATE_NOOP("Poster", "Main findings"),
    "summary": QT_TRANSLATE_NOOP("Poster", "{actors}, {ties}, {components}, density {density}"),
    "brokers": QT_TRANSLATE_NOOP("Poster", "Who connects?"),
    "brokers_explain": QT_TRANSLATE_NOOP("Poster", "Many shortest paths between other actors run through them."),
    "spof": QT_TRANSLATE_NOOP("Poster", "Where does the network break?"),
    "spof_explain": QT_TRANSLATE_NOOP("Poster", "If one of these actors leaves, others lose every connection."),
    "cuts": QT_TRANSLATE_NOOP("Poster", "{name} (cuts off {count})"),
    "missing": QT_TRANSLATE_NOOP("Poster", "Who is missing?"),
    "none": QT_TRANSLATE_NOOP("Poster", "none"),
    "more": QT_TRANSLATE_NOOP("Poster", "and {count} more"),
    "before": QT_TRANSLATE_NOOP("Poster", "Before"),
    "after": QT_TRANSLATE_NOOP("Poster", "After"),
    "changes": QT_TRANSLATE_NOOP("Poster", "What changed"),
    "new": QT_TRANSLATE_NOOP("Poster", "Green halo: new"),
    "changed": QT_TRANSLATE_NOOP("Poster", "Amber halo: changed"),
    "gone": QT_TRANSLATE_NOOP("Poster", "Grey and dashed: no longer there"),
    "row_actors": QT_TRANSLATE_NOOP("Poster", "Actors"),
    "row_ties": QT_TRANSLATE_NOOP("Poster", "Ties"),
    "row_density": QT_TRANSLATE_NOOP("Poster", "Density"),
    "row_components": QT_TRANSLATE_NOOP("Poster", "Separate parts"),
    "row_isolates": QT_TRANSLATE_NOOP("Poster", "Actors without ties"),
    "made_with": QT_TRANSLATE_NOOP("Poster", "Made with NetMap on {date}"),
    "facilitator": QT_TRANSLATE_NOOP("Poster", "Facilitation: {name}"),
    "anonymized": QT_TRANSLATE_NOOP("Poster", "Anonymised: no personal data"),
}

_COUNTS = {  # the findings' counts, each in Qt's plural forms
    "actors": QT_TRANSLATE_NOOP("Poster", "%n actors"),
    "ties": QT_TRANSLATE_NOOP("Poster", "%n ties"),
    "components": QT_TRANSLATE_NOOP("Poster", "%n separate parts"),
}

COUNT_KEYS = tuple(_COUNTS)


def locale_for(language: str | None = None) -> QLocale:
    """How numbers and dates are written in `language` ("de", "en"); None: the language installed."""
    if language is None:
        return QLocale()
    return (QLocale(QLocale.Language.German, QLocale.Country.Germany) if language == "de"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def format_date(value: date, language: str | None = None) -> str:
    """A day as people write it on paper: "05.12.2026" in German, "5 Dec 2026" in English."""
    locale = locale_for(language)
    pattern = "dd.MM.yyyy" if locale.language() == QLocale.Language.German else "d MMM yyyy"
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def format_number(value: float, decimals: int = 0, language: str | None = None) -> str:
    """A number with the language's decimal comma or point ("0,07" in German)."""
    locale = locale_for(language)
    return locale.toString(float(value), "f", decimals) if decimals else locale.toString(int(round(value)))


class PosterWords:
    """The poster's words in the poster's language, without switching the application's."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        # English too: its file holds the plural forms ("1 separate part").
        self._loaded = self._translator.load(f"netmap_{language}", str(resource_path("translations")))

    def __call__(self, context: str, source: str) -> str:
        if self._loaded:
            text = self._translator.translate(context, source)
            if text:
                return text
        return source

    def count(self, source: str, n: int) -> str:
        """A count with its noun in the right plural form (`source` holds %n, marked for lupdate)."""
        text = (self._translator.translate("Poster", source, None, n) if self._loaded else "") or source
        return text.replace("%n", format_number(n, 0, self.language))

    def w(self, key: str, **values: object) -> str:
        """The poster's word `key` (see _WORDS), with `values` filled in."""
        text = self("Poster", str(_WORDS[key]))
        return text.format(**values) if values else text

    def date(self, value: date | None) -> str:
        return "" if value is None else format_date(value, self.language)

    def counted(self, key: str, n: int) -> str:
        """`n` of the findings' counts `key` ("actors", "ties", "components"), in plural form."""
        return self.count(str(_COUNTS[key]), n)
