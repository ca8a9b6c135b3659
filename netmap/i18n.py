"""Qt's translation system for the core: reports and messages in German or English.

The core may use QtCore (never QtWidgets). Texts are written in English with `tr()`;
`resources/translations/netmap_de.ts` holds the German, built to `.qm` by the set-up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from netmap.resources import resource_path

__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "Translate", "Translator", "install_language", "system_language", "tr"]

LANGUAGES = ("de", "en")
_installed: list[QTranslator] = []


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` of `context` into the installed language (English when none is)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` and hand it back untranslated (translated where shown).

    Qt's own does the same but is typed as returning `object`, so every constant it marks would need
    a cast; lupdate finds the call by its name, wherever the function comes from."""
    del context
    return text


Translate = Callable[..., str]
"""What `tr` is: (context, text, disambiguation=None, n=-1) -> the text in some language."""


class Translator:
    """NetMap's texts in one given language, whatever language the application speaks: a report
    written in English from a German session. Called like `tr`; `%n` becomes `n`.

    English loads `netmap_en` too, for its plural forms (the source texts are English)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = QTranslator()
        self._loaded = self._translator.load(f"netmap_{language}", str(resource_path("translations")))

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        out = self._translator.translate(context, text, disambiguation, n) if self._loaded else ""
        out = out or text
        return out.replace("%n", str(n)) if n >= 0 else out


def system_language() -> str:
    """German on a German system, English elsewhere."""
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install_language(language: str) -> bool:
    """Load NetMap's and Qt's own translations for `language`; returns False if none was found.

    Creates a QCoreApplication when there is none (command line use), since translators live
    on the application object.
    """
    app = QCoreApplication.instance() or QCoreApplication([])
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    from PySide6.QtCore import QLibraryInfo

    found = language == "en"  # the source texts are English; netmap_en only adds plural forms ("%n ties")
    sources = [(f"netmap_{language}", str(resource_path("translations")))]
    if language != "en":
        sources.append((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            found = found or name.startswith("netmap")
    return found
