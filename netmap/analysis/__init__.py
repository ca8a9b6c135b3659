"""Network analysis of a map: pure functions, graph in, plain data out (no Qt, no storage).

Modules, one topic each: centrality, brokerage, groups, fragility, gaps; report assembles them into the
typed report (result.AnalysisReport with actor_figures and gap_types; its to_json is what the command
line prints); incremental keeps it up to date after single edits; explanations holds the plain-language
sentence for every measure and gap, gap_findings the one table of gap titles.
"""

from __future__ import annotations

# Imported first on purpose: it pins igraph's OpenMP to one thread before igraph loads (see _igraph).
from netmap.analysis import _igraph  # noqa: F401  # isort: skip
from netmap.analysis.actor_figures import ActorFigures, ActorRef, Brokerage
from netmap.analysis.errors import AnalysisError, InvalidWeightError, UnknownActorError
from netmap.analysis.explanations import EXPLANATIONS, explain
from netmap.analysis.gap_findings import GAP_FINDINGS, GapFinding, GapSubject, gap_finding
from netmap.analysis.gap_types import Gaps
from netmap.analysis.incremental import LiveAnalysis
from netmap.analysis.report import analyze
from netmap.analysis.result import AnalysisReport, NetworkFigures

__all__ = [
    "EXPLANATIONS",
    "GAP_FINDINGS",
    "ActorFigures",
    "ActorRef",
    "AnalysisError",
    "AnalysisReport",
    "Brokerage",
    "GapFinding",
    "GapSubject",
    "Gaps",
    "InvalidWeightError",
    "LiveAnalysis",
    "NetworkFigures",
    "UnknownActorError",
    "analyze",
    "explain",
    "gap_finding",
]
