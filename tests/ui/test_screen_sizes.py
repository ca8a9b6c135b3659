"""The main window on a 1366×768 laptop, a 1280×720 projector and a 1920×1080 screen.

The offscreen platform takes its screen size from a configuration file; one process has one
screen, so each size runs the checks of screens/at_screen_size.py in a child pytest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("size", ["1366x768", "1280x720", "1920x1080"])
def test_main_window_at_screen_size(size: str, tmp_path: Path) -> None:
    width, height = (int(v) for v in size.split("x"))
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "wall", "x": 0, "y": 0, "width": width, "height": height,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, NETMAP_SCREEN=size, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "--rootdir", str(ROOT),
         str(ROOT / "tests" / "ui" / "screens" / "at_screen_size.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout
