"""Network analysis of a map: pure functions, graph in, plain data out (no Qt, no storage).

Modules, one topic each: centrality, brokerage, groups, fragility, gaps; report assembles them into the
report object (the JSON the command line prints); incremental keeps it up to date after single edits;
explanations holds the plain-language sentence for every measure and gap.
"""

from __future__ import annotations

# Imported first on purpose: it pins igraph's OpenMP to one thread before igraph loads (see _igraph).
from netmap.analysis import _igraph  # noqa: F401  # isort: skip
from netmap.analysis.errors import AnalysisError, InvalidWeightError, UnknownActorError
from netmap.analysis.explanations import EXPLANATIONS, explain
from netmap.analysis.incremental import LiveAnalysis
from netmap.analysis.report import analyze

__all__ = [
    "EXPLANATIONS",
    "AnalysisError",
    "InvalidWeightError",
    "LiveAnalysis",
    "UnknownActorError",
    "analyze",
    "explain",
]
