"""Qt's translation system in the user interface.

Widgets use `self.tr()`; texts outside QObjects use `translate(context, text)` (both are found by
pyside6-lupdate, see `i18n_build`). The translators themselves (NetMap's `netmap_<lang>.qm` and Qt's
own `qtbase_<lang>.qm`, so standard dialogs speak German too) are installed by the core's
`netmap.i18n.install_language`, one set for the whole application. Installing them sends every
widget a LanguageChange event, on which NetMap's widgets set their texts again: the language
switches without a restart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from netmap import i18n as core_i18n
from netmap.render.words import format_date, format_number, locale_for

__all__ = ["LANGUAGE_NAMES", "Wording", "format_date", "format_number", "install_language", "locale_for", "translate"]

LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}
"""Each language in its own words: the menu shows them untranslated, so anyone finds theirs."""


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` of `context` into the installed language."""
    return QCoreApplication.translate(context, text, disambiguation, n)


@dataclass(frozen=True)
class Wording:
    """A text that outlives a language switch (an undo step's name): kept as its source text and
    arguments, translated each time it is shown. The source must also be marked for lupdate with
    `QT_TRANSLATE_NOOP(context, text)`. Arguments may be Wordings themselves; `n` picks the plural."""

    context: str
    source: str
    args: tuple[object, ...] = ()
    n: int = -1

    def __str__(self) -> str:
        text = translate(self.context, self.source, None, self.n)
        return text.format(*(str(a) for a in self.args)) if self.args else text


def install_language(language: str) -> bool:
    """Switch the whole application to `language` ("de" or "en"); numbers and dates follow.

    Returns False when NetMap's German translation file is missing (run `make translations`);
    the English source texts show then.
    """
    QLocale.setDefault(locale_for(language))
    return core_i18n.install_language(language)
