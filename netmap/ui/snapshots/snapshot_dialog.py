"""The dialog that takes a snapshot (label, date, note) or renames one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netmap.domain import SnapshotInfo
from netmap.ui.i18n import follow_language

__all__ = ["SnapshotDialog"]


class SnapshotDialog(QDialog):
    """Label, date and note of a snapshot: to take one (`taken`) or to rename one (the date stays)."""

    def __init__(self, existing: list[str], parent: QWidget | None = None, *, snapshot: SnapshotInfo | None = None,
                 suggestion: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("snapshotDialog")
        self.renaming = snapshot is not None
        self._taken = {label.casefold() for label in existing if snapshot is None or label != snapshot.label}
        self.label = QLineEdit(snapshot.label if snapshot is not None else suggestion)
        self.label.setObjectName("snapshotLabel")
        self.label.selectAll()
        self.day = QDateEdit()
        self.day.setObjectName("snapshotDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        when = snapshot.taken_on if snapshot is not None else date.today()
        self.day.setDate(QDate(when.year, when.month, when.day))
        self.day.setEnabled(not self.renaming)  # a snapshot keeps the day it was taken
        self.note = QPlainTextEdit(snapshot.note if snapshot is not None else "")
        self.note.setObjectName("snapshotNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(QFontMetrics(self.note.font()).height() * 4 + 12)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b71c1c")
        self.captions = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for caption, field in zip(self.captions, (self.label, self.day, self.note)):
            form.addRow(caption, field)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.label.textChanged.connect(self._check)
        self.retranslate()
        self.resize(480, self.sizeHint().height())
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rename snapshot") if self.renaming else self.tr("Take snapshot"))
        self.intro.setText(self.tr("The snapshot keeps the whole map as it is now (actors, ties, positions, "
                                   "clusters). Later changes of the map do not change it.")
                           if not self.renaming else "")
        self.intro.setVisible(not self.renaming)
        for caption, text in zip(self.captions, (self.tr("Label"), self.tr("Date"), self.tr("Note"))):
            caption.setText(text)
        self.label.setPlaceholderText(self.tr("e.g. Workshop 2026"))
        self.note.setPlaceholderText(self.tr("What was special about this point in time (optional)"))
        self._check()

    def _check(self) -> None:
        label = self.label.text().strip()
        problem = ""
        if not label:
            problem = self.tr("The snapshot needs a label.")
        elif label.casefold() in self._taken:
            problem = self.tr("A snapshot with this label exists already.")
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
        ok.setText(self.tr("Rename") if self.renaming else self.tr("Take snapshot"))

    def values(self) -> tuple[str, date, str]:
        """(label, date, note) as entered."""
        qdate = self.day.date()
        return (" ".join(self.label.text().split()), date(qdate.year(), qdate.month(), qdate.day()),
                self.note.toPlainText().strip())
