"""The moderation queue: what the room proposed, waiting for the facilitator's decision.

Each decision (approve, edit then approve, merge with an actor already on the map, reject) is one
undoable edit (`netmap.edits.DecideProposal`); the rules and the bookkeeping are
the core's (`netmap.participation.desk`). Phones may send many proposals at once, so the list is
read again at most a few times a second, not once per proposal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netmap.domain import CatalogueEntry, CatalogueKind
from netmap.i18n import QT_TRANSLATE_NOOP
from netmap.participation.desk import describe
from netmap.participation.proposals import ActorProposal, Content, Proposal, ProposalStatus, TieProposal
from netmap.ui.i18n import Wording
from netmap.ui.workshop.controller import WorkshopController

__all__ = ["ProposalEditor", "ProposalsPanel"]

_REFRESH_MS = 250
"""Coalesce the queue's refreshes while phones send: at most four list rebuilds a second."""


class ProposalEditor(QDialog):
    """Edit a proposed actor (name, category, district) or tie (kind) before approving it."""

    def __init__(self, proposal: Proposal, catalogues: dict[CatalogueKind, list[CatalogueEntry]], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the proposal, then approve"))
        self.proposal = proposal
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.boxes: dict[str, QComboBox] = {}
        content = proposal.content

        def combo(kind: CatalogueKind, current: str) -> QComboBox:
            box = QComboBox()
            box.addItem(self.tr("(none)"), "")
            for entry in catalogues.get(kind, []):
                box.addItem(entry.label(language), entry.key)
            box.setCurrentIndex(max(0, box.findData(current)))
            return box

        if isinstance(content, ActorProposal):
            self.name.setText(content.name)
            form.addRow(self.tr("Name:"), self.name)
            self.boxes["category"] = combo(CatalogueKind.CATEGORY, content.category)
            self.boxes["district"] = combo(CatalogueKind.DISTRICT, content.district)
            form.addRow(self.tr("Category:"), self.boxes["category"])
            form.addRow(self.tr("District:"), self.boxes["district"])
        elif isinstance(content, TieProposal):
            self.boxes["kind"] = combo(CatalogueKind.TIE_KIND, content.kind)
            form.addRow(self.tr("Kind of tie:"), self.boxes["kind"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def content(self) -> Content:
        content = self.proposal.content
        if isinstance(content, ActorProposal):
            return ActorProposal(" ".join(self.name.text().split()), self.boxes["category"].currentData(),
                                 self.boxes["district"].currentData())
        if isinstance(content, TieProposal):
            return TieProposal(content.source, content.target, self.boxes["kind"].currentData())
        return content



# The undo step's name is translated each time it is shown (after a language switch too).
_UNDO_TEXTS = (QT_TRANSLATE_NOOP("ProposalsPanel", "Approve proposal: {0}"),
               QT_TRANSLATE_NOOP("ProposalsPanel", "Merge proposal with “{0}”"),
               QT_TRANSLATE_NOOP("ProposalsPanel", "Reject proposal: {0}"))


def _words(source: str, label: str) -> Wording:
    assert source in _UNDO_TEXTS
    return Wording("ProposalsPanel", source, (label,))


class ProposalsPanel(QWidget):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.language = "de"
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.auto = QCheckBox()
        self.auto.setObjectName("approveAutomatically")
        self.auto.toggled.connect(self._set_auto)
        self.queue = QListWidget()
        self.queue.setObjectName("proposalQueue")
        self.queue.setWordWrap(True)
        self.queue.currentItemChanged.connect(lambda *_: self._selected())
        self.merge_label = QLabel()
        self.merge_with = QComboBox()
        self.merge_with.setObjectName("mergeWith")
        self.approve_button = QPushButton()
        self.edit_button = QPushButton()
        self.merge_button = QPushButton()
        self.reject_button = QPushButton()
        self.approve_button.clicked.connect(self.approve)
        self.edit_button.clicked.connect(self.edit_then_approve)
        self.merge_button.clicked.connect(self.merge)
        self.reject_button.clicked.connect(self.reject)
        # Narrow enough to share the column beside the map on a 1280-pixel screen: the merge choice
        # sits under its label, and long actor names do not widen the list.
        self.merge_with.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.merge_with.setMinimumContentsLength(12)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_with, 1)
        merge_row.addWidget(self.merge_button)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.edit_button, self.reject_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.auto)
        layout.addWidget(self.queue, 1)
        layout.addWidget(self.merge_label)
        layout.addLayout(merge_row)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._pending: dict[int, Proposal] = {}
        controller.deskChanged.connect(self._desk_changed)
        controller.serverChanged.connect(self.refresh)
        self.retranslate()
        self._desk_changed()

    def retranslate(self) -> None:
        # A short label keeps the panel narrow beside the map; the tooltip says when to use it.
        self.auto.setText(self.tr("Approve at once"))
        self.auto.setToolTip(self.tr("Put proposals on the map at once (for small trusted groups)"))
        self.merge_label.setText(self.tr("Same as:"))
        self.approve_button.setText(self.tr("Approve"))
        self.edit_button.setText(self.tr("Edit, then approve…"))
        self.merge_button.setText(self.tr("Merge"))
        self.reject_button.setText(self.tr("Reject"))
        self.merge_with.setToolTip(self.tr("Actors already on the map with the same or a similar name"))
        self.refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    # -- following the desk ----------------------------------------------------------------

    def _desk_changed(self) -> None:
        desk = self.controller.desk
        if desk is not None:
            desk.subscribe(self._desk_said)
            self.auto.setChecked(desk.auto)
        self.setEnabled(desk is not None)
        self.refresh()

    def _desk_said(self, proposal: Proposal | None) -> None:
        """A new proposal joins the list at once, without reading the project (the web server's
        thread may be writing to it); anything else reads the queue again, a moment later."""
        session = self.controller.session
        if self._timer.isActive():
            return  # a refresh is due anyway, and will show it
        if proposal is None or session is None:
            self._timer.start()
            return
        self._pending[proposal.id] = proposal
        item = QListWidgetItem(f"{proposal.id}. {describe(proposal, session.state(), self.language)}")
        item.setData(Qt.ItemDataRole.UserRole, proposal.id)
        self.queue.addItem(item)
        if self.queue.currentItem() is None:
            self.queue.setCurrentItem(item)
        self._summarise()

    def _set_auto(self, on: bool) -> None:
        if self.controller.desk is not None:
            self.controller.desk.auto = on

    def pending(self) -> list[Proposal]:
        """The proposals waiting, as the queue shows them (read at the last refresh)."""
        return list(self._pending.values())

    def refresh(self) -> None:
        current = self.current()
        session = self.controller.session
        desk = self.controller.desk
        proposals = desk.proposals(ProposalStatus.PENDING) if desk is not None else []
        self._pending = {p.id: p for p in proposals}
        self.queue.blockSignals(True)
        self.queue.clear()
        if session is not None:
            state = session.state()
            for proposal in proposals:
                item = QListWidgetItem(f"{proposal.id}. {describe(proposal, state, self.language)}")
                item.setData(Qt.ItemDataRole.UserRole, proposal.id)
                self.queue.addItem(item)
                if current is not None and proposal.id == current.id:
                    self.queue.setCurrentItem(item)
        if self.queue.currentItem() is None and self.queue.count():
            self.queue.setCurrentRow(0)
        self.queue.blockSignals(False)
        self._summarise()
        self._selected()

    def _summarise(self) -> None:
        server = self.controller.server
        serving = self.tr("Phones can join at {0}").format(server.join_url) if server is not None else \
            self.tr("Not inviting at the moment (Workshop ▸ Invite participants…)")
        self.summary.setText(self.tr("Proposals waiting: {0}.").format(len(self._pending)) + " " + serving)

    def current(self) -> Proposal | None:
        item = self.queue.currentItem()
        if item is None or self.controller.desk is None:
            return None
        return self._pending.get(item.data(Qt.ItemDataRole.UserRole))

    def _selected(self) -> None:
        proposal = self.current()
        self.merge_with.clear()
        if proposal is not None and self.controller.desk is not None:
            for actor in self.controller.desk.suggestions(proposal):
                self.merge_with.addItem(actor.name, actor.id)
        has = proposal is not None
        editable = proposal is not None and isinstance(proposal.content, (ActorProposal, TieProposal))
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(has)
        self.edit_button.setEnabled(editable)
        self.merge_button.setEnabled(self.merge_with.count() > 0)
        self.merge_with.setEnabled(self.merge_with.count() > 0)

    # -- deciding --------------------------------------------------------------------------

    def _label(self, proposal: Proposal) -> str:
        session = self.controller.session
        return describe(proposal, session.state(), self.language) if session is not None else str(proposal.id)

    def approve(self) -> bool:
        proposal, desk = self.current(), self.controller.desk
        if proposal is None or desk is None:
            return False
        return self.controller.execute(_words("Approve proposal: {0}", self._label(proposal)),
                                       lambda: desk.approve(proposal.id))

    def edit_then_approve(self, editor: ProposalEditor | None = None) -> bool:
        proposal, desk, session = self.current(), self.controller.desk, self.controller.session
        if proposal is None or desk is None or session is None:
            return False
        editor = editor or ProposalEditor(proposal, session.catalogues, self.language, self)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return False
        edited = editor.content()
        return self.controller.execute(_words("Approve proposal: {0}", self._label(proposal)),
                                       lambda: desk.approve(proposal.id, edited))

    def merge(self) -> bool:
        proposal, desk = self.current(), self.controller.desk
        actor_id = self.merge_with.currentData()
        if proposal is None or desk is None or actor_id is None:
            return False
        return self.controller.execute(
            _words("Merge proposal with “{0}”", self.merge_with.currentText()),
            lambda: desk.merge(proposal.id, actor_id))

    def reject(self) -> bool:
        proposal, desk = self.current(), self.controller.desk
        if proposal is None or desk is None:
            return False
        return self.controller.execute(_words("Reject proposal: {0}", self._label(proposal)),
                                       lambda: desk.reject(proposal.id))
