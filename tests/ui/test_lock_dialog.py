"""A project whose holder on another computer has gone quiet can be opened anyway, after a warning."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from netmap.errors import ProjectLockedError
from netmap.storage.lock import QUIET_AFTER
from netmap.ui.window.prompts import LockAnswer


def _lock_of_another_computer(project: Path, age: float) -> Path:
    lock = project.with_name(project.name + ".lock")
    lock.write_text(json.dumps({"user": "anna", "host": "rathaus-pc-7", "pid": 4242, "since": "2026-11-30T09:15:00"}))
    os.utime(lock, (time.time() - age, time.time() - age))
    return lock


def _click_in_message_box(qtbot, text: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Press the button labelled `text` of the message box once it shows (and note what it said)."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text() + " " + box.informativeText())
        next(b for b in box.buttons() if b.text() == text).click()

    QTimer.singleShot(0, press)


@pytest.mark.parametrize("button, writable", [("Open anyway", True), ("Open read-only", False)])
def test_the_warning_offers_to_open_anyway_or_read_only(make_window, small_project: Path, qtbot,  # type: ignore[no-untyped-def]
                                                        button: str, writable: bool) -> None:
    lock = _lock_of_another_computer(small_project, QUIET_AFTER + 120)
    window = make_window()
    seen: list[str] = []
    _click_in_message_box(qtbot, button, seen)
    assert window.open_project(small_project)
    when = QLocale().toString(QDateTime(QDate(2026, 11, 30), QTime(9, 15)), QLocale.FormatType.ShortFormat)
    assert "anna" in seen[0] and "rathaus-pc-7" in seen[0] and when in seen[0]  # the time as the locale writes it
    assert window.session is not None and window.session.read_only is not writable
    holder = json.loads(lock.read_text())
    assert (holder["pid"] == os.getpid()) is writable
    if writable:
        assert window.lock_timer.isActive()  # the window renews its claim from now on


def test_a_lock_renewed_lately_offers_no_take_over(make_window, small_project: Path) -> None:  # type: ignore[no-untyped-def]
    _lock_of_another_computer(small_project, 60)
    window = make_window()
    asked: list[ProjectLockedError] = []
    window.prompts.quiet_lock = lambda error: asked.append(error) or LockAnswer.TAKE_OVER  # type: ignore[method-assign]
    window.prompts.open_read_only = lambda error: False  # type: ignore[method-assign]
    assert not window.open_project(small_project)
    assert asked == [] and window.session is None
