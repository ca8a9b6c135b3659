"""The one table of gap findings: for every gap of the report, its title, its explanation and what its
entries name. The analysis panel, the poster, the workbook and the text report all take their
wording from here, so they cannot drift apart ("Separate parts" in one, "Connected parts" in another).

Texts are English source texts for Qt's translation system: titles in the context `CONTEXT`, marked
below for lupdate; explanations are the analysis' one-sentence explanations (explanations.py, marked
in the context "Explanation" by ui/explain.py). The analysis imports no Qt, so callers translate:
`finding.title_in(tr)` with `netmap.i18n.tr` (the application's language) or a `Translator(language)`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from netmap.analysis.explanations import EXPLANATIONS

__all__ = ["CONTEXT", "EXPLANATION_CONTEXT", "GAP_FINDINGS", "GapFinding", "GapSubject", "gap_finding"]

CONTEXT = "Gaps"
"""The translation context of the titles."""
EXPLANATION_CONTEXT = "Explanation"
"""The translation context of the explanations (shared with every other measure's sentence)."""

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`, as QtCore's marker does, without importing Qt."""
    del context
    return text


class GapSubject(StrEnum):
    """What each entry of a gap names."""

    CATEGORY = "category"  # a catalogue category (an actor group of the handbook)
    DISTRICT = "district"
    FIELD = "field"  # a field of action
    ACTOR = "actor"
    GROUPS = "groups"  # two communities
    KEY_ACTORS = "key_actors"  # the key actors together


@dataclass(frozen=True)
class GapFinding:
    key: str  # the gap's key in AnalysisReport.gaps (and the explanation's code)
    title: str  # English; translate with title_in
    subject: GapSubject

    @property
    def explanation(self) -> str:
        """The plain-language question the gap answers (English; translate with explanation_in)."""
        return EXPLANATIONS[self.key][1]

    def title_in(self, translate: Translate) -> str:
        return translate(CONTEXT, self.title)

    def explanation_in(self, translate: Translate) -> str:
        return translate(EXPLANATION_CONTEXT, self.explanation)


GAP_FINDINGS: tuple[GapFinding, ...] = (
    GapFinding("missing_categories", QT_TRANSLATE_NOOP("Gaps", "Missing groups of actors"), GapSubject.CATEGORY),
    GapFinding("single_points_of_failure", QT_TRANSLATE_NOOP("Gaps", "Single points of failure"),
               GapSubject.ACTOR),
    GapFinding("key_actors", QT_TRANSLATE_NOOP("Gaps", "Dependence on the key actors"), GapSubject.KEY_ACTORS),
    GapFinding("isolated_actors", QT_TRANSLATE_NOOP("Gaps", "Actors without ties"), GapSubject.ACTOR),
    GapFinding("peripheral_categories", QT_TRANSLATE_NOOP("Gaps", "Groups of actors only on the edge"),
               GapSubject.CATEGORY),
    GapFinding("not_reached", QT_TRANSLATE_NOOP("Gaps", "Not reached or barely involved"),
               GapSubject.CATEGORY),
    GapFinding("unconnected_communities", QT_TRANSLATE_NOOP("Gaps", "Groups with no tie between them"),
               GapSubject.GROUPS),
    GapFinding("missing_districts", QT_TRANSLATE_NOOP("Gaps", "Districts without actors"), GapSubject.DISTRICT),
    GapFinding("fields_without_ties", QT_TRANSLATE_NOOP("Gaps", "Fields of action without a tie"),
               GapSubject.FIELD),
)
"""Every gap of the report, in the order they are listed: what the handbook asks first comes first."""

_BY_KEY = {f.key: f for f in GAP_FINDINGS}


def gap_finding(key: str) -> GapFinding:
    """The finding of the gap `key`; KeyError for a key the report does not have."""
    return _BY_KEY[key]
