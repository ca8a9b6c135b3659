"""A full disk, a write-protected file and a damaged file: one line each, and nothing changed.

The full disk is real: a small tmpfs is mounted for the test (root only; skipped elsewhere) and
filled up to a few kilobytes. A write-protected file sits on that tmpfs remounted read-only (root
may write to files whatever their permissions say). A damaged file has garbage in its pages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from netmap.cli import main
from netmap.project import Project

FIXTURE = Path(__file__).parents[1] / "fixtures" / "project_v1.netmap"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A demo project, a GraphML file of it to import, and the name of one contact person."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "musterstadt.netmap"
    assert main(["demo", str(path)]) == 0
    assert main(["export", str(path), str(folder / "map.graphml")]) == 0
    with Project.open(path, read_only=True) as project:
        person = next(a.contact.name for a in project.actors() if a.contact is not None)
    return path, folder / "map.graphml", person


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("a small tmpfs cannot be mounted here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int) -> None:
    """Fill the disk so that only `leave` bytes stay free."""
    stat = os.statvfs(disk)
    with (disk / "filler").open("wb") as f:
        f.write(b"\0" * (stat.f_bavail * stat.f_frsize - leave))


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def snapshot_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "filler"}


def commands(path: Path, source: Path, person: str) -> list[list[str]]:
    return [["snapshot", str(path), "Neu"], ["import", str(source), str(path), "--replace"],
            ["import", str(source), str(path.with_name("neu.netmap"))], ["erase-person", str(path), person]]


def test_a_full_disk_is_one_line_and_changes_nothing(demo, small_disk: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    original, source, person = demo
    path = small_disk / "musterstadt.netmap"
    shutil.copy(original, path)
    fill(small_disk, 8192)
    before = snapshot_of(small_disk)
    for command in commands(path, source, person):
        assert main(command) == 1, command
        message = one_line(capsys)
        assert ".netmap" in message and "disk is full" in message and "nothing was changed" in message
        assert snapshot_of(small_disk) == before, command


def test_an_erasure_whose_rebuild_fails_for_space_is_a_success_with_a_warning(demo, small_disk: Path,  # type: ignore[no-untyped-def]
                                                                            capsys) -> None:
    original, _, person = demo
    path = small_disk / "musterstadt.netmap"
    shutil.copy(original, path)
    fill(small_disk, path.stat().st_size * 7 // 8)  # room for the erasure, not for rebuilding the file
    assert main(["erase-person", str(path), person]) == 0
    out, err = capsys.readouterr()
    assert f"erased {person!r}" in out
    assert len(err.strip().splitlines()) == 1 and "could not be rebuilt" in err and "disk is full" in err
    assert person.encode() not in path.read_bytes()  # the freed entries were overwritten all the same
    with Project.open(path, read_only=True) as project:
        assert all(a.contact is None or a.contact.name != person for a in project.actors())


def test_a_write_protected_file_is_one_line_and_changes_nothing(demo, small_disk: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    original, source, person = demo
    path = small_disk / "musterstadt.netmap"
    shutil.copy(original, path)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    before = snapshot_of(small_disk)
    for command in commands(path, source, person):
        assert main(command) == 1, command
        message = one_line(capsys)
        assert "write-protected" in message and "nothing was changed" in message
        assert snapshot_of(small_disk) == before
    assert main(["analyze", str(path), "--json"]) == 0  # reading works as ever


def test_a_damaged_file_is_one_line_and_changes_nothing(demo, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    original, source, person = demo
    path = tmp_path / "musterstadt.netmap"
    data = bytearray(original.read_bytes())
    for page in range(3, len(data) // 4096, 2):  # garbage in every other page after the schema
        data[page * 4096 + 8: page * 4096 + 600] = os.urandom(592)
    path.write_bytes(bytes(data))
    before = snapshot_of(tmp_path)
    for command in [*commands(path, source, person)[:2], commands(path, source, person)[3],
                    ["analyze", str(path)], ["export", str(path), str(tmp_path / "x.csv")]]:
        assert main(command) == 1, command
        message = one_line(capsys)
        assert "damaged" in message and "nothing was changed" in message and "backup" in message
        assert snapshot_of(tmp_path) == before, command


@pytest.mark.parametrize("leave", [4096, 8192])  # no room for the backup / room for the backup only
def test_an_upgrade_on_a_full_disk_is_one_line_and_changes_nothing(small_disk: Path, capsys, leave: int) -> None:  # type: ignore[no-untyped-def]
    path = small_disk / "alt.netmap"
    shutil.copy(FIXTURE, path)
    fill(small_disk, path.stat().st_size + leave if leave > 4096 else leave)  # 8192: the journal has no room
    before = snapshot_of(small_disk)
    assert main(["snapshot", str(path), "S"]) == 1
    message = one_line(capsys)
    assert "disk is full" in message and "nothing was changed" in message
    if leave == 4096:
        assert snapshot_of(small_disk) == before
    else:  # the backup was made; the file itself is as it was
        assert "alt.netmap.bak-0001" in snapshot_of(small_disk)
        assert {k: v for k, v in snapshot_of(small_disk).items() if ".bak-" not in k} == before
    with Project.open(path, read_only=True) as project:
        assert [a.name for a in project.actors()] == ["Rathaus", "Moschee"]
