"""File > Print… shows the page first (paper size, orientation); Export… keeps the last choices."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from netmap.ui.exchange import export_dialog
from netmap.ui.exchange.export_dialog import ExportDialog
from netmap.ui.exchange.poster import render_to_printer
from netmap.ui.exchange.print_preview import PrintPreview


def the_preview(window) -> PrintPreview:  # type: ignore[no-untyped-def]
    (preview,) = [d for d in window.findChildren(PrintPreview) if d.isVisible()]
    return preview


def media_boxes(pdf: bytes) -> list[tuple[float, float]]:
    found = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    return [(float(w), float(h)) for w, h in found]


def test_print_shows_a_preview_with_paper_and_orientation_and_prints_what_it_shows(
        qtbot, make_window, small_project: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "vorschau.pdf"
    asked: list[QPrinter] = []

    def ask(printer: QPrinter, parent: QWidget) -> bool:  # the system's print dialog: "to a PDF file"
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(export_dialog, "_ask_printer", ask)
    window = make_window(small_project)
    window.actions_.print_.trigger()
    preview = the_preview(window)
    assert not target.exists() and not asked  # nothing printed before the user saw the page
    assert preview.isModal() and preview.preview.pageCount() == 1
    screen = window.screen().availableGeometry()
    assert preview.width() <= screen.width() and preview.height() <= screen.height()
    assert preview.printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape  # the default

    preview.paper.setCurrentIndex(preview.paper.findData("A3"))
    preview.orientation.setCurrentIndex(preview.orientation.findData(False))
    layout = preview.printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A3
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    assert preview.preview.pageCount() == 1 and not preview.error

    with qtbot.waitSignal(preview.accepted):
        preview.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert asked == [preview.printer]
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    ((width, height),) = set(media_boxes(data))
    assert round(width) == 842 and round(height) == 1191  # A3 portrait, in points

    window.actions_.print_.trigger()  # the next time: the paper and orientation chosen last
    again = the_preview(window)
    assert again.paper_name() == "A3" and not again.landscape()
    assert again.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A3
    again.reject()


def test_cancelling_the_printer_prints_nothing_and_keeps_the_preview(
        qtbot, make_window, small_project: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(export_dialog, "_ask_printer", lambda printer, parent: False)
    window = make_window(small_project)
    window.actions_.print_.trigger()
    preview = the_preview(window)
    preview.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert preview.isVisible() and preview.result() == 0
    preview.reject()


def test_the_export_dialog_remembers_the_last_format_paper_and_orientation(
        qtbot, make_window, small_project: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(small_project)
    window.actions_.export.trigger()
    (dialog,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert dialog.suffix() == ".xlsx" and dialog.paper.currentData() == "A1" and dialog.landscape.isChecked()
    dialog.set_format(".svg")
    dialog.path.setText(str(tmp_path / "karte.svg"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.landscape.setChecked(False)
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert (tmp_path / "karte.svg").exists()

    window.actions_.export.trigger()
    (again,) = [d for d in window.findChildren(ExportDialog) if d.isVisible() and d is not dialog]
    assert again.suffix() == ".svg" and again.path.text().endswith(".svg")
    assert again.paper.currentData() == "A4" and not again.landscape.isChecked()
    assert again.anonymize.isChecked()  # a poster is anonymised by default, remembered format or not
    again.reject()


def test_the_printed_map_keeps_the_canvas_background(make_window, small_project: Path) -> None:  # type: ignore[no-untyped-def]
    """The page shows the map on the canvas's own background, as printing did before the render
    layer drew it (the map area stood out from the white page; it had gone white)."""
    window = make_window(small_project)
    window.actions_.print_.trigger()
    preview = the_preview(window)
    background = window.scene.backgroundBrush().color()
    assert background != QColor("#ffffff")  # the canvas is off-white
    page = preview.preview.grab().toImage()
    matching = sum(1 for y in range(0, page.height(), 2) for x in range(0, page.width(), 2)
                   if page.pixelColor(x, y).rgb() == background.rgb())
    assert matching > page.width() * page.height() // 4 // 20  # a twentieth of the preview at least
    preview.reject()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the PDF")
def test_printing_keeps_the_names_the_screen_shows(make_window, demo: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An A4 print of the live map shows the names the screen shows, as printing the scene did; a
    poster's own rule would hide them on a page this small."""
    window = make_window(demo)
    window.view.fit_all()
    for _ in range(20):  # in until the screen shows names
        if window.scene.labels_shown:
            break
        window.view.zoom_in()
    assert window.scene.labels_shown
    shown_on_screen = {item.actor.name for item in window.scene.actor_items()
                       if item.mapToScene(item.boundingRect()).boundingRect().intersects(
                           window.view.mapToScene(window.view.viewport().rect()).boundingRect())}
    writer = QPdfWriter(str(tmp_path / "print.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    render_to_printer(window.scene, writer)
    del writer  # the PDF is finished when its writer goes
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "print.pdf"), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    found = {name for name in shown_on_screen if " ".join(name.split()[:1]) in text}
    assert len(found) >= len(shown_on_screen) // 2, sorted(shown_on_screen - found)
