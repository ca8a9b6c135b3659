"""Build step of the wheel: the shipped files of `resources/` go into the package.

The metadata is in pyproject.toml; this file only adds one step to `build_py`. In the repository
`resources/` stays the top-level folder (the app, `make` and PyInstaller read it there); a wheel
has no such folder, so the step copies the demo town and the web page's script to
`netmap/_resources/` in the wheel and compiles the translations (`.ts`) to the `.qm` files Qt
loads, with PySide6's lrelease (a build requirement). `netmap.resources.resource_path` looks in
both places. An editable install keeps reading the repository's folder, so nothing is copied.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCE = ROOT / "resources"
TARGET = Path("netmap", "_resources")  # inside the wheel; the one name netmap/resources.py knows
SKIPPED = {".ts", ".md", ".qm"}  # sources and notes stay out; .qm files are compiled fresh


class BuildWithResources(build_py):  # type: ignore[misc]
    """`build_py`, then the resources into the build folder (never into the repository)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / TARGET
        for path in sorted(SOURCE.rglob("*")):
            if path.is_file() and path.suffix not in SKIPPED:
                copy = target / path.relative_to(SOURCE)
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)
        for ts in sorted((SOURCE / "translations").glob("*.ts")):
            qm = target / "translations" / ts.with_suffix(".qm").name
            qm.parent.mkdir(parents=True, exist_ok=True)
            _lrelease(ts, qm)


def _lrelease(ts: Path, qm: Path) -> None:
    code = ("import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.argv[0] = 'pyside6-lrelease'; sys.exit(lrelease())")
    result = subprocess.run([sys.executable, "-c", code, str(ts), "-qm", str(qm)], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"compiling {ts.name} failed (PySide6's lrelease is needed to build NetMap): "
                           f"{result.stderr.strip() or result.stdout.strip()}")


setup(cmdclass={"build_py": BuildWithResources})
