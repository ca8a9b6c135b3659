"""The interactive web page export: one self-contained HTML file that works offline.

The page draws the map with vis-network, whose JavaScript is inlined (vendored in
``resources/web/``, or taken from the installed pyvis package), so nothing is fetched from the
network. pyvis itself is not used to build the page: its ``add_edge`` is quadratic and its template
always loads Bootstrap from a CDN (see PERF_NOTES.md).

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
import math
import os
import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any

from netmap.domain import Actor, CatalogueKind, Direction, MapState
from netmap.exchange.safety import atomic_write
from netmap.resources import resource_path

__all__ = ["write_webpage"]

_VIS_FILE = "vis-network.min.js"
_COLOUR_RE = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FALLBACK_COLOUR = "#888888"
_TIE_COLOUR = "#7a7a7a"
_LABEL_MAX = 60
_LARGE_MAP = 1000

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
        "articulation": "Fällt dieser Akteur weg, bricht das Netz",
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
        "articulation": "If this actor drops out, the network breaks apart",
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
    },
}

# The page's own script. It reads the data block, builds tooltips as DOM text (never HTML),
# draws the network with physics off and reports what it drew in #netmap-status.
_APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("netmap-data").textContent);
  var status = document.getElementById("netmap-status");
  function tip(lines) {
    var box = document.createElement("div");
    box.className = "netmap-tip";
    for (var i = 0; i < lines.length; i++) {
      var line = document.createElement("div");
      if (i === 0) { line.className = "netmap-tip-head"; }
      line.appendChild(document.createTextNode(lines[i]));
      box.appendChild(line);
    }
    return box;
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, size: n.size,
      borderWidth: n.key ? 3 : 1,
      color: {background: n.colour, border: n.key ? "#000000" : "#4d4d4d",
              highlight: {background: n.colour, border: "#000000"},
              hover: {background: n.colour, border: "#000000"}},
      title: tip(n.tip)
    };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {
      id: e.id, from: e.from, to: e.to, width: e.width, dashes: e.dashes, arrows: e.arrows,
      color: {color: e.colour, highlight: e.colour, hover: e.colour, inherit: false},
      title: tip(e.tip)
    };
  }));
  var container = document.getElementById("netmap-map");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  network.once("afterDrawing", function (ctx) {
    var drawn = Object.keys(network.getPositions()).length;
    var painted = 0;
    try {
      var canvas = ctx.canvas;
      var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { painted++; } }
    } catch (err) { painted = -1; }
    status.setAttribute("data-drawn-nodes", String(drawn));
    status.setAttribute("data-drawn-edges", String(edges.length));
    status.setAttribute("data-painted-pixels", String(painted));
    status.textContent = data.text.status.replace("{nodes}", String(drawn))
                                         .replace("{edges}", String(edges.length));
  });
  network.fit({animation: false});
}());
"""

_CSS = """
html, body { margin: 0; padding: 0; font-family: sans-serif; color: #222; background: #fff; }
header { padding: 0.6em 1em; border-bottom: 1px solid #ddd; }
header h1 { font-size: 1.3em; margin: 0; }
header p { margin: 0.2em 0 0; color: #555; }
main { display: flex; flex-wrap: wrap; }
#netmap-map { flex: 1 1 600px; height: 82vh; min-height: 420px; border-right: 1px solid #ddd; }
#netmap-legend { flex: 0 0 260px; padding: 0.6em 1em; font-size: 0.9em; max-height: 82vh; overflow: auto; }
#netmap-legend h2 { font-size: 1em; margin: 0.6em 0 0.3em; }
#netmap-legend ul { list-style: none; margin: 0; padding: 0; }
#netmap-legend li { margin: 0.15em 0; display: flex; align-items: center; gap: 0.5em; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%;
  border: 1px solid #4d4d4d; flex: none; }
#netmap-status { padding: 0.3em 1em; color: #555; font-size: 0.85em; }
div.vis-tooltip { position: absolute; visibility: hidden; padding: 5px 7px; white-space: normal;
  max-width: 360px; background: #f8f8f2; border: 1px solid #808074; border-radius: 3px;
  box-shadow: 3px 3px 10px rgba(0,0,0,0.2); font-size: 13px; pointer-events: none; z-index: 5; }
.netmap-tip-head { font-weight: bold; margin-bottom: 0.2em; }
"""


