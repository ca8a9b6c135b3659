"""File > Print…: a preview of the page before paper is spent, with the paper size and orientation.

The page is drawn by the poster renderer (`render_to_printer`, the same drawing as the PDF
poster), once for the preview and once for the printer. The preview is window-modal (`open()`),
never `exec()`: the facilitator can still see the map it shows, and tests can drive it. The paper
and orientation chosen last are remembered in the user's settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from netmap.ui.background import error_text
from netmap.ui.canvas import MapScene
from netmap.ui.i18n import follow_language
from netmap.ui.exchange.poster import render_to_printer
from netmap.ui.settings import Preferences

__all__ = ["PRINT_PAPERS", "PrintPreview"]

PRINT_PAPERS: dict[str, QPageSize.PageSizeId] = {  # name kept in the settings -> Qt's size; the chooser's order
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "A5": QPageSize.PageSizeId.A5,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
}

AskPrinter = Callable[[QPrinter, QWidget], bool]


class PrintPreview(QDialog):
    """The printed page as it will come out; Print… asks for the printer, then prints it."""

    def __init__(self, scene: MapScene, language: str, printer: QPrinter, prefs: Preferences,
                 ask: AskPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.scene = scene
        self.language = language
        self.printer = printer
        self.prefs = prefs
        self.ask = ask
        self.error = ""

        self.paper = QComboBox()
        self.paper.setObjectName("printPaper")
        for name, size in PRINT_PAPERS.items():
            self.paper.addItem(QPageSize(size).name() if name.startswith("A") else "", name)
        self.orientation = QComboBox()
        self.orientation.setObjectName("printOrientation")
        self.orientation.addItem("", True)
        self.orientation.addItem("", False)
        paper, landscape = prefs.print_choice()
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.orientation.setCurrentIndex(0 if landscape else 1)
        self.labels = {key: QLabel() for key in ("paper", "orientation")}
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b71c1c")
        self.status.hide()
        self.preview = QPrintPreviewWidget(printer, self)
        self.preview.setObjectName("printPreviewPage")
        self.preview.paintRequested.connect(self._paint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.print_)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.labels["paper"])
        row.addWidget(self.paper)
        row.addSpacing(12)
        row.addWidget(self.labels["orientation"])
        row.addWidget(self.orientation)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._apply_page()
        self.paper.currentIndexChanged.connect(self._on_page)
        self.orientation.currentIndexChanged.connect(self._on_page)
        self._retranslate()
        self.preview.fitInView()
        follow_language(self, self._retranslate)

    # -- the page --------------------------------------------------------------------------------

    def paper_name(self) -> str:
        return str(self.paper.currentData())

    def landscape(self) -> bool:
        return bool(self.orientation.currentData())

    def _apply_page(self) -> None:
        self.printer.setPageSize(QPageSize(PRINT_PAPERS[self.paper_name()]))
        self.printer.setPageOrientation(QPageLayout.Orientation.Landscape if self.landscape()
                                        else QPageLayout.Orientation.Portrait)

    def _on_page(self, _index: int = 0) -> None:
        self._apply_page()
        self.prefs.set_print_choice(self.paper_name(), self.landscape())
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        try:
            render_to_printer(self.scene, printer, language=self.language)
        except Exception as exc:  # noqa: BLE001 - a page that cannot be drawn is said, the window stays
            self._show_error(exc)

    def _show_error(self, exc: Exception) -> None:
        self.error = self.tr("The map could not be printed: {0}").format(error_text(exc))
        self.status.setText(self.error)
        self.status.show()

    # -- printing ----------------------------------------------------------------------------------

    def print_(self) -> bool:
        """Ask for the printer (the system's dialog), print the page as previewed, and close."""
        self.prefs.set_print_choice(self.paper_name(), self.landscape())
        if not self.ask(self.printer, self):
            return False
        try:
            render_to_printer(self.scene, self.printer, language=self.language)
        except Exception as exc:  # noqa: BLE001 - a printer that fails must not take the window down
            self._show_error(exc)
            return False
        self.accept()
        return True

    # -- words --------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print preview"))
        self.labels["paper"].setText(self.tr("Paper:"))
        self.labels["orientation"].setText(self.tr("Orientation:"))
        self.orientation.setItemText(0, self.tr("Landscape"))
        self.orientation.setItemText(1, self.tr("Portrait"))
        self.paper.setItemText(self.paper.findData("Letter"), self.tr("US Letter"))
        self.paper.setItemText(self.paper.findData("Legal"), self.tr("US Legal"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.preview.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
