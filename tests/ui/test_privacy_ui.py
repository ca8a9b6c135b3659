"""Help > About the data, and Edit > Erase a person… through the window: no byte of the person remains."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from netmap.domain import ContactPerson
from netmap.project import Project
from netmap.edits import UpdateActors
from netmap.ui.privacy import (
    AboutDataDialog,
    ErasePersonDialog,
    contact_persons,
    show_about_data,
)


def values_of(project: Project, name: str) -> list[str]:
    """The values that identify the contact person `name` (their role, such as "Schulleitung", may be
    an actor's name too), in the map and the snapshots."""
    found = set()
    states = [project.state()] + [project.snapshot_state(s.label) for s in project.snapshots()]
    for state in states:
        for actor in state.actors:
            c = actor.contact
            if c is not None and c.name == name:
                found |= {v for v in (c.name, c.email, c.phone) if v}
    return sorted(found)


def stored_bytes(path: Path) -> bytes:
    """The project file and whatever SQLite keeps beside it."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")) if p.is_file())


def visible(window, kind):  # type: ignore[no-untyped-def]
    (dialog,) = [d for d in window.findChildren(kind) if d.isVisible()]
    return dialog


def test_about_the_data_says_what_is_stored_and_where(make_window, small_project: Path) -> None:
    backup = small_project.with_name(small_project.name + ".bak-0001")
    backup.write_bytes(b"")
    window = make_window(small_project)
    window.actions_.about_data.trigger()
    dialog = visible(window, AboutDataDialog)
    text = dialog.text.toPlainText()
    assert str(small_project) in text
    assert str(small_project) + ".lock" in text
    assert str(backup) in text and "bak-*" in text
    assert "personal data" in text and "Erase a person" in text and "netmap erase-person" in text
    assert "4 actors, 0 snapshots, 0 contact persons" in text
    dialog.reject()


def test_about_the_data_without_a_project(make_window) -> None:
    window = make_window()
    assert window.actions_.about_data.isEnabled()
    dialog = show_about_data(window)
    assert "Open a project to see where its data are stored." in dialog.text.toPlainText()
    dialog.reject()


def test_erase_a_person_through_the_menu_leaves_no_trace(qtbot, make_window, demo: Path) -> None:
    with Project.open(demo, read_only=True) as project:
        entries = {e.name: e for e in contact_persons(project)}
        live = next(e for e in entries.values() if "map" in e.places and len(e.places) > 1)
        personal = values_of(project, live.name)
    assert len(personal) >= 2 and all(v.encode() in demo.read_bytes() for v in personal)

    window = make_window(demo)
    # An edit of that very actor: its undo step holds the person's data.
    actor = next(a for a in window.session.actors.values() if a.contact is not None and a.contact.name == live.name)
    window.session.execute(UpdateActors([actor.with_changes(
        contact=ContactPerson(live.name, "Neue Rolle", actor.contact.email, actor.contact.phone))]))
    assert window.session.undo_stack.count() == 1

    window.actions_.erase_person.trigger()
    dialog = visible(window, ErasePersonDialog)
    assert dialog.list.topLevelItemCount() == len(entries)
    assert not dialog.erase_button.isEnabled()
    dialog.filter.setText(live.name[:4])
    assert any(not dialog.list.topLevelItem(i).isHidden() and dialog.list.topLevelItem(i).text(0) == live.name
               for i in range(dialog.list.topLevelItemCount()))
    assert dialog.select(live.name)
    asked = []
    dialog.confirm = lambda entry: asked.append(entry.name) or True  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    assert asked == [live.name]
    assert dialog.erased == [(live.name, live.places)]
    assert "current map" in dialog.outcome.text() and "snapshot “" in dialog.outcome.text()
    assert window.session.undo_stack.count() == 0  # undo would have brought the person back
    assert live.name not in [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]
    assert all(a.contact is None or a.contact.name != live.name for a in window.session.actors.values())
    dialog.reject()
    window.close_project()
    data = stored_bytes(demo)
    for value in personal + ["Neue Rolle"]:
        assert value.encode() not in data, f"{value!r} is still in the file"


def test_erasing_asks_first_and_a_no_changes_nothing(make_window, demo: Path) -> None:
    window = make_window(demo)
    window.actions_.erase_person.trigger()
    dialog = visible(window, ErasePersonDialog)
    name = dialog.list.topLevelItem(0).text(0)
    dialog.select(name)
    dialog.confirm = lambda entry: False  # type: ignore[method-assign]
    before = demo.read_bytes()
    assert not dialog.erase_selected()
    assert demo.read_bytes() == before and dialog.erased == []
    dialog.reject()


def test_read_only_projects_cannot_erase(make_window, demo: Path) -> None:
    window = make_window()
    assert window.open_project(demo, read_only=True)
    assert not window.actions_.erase_person.isEnabled()
    assert window.actions_.about_data.isEnabled()
