"""One editor of the concurrency test (test_team_concurrency.py), run as a process of its own.

Edits a team project through the same session and undo stack as the window (MapSession), at
random: attribute edits, moves, undo, redo, following the others' changes, and after a conflict
sometimes "apply my version". It writes what it meant to change at every acknowledged step
(row, attribute, the value it expected to replace, the new value) and every conflict it was told
(who was named for which attribute, at which stored version), for the test to check against the
server's own audit of row writes.

Usage: python team_worker.py LOCATION SECONDS SEED OUT.json
"""

from __future__ import annotations

import json
import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed: the session, not the window

from PySide6.QtGui import QGuiApplication

from netmap.errors import ConflictError, NetMapError
from netmap.project import Project
from netmap.edits import Edit, MoveActors, UpdateActors, edit_for_version
from netmap.ui.session import MapSession

Transition = tuple[int, str, object, object]  # row id, attribute, expected old value, new value


class Worker:
    def __init__(self, location: str, seed: int) -> None:
        self.rng = random.Random(seed)
        self.project = Project.open(location)
        self.session = MapSession(self.project)
        self.steps: list[dict[str, object]] = []
        self.conflicts: list[dict[str, object]] = []
        self.counter = 0
        self._refused: list[NetMapError] = []
        self._conflicted: list[ConflictError] = []
        self.session.undoRefused.connect(self._refused.append)
        self.session.conflicted.connect(self._conflicted.append)

    def note_conflict(self, error: ConflictError, during: str) -> None:
        theirs = error.theirs
        self.conflicts.append({"during": during, "what": error.what, "by": error.by, "authors": error.authors,
                               "row": getattr(theirs, "id", None), "version": getattr(theirs, "version", None),
                               "text": str(error)})

    def edit(self) -> None:
        if not self.session.actors:
            return
        actor = self.rng.choice(sorted(self.session.actors.values(), key=lambda a: a.id or 0))
        assert actor.id is not None
        self.counter += 1
        attribute = self.rng.choice(["name", "influence", "notes", "position"])
        if attribute == "position":
            x, y = float(self.rng.randint(0, 999)), float(self.rng.randint(0, 999))
            command: Edit = MoveActors({actor.id: (x, y)})
            transitions: list[Transition] = [(actor.id, "x", actor.x, x), (actor.id, "y", actor.y, y)]
        else:
            new: object = {"name": f"{actor.id}:{self.project.editor}:{self.counter}",
                           "influence": (actor.influence + self.rng.randint(1, 10)) % 11,
                           "notes": f"n{self.counter}"}[attribute]
            command = UpdateActors([actor.with_changes(**{attribute: new})])
            transitions = [(actor.id, attribute, getattr(actor, attribute), new)]
        self.run(command, transitions, "edit")

    def run(self, command: Edit, transitions: list[Transition], kind: str) -> None:
        seen = len(self._conflicted)
        if self.session.execute(command):
            command.audit = transitions  # type: ignore[attr-defined]
            self.steps.append({"kind": kind, "transitions": transitions})
            return
        for error in self._conflicted[seen:]:
            self.note_conflict(error, kind)
            mine = error.rebased()
            if kind == "edit" and mine is not None and self.rng.random() < 0.5:  # "Apply my version"
                again = edit_for_version(mine)
                assert again is not None and error.theirs is not None
                row = mine.id
                self.run(again, [(row, f, getattr(error.theirs, f), getattr(mine, f)) for f in error.yours],
                         "apply mine")

    def step_stack(self, undo: bool) -> None:
        stack = self.session.undo_stack
        step = stack.command(stack.index() - 1 if undo else stack.index())
        transitions = getattr(getattr(step, "edit", None), "audit", None)
        refused = len(self._refused)
        stack.undo() if undo else stack.redo()
        QGuiApplication.processEvents()
        if len(self._refused) > refused:
            for error in self._refused[refused:]:
                if isinstance(error, ConflictError):
                    self.note_conflict(error, "undo" if undo else "redo")
            return
        if transitions is None:
            return
        if undo:
            transitions = [(row, f, new, old) for row, f, old, new in transitions]
        self.steps.append({"kind": "undo" if undo else "redo", "transitions": transitions})

    def _poll(self) -> None:
        """Follow the others' edits, as the window's TeamWatcher does; a server busy for a moment is
        asked again at the next tick."""
        try:
            self.session.project.poll()
        except NetMapError:
            pass

    def work(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            roll = self.rng.random()
            stack = self.session.undo_stack
            if roll < 0.15:
                self._poll()
            elif roll < 0.35 and stack.canUndo():
                self.step_stack(undo=True)
            elif roll < 0.45 and stack.canRedo():
                self.step_stack(undo=False)
            else:
                self.edit()
            QGuiApplication.processEvents()


def main() -> None:
    location, seconds, seed, out = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    app = QGuiApplication([])
    worker = Worker(location, seed)
    worker.work(seconds)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"editor": worker.project.editor, "steps": worker.steps, "conflicts": worker.conflicts}, f)
    worker.session.close()
    del app


if __name__ == "__main__":
    main()
