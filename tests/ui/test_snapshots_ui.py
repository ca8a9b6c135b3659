"""Snapshots in the main window: taken through the dialog, listed on the timeline, opened read-only,
renamed, deleted after a confirmation, and made the start of a new map."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QGraphicsItem, QMessageBox

from netmap.domain import Actor
from netmap.project import Project
from netmap.edits import AddActors, RemoveItems

from .fixtures import snapshot_dialog, take_snapshot


def test_snapshots_are_taken_through_the_dialog_and_listed_oldest_first(qtbot, make_window,
                                                                        small_project: Path) -> None:
    window = make_window(small_project)
    panel = window.snapshots_panel
    assert panel.model.rowCount() == 0 and panel.empty.isVisible()
    take_snapshot(qtbot, window, "Workshop 2026", date(2026, 5, 4), "Second workshop")
    take_snapshot(qtbot, window, "Workshop 2024", date(2024, 3, 1))
    snapshots = window.session.project.snapshots()
    assert [(s.label, s.taken_on, s.note) for s in snapshots] == [
        ("Workshop 2024", date(2024, 3, 1), ""), ("Workshop 2026", date(2026, 5, 4), "Second workshop")]
    assert [panel.model.index(i).data() for i in range(panel.model.rowCount())] == ["Workshop 2024", "Workshop 2026"]
    assert panel.current_label() == "Workshop 2024"  # the one just taken
    assert not panel.empty.isVisible()
    # The snapshot froze the map: four actors, three ties, whatever happens to the map later.
    state = window.session.project.snapshot_state("Workshop 2024")
    assert len(state.actors) == 4 and len(state.ties) == 3

    # A label that exists already cannot be taken twice; the dialog says why.
    window.actions_.take_snapshot.trigger()
    dialog = snapshot_dialog(window)
    assert dialog.label.text()  # a suggestion ("As of <today>") is ready to be typed over
    dialog.label.setText("workshop 2024")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.hint.isVisible() and "exists already" in dialog.hint.text()
    dialog.label.setText("   ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()
    assert len(window.session.project.snapshots()) == 2
    assert window.snapshots_menu.actions() == [window.actions_.take_snapshot, window.actions_.compare,
                                               window.actions_.monitoring]
    assert window.snapshots_menu.title().replace("&", "") == "Snapshots"


def test_a_read_only_project_cannot_take_snapshots(make_window, small_project: Path) -> None:
    with Project.open(small_project) as project:
        project.take_snapshot("Before", date(2025, 1, 1))
    window = make_window()
    assert window.open_project(small_project, read_only=True)
    assert not window.actions_.take_snapshot.isEnabled()
    assert window.actions_.compare.isEnabled() and window.actions_.monitoring.isEnabled()
    panel = window.snapshots_panel
    assert panel.current_label() == "Before"
    assert not panel.take_button.isEnabled()
    assert not panel.rename_action.isEnabled() and not panel.delete_action.isEnabled()
    assert panel.open_action.isEnabled() and panel.new_map_action.isEnabled()


def test_a_snapshot_opens_read_only_in_its_own_window(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    take_snapshot(qtbot, window, "Workshop 1")
    session = window.session
    school = next(i for i, a in session.actors.items() if a.name == "Grundschule Süd")
    assert session.execute(RemoveItems([school]))
    assert session.execute(AddActors([Actor("Jugendhaus", category="vereine", x=90, y=90)]))

    window.snapshots_panel.open_action.trigger()
    viewer = window.snapshot_tools.viewers[-1]
    qtbot.waitExposed(viewer)
    names = sorted(item.actor.name for item in viewer.scene.actor_items())
    assert names == ["Grundschule Süd", "Moscheeverein", "Sportverein TSV", "Stadtverwaltung"]
    assert len(viewer.scene.tie_items()) == 3
    assert "Workshop 1" in viewer.banner.text() and "read-only" in viewer.banner.text()
    # Nothing can be changed: the view takes no clicks, the actors do not move, the live map is untouched.
    assert not viewer.view.isInteractive()
    flags = viewer.scene.actor_items()[0].flags()
    assert not flags & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    viewer.scene.addActorRequested.emit(viewer.scene.actor_items()[0].pos())
    viewer.scene.tieRequested.emit(viewer.scene.actor_items()[0].actor_id, viewer.scene.actor_items()[1].actor_id)
    assert sorted(a.name for a in session.actors.values()) == ["Jugendhaus", "Moscheeverein", "Sportverein TSV",
                                                               "Stadtverwaltung"]
    assert len(session.project.snapshot_state("Workshop 1").actors) == 4
    qtbot.mouseClick(viewer.back, Qt.MouseButton.LeftButton)
    assert window.snapshot_tools.viewers == []


def test_rename_and_delete_ask_first(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    take_snapshot(qtbot, window, "Workshop", date(2025, 6, 1), "first note")
    panel = window.snapshots_panel
    panel.select("Workshop")

    panel.rename_action.trigger()
    dialog = snapshot_dialog(window)
    assert dialog.renaming and not dialog.day.isEnabled()  # a snapshot keeps its date
    dialog.label.selectAll()
    qtbot.keyClicks(dialog.label, "Auftaktworkshop")
    dialog.note.setPlainText("renamed")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    snapshot = window.session.project.snapshots()[0]
    assert (snapshot.label, snapshot.taken_on, snapshot.note) == ("Auftaktworkshop", date(2025, 6, 1), "renamed")
    assert panel.current_label() == "Auftaktworkshop"

    # Deleting asks; Cancel keeps the snapshot.
    panel.delete_action.trigger()
    box = window.findChild(QMessageBox, "deleteSnapshotBox")
    assert box is not None and box.isVisible()
    assert "Auftaktworkshop" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert [s.label for s in window.session.project.snapshots()] == ["Auftaktworkshop"]

    box = window.snapshot_tools.delete_snapshot("Auftaktworkshop")
    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)
    assert window.session.project.snapshots() == []
    assert panel.model.rowCount() == 0 and panel.empty.isVisible()
    assert not panel.open_action.isEnabled()


@pytest.mark.parametrize("answer", ["new map", "new map.netmap"])
def test_a_new_map_starts_from_a_snapshot(qtbot, make_window, small_project: Path, tmp_path: Path, monkeypatch,
                                          answer: str) -> None:
    window = make_window(small_project)
    session = window.session
    cluster_members = sorted(session.actors)[:2]
    from netmap.domain import Cluster
    from netmap.edits import AddCluster

    assert session.execute(AddCluster(Cluster("Bildung", tuple(cluster_members))))
    take_snapshot(qtbot, window, "Stand Mai", date(2025, 5, 1))
    before = session.project.snapshot_state("Stand Mai")
    assert session.execute(AddActors([Actor("Später dazugekommen")]))
    target = tmp_path / answer
    asked = []

    def save_name(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.snapshots_panel.select("Stand Mai")
    window.snapshots_panel.new_map_action.trigger()
    made = tmp_path / "new map.netmap"
    assert asked and made.exists()
    assert Path(window.session.location) == made  # it is open now
    state = window.session.project.state()
    assert sorted((a.name, a.uid) for a in state.actors) == sorted((a.name, a.uid) for a in before.actors)
    assert sorted(t.uid for t in state.ties) == sorted(t.uid for t in before.ties)
    assert [(c.name, c.members) for c in state.clusters] == [(c.name, c.members) for c in before.clusters]
    assert state.catalogues == before.catalogues
    assert state.info == before.info
    assert window.session.project.snapshots() == []  # a new map starts without a history
    # The old project is untouched, its later actor included.
    with Project.open(small_project, read_only=True) as old:
        assert "Später dazugekommen" in {a.name for a in old.actors()}

    # A file that exists already is not overwritten.
    window.open_project(small_project)
    window.snapshot_tools.new_map_from_snapshot("Stand Mai")
    assert "could not be created" in window.message_bar.text()
    assert Path(window.session.location) == small_project
