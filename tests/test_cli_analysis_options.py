"""`netmap analyze`: tie kinds and snapshots named in any case, --weighted, the options in the JSON,
missing categories only for maps that use the handbook's, brokers named in words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from netmap.catalogues import default_catalogues
from netmap.cli import main
from netmap.domain import CatalogueEntry, CatalogueKind
from netmap.errors import NetMapError
from netmap.i18n import install_language, tr
from netmap.matching import match_snapshot, match_tie_kind
from netmap.reports import NOT_HANDBOOK, ROLE_WORDS

FILES = Path(__file__).parent / "exchange" / "files"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "musterstadt.netmap"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture(scope="module")
def pajek(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pajek") / "relations.netmap"
    assert main(["import", str(FILES / "pajek" / "relations_then_vectors.net"), str(path)]) == 0
    return path


@pytest.fixture
def report_language(qapp: object) -> Iterator[None]:
    """The text report installs the project's language on the application: a QApplication (so the
    widget tests after these still find one), and English again afterwards."""
    yield
    install_language("en")


def analysis(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    capsys.readouterr()
    assert main(["analyze", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_a_tie_kind_is_named_as_the_file_wrote_it_in_any_case(pajek: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("Marital", "marital", "MARITAL"):
        result = analysis(capsys, str(pajek), "--tie-kind", name)
        assert result["options"] == {"directed": False, "weighted": False, "tie_kind": "Marital"}
        assert result["network"]["ties"] == 2  # 2-3 and 3-2 as one pair, and 1-3
    assert main(["analyze", str(pajek), "--tie-kind", "Trade"]) == 1
    error = capsys.readouterr().err
    assert "unknown tie kind 'Trade'" in error and "'Marital'" in error and "'Business'" in error


def test_an_ambiguous_tie_kind_or_snapshot_lists_the_candidates() -> None:
    entries = [*default_catalogues()[CatalogueKind.TIE_KIND], CatalogueEntry("business", "Business", "Business"),
               CatalogueEntry("business_2", "BUSINESS", "BUSINESS")]
    assert match_tie_kind(entries, "Business") == "business"  # the exact spelling wins
    assert match_tie_kind(entries, "cooperation") == "kooperation"  # English label, any case
    with pytest.raises(NetMapError, match=r"ambiguous.*Business \(business\).*BUSINESS \(business_2\)"):
        match_tie_kind(entries, "business ")
    assert match_snapshot(["Workshop 2024", "Workshop 2026"], "workshop 2024") == "Workshop 2024"
    with pytest.raises(NetMapError, match="ambiguous.*'Phase A', 'PHASE A'"):
        match_snapshot(["Phase A", "PHASE A"], "phase a")
    with pytest.raises(NetMapError, match="no snapshot labelled 'x'"):
        match_snapshot(["Phase A"], "x")


def test_snapshots_are_named_in_any_case_on_the_command_line(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lower = analysis(capsys, str(demo), "--snapshot", "bestandsaufnahme 2024")
    exact = analysis(capsys, str(demo), "--snapshot", "Bestandsaufnahme 2024")
    assert lower == exact
    assert main(["compare", str(demo), "BESTANDSAUFNAHME 2024", "bestandsaufnahme 2026", "--json"]) == 0


def test_weighted_uses_tie_strength_and_says_so(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = analysis(capsys, str(demo))
    weighted = analysis(capsys, str(demo), "--weighted", "--directed")
    assert plain["options"] == {"directed": False, "weighted": False, "tie_kind": None}
    assert weighted["options"] == {"directed": True, "weighted": True, "tie_kind": None}
    assert all(a["strength"] is None for a in plain["actors"])  # type: ignore[union-attr]
    assert all(a["strength"] is not None for a in weighted["actors"])  # type: ignore[union-attr]
    closeness = [[a["closeness"] for a in r["actors"]] for r in (plain, weighted)]  # type: ignore[union-attr]
    assert closeness[0] != closeness[1]


def test_missing_categories_are_asked_only_of_maps_that_use_the_handbooks(
        demo: Path, pajek: Path, capsys: pytest.CaptureFixture[str], report_language: None) -> None:
    town = analysis(capsys, str(demo))
    assert town["gaps"]["missing_categories"] and town["notes"] == {}  # type: ignore[index]
    imported = analysis(capsys, str(pajek))
    assert imported["gaps"]["missing_categories"] == []  # type: ignore[index]
    assert imported["notes"] == {"missing_categories": "categories_not_handbook"}
    assert main(["analyze", str(pajek)]) == 0
    assert tr("Report", NOT_HANDBOOK) in capsys.readouterr().out  # in the project's language


def test_the_text_report_names_the_brokers_in_words(demo: Path, capsys: pytest.CaptureFixture[str],
                                                    report_language: None) -> None:
    result = analysis(capsys, str(demo))
    top = max(result["actors"], key=lambda a: (a["brokerage"]["total"], a["name"]))  # type: ignore[arg-type,index]
    assert main(["analyze", str(demo)]) == 0
    text = capsys.readouterr().out
    line = next(line for line in text.splitlines() if line.strip().startswith(f"• {top['name']} ") and "×" in line)
    assert f"{top['brokerage']['total']}×" in line and tr("Report", ROLE_WORDS["liaison"]) in line
