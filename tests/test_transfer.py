"""netmap import / export on real files: round trips, edited workbooks, bad input, snapshots over time."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from shared_files import REFDATA

from netmap.cli import main
from netmap.demo import write_demo
from netmap.project import Project

EIES = [REFDATA / "socnetv" / f"Freeman_EIES_network_48actors_Acquaintanceship_at_time_{t}.dl" for t in (1, 2)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.netmap"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_copy(demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.netmap"
    copy.write_bytes(demo.read_bytes())
    return copy


def _personal_values(project: Project) -> set[str]:
    values = set()
    for state in [project.state()] + [project.snapshot_state(s.label) for s in project.snapshots()]:
        for actor in state.actors:
            if actor.contact is not None:
                values |= {v for v in (actor.contact.name, actor.contact.email, actor.contact.phone) if v}
    return values


def _all_text(path: Path) -> str:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return path.read_bytes().decode("utf-8", "replace")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".graphml", ".gexf", ".html"])
def test_every_file_export_works_and_anonymize_leaves_out_every_contact(demo: Path, tmp_path: Path, suffix: str,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    with Project.open(demo, read_only=True) as project:
        personal = _personal_values(project)
        live = {a.contact.email for a in project.state().actors if a.contact is not None}
    assert len(personal) > 20
    plain, anonymous = tmp_path / f"plain{suffix}", tmp_path / f"anon{suffix}"
    assert main(["export", str(demo), str(plain)]) == 0
    assert main(["export", str(demo), str(anonymous), "--anonymize"]) == 0
    written = capsys.readouterr().out
    plain_text = "".join(_all_text(p) for p in tmp_path.glob("plain*"))
    anonymous_text = "".join(_all_text(p) for p in tmp_path.glob("anon*"))
    assert any(email in plain_text for email in live), "the plain export should carry contacts"
    leaked = sorted(v for v in personal if v in anonymous_text)
    assert leaked == [], f"anonymised {suffix} contains {leaked}"
    assert "anon" in written


def test_an_edited_workbook_updates_the_project_without_duplicates(demo_copy: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "karte.xlsx"
    assert main(["export", str(demo_copy), str(workbook)]) == 0
    wb = openpyxl.load_workbook(workbook)
    sheet = wb["Akteure"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[header.index("Name")].value == "Volkshochschule Musterstadt")
    row[header.index("Name")].value = "VHS Musterstadt"
    row[header.index("Einfluss")].value = 9
    sheet.append({header.index("Name") + 1: "Neuer Sportverein", header.index("Kategorie") + 1: "Vereine"})
    wb.save(workbook)
    with Project.open(demo_copy, read_only=True) as project:
        before = project.state()
    assert main(["import", str(workbook), str(demo_copy)]) == 0
    with Project.open(demo_copy, read_only=True) as project:
        after = project.state()
    assert len(after.actors) == len(before.actors) + 1
    assert len(after.ties) == len(before.ties)
    vhs = next(a for a in after.actors if a.name == "VHS Musterstadt")
    old_vhs = next(a for a in before.actors if a.name == "Volkshochschule Musterstadt")
    assert (vhs.id, vhs.uid, vhs.influence, vhs.x) == (old_vhs.id, old_vhs.uid, 9, old_vhs.x)
    assert next(a for a in after.actors if a.name == "Neuer Sportverein").category == "vereine"
    assert main(["import", str(workbook), str(demo_copy)]) == 0  # again: nothing new
    with Project.open(demo_copy, read_only=True) as project:
        assert project.state().actors == after.actors


def test_a_broken_workbook_is_named_precisely_and_changes_nothing(demo_copy: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "kaputt.xlsx"
    assert main(["export", str(demo_copy), str(workbook)]) == 0
    wb = openpyxl.load_workbook(workbook)
    sheet = wb["Beziehungen"]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=5, column=header.index("Stärke") + 1).value = 7
    wb.save(workbook)
    before = demo_copy.read_bytes()
    result = subprocess.run([sys.executable, "-m", "netmap.cli", "import", str(workbook), str(demo_copy)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1
    assert "kaputt.xlsx" in message and "Beziehungen" in message and "row 5" in message
    assert demo_copy.read_bytes() == before


def test_a_failed_import_into_a_new_project_leaves_no_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gexf"
    broken.write_text('<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="1"',
                      encoding="utf-8")
    target = tmp_path / "neu.netmap"
    assert main(["import", str(broken), str(target)]) == 1
    assert not target.exists()


@pytest.mark.skipif(not REFDATA.exists(), reason="shared/refdata is not beside the checkout")
def test_kumu_workbook_imports_with_its_counts(tmp_path: Path) -> None:
    target = tmp_path / "kumu.netmap"
    assert main(["import", str(REFDATA / "kumu" / "paypal-mafia.xlsx"), str(target)]) == 0
    with Project.open(target, read_only=True) as project:
        state = project.state()
    elements = openpyxl.load_workbook(REFDATA / "kumu" / "paypal-mafia.xlsx")
    labels = {r[0] for r in elements["Elements"].iter_rows(min_row=2, values_only=True) if r[0]}
    assert {a.name for a in state.actors} >= labels


@pytest.mark.skipif(not all(p.exists() for p in EIES), reason="shared/refdata is not beside the checkout")
def test_two_time_points_of_eies_compare_with_the_counts_of_the_files(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import json

    def arcs(path: Path) -> dict[tuple[str, str], str]:
        numbers = path.read_text(encoding="utf-8").split("data:")[1].split()
        triples = [numbers[i:i + 3] for i in range(0, len(numbers), 3)]
        return {(a, b): w for a, b, w in triples if float(w) != 0}

    first, second = arcs(EIES[0]), arcs(EIES[1])
    project = tmp_path / "eies.netmap"
    assert main(["import", str(EIES[0]), str(project)]) == 0
    assert main(["snapshot", str(project), "Zeitpunkt 1"]) == 0
    assert main(["import", str(EIES[1]), str(project), "--replace"]) == 0
    assert main(["snapshot", str(project), "Zeitpunkt 2"]) == 0
    capsys.readouterr()
    assert main(["compare", str(project), "Zeitpunkt 1", "Zeitpunkt 2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert len(result["actors_added"]) == len(result["actors_removed"]) == 0
    assert result["indicators"]["actors"] == {"before": 48, "after": 48}
    assert len(result["ties_added"]) == len(set(second) - set(first))
    assert len(result["ties_removed"]) == len(set(first) - set(second))
    assert len(result["ties_changed"]) == sum(1 for k in set(first) & set(second) if first[k] != second[k])


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".graphml", ".gexf", ".html"])
def test_anonymize_leaves_out_the_facilitators_name(demo: Path, tmp_path: Path, suffix: str) -> None:
    with Project.open(demo, read_only=True) as project:
        facilitator = project.state().info.facilitator
    assert facilitator  # the demo town has one: Paula Platzhalter
    anonymous = tmp_path / f"anon{suffix}"
    assert main(["export", str(demo), str(anonymous), "--anonymize"]) == 0
    text = "".join(_all_text(p) for p in tmp_path.glob("anon*"))
    assert facilitator not in text and facilitator.split()[-1] not in text
