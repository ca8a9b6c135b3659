"""NetMap: participatory stakeholder network analysis for towns and counties."""

__version__ = "0.1.0"
