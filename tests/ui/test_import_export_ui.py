"""File > Import…, Export… and Print… driven through the window: preview, one undo step, errors."""

from __future__ import annotations

import shutil
import threading
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton
from shared_files import REFDATA

from netmap.domain import CatalogueKind, ContactPerson, MapState
from netmap.exchange import SUPPORTED_IMPORTS, read_map
from netmap.merge import ImportPlan
from netmap.project import Project
from netmap.transfer import EXPORT_SUFFIXES, plan_file_import
from netmap.ui.exchange import export_dialog
from netmap.ui.exchange import import_flow
from netmap.ui.exchange.export_dialog import FORMATS, ExportDialog, export_file, print_map
from netmap.ui.exchange.import_flow import ImportFlow, import_file, plan_both
from netmap.ui.exchange.import_preview import ImportPreviewDialog
from netmap.ui.exchange.import_words import import_filters
from netmap.ui.exchange.print_preview import PrintPreview



def on_file(path: Path) -> MapState:
    with Project.open(path, read_only=True) as project:
        return project.state()


def comparable(state: MapState) -> tuple[dict[str, tuple[object, ...]], set[tuple[object, ...]]]:
    actors = {a.uid: (a.id, a.name, a.category, a.influence, a.x, a.y) for a in state.actors}
    ties = {(t.id, t.uid, t.source, t.target, t.kind) for t in state.ties}
    return actors, ties


def write_csv(folder: Path, nodes: str, ties: str) -> Path:
    path = folder / "karte.csv"
    path.write_text(nodes, encoding="utf-8")
    (folder / "karte_beziehungen.csv").write_text(ties, encoding="utf-8")
    return path


NODES = ("Name;Kategorie;Einfluss\n"
         "Stadtverwaltung;Verwaltung;9\n"  # matched; its influence differs (8 on the map)
         "Grundschule Süd;Schulen;0\n"  # matched, the same
         "Tafel e.V.;Initiativen;3\n")  # new
TIES = ("Von;Nach;Art\n"
        "Stadtverwaltung;Grundschule Süd;Kooperation\n"  # on the map already
        "Stadtverwaltung;Tafel e.V.;Kooperation\n")  # new


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[object, ...]]:
    """Answer the import's file dialog with `path`; returns what the dialog was asked."""
    asked: list[tuple[object, ...]] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    return asked


def preview_of(qtbot, window) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.findChild(ImportPreviewDialog) is not None, timeout=20000)
    return window.findChild(ImportPreviewDialog)


