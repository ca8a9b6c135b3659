"""`pip install .` (not editable) gives a NetMap that works on its own: the wheel carries the demo
town, the compiled translations and the web page's script (issue 12, point 8).

The wheel is built from a copy of the checkout without any built `.qm`, as pip builds it (build
isolation: setuptools and PySide6's lrelease come from the build requirements), and installed
into a fresh virtual environment. The dependencies are not installed again: the test run's own
site-packages are added behind the new environment's, so NetMap itself can only come from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
pytestmark = pytest.mark.slow
_NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", ".hypothesis", ".pytest_cache", "build", "dist", "*.egg-info",
                                      "__pycache__", "*.qm")


def _run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None,
         timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh venv with NetMap installed from a freshly built wheel."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCES)
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", work / "dist", source],
                 cwd=work, timeout=900)
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = (work / "dist").glob("netmap-*.whl")
    venv = work / "venv"
    assert _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=work).returncode == 0
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    done = _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "--quiet",
                 wheel], cwd=work, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=work).stdout.strip()
    ours = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")}
    Path(site, "dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    return python.parent


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A user's environment: no screen, no checkout on the path."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    clean.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    return clean


def test_the_installed_package_finds_its_own_resources(installed: Path, tmp_path: Path, env: dict[str, str]) -> None:
    code = ("import netmap, netmap.resources as r; print(netmap.__file__); root = r.resource_root(); print(root); "
            "print(*sorted(str(p.relative_to(root)) for p in root.rglob('*') if p.is_file()), sep='\\n')")
    result = _run([installed / "python", "-c", code], cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    package, root, *files = result.stdout.splitlines()
    assert Path(package).is_relative_to(installed.parent) and Path(root).is_relative_to(installed.parent)
    assert {"demo/musterstadt.json", "translations/netmap_de.qm", "web/vis-network.min.js"} <= set(files)
    assert not [f for f in files if f.endswith((".ts", ".md"))]


def test_netmap_demo_runs_and_speaks_german(installed: Path, tmp_path: Path, env: dict[str, str]) -> None:
    demo = _run([installed / "netmap", "demo", "Musterstadt.netmap"], cwd=tmp_path, env=env)
    assert demo.returncode == 0, demo.stderr
    assert "62 actors" in demo.stdout
    report = _run([installed / "netmap", "analyze", "Musterstadt.netmap"], cwd=tmp_path, env=env)
    assert report.returncode == 0, report.stderr
    assert "62 Akteure, 158 Beziehungen" in report.stdout  # the demo town is German: the .qm was loaded
    page = _run([installed / "netmap", "export", "Musterstadt.netmap", "karte.html"], cwd=tmp_path, env=env)
    assert page.returncode == 0, page.stderr
    assert "vis-network" in (tmp_path / "karte.html").read_text(encoding="utf-8")