def write_webpage(
    state: MapState,
    path: str | os.PathLike[str],
    *,
    language: str = "de",
    anonymize: bool = False,
    analysis: dict[str, Any] | None = None,
    title: str | None = None,
) -> None:
    """Write `state` as one self-contained, offline HTML page (UTF-8) to `path`.

    Parameters
    ----------
    language : "de" or "en", for the legend, the tooltips and the catalogue labels.
    anonymize : leave every contact person out of the page.
    analysis : the dict of ``netmap.analysis.report.analyze``; when given, tooltips show each
        actor's degree and betweenness (rows matched by ``uid``, ``id`` or a unique ``name``).
    title : the page heading; by default built from the project's name, town and topic.

    The file is written next to `path` first and then moved into place, so a failed export never
    leaves half a page behind.
    """
    text = _TEXT["en" if language == "en" else "de"]
    lang = "en" if language == "en" else "de"
    page = _build_page(state, lang, text, anonymize, analysis, title)
    with atomic_write(path) as temporary:
        temporary.write_bytes(page.encode("utf-8"))


# --- page assembly -------------------------------------------------------------------------------


def _build_page(
    state: MapState,
    lang: str,
    text: dict[str, str],
    anonymize: bool,
    analysis: dict[str, Any] | None,
    title: str | None,
) -> str:
    heading = _clean(title) if title else _default_title(state, text)
    subtitle = " · ".join(
        _clean(part)
        for part in (
            state.info.town,
            state.info.topic,
            state.info.workshop_date.isoformat() if state.info.workshop_date else "",
        )
        if part
    )
    nodes, index = _nodes(state, lang, text, anonymize, analysis)
    edges = _edges(state, lang, text, index)
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": _options(len(nodes)),
        "text": {"status": text["status"]},
    }
    vis_js = _vis_js()
    app_js = _APP_JS
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
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
            f"<title>{_esc(heading)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n",
            f"<header><h1>{_esc(heading)}</h1>",
            f"<p>{_esc(subtitle)}</p>" if subtitle else "",
            "</header>\n<main>\n",
            '<div id="netmap-map"></div>\n',
            _legend(state, lang, text),
            "</main>\n",
            f'<div id="netmap-status" role="status">{_esc(text["loading"])}</div>\n',
            f"<noscript>{_esc(text['noscript'])}</noscript>\n",
            f"<script>{vis_js}</script>\n",
            f'<script type="application/json" id="netmap-data">{_json_for_script(data)}</script>\n',
            f"<script>{app_js}</script>\n",
            "</body>\n</html>\n",
        ]
    )


def _default_title(state: MapState, text: dict[str, str]) -> str:
    if state.info.name:
        return _clean(state.info.name)
    if state.info.town:
        return f"{text['default_title']} {_clean(state.info.town)}"
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


def _nodes(
    state: MapState,
    lang: str,
    text: dict[str, str],
    anonymize: bool,
    analysis: dict[str, Any] | None,
) -> tuple[list[dict[str, Any]], dict[int, int]]:
    colours = {e.key: _colour(e.colour) for e in state.catalogue(CatalogueKind.CATEGORY)}
    metrics = _metrics_by_uid(state, analysis)
    positions = _positions(state.actors)
    nodes: list[dict[str, Any]] = []
    index: dict[int, int] = {}
    for number, actor in enumerate(state.actors):
        if actor.id is not None:
            index[actor.id] = number
        x, y = positions[number]
        nodes.append(
            {
                "id": number,
                "label": _short(actor.name),
                "x": x,
                "y": y,
                "size": 8 + 2.5 * _clamp(actor.influence, 0, 10),
                "colour": colours.get(actor.category, _FALLBACK_COLOUR),
                "key": bool(actor.is_key),
                "tip": _actor_tip(state, lang, text, actor, anonymize, metrics.get(actor.uid)),
            }
        )
    return nodes, index


