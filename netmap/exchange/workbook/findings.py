"""The analysis' findings as sentences a client reads: what was found, whom it concerns, the details
in words (who would be cut off, who could bring two groups together) and why it matters.

The analysis report (`netmap.analysis.report.analyze`) hands out keys and ids; here they become the
catalogue labels and actor names of the map, in the workbook's language. Titles and explanations are
the one table of gap findings (`netmap.analysis.gap_findings`), translated into the workbook's
language, so the workbook says what the analysis panel, the poster and the text report say.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from netmap.analysis.actor_figures import Named
from netmap.analysis.gap_findings import GAP_FINDINGS, GapFinding, GapSubject
from netmap.analysis.gap_types import CatalogueRef, Gaps, KeyActors
from netmap.analysis.result import AnalysisReport
from netmap.domain import CatalogueKind, MapState
from netmap.i18n import Translator

__all__ = ["Finding", "findings", "summary_sentences"]


@dataclass(frozen=True)
class Finding:
    """One row of the findings sheet."""

    code: str
    title: str
    subject: str
    details: str
    explanation: str


_WORDS = {
    "cut_off": ("without it, cut off: {0}", "ohne diesen Akteur abgeschnitten: {0}"),
    "all_isolated": ("no actor of the group has a tie: {0}", "kein Akteur der Gruppe hat eine Verbindung: {0}"),
    "edge": ("at the edge: {0}", "am Rand: {0}"),
    "group": ("group {0} and group {1}", "Gruppe {0} und Gruppe {1}"),
    "go_between": ("could be brought together by: {0}", "könnten zusammengebracht werden über: {0}"),
    "outward": ("most open to the outside: {0}", "am ehesten nach außen offen: {0}"),
    "share": ("{0} of the connections between others run through them", "{0} der Verbindungen zwischen "
              "anderen laufen über sie"),
    "cut_pairs": ("without them, {0} of the connected pairs lose their connection",
                  "ohne sie verlieren {0} der verbundenen Paare ihre Verbindung"),
}
_CATALOGUE = {GapSubject.CATEGORY: CatalogueKind.CATEGORY, GapSubject.DISTRICT: CatalogueKind.DISTRICT,
              GapSubject.FIELD: CatalogueKind.FIELD}

Items = Iterator[tuple[str, str]]  # (subject, details) of each item of one finding


def _w(key: str, lang: str) -> str:
    return _WORDS[key][0 if lang == "en" else 1]


def _percent(value: float | None, lang: str) -> str:
    text = f"{(value or 0.0) * 100:.0f} %"
    return text if lang == "en" else text.replace(".", ",")


def _names(items: Sequence[Named], limit: int = 8) -> str:
    names = [i.name for i in items if i.name]
    more = len(names) - limit
    return ", ".join(names[:limit]) + (f" (+{more})" if more > 0 else "")


def findings(state: MapState, analysis: AnalysisReport | None, lang: str) -> list[Finding]:
    """Every item of every finding of `analysis`, in words, in the order of the table of gap findings."""
    if analysis is None:
        return []
    translate = Translator("en" if lang == "en" else "de")
    result: list[Finding] = []
    for finding in GAP_FINDINGS:
        title, explanation = finding.title_in(translate), finding.explanation_in(translate)
        for subject, details in _ITEMS[finding.key](state, analysis.gaps, finding, lang):
            result.append(Finding(finding.key, title, subject, details, explanation))
    return result


def _catalogue(items: Sequence[CatalogueRef], state: MapState, finding: GapFinding, lang: str) -> Items:
    kind = _CATALOGUE[finding.subject]
    for item in items:
        yield _label(state, kind, item.key, lang), ""


def _key_actors(value: KeyActors | None, lang: str) -> Items:
    if value is None or not value.actors:
        return
    share = max((a.path_share for a in value.actors if a.path_share is not None), default=0.0)
    details = [_w("share", lang).format(_percent(share, lang))]
    if value.cut_pairs_share:
        details.append(_w("cut_pairs", lang).format(_percent(value.cut_pairs_share, lang)))
    yield _names(value.actors), "; ".join(details)


def _unconnected(gaps: Gaps, lang: str) -> Items:
    for item in gaps.unconnected_communities:
        subject = _w("group", lang).format(*(c + 1 for c in item.communities))
        if item.go_betweens:
            yield subject, _w("go_between", lang).format(_names(item.go_betweens))
        elif item.outward:
            yield subject, _w("outward", lang).format(_names(item.outward))
        else:
            yield subject, ""


_ITEMS: dict[str, Callable[[MapState, Gaps, GapFinding, str], Items]] = {
    "missing_categories": lambda s, g, f, lang: _catalogue(g.missing_categories, s, f, lang),
    "single_points_of_failure": lambda s, g, f, lang: (
        (i.name, _w("cut_off", lang).format(_names(i.cut_off)) if i.cut_off else "")
        for i in g.single_points_of_failure),
    "key_actors": lambda s, g, f, lang: _key_actors(g.key_actors, lang),
    "isolated_actors": lambda s, g, f, lang: ((i.name, "") for i in g.isolated_actors),
    "peripheral_categories": lambda s, g, f, lang: (
        (_label(s, CatalogueKind.CATEGORY, i.key, lang),
         _w("all_isolated" if i.all_isolated else "edge", lang).format(_names(i.actors)) if i.actors else "")
        for i in g.peripheral_categories),
    "not_reached": lambda s, g, f, lang: (
        (_label(s, CatalogueKind.CATEGORY, i.key, lang), _names(i.actors)) for i in g.not_reached),
    "unconnected_communities": lambda s, g, f, lang: _unconnected(g, lang),
    "missing_districts": lambda s, g, f, lang: _catalogue(g.missing_districts, s, f, lang),
    "fields_without_ties": lambda s, g, f, lang: _catalogue(g.fields_without_ties, s, f, lang),
}
"""Each gap of the table as (subject, details) rows."""


def _label(state: MapState, kind: CatalogueKind, key: str, lang: str) -> str:
    for entry in state.catalogue(kind):
        if entry.key == key:
            return entry.label(lang)
    return key


def summary_sentences(found: Sequence[Finding], lang: str, limit: int = 8) -> list[str]:
    """The main findings for the cover sheet: one sentence per kind of finding, most important first."""
    order = ["single_points_of_failure", "missing_categories", "isolated_actors", "key_actors",
             "peripheral_categories", "not_reached", "unconnected_communities", "missing_districts",
             "fields_without_ties"]
    by_code: dict[str, list[Finding]] = {}
    for finding in found:
        by_code.setdefault(finding.code, []).append(finding)
    codes = sorted(by_code, key=lambda c: order.index(c) if c in order else len(order))
    sentences = []
    for code in codes[:limit]:
        items = by_code[code]
        subjects = ", ".join(f.subject for f in items[:6]) + (f" (+{len(items) - 6})" if len(items) > 6 else "")
        sentence = f"{items[0].title} ({len(items)}): {subjects}"
        if code in ("single_points_of_failure", "key_actors") and items[0].details:
            sentence += f" – {items[0].details}"
        sentences.append(sentence.rstrip(".") + ". " + items[0].explanation)
    return sentences
