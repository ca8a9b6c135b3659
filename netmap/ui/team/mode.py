"""Team mode in the user interface: following other users' edits, and telling about a conflict.

`TeamWatcher` asks the open Project every two seconds whether someone else changed it. On a server
the question runs on a worker thread (`BackgroundJob`), so a slow network never freezes the window; the answer is
acted on in the GUI thread: `Project.poll()` announces Change("map", "replaced"), which the session
turns into a reload of every view, and `changedElsewhere` lets the window say so in its status bar.
A server that stops answering is reported once (`unavailable`) and asked again less often.

`show_conflict()` explains a ConflictError: who changed what, what they changed it to, and offers
to apply the user's own version after all (`ConflictError.rebased()` is that version).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from netmap.errors import BlockedError, ConflictError, NetMapError, field_word
from netmap.i18n import tr as translate
from netmap.project import Project
from netmap.ui.background import BackgroundJob, error_text

__all__ = ["TeamWatcher", "blocked_box", "conflict_box", "show_blocked", "show_conflict"]

INTERVAL_MS = 2000
BACK_OFF_MS = 30_000


class TeamWatcher(QObject):
    """Polls a Project for other users' changes and applies them (see the module's docstring)."""

    changedElsewhere = Signal()  # the map was read again after someone else's edit
    unavailable = Signal(str)  # the server does not answer (once, until it does again)
    available = Signal()  # it answers again

    def __init__(self, project: Project, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.project = project
        self._interval = interval_ms
        self._busy = False
        self._down = False
        self._threaded = project.shared  # a local file answers at once; SQLite connections stay in one thread
        self._job = BackgroundJob(self)
        self._job.finished.connect(self._on_answer)
        self._job.failed.connect(lambda error: self._on_failure(error_text(error)))
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._job.wait(15_000)

    @Slot()
    def check(self) -> None:
        """Look once (the timer calls this; tests and a "refresh" action may too)."""
        if self._busy:
            return
        self._busy = True
        if self._threaded:
            self._job.start(self.project.has_external_changes)
            return
        try:
            changed = self.project.has_external_changes()
        except NetMapError as exc:
            self._on_failure(str(exc))
            return
        self._on_answer(changed)

    @Slot(bool)
    def _on_answer(self, changed: bool) -> None:
        self._busy = False
        if self._down:
            self._down = False
            self._timer.setInterval(self._interval)
            self.available.emit()
        if not changed:
            return
        try:
            if self.project.poll():
                self.changedElsewhere.emit()
        except NetMapError as exc:
            self._on_failure(str(exc))

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self._busy = False
        if not self._down:
            self._down = True
            self._timer.setInterval(BACK_OFF_MS)
            self.unavailable.emit(message)


def _value(value: object) -> str:
    if value is None or value == "":
        return translate("Team", "(empty)")
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value) or translate("Team", "(empty)")
    text = str(getattr(value, "label_de", value))
    return text if len(text) <= 60 else text[:59] + "…"


def conflict_box(parent: QWidget | None, error: ConflictError) -> QMessageBox:
    """The message box for a conflict, not yet shown (tests look at it)."""
    who = error.by or translate("Team", "another user")
    when = translate("Team", " at {0}").format(error.at) if error.at else ""
    if error.theirs is None and error.what != "map":
        text = translate("Team", "“{0}” was removed by {1}{2} while you were editing it. Your change was not "
                                 "saved.").format(error.name, who, when)
    else:
        text = translate("Team", "“{0}” was changed by {1}{2} while you were editing it. Your change was not "
                                 "saved.").format(error.name, who, when)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Team", "Changed by someone else"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    lines = []
    seen: set[str] = set()
    # A stale copy of an unknown version: the lines are differences, not known to be anyone's changes.
    base_unknown = error.base_unknown()
    several = len(set(error.authors.values())) > 1 and not base_unknown  # then each line says whose change
    for field, theirs, mine in error.changes:
        label = field_word(field)
        if label in seen:
            continue
        seen.add(label)
        author = error.authors.get(field, "")
        if mine is None:
            line = translate("Team", "• {0}: now {1}").format(label, _value(theirs))
        else:
            line = translate("Team", "• {0}: now {1} (yours: {2})").format(label, _value(theirs), _value(mine))
        if several and author:
            line += translate("Team", " – changed by {0}").format(author)
        lines.append(line)
    if lines:
        if base_unknown:
            heading = translate("Team", "Your copy was out of date, so NetMap cannot tell who changed what. "
                                        "What is stored now differs from your copy in:")
        else:
            heading = translate("Team", "What {0} changed:").format(who)
        box.setInformativeText(heading + "\n" + "\n".join(lines))
    keep = box.addButton(translate("Team", "Keep their version"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    if error.rebased() is not None:
        box.addButton(translate("Team", "Apply my version"), QMessageBox.ButtonRole.AcceptRole)
    return box


def show_conflict(parent: QWidget | None, error: ConflictError) -> bool:
    """Show the conflict; True when the user wants their own version applied (store
    `error.rebased()` through the usual undoable command)."""
    box = conflict_box(parent, error)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


def blocked_box(parent: QWidget | None, error: BlockedError) -> QMessageBox:
    """The message box for an edit that waited in vain for another session, not yet shown."""
    if error.holders:
        text = translate("Team", "Your change could not be stored: {0} has started a change that does not "
                                 "finish (perhaps their computer went to sleep).").format(", ".join(error.holders))
    else:
        text = translate("Team", "Your change could not be stored: another user has started a change that "
                                 "does not finish (perhaps their computer went to sleep).")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Team", "Waiting for someone else"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate("Team", "Nothing was changed. The server lets go of a stalled change after "
                                             "a short while; then try again."))
    retry = box.addButton(translate("Team", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("Team", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(cancel)
    return box


def show_blocked(parent: QWidget | None, error: BlockedError) -> bool:
    """Say who blocks the edit; True when the user wants to try again."""
    box = blocked_box(parent, error)
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
