"""Every measure and gap of the report has a one-sentence explanation in German and English."""

from __future__ import annotations

import pytest

from netmap.analysis import EXPLANATIONS, analyze, explain
from netmap.analysis.brokerage import ROLES

from .town import town

NOT_MEASURES = {"id", "uid", "name", "category", "district", "stage", "reached", "is_key"}
NOT_FIGURES = {"actors", "ties", "isolates", "main_component", "communities", "articulation_points", "directed",
               "weighted", "tie_kind"}


def test_every_measure_and_gap_is_explained() -> None:
    report = analyze(town()).to_json()  # the field names, as the command line's JSON has them
    codes = set(report["actors"][0]) - NOT_MEASURES
    codes |= set(report["gaps"])
    codes |= set(report["network"]) - NOT_FIGURES
    codes |= set(ROLES) | {"clusters", "bridges", "what_if"}
    assert codes <= EXPLANATIONS.keys(), codes - EXPLANATIONS.keys()


@pytest.mark.parametrize("code", sorted(EXPLANATIONS))
def test_one_plain_sentence_per_language(code: str) -> None:
    german, english = EXPLANATIONS[code]
    for text in (german, english):
        assert text.strip() == text and text[0].isupper() and text[-1] in ".?"
        assert text.count("?") + text.count(".") == 1, text


def test_explain() -> None:
    assert explain("betweenness") == "Wer verbindet Gruppen, die sonst nichts voneinander wissen?"
    assert explain("betweenness", "en") == "Who links groups that would otherwise know nothing of each other?"
    with pytest.raises(KeyError):
        explain("no-such-measure")