def press(qtbot, dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:  # type: ignore[no-untyped-def]
    button = dialog.findChild(QDialogButtonBox).button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_import_a_csv_through_the_menu_with_preview_undo_and_redo(qtbot, make_window, small_project: Path,
                                                                   tmp_path: Path, monkeypatch) -> None:
    window = make_window(small_project)
    before = on_file(small_project)
    asked = choose_file(monkeypatch, write_csv(tmp_path, NODES, TIES))
    window.actions_.import_.trigger()
    assert "*.gexf" in str(asked[0][3]) and "*.dl" in str(asked[0][3])
    preview = preview_of(qtbot, window)
    assert preview.counts() == {"new_actors": 1, "changed_actors": 1, "unchanged_actors": 1, "removed_actors": 0,
                                "new_ties": 1, "changed_ties": 0, "removed_ties": 0, "new_entries": 0,
                                "new_clusters": 0}
    changed = preview.items["changed_actors"].child(0)
    assert changed.text(0) == "Stadtverwaltung"
    assert (changed.child(0).text(0), changed.child(0).text(1)) == ("Influence", "8 → 9")
    assert preview.items["new_actors"].child(0).text(0) == "Tafel e.V."
    assert preview.items["new_ties"].child(0).text(0) == "Stadtverwaltung — Tafel e.V."
    assert "1 new actors, 2 matched (1 with differences); 1 new ties" in preview.summary.text()
    assert on_file(small_project) == before  # a preview changes nothing

    press(qtbot, preview, QDialogButtonBox.StandardButton.Ok)
    after = on_file(small_project)
    names = {a.name: a for a in after.actors}
    assert set(names) == {"Stadtverwaltung", "Grundschule Süd", "Moscheeverein", "Sportverein TSV", "Tafel e.V."}
    assert names["Stadtverwaltung"].influence == 9 and len(after.ties) == 4
    assert {a.name for a in window.session.actors.values()} == set(names)
    assert window.session.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo: Import “karte.csv”"
    assert "Imported “karte.csv”" in window.message_bar.text()

    window.undo_action.trigger()
    assert comparable(on_file(small_project)) == comparable(before)
    assert len(window.session.actors) == 4 and window.scene.actor_item(names["Tafel e.V."].id) is None
    window.redo_action.trigger()
    assert comparable(on_file(small_project)) == comparable(after)  # the same ids: later steps still fit
    assert window.scene.actor_item(names["Tafel e.V."].id) is not None


def test_replacing_the_map_with_a_kumu_workbook_and_undoing_it(qtbot, make_window, small_project: Path,
                                                                tmp_path: Path) -> None:
    source = REFDATA / "kumu" / "paypal-mafia.xlsx"
    if not source.exists():
        pytest.skip("the shared reference data are not beside the checkout")
    path = tmp_path / "paypal.xlsx"
    shutil.copy(source, path)
    window = make_window(small_project)
    before = on_file(small_project)
    incoming = read_map(path)
    flow = import_file(window, path)
    assert isinstance(flow, ImportFlow)
    preview = preview_of(qtbot, window)
    assert preview.counts()["new_actors"] == len(incoming.actors)
    assert preview.counts()["new_ties"] == len(incoming.ties)
    assert "removed_actors" not in preview.items
    preview.replace_map.setChecked(True)
    assert preview.counts()["removed_actors"] == 4 and preview.counts()["removed_ties"] == 3
    assert preview.items["removed_actors"].childCount() == 4
    assert "Replacing removes 4 actors and 3 ties" in preview.warning.text()
    press(qtbot, preview, QDialogButtonBox.StandardButton.Ok)
    assert sorted(a.name for a in on_file(small_project).actors) == sorted(a.name for a in incoming.actors)
    window.undo_action.trigger()
    assert comparable(on_file(small_project)) == comparable(before)
    assert on_file(small_project).catalogues == before.catalogues  # Kumu's new types went with the undo


def test_a_broken_file_shows_where_and_changes_nothing(qtbot, make_window, small_project: Path,
                                                       tmp_path: Path, monkeypatch) -> None:
    window = make_window(small_project)
    before = on_file(small_project)
    choose_file(monkeypatch, write_csv(tmp_path, "Name\nA\nB\n", "Von;Nach\nA;B\nB;X\n"))
    window.actions_.import_.trigger()
    flow = window.findChild(ImportFlow)
    qtbot.waitUntil(lambda: flow.error_box is not None, timeout=20000)
    assert flow.error_box.text() == "“karte.csv” could not be imported; nothing was changed."
    assert flow.error_box.informativeText() == "karte_beziehungen.csv, row 3, column Nach: unknown actor 'X'"
    assert window.findChild(ImportPreviewDialog) is None
    flow.error_box.accept()
    assert on_file(small_project) == before
    assert window.session.undo_stack.count() == 0


def test_reading_shows_a_busy_indicator_and_can_be_cancelled(qtbot, make_window, small_project: Path,
                                                             tmp_path: Path, monkeypatch) -> None:
    release = threading.Event()
    real = import_flow.plan_both

    def slow(state: MapState, path: Path) -> tuple[ImportPlan, ImportPlan]:  # a big workbook
        release.wait(10)
        return real(state, path)

    monkeypatch.setattr(import_flow, "plan_both", slow)
    window = make_window(small_project)
    flow = import_file(window, write_csv(tmp_path, NODES, TIES))
    assert flow is not None
    qtbot.waitUntil(lambda: flow.progress is not None and flow.progress.isVisible(), timeout=5000)
    assert window.findChild(ImportPreviewDialog) is None
    finished: list[bool] = []
    flow.finished.connect(finished.append)
    cancel = flow.progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: finished == [False], timeout=10000)
    assert window.findChild(ImportPreviewDialog) is None and window.session.undo_stack.count() == 0


def test_a_file_with_nothing_new_cannot_be_imported_for_nothing(qtbot, make_window, small_project: Path,
                                                                tmp_path: Path) -> None:
    window = make_window(small_project)
    path = tmp_path / "same.csv"
    path.write_text("Name\nStadtverwaltung\nMoscheeverein\n", encoding="utf-8")
    import_file(window, path)
    preview = preview_of(qtbot, window)
    assert preview.counts()["unchanged_actors"] == 2
    assert not preview.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "would change nothing" in preview.warning.text()
    preview.reject()
    assert window.session.undo_stack.count() == 0


