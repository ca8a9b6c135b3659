"""Where the shipped files (demo data, translations, the web page's script) are.

Three layouts, one answer: in a checkout (and an editable install) they are in the repository's
top-level `resources/`; a wheel carries them in the package as `netmap/_resources/` (setup.py's
build step copies them and compiles the translations); the PyInstaller bundle has `resources/` in
its own folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["resource_path", "resource_root"]

_PACKAGE = Path(__file__).resolve().parent


def resource_root() -> Path:
    """The folder holding `demo/`, `translations/` and `web/` in this installation."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    packaged = _PACKAGE / "_resources"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("demo", "musterstadt.json")``."""
    return resource_root().joinpath(*parts)
