"""What every edit is: a plain object that makes one user edit on a `Project` and takes it back.

An edit knows nothing of windows or undo stacks: `apply(project)` makes it (raising the core's
NetMapError when the project refuses, having changed nothing), `revert(project)` takes it back,
`apply` again redoes it, `text()` names it in the language installed when it is read (so the undo
menu follows a language switch), and `merge(later)` folds a later edit into this one when the two
are one step for the user (a spin box stepped three times, an actor dragged twice). The UI puts
edits on its undo stack (`netmap.ui.undo`); tests and scripts call them directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from netmap.errors import NetMapError
from netmap.project import Project

__all__ = ["Composite", "Edit", "Label", "quoted"]


class Label(Protocol):
    """An undo step's name given by the caller: a plain string, or an object that translates itself
    each time it is turned into a string (the UI's `Wording`), so a language switch renames it."""

    def __str__(self) -> str: ...


class Edit:
    """One user edit. Subclasses implement `apply`, `revert` and `default_text`; `label` (when given)
    names the step instead of the default."""

    def __init__(self, label: Label | None = None) -> None:
        self.label = label

    def apply(self, project: Project) -> None:
        """Make the edit (the first time) or make it again (a redo). Raises when refused."""
        raise NotImplementedError

    def revert(self, project: Project) -> None:
        """Take back what the last `apply` did. Raises when refused (nothing is changed then)."""
        raise NotImplementedError

    def default_text(self) -> str:
        """The step's name when no label was given, in the language installed now."""
        raise NotImplementedError

    def text(self) -> str:
        """The name of the step, in the language installed now."""
        name = str(self.label) if self.label is not None else ""
        return name or self.default_text()

    def merge(self, later: Edit) -> bool:
        """Fold `later` (made right after this edit) into this one and return True, or leave both
        as they are and return False. By default edits stay apart."""
        return False


class Composite(Edit):
    """Several edits as one step; when one is refused, those already made are taken back."""

    def __init__(self, parts: Sequence[Edit], label: Label | None = None) -> None:
        super().__init__(label)
        self.parts = list(parts)

    def apply(self, project: Project) -> None:
        done: list[Edit] = []
        try:
            for part in self.parts:
                part.apply(project)
                done.append(part)
        except NetMapError:
            for part in reversed(done):
                part.revert(project)
            raise

    def revert(self, project: Project) -> None:
        for part in reversed(self.parts):
            part.revert(project)

    def default_text(self) -> str:
        return "; ".join(part.text() for part in self.parts)


def quoted(name: str, limit: int = 40) -> str:
    """A name in typographic quotes, shortened with an ellipsis (an undo step's name stays short)."""
    return "“" + (name if len(name) <= limit else name[: limit - 1] + "…") + "”"
