"""The installer builds, and the built program runs on its own, headless: the command line writes
and analyses the demo town, the app starts, and a team project on PostgreSQL can be created."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import netmap

ROOT = Path(__file__).parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build with build_installer.spec (as `make installer` does) into a temporary folder."""
    pytest.importorskip("PyInstaller", reason="pyinstaller is installed by `make installer` and the test extra")
    work = tmp_path_factory.mktemp("installer")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--workpath", str(work / "build"), "--distpath", str(work / "dist"), str(ROOT / "build_installer.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr[-3000:]
    folder = work / "dist" / "netmap"
    assert (folder / "VERSION").read_text().strip() == netmap.__version__
    return folder


@pytest.fixture
def headless(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The environment of a machine without a screen, and without this checkout or its venv."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), PATH="/usr/bin:/bin")
    yield env


def _program(folder: Path) -> Path:
    return folder / ("netmap.exe" if sys.platform == "win32" else "netmap")


def test_the_folder_holds_qt_plugins_translations_and_demo_data(built: Path) -> None:
    internal = built / "_internal"
    plugins = next(internal.rglob("platforms"))
    assert any(p.name.startswith(("libqoffscreen", "qoffscreen")) for p in plugins.iterdir())
    assert (internal / "resources" / "demo" / "musterstadt.json").is_file()
    assert (internal / "netmap" / "storage" / "migrations" / "versions" / "0002_row_versions.py").is_file()
    translations = ROOT / "resources" / "translations"
    for qm in translations.glob("*.qm"):
        assert (internal / "resources" / "translations" / qm.name).is_file()
    assert not list(internal.rglob("*QtWebEngine*")) and not list(internal.rglob("*Qt6Quick*"))


def test_the_built_program_writes_analyses_and_prints_the_demo(built: Path, tmp_path: Path,
                                                        headless: dict[str, str]) -> None:
    project = tmp_path / "Musterstadt.netmap"
    demo = subprocess.run([_program(built), "demo", project], env=headless, capture_output=True, text=True,
                          timeout=300, cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    analysis = subprocess.run([_program(built), "analyze", project, "--json"], env=headless, capture_output=True,
                              text=True, timeout=300, cwd=tmp_path)
    assert analysis.returncode == 0, analysis.stderr
    result = json.loads(analysis.stdout)
    assert 55 <= result["network"]["actors"] <= 65 and result["actors"][0]["name"]
    poster = tmp_path / "poster.pdf"
    printed = subprocess.run([_program(built), "export", project, poster, "--paper", "A3", "--landscape"],
                             env=headless, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    assert poster.read_bytes().startswith(b"%PDF") and poster.stat().st_size > 20_000
    bad = subprocess.run([_program(built), "analyze", tmp_path / "missing.netmap"], env=headless,
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert bad.returncode == 1 and "does not exist" in bad.stderr and "Traceback" not in bad.stderr


def test_the_built_app_starts_headless(built: Path, tmp_path: Path, headless: dict[str, str]) -> None:
    project = tmp_path / "p.netmap"
    assert subprocess.run([_program(built), "demo", project], env=headless, capture_output=True,
                          timeout=300).returncode == 0
    app = subprocess.Popen([_program(built), project], env=headless, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        _wait_until_it_holds(project, app)
        assert app.poll() is None, app.communicate()[1][-2000:]  # still running: the window is up
    finally:
        app.kill()
        _, errors = app.communicate(timeout=30)
    assert "Traceback" not in errors


def _wait_until_it_holds(project: Path, app: subprocess.Popen[str], timeout: float = 300) -> None:
    """Until the app holds the project's lock: it shows its window, then opens the project (app.py),
    so the lock naming its process says the window is up. Returns early if the app ends instead."""
    lock = project.with_name(project.name + ".lock")
    deadline = time.monotonic() + timeout
    while app.poll() is None and time.monotonic() < deadline:
        try:
            if json.loads(lock.read_text(encoding="utf-8"))["pid"] == app.pid:
                return
        except (OSError, ValueError, KeyError):
            pass  # not there yet, or still being written
        time.sleep(0.1)
    assert app.poll() is not None, f"no lock naming the app after {timeout:.0f} s"


def test_the_built_program_reaches_postgresql(built: Path, tmp_path: Path, headless: dict[str, str]) -> None:
    from pg.cluster import database_or_skip

    location = f"{database_or_skip()}#Frozen {tmp_path.name[-8:]}"
    demo = subprocess.run([_program(built), "demo", location], env=headless, capture_output=True, text=True,
                          timeout=300)
    assert demo.returncode == 0, demo.stderr
    assert "(62 actors;" in demo.stdout, demo.stdout