def _actor_tip(
    state: MapState,
    lang: str,
    text: dict[str, str],
    actor: Actor,
    anonymize: bool,
    metrics: Mapping[str, Any] | None,
) -> list[str]:
    lines = [_clean(actor.name)]

    def add(label: str, value: str) -> None:
        if value:
            lines.append(f"{label}: {_clean(value)}")

    add(text["category"], state.label(CatalogueKind.CATEGORY, actor.category, lang))
    add(text["district"], state.label(CatalogueKind.DISTRICT, actor.district, lang))
    add(text["fields"], ", ".join(state.label(CatalogueKind.FIELD, f, lang) for f in actor.fields))
    add(text["stage"], state.label(CatalogueKind.STAGE, actor.stage, lang))
    add(text["influence"], str(actor.influence))
    add(text["attitude"], text.get(str(actor.attitude), str(actor.attitude)))
    add(text["reached"], text["yes"] if actor.reached else text["no"])
    if actor.contact is not None and not anonymize:
        c = actor.contact
        who = c.name + (f" ({c.role})" if c.role else "")
        add(text["contact"], ", ".join(p for p in (who, c.email, c.phone) if p.strip()))
    if metrics:
        degree = metrics.get("degree")
        if isinstance(degree, (int, float)) and not isinstance(degree, bool):
            add(text["degree"], f"{degree:g}")
        betweenness = metrics.get("betweenness")
        if isinstance(betweenness, (int, float)) and not isinstance(betweenness, bool):
            add(text["betweenness"], f"{betweenness:.3f}")
        if metrics.get("articulation_point") is True:
            lines.append(text["articulation"])
    return lines


def _edges(
    state: MapState, lang: str, text: dict[str, str], index: dict[int, int]
) -> list[dict[str, Any]]:
    kinds = {e.key: e for e in state.catalogue(CatalogueKind.TIE_KIND)}
    names = state.actor_by_id()
    edges: list[dict[str, Any]] = []
    for number, tie in enumerate(state.ties):
        if tie.source not in index or tie.target not in index:
            continue
        entry = kinds.get(tie.kind)
        arrows = {Direction.DIRECTED: "to", Direction.MUTUAL: "to, from"}.get(tie.direction, "")
        arrow_text = {Direction.DIRECTED: " → ", Direction.MUTUAL: " ↔ "}.get(tie.direction, " — ")
        tip = [_clean(names[tie.source].name) + arrow_text + _clean(names[tie.target].name)]
        if tie.kind:
            tip.append(f"{text['kind']}: {_clean(state.label(CatalogueKind.TIE_KIND, tie.kind, lang))}")
        tip.append(f"{text['strength']}: {tie.strength}")
        if tie.field:
            tip.append(f"{text['field']}: {_clean(state.label(CatalogueKind.FIELD, tie.field, lang))}")
        edges.append(
            {
                "id": number,
                "from": index[tie.source],
                "to": index[tie.target],
                "width": 1 + 1.5 * (_clamp(tie.strength, 1, 3) - 1),
                "dashes": _dashes(entry.style if entry else "solid"),
                "arrows": arrows,
                "colour": _colour(entry.colour) if entry else _TIE_COLOUR,
                "tip": tip,
            }
        )
    return edges


def _legend(state: MapState, lang: str, text: dict[str, str]) -> str:
    used_categories = Counter(a.category for a in state.actors)
    used_kinds = Counter(t.kind for t in state.ties)
    parts = [f'<aside id="netmap-legend"><h2>{_esc(text["legend_categories"])}</h2><ul>']
    listed = set()
    for entry in state.catalogue(CatalogueKind.CATEGORY):
        if used_categories.get(entry.key):
            listed.add(entry.key)
            parts.append(_legend_dot(_colour(entry.colour), entry.label(lang), used_categories[entry.key]))
    for key, count in used_categories.items():
        if key not in listed:
            label = key or text["uncategorised"]
            parts.append(_legend_dot(_FALLBACK_COLOUR, label, count))
    parts.append(f'</ul><h2>{_esc(text["legend_kinds"])}</h2><ul>')
    listed = set()
    for entry in state.catalogue(CatalogueKind.TIE_KIND):
        if used_kinds.get(entry.key):
            listed.add(entry.key)
            parts.append(_legend_line(_colour(entry.colour), entry.style, entry.label(lang)))
    for key in used_kinds:
        if key not in listed:
            parts.append(_legend_line(_TIE_COLOUR, "solid", key or text["untyped"]))
    parts.append(f'</ul><p>{_esc(text["legend_size"])}</p></aside>\n')
    return "".join(parts)


