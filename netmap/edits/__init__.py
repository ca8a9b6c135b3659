"""User edits as plain objects (no Qt): each makes one change to a `Project`, takes it back, names
itself and may merge with the edit after it. The UI puts them on its undo stack (`netmap.ui.undo`)."""

from __future__ import annotations

from netmap.edits.base import Composite, Edit, Label, quoted
from netmap.edits.imports import ImportHistory, ImportMap
from netmap.edits.map import (
    AddActors,
    AddCluster,
    AddTies,
    MoveActors,
    RemoveCluster,
    RemoveItems,
    SetCatalogue,
    SetInfo,
    UpdateActors,
    UpdateCluster,
    UpdateTie,
    edit_for_version,
)
from netmap.edits.proposals import DecideProposal

__all__ = [
    "AddActors", "AddCluster", "AddTies", "Composite", "DecideProposal", "Edit", "ImportHistory", "ImportMap",
    "Label", "MoveActors", "RemoveCluster", "RemoveItems", "SetCatalogue", "SetInfo", "UpdateActors",
    "UpdateCluster", "UpdateTie", "edit_for_version", "quoted",
]