def test_both_plans_come_from_one_reading(small_project: Path, tmp_path: Path) -> None:
    def without_new_uids(plan: ImportPlan) -> ImportPlan:  # a new actor or tie gets a fresh uid each reading
        return replace(plan, new_actors=[a.with_changes(uid="") for a in plan.new_actors],
                       new_ties=[t.with_changes(uid="") for t in plan.new_ties])

    path = write_csv(tmp_path, NODES, TIES)
    with Project.open(small_project, read_only=True) as project:
        adding, replacing = plan_both(project.state(), path)
        assert without_new_uids(adding) == without_new_uids(plan_file_import(project, path))
        assert without_new_uids(replacing) == without_new_uids(plan_file_import(project, path, replace_map=True))
        assert replacing.removed_actors and not adding.removed_actors


def test_the_file_dialogs_offer_every_format() -> None:
    filters = import_filters()
    specific = filters.split(";;")[1:-1]
    for suffix in SUPPORTED_IMPORTS:
        assert f"*{suffix}" in filters.split(";;")[0]
        assert any(f"*{suffix}" in f for f in specific), suffix
    assert set(FORMATS) == set(EXPORT_SUFFIXES)


# --- export -------------------------------------------------------------------------------------------


@pytest.fixture
def contact_project(small_project: Path) -> Path:
    """The small map with a contact person and a snapshot taken before a fifth actor came."""
    with Project.open(small_project) as project:
        school = next(a for a in project.actors() if a.name == "Grundschule Süd")
        project.update_actor(school.with_changes(contact=ContactPerson("Erika Kontakt", "Schulleitung",
                                                                       "erika@example.org")))
        project.take_snapshot("Workshop 1")
        from netmap.domain import Actor

        project.add_actors([Actor("Tafel e.V.", category="initiativen")])
    return small_project


def export_through_dialog(qtbot, window, target: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    window.actions_.export.trigger()
    (dialog,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]  # closed ones wait for deletion
    dialog.set_format(target.suffix)
    dialog.path.setText(str(target))
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))  # small: fast
    return dialog


@pytest.mark.parametrize("suffix", list(FORMATS))
def test_export_each_format_through_the_dialog(qtbot, make_window, contact_project: Path, tmp_path: Path,
                                               suffix: str) -> None:
    window = make_window(contact_project)
    target = tmp_path / f"karte{suffix}"
    dialog = export_through_dialog(qtbot, window, target)
    publishing = suffix in (".html", ".pdf", ".svg", ".png")
    assert dialog.anonymize.isChecked() == publishing
    assert dialog.paper.isEnabled() == (suffix in (".pdf", ".svg", ".png"))
    if not publishing:
        assert "personal data" in dialog.privacy.text()
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
        assert dialog.progress.isVisible() or dialog.written  # busy while the worker writes
    assert target.exists() and target.stat().st_size > 0
    data = target.read_bytes()
    if suffix == ".pdf":
        assert data.startswith(b"%PDF")
    elif suffix == ".png":
        assert data.startswith(b"\x89PNG")
    elif suffix == ".csv":
        assert (tmp_path / "karte_beziehungen.csv").exists()
    elif suffix == ".xlsx":
        names = [c.value for c in openpyxl.load_workbook(target)["Akteure"]["A"][1:]]
        assert "Tafel e.V." in names and b"erika@example.org" not in data  # zipped: checked below
    if publishing and suffix != ".png":
        assert b"Erika Kontakt" not in data and b"erika@example.org" not in data
    assert str(target) in window.message_bar.text()


def test_export_a_snapshot_anonymised_and_a_before_after_poster(qtbot, make_window, contact_project: Path,
                                                                tmp_path: Path) -> None:
    window = make_window(contact_project)
    target = tmp_path / "workshop1.csv"
    dialog = export_through_dialog(qtbot, window, target)
    dialog.which.setCurrentIndex(dialog.which.findData("Workshop 1"))
    assert "personal data" in dialog.privacy.text()
    dialog.anonymize.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        dialog.start()
    text = target.read_text(encoding="utf-8-sig")
    assert "Tafel" not in text and "Grundschule Süd" in text and "Erika" not in text

    poster = tmp_path / "vorher-nachher.svg"
    dialog = export_through_dialog(qtbot, window, poster)
    dialog.compare.setCurrentIndex(dialog.compare.findData("Workshop 1"))
    assert dialog.options()["compare_with"] == "Workshop 1"
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        dialog.start()
    svg = poster.read_text(encoding="utf-8")
    assert "Tafel e.V." in svg and ("Before" in svg or "Vorher" in svg)


