"""A snapshot's map in a window of its own, read-only.

The live map stays in the main window, editable as always; this window shows a past state beside
it. Nothing here can change anything: the scene's requests (new actor, new tie, moves) are
connected to nothing, the view takes no clicks and the actors cannot be dragged. A comparison
with a snapshot as its later state shows its overlay here too (see compare_overlay.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netmap.domain import MapState, SnapshotInfo
from netmap.ui.canvas import MapScene, MapView
from netmap.ui.i18n import follow_language
from netmap.ui.snapshots.snapshots_panel import format_day

__all__ = ["SnapshotViewer", "make_read_only"]

BANNER_STYLE = "background: #fff8e1; color: #4e342e; border: 1px solid #ffb300; border-radius: 3px; padding: 6px"


def make_read_only(scene: MapScene, view: MapView) -> None:
    """A map to look at: zoom and pan work, nothing moves, nothing is selected or drawn."""
    view.setInteractive(False)
    for item in scene.actor_items():
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)


class SnapshotViewer(QWidget):
    """One snapshot's map, read-only, with a banner that says so. `closed` when the window closes."""

    closed = Signal()

    def __init__(self, snapshot: SnapshotInfo, state: MapState, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("snapshotViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.snapshot = snapshot
        self.state = state
        self.comparison_text = ""
        self.scene = MapScene(self)
        self.scene.set_map(state, language)
        self.view = MapView(self.scene)
        self.view.setObjectName("snapshotMapView")
        make_read_only(self.scene, self.view)
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.counts = QLabel()
        self.counts.setStyleSheet("color: #616161")
        self.zoom_in = QPushButton()
        self.zoom_out = QPushButton()
        self.fit = QPushButton()
        self.back = QPushButton()
        self.back.setObjectName("backToMap")
        self.zoom_in.clicked.connect(self.view.zoom_in)
        self.zoom_out.clicked.connect(self.view.zoom_out)
        self.fit.clicked.connect(self.view.fit_all)
        self.back.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.counts, 1)
        for button in (self.zoom_in, self.zoom_out, self.fit, self.back):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.retranslate()
        self.resize(1200, 800)
        QTimer.singleShot(0, self.view, self.view.fit_all)
        follow_language(self, self.retranslate)

    def set_comparison_text(self, text: str) -> None:
        """A comparison is shown on this map: the banner says which, and what the colours mean."""
        self.comparison_text = text
        self.retranslate()

    def retranslate(self) -> None:
        label, day = self.snapshot.label, format_day(self.snapshot.taken_on)
        self.setWindowTitle(self.tr("Snapshot “{0}” – read-only").format(label))
        text = self.tr("Snapshot “{0}” of {1} — read-only. This is the map as it was then; it cannot be "
                       "changed here. The current map is in the main window.").format(label, day)
        if self.comparison_text:
            text += "\n" + self.comparison_text
        self.banner.setText(text)
        self.counts.setText(self.tr("{0} actors · {1} ties · {2} clusters").format(
            len(self.state.actors), len(self.state.ties), len(self.state.clusters)))
        self.zoom_in.setText(self.tr("Zoom +"))
        self.zoom_out.setText(self.tr("Zoom −"))
        self.fit.setText(self.tr("Whole map"))
        self.back.setText(self.tr("Back to the current map"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
