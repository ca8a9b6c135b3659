"""The explanations have one source, netmap/analysis/explanations.py: the translatable English in
netmap/ui/analysis/explain.py and the German in netmap_de.ts are derived from it
(`python -m netmap.ui.analysis.explain`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from netmap.analysis.explanations import EXPLANATIONS
from netmap.ui import i18n_build
from netmap.ui.analysis import explain
from netmap.ui.i18n import install_language

FIX = "run `python -m netmap.ui.analysis.explain` after changing netmap/analysis/explanations.py"


def test_the_translatable_sentences_are_those_of_the_analysis() -> None:
    assert explain._SOURCES == {code: english for code, (_german, english) in EXPLANATIONS.items()}, FIX
    text = Path(explain.__file__).read_text(encoding="utf-8")
    assert explain.generated_block() in text, FIX


def test_the_german_translations_are_those_of_the_analysis() -> None:
    root = ET.parse(i18n_build.ts_path("de")).getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") == explain.CONTEXT:
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") not in ("vanished", "obsolete"):
                    found[message.findtext("source")] = (translation.text, translation.get("type"))
    wanted = {english: (german, None) for german, english in EXPLANATIONS.values()}
    assert found == wanted, FIX


def test_explanations_follow_the_language(qapp) -> None:
    try:
        install_language("de")
        assert explain.explanation("betweenness") == EXPLANATIONS["betweenness"][0]
        assert explain.explanation("single_points_of_failure") == "Wo bricht das Netz, wenn jemand wegfällt?"
    finally:
        install_language("en")
    assert explain.explanation("betweenness") == EXPLANATIONS["betweenness"][1]


def test_fill_translations_writes_the_german_into_a_ts(tmp_path: Path) -> None:
    ts = tmp_path / "netmap_de.ts"
    ts.write_text('<?xml version="1.0"?><!DOCTYPE TS><TS version="2.1">'
                  '<context><name>Explanation</name><message><source>Where does the network break if someone '
                  'leaves?</source><translation type="unfinished"/></message></context>'
                  '<context><name>Other</name><message><source>Where does the network break if someone leaves?'
                  '</source><translation type="unfinished"/></message></context></TS>', encoding="utf-8")
    assert explain.fill_translations(ts) == 1
    root = ET.parse(ts).getroot()
    by_context = {c.findtext("name"): c.find("message/translation") for c in root.iter("context")}
    assert by_context["Explanation"].text == "Wo bricht das Netz, wenn jemand wegfällt?"
    assert by_context["Explanation"].get("type") is None
    assert by_context["Other"].get("type") == "unfinished"  # other contexts are left alone
    assert explain.fill_translations(ts) == 0
