"""The analysis panel: rankings, gaps, the what-if, the worker that computes them, the sentences."""
