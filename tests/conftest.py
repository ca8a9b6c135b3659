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
