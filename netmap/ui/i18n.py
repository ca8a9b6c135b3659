"""Qt's translation system in the user interface.

Widgets use `self.tr()`; texts outside QObjects use the core's one helper, imported as
`from netmap.i18n import tr as translate` (lupdate reads `translate(context, text)` in a file whose
widgets also call `self.tr`, see `i18n_build`). The translators themselves (NetMap's
`netmap_<lang>.qm` and Qt's own `qtbase_<lang>.qm`, so standard dialogs speak German too) are
installed by the core's `netmap.i18n.install_language`, one set for the whole application.

After installing them, `install_language` here emits one signal, `language_notice().changed`; a
widget that shows translated texts calls `follow_language(self, self.retranslate)` once, instead of
each overriding `changeEvent` for Qt's LanguageChange event (which Qt posts, so the texts changed
only on the next turn of the event loop, in no defined order). The language switches without a
restart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, Signal

from netmap import i18n as core_i18n
from netmap.render.words import format_date, format_number, locale_for

__all__ = ["LANGUAGE_NAMES", "LanguageNotice", "Wording", "follow_language", "format_date", "format_number",
           "install_language", "language_notice", "locale_for"]

LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}
"""Each language in its own words: the menu shows them untranslated, so anyone finds theirs."""


class LanguageNotice(QObject):
    """Says that the application's language has just changed (the translators are installed)."""

    changed = Signal(str)


_notice: list[LanguageNotice] = []


def language_notice() -> LanguageNotice:
    """The one notice of the application (made on first use, as the translators live app-wide)."""
    if not _notice:
        _notice.append(LanguageNotice())
    return _notice[0]


class _Relay(QObject):
    """Calls one function on each language switch; a child of the widget it serves, so Qt ends the
    connection when that widget is deleted (a closed dialog is never called)."""

    def __init__(self, parent: QObject, call: Callable[[], object]) -> None:
        super().__init__(parent)
        self._call = call

    def run(self, _language: str) -> None:
        self._call()


def follow_language(widget: QObject, retranslate: Callable[[], object]) -> None:
    """Call `retranslate` after every language switch, for as long as `widget` lives."""
    language_notice().changed.connect(_Relay(widget, retranslate).run)


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
        text = core_i18n.tr(self.context, self.source, None, self.n)
        return text.format(*(str(a) for a in self.args)) if self.args else text


def install_language(language: str) -> bool:
    """Switch the whole application to `language` ("de" or "en"); numbers and dates follow.

    Returns False when NetMap's German translation file is missing (run `make translations`);
    the English source texts show then.
    """
    QLocale.setDefault(locale_for(language))
    found = core_i18n.install_language(language)
    language_notice().changed.emit(language)  # every widget that follows the language sets its texts
    return found
