"""The bridge to igraph: one cheap conversion per analysis, one OpenMP thread, seeded randomness.

Why igraph at all: exact betweenness on 1,000 actors takes networkx ~1.9 s and igraph ~0.05 s, closeness
0.43 s against 0.03 s (1,000 actors, 3,000 ties, measured when choosing the library), and a workshop
wants updated figures within 100 ms of an edit.
Everything else in the package stays networkx-shaped (graph in, dict out); tests/analysis check every
igraph result against networkx.

Vertices are put in a canonical order (sorted actor ids) and edges sorted, so that the same map gives
the same igraph graph however it was built (fresh or edited step by step): seeded community detection
then gives the same groups.
"""

from __future__ import annotations

import ctypes
import glob
import math
import os
import random
import threading
import warnings
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import networkx as nx

from netmap.analysis.errors import InvalidWeightError

# PRPACK (igraph's PageRank) with several OpenMP threads stalls erratically: 0.6 s instead of 1 ms
# (seen while benchmarking). The variable only counts when it is set before the OpenMP runtime is loaded, i.e.
# before the first `import igraph` in the process; single_thread() covers an earlier import.
os.environ.setdefault("OMP_NUM_THREADS", "1")

import igraph as ig

__all__ = [
    "IGraphView",
    "canonical_nodes",
    "distance_scale",
    "quiet",
    "seeded_rng",
    "single_thread",
    "to_igraph",
]

_MAX_SCALE = 10**6


def _find_omp_set_num_threads() -> Callable[[int], None] | None:
    libs = os.path.join(os.path.dirname(os.path.dirname(ig.__file__)), "igraph.libs")
    for path in sorted(glob.glob(os.path.join(libs, "libgomp*"))):
        try:
            return ctypes.CDLL(path).omp_set_num_threads
        except (OSError, AttributeError):
            continue
    return None


_omp_set_num_threads = _find_omp_set_num_threads()
_thread_state = threading.local()


def single_thread() -> None:
    """Make igraph's OpenMP kernels run on one thread in the calling thread (see the PRPACK stall above).

    The OpenMP thread count is per thread, so this is called before each PageRank; it costs one
    attribute lookup after the first call in a thread.
    """
    if _omp_set_num_threads is not None and not getattr(_thread_state, "done", False):
        _omp_set_num_threads(1)
        _thread_state.done = True


_rng_lock = threading.Lock()


@contextmanager
def seeded_rng(seed: int) -> Iterator[None]:
    """Run igraph with its own seeded random generator, so a randomised algorithm is reproducible.

    python-igraph draws from one process-wide generator (Python's `random` module by default); the lock
    keeps two analyses in different threads from sharing it.
    """
    with _rng_lock:
        ig.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            ig.set_random_number_generator(random)


@contextmanager
def quiet() -> Iterator[None]:
    """Silence igraph's RuntimeWarnings (e.g. "graph is not strongly connected") where we handle the case."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        yield


def canonical_nodes(graph: nx.Graph) -> list[Hashable]:
    """The nodes in an order that depends only on the nodes themselves (sorted; by repr if unorderable)."""
    try:
        return sorted(graph)
    except TypeError:
        return sorted(graph, key=repr)


def distance_scale(weights: Iterable[float]) -> float:
    """The factor L of the distances L / strength used by betweenness and closeness.

    A strong tie is a short way, so distance = 1 / strength. With integer strengths (NetMap's 1-3) we
    use L = lcm of the strengths instead of 1: the distances are then whole numbers, sums are exact, and
    tied shortest paths are recognised as ties by igraph and networkx alike. Betweenness does not depend
    on L; closeness is multiplied back by it.
    """
    scale = 1
    integers = True
    for w in set(weights):
        if not isinstance(w, (int, float)) or not math.isfinite(w) or w <= 0:
            raise InvalidWeightError(f"tie weight must be a positive number, got {w!r}")
        if integers and float(w).is_integer():
            scale = math.lcm(scale, int(w))
            if scale > _MAX_SCALE:
                integers = False
        else:
            integers = False
    return float(scale) if integers else 1.0


@dataclass(frozen=True)
class IGraphView:
    """An igraph copy of a networkx graph with the vertex order and weights the kernels need.

    Vertex i is `nodes[i]`. When weighted, edges carry "weight" (the strength, for eigenvector,
    PageRank, communities, constraint) and "dist" (scale / strength, for shortest paths).
    """

    graph: ig.Graph
    nodes: list[Hashable]
    index: dict[Hashable, int]
    directed: bool
    weighted: bool
    scale: float = 1.0

    @property
    def weights(self) -> str | None:
        """Edge attribute to pass as `weights` where a strong tie counts more."""
        return "weight" if self.weighted else None

    @property
    def distances(self) -> str | None:
        """Edge attribute to pass as `weights` where a strong tie is a short way."""
        return "dist" if self.weighted else None


def to_igraph(graph: nx.Graph, weight: str | None = None, *, undirected: bool = False) -> IGraphView:
    """Convert `graph` (canonical vertex order, sorted edges).

    `undirected=True` collapses a DiGraph to one edge per adjacent pair, its weight the sum of both
    directions (the mutual weight), for the measures defined on undirected graphs only.
    """
    nodes = canonical_nodes(graph)
    index = {v: i for i, v in enumerate(nodes)}
    directed = graph.is_directed() and not undirected
    collapse = graph.is_directed() and undirected
    if weight is None:
        if directed:
            edges = sorted((index[u], index[v]) for u, v in graph.edges())
        else:
            pairs = ((index[u], index[v]) for u, v in graph.edges())
            edge_set = {(a, b) if a < b else (b, a) for a, b in pairs}
            edges = sorted(edge_set)
        g = ig.Graph(n=len(nodes), edges=edges, directed=directed)
        return IGraphView(g, nodes, index, directed, False)
    weighted: dict[tuple[int, int], float] = {}
    for u, v, w in graph.edges(data=weight, default=1):
        a, b = index[u], index[v]
        if not directed and a > b:
            a, b = b, a
        weighted[(a, b)] = (weighted.get((a, b), 0) + w) if collapse else w
    scale = distance_scale(weighted.values())
    keys = sorted(weighted)
    g = ig.Graph(n=len(nodes), edges=keys, directed=directed)
    strengths = [weighted[k] for k in keys]
    g.es["weight"] = strengths
    g.es["dist"] = [scale / w for w in strengths]
    return IGraphView(g, nodes, index, directed, True, scale)