def test_a_failed_export_says_why_and_keeps_the_dialog_open(qtbot, make_window, small_project: Path,
                                                            tmp_path: Path) -> None:
    window = make_window(small_project)
    dialog = export_file(window)
    assert dialog is not None
    dialog.set_format(".gexf")
    dialog.path.setText(str(tmp_path / "no such folder" / "karte.gexf"))
    with qtbot.waitSignal(dialog.job.failed, timeout=30000):
        dialog.start()
    assert dialog.isVisible() and not dialog.progress.isVisible()
    assert dialog.error.startswith("The map could not be exported: ")
    assert "the folder does not exist" in dialog.status.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not (tmp_path / "no such folder").exists()
    dialog.reject()


def test_the_format_follows_a_typed_extension(qtbot, make_window, small_project: Path, tmp_path: Path) -> None:
    window = make_window(small_project)
    dialog = export_file(window)
    dialog.path.setText(str(tmp_path / "plakat.png"))
    dialog.path.editingFinished.emit()
    assert dialog.suffix() == ".png" and dialog.anonymize.isChecked()
    dialog.set_format(".graphml")
    assert dialog.path.text() == str(tmp_path / "plakat.graphml") and not dialog.anonymize.isChecked()
    dialog.reject()


# --- print --------------------------------------------------------------------------------------------


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_to_a_pdf_file(make_window, small_project: Path, tmp_path: Path) -> None:
    window = make_window(small_project)
    target = tmp_path / "gedruckt.pdf"
    assert print_map(window, printer=pdf_printer(target))
    assert target.read_bytes().startswith(b"%PDF")


def test_print_through_the_menu_and_the_print_dialog(qtbot, make_window, small_project: Path, tmp_path: Path,
                                                     monkeypatch) -> None:
    target = tmp_path / "menu.pdf"

    class PrintDialog:  # the system's dialog, answered: "print to a PDF file"
        def __init__(self, printer: QPrinter, parent: object) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            assert title == "Print the map"

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(export_dialog, "QPrintDialog", PrintDialog)
    window = make_window(small_project)
    assert window.actions_.print_.shortcut().toString() == "Ctrl+P"
    window.actions_.print_.trigger()
    (preview,) = [d for d in window.findChildren(PrintPreview) if d.isVisible()]  # the page first, then the printer
    press(qtbot, preview, QDialogButtonBox.StandardButton.Ok)
    assert target.read_bytes().startswith(b"%PDF")


def test_menu_entries_and_shortcuts(make_window, small_project: Path) -> None:
    window = make_window(small_project)
    a = window.actions_
    assert a.import_.shortcut().toString() == "Ctrl+I" and a.export.shortcut().toString() == "Ctrl+Shift+E"
    assert {a.import_, a.export, a.print_} <= set(window.file_menu.actions())
    assert a.erase_person in window.edit_menu.actions() and a.about_data in window.help_menu.actions()
    assert all(x.isEnabled() for x in (a.import_, a.export, a.print_, a.erase_person))
    window.close_project()
    assert not any(x.isEnabled() for x in (a.import_, a.export, a.print_, a.erase_person))
    assert import_flow.import_file(window) is None and export_file(window) is None


def test_the_preview_says_which_names_were_normalised_and_merged(qtbot, make_window, small_project: Path,
                                                                 tmp_path: Path) -> None:
    window = make_window(small_project)
    path = tmp_path / "namen.csv"
    path.write_text("Von;Nach\nTafel\u200b;Stadtverwaltung\nTAFEL;Moscheeverein\nKita \u202edron;Tafel\n",
                    encoding="utf-8")
    import_file(window, path)
    preview = preview_of(qtbot, window)
    summary = preview.summary.text()
    assert "Names normalised (invisible and text-direction characters removed, Unicode composed to NFC): 2" in summary
    assert ("Actors the file names in several spellings, each kept as one actor (1): "
            "'Tafel' (also 'Tafel\\u200b', 'TAFEL')") in summary
    assert [preview.items["new_actors"].child(i).text(0) for i in range(2)] == ["Tafel", "Kita dron"]
    press(qtbot, preview, QDialogButtonBox.StandardButton.Ok)
    assert {"Tafel", "Kita dron"} <= {a.name for a in on_file(small_project).actors}


