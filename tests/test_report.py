"""`netmap report`: the workshop's results protocol as a PDF, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from netmap.analysis.report import analyze
from netmap.cli import main
from netmap.domain import CatalogueKind
from netmap.project import Project

OLD = "Bestandsaufnahme 2024"
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "musterstadt.netmap"
    assert main(["demo", str(path)]) == 0
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "netmap.cli", *args], capture_output=True, text=True, timeout=300)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(out.split())  # lines wrap anywhere (even after a slash): compare without spaces


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def facts(demo: Path) -> dict[str, object]:
    with Project.open(demo, read_only=True) as project:
        state = project.state()
        before = project.snapshot_state(OLD)
    result = analyze(state)
    by_degree = max(result.actors, key=lambda a: a.degree)
    by_betweenness = max(result.actors, key=lambda a: a.betweenness or 0.0)
    top_dots = max(state.actors, key=lambda a: a.dots)
    return {"state": state, "before": before, "central": by_degree.name, "broker": by_betweenness.name,
            "missing": [m.key for m in result.gaps.missing_categories], "most_dots": top_dots}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_protocol_names_what_the_issue_asks_for(demo: Path, facts: dict, tmp_path: Path, language: str) -> None:
    target = tmp_path / f"protokoll-{language}.pdf"
    result = run("report", str(demo), str(target), "--since", OLD.upper(), "--lang", language)
    assert result.returncode == 0, result.stderr
    text = pdf_text(target)
    state, before = facts["state"], facts["before"]
    assert "Musterstadt" in text
    assert squash(facts["central"]) in text and squash(facts["broker"]) in text
    assert facts["central"] == "Integrationsbeauftragte der Stadt Musterstadt"  # the demo's story
    missing = [state.label(CatalogueKind.CATEGORY, key, language) for key in facts["missing"]]
    assert missing and all(squash(name) in text for name in missing)
    assert squash(facts["most_dots"].name) in text
    change = {"de": "von {a0} auf {a1} Akteure und von {t0} auf {t1} Beziehungen",
              "en": "from {a0} to {a1} actors and from {t0} to {t1} ties"}[language]
    assert squash(change.format(a0=len(before.actors), a1=len(state.actors), t0=len(before.ties),
                                t1=len(state.ties))) in text
    assert "AfghanischerKulturverein" in text  # the new actor, named
    heading = {"de": "Wer ist zentral?", "en": "Who is central?"}[language]
    assert squash(heading) in text
    people = {"de": "14 Personen (hier nicht namentlich genannt)", "en": "14 people (not named here)"}[language]
    assert "PaulaPlatzhalter" in text and squash(people) in text
    assert "AylinBeispiel" in text  # not anonymised: the contact of the most prioritised actor


def test_anonymised_protocol_leaves_every_contact_person_out(demo: Path, facts: dict, tmp_path: Path) -> None:
    target = tmp_path / "anonym.pdf"
    result = run("report", str(demo), str(target), "--since", OLD, "--anonymize")
    assert result.returncode == 0, result.stderr
    text = pdf_text(target)
    contacts = [a.contact for a in facts["state"].actors if a.contact is not None]
    assert len(contacts) > 5
    for contact in contacts:
        for value in (contact.name, contact.email, contact.phone):
            assert not value or squash(value) not in text, value
    assert "PaulaPlatzhalter" not in text  # the facilitator is a person too
    assert squash(facts["central"]) in text  # organisations are still named


def test_bad_target_or_label_is_one_line_and_writes_nothing(demo: Path, tmp_path: Path) -> None:
    result = run("report", str(demo), str(tmp_path / "protokoll.docx"))
    assert result.returncode == 1 and ".pdf" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    target = tmp_path / "protokoll.pdf"
    result = run("report", str(demo), str(target), "--since", "Bestandsaufnahme 1999")
    assert result.returncode == 1 and "Bestandsaufnahme 1999" in result.stderr
    assert not target.exists()
    assert run("report", str(demo)).returncode == 2
