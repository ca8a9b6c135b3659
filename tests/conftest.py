"""Test set-up shared by every test."""

import os

# Tests run without a screen (CI, SSH); Qt must not look for a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the user's real settings untouched: QSettings writes under this folder during tests.
os.environ.setdefault("NETMAP_TEST", "1")
