"""Hand-made analysis reports for tests of their readers (panel, workbook, web page, poster): only the
figures a test cares about are given, the rest take neutral values."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from netmap.analysis import ActorFigures, AnalysisReport, Brokerage, Gaps, NetworkFigures
from netmap.analysis.result import ClusterComparison, Notes, Options

__all__ = ["actor_figures", "report"]


def actor_figures(actor_id: int, name: str, *, brokerage: int = 0, **values: Any) -> ActorFigures:
    """An actor's figures: `values` by field name, `brokerage` the total of its roles."""
    figures = ActorFigures(
        id=actor_id, uid=None, name=name, category="", district="", stage="", reached=False, is_key=False,
        degree=0, degree_centrality=0.0, in_degree=None, out_degree=None, strength=None, betweenness=0.0,
        closeness=0.0, eigenvector=0.0, pagerank=0.0, constraint=None, effective_size=None, community=None,
        articulation_point=False, cuts_off=0, k_core=0, brokerage=Brokerage(total=brokerage),
    )
    return replace(figures, **values)


def report(actors: tuple[ActorFigures, ...] = (), *, network: dict[str, Any] | None = None,
           **gaps: Any) -> AnalysisReport:
    """A report of `actors`; `network` figures and `gaps` (by gap key) as given, the rest empty."""
    figures = NetworkFigures(actors=len(actors), ties=0, density=0.0, components=0, isolates=0, main_component=0,
                             average_distance=None, communities=0, modularity=None, articulation_points=0,
                             bridges=0, directed=False, weighted=False, tie_kind=None)
    empty = Gaps(missing_categories=(), isolated_actors=(), single_points_of_failure=(), peripheral_categories=(),
                 missing_districts=(), fields_without_ties=(), not_reached=(), unconnected_communities=(),
                 key_actors=None)
    return AnalysisReport(options=Options(False, False, None), notes=Notes(),
                          network=replace(figures, **(network or {})), actors=actors,
                          gaps=replace(empty, **gaps), communities=(), bridges=(),
                          clusters=ClusterComparison((), None, None))
