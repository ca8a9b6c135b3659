"""Edit > Erase a person… when the file cannot be rebuilt afterwards: erased, with a warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from netmap.errors import FileProblem, StorageError
from netmap.project import Project
from netmap.ui.privacy import ErasePersonDialog


def test_an_erasure_whose_rebuild_fails_is_shown_as_done_with_a_warning(qtbot, make_window, demo: Path,  # type: ignore[no-untyped-def]
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(project: Project) -> None:
        raise StorageError(project.location, FileProblem.FULL)

    monkeypatch.setattr(Project, "_purge_freed_space", disk_full)
    window = make_window(demo)
    window.actions_.erase_person.trigger()
    (dialog,) = [d for d in window.findChildren(ErasePersonDialog) if d.isVisible()]
    name = dialog.list.topLevelItem(0).text(0)
    assert dialog.select(name)
    dialog.confirm = lambda entry: True  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    text = dialog.outcome.text()
    assert "was erased from" in text and "could not be rebuilt" in text and "disk is full" in text
    assert "nothing was changed" not in text
    assert dialog.erased and dialog.erased[0][0] == name
    assert all(a.contact is None or a.contact.name != name for a in window.session.actors.values())
    dialog.reject()
