"""What the room thinks: the votes on one actor (in the inspector) and the actors the room disagrees
on most, with the priority dots (a tab of the analysis panel).

The figures come from `netmap.participation.votes`; these widgets only put them into words, with
numbers in the user's locale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from netmap.domain import Actor
from netmap.participation.store import Vote
from netmap.participation.votes import RoomView, dot_totals, most_disagreed, room_views
from netmap.ui.canvas.room_tower import vote_number

__all__ = ["RoomTab", "RoomVotes"]


class RoomVotes(QLabel):
    """One actor's votes: the median influence with its range (a Net-Map tower with its spread)
    and how the attitudes divide. Hidden while the actor has no votes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomVotes")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMargin(6)
        self.setStyleSheet("background: #eef3f8; border-radius: 4px")
        self.votes: Callable[[], list[Vote]] = list
        self._actor: Actor | None = None
        self.hide()

    def show_actor(self, actor: Actor | None) -> None:
        self._actor = actor
        self.refresh()

    def refresh(self) -> None:
        view = room_views(self.votes()).get(self._actor.uid) if self._actor is not None else None
        self.setVisible(view is not None)
        if view is not None:
            self.setText(self.describe(view))

    def describe(self, view: RoomView) -> str:
        parts = [self.tr("Votes of the room: {0}.").format(view.votes)]
        if view.median is not None:
            parts.append(self.tr("influence {0}, from {1} to {2}").format(
                vote_number(view.median), vote_number(view.low or 0), vote_number(view.high or 0)))
        if view.supportive or view.neutral or view.critical:
            parts.append(self.tr("supportive {0} · neutral {1} · critical {2}").format(
                view.supportive, view.neutral, view.critical))
        return "\n".join(parts)


class RoomTab(QWidget):
    """The analysis panel's "The room" tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.votes: Callable[[], list[Vote]] = list
        self.actors: Callable[[], list[Actor]] = list
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.disagreed = QListWidget()
        self.disagreed.setObjectName("roomDisagrees")
        self.disagreed.setWordWrap(True)
        self.dots_heading = QLabel()
        self.dots = QListWidget()
        self.dots.setObjectName("dotTotals")
        self.dots.setWordWrap(True)
        self.explainer = RoomVotes()  # its words, reused for each row
        layout = QVBoxLayout(self)
        for widget, stretch in ((self.heading, 0), (self.disagreed, 2), (self.dots_heading, 0), (self.dots, 1)):
            layout.addWidget(widget, stretch)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Where the room disagrees most (the widest range of influence votes, the most "
                                     "divided attitudes): worth a discussion rather than one number."))
        self.refresh()

    def refresh(self) -> None:
        actors = self.actors()
        names = {a.uid: a.name for a in actors}
        self.disagreed.clear()
        for view in most_disagreed(room_views(self.votes())):
            if view.actor_uid in names:
                self.disagreed.addItem(f"{names[view.actor_uid]}\n{self.explainer.describe(view)}")
        if not self.disagreed.count():
            self.disagreed.addItem(self.tr("No actor has two or more differing votes yet."))
        totals = dot_totals(actors)
        self.dots_heading.setText(self.tr("Priority dots: {0} in all").format(totals.total))
        self.dots.clear()
        for name, count in totals.ranking:
            self.dots.addItem(f"{name}: {count}")
