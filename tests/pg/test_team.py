"""Two users on one team project: no edit silently overwrites another, and each sees the other's work."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid

import pytest

from netmap.domain import Actor, Cluster, ProjectInfo, Tie
from netmap.errors import (
    ConflictError,
    NotAProjectError,
    ReadOnlyError,
    ServerUnavailableError,
)
from netmap.project import Change, Project
from netmap.storage.database import server_projects


def test_a_concurrent_edit_of_the_same_attribute_is_refused_and_names_the_change(anna_and_ben) -> None:  # type: ignore[no-untyped-def]
    anna, ben = anna_and_ben
    added = anna.add_actor(Actor("Jugendtreff Nord", influence=3))
    seen_by_ben = ben.actor(added.id)  # type: ignore[arg-type]

    anna.update_actor(anna.actor(added.id).with_changes(name="Jugendzentrum Nordstadt"))  # type: ignore[arg-type]
    mine = seen_by_ben.with_changes(name="Jugendhaus Nord")
    with pytest.raises(ConflictError) as caught:
        ben.update_actor(mine)

    error = caught.value
    assert "Jugendzentrum Nordstadt" in str(error) and "anna@" in str(error) and "name" in str(error)
    assert [c[0] for c in error.changes] == ["name"]
    assert error.mine == mine  # the refused version is kept: the app can offer it again
    stored = ben.actor(added.id)  # type: ignore[arg-type]
    assert stored.name == "Jugendzentrum Nordstadt"  # nothing was overwritten
    # Ben decides to keep his version after all: based on what is stored now, it goes through.
    ben.update_actor(error.mine.with_changes(version=stored.version))
    assert anna.actor(added.id).name == "Jugendhaus Nord"  # type: ignore[arg-type]


def test_edits_of_different_attributes_are_merged(anna_and_ben) -> None:  # type: ignore[no-untyped-def]
    anna, ben = anna_and_ben
    added = anna.add_actor(Actor("Moscheeverein", influence=3))
    seen_by_ben = ben.actor(added.id)  # type: ignore[arg-type]
    anna.update_actor(anna.actor(added.id).with_changes(notes="Freitagsgebet"))  # type: ignore[arg-type]
    anna.move_actors({added.id: (50.0, 60.0)})  # type: ignore[dict-item]
    ben.update_actor(seen_by_ben.with_changes(influence=8))
    merged = anna.actor(added.id)  # type: ignore[arg-type]
    assert (merged.notes, merged.influence, merged.x, merged.y) == ("Freitagsgebet", 8, 50.0, 60.0)


def test_the_other_users_edit_is_seen_by_polling_without_reopening(anna_and_ben) -> None:  # type: ignore[no-untyped-def]
    anna, ben = anna_and_ben
    heard: list[Change] = []
    ben.subscribe(heard.append)
    assert not ben.poll()
    added = anna.add_actor(Actor("Stadtbibliothek"))
    assert ben.has_external_changes()
    assert ben.poll() and heard == [Change("map", "replaced")]
    assert [a.name for a in ben.state().actors] == ["Stadtbibliothek"]
    assert not ben.poll()  # once is enough

    # Ben's own edits are not "external"; one that lands after Anna's still tells him about hers.
    ben.update_actor(ben.actor(added.id).with_changes(influence=4))  # type: ignore[arg-type]
    assert not ben.has_external_changes()
    anna.add_actor(Actor("Tafel"))
    ben.add_actor(Actor("Sportverein"))
    assert ben.has_external_changes() and ben.poll()
    assert {a.name for a in ben.actors()} == {"Stadtbibliothek", "Tafel", "Sportverein"}


def test_removal_and_edit_of_the_same_actor_conflict_both_ways(anna_and_ben) -> None:  # type: ignore[no-untyped-def]
    anna, ben = anna_and_ben
    a, b = anna.add_actors([Actor("A"), Actor("B")])
    ben_a, ben_b = ben.actors([a.id, b.id])  # type: ignore[list-item]

    anna.remove_actors([a.id])  # type: ignore[list-item]
    with pytest.raises(ConflictError, match="'A' was removed"):
        ben.update_actor(ben_a.with_changes(name="A2"))

    ben.update_actor(ben_b.with_changes(notes="wichtig"))
    with pytest.raises(ConflictError, match="'B' was changed by ben@") as caught:
        anna.remove_actors([b.id])  # type: ignore[list-item]
    assert [c[0] for c in caught.value.changes] == ["notes"]
    assert [x.name for x in ben.actors()] == ["B"]


def test_undo_of_ones_own_edit_keeps_the_other_users_later_change(anna_and_ben) -> None:  # type: ignore[no-untyped-def]
    anna, ben = anna_and_ben
    added = anna.add_actor(Actor("Rathaus", influence=5))
    before = anna.update_actor(added.with_changes(influence=9))  # Anna's edit; `before` is for undo
    ben.update_actor(ben.actor(added.id).with_changes(notes="Ben war hier"))  # type: ignore[arg-type]
    anna.update_actor(before)  # Anna's undo: only her attribute goes back
    now = ben.actor(added.id)  # type: ignore[arg-type]
    assert (now.influence, now.notes) == (5, "Ben war hier")


def test_undo_after_the_other_user_changed_the_same_attribute_is_refused(anna_and_ben) -> None:  # type: ignore[no-untyped-def]
    anna, ben = anna_and_ben
    added = anna.add_actor(Actor("Rathaus", influence=5))
    before = anna.update_actor(added.with_changes(influence=9))
    ben.update_actor(ben.actor(added.id).with_changes(influence=7))  # type: ignore[arg-type]
    with pytest.raises(ConflictError, match="influence is now 7"):
        anna.update_actor(before)
    assert ben.actor(added.id).influence == 7  # type: ignore[arg-type]


def test_ties_clusters_and_project_info_are_protected_too(anna_and_ben) -> None:  # type: ignore[no-untyped-def]
    anna, ben = anna_and_ben
    a, b = anna.add_actors([Actor("A"), Actor("B")])
    tie = anna.add_tie(Tie(a.id, b.id, strength=1))  # type: ignore[arg-type]
    cluster = anna.add_cluster(Cluster("Bildung", (a.id,)))  # type: ignore[arg-type]
    info = ben.info()
    ben_tie, ben_cluster = ben.ties([tie.id])[0], ben.clusters()[0]  # type: ignore[list-item]

    anna.update_tie(tie.with_changes(strength=3))
    anna.update_cluster(cluster.with_changes(name="Bildungsnetz"))
    anna.set_info(anna.info().with_changes(town="Beispielstadt"))
    with pytest.raises(ConflictError, match="'A – B'.*strength is now 3"):
        ben.update_tie(ben_tie.with_changes(strength=2))
    with pytest.raises(ConflictError, match="name is now 'Bildungsnetz'"):
        ben.update_cluster(ben_cluster.with_changes(name="Schulen"))
    with pytest.raises(ConflictError, match="town is now 'Beispielstadt'"):
        ben.set_info(info.with_changes(town="Musterstadt"))
    ben.set_info(info.with_changes(topic="Integration"))  # another attribute: merged
    assert anna.info() == ProjectInfo(info.name, "Beispielstadt", "Integration", "", None, "de")


def test_concurrent_edits_from_threads_are_all_kept(anna_and_ben) -> None:  # type: ignore[no-untyped-def]
    anna, ben = anna_and_ben
    start = anna.revision()

    def add(project: Project, prefix: str) -> None:
        for i in range(15):
            project.add_actor(Actor(f"{prefix}{i}"))

    threads = [threading.Thread(target=add, args=(p, n)) for p, n in ((anna, "a"), (ben, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(anna.actors()) == 30
    assert anna.revision() == start + 30


def test_read_only_sessions_cannot_write(team_location: str) -> None:
    Project.create(team_location).close()
    with Project.open(team_location, read_only=True) as viewer:
        with pytest.raises(ReadOnlyError):
            viewer.add_actor(Actor("x"))


def test_projects_of_one_database_are_separate_and_listed(pg_database: str) -> None:
    with Project.create(f"{pg_database}#Nordstadt") as north, Project.create(f"{pg_database}#Südstadt") as south:
        north.add_actor(Actor("Nur im Norden"))
        assert south.actors() == []
    assert {"Nordstadt", "Südstadt"} <= set(server_projects(pg_database))
    with pytest.raises(NotAProjectError, match="already exists"):
        Project.create(f"{pg_database}#Nordstadt")
    with pytest.raises(NotAProjectError, match="no project of that name"):
        Project.open(f"{pg_database}#Weststadt")


def test_an_unreachable_server_is_one_clear_error() -> None:
    with pytest.raises(ServerUnavailableError, match="127.0.0.1.*cannot be used.*refused"):
        Project.open("postgresql://netmap@127.0.0.1:1/netmap#X")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "netmap.cli", *args], capture_output=True, text=True, timeout=180)


def test_the_command_line_takes_server_addresses(pg_database: str) -> None:
    location = f"{pg_database}#Musterstadt CLI"
    password = pg_database.split(":")[2].split("@")[0]
    result = run("demo", location)
    assert result.returncode == 0, result.stderr
    assert "Musterstadt CLI" in result.stdout and password not in result.stdout
    again = run("demo", location)
    assert again.returncode == 1 and "already exists" in again.stderr and password not in again.stderr
    assert run("snapshot", location, "Heute", "--date", "2026-11-01").returncode == 0
    with Project.open(location, read_only=True) as project:
        assert 55 <= len(project.actors()) <= 65
        assert "Heute" in [s.label for s in project.snapshots()]
    bad = run("snapshot", f"{pg_database}#", "x")
    assert bad.returncode == 1 and "project name after '#' is missing" in bad.stderr


def test_erasing_a_person_on_a_server_removes_them_everywhere(pg_database: str) -> None:
    from netmap.demo import write_demo

    with write_demo(f"{pg_database}#Erase {uuid.uuid4().hex[:8]}") as project:
        states = [project.state()] + [project.snapshot_state(s.label) for s in project.snapshots()]
        name = next(a.contact.name for s in states for a in s.actors if a.contact is not None)
        places = project.erase_person(name)
        assert places
        states = [project.state()] + [project.snapshot_state(s.label) for s in project.snapshots()]
        assert all(a.contact is None or a.contact.name != name for s in states for a in s.actors)


def test_import_creates_a_server_project_and_bad_input_leaves_none(pg_database: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    demo, graphml = tmp_path / "demo.netmap", tmp_path / "demo.graphml"
    assert run("demo", str(demo)).returncode == 0
    assert run("export", str(demo), str(graphml)).returncode == 0
    name = f"Import {uuid.uuid4().hex[:8]}"
    first = run("import", str(graphml), f"{pg_database}#{name}")
    assert first.returncode == 0, first.stderr
    again = run("import", str(graphml), f"{pg_database}#{name}")
    assert again.returncode == 0 and "0 new actors" in again.stdout
    bad = run("import", str(tmp_path / "missing.graphml"), f"{pg_database}#{name} bad")
    assert bad.returncode == 1
    projects = server_projects(pg_database)
    assert name in projects and f"{name} bad" not in projects
