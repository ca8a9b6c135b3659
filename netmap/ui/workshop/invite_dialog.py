"""The invitation window: pick the network in plain words, then show the room how to join.

Nothing is served until the facilitator presses Start, and only on the network picked. Once
started, the window shows what a projector needs: a large QR code, the short address and the join
code in big letters. Closing the window stops the server.
"""

from __future__ import annotations

import io
from typing import Protocol

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netmap.errors import NetMapError
from netmap.participation.desk import DEFAULT_DOTS
from netmap.participation.server import ParticipationServer, available_interfaces

__all__ = ["InviteDialog", "Serving", "qr_pixmap"]

PORT = 8765
"""The port phones connect to; a fixed number, so the address stays the same all workshop long."""


def qr_pixmap(text: str, size: int) -> QPixmap:
    """`text` as a QR code of about `size` pixels (segno writes the PNG, Qt shows it)."""
    code = segno.make(text, error="m")
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, size // modules), border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class Serving(Protocol):
    """What the window needs to serve the map to phones (WorkshopController, which opens it)."""

    @property
    def server(self) -> ParticipationServer | None: ...

    def start(self, host: str, port: int, dots_per_device: int) -> str: ...

    def stop_server(self) -> None: ...


def _big(points: int, bold: bool = True) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class InviteDialog(QDialog):
    def __init__(self, controller: Serving, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inviteDialog")
        self.controller = controller
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.network_box = QGroupBox()
        self.networks = QButtonGroup(self)
        box_layout = QVBoxLayout(self.network_box)
        self.choices: dict[QRadioButton, str] = {}
        for interface in available_interfaces():
            button = QRadioButton()
            button.setProperty("interfaceName", interface.name)
            button.setProperty("loopback", interface.loopback)
            self.choices[button] = interface.address
            self.networks.addButton(button)
            box_layout.addWidget(button)
        if self.choices:
            next(iter(self.choices)).setChecked(True)  # the first network; loopback comes last
        self.dots = QSpinBox()
        self.dots.setRange(0, 20)
        self.dots.setValue(DEFAULT_DOTS)
        self.dots_label = QLabel()
        form = QFormLayout()
        form.addRow(self.dots_label, self.dots)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startServing")
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopServing")
        self.stop_button.clicked.connect(self.stop)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c")

        self.projector = QWidget()
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_hint = QLabel()
        self.join_hint.setFont(_big(18, bold=False))
        self.join_hint.setWordWrap(True)
        self.address = QLabel()
        self.address.setFont(_big(24))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel()
        self.code.setFont(_big(40))
        shown = QVBoxLayout()
        for label in (self.join_hint, self.address, self.code):
            shown.addWidget(label)
        shown.addStretch(1)
        projector_layout = QHBoxLayout(self.projector)
        projector_layout.addWidget(self.qr)
        projector_layout.addLayout(shown, 1)

        self.settings = QWidget()
        settings_layout = QVBoxLayout(self.settings)
        settings_layout.setContentsMargins(0, 0, 0, 0)
        settings_layout.addWidget(self.explanation)
        settings_layout.addWidget(self.network_box)
        settings_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.settings)
        layout.addWidget(self.projector, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._retranslate()
        self._show_state()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Invite participants"))
        self.explanation.setText(self.tr(
            "Participants can propose actors, ties, ratings and dots from their own phones. Their phones "
            "connect to this laptop over the network it is on, for example the room's Wi-Fi: choose that "
            "network below. Nothing goes to the internet; the map is served from this laptop, and only "
            "while this window is open. Proposals wait in the queue until you decide on them."))
        self.network_box.setTitle(self.tr("Network the phones are on"))
        for button, address in self.choices.items():
            if button.property("loopback"):
                button.setText(self.tr("Only this computer (to try it out) – {0}").format(address))
            else:
                button.setText(self.tr("Network “{0}” – phones in the same network can join ({1})")
                               .format(button.property("interfaceName"), address))
        self.dots_label.setText(self.tr("Dots per phone:"))
        self.start_button.setText(self.tr("Start inviting"))
        self.stop_button.setText(self.tr("Stop"))
        self.join_hint.setText(self.tr("Scan the code with your phone's camera, or type the address:"))

    def chosen_address(self) -> str | None:
        checked = self.networks.checkedButton()
        return self.choices.get(checked) if isinstance(checked, QRadioButton) else None

    def start(self, port: int = PORT) -> None:
        host = self.chosen_address()
        if host is None:
            self.error.setText(self.tr("Choose the network the phones are on."))
            return
        try:
            url = self.controller.start(host, port, self.dots.value())
        except NetMapError as exc:
            self.error.setText(self.tr("The invitation could not start: {0}").format(exc))
            return
        self.error.clear()
        assert self.controller.server is not None
        self.qr.setPixmap(qr_pixmap(url, 440))  # read from the back row on a 1280x720 projector
        self.address.setText(url)
        code = self.controller.server.code
        self.code.setText(self.tr("Code: {0}").format(" ".join(code[i:i + 4] for i in range(0, len(code), 4))))
        self._show_state()

    def stop(self) -> None:
        self.controller.stop_server()
        self._show_state()

    def _show_state(self) -> None:
        running = self.controller.server is not None and self.controller.server.running
        self.settings.setVisible(not running)
        self.projector.setVisible(running)
        self.start_button.setVisible(not running)
        self.stop_button.setVisible(running)
        self.adjustSize()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.stop_server()
        self._show_state()
        super().closeEvent(event)

    def reject(self) -> None:  # Esc closes the window, and so stops serving
        self.controller.stop_server()
        self._show_state()
        super().reject()
