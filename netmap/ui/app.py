"""Starting the application: `netmap [PROJECT]` ends up in `run_app`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from netmap import __version__
from netmap.ui.i18n import install_language
from netmap.ui.settings import Preferences, open_settings

__all__ = ["run_app"]


def run_app(path: str | Path | None = None) -> int:
    """Open the main window (on `path` if given) and run until it closes; returns the exit code."""
    QCoreApplication.setOrganizationName("NetMap")
    QCoreApplication.setApplicationName("NetMap")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = open_settings()
    install_language(Preferences(settings).language)

    from netmap.ui.window.main_window import (
        MainWindow,  # after the translators: the window's texts are set once
    )

    window = MainWindow(settings)
    window.show()
    if path is not None:
        window.open_project(path)  # a refusal shows in the window's message bar
    return int(app.exec())
