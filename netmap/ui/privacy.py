"""Personal data in the app: what a project stores and where (Help > About the data), and erasing a
contact person everywhere (Edit > Erase a person…).

Contact persons are personal data under the GDPR. `Project.erase_person` removes one from the map
and from every snapshot and rebuilds the file so no freed page keeps the bytes; the undo history
is cleared afterwards, since its commands still hold the person's data and undo would bring them
back. Backups made before a schema upgrade and files exported earlier are outside the project:
the dialogs say so, and where they are.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netmap.errors import CompactionFailedError, NetMapError
from netmap.project import Project
from netmap.ui.context import AppWindow
from netmap.ui.i18n import follow_language
from netmap.ui.session import MapSession

__all__ = ["AboutDataDialog", "ContactPersonEntry", "ErasePersonDialog", "contact_persons", "erase_person_dialog",
           "show_about_data"]

MAP = "map"
"""What `Project.erase_person` calls the live map among the places it names (the others are snapshot labels)."""


@dataclass
class ContactPersonEntry:
    """One contact person as the user picks them: the name, whose contact they are, and where."""

    name: str
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # MAP and snapshot labels


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()  # as Project.erase_person matches names


def contact_persons(project: Project) -> list[ContactPersonEntry]:
    """Every contact person of the map and of its snapshots, by name (case and spaces ignored)."""
    found: dict[str, ContactPersonEntry] = {}
    states = [(MAP, project.state())] + [(s.label, project.snapshot_state(s.label)) for s in project.snapshots()]
    for place, state in states:
        for actor in state.actors:
            if actor.contact is None or not actor.contact.name.strip():
                continue
            entry = found.setdefault(_key(actor.contact.name), ContactPersonEntry(actor.contact.name.strip()))
            if actor.name not in entry.actors:
                entry.actors.append(actor.name)
            if place not in entry.places:
                entry.places.append(place)
    return sorted(found.values(), key=lambda e: e.name.casefold())


def _backups(project: Project) -> list[Path]:
    location = Path(project.location)
    if project.shared or not location.parent.is_dir():
        return []
    return sorted(location.parent.glob(f"{location.name}.bak-*"))


# == About the data ===================================================================================


class AboutDataDialog(QDialog):
    """What the open project stores, where, and how a person is erased; in plain words."""

    def __init__(self, project: Project | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutData")
        self.project = project
        self.text = QTextBrowser()
        self.text.setObjectName("aboutDataText")
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(700, 640)
        self._retranslate()
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("About the data"))
        self.text.setHtml(self.html())

    def html(self) -> str:
        e = html.escape
        stores = [
            self.tr("The map: actors with their attributes and notes, ties, clusters, positions, catalogues, and the "
                    "project info (town, topic, the facilitator’s name)."),
            self.tr("Snapshots: dated, read-only copies of the whole map, contact persons included."),
            self.tr("Contact persons: name, role, e-mail and phone of a person at an actor. These are personal data "
                    "(GDPR): keep them only with the person’s consent or another legal basis, and only as long as "
                    "they are needed."),
            self.tr("Who last changed each actor, tie and cluster, and when (user name and computer name)."),
        ]
        heading = self.tr("What a NetMap project stores")
        parts = [f"<h3>{e(heading)}</h3><ul>"]
        parts += [f"<li>{e(text)}</li>" for text in stores]
        parts.append("</ul>")
        project = self.project
        if project is None:
            hint = self.tr("Open a project to see where its data are stored.")
            parts.append(f"<p>{e(hint)}</p>")
        else:
            persons = contact_persons(project)
            on_map = sum(1 for p in persons if MAP in p.places)
            counts = self.tr("This project: {0} actors, {1} snapshots, {2} contact persons ({3} on the current map, "
                             "{4} only in snapshots).").format(len(project.actors()), len(project.snapshots()),
                                                               len(persons), on_map, len(persons) - on_map)
            where = self.tr("Where")
            parts.append(f"<p>{e(counts)}</p><h3>{e(where)}</h3><ul>")
            parts += [f"<li>{e(text)}{''.join(f'<br><code>{e(c)}</code>' for c in code)}</li>"
                      for text, code in self._places(project)]
            parts.append("</ul>")
        exports = self.tr("Exports (workbooks, CSV, GraphML, GEXF, web pages, posters) are copies outside the "
                          "project. Web pages and posters are anonymised unless you choose otherwise; the other "
                          "formats keep contact persons unless you anonymise them.")
        erasing = self.tr("Edit › Erase a person… removes a contact person from the map and from every snapshot, "
                          "and rebuilds the project file so that no trace of the data remains in it. The undo "
                          "history is cleared, since it still holds the data.")
        outside = self.tr("Backups and files exported before are not changed: delete them, or erase the person "
                          "there too. On the command line:")
        heading = self.tr("Erasing a person")
        parts.append(f"<p>{e(exports)}</p><h3>{e(heading)}</h3><p>{e(erasing)}</p>"
                     f"<p>{e(outside)} <code>netmap erase-person PROJECT NAME</code></p>")
        return "".join(parts)

    def _places(self, project: Project) -> list[tuple[str, list[str]]]:
        """(what is kept there, the paths or addresses) for the project's storage."""
        if project.shared:
            return [(self.tr("On the database server:"), [project.location]),
                    (self.tr("The server’s administrators keep its logs and backups. Before NetMap upgrades a "
                             "project’s format it keeps a copy on the server, as a schema named after the project "
                             "with .bak- and the version."), [])]
        location = Path(project.location)
        backups = [str(b) for b in _backups(project)]
        return [
            (self.tr("Project file:"), [str(location)]),
            (self.tr("While the project is open, a lock file beside it says who has it open (user name, computer, "
                     "since when):"), [str(location.with_name(location.name + ".lock"))]),
            (self.tr("Backups made before NetMap upgraded the file’s format, beside it as {0}.bak-*: full copies of "
                     "the project as it was.").format(location.name) + " "
             + (self.tr("Found now:") if backups else self.tr("There are none at present.")), backups),
        ]