def _legend_dot(colour: str, label: str, count: int) -> str:
    return (
        f'<li><span class="swatch" style="background:{colour}"></span>'
        f"<span>{_esc(_clean(label))} ({count})</span></li>"
    )


def _legend_line(colour: str, style: str, label: str) -> str:
    dash = {"dash": ' stroke-dasharray="6 4"', "dot": ' stroke-dasharray="2 4"'}.get(style, "")
    return (
        f'<li><svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" '
        f'stroke="{colour}" stroke-width="2"{dash}/></svg><span>{_esc(_clean(label))}</span></li>'
    )


# --- helpers -------------------------------------------------------------------------------------


def _metrics_by_uid(state: MapState, analysis: Mapping[str, Any] | None) -> dict[str, Mapping[str, Any]]:
    """Analysis rows by actor uid: matched by "uid", then "id", then a name no other actor has."""
    if not analysis:
        return {}
    rows = analysis.get("actors") or []
    by_uid = {a.uid: a for a in state.actors}
    by_id = state.actor_by_id()
    name_count = Counter(a.name for a in state.actors)
    by_name = {a.name: a for a in state.actors if name_count[a.name] == 1}
    found: dict[str, Mapping[str, Any]] = {}
    for row in rows:
        if not isinstance(row, Mapping):
            continue
        actor = by_uid.get(row.get("uid"))  # type: ignore[arg-type]
        if actor is None and isinstance(row.get("id"), int):
            actor = by_id.get(row["id"])
        if actor is None and isinstance(row.get("name"), str):
            actor = by_name.get(row["name"])
        if actor is not None:
            found[actor.uid] = row
    return found


def _positions(actors: list[Actor]) -> list[tuple[float, float]]:
    """The actors' map positions; a map never laid out (all on one spot) is put on a circle."""
    points = [(_finite(a.x), _finite(a.y)) for a in actors]
    if len(points) > 1 and len(set(points)) == 1:
        radius = 40.0 * len(points) / (2 * math.pi) + 100.0
        step = 2 * math.pi / len(points)
        return [
            (round(radius * math.cos(i * step), 2), round(radius * math.sin(i * step), 2))
            for i in range(len(points))
        ]
    return points


def _dashes(style: str) -> bool | list[int]:
    if style == "dash":
        return True
    if style == "dot":
        return [2, 5]
    return False


def _colour(value: str) -> str:
    """A catalogue colour if it is a plain hex colour; anything else could smuggle CSS."""
    return value if isinstance(value, str) and _COLOUR_RE.match(value) else _FALLBACK_COLOUR


def _finite(value: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _clamp(value: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(value)))
    except (TypeError, ValueError):
        return low


def _clean(value: object) -> str:
    """Text fit for the page: no control characters, no lone surrogates."""
    text = _CONTROL_RE.sub("", str(value))
    return text.encode("utf-8", "replace").decode("utf-8")


def _short(name: str) -> str:
    name = _clean(name)
    return name if len(name) <= _LABEL_MAX else name[: _LABEL_MAX - 1] + "…"


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
            code = (
                importlib_resources.files("pyvis").joinpath("lib", "vis-9.1.2", _VIS_FILE)
            ).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError) as exc:  # pragma: no cover - broken install
            raise RuntimeError(
                f"vis-network's {_VIS_FILE} was found neither in {source.parent} nor in pyvis"
            ) from exc
    code = re.sub(r"(?m)^//# sourceMappingURL=.*$", "", code)
    lowered = code.lower()
    if "</script" in lowered or "<!--" in lowered:  # pragma: no cover - a changed vendored file
        raise RuntimeError(f"{_VIS_FILE} cannot be inlined: it contains '</script' or '<!--'")
    return code
