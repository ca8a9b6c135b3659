"""Changing a catalogue through the catalogue editor; removing a used entry is refused."""

from __future__ import annotations

from pathlib import Path

from netmap.domain import CatalogueKind
from netmap.project import Project
from netmap.ui.editing.catalogue_editor import CatalogueEditor, make_key


def test_relabel_recolour_and_add_entries(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    editor = window.edit_catalogues()
    assert isinstance(editor, CatalogueEditor)
    page = editor.page(CatalogueKind.CATEGORY)
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, page.KEY).text() == "schulen")
    page.table.item(row, page.LABEL_DE).setText("Schulen und Horte")
    page.table.item(row, page.COLOUR).setText("#123456")
    districts = editor.page(CatalogueKind.DISTRICT)
    new_row = districts.add_entry()
    districts.table.item(new_row, districts.LABEL_DE).setText("Altstadt Süd")
    districts.table.item(new_row, districts.LABEL_EN).setText("Old town south")
    kinds = editor.page(CatalogueKind.TIE_KIND)
    kinds.table.cellWidget(0, kinds.STYLE).setCurrentIndex(2)  # dotted
    editor.accept()
    assert not editor.isVisible()

    with Project.open(small_project, read_only=True) as project:
        catalogues = project.catalogues()
    schools = next(e for e in catalogues[CatalogueKind.CATEGORY] if e.key == "schulen")
    assert (schools.label_de, schools.colour) == ("Schulen und Horte", "#123456")
    assert [(e.key, e.label_de) for e in catalogues[CatalogueKind.DISTRICT]][-1] == ("altstadt_sued", "Altstadt Süd")
    assert catalogues[CatalogueKind.TIE_KIND][0].style == "dot"
    # The views follow: the table's category column and the legend say the new label.
    model = window.actors_panel.model
    school = next(i for i, a in window.session.actors.items() if a.category == "schulen")
    window.set_language("de")
    assert model.index(model.row_of(school), model.CATEGORY).data() == "Schulen und Horte"
    # One undo step for the whole visit of the dialog.
    window.undo_action.trigger()
    assert [e.key for e in window.session.catalogue(CatalogueKind.DISTRICT)] == ["nord", "sued"]
    assert next(e for e in window.session.catalogue(CatalogueKind.CATEGORY) if e.key == "schulen").label_de == \
        "Schulen"


def test_removing_an_entry_in_use_is_refused_with_the_reason(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    editor = window.edit_catalogues()
    page = editor.page(CatalogueKind.CATEGORY)
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, page.KEY).text() == "religion")
    assert page.table.item(row, page.USED).text() == "1"
    page.table.setCurrentCell(row, 0)
    page.remove_current()
    editor.accept()
    assert editor.isVisible()
    assert "religion" in editor.error.text() and "still used" in editor.error.text()
    with Project.open(small_project, read_only=True) as project:
        assert "religion" in {e.key for e in project.catalogues()[CatalogueKind.CATEGORY]}
    editor.reject()


def test_reordering_sets_the_rank(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    editor = window.edit_catalogues()
    page = editor.page(CatalogueKind.STAGE)
    page.table.setCurrentCell(1, 0)
    page.move_current(-1)
    editor.accept()
    stages = window.session.catalogue(CatalogueKind.STAGE)
    assert [e.key for e in stages[:2]] == ["anweisung", "dekoration"]
    assert [e.rank for e in stages[:2]] == [0, 1]


def test_make_key() -> None:
    assert make_key("Jugendhilfe Süd", set()) == "jugendhilfe_sued"
    assert make_key("Jugendhilfe Süd", {"jugendhilfe_sued"}) == "jugendhilfe_sued_2"
    assert make_key("???", set()) == "entry"


def test_colours_show_as_swatches_and_keys_stay_hidden(qtbot, make_window, small_project: Path) -> None:
    from PySide6.QtGui import QColor

    window = make_window(small_project)
    editor = window.edit_catalogues()
    qtbot.waitExposed(editor)
    page = editor.page(CatalogueKind.CATEGORY)
    assert page.table.isColumnHidden(page.KEY)
    row = 0
    page.table.item(row, page.COLOUR).setText("#d81b60")
    page.table.clearSelection()
    rect = page.table.visualRect(page.table.model().index(row, page.COLOUR))
    image = page.table.viewport().grab(rect).toImage()
    centre = QColor(image.pixel(image.width() // 2, image.height() // 2))
    assert centre.name() == "#d81b60"  # the cell is the colour, not the text "#d81b60"
    assert page.table.itemDelegateForColumn(page.COLOUR).createEditor(page.table, None, None) is None
