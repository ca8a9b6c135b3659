"""Workshop > Guided workshop: a side panel that leads the group through the handbook's seven steps.

Readable from the back of the room (large type), never modal: the steps can be clicked in any
order, skipped and revisited while the map stays fully usable. What a step counts as done and the
"who is still missing?" list come from the core (`netmap.workshop.guide_status`); this panel shows
them, makes the step's tool ready (quick entry, tie tool, rings around the key actor, …) and
remembers the step reached in the project.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netmap.analysis.report import analyze
from netmap.domain import Source, SourceKind
from netmap.edits import SetInfo, UpdateActors
from netmap.errors import NetMapError
from netmap.protocol import ResultsProtocol, build_protocol
from netmap.ui.window.actions import WindowActions
from netmap.ui.background import BackgroundJob, error_text
from netmap.ui.canvas import MapScene
from netmap.ui.snapshots.compare_view import CompareWindow
from netmap.ui.context import AppContext
from netmap.ui.workshop.guide_look_back import LookBackPage, sized
from netmap.ui.i18n import Wording, follow_language
from netmap.ui.session import MapSession
from netmap.workshop import (
    STEPS,
    GuideStatus,
    StepKey,
    guide_status,
    last_time,
    set_step,
    since_last_time,
    step_instruction,
    step_title,
)

__all__ = ["GuideTools", "WorkshopGuide", "install_workshop_guide"]


@dataclass(frozen=True)
class GuideTools:
    """What the guide uses of the window: the actions its buttons trigger and the map it reads."""

    actions: WindowActions
    report: QAction
    """File ▸ Results protocol…"""
    scene: MapScene
    tie_entry: QWidget
    """The typed-tie field: step 3 opens it unless it is open already."""
    compare: Callable[[str], CompareWindow | None]
    """Opens the comparison with a snapshot (step 4's look back ends there)."""


class WorkshopGuide(QWidget):
    """The seven steps, the current one's instruction and progress, and its tools."""

    stepChanged = Signal(int)

    def __init__(self, context: AppContext, tools: GuideTools) -> None:
        super().__init__()
        self.setObjectName("workshopGuide")
        self.context = context
        self.tools = tools
        self.session: MapSession | None = None
        self.current = 1
        self.status: GuideStatus | None = None
        self.frame: tuple[QDockWidget, QAction] | None = None  # where the guide sits (install_workshop_guide)
        self._refresh_timer = QTimer(self, singleShot=True, interval=60)
        self._refresh_timer.timeout.connect(self.refresh)

        self.heading = QLabel()
        sized(self.heading, 22, bold=True)
        self.heading.setWordWrap(True)
        self.instruction = QLabel()
        sized(self.instruction, 18)
        self.instruction.setWordWrap(True)
        self.progress = QLabel()
        sized(self.progress, 15)
        self.progress.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setObjectName("guideSteps")
        sized(self.steps, 16)
        for _ in STEPS:
            self.steps.addItem(QListWidgetItem())
        self.steps.setFixedHeight(self.steps.sizeHintForRow(0) * len(STEPS) + 8)
        self.steps.currentRowChanged.connect(lambda row: self.go_to(row + 1) if row >= 0 else None)
        self.pages = QStackedWidget()
        self.page_for: dict[StepKey, QWidget] = {}
        self._build_pages()
        self.back = QPushButton()
        self.next = QPushButton()
        for button in (self.back, self.next):
            sized(button, 16)
        self.back.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next.clicked.connect(lambda: self.go_to(self.current + 1))
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.instruction)
        layout.addWidget(self.progress)
        scroll = QScrollArea()  # a small screen still reaches everything a step offers
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.pages)
        layout.addWidget(scroll, 1)
        layout.addLayout(nav)
        layout.addWidget(self.steps)
        self._retranslate()
        follow_language(self, self._retranslate)

    # -- the step pages --------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.make_key = QPushButton()
        self.make_key.clicked.connect(self.make_selected_key_actor)
        self.since_last = QLabel()  # a repeated workshop starts from what changed since the last one
        self.since_last.setObjectName("sinceLastTime")
        self.since_last.setWordWrap(True)
        sized(self.since_last, 15)
        self.missing_title = QLabel()
        sized(self.missing_title, 17, bold=True)
        self.missing = QListWidget()
        self.missing.setObjectName("whoIsMissing")
        sized(self.missing, 15)
        self.look_back = LookBackPage(self.context, self.tools.compare)
        self.look_back.changed.connect(self.refresh)
        self.group = QPushButton()
        self.group.clicked.connect(lambda: self.tools.actions.group.trigger())
        self.dots_each = QSpinBox()
        self.dots_each.setRange(0, 99)
        sized(self.dots_each, 18)
        self.dots_each.editingFinished.connect(self._store_dots_each)
        self.dots_label = QLabel()
        self.dot_totals = QLabel()
        self.dot_totals.setWordWrap(True)
        sized(self.dot_totals, 15)
        self.next_date = QDateEdit()
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        sized(self.next_date, 16)
        self.next_date_label = QLabel()
        self.next_date_store = QPushButton()
        self.next_date_store.clicked.connect(self._store_next_date)
        self.findings = QLabel()  # step 7: the findings in plain words
        self.findings.setObjectName("guideFindings")
        self.findings.setWordWrap(True)
        sized(self.findings, 15)
        self._findings_job = BackgroundJob(self)
        self._findings_job.finished.connect(self._show_findings)
        self._findings_job.failed.connect(lambda error: self.findings.setText(error_text(error)))
        self._findings_again = False
        self.protocol = QPushButton()
        self.protocol.clicked.connect(lambda: self.tools.report.trigger())
        self.poster = QPushButton()
        self.poster.clicked.connect(lambda: self.tools.actions.export.trigger())
        self.snapshot = QPushButton()
        self.snapshot.clicked.connect(lambda: self.tools.actions.take_snapshot.trigger())
        contents: dict[StepKey, list[QWidget]] = {
            StepKey.KEY_ACTOR: [self.make_key, self.since_last],
            StepKey.COLLECT: [self.missing_title, self.missing],
            StepKey.TIES: [],
            StepKey.LOOK_BACK: [self.look_back],
            StepKey.CLUSTERS: [self.group],
            StepKey.PRIORITIES: [self.dots_label, self.dots_each, self.dot_totals],
            StepKey.RESULT: [self.findings, self.protocol, self.poster, self.snapshot, self.next_date_label,
                             self.next_date, self.next_date_store],
        }
        for key in STEPS:
            page = QWidget()
            box = QVBoxLayout(page)
            box.setContentsMargins(0, 4, 0, 4)
            for widget in contents[key]:
                if isinstance(widget, QPushButton):
                    sized(widget, 15)
                box.addWidget(widget, 1 if widget is self.missing else 0)
            box.addStretch(0 if key == StepKey.COLLECT else 1)
            self.pages.addWidget(page)
            self.page_for[key] = page

    # -- the project ---------------------------------------------------------------------------

    def attach(self, session: MapSession | None) -> None:
        self.session = session
        self.look_back.attach(session)
        if session is not None:
            for signal in (session.actorsChanged, session.actorsRemoved, session.tiesChanged, session.tiesRemoved):
                signal.connect(self._refresh_soon)
            for signal in (session.clustersChanged, session.infoChanged, session.snapshotsChanged,
                           session.reloaded, session.cataloguesChanged):
                signal.connect(self._refresh_soon)
            info = session.info
            self.current = min(max(info.workshop_step, 1), len(STEPS))
            base = info.workshop_date or date.today()
            upcoming = info.next_workshop or date(base.year + 1, base.month, 1)  # the handbook: repeat yearly
            self.next_date.setDate(QDate(upcoming.year, upcoming.month, upcoming.day))
        self.refresh()

    def _refresh_soon(self, *_args: object) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Show the current step and what is done; the checklist is the analysis' missing groups."""
        session = self.session
        self.setEnabled(session is not None)
        if session is None:
            self.status = None
            return
        self.status = guide_status(session.state(), session.project.snapshots())
        for row, step in enumerate(self.status.steps):
            mark = "✓" if step.done else "○"
            self.steps.item(row).setText(f"{mark}  {step.number}  {step_title(step.key)}")
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(self.current - 1)
        self.steps.blockSignals(False)
        step = self.status.steps[self.current - 1]
        self.heading.setText(self.tr("Step {0} of {1}: {2}").format(step.number, len(STEPS), step_title(step.key)))
        self.instruction.setText(step_instruction(step.key))
        self.progress.setText(("✓ " if step.done else "") + step.progress)
        self.pages.setCurrentWidget(self.page_for[step.key])
        self.missing.clear()
        for group in sorted(self.status.groups, key=lambda g: g.present):  # the missing ones first
            item = QListWidgetItem(("✓  " if group.present else "✗  ") + group.label)
            item.setData(Qt.ItemDataRole.UserRole, group.key)
            item.setForeground(Qt.GlobalColor.darkGreen if group.present else Qt.GlobalColor.darkRed)
            self.missing.addItem(item)
        self.dots_each.setValue(session.info.dots_each)
        self.dot_totals.setText("\n".join(f"{name}: {dots}" for name, dots in self.status.dots[:8]))
        if self.current == 1:
            self.since_last.setText(self._since_last_time())
        if self.current == len(STEPS):
            self._analyse_for_findings()
        self.back.setEnabled(self.current > 1)
        self.next.setEnabled(self.current < len(STEPS))

    def missing_shown(self) -> list[str]:
        """The keys the checklist shows as missing (tests compare them with the analysis)."""
        return [self.missing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.missing.count())
                if self.missing.item(i).text().startswith("✗")]

    # -- moving between steps ----------------------------------------------------------------------

    def go_to(self, number: int) -> None:
        """Open step `number` (1-7): its tool is made ready and the project remembers it."""
        if self.session is None or not 1 <= number <= len(STEPS):
            return
        self.current = number
        key = STEPS[number - 1]
        # What the group names from now on is recorded as named in this workshop, at this step.
        workshop = self.session.info.workshop_date or date.today()
        self.session.project.source_context = Source(SourceKind.WORKSHOP, workshop, str(number))
        if not self.session.read_only:
            try:
                set_step(self.session.project, number)
            except NetMapError as exc:
                self.context.show_message(str(exc), "error")
        self._activate(key)
        self.refresh()
        self.stepChanged.emit(number)

    def _activate(self, key: StepKey) -> None:
        actions = self.tools.actions
        actions.tie_tool.setChecked(key == StepKey.TIES)
        # The rings are laid out when the key actor is chosen (make_selected_key_actor), never just
        # because the step was opened: a map the group arranged stays as it is.
        has_key = self.session is not None and any(a.is_key for a in self.session.actors.values())
        if key == StepKey.COLLECT or (key == StepKey.KEY_ACTOR and not has_key):
            actions.quick_entry.trigger()
        elif key == StepKey.TIES and not self.tools.tie_entry.isVisible():
            actions.tie_entry.trigger()  # typed ties (letters, comma, letters, Enter; a digit picks the kind)

    def pause(self) -> None:
        """The guide is put away: what is entered now is no longer a workshop step's."""
        if self.session is not None:
            self.session.project.source_context = None

    def make_selected_key_actor(self) -> bool:
        """Step 1: the selected actor becomes the key actor (the only one), the rings centre on it."""
        session = self.session
        selected = self.tools.scene.selected_actor_ids()
        if session is None or len(selected) != 1:
            self.context.show_message(self.tr("Select one actor on the map first."), "error")
            return False
        chosen = selected[0]
        changed = [a.with_changes(is_key=a.id == chosen) for a in session.actors.values()
                   if a.is_key != (a.id == chosen)]
        text = Wording("WorkshopGuide", str(QT_TRANSLATE_NOOP("WorkshopGuide", "Make the key actor")))
        if changed and not session.execute(UpdateActors(changed, text)):
            return False
        self.tools.actions.layout_rings.trigger()
        return True

    def _analyse_for_findings(self) -> None:
        """Step 7's sentences: the map analysed on a worker (as exports are), then the protocol's
        first sentence of each main finding; a newer request waits for the running one."""
        session = self.session
        if session is None:
            return
        if self._findings_job.running:
            self._findings_again = True
            return
        state, language = session.state(), self.context.language
        self._findings_job.start(lambda: build_protocol(state, analyze(state), language=language))

    def _show_findings(self, protocol: ResultsProtocol) -> None:
        if self._findings_again:
            self._findings_again = False
            self._analyse_for_findings()
            return
        lines = []
        for key in ("central", "brokers", "missing", "breaks", "priorities"):
            section = protocol.section(key)
            if section is not None and section.sentences:
                lines.append("• " + section.sentences[0])
        self.findings.setText("\n".join(lines))

    def _since_last_time(self) -> str:
        session = self.session
        assert session is not None
        last = last_time(session.project.snapshots(), session.info.workshop_date or date.today())
        if last is None:
            return ""
        try:
            return since_last_time(session.state(), session.project.snapshot_state(last.label), last.label)
        except NetMapError:
            return ""

    def _store_next_date(self) -> None:
        session = self.session
        if session is None or session.read_only:
            return
        day = self.next_date.date()
        info = session.info.with_changes(next_workshop=date(day.year(), day.month(), day.day()))
        if info != session.info:
            session.execute(SetInfo(info, Wording(
                "WorkshopGuide", str(QT_TRANSLATE_NOOP("WorkshopGuide", "Set the next workshop date")))))

    def _store_dots_each(self) -> None:
        session = self.session
        if session is None or session.read_only or self.dots_each.value() == session.info.dots_each:
            return
        session.execute(SetInfo(session.info.with_changes(dots_each=self.dots_each.value())))

    # -- words ---------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.back.setText(self.tr("◀ Back"))
        self.next.setText(self.tr("Next ▶"))
        self.make_key.setText(self.tr("Make the selected actor the key actor"))
        self.missing_title.setText(self.tr("Who is still missing?"))
        self.group.setText(self.tr("Group the selected actors as a cluster"))
        self.dots_label.setText(self.tr("Dots per participant:"))
        self.protocol.setText(self.tr("Results protocol…"))
        self.poster.setText(self.tr("Poster and other exports…"))
        self.snapshot.setText(self.tr("Take a snapshot of today's map…"))
        self.next_date_label.setText(self.tr("Next workshop, to repeat the map:"))
        self.next_date_store.setText(self.tr("Save the next date"))
        if self.frame is not None:
            dock, action = self.frame
            dock.setWindowTitle(self.tr("Guided workshop"))
            action.setText(self.tr("&Guided workshop"))
        self.refresh()


def install_workshop_guide(window: QMainWindow, menu: QMenu, context: AppContext,
                           tools: GuideTools) -> QDockWidget:
    """The guide's dock (hidden until asked for) and the entry in `menu` (Workshop) that shows it;
    the guide follows the context's project."""
    guide = WorkshopGuide(context, tools)
    context.sessionChanged.connect(guide.attach)
    dock = QDockWidget(window)
    dock.setObjectName("workshopGuideDock")
    dock.setWidget(guide)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    dock.hide()
    action: QAction = dock.toggleViewAction()
    action.setObjectName("actionGuidedWorkshop")
    menu.addAction(action)
    guide.frame = (dock, action)
    guide._retranslate()
    dock.visibilityChanged.connect(lambda visible: guide.go_to(guide.current) if visible else guide.pause())
    return dock
