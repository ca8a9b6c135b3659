"""A decision on a participant's proposal as an edit: undo puts the proposal back into the queue
and takes its edit off the map (`netmap.participation.desk`)."""

from __future__ import annotations

from collections.abc import Callable

from netmap.edits.base import Edit, Label
from netmap.i18n import tr
from netmap.participation.desk import Decision, ModerationDesk
from netmap.project import Project

__all__ = ["DecideProposal"]


class DecideProposal(Edit):
    """Approving, merging or rejecting a proposal as one step. `decide` makes the decision on the
    desk (of the project the edit is applied to) and returns what it did."""

    def __init__(self, desk: ModerationDesk, decide: Callable[[], Decision], label: Label | None = None) -> None:
        super().__init__(label)
        self._desk = desk
        self._decide = decide
        self.decision: Decision | None = None

    def default_text(self) -> str:
        return tr("Commands", "Decide on a proposal")

    def apply(self, project: Project) -> None:
        assert project is self._desk.project, "a desk decides only on its own project"
        self.decision = self._decide()

    def revert(self, project: Project) -> None:
        assert project is self._desk.project, "a desk decides only on its own project"
        if self.decision is not None:
            self._desk.undo(self.decision)
            self.decision = None
