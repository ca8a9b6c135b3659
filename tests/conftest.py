"""Test set-up shared by every test, and the fixtures more than one area uses."""

import os

import pytest

# Tests run without a screen (CI, SSH); Qt must not look for a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the user's real settings untouched: QSettings writes under this folder during tests.
os.environ.setdefault("NETMAP_TEST", "1")


@pytest.fixture(scope="session")
def pg_database() -> str:
    """The address of the test run's PostgreSQL database (no #PROJECT); the run starts the server."""
    from pg.cluster import database_or_skip  # only when a test needs the server

    return database_or_skip()


@pytest.fixture(scope="session", autouse=True)
def _one_application(qapp: object) -> object:
    """The full QApplication, made before any test: Qt allows one application object per process,
    and code under test that needs only translations makes a bare QCoreApplication when none
    exists (as the command line does), after which no widget and no poster can be made."""
    return qapp
