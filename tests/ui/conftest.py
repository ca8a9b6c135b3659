"""Fixtures for the user-interface tests: a project file in tmp_path and the real main window on it.

Settings go to an INI file under tmp_path (never the user's), the language starts as English and
every test leaves the application in English again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from netmap.catalogues import default_catalogues
from netmap.demo import write_demo
from netmap.domain import Actor, CatalogueEntry, CatalogueKind, ProjectInfo, Tie
from netmap.project import Project


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """The app loads .qm files that `make` builds; build them here when a test run comes first."""
    from netmap.ui import i18n_build

    for language in i18n_build.LANGUAGES:
        ts = i18n_build.ts_path(language)
        qm = ts.with_suffix(".qm")
        if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            i18n_build.release()
            break


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    store = QSettings(str(tmp_path / "settings" / "netmap.ini"), QSettings.Format.IniFormat)
    store.setValue("ui/language", "en")
    return store


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """An empty project with the default catalogues and two districts."""
    path = tmp_path / "workshop.netmap"
    catalogues = default_catalogues()
    catalogues[CatalogueKind.DISTRICT] = [CatalogueEntry("nord", "Nordstadt", "North town", "#90caf9", 0),
                                          CatalogueEntry("sued", "Südstadt", "South town", "#a5d6a7", 1)]
    Project.create(path, info=ProjectInfo(name="Workshop Musterstadt", town="Musterstadt"),
                   catalogues=catalogues).close()
    return path


@pytest.fixture
def small_project(project_path: Path) -> Path:
    """Four actors, three ties: the Verwaltung at the centre, a school, a mosque and a club."""
    with Project.open(project_path) as project:
        a, b, c, d = project.add_actors([
            Actor("Stadtverwaltung", category="verwaltung", district="nord", fields=("sprache_bildung",),
                  influence=8, is_key=True, x=0, y=0),
            Actor("Grundschule Süd", category="schulen", district="sued", fields=("sprache_bildung",), x=200, y=0),
            Actor("Moscheeverein", category="religion", district="sued", fields=("interreligioes",), x=0, y=200),
            Actor("Sportverein TSV", category="vereine", district="nord", fields=("sport_kultur",), x=-200, y=0),
        ])
        project.add_ties([Tie(a.id, b.id, "kooperation"), Tie(b.id, c.id, "information", field="sprache_bildung"),
                          Tie(a.id, d.id, "finanzierung")])
    return project_path


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """The demo project (62 actors, contact persons, two snapshots), written afresh for each test, which
    may change it."""
    path = tmp_path / "demo.netmap"
    write_demo(path).close()
    return path


@pytest.fixture
def make_window(qtbot, settings):  # type: ignore[no-untyped-def]
    """Build main windows on demand (a test may reopen one); all are closed afterwards."""
    from netmap.ui.i18n import install_language
    from netmap.ui.window.main_window import MainWindow

    windows = []

    def make(path: Path | None = None, **kwargs: object) -> MainWindow:
        window = MainWindow(settings, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts (WindowShortcut) need the active window
        qtbot.waitUntil(window.isActiveWindow)
        if path is not None:
            assert window.open_project(path)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.layouts.wait()
        window.close()
    install_language("en")


@pytest.fixture
def window(make_window, project_path):  # type: ignore[no-untyped-def]
    return make_window(project_path)
