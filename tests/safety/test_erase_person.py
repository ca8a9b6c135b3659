"""Erasing a contact person removes every byte of them from the file, snapshots included."""

from __future__ import annotations

from pathlib import Path

import pytest

from netmap.cli import main
from netmap.demo import write_demo
from netmap.project import Project


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.netmap"
    write_demo(path).close()
    return path


def _contacts(project: Project) -> dict[str, tuple[str, str, str]]:
    found = {}
    states = [project.state()] + [project.snapshot_state(s.label) for s in project.snapshots()]
    for state in states:
        for actor in state.actors:
            if actor.contact is not None:
                c = actor.contact
                found[c.name] = (c.name, c.email, c.phone)
    return found


def test_erase_person_leaves_no_trace_in_map_snapshots_or_free_pages(demo: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    with Project.open(demo, read_only=True) as project:
        contacts = _contacts(project)
        live = {a.contact.name for a in project.state().actors if a.contact is not None}
    old_only = sorted(set(contacts) - live)
    assert old_only, "the demo keeps a contact person who is only in the older snapshot"
    for name in (old_only[0], sorted(live)[0]):
        assert all(value.encode() in demo.read_bytes() for value in contacts[name] if value)
        assert main(["erase-person", str(demo), name]) == 0
        assert name in capsys.readouterr().out
        data = demo.read_bytes()
        for value in contacts[name]:
            if value:
                assert value.encode() not in data, f"{value!r} is still in the file"
    with Project.open(demo, read_only=True) as project:
        remaining = _contacts(project)
    assert set(remaining) == set(contacts) - {old_only[0], sorted(live)[0]}


def test_erasing_an_unknown_person_is_an_error_and_changes_nothing(demo: Path) -> None:
    before = demo.read_bytes()
    assert main(["erase-person", str(demo), "Niemand Unbekannt"]) == 1
    assert demo.read_bytes() == before