def test_an_edited_workbook_through_the_menu_shows_tie_and_project_changes_and_undoes_them(
        qtbot, make_window, small_project: Path, tmp_path: Path, monkeypatch) -> None:
    from netmap.transfer import export_map

    with Project.open(small_project) as project:
        project.take_snapshot("Workshop")
        path = tmp_path / "karte.xlsx"
        export_map(project, path, snapshot="Workshop")
    book = openpyxl.load_workbook(path)
    ties, facts = book["Beziehungen"], book["Projekt"]
    ties.cell(2, [c.value for c in ties[1]].index("Stärke") + 1).value = 3
    town = next(r for r in range(2, facts.max_row + 1) if facts.cell(r, 1).value == "Kommune")
    facts.cell(town, 2).value = "Neustadt"
    book.save(path)
    window = make_window(small_project)
    before = on_file(small_project)
    choose_file(monkeypatch, path)
    window.actions_.import_.trigger()
    preview = preview_of(qtbot, window)
    assert preview.counts()["changed_ties"] == 1 and preview.counts()["changed_actors"] == 0
    facts_group = preview.items["changed_info"]
    assert facts_group.child(0).text(0) == "Town" and facts_group.child(0).text(1).endswith("→ Neustadt")
    press(qtbot, preview, QDialogButtonBox.StandardButton.Ok)
    after = on_file(small_project)
    assert after.info.town == "Neustadt" and sorted(t.strength for t in after.ties) == [1, 1, 3]
    window.undo_action.trigger()
    assert on_file(small_project).info == before.info
    assert sorted(t.strength for t in on_file(small_project).ties) == [1, 1, 1]
    window.redo_action.trigger()
    assert on_file(small_project).info.town == "Neustadt"


@pytest.mark.parametrize(("suffix", "kind"), [(".xlsx", "kumu"), (".csv", "gephi")])
def test_export_in_another_tools_layout_through_the_dialog(qtbot, make_window, contact_project: Path,
                                                           tmp_path: Path, suffix: str, kind: str) -> None:
    window = make_window(contact_project)
    target = tmp_path / f"karte{suffix}"
    dialog = export_through_dialog(qtbot, window, target)
    assert dialog.layout_.isEnabled() and dialog.layout_.count() == 2 and dialog.kind() is None
    assert dialog.compare.isEnabled() == (suffix == ".xlsx")  # the workbook's comparison sheet
    dialog.set_layout(kind)
    assert dialog.layout_.currentText().startswith("Kumu" if kind == "kumu" else "Gephi")
    assert not dialog.compare.isEnabled() and dialog.options()["kind"] == kind
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    if kind == "kumu":
        assert openpyxl.load_workbook(target).sheetnames == ["Elements", "Connections"]
    else:
        assert target.read_text(encoding="utf-8").startswith("Id,Label,")
        assert (tmp_path / "karte_ties.csv").read_text(encoding="utf-8").startswith("Source,Target,Type,Weight")
    dialog.set_format(".html")
    assert not dialog.layout_.isEnabled() and dialog.compare.isEnabled()  # the page's before/after switch


PAJEK = Path(__file__).parents[1] / "exchange" / "files" / "pajek" / "project.paj"


