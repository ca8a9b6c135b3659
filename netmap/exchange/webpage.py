"""The interactive web page export: one self-contained HTML file that works offline.

The page draws the map with vis-network, whose JavaScript is inlined (vendored in
``resources/web/``, or taken from the installed pyvis package), so nothing is fetched from the
network. pyvis itself is not used to build the page: its ``add_edge`` is quadratic and its template
always loads Bootstrap from a CDN, which an offline page must not.

Safety: every piece of user text reaches the page either HTML-escaped (title, legend) or inside a
JSON block that cannot close its ``<script>`` element (``<``, ``>`` and ``&`` are escaped); the page
script turns tooltips into DOM text nodes, never HTML. A Content-Security-Policy allows only the two
scripts of the page (by their SHA-256) and no network access at all, so even a mistake in the
escaping could not run script or fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
from collections import Counter
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any

from netmap.analysis.result import AnalysisReport
from netmap.domain import CatalogueKind, MapState
from netmap.exchange.safety import atomic_write
from netmap.exchange.webpage_data import FALLBACK_COLOUR, clean, colour, page_data
from netmap.exchange.webpage_script import APP_JS, CSS
from netmap.resources import resource_path

__all__ = ["write_webpage"]

_VIS_FILE = "vis-network.min.js"
_TIE_COLOUR = "#7a7a7a"
_LARGE_MAP = 1000
_APP_JS = APP_JS  # the page's own script (its hash is in the page's Content-Security-Policy)

_TEXT: dict[str, dict[str, str]] = {
    "de": {
        "default_title": "Netzwerkkarte",
        "category": "Kategorie",
        "district": "Sozialraum",
        "fields": "Handlungsfelder",
        "stage": "Beteiligungsstufe",
        "influence": "Einfluss",
        "attitude": "Haltung",
        "reached": "Im Prozess erreicht",
        "contact": "Kontakt",
        "degree": "Verbindungen (Grad)",
        "betweenness": "Vermittlerrolle (Betweenness)",
        "articulation": "Fällt er weg, bricht das Netz",
        "kind": "Art",
        "strength": "Stärke",
        "field": "Handlungsfeld",
        "yes": "ja",
        "no": "nein",
        "legend": "Legende",
        "legend_categories": "Akteursgruppen",
        "legend_kinds": "Beziehungen",
        "legend_size": "Größe eines Punktes: Einfluss (0–10). Pfeile: gerichtete Beziehungen; "
        "Linienstärke: Stärke der Beziehung.",
        "status": "{nodes} Akteure und {edges} Beziehungen gezeigt.",
        "loading": "Die Karte wird gezeichnet …",
        "noscript": "Diese Seite braucht JavaScript, um die Karte zu zeigen.",
        "supportive": "unterstützend",
        "neutral": "neutral",
        "critical": "kritisch",
        "uncategorised": "ohne Kategorie",
        "untyped": "ohne Art",
        "clusters": "Cluster",
        "search": "Suche",
        "search_hint": "Name eines Akteurs",
        "found": "{n} gefunden",
        "all_categories": "alle Akteursgruppen",
        "all_kinds": "alle Beziehungsarten",
        "all_districts": "alle Sozialräume",
        "details": "Akteur",
        "click_hint": "Klicken Sie auf einen Akteur: Hier erscheinen seine Angaben und Kennzahlen, seine "
        "Nachbarn bleiben hervorgehoben.",
        "neighbours": "Verbunden mit ({n})",
        "before": "Vorher",
        "after": "Nachher",
    },
    "en": {
        "default_title": "Network map",
        "category": "Category",
        "district": "District",
        "fields": "Fields of action",
        "stage": "Participation stage",
        "influence": "Influence",
        "attitude": "Attitude",
        "reached": "Reached in the process",
        "contact": "Contact",
        "degree": "Ties (degree)",
        "betweenness": "Broker role (betweenness)",
        "articulation": "If it drops out, the network breaks",
        "kind": "Kind",
        "strength": "Strength",
        "field": "Field of action",
        "yes": "yes",
        "no": "no",
        "legend": "Legend",
        "legend_categories": "Actor groups",
        "legend_kinds": "Ties",
        "legend_size": "Size of a dot: influence (0–10). Arrows: directed ties; line width: strength of "
        "the tie.",
        "status": "{nodes} actors and {edges} ties shown.",
        "loading": "Drawing the map …",
        "noscript": "This page needs JavaScript to show the map.",
        "supportive": "supportive",
        "neutral": "neutral",
        "critical": "critical",
        "uncategorised": "no category",
        "untyped": "no kind",
        "clusters": "Clusters",
        "search": "Search",
        "search_hint": "name of an actor",
        "found": "{n} found",
        "all_categories": "all actor groups",
        "all_kinds": "all kinds of ties",
        "all_districts": "all districts",
        "details": "Actor",
        "click_hint": "Click an actor: its details and figures appear here, and its neighbours stay "
        "highlighted.",
        "neighbours": "Connected with ({n})",
        "before": "Before",
        "after": "After",
    },
}

def write_webpage(
    state: MapState,
    path: str | os.PathLike[str],
    *,
    language: str = "de",
    anonymize: bool = False,
    analysis: AnalysisReport | None = None,
    title: str | None = None,
    compare_with: MapState | None = None,
    compare_labels: tuple[str, str] = ("", ""),
) -> None:
    """Write `state` as one self-contained, offline HTML page (UTF-8) to `path`.

    Parameters
    ----------
    language : "de" or "en", for the legend, the tooltips and the catalogue labels.
    anonymize : leave every contact person out of the page.
    analysis : the report of ``netmap.analysis.report.analyze``; when given, the details show each
        actor's degree and betweenness (rows matched by ``uid``, ``id`` or a unique ``name``).
    title : the page heading; by default built from the project's name, town and topic.
    compare_with : an earlier state: the page gets a before/after switch (`compare_labels` names
        the two states on it).

    The file is written next to `path` first and then moved into place, so a failed export never
    leaves half a page behind.
    """
    text = _TEXT["en" if language == "en" else "de"]
    lang = "en" if language == "en" else "de"
    page = _build_page(state, lang, text, anonymize, analysis, title, compare_with, compare_labels)
    with atomic_write(path) as temporary:
        temporary.write_bytes(page.encode("utf-8"))


# --- page assembly -------------------------------------------------------------------------------


def _build_page(
    state: MapState,
    lang: str,
    text: dict[str, str],
    anonymize: bool,
    analysis: AnalysisReport | None,
    title: str | None,
    before: MapState | None,
    labels: tuple[str, str],
) -> str:
    heading = clean(title) if title else _default_title(state, text)
    subtitle = " · ".join(
        clean(part)
        for part in (
            state.info.town,
            state.info.topic,
            state.info.workshop_date.isoformat() if state.info.workshop_date else "",
        )
        if part
    )
    data = page_data(state, lang, text, anonymize, analysis, before)
    data["options"] = _options(len(data["nodes"]))
    data["compare"] = before is not None
    data["text"] = {k: text[k] for k in ("status", "found", "click_hint", "neighbours")}
    vis_js = _vis_js()
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(_APP_JS)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return "".join(
        [
            "<!DOCTYPE html>\n",
            f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{_esc(csp)}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="generator" content="NetMap">\n',
            f"<title>{_esc(heading)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
            f"<header><div><h1>{_esc(heading)}</h1>",
            f"<p>{_esc(subtitle)}</p>" if subtitle else "",
            "</div>\n",
            _controls(data["filters"], text, before is not None, labels),
            "</header>\n<main>\n",
            '<div id="netmap-map"></div>\n<div id="netmap-side">',
            f'<section id="netmap-details" aria-live="polite"><p class="netmap-hint">{_esc(text["click_hint"])}</p>'
            "</section>\n",
            _legend(state, lang, text, data["clusters"]),
            "</div>\n</main>\n",
            f'<div id="netmap-status" role="status">{_esc(text["loading"])}</div>\n',
            f"<noscript>{_esc(text['noscript'])}</noscript>\n",
            f"<script>{vis_js}</script>\n",
            f'<script type="application/json" id="netmap-data">{_json_for_script(data)}</script>\n',
            f"<script>{_APP_JS}</script>\n",
            "</body>\n</html>\n",
        ]
    )


def _controls(filters: dict[str, list[Any]], text: dict[str, str], compared: bool, labels: tuple[str, str]) -> str:
    """Search, the three filters and, for a compared export, the before/after switch."""
    parts = [
        '<div id="netmap-controls">',
        f'<label>{_esc(text["search"])} <input type="search" id="netmap-search" '
        f'placeholder="{_esc(text["search_hint"])}" autocomplete="off"></label>',
        '<span id="netmap-found" aria-live="polite"></span>',
    ]
    for name, everything in (("category", "all_categories"), ("kind", "all_kinds"), ("district", "all_districts")):
        options = [f'<option value="">{_esc(text[everything])}</option>']
        options += [f'<option value="{_esc(key)}">{_esc(label)}</option>' for key, label in filters[name]]
        everything_label = _esc(text[everything])
        parts.append(f'<select id="netmap-filter-{name}" aria-label="{everything_label}">{"".join(options)}</select>')
    if compared:
        for view, default in (("before", labels[0]), ("after", labels[1])):
            caption = text[view] + (f" ({clean(default)})" if default else "")
            checked = " checked" if view == "after" else ""
            parts.append(
                f'<label><input type="radio" name="netmap-view" id="netmap-view-{view}" value="{view}"'
                f"{checked}> {_esc(caption)}</label>"
            )
    parts.append("</div>\n")
    return "".join(parts)


def _default_title(state: MapState, text: dict[str, str]) -> str:
    if state.info.name:
        return clean(state.info.name)
    if state.info.town:
        return f"{text['default_title']} {clean(state.info.town)}"
    return text["default_title"]


def _options(node_count: int) -> dict[str, Any]:
    large = node_count > _LARGE_MAP
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "navigationButtons": False,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
        },
        "nodes": {"shape": "dot", "font": {"size": 14, "face": "sans-serif"}},
        "edges": {"smooth": False, "selectionWidth": 1, "arrowStrikethrough": False},
    }


def _legend(state: MapState, lang: str, text: dict[str, str], clusters: list[dict[str, Any]]) -> str:
    used_categories = Counter(a.category for a in state.actors)
    used_kinds = Counter(t.kind for t in state.ties)
    parts = [
        f'<aside id="netmap-legend"><h2>{_esc(text["legend"])}</h2>',
        f"<h3>{_esc(text['legend_categories'])}</h3><ul>",
    ]
    listed = set()
    for entry in state.catalogue(CatalogueKind.CATEGORY):
        if used_categories.get(entry.key):
            listed.add(entry.key)
            parts.append(_legend_dot(colour(entry.colour), entry.label(lang), used_categories[entry.key]))
    for key, count in used_categories.items():
        if key not in listed:
            label = key or text["uncategorised"]
            parts.append(_legend_dot(FALLBACK_COLOUR, label, count))
    parts.append(f"</ul><h3>{_esc(text['legend_kinds'])}</h3><ul>")
    listed = set()
    for entry in state.catalogue(CatalogueKind.TIE_KIND):
        if used_kinds.get(entry.key):
            listed.add(entry.key)
            parts.append(_legend_line(colour(entry.colour), entry.style, entry.label(lang)))
    for key in used_kinds:
        if key not in listed:
            parts.append(_legend_line(_TIE_COLOUR, "solid", key or text["untyped"]))
    shown = {c["name"]: c["colour"] for c in clusters}
    if shown:
        parts.append(f"</ul><h3>{_esc(text['clusters'])}</h3><ul>")
        for name, fill in shown.items():
            parts.append(
                f'<li><span class="hull" style="background:{fill}33;border:1px solid {fill}"></span>'
                f"<span>{_esc(name)}</span></li>"
            )
    parts.append(f"</ul><p>{_esc(text['legend_size'])}</p></aside>\n")
    return "".join(parts)


def _legend_dot(fill: str, label: str, count: int) -> str:
    return f'<li><span class="swatch" style="background:{fill}"></span><span>{_esc(clean(label))} ({count})</span></li>'


def _legend_line(stroke: str, style: str, label: str) -> str:
    dash = {"dash": ' stroke-dasharray="6 4"', "dot": ' stroke-dasharray="2 4"'}.get(style, "")
    return (
        f'<li><svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" '
        f'stroke="{stroke}" stroke-width="2"{dash}/></svg><span>{_esc(clean(label))}</span></li>'
    )


# --- helpers -------------------------------------------------------------------------------------


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def _json_for_script(data: object) -> str:
    """JSON that can sit inside a <script> element: it can neither end the element nor open a
    comment, and it is pure ASCII (so U+2028/U+2029 and lone surrogates are escaped too)."""
    encoded = json.dumps(data, ensure_ascii=True, allow_nan=False, separators=(",", ":"))
    return encoded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@lru_cache(maxsize=1)
def _vis_js() -> str:
    """vis-network's standalone script, ready to inline (source map comment removed)."""
    source = resource_path("web", _VIS_FILE)
    if source.is_file():
        code = source.read_text(encoding="utf-8")
    else:
        try:
            code = (importlib_resources.files("pyvis").joinpath("lib", "vis-9.1.2", _VIS_FILE)).read_text(
                encoding="utf-8"
            )
        except (ModuleNotFoundError, FileNotFoundError) as exc:  # pragma: no cover - broken install
            raise RuntimeError(f"vis-network's {_VIS_FILE} was found neither in {source.parent} nor in pyvis") from exc
    code = re.sub(r"(?m)^//# sourceMappingURL=.*$", "", code)
    lowered = code.lower()
    if "</script" in lowered or "<!--" in lowered:  # pragma: no cover - a changed vendored file
        raise RuntimeError(f"{_VIS_FILE} cannot be inlined: it contains '</script' or '<!--'")
    return code
