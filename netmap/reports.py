"""Readable text reports for the command line: the analysis and the comparison of two states."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from netmap.analysis.actor_figures import ActorFigures, Named
from netmap.analysis.explanations import explain
from netmap.analysis.gap_findings import gap_finding
from netmap.analysis.gap_types import CatalogueRef
from netmap.analysis.result import AnalysisReport
from netmap.domain import CatalogueKind, MapState
from netmap.i18n import tr


__all__ = ["NOT_HANDBOOK", "ROLE_WORDS", "attribute_label", "format_analysis", "format_comparison",
           "indicator_label"]


def indicator_label(name: str) -> str:
    labels = {
        "actors": tr("Report", "Actors"),
        "ties": tr("Report", "Ties"),
        "density": tr("Report", "Density"),
        "components": tr("Report", "Separate parts"),
        "isolates": tr("Report", "Actors without ties"),
        "categories_covered": tr("Report", "Categories covered"),
        "share_reached": tr("Report", "Share of actors reached"),
        "average_stage": tr("Report", "Average participation stage"),
        "lowest_stage_actors": tr("Report", "Actors at the lowest stages"),
    }
    return labels.get(name, name)


def _number(value: Any) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.3f}"
    return str(int(value)) if isinstance(value, float) else str(value)


_WORDS = {
    "attitude": {"supportive": lambda: tr("Report", "supportive"), "neutral": lambda: tr("Report", "neutral"),
                 "critical": lambda: tr("Report", "critical")},
    "direction": {"undirected": lambda: tr("Report", "undirected"), "directed": lambda: tr("Report", "directed"),
                  "mutual": lambda: tr("Report", "mutual")},
}
_CATALOGUED = {"category": CatalogueKind.CATEGORY, "district": CatalogueKind.DISTRICT, "fields": CatalogueKind.FIELD,
               "stage": CatalogueKind.STAGE, "kind": CatalogueKind.TIE_KIND, "field": CatalogueKind.FIELD}


def attribute_label(name: str) -> str:
    labels = {
        "name": tr("Report", "name"), "category": tr("Report", "category"), "district": tr("Report", "district"),
        "fields": tr("Report", "fields of action"), "stage": tr("Report", "participation stage"),
        "influence": tr("Report", "influence"), "attitude": tr("Report", "attitude"),
        "reached": tr("Report", "reached"), "notes": tr("Report", "notes"), "tags": tr("Report", "tags"),
        "contact": tr("Report", "contact person"), "is_key": tr("Report", "key actor"), "dots": tr("Report", "dots"),
        "kind": tr("Report", "kind"), "direction": tr("Report", "direction"), "strength": tr("Report", "strength"),
        "field": tr("Report", "field of action"),
    }
    return labels.get(name, name)


def format_comparison(result: dict[str, Any], label_a: str, label_b: str, state: MapState) -> str:
    """The comparison of `netmap compare` as a short report a council could read.

    `state` (the later one) supplies the catalogue labels for keys.
    """

    def label(attribute: str, value: Any) -> str:
        if isinstance(value, bool):
            return tr("Report", "yes") if value else tr("Report", "no")
        if attribute in _WORDS and value in _WORDS[attribute]:
            return _WORDS[attribute][value]()
        if isinstance(value, list):
            return ", ".join(label(attribute, v) for v in value) or "–"
        kind = _CATALOGUED.get(attribute)
        if kind is None or not isinstance(value, str):
            return str(value)
        return state.label(kind, value)

    def describe(name: str, change: dict[str, Any]) -> str:
        # Notes and contact persons are named, not quoted: too long, or personal data.
        if name in ("notes", "contact", "extra"):
            return attribute_label(name)
        return f"{attribute_label(name)} {label(name, change['before'])} → {label(name, change['after'])}"

    def tie(t: dict[str, Any]) -> str:
        return f"{t['source']} – {t['target']} ({label('kind', t['kind'])})"

    lines = [tr("Report", "Changes from {a} to {b}").format(a=label_a, b=label_b), ""]
    lines.append(tr("Report", "Indicators"))
    width = max(len(indicator_label(k)) for k in result["indicators"]) + 2
    for name, values in result["indicators"].items():
        before, after = values["before"], values["after"]
        lines.append(f"  {indicator_label(name):<{width}}{_number(before):>10} → {_number(after):<10}")
    sections = [
        (tr("Report", "New actors"), [x["name"] for x in result["actors_added"]]),
        (tr("Report", "Actors no longer on the map"), [x["name"] for x in result["actors_removed"]]),
        (tr("Report", "Changed actors"),
         [f"{x['name']}: {', '.join(describe(k, v) for k, v in x['changes'].items())}"
          for x in result["actors_changed"]]),
        (tr("Report", "New ties"), [tie(t) for t in result["ties_added"]]),
        (tr("Report", "Ties that ended"), [tie(t) for t in result["ties_removed"]]),
        (tr("Report", "Changed ties"),
         [f"{tie(t)}: {', '.join(describe(k, v) for k, v in t['changes'].items())}"
          for t in result["ties_changed"]]),
    ]
    for heading, items in sections:
        lines += ["", f"{heading} ({len(items)})"]
        lines += [f"  • {item}" for item in items] or ["  –"]
    movers = [m for m in result["metric_changes"] if m["betweenness_change"] or m["degree_change"]][:5]
    lines += ["", tr("Report", "Who gained or lost most as a connector")]
    for m in movers:
        lines.append("  • " + tr("Report", "{name}: ties {before} → {after}, brokerage {b0} → {b1}").format(
            name=m["name"], before=_number(m["degree_before"]), after=_number(m["degree_after"]),
            b0=f"{m['betweenness_before']:.3f}", b1=f"{m['betweenness_after']:.3f}"))
    return "\n".join(lines) + "\n"



def _names(items: Sequence[Named], limit: int = 12) -> str:
    """Actors by name, at most `limit` of them."""
    return _texts([i.name for i in items], limit)


def _labels(items: Sequence[CatalogueRef], limit: int) -> str:
    """Catalogue entries by label, at most `limit` of them."""
    return _texts([i.label for i in items], limit)


def _texts(names: list[str], limit: int) -> str:
    more = len(names) - limit
    text = ", ".join(names[:limit])
    return text + (" " + tr("Report", "and {n} more").format(n=more) if more > 0 else "")


NOT_HANDBOOK = str(QT_TRANSLATE_NOOP("Report", "not asked: no actor has one of the handbook's categories, so the map's "
                                           "groups are not the handbook's (a file from another tool, or categories "
                                           "still to assign)"))
"""Why the report lists no missing categories (notes.missing_categories)."""
ROLE_WORDS = {  # Gould and Fernandez's brokerage roles in words (netmap.analysis.brokerage)
    "coordinator": str(QT_TRANSLATE_NOOP("Report", "within its own group (coordinator)")),
    "itinerant": str(QT_TRANSLATE_NOOP("Report", "between members of another group (itinerant)")),
    "representative": str(QT_TRANSLATE_NOOP("Report", "for its group towards others (representative)")),
    "gatekeeper": str(QT_TRANSLATE_NOOP("Report", "from outside into its group (gatekeeper)")),
    "liaison": str(QT_TRANSLATE_NOOP("Report", "between two other groups (liaison)")),
}


def _brokers(actors: Sequence[ActorFigures], limit: int = 5) -> list[str]:
    """The actors who broker most, each with the roles it plays in words, largest first."""
    ranked = sorted((a for a in actors if a.brokerage.total), key=lambda a: (-a.brokerage.total, a.name))[:limit]
    lines = []
    for a in ranked:
        roles = sorted(((count, role) for role, count in a.brokerage.roles() if count),
                       key=lambda item: (-item[0], item[1]))
        words = "; ".join(f"{tr('Report', ROLE_WORDS[role])} {count}×" for count, role in roles)
        lines.append(tr("Report", "{name} brokers {total}×: {roles}").format(
            name=a.name, total=a.brokerage.total, roles=words))
    return lines


def _gap_lines(report: AnalysisReport) -> list[tuple[str, list[str]]]:
    """(gap key, lines) in the order the text report lists them."""
    gaps = report.gaps
    missing = ([_labels(gaps.missing_categories, 40)] if gaps.missing_categories
               else [tr("Report", NOT_HANDBOOK)] if report.notes.missing_categories else [])
    return [
        ("single_points_of_failure",
         [f"{g.name} → " + tr("Report", "cuts off {names}").format(names=_names(g.cut_off))
          for g in gaps.single_points_of_failure]),
        ("missing_categories", missing),
        ("peripheral_categories", [f"{p.label}: {_names(p.actors)}" for p in gaps.peripheral_categories]),
        ("missing_districts", [_labels(gaps.missing_districts, 40)] if gaps.missing_districts else []),
        ("fields_without_ties", [_labels(gaps.fields_without_ties, 40)] if gaps.fields_without_ties else []),
        ("not_reached", [f"{c.label}: {_names(c.actors)}" for c in gaps.not_reached]),
        ("unconnected_communities",
         [f"{tr('Report', 'groups')} {' + '.join(str(i + 1) for i in p.communities)}: "
          + tr("Report", "best placed to bridge: {names}").format(names=_names([*p.go_betweens, *p.outward], 4))
          for p in gaps.unconnected_communities]),
        ("isolated_actors", [_names(gaps.isolated_actors, 40)] if gaps.isolated_actors else []),
    ]


def format_analysis(result: AnalysisReport, language: str) -> str:
    """The analysis of `netmap analyze` as a readable report: the network, who matters, the gaps."""
    net, gaps, actors = result.network, result.gaps, result.actors
    # Plain names as the counts: lupdate skips a plural text whose count is an attribute (net.actors).
    n_actors, n_ties, n_parts, n_alone = net.actors, net.ties, net.components, net.isolates
    counts = (tr("Report", "%n actors", None, n_actors), tr("Report", "%n ties", None, n_ties),
              tr("Report", "%n separate parts", None, n_parts), tr("Report", "%n without ties", None, n_alone))
    lines = [tr("Report", "Network"),
             "  " + tr("Report", "{actors}, {ties}, density {density}, {components}, {isolates}").format(
                 actors=counts[0], ties=counts[1], density=_number(float(net.density or 0.0)),
                 components=counts[2], isolates=counts[3])]
    for code, title in (("degree", tr("Report", "Most ties")),
                        ("betweenness", tr("Report", "Who connects")),
                        ("closeness", tr("Report", "Who reaches everyone fastest"))):
        values = [(value, a.name) for a in actors if (value := a.measure(code)) is not None]
        ranked = sorted(values, key=lambda item: (-item[0], item[1]))[:5]
        lines += ["", f"{title} — {explain(code, language)}"]
        lines += [f"  {i}. {name} ({_number(value)})" for i, (value, name) in enumerate(ranked, 1)]
    for code, items in _gap_lines(result):
        finding = gap_finding(code)
        lines += ["", f"{finding.title_in(tr)} — {explain(code, language)}"]
        lines += [f"  • {item}" for item in items] or ["  –"]
    brokers = tr("Report", "Who brokers between whom")
    lines += ["", f"{brokers} — {explain('brokerage', language)}"]
    lines += [f"  • {line}" for line in _brokers(actors)] or ["  –"]
    key = gaps.key_actors
    if key is not None:
        lines += ["", f"{gap_finding('key_actors').title_in(tr)} — {explain('key_actors', language)}"]
        for k in key.actors:
            lines.append("  • " + tr("Report", "{name}: {share} of all shortest paths run through it").format(
                name=k.name, share=f"{100 * (k.path_share or 0):.0f} %"))
    return "\n".join(lines) + "\n"
