"""yEd Live / yFiles for HTML GraphML: what its drawing keys hold, read without Qt or yFiles.

Desktop yEd types its keys (``yfiles.type="nodegraphics"``); yEd Live names them instead
(``attr.name="NodeLabels"`` with a yworks.com ``y:attr.uri``) and writes XAML-like markup inside:
labels as ``y:Label.Text`` (or a ``Text`` attribute; HTML labels as markup text), geometry as
``y:RectD``, styles as ``yjs:ShapeNodeStyle fill="#AARRGGBB"`` and ``yjs:PolylineEdgeStyle`` whose
``sourceArrow``/``targetArrow`` are given inline (``<…targetArrow><yjs:Arrow type="TRIANGLE"/>``), as an
attribute (``{x:Static yjs:IArrow.NONE}``), or by reference into the file's ``y:SharedData``
(``{y:GraphMLReference 4}``). An arrow that is not given is none, as in yFiles.
"""

from __future__ import annotations

import html
import re
from xml.etree.ElementTree import Element

from netmap.domain import Direction
from netmap.exchange.builder import normalise_colour
from netmap.exchange.safety import local_name

__all__ = ["live_arrows", "live_fill", "live_key_kind", "live_label", "shared_resources"]

_KEY_KINDS = {"nodelabels": "nodelabels", "nodegeometry": "nodegeometry", "nodestyle": "nodestyle",
              "edgelabels": "edgelabels", "edgestyle": "edgestyle"}
_MARKUP = re.compile(r"<[^>]*>")
_BREAKS = re.compile(r"(?i)<\s*(?:br|/?p|/?div|/?li|/?tr|/?h\d)\b[^>]*>")
_REFERENCE = re.compile(r"GraphMLReference\s+([^}\s]+)")

Resources = dict[str, Element]
"""The shared resources of a file by their ``x:Key``."""


def live_key_kind(name: str) -> str:
    """What a yworks.com key holds, by its ``attr.name``; "yfiles" for drawing state NetMap does not use."""
    return _KEY_KINDS.get(name.casefold(), "yfiles")


def live_label(data: Element) -> str:
    """The first label: ``y:Label.Text`` (or a ``Text`` attribute); HTML labels as plain text."""
    for el in data.iter():
        name = local_name(el.tag)
        if name == "Label" and el.get("Text"):
            text = el.get("Text", "")
        elif name == "Label.Text":
            text = "".join(el.itertext())
        else:
            continue
        if "<" in text or "&" in text:  # line breaks and blocks become spaces, inline markup goes
            text = html.unescape(_MARKUP.sub("", _BREAKS.sub(" ", text)))
        text = " ".join(text.split())
        if text:
            return text
    return ""


def live_fill(data: Element) -> str | None:
    """The fill of a shape style: ``#AARRGGBB`` as yFiles writes it, or ``#RRGGBB``; None if transparent."""
    for el in data.iter():
        fill = (el.get("fill") or "").strip()
        if re.fullmatch(r"#[0-9A-Fa-f]{8}", fill):
            return normalise_colour("#" + fill[3:]) if fill[1:3].casefold() != "00" else None
        if re.fullmatch(r"#[0-9A-Fa-f]{6}", fill):
            return normalise_colour(fill)
    return None


def shared_resources(root: Element) -> Resources:
    """The elements of the file's ``y:SharedData`` by their ``x:Key``."""
    return {key: el for shared in root.iter() if local_name(shared.tag) == "SharedData" for el in shared
            if (key := next((v for k, v in el.attrib.items() if local_name(k) == "Key"), None)) is not None}


def live_arrows(data: Element, resources: Resources) -> tuple[Direction, bool] | None:
    """(direction, reversed) from an edge style's arrows, as for desktop yEd; None without a style."""
    style = next(iter(data), None)
    if style is None:
        return None
    style = _resolved(style, resources)
    at_source, at_target = _has_arrow(style, "source", resources), _has_arrow(style, "target", resources)
    if at_source and at_target:
        return Direction.MUTUAL, False
    if at_source or at_target:
        return Direction.DIRECTED, at_source
    return Direction.UNDIRECTED, False


def _resolved(el: Element, resources: Resources) -> Element:
    """`el`, or the shared resource it refers to (``<y:GraphMLReference ResourceKey="5"/>``)."""
    for _ in range(10):  # a reference to a reference; a loop in a hostile file ends here
        if local_name(el.tag) != "GraphMLReference":
            return el
        target = resources.get(el.get("ResourceKey", ""))
        if target is None:
            return el
        el = target
    return el


def _has_arrow(style: Element, end: str, resources: Resources) -> bool:
    attribute = next((v for k, v in style.attrib.items() if local_name(k) == f"{end}Arrow"), None)
    if attribute is not None:
        reference = _REFERENCE.search(attribute)
        if reference is not None and reference.group(1) in resources:
            return _arrow_type(resources[reference.group(1)]) != "NONE"
        return "NONE" not in attribute.upper()
    child = next((c for c in style if local_name(c.tag).endswith(f".{end}Arrow")), None)
    if child is None:
        return False
    arrow = next(iter(child), None)
    return arrow is not None and _arrow_type(_resolved(arrow, resources)) != "NONE"


def _arrow_type(arrow: Element) -> str:
    return (arrow.get("type") or "DEFAULT").upper()
