"""What the project is about (town, topic, facilitator, workshop date, language of exports) and what
the results protocol reports of the workshop (how many took part, their dots, the open questions),
shown in a panel and edited in a dialog."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netmap.domain import ProjectInfo
from netmap.ui.i18n import LANGUAGE_NAMES, follow_language
from netmap.ui.session import MapSession

__all__ = ["ProjectInfoDialog", "ProjectInfoPanel"]


class ProjectInfoDialog(QDialog):
    """Edit the project info; `info()` is the edited version."""

    def __init__(self, info: ProjectInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectInfoDialog")
        self.name = QLineEdit(info.name)
        self.town = QLineEdit(info.town)
        self.topic = QLineEdit(info.topic)
        self.facilitator = QLineEdit(info.facilitator)
        self.has_date = QCheckBox()
        self.workshop_date = QDateEdit()
        self.workshop_date.setCalendarPopup(True)
        self.workshop_date.setDisplayFormat("yyyy-MM-dd")
        day = info.workshop_date or date.today()
        self.workshop_date.setDate(QDate(day.year, day.month, day.day))
        self.has_date.setChecked(info.workshop_date is not None)
        self.workshop_date.setEnabled(info.workshop_date is not None)
        self.has_date.toggled.connect(self.workshop_date.setEnabled)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(info.language)))
        self.participants = QSpinBox()
        self.participants.setRange(0, 10_000)
        self.participants.setValue(info.participants)
        self.dots_each = QSpinBox()
        self.dots_each.setRange(0, 99)
        self.dots_each.setValue(info.dots_each)
        self.open_questions = QPlainTextEdit(info.open_questions)
        self.open_questions.setTabChangesFocus(True)
        self.open_questions.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self._original = info

        form = QFormLayout()
        self.labels = [QLabel() for _ in range(9)]
        date_row = QWidget()
        date_layout = QVBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.has_date)
        date_layout.addWidget(self.workshop_date)
        for label, widget in zip(self.labels, (self.name, self.town, self.topic, self.facilitator, date_row,
                                               self.participants, self.dots_each, self.open_questions,
                                               self.language)):
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(460, self.sizeHint().height())
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Project info"))
        for label, text in zip(self.labels, (self.tr("Project name"), self.tr("Town"), self.tr("Topic"),
                                             self.tr("Facilitator"), self.tr("Workshop date"),
                                             self.tr("Participants (a number, no names)"),
                                             self.tr("Priority dots per participant"),
                                             self.tr("Open questions (one per line)"),
                                             self.tr("Language of posters and reports"))):
            label.setText(text)
        self.has_date.setText(self.tr("a workshop date is set"))

    def info(self) -> ProjectInfo:
        qdate = self.workshop_date.date()
        return self._original.with_changes(
            name=" ".join(self.name.text().split()), town=" ".join(self.town.text().split()),
            topic=" ".join(self.topic.text().split()), facilitator=" ".join(self.facilitator.text().split()),
            workshop_date=date(qdate.year(), qdate.month(), qdate.day()) if self.has_date.isChecked() else None,
            language=str(self.language.currentData()), participants=self.participants.value(),
            dots_each=self.dots_each.value(),
            open_questions="\n".join(line.strip() for line in self.open_questions.toPlainText().splitlines()
                                     if line.strip()),
        )


class ProjectInfoPanel(QWidget):
    """A summary of the open project; `editRequested` asks for the dialog."""

    editRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: MapSession | None = None
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit = QPushButton()
        self.edit.clicked.connect(self.editRequested)
        # The summary scrolls: with the workshop's facts and open questions it would otherwise be
        # taller than the panels stacked beside the map leave on a 720-pixel screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()
        follow_language(self, self.refresh)

    def attach(self, session: MapSession | None) -> None:
        self.session = session
        if session is not None:
            for signal in (session.infoChanged, session.reloaded, session.snapshotsChanged, session.clustersChanged):
                signal.connect(self.refresh)
            for signal in (session.actorsRemoved, session.tiesChanged, session.tiesRemoved):
                signal.connect(self.refresh)
            session.actorsChanged.connect(self._on_actors_changed)
        self.refresh()

    def _on_actors_changed(self, _ids: object) -> None:
        if self.session is not None and len(self.session.actors) != self._actor_count:
            self.refresh()

    def refresh(self, _ids: object = None) -> None:
        session = self.session
        self.edit.setText(self.tr("Edit project info…"))
        self._actor_count = len(session.actors) if session else 0
        if session is None:
            self.summary.setText(self.tr("No project is open."))
            self.edit.setEnabled(False)
            return
        info = session.info
        self.edit.setEnabled(not session.read_only)
        rows = [
            (self.tr("Project"), info.name),
            (self.tr("Town"), info.town),
            (self.tr("Topic"), info.topic),
            (self.tr("Facilitator"), info.facilitator),
            (self.tr("Workshop date"), QLocale().toString(
                QDate(info.workshop_date.year, info.workshop_date.month, info.workshop_date.day),
                QLocale.FormatType.LongFormat) if info.workshop_date else ""),
            (self.tr("Participants"), str(info.participants) if info.participants else ""),
            (self.tr("Language of posters and reports"), LANGUAGE_NAMES.get(info.language, info.language)),
            (self.tr("Actors"), str(len(session.actors))),
            (self.tr("Ties"), str(len(session.ties))),
            (self.tr("Clusters"), str(len(session.clusters))),
            (self.tr("Snapshots"), str(len(session.project.snapshots()))),
            (self.tr("File"), session.location + ("  " + self.tr("(read-only)") if session.read_only else "")),
        ]
        self.summary.setText("<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#616161; padding-right:8px'>{html.escape(k)}</td>"
            f"<td>{html.escape(v or '—')}</td></tr>"
            for k, v in rows) + "</table>")
