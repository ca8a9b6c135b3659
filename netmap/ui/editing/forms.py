"""The forms of the inspector: every attribute of an actor, a tie and a cluster.

A form shows one object and hands each change to its `commit` callback as a new version of the
object plus the attribute's name; it never keeps its own truth (the inspector shows what the
project holds after every edit). Also home of two small widgets the tables and dialogs share.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netmap.domain import (
    Actor,
    ActorChanges,
    Attitude,
    CatalogueEntry,
    CatalogueKind,
    Cluster,
    ClusterChanges,
    ContactPerson,
    Direction,
    Tie,
    TieChanges,
)
from netmap.ui.labels import attitude_label, direction_label, strength_label
from netmap.ui.editing.provenance_view import SourcesLabel

__all__ = ["ActorForm", "CatalogueCombo", "ClusterForm", "TieForm", "swatch"]


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class CatalogueCombo(QComboBox):
    """A choice from one catalogue; the item data is the key, the first item is "none"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def set_entries(self, entries: list[CatalogueEntry], language: str, none_text: str | None, icons: bool) -> None:
        key = self.key()
        with QSignalBlocker(self):
            self.clear()
            if none_text is not None:
                self.addItem(none_text, "")
            for entry in entries:
                if icons:
                    self.addItem(swatch(entry.colour), entry.label(language), entry.key)
                else:
                    self.addItem(entry.label(language), entry.key)
            self.set_key(key)

    def key(self) -> str:
        data = self.currentData()
        return str(data) if data is not None else ""

    def set_key(self, key: str) -> None:
        with QSignalBlocker(self):
            index = self.findData(key)
            if index < 0 and key:  # a key the catalogue lost: show it rather than pretend
                self.addItem(key, key)
                index = self.count() - 1
            self.setCurrentIndex(max(index, 0))


