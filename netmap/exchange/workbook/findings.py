"""The analysis' findings as sentences a client reads: what was found, whom it concerns, the details
in words (who would be cut off, who could bring two groups together) and why it matters.

The analysis report (`netmap.analysis.report.analyze`) hands out keys and ids; here they become the
catalogue labels and actor names of the map, in the workbook's language. Nothing of the report's
structure (keys, dictionaries) reaches a cell. A finding this module does not know yet still reads as
words: its title is the key in plain words and its items are named by their name or label.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from netmap.domain import CatalogueKind, MapState

__all__ = ["Finding", "findings", "summary_sentences"]


@dataclass(frozen=True)
class Finding:
    """One row of the findings sheet."""

    code: str
    title: str
    subject: str
    details: str
    explanation: str


_Texts = tuple[tuple[str, str], tuple[str, str]]  # (title en, de), (explanation en, de)

_TEXTS: dict[str, _Texts] = {
    "missing_categories": (("Missing actor group", "Fehlende Akteursgruppe"),
                           ("No actor of this group is on the map: who is missing?",
                            "Kein Akteur dieser Gruppe ist auf der Karte: Wer fehlt?")),
    "peripheral_categories": (("Weakly connected actor group", "Schwach eingebundene Akteursgruppe"),
                              ("The actors of this group have at most one tie to the rest of the network.",
                               "Die Akteure dieser Gruppe haben höchstens eine Verbindung zum übrigen Netz.")),
    "isolated_actors": (("Isolated actor", "Isolierter Akteur"),
                        ("This actor has no tie to anyone else on the map.",
                         "Dieser Akteur hat keine Verbindung zu anderen auf der Karte.")),
    "single_points_of_failure": (("Single point of failure", "Einzelner Knotenpunkt"),
                                 ("If this actor drops out, the network breaks into separate parts.",
                                  "Fällt dieser Akteur weg, zerfällt das Netz in getrennte Teile.")),
    "missing_districts": (("District without actors", "Sozialraum ohne Akteure"),
                          ("No actor on the map belongs to this district.",
                           "Kein Akteur auf der Karte gehört zu diesem Sozialraum.")),
    "fields_without_ties": (("Field of action without ties", "Handlungsfeld ohne Beziehungen"),
                            ("No tie on the map belongs to this field of action.",
                             "Keine Beziehung auf der Karte gehört zu diesem Handlungsfeld.")),
    "not_reached": (("Hardly involved", "Kaum beteiligt"),
                    ("Actors of this group are not reached or only at the lowest participation stages.",
                     "Akteure dieser Gruppe sind nicht erreicht oder nur auf den untersten Beteiligungsstufen.")),
    "unconnected_communities": (("Groups without a tie", "Gruppen ohne Verbindung"),
                                ("These two groups of the network have no direct tie to each other.",
                                 "Diese beiden Gruppen des Netzes haben keine direkte Verbindung zueinander.")),
    "key_actors": (("Dependence on key actors", "Abhängigkeit von Schlüsselakteuren"),
                   ("How much the network hangs on its key actors: the share of connections running through "
                    "them.", "Wie sehr das Netz an den Schlüsselakteuren hängt: der Anteil der Verbindungen, "
                    "die über sie laufen.")),
    "bridges": (("Bridge", "Brücke"),
                ("This tie is the only link between two parts of the network.",
                 "Diese Beziehung ist die einzige Verbindung zwischen zwei Teilen des Netzes.")),
}
_SUBJECT_KIND = {"missing_categories": CatalogueKind.CATEGORY, "peripheral_categories": CatalogueKind.CATEGORY,
                 "not_reached": CatalogueKind.CATEGORY, "missing_districts": CatalogueKind.DISTRICT,
                 "fields_without_ties": CatalogueKind.FIELD}
_WORDS = {
    "cut_off": ("without it, cut off: {0}", "ohne diesen Akteur abgeschnitten: {0}"),
    "all_isolated": ("no actor of the group has a tie: {0}", "kein Akteur der Gruppe hat eine Verbindung: {0}"),
    "edge": ("at the edge: {0}", "am Rand: {0}"),
    "lowest": ("{0}", "{0}"),
    "group": ("group {0} and group {1}", "Gruppe {0} und Gruppe {1}"),
    "go_between": ("could be brought together by: {0}", "könnten zusammengebracht werden über: {0}"),
    "outward": ("most open to the outside: {0}", "am ehesten nach außen offen: {0}"),
    "share": ("{0} of the connections between others run through them", "{0} der Verbindungen zwischen "
              "anderen laufen über sie"),
    "cut_pairs": ("without them, {0} of the connected pairs lose their connection",
                  "ohne sie verlieren {0} der verbundenen Paare ihre Verbindung"),
    "generic": ("A finding of the network analysis.", "Ein Befund der Netzwerkanalyse."),
}


def _w(key: str, lang: str) -> str:
    return _WORDS[key][0 if lang == "en" else 1]


def _percent(value: object, lang: str) -> str:
    number = float(value) * 100 if isinstance(value, (int, float)) else 0.0
    text = f"{number:.0f} %"
    return text if lang == "en" else text.replace(".", ",")


def _names(items: object, limit: int = 8) -> str:
    names = [_name(i) for i in items] if isinstance(items, (list, tuple)) else []
    names = [n for n in names if n]
    more = len(names) - limit
    return ", ".join(names[:limit]) + (f" (+{more})" if more > 0 else "")


def _name(item: object) -> str:
    if isinstance(item, Mapping):
        for field in ("name", "label"):
            if item.get(field) not in (None, ""):
                return str(item[field])
        return ""
    return "" if item is None else str(item)


def findings(state: MapState, analysis: Mapping[str, object] | None, lang: str) -> list[Finding]:
    """Every item of every finding of `analysis`, in words."""
    gaps = (analysis or {}).get("gaps")
    if not isinstance(gaps, Mapping):
        return []
    result: list[Finding] = []
    for code, value in gaps.items():
        code = str(code)
        titles, explanations = _TEXTS.get(code, ((code.replace("_", " ").capitalize(),) * 2, _WORDS["generic"]))
        i = 0 if lang == "en" else 1
        for subject, details in _items(state, code, value, lang):
            result.append(Finding(code, titles[i], subject, details, explanations[i]))
    return result


def _items(state: MapState, code: str, value: object, lang: str) -> Iterator[tuple[str, str]]:
    if code == "key_actors":
        if isinstance(value, Mapping) and value.get("actors"):
            details = [_w("share", lang).format(_percent(_share(value), lang))]
            if value.get("cut_pairs_share"):
                details.append(_w("cut_pairs", lang).format(_percent(value["cut_pairs_share"], lang)))
            yield _names(value.get("actors")), "; ".join(details)
        return
    if isinstance(value, Mapping):
        value = list(value.values())
    if not isinstance(value, (list, tuple)):
        if value not in (None, False, 0, ""):
            yield str(value), ""
        return
    for item in value:
        yield _subject(state, code, item, lang), _details(code, item, lang)


def _share(value: Mapping[str, object]) -> float:
    actors = value.get("actors")
    shares = [a.get("path_share") for a in actors if isinstance(a, Mapping)] if isinstance(actors, list) else []
    return max((float(s) for s in shares if isinstance(s, (int, float))), default=0.0)


def _subject(state: MapState, code: str, item: object, lang: str) -> str:
    kind = _SUBJECT_KIND.get(code)
    if code == "unconnected_communities" and isinstance(item, Mapping):
        pair = item.get("communities") or ("?", "?")
        return _w("group", lang).format(*(int(c) + 1 if isinstance(c, int) else c for c in list(pair)[:2]))
    key = item.get("key") if isinstance(item, Mapping) else item
    if kind is not None and isinstance(key, str):
        return _label(state, kind, key, lang)
    return _name(item)


def _details(code: str, item: object, lang: str) -> str:
    if not isinstance(item, Mapping):
        return ""
    if code == "single_points_of_failure" and item.get("cut_off"):
        return _w("cut_off", lang).format(_names(item["cut_off"]))
    if code == "peripheral_categories" and item.get("actors"):
        return _w("all_isolated" if item.get("all_isolated") else "edge", lang).format(_names(item["actors"]))
    if code == "not_reached" and item.get("actors"):
        return _names(item["actors"])
    if code == "unconnected_communities":
        if item.get("go_betweens"):
            return _w("go_between", lang).format(_names(item["go_betweens"]))
        if item.get("outward"):
            return _w("outward", lang).format(_names(item["outward"]))
    return ""


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
