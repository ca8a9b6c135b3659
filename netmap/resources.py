"""Where the shipped files (demo data, translations, icons) are, in a checkout or an installer."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["resource_path"]


def resource_path(*parts: str) -> Path:
    """Path of a file under `resources/`: beside the package in a checkout, inside the bundle
    when frozen by PyInstaller."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
