"""The one exception hierarchy of the analysis, so callers can catch all of it in one place."""

from __future__ import annotations

__all__ = ["AnalysisError", "InvalidWeightError", "UnknownActorError"]


class AnalysisError(Exception):
    """Base of every error the analysis raises on purpose."""


class UnknownActorError(AnalysisError, KeyError):
    """An actor asked about is not in the graph (e.g. a what-if on a deleted actor)."""


class InvalidWeightError(AnalysisError, ValueError):
    """A tie weight that cannot be read as a strength (zero, negative, not a number)."""
