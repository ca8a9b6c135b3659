"""The inspector edits every attribute of an actor, a tie and a cluster, straight into the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from netmap.domain import Attitude, ContactPerson, Direction
from netmap.project import Project


def stored_actor(path: Path, name: str):  # type: ignore[no-untyped-def]
    with Project.open(path, read_only=True) as project:
        return next(a for a in project.actors() if a.name == name)


def test_every_actor_attribute_is_editable(qtbot, make_window, small_project: Path) -> None:
    window = make_window(small_project)
    actor_id = next(i for i, a in window.session.actors.items() if a.name == "Moscheeverein")
    window.scene.select_actors([actor_id])
    form = window.inspector.actor_form
    assert window.inspector.actor_id == actor_id
    assert form.name.text() == "Moscheeverein"

    form.name.setText("Moscheeverein Al-Nour")
    form.name.editingFinished.emit()
    form.category.setCurrentIndex(form.category.findData("migrantenorganisationen"))
    form.category.activated.emit(form.category.currentIndex())
    form.district.setCurrentIndex(form.district.findData("nord"))
    form.district.activated.emit(form.district.currentIndex())
    for row in range(form.fields.count()):
        item = form.fields.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "jugend":
            item.setCheckState(Qt.CheckState.Checked)
    form.stage.setCurrentIndex(form.stage.findData("mitbestimmung"))
    form.stage.activated.emit(form.stage.currentIndex())
    form.influence.setValue(6)
    form.attitude.setCurrentIndex(form.attitude.findData("supportive"))
    form.attitude.activated.emit(form.attitude.currentIndex())
    form.reached.setChecked(True)
    form.is_key.setChecked(True)
    form.dots.setValue(2)
    form.tags.setText("Freitagsgebet, Jugendarbeit")
    form.tags.editingFinished.emit()
    form.notes.setPlainText("Neuer Vorstand seit 2024")
    window.inspector.flush()
    form.pos_x.setValue(333)
    form.contact_name.setText("Aylin Beispiel")
    form.contact_name.editingFinished.emit()
    form.contact_email.setText("vorstand@example.org")
    form.contact_email.editingFinished.emit()

    actor = stored_actor(small_project, "Moscheeverein Al-Nour")
    assert actor.category == "migrantenorganisationen"
    assert actor.district == "nord"
    assert set(actor.fields) == {"interreligioes", "jugend"}
    assert actor.stage == "mitbestimmung"
    assert actor.influence == 6
    assert actor.attitude == Attitude.SUPPORTIVE
    assert actor.reached and actor.is_key
    assert actor.dots == 2
    assert actor.tags == ("Freitagsgebet", "Jugendarbeit")
    assert actor.notes == "Neuer Vorstand seit 2024"
    assert actor.x == 333
    assert actor.contact == ContactPerson("Aylin Beispiel", "", "vorstand@example.org", "")
    assert "personal data" in form.contact_box.title()

    # Each change is one undo step: undo the contact's e-mail only.
    window.undo_action.trigger()
    assert stored_actor(small_project, "Moscheeverein Al-Nour").contact == ContactPerson("Aylin Beispiel")


def test_an_empty_name_is_refused_and_the_form_shows_the_stored_one(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    actor_id = next(i for i, a in window.session.actors.items() if a.name == "Sportverein TSV")
    window.scene.select_actors([actor_id])
    form = window.inspector.actor_form
    form.name.setText("   ")
    form.name.editingFinished.emit()
    assert "name" in window.message_bar.text()
    assert form.name.text() == "Sportverein TSV"
    assert stored_actor(small_project, "Sportverein TSV").name == "Sportverein TSV"


def test_tie_attributes_and_swapping_its_ends(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    tie = next(t for t in window.session.ties.values() if t.kind == "finanzierung")
    window.inspector.show_selection([], [tie.id])
    form = window.inspector.tie_form
    assert "Stadtverwaltung" in form.ends.text()
    form.kind.setCurrentIndex(form.kind.findData("kooperation"))
    form.kind.activated.emit(form.kind.currentIndex())
    form.direction.setCurrentIndex(form.direction.findData("directed"))
    form.direction.activated.emit(form.direction.currentIndex())
    form.strength.setCurrentIndex(form.strength.findData(3))
    form.strength.activated.emit(form.strength.currentIndex())
    form.field.setCurrentIndex(form.field.findData("sport_kultur"))
    form.field.activated.emit(form.field.currentIndex())
    form.notes.setPlainText("Zuschuss für Hallenzeiten")
    window.inspector.flush()
    form.swap.click()
    with Project.open(small_project, read_only=True) as project:
        stored = project.ties([tie.id])[0]
    assert (stored.kind, stored.direction, stored.strength, stored.field, stored.notes) == (
        "kooperation", Direction.DIRECTED, 3, "sport_kultur", "Zuschuss für Hallenzeiten")
    assert (stored.source, stored.target) == (tie.target, tie.source)


def test_cluster_heading_dots_and_dissolving(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    window.select_all()
    cluster = window.group_selection()
    form = window.inspector.cluster_form
    assert form.name.hasFocus() or form.name.selectedText() == cluster.name
    form.name.setText("Alle zusammen")
    form.name.editingFinished.emit()
    form.dots.setValue(4)
    with Project.open(small_project, read_only=True) as project:
        assert [(c.name, c.dots) for c in project.clusters()] == [("Alle zusammen", 4)]
    form.dissolve.click()
    assert window.session.clusters == []
    window.undo_action.trigger()
    assert [c.name for c in window.session.clusters] == ["Alle zusammen"]


def test_table_selection_drives_the_map_and_the_inspector(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    panel = window.actors_panel
    actor_id = next(i for i, a in window.session.actors.items() if a.name == "Grundschule Süd")
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(actor_id), 0)).row()
    panel.view.selectRow(row)
    assert window.scene.selected_actor_ids() == [actor_id]
    assert window.inspector.actor_id == actor_id
    window.scene.select_actors([])
    assert panel.selected_ids() == []