class _Form(QWidget):
    """A form in a scroll area, with labels kept for retranslation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[tuple[QLabel, Callable[[], str]]] = []
        self._editors: list[QWidget] = []
        inner = QWidget()
        self.form = QFormLayout(inner)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: the dock is narrow, names and lists need its whole width.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setVerticalSpacing(3)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.loading = False

    def row(self, text: Callable[[], str], widget: QWidget, layout: QFormLayout | None = None) -> QWidget:
        label = QLabel(text())
        label.setBuddy(widget)
        self._labels.append((label, text))
        (layout or self.form).addRow(label, widget)
        self._editors.append(widget)
        return widget

    def retranslate(self) -> None:
        for label, text in self._labels:
            label.setText(text())

    def _add_sources_row(self, sources: SourcesLabel) -> None:
        """Where the item came from (provenance): shown, never edited."""
        label = QLabel(self.tr("Where it came from"))
        self._labels.append((label, lambda: self.tr("Where it came from")))
        self.form.addRow(label, sources)

    def set_editable(self, editable: bool) -> None:
        for widget in self._editors:
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)


class _NotesEdit(QPlainTextEdit):
    """Notes: stored when the field loses focus (not at every key)."""

    def __init__(self, on_done: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self.setTabChangesFocus(True)
        self.setMinimumHeight(60)
        self.setMaximumHeight(120)

    def focusOutEvent(self, event: Any) -> None:
        self._on_done()
        super().focusOutEvent(event)


class ActorForm(_Form):
    def __init__(self, commit: Callable[[Actor, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self.actor: Actor | None = None
        self.name = QLineEdit()
        self.category = CatalogueCombo()
        self.district = CatalogueCombo()
        self.fields = QListWidget()
        self.fields.setMaximumHeight(130)
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields.setWordWrap(True)
        self.stage = CatalogueCombo()
        self.influence = QSpinBox()
        self.influence.setRange(0, 10)
        self.attitude = QComboBox()
        for attitude in Attitude:
            self.attitude.addItem(attitude_label(attitude), str(attitude))
        self.reached = QCheckBox()
        self.is_key = QCheckBox()
        self.dots = QSpinBox()
        self.dots.setRange(0, 999)
        self.tags = QLineEdit()
        self.notes = _NotesEdit(self._notes_done)
        self.pos_x = QDoubleSpinBox()
        self.pos_y = QDoubleSpinBox()
        for spin in (self.pos_x, self.pos_y):
            spin.setRange(-1e6, 1e6)
            spin.setDecimals(0)
            spin.setKeyboardTracking(False)
        position = QWidget()
        position_layout = QHBoxLayout(position)
        position_layout.setContentsMargins(0, 0, 0, 0)
        position_layout.addWidget(self.pos_x)
        position_layout.addWidget(self.pos_y)

        self.row(lambda: self.tr("Name"), self.name)
        self.row(lambda: self.tr("Category"), self.category)
        self.row(lambda: self.tr("District"), self.district)
        self.row(lambda: self.tr("Fields of action"), self.fields)
        self.row(lambda: self.tr("Participation stage"), self.stage)
        self.row(lambda: self.tr("Influence (0–10)"), self.influence)
        self.row(lambda: self.tr("Attitude to the strategy"), self.attitude)
        self.row(lambda: self.tr("Reached in the process"), self.reached)
        self.row(lambda: self.tr("Key actor"), self.is_key)
        self.row(lambda: self.tr("Dots (priority votes)"), self.dots)
        self.row(lambda: self.tr("Tags (comma-separated)"), self.tags)
        self.row(lambda: self.tr("Notes"), self.notes)
        self.row(lambda: self.tr("Position (x, y)"), position)

        self.contact_box = QGroupBox()
        self.contact_box.setObjectName("contactPerson")
        self.contact_box.setStyleSheet("QGroupBox#contactPerson { border: 1px solid #c77700; border-radius: 4px;"
                                       " margin-top: 1.4em; padding-top: 4px }"
                                       " QGroupBox#contactPerson::title { color: #8a5200; subcontrol-origin: margin;"
                                       " left: 6px }")
        contact_form = QFormLayout(self.contact_box)
        contact_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contact_note = QLabel()
        self.contact_note.setWordWrap(True)
        self.contact_note.setStyleSheet("color: #8a5200")
        contact_form.addRow(self.contact_note)
        self.contact_name = QLineEdit()
        self.contact_role = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_phone = QLineEdit()
        self.row(lambda: self.tr("Name"), self.contact_name, contact_form)
        self.row(lambda: self.tr("Role"), self.contact_role, contact_form)
        self.row(lambda: self.tr("E-mail"), self.contact_email, contact_form)
        self.row(lambda: self.tr("Phone"), self.contact_phone, contact_form)
        self.form.addRow(self.contact_box)
        self.sources = SourcesLabel()
        self._add_sources_row(self.sources)
        self.retranslate()

        self.name.editingFinished.connect(lambda: self._change(ActorChanges(name=" ".join(self.name.text().split()))))
        self.category.activated.connect(lambda _i: self._change(ActorChanges(category=self.category.key())))
        self.district.activated.connect(lambda _i: self._change(ActorChanges(district=self.district.key())))
        self.stage.activated.connect(lambda _i: self._change(ActorChanges(stage=self.stage.key())))
        self.fields.itemChanged.connect(lambda _item: self._change(ActorChanges(fields=self._checked_fields())))
        self.influence.valueChanged.connect(lambda v: self._change(ActorChanges(influence=v)))
        self.attitude.activated.connect(
            lambda _i: self._change(ActorChanges(attitude=Attitude(self.attitude.currentData()))))
        self.reached.toggled.connect(lambda v: self._change(ActorChanges(reached=v)))
        self.is_key.toggled.connect(lambda v: self._change(ActorChanges(is_key=v)))
        self.dots.valueChanged.connect(lambda v: self._change(ActorChanges(dots=v)))
        self.tags.editingFinished.connect(lambda: self._change(ActorChanges(tags=self._tags())))
        self.pos_x.valueChanged.connect(lambda v: self._change(ActorChanges(x=float(v))))
        self.pos_y.valueChanged.connect(lambda v: self._change(ActorChanges(y=float(v))))
        for edit in (self.contact_name, self.contact_role, self.contact_email, self.contact_phone):
            edit.editingFinished.connect(lambda: self._change(ActorChanges(contact=self._contact())))

    def retranslate(self) -> None:
        super().retranslate()
        self.contact_box.setTitle(self.tr("Contact person — personal data"))
        self.contact_note.setText(self.tr("Personal data under the GDPR: left out of anonymised exports, "
                                          "erasable everywhere. Store it only with the person's consent."))
        for i, attitude in enumerate(Attitude):
            self.attitude.setItemText(i, attitude_label(attitude))
        self.category.setItemText(0, self.tr("— none —"))
        self.district.setItemText(0, self.tr("— none —"))
        self.stage.setItemText(0, self.tr("— none —"))

    def set_catalogues(self, catalogues: dict[CatalogueKind, list[CatalogueEntry]], language: str) -> None:
        none = self.tr("— none —")
        self.category.set_entries(catalogues.get(CatalogueKind.CATEGORY, []), language, none, icons=True)
        self.district.set_entries(catalogues.get(CatalogueKind.DISTRICT, []), language, none, icons=False)
        self.stage.set_entries(catalogues.get(CatalogueKind.STAGE, []), language, none, icons=False)
        with QSignalBlocker(self.fields):
            self.fields.clear()
            for entry in catalogues.get(CatalogueKind.FIELD, []):
                item = QListWidgetItem(entry.label(language))
                item.setData(Qt.ItemDataRole.UserRole, entry.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.fields.addItem(item)
        if self.actor is not None:
            self.show_actor(self.actor)

    def show_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.loading = True
        self.sources.show_sources(actor.sources)
        try:
            blockers = [QSignalBlocker(w) for w in (self.name, self.influence, self.reached, self.is_key, self.dots,
                                                    self.tags, self.pos_x, self.pos_y, self.fields, self.attitude)]
            if self.name.text() != actor.name:
                self.name.setText(actor.name)
            self.category.set_key(actor.category)
            self.district.set_key(actor.district)
            self.stage.set_key(actor.stage)
            for row in range(self.fields.count()):
                item = self.fields.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in actor.fields
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.influence.setValue(actor.influence)
            self.attitude.setCurrentIndex(max(0, self.attitude.findData(str(actor.attitude))))
            self.reached.setChecked(actor.reached)
            self.is_key.setChecked(actor.is_key)
            self.dots.setValue(actor.dots)
            tags = ", ".join(actor.tags)
            if self.tags.text() != tags:
                self.tags.setText(tags)
            if self.notes.toPlainText() != actor.notes:
                self.notes.setPlainText(actor.notes)
            self.pos_x.setValue(actor.x)
            self.pos_y.setValue(actor.y)
            contact = actor.contact or ContactPerson("")
            for edit, value in ((self.contact_name, contact.name), (self.contact_role, contact.role),
                                (self.contact_email, contact.email), (self.contact_phone, contact.phone)):
                if edit.text() != value:
                    with QSignalBlocker(edit):
                        edit.setText(value)
            del blockers
        finally:
            self.loading = False

    def _checked_fields(self) -> tuple[str, ...]:
        return tuple(str(self.fields.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.fields.count())
                     if self.fields.item(r).checkState() == Qt.CheckState.Checked)

    def _tags(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.strip() for t in self.tags.text().split(",") if t.strip()))

    def _contact(self) -> ContactPerson | None:
        values = [" ".join(e.text().split()) for e in (self.contact_name, self.contact_role, self.contact_email,
                                                      self.contact_phone)]
        return ContactPerson(*values) if any(values) else None

    def _notes_done(self) -> None:
        if self.actor is not None and not self.loading and self.notes.toPlainText() != self.actor.notes:
            self._change(ActorChanges(notes=self.notes.toPlainText()))

    def flush(self) -> None:
        """Store what is typed but not yet stored (the notes) before the form shows another actor."""
        self._notes_done()

    def _change(self, change: ActorChanges) -> None:
        [(attribute, value)] = change.items()
        if self.loading or self.actor is None or getattr(self.actor, attribute) == value:
            return
        self._commit(self.actor.with_changes(**change), attribute)


class TieForm(_Form):
    def __init__(self, commit: Callable[[Tie, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self.tie: Tie | None = None
        self.ends = QLabel()
        self.ends.setWordWrap(True)
        self.ends.setTextFormat(Qt.TextFormat.PlainText)
        self.swap = QPushButton()
        self.kind = CatalogueCombo()
        self.direction = QComboBox()
        for direction in Direction:
            self.direction.addItem(direction_label(direction), str(direction))
        self.strength = QComboBox()
        for strength in (1, 2, 3):
            self.strength.addItem(strength_label(strength), strength)
        self.field = CatalogueCombo()
        self.notes = _NotesEdit(self._notes_done)
        self.form.addRow(self.ends)
        self.row(lambda: self.tr("Kind"), self.kind)
        self.row(lambda: self.tr("Direction"), self.direction)
        self.row(lambda: "", self.swap)
        self.row(lambda: self.tr("Strength"), self.strength)
        self.row(lambda: self.tr("Field of action"), self.field)
        self.row(lambda: self.tr("Notes"), self.notes)
        self.sources = SourcesLabel()
        self._add_sources_row(self.sources)
        self.names: Callable[[int], str] = str
        self.retranslate()
        self.kind.activated.connect(lambda _i: self._change(TieChanges(kind=self.kind.key())))
        self.direction.activated.connect(
            lambda _i: self._change(TieChanges(direction=Direction(self.direction.currentData()))))
        self.strength.activated.connect(
            lambda _i: self._change(TieChanges(strength=int(self.strength.currentData()))))
        self.field.activated.connect(lambda _i: self._change(TieChanges(field=self.field.key())))
        self.swap.clicked.connect(self._swap)

    def retranslate(self) -> None:
        super().retranslate()
        self.swap.setText(self.tr("Swap from and to"))
        for i, direction in enumerate(Direction):
            self.direction.setItemText(i, direction_label(direction))
        for i in range(3):
            self.strength.setItemText(i, strength_label(i + 1))
        self.kind.setItemText(0, self.tr("— none —"))
        self.field.setItemText(0, self.tr("— none —"))
        if self.tie is not None:
            self.show_tie(self.tie)

    def set_catalogues(self, catalogues: dict[CatalogueKind, list[CatalogueEntry]], language: str) -> None:
        none = self.tr("— none —")
        self.kind.set_entries(catalogues.get(CatalogueKind.TIE_KIND, []), language, none, icons=True)
        self.field.set_entries(catalogues.get(CatalogueKind.FIELD, []), language, none, icons=False)
        if self.tie is not None:
            self.show_tie(self.tie)

    def show_tie(self, tie: Tie) -> None:
        self.tie = tie
        self.loading = True
        try:
            arrow = {Direction.DIRECTED: "→", Direction.MUTUAL: "↔"}.get(tie.direction, "—")
            self.ends.setText(f"{self.names(tie.source)}  {arrow}  {self.names(tie.target)}")
            self.kind.set_key(tie.kind)
            with QSignalBlocker(self.direction), QSignalBlocker(self.strength):
                self.direction.setCurrentIndex(max(0, self.direction.findData(str(tie.direction))))
                self.strength.setCurrentIndex(max(0, self.strength.findData(tie.strength)))
            self.field.set_key(tie.field)
            if self.notes.toPlainText() != tie.notes:
                self.notes.setPlainText(tie.notes)
            self.sources.show_sources(tie.sources, count=True)
        finally:
            self.loading = False

    def _swap(self) -> None:
        if self.tie is not None and not self.loading:
            self._commit(self.tie.with_changes(source=self.tie.target, target=self.tie.source), "")

    def _notes_done(self) -> None:
        if self.tie is not None and not self.loading and self.notes.toPlainText() != self.tie.notes:
            self._change(TieChanges(notes=self.notes.toPlainText()))

    def flush(self) -> None:
        self._notes_done()

    def _change(self, change: TieChanges) -> None:
        [(attribute, value)] = change.items()
        if self.loading or self.tie is None or getattr(self.tie, attribute) == value:
            return
        self._commit(self.tie.with_changes(**change), attribute)


class ClusterForm(_Form):
    def __init__(self, commit: Callable[[Cluster, str], None], dissolve: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._dissolve = dissolve
        self.cluster: Cluster | None = None
        self.name = QLineEdit()
        self.dots = QSpinBox()
        self.dots.setRange(0, 999)
        self.colour = QPushButton()
        self.members = QLabel()
        self.members.setWordWrap(True)
        self.members.setTextFormat(Qt.TextFormat.PlainText)
        self.dissolve = QPushButton()
        self.row(lambda: self.tr("Heading"), self.name)
        self.row(lambda: self.tr("Dots (priority votes)"), self.dots)
        self.row(lambda: self.tr("Colour"), self.colour)
        self.row(lambda: self.tr("Actors"), self.members)
        self.row(lambda: "", self.dissolve)
        self.names: Callable[[int], str] = str
        self.retranslate()
        self.name.editingFinished.connect(
            lambda: self._change(ClusterChanges(name=" ".join(self.name.text().split()))))
        self.dots.valueChanged.connect(lambda v: self._change(ClusterChanges(dots=v)))
        self.colour.clicked.connect(self._pick_colour)
        self.dissolve.clicked.connect(lambda: self.cluster and self.cluster.id is not None
                                      and self._dissolve(self.cluster.id))

    def retranslate(self) -> None:
        super().retranslate()
        self.dissolve.setText(self.tr("Dissolve cluster (the actors stay)"))
        self.colour.setText(self.tr("Choose…"))

    def show_cluster(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.loading = True
        try:
            with QSignalBlocker(self.name), QSignalBlocker(self.dots):
                if self.name.text() != cluster.name:
                    self.name.setText(cluster.name)
                self.dots.setValue(cluster.dots)
            self.colour.setIcon(swatch(cluster.colour) if cluster.colour else QIcon())
            self.members.setText(", ".join(sorted((self.names(m) for m in cluster.members), key=str.casefold)))
        finally:
            self.loading = False

    def _pick_colour(self) -> None:
        if self.cluster is None:
            return
        colour = QColorDialog.getColor(QColor(self.cluster.colour or "#5b8fd9"), self)
        if colour.isValid():
            self._change(ClusterChanges(colour=colour.name()))

    def flush(self) -> None:
        pass

    def _change(self, change: ClusterChanges) -> None:
        [(attribute, value)] = change.items()
        if self.loading or self.cluster is None or getattr(self.cluster, attribute) == value:
            return
        self._commit(self.cluster.with_changes(**change), attribute)


