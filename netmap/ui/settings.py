"""The user's settings (language, recent projects) in QSettings; the window layout is window_fit.py's.

Tests must never touch the real settings: with NETMAP_TEST set, settings go to an INI file under
NETMAP_SETTINGS_DIR (or a fresh temporary folder); code that is handed a QSettings uses that one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

__all__ = ["MAX_RECENT", "Preferences", "open_settings", "system_language"]

MAX_RECENT = 8
LANGUAGES = ("de", "en")


def open_settings(path: str | Path | None = None) -> QSettings:
    """The settings store: an INI file at `path` when given (or when testing), else the user's."""
    if path is None and os.environ.get("NETMAP_TEST"):
        folder = os.environ.get("NETMAP_SETTINGS_DIR") or tempfile.mkdtemp(prefix="netmap-settings-")
        path = Path(folder) / "netmap.ini"
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings("NetMap", "NetMap")


def system_language(locale: QLocale | None = None) -> str:
    """German on a German system, English everywhere else."""
    locale = locale or QLocale.system()
    return "de" if locale.language() == QLocale.Language.German else "en"


class Preferences:
    """Typed access to the few settings NetMap keeps."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    @property
    def language(self) -> str:
        value = str(self.settings.value("ui/language", "") or "")
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"language {value!r} is not one of {', '.join(LANGUAGES)}")
        self.settings.setValue("ui/language", value)
        self.settings.sync()

    def recent_projects(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-element list
            value = [value]
        return [str(v) for v in value if v] if isinstance(value, (list, tuple)) else []

    def add_recent_project(self, location: str) -> None:
        recent = [location] + [r for r in self.recent_projects() if r != location]
        self.settings.setValue("files/recent", recent[:MAX_RECENT])
        self.settings.sync()

    # -- paper: what the export dialog and the print preview chose last ----------------------------

    def export_choice(self) -> tuple[str, str, bool]:
        """The export dialog's last format (a suffix, "" when never chosen), paper and landscape."""
        return (str(self.settings.value("export/format", "") or ""),
                str(self.settings.value("export/paper", "A1") or "A1"),
                _flag(self.settings.value("export/landscape", True)))

    def set_export_choice(self, suffix: str, paper: str, landscape: bool) -> None:
        self.settings.setValue("export/format", suffix)
        self.settings.setValue("export/paper", paper)
        self.settings.setValue("export/landscape", landscape)
        self.settings.sync()

    def print_choice(self) -> tuple[str, bool]:
        """The print preview's last paper size (a name such as "A4") and whether landscape."""
        return (str(self.settings.value("print/paper", "A4") or "A4"),
                _flag(self.settings.value("print/landscape", True)))

    def set_print_choice(self, paper: str, landscape: bool) -> None:
        self.settings.setValue("print/paper", paper)
        self.settings.setValue("print/landscape", landscape)
        self.settings.sync()


def _flag(value: object) -> bool:
    """A stored yes/no: INI files give it back as the text "true"/"false"."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)
