"""How the map looks: colours, pens, sizes and fonts, from the project's catalogues.

One `MapStyle` serves the canvas and the poster, so both look alike. Sizes are in scene units
(one unit is one pixel at 100 % zoom). Presentation mode (the projector) has larger labels, higher
contrast and thicker lines. Attitudes differ in colour *and* line style (solid, thin, dashed), so
they read for colour-blind viewers and on a black-and-white print too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen

from netmap.domain import Attitude, CatalogueEntry, CatalogueKind

__all__ = ["CLUSTER_PALETTE", "HIGHLIGHT_COLOURS", "MEASURE_RAMP", "MapStyle", "TieKindStyle", "TieLook"]

CLUSTER_PALETTE = ("#64b5f6", "#81c784", "#ffb74d", "#ba68c8", "#4db6ac", "#f06292", "#dce775", "#a1887f")
"""Hull colours for clusters without a colour of their own."""

HIGHLIGHT_COLOURS = {
    "gap": "#ff6d00",  # orange: who is missing or weakly connected
    "whatif": "#d500f9",  # magenta: what breaks when someone leaves
    "new": "#00c853",  # comparison: new since the earlier snapshot
    "changed": "#ffab00",  # comparison: changed since the earlier snapshot
    "removed": "#9e9e9e",  # comparison: gone (drawn as dashed ghosts)
    "path": "#1e88e5",
}
"""Halo colours by highlight mode; unknown modes use the "gap" colour."""

MEASURE_RAMP = ("#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154")
"""Low to high (viridis, reversed): readable for colour-blind viewers, dark means "more"."""

Translate = Callable[[str, str], str]

_WORDS = {
    "without category": QT_TRANSLATE_NOOP("MapLegend", "without category"),
    "without kind": QT_TRANSLATE_NOOP("MapLegend", "without kind"),
    "supportive": QT_TRANSLATE_NOOP("MapLegend", "supportive (solid green outline)"),
    "neutral": QT_TRANSLATE_NOOP("MapLegend", "neutral (thin grey outline)"),
    "critical": QT_TRANSLATE_NOOP("MapLegend", "critical (dashed red outline)"),
    "lowest": QT_TRANSLATE_NOOP("MapLegend", "lowest value"),
    "middle": QT_TRANSLATE_NOOP("MapLegend", "middle"),
    "highest": QT_TRANSLATE_NOOP("MapLegend", "highest value"),
}
"""Words of the legend, marked for translation; `MapStyle.word` translates them."""

_UNKNOWN_CATEGORY = "#bdbdbd"
_UNKNOWN_KIND = "#757575"
_ATTITUDE_COLOURS = {Attitude.SUPPORTIVE: "#2e7d32", Attitude.NEUTRAL: "#757575", Attitude.CRITICAL: "#c62828"}
_FONT_FAMILIES = ["Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]


def _mix(colour: QColor, other: QColor, share: float) -> QColor:
    """`colour` with `share` of `other` mixed in (opaque)."""
    keep = 1.0 - share
    return QColor(round(colour.red() * keep + other.red() * share),
                  round(colour.green() * keep + other.green() * share),
                  round(colour.blue() * keep + other.blue() * share))


@dataclass(frozen=True)
class TieKindStyle:
    label: str
    colour: QColor
    style: str  # solid, dash, dot


@dataclass(frozen=True)
class TieLook:
    """Everything a tie of one kind and strength needs to paint, made once per style."""

    pen: QPen
    solid_pen: QPen  # zoomed far out, instead of a dashed pen
    dash_min_scale: float  # below this zoom, draw `solid_pen`
    head_min_scale: float  # below this zoom, arrowheads are too small to draw
    head_brush: QBrush
    arrow_size: float
    bounds_pen: QPen  # only for Qt's bounds and click shape
    bounds_pen_wide: QPen  # the same, selected or highlighted


class MapStyle:
    """Colours, pens, sizes and fonts of one map in one language, normal or presentation."""

    def __init__(self, catalogues: dict[CatalogueKind, list[CatalogueEntry]] | None = None, language: str = "de",
                 presentation: bool = False, translate: Translate | None = None) -> None:
        self.language = language
        # The poster translates into its own language without switching the application's.
        self.translate: Translate = translate or QCoreApplication.translate
        self.presentation = presentation
        self._categories: dict[str, CatalogueEntry] = {}
        self._kinds: dict[str, CatalogueEntry] = {}
        self.category_order: list[str] = []
        self.kind_order: list[str] = []
        self._pens: dict[tuple[str, int, bool], QPen] = {}
        self._simple_pens: dict[tuple[object, ...], QPen] = {}
        self._looks: dict[tuple[str, int, bool], TieLook] = {}
        self._colours: dict[str, QColor] = {}
        self._attitude_pens: dict[str, QPen] = {}
        self._fonts: dict[bool, QFont] = {}
        self._line_ratio: float | None = None
        self.set_catalogues(catalogues or {}, language)
        s = 1.5 if presentation else 1.0
        self.line_scale = s
        self.label_px = 21.0 if presentation else 13.0
        self.label_width = 230.0 if presentation else 160.0
        self.label_lines = 6 if presentation else 4  # on the wall the whole name, not an ellipsis
        self.heading_px = 30.0 if presentation else 19.0
        self.label_text = QColor("#000000" if presentation else "#212121")
        self.label_background = QColor(255, 255, 255, 235 if presentation else 205)
        self.background = QColor("#ffffff" if presentation else "#fbfbfa")
        self.selection = QColor("#1565c0")
        self.ghost = QColor("#9e9e9e")
        self.dot_fill = QColor("#263238")
        self.key_mark = QColor("#b8860b")
        self.tie_lighten = 0.0 if presentation else 0.15

    # -- catalogues ----------------------------------------------------------------------------

    def set_catalogues(self, catalogues: dict[CatalogueKind, list[CatalogueEntry]], language: str) -> None:
        self.language = language
        self.catalogues = catalogues  # as given: a drawing of the map takes them along
        cats = sorted(catalogues.get(CatalogueKind.CATEGORY, []), key=lambda e: e.rank)
        kinds = sorted(catalogues.get(CatalogueKind.TIE_KIND, []), key=lambda e: e.rank)
        self._categories = {e.key: e for e in cats}
        self._kinds = {e.key: e for e in kinds}
        self.category_order = [e.key for e in cats]
        self.kind_order = [e.key for e in kinds]
        self._pens.clear()
        self._simple_pens.clear()
        self._looks.clear()
        self._colours.clear()

    def category_colour(self, key: str) -> QColor:
        """The category's colour (shared: do not change it)."""
        colour = self._colours.get(key)
        if colour is None:
            entry = self._categories.get(key)
            colour = QColor(entry.colour if entry is not None else _UNKNOWN_CATEGORY)
            if not colour.isValid():
                colour = QColor(_UNKNOWN_CATEGORY)
            self._colours[key] = colour
        return colour

    def category_label(self, key: str) -> str:
        entry = self._categories.get(key)
        if entry is not None:
            return entry.label(self.language)
        return key or self.translate("MapLegend", str(_WORDS["without category"]))

    def tie_kind(self, key: str) -> TieKindStyle:
        entry = self._kinds.get(key)
        if entry is None:
            label = key or self.translate("MapLegend", str(_WORDS["without kind"]))
            return TieKindStyle(label, QColor(_UNKNOWN_KIND), "solid")
        return TieKindStyle(entry.label(self.language), QColor(entry.colour), entry.style)

    # -- actors --------------------------------------------------------------------------------

    @staticmethod
    def actor_radius(influence: int) -> float:
        """12 (influence 0) to 34 (influence 10): the area grows about like the influence towers."""
        return 12.0 + 2.2 * max(0, min(10, int(influence)))

    @staticmethod
    def measure_radius(share: float) -> float:
        """Radius for a measure scaled to 0..1 (area proportional to the value)."""
        return 9.0 + 29.0 * max(0.0, min(1.0, share)) ** 0.5

    @staticmethod
    def measure_colour(share: float) -> QColor:
        share = max(0.0, min(1.0, share))
        pos = share * (len(MEASURE_RAMP) - 1)
        i = min(int(pos), len(MEASURE_RAMP) - 2)
        t = pos - i
        a, b = QColor(MEASURE_RAMP[i]), QColor(MEASURE_RAMP[i + 1])
        return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                      round(a.blue() + (b.blue() - a.blue()) * t))

    def attitude_pen(self, attitude: Attitude | str) -> QPen:
        """Supportive: thick solid green; neutral: thin solid grey; critical: thick dashed red
        (shared: do not change it)."""
        pen = self._attitude_pens.get(str(attitude))
        if pen is None:
            pen = self._attitude_pens[str(attitude)] = self._make_attitude_pen(attitude)
        return pen

    def _make_attitude_pen(self, attitude: Attitude | str) -> QPen:
        attitude = Attitude(attitude) if attitude in Attitude._value2member_map_ else Attitude.NEUTRAL
        colour = QColor(_ATTITUDE_COLOURS[attitude])
        if self.presentation and attitude == Attitude.NEUTRAL:
            colour = QColor("#424242")
        width = {Attitude.SUPPORTIVE: 3.5, Attitude.NEUTRAL: 1.5, Attitude.CRITICAL: 3.5}[attitude] * self.line_scale
        pen = QPen(colour, width)
        if attitude == Attitude.CRITICAL:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([1.6, 1.1])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def attitude_label(self, attitude: Attitude | str) -> str:
        key = str(attitude) if attitude in Attitude._value2member_map_ else str(Attitude.NEUTRAL)
        return self.translate("MapLegend", str(_WORDS[key]))

    def word(self, key: str) -> str:
        """One of the legend's words (see `_WORDS`), translated."""
        return self.translate("MapLegend", str(_WORDS[key]))

    def label_font(self, bold: bool = False) -> QFont:
        font = self._fonts.get(bold)
        if font is None:
            font = self._fonts[bold] = self._make_label_font(bold)
        return font

    def _make_label_font(self, bold: bool) -> QFont:
        font = QFont()
        font.setFamilies(_FONT_FAMILIES)
        font.setPixelSize(round(self.label_px))
        font.setBold(bold or self.presentation)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def label_line_ratio(self) -> float:
        """A line of a label as high as this many times the font's pixel size (ascent + descent)."""
        if self._line_ratio is None:
            self._line_ratio = QFontMetricsF(self.label_font()).height() / max(self.label_px, 1.0)
        return self._line_ratio

    def heading_font(self) -> QFont:
        font = QFont()
        font.setFamilies(_FONT_FAMILIES)
        font.setPixelSize(round(self.heading_px))
        font.setBold(True)
        return font

    def small_font(self, px: float) -> QFont:
        font = QFont()
        font.setFamilies(_FONT_FAMILIES)
        font.setPixelSize(max(1, round(px)))
        font.setBold(True)
        return font

    # -- ties ----------------------------------------------------------------------------------

    def tie_look(self, kind: str, strength: int, ghost: bool = False) -> TieLook:
        key = (kind, int(strength), ghost)
        look = self._looks.get(key)
        if look is None:
            pen = self.tie_pen(kind, strength, ghost=ghost)
            solid = self.tie_pen_at(kind, strength, 0.0, ghost=ghost)
            arrow = self.arrow_size(strength)

            def bounds(width: float) -> QPen:
                return QPen(QBrush(Qt.GlobalColor.black), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap,
                            Qt.PenJoinStyle.MiterJoin)

            look = TieLook(pen=pen, solid_pen=solid, dash_min_scale=1.5 / pen.widthF() if solid is not pen else 0.0,
                           head_min_scale=2.5 / arrow, head_brush=QBrush(pen.color()), arrow_size=arrow,
                           bounds_pen=bounds(max(10.0, pen.widthF() + 2)),
                           bounds_pen_wide=bounds(max(10.0, pen.widthF() + 8 * self.line_scale + 2)))
            self._looks[key] = look
        return look

    def tie_width(self, strength: int) -> float:
        return {1: 1.6, 2: 3.2, 3: 5.2}.get(max(1, min(3, int(strength))), 1.6) * self.line_scale

    def tie_pen(self, kind: str, strength: int, *, ghost: bool = False) -> QPen:
        """The pen of a tie: kind's colour and line style, width by strength (cached)."""
        key = (kind, int(strength), ghost)
        pen = self._pens.get(key)
        if pen is None:
            spec = self.tie_kind(kind)
            colour = QColor(self.ghost) if ghost else QColor(spec.colour)
            # Opaque, lightened towards the background: blending translucent lines costs 2-4x.
            colour = _mix(colour, self.background, self.tie_lighten)
            pen = QPen(colour, self.tie_width(strength))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            style = "dash" if ghost else spec.style
            if style == "dash":
                pen.setStyle(Qt.PenStyle.CustomDashLine)
                pen.setDashPattern([5.0, 3.0])
            elif style == "dot":
                pen.setStyle(Qt.PenStyle.CustomDashLine)
                pen.setDashPattern([1.0, 2.0])
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self._pens[key] = pen
        return pen

    def tie_pen_at(self, kind: str, strength: int, scale: float, *, ghost: bool = False) -> QPen:
        """The pen for drawing at `scale` device pixels per scene unit. Zoomed far out, where a
        dash would be shorter than 3 pixels, a solid line of a lighter colour looks the same and
        draws several times faster."""
        pen = self.tie_pen(kind, strength, ghost=ghost)
        if pen.style() == Qt.PenStyle.SolidLine or 2.0 * pen.widthF() * scale >= 3.0:
            return pen
        key = (kind, int(strength), ghost)
        simple = self._simple_pens.get(key)
        if simple is None:
            simple = QPen(pen)
            simple.setStyle(Qt.PenStyle.SolidLine)
            simple.setColor(_mix(pen.color(), self.background, 0.45))  # a dashed line looks lighter
            self._simple_pens[key] = simple
        return simple

    def arrow_size(self, strength: int) -> float:
        return 9.0 * self.line_scale + 2.2 * self.tie_width(strength)

    def highlight_colour(self, mode: str) -> QColor:
        return QColor(HIGHLIGHT_COLOURS.get(mode, HIGHLIGHT_COLOURS["gap"]))

    def cluster_colour(self, colour: str, index: int) -> QColor:
        c = QColor(colour) if colour else QColor()
        return c if c.isValid() else QColor(CLUSTER_PALETTE[index % len(CLUSTER_PALETTE)])