def test_the_preview_offers_the_networks_and_partitions_and_says_what_is_left_out(
        qtbot, make_window, small_project: Path, monkeypatch) -> None:
    window = make_window(small_project)
    choose_file(monkeypatch, PAJEK)
    window.actions_.import_.trigger()
    preview = preview_of(qtbot, window)
    assert preview.network.currentText() == "Friends" and preview.network.isVisible()
    assert [preview.network.itemText(i) for i in range(preview.network.count())] == ["Friends", "Advice"]
    left = preview.items["left_out"]
    assert [left.child(i).text(0) for i in range(left.childCount())] == [
        "Further networks of the project file not imported: 1 (Advice)",
        "Permutations skipped (an order of vertices, not a network): 1"]
    assert "The file holds 4 actors and 4 ties." in preview.summary.text()
    label, box = preview.partition_boxes["Gender"]
    assert label.text() == "Partition “Gender”:" and box.currentText() == "keep as an attribute"

    box.setCurrentIndex(2)  # use as clusters: the file is read again
    qtbot.waitUntil(lambda: preview.counts()["new_clusters"] == 2, timeout=20000)
    assert sorted(c.name for c in preview.plan().new_clusters) == ["Gender 1", "Gender 2"]
    box.setCurrentIndex(1)  # as categories
    qtbot.waitUntil(lambda: preview.counts()["new_entries"] >= 2 and not preview.plan().new_clusters,
                    timeout=20000)
    assert {e.label_en for e in preview.plan().new_entries[CatalogueKind.CATEGORY]} == {"Gender 1", "Gender 2"}

    preview.network.setCurrentText("Advice")
    qtbot.waitUntil(lambda: [a.name for a in preview.plan().new_actors] == ["Xaver", "Yusuf", "Zoe"],
                    timeout=20000)
    assert preview.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    press(qtbot, preview, QDialogButtonBox.StandardButton.Ok)
    assert {"Xaver", "Yusuf", "Zoe"} <= {a.name for a in on_file(small_project).actors}


def test_the_file_options_follow_a_language_switch(qtbot, make_window, small_project: Path, monkeypatch) -> None:
    """The choosers of the file's options live in their own layout (ImportOptions): its texts switch
    language with the preview's, the network's and the partition's labels and the uses alike."""
    window = make_window(small_project)
    choose_file(monkeypatch, PAJEK)
    window.actions_.import_.trigger()
    preview = preview_of(qtbot, window)
    qtbot.waitUntil(lambda: preview.focusWidget() is not None)
    assert preview.focusWidget() is preview.tree  # the list first; the choosers come after it when tabbing
    label, box = preview.partition_boxes["Gender"]
    window.set_language("de")
    assert preview.windowTitle() == "Importvorschau"
    network_label = preview.options.labelForField(preview.network)
    assert network_label.text() == "Netzwerk der Datei:"
    assert label.text() == "Partition „Gender“:" and box.currentText() == "als Attribut behalten"
    window.set_language("en")
    assert network_label.text() == "Network of the file:" and box.currentText() == "keep as an attribute"
    preview.reject()


DYNAMIC = Path(__file__).parents[1] / "exchange" / "files" / "gexf" / "dynamic_dates.gexf"


def test_a_dynamic_gexf_becomes_dated_snapshots_and_undo_takes_them_back(
        qtbot, make_window, small_project: Path, monkeypatch) -> None:
    window = make_window(small_project)
    before = on_file(small_project)
    choose_file(monkeypatch, DYNAMIC)
    window.actions_.import_.trigger()
    preview = preview_of(qtbot, window)
    group = preview.items["snapshots"]
    assert [group.child(i).text(0) for i in range(group.childCount())] == [
        "dynamic_dates 2020-05-01", "dynamic_dates 2022-05-01", "dynamic_dates 2024-05-01"]
    press(qtbot, preview, QDialogButtonBox.StandardButton.Ok)
    with Project.open(small_project, read_only=True) as project:
        snapshots = [(s.label, s.taken_on.isoformat()) for s in project.snapshots()]
        assert snapshots == [("dynamic_dates 2020-05-01", "2020-05-01"), ("dynamic_dates 2022-05-01", "2022-05-01"),
                             ("dynamic_dates 2024-05-01", "2024-05-01")]
        first = {a.name for a in project.snapshot_state("dynamic_dates 2020-05-01").actors}
        assert {"Rathaus", "Jugendtreff"} <= first and "Tafel" not in first
        names = {a.name for a in project.state().actors}
        assert "Tafel" in names and "Jugendtreff" not in names  # the last state; closed in 2023
        assert {a.name for a in before.actors} <= names  # the map's own actors stay
    window.undo_action.trigger()
    with Project.open(small_project, read_only=True) as project:
        assert project.snapshots() == [] and comparable(project.state()) == comparable(before)
    window.redo_action.trigger()
    with Project.open(small_project, read_only=True) as project:
        assert [s.label for s in project.snapshots()] == [label for label, _ in snapshots]
        assert "Jugendtreff" in {a.name for a in project.snapshot_state("dynamic_dates 2020-05-01").actors}
