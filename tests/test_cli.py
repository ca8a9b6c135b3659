"""The command line contract: outputs, exit codes and one-line errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from netmap import cli
from netmap.cli import main
from netmap.i18n import install_language
from netmap.project import Project

OLD, NEW = "Bestandsaufnahme 2024", "Bestandsaufnahme 2026"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "musterstadt.netmap"
    assert main(["demo", str(path)]) == 0
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real console entry point, as a user would."""
    return subprocess.run([sys.executable, "-m", "netmap.cli", *args], capture_output=True, text=True, timeout=120)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_demo_writes_the_town_with_two_snapshots(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Project.open(demo, read_only=True) as project:
        assert [s.label for s in project.snapshots()] == [OLD, NEW]
        assert 55 <= len(project.actors()) <= 65


def test_demo_refuses_an_existing_file(demo: Path) -> None:
    before = demo.read_bytes()
    result = run("demo", str(demo))
    assert result.returncode == 1
    assert "already exists" in one_line_error(result)
    assert demo.read_bytes() == before


def test_demo_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    result = run("demo", str(tmp_path / "nowhere" / "x.netmap"))
    assert result.returncode == 1
    assert "folder does not exist" in one_line_error(result)
    assert not (tmp_path / "nowhere").exists()


def test_snapshot_takes_a_dated_snapshot(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.netmap"
    copy.write_bytes(demo.read_bytes())
    assert main(["snapshot", str(copy), "Workshop Herbst", "--date", "2027-10-01"]) == 0
    assert "Workshop Herbst" in capsys.readouterr().out
    with Project.open(copy, read_only=True) as project:
        snapshot = project.snapshots()[-1]
        assert (snapshot.label, snapshot.taken_on.isoformat()) == ("Workshop Herbst", "2027-10-01")
        assert project.snapshot_state("Workshop Herbst").actors == project.state().actors


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["snapshot"], 2, "required"),
        (["snapshot", "{demo}", "X", "--date", "1.10.2027"], 2, "YYYY-MM-DD"),
        (["analyze", "{demo}", "--bogus"], 2, "unrecognized arguments"),
        (["snapshot", "{demo}", NEW], 1, "exists already"),
        (["snapshot", "{missing}", "X"], 1, "does not exist"),
        (["analyze", "{demo}", "--snapshot", "1999"], 1, "no snapshot labelled '1999'"),
        (["analyze", "{demo}", "--tie-kind", "freundschaft"], 1, "unknown tie kind 'freundschaft'"),
        (["compare", "{demo}", OLD, "nope"], 1, "no snapshot labelled 'nope'"),
        (["analyze", "{notaproject}"], 1, "not a NetMap project"),
    ],
)
def test_errors_are_one_line_with_the_right_exit_code(demo: Path, tmp_path: Path, args: list[str], code: int,
                                                        message: str) -> None:
    (tmp_path / "note.netmap").write_text("Hallo", encoding="utf-8")
    before = demo.read_bytes()
    filled = [a.format(demo=demo, missing=tmp_path / "missing.netmap", notaproject=tmp_path / "note.netmap")
              for a in args]
    result = run(*filled)
    assert result.returncode == code
    assert message in one_line_error(result)
    assert demo.read_bytes() == before


def test_compare_json_has_the_keys_of_the_design(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(demo), OLD, NEW, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    for key in ("actors_added", "actors_removed", "ties_added", "ties_removed", "ties_changed", "metric_changes"):
        assert key in result
    assert {a["name"] for a in result["actors_added"]} >= {"Integrationsbeauftragte der Stadt Musterstadt",
                                                          "Afghanischer Kulturverein Musterstadt e. V."}
    assert [a["name"] for a in result["actors_removed"]] == [
        "FC Nordstadt 1920 e. V. (Integrationsgruppe „Sport verbindet“)"]


def test_compare_text_report_tells_the_story_in_german(demo: Path) -> None:
    result = run("compare", str(demo), OLD, NEW)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Integrationsbeauftragte der Stadt Musterstadt" in out
    assert "Jugendtreff Nord → Jugendzentrum Nordstadt" in out
    assert "Türkisch-Islamische Gemeinde Musterstadt e. V. (Moschee Nordstadt) – Integrierte Gesamtschule Nordstadt" \
        in out


def test_analyze_json_reports_the_current_map_and_the_older_snapshot(demo: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(demo), "--json"]) == 0
    now = json.loads(capsys.readouterr().out)
    assert main(["analyze", str(demo), "--snapshot", OLD, "--json"]) == 0
    then = json.loads(capsys.readouterr().out)
    with Project.open(demo, read_only=True) as project:
        names_now = {a.name for a in project.state().actors}
        names_then = {a.name for a in project.snapshot_state(OLD).actors}
        ties_then = len(project.snapshot_state(OLD).ties)
    assert 55 <= now["network"]["actors"] <= 65
    assert {a["name"] for a in now["actors"]} == names_now
    assert {a["name"] for a in then["actors"]} == names_then
    assert then["network"]["ties"] == ties_then != now["network"]["ties"]
    for key in ("actors", "ties", "density", "components"):
        assert key in now["network"]
    for key in ("name", "category", "degree", "betweenness", "closeness", "eigenvector", "pagerank", "constraint",
                "effective_size", "community", "articulation_point"):
        assert all(key in actor for actor in now["actors"])
    for key in ("missing_categories", "isolated_actors", "single_points_of_failure"):
        assert key in now["gaps"]


