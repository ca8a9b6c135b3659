"""The analysis panel, the workbook, the text report and the poster name each gap in the same words:
all take them from the one table of gap findings (netmap.analysis.gap_findings)."""

from __future__ import annotations

from pathlib import Path

from netmap.analysis import GAP_FINDINGS, analyze, gap_finding
from netmap.analysis.gap_findings import CONTEXT
from netmap.catalogues import default_catalogues
from netmap.domain import Actor, MapState, Tie
from netmap.exchange.workbook.findings import findings
from netmap.i18n import Translator
from netmap.reports import format_analysis
from netmap.ui.analysis.analysis_gaps import gap_groups
from netmap.ui.editing.models import CatalogueLookup
from netmap.render.poster import render_poster


def _state() -> MapState:
    return MapState(catalogues=default_catalogues(), actors=[
        Actor("Stadt", category="verwaltung", id=1, is_key=True), Actor("Schule", category="schulen", id=2),
        Actor("Moschee", category="religion", id=3), Actor("Einsam", category="vereine", id=4),
    ], ties=[Tie(1, 2, "kooperation"), Tie(2, 3, "kooperation")])


def test_panel_report_and_workbook_share_the_titles(qapp) -> None:  # type: ignore[no-untyped-def]
    report = analyze(_state())
    titles = [f.title for f in GAP_FINDINGS]  # English: no language installed
    assert [g.title for g in gap_groups(report, CatalogueLookup(default_catalogues(), "en"))] == titles
    text = format_analysis(report, "en")
    assert all(f"{title} — " in text for title in titles)
    for language in ("en", "de"):
        words = Translator(language)
        found = findings(_state(), report, language)
        assert {f.code for f in found} >= {"missing_categories", "single_points_of_failure", "isolated_actors"}
        for finding in found:
            assert finding.title == words(CONTEXT, gap_finding(finding.code).title)
            assert finding.explanation == words("Explanation", gap_finding(finding.code).explanation)
    german = {f.code: f.title for f in findings(_state(), report, "de")}
    assert german["missing_categories"] == "Fehlende Akteursgruppen"
    assert german["single_points_of_failure"] == "Wo das Netz reißt, wenn jemand wegfällt"


def test_the_poster_names_missing_groups_with_the_tables_title(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svg = render_poster(_state(), tmp_path / "p.svg", paper="A3", landscape=True, language="de",
                        findings=analyze(_state())).read_text(encoding="utf-8")
    assert "Fehlende Akteursgruppen:" in svg and "Akteure ohne Beziehungen:" in svg
    assert "Kategorien ohne Akteur" not in svg