# == Erase a person ===================================================================================


class ErasePersonDialog(QDialog):
    """Pick a contact person, confirm, and they are gone from the map and every snapshot."""

    def __init__(self, session: MapSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasePerson")
        self.session = session
        self.entries: list[ContactPersonEntry] = []
        self.erased: list[tuple[str, list[str]]] = []  # (name, places) of each erasure
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("erasePersonFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QTreeWidget()
        self.list.setObjectName("erasePersonList")
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.erase_selected())
        self.outcome = QLabel()
        self.outcome.setObjectName("erasePersonResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("erasePersonButton")
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.erase_button.clicked.connect(self.erase_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
        self._retranslate()
        self.refresh()
        follow_language(self, self._retranslate)

    def refresh(self) -> None:
        self.entries = contact_persons(self.session.project)
        self.list.clear()
        for entry in self.entries:
            item = QTreeWidgetItem(self.list, [entry.name, ", ".join(entry.actors), self._places(entry.places)])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.name)
            for column in (1, 2):
                item.setToolTip(column, item.text(column))
        for column, widest in ((0, 220), (1, 240)):
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, min(self.list.columnWidth(column) + 12, widest))
        self._apply_filter(self.filter.text())
        self._update_buttons()

    def _places(self, places: list[str]) -> str:
        return ", ".join(self.tr("current map") if p == MAP else self.tr("snapshot “{0}”").format(p) for p in places)

    def _rows(self) -> list[QTreeWidgetItem]:
        return [item for i in range(self.list.topLevelItemCount()) if (item := self.list.topLevelItem(i))]

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for item in self._rows():
            shown = not wanted or any(wanted in item.text(c).casefold() for c in range(2))
            item.setHidden(not shown)

    def _update_buttons(self) -> None:
        self.erase_button.setEnabled(bool(self.selected()) and not self.session.read_only)

    def selected(self) -> str:
        items = [i for i in self.list.selectedItems() if not i.isHidden()]
        return str(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else ""

    def select(self, name: str) -> bool:
        for item in self._rows():
            if _key(item.text(0)) == _key(name):
                self.list.setCurrentItem(item)
                item.setSelected(True)
                return True
        return False

    def confirm(self, entry: ContactPersonEntry) -> bool:
        """Ask before erasing (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase a person"),
                          self.tr("Erase “{0}” from the map and from every snapshot?").format(entry.name),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Found at: {0}. This cannot be undone, and the undo history will be "
                                       "cleared.").format(self._places(entry.places)))
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is erase

    def erase_selected(self) -> bool:
        name = self.selected()
        entry = next((e for e in self.entries if e.name == name), None)
        if entry is None or self.session.read_only or not self.confirm(entry):
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        warning = ""
        try:
            places = self.session.project.erase_person(entry.name)
        except CompactionFailedError as exc:  # erased all the same; the file was not rebuilt
            places, warning = exc.places, " " + str(exc)
        except NetMapError as exc:
            self._show(self.tr("“{0}” could not be erased; nothing was changed: {1}").format(entry.name, exc), False)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        # The undo history still holds the person (an undo would bring them back): it goes too.
        self.session.undo_stack.clear()
        self.erased.append((entry.name, places))
        self._show(self.tr("“{0}” was erased from: {1}. The undo history was cleared. Backups and earlier "
                           "exports are not changed.").format(entry.name, self._places(places)) + warning, True)
        self.refresh()
        return True

    def _show(self, text: str, ok: bool) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet("color: #2e7d32" if ok else "color: #b71c1c")

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase a person"))
        self.intro.setText(self.tr("Contact persons are personal data. Choose the person to erase: they are removed "
                                   "from the current map and from every snapshot, and no trace of them stays in "
                                   "the project file."))
        self.filter.setPlaceholderText(self.tr("Filter by name or actor"))
        self.list.setHeaderLabels([self.tr("Contact person"), self.tr("Contact of"), self.tr("Found in")])
        self.erase_button.setText(self.tr("Erase…"))


# == from the main window ===============================================================================


def show_about_data(window: AppWindow) -> AboutDataDialog:
    """Help > About the data."""
    project = window.session.project if window.session is not None else None
    dialog = AboutDataDialog(project, cast(QWidget, window))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def erase_person_dialog(window: AppWindow) -> ErasePersonDialog | None:
    """Edit > Erase a person…; None when no project is open or it is read-only."""
    session = window.session
    if session is None or session.read_only:
        return None
    dialog = ErasePersonDialog(session, cast(QWidget, window))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