def test_analyze_finds_what_the_demo_story_hides(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(demo), "--json"]) == 0
    gaps = json.loads(capsys.readouterr().out)["gaps"]
    assert {g["key"] for g in gaps["missing_categories"]} >= {"hochschulen", "polizei", "medien", "kammern"}
    failures = {g["name"]: {c["name"] for c in g["cut_off"]} for g in gaps["single_points_of_failure"]}
    assert failures["Integrationsbeauftragte der Stadt Musterstadt"] == {
        "Afghanischer Kulturverein Musterstadt e. V.", "Eritreische Gemeinschaft Musterstadt"}


def test_analyze_by_tie_kind_and_directed(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(demo), "--tie-kind", "konflikt", "--json"]) == 0
    conflicts = json.loads(capsys.readouterr().out)["network"]
    assert main(["analyze", str(demo), "--directed", "--json"]) == 0
    directed = json.loads(capsys.readouterr().out)["network"]
    assert conflicts["ties"] < 10 and conflicts["tie_kind"] == "konflikt"
    assert directed["directed"] is True and directed["ties"] > 158


def test_analyze_text_report_names_the_gaps(demo: Path) -> None:
    result = run("analyze", str(demo))
    assert result.returncode == 0, result.stderr
    assert "Integrationsbeauftragte der Stadt Musterstadt" in result.stdout
    assert "Polizei" in result.stdout


# -- a first word that is no command (issue 12, point 10)


@pytest.mark.parametrize("args", [["analyse", "x.netmap"], ["analyse"], ["Analyse"]])
def test_a_misspelt_command_is_a_usage_error_with_a_suggestion(tmp_path: Path, args: list[str]) -> None:
    # Headless, as in a batch script: before, "netmap analyse" opened the app and never returned.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "netmap.cli", *args], capture_output=True, text=True,
                            timeout=60, cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert "did you mean analyze?" in one_line_error(result)
    assert list(tmp_path.iterdir()) == []  # nothing was created


def test_a_word_that_is_neither_command_nor_project_is_a_usage_error(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "netmap.cli", "Musterstadt"], capture_output=True, text=True,
                            timeout=60, cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert "'Musterstadt' is neither a command" in one_line_error(result)


def test_a_missing_file_name_suggests_the_project_beside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "Musterstadt.netmap").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    assert main(["Musterstadt"]) == 2
    assert "did you mean Musterstadt.netmap?" in capsys.readouterr().err


def test_projects_of_every_form_still_open_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str | None] = []
    monkeypatch.setattr(cli, "_run_gui", lambda args: opened.append(args.project) or 0)
    existing = tmp_path / "karte.xlsx"
    existing.write_bytes(b"")
    words = [str(existing), str(tmp_path / "neu.netmap"), "Alt.NETMAP", "postgresql://anna@server/netmap#Stadt"]
    for word in words:
        assert main([word]) == 0
    assert main([]) == 0
    assert opened == [*words, None]


def test_the_analysis_report_counts_in_plural_forms(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No "Teilnetz(e)": Qt's plural forms pick the word for the count (issue 14, point 9)."""
    try:
        assert main(["analyze", str(demo)]) == 0  # the demo is German: the report installs German
    finally:
        install_language("en")  # for the tests after this one
    network = capsys.readouterr().out.splitlines()[1]
    assert "(e)" not in network and "(s)" not in network
    assert re.search(r"\d+ Akteure, \d+ Beziehungen, Dichte [\d.,]+, 1 getrenntes Teilnetz|\d+ getrennte Teilnetze",
                     network), network
