"""Actor labels: wrapped, centred, at most a few lines, laid out once and drawn many times."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

__all__ = ["LabelLayout"]


class LabelLayout:
    """`text` wrapped at `max_width` (at word boundaries, inside a word only when it must), centred
    on x = 0 with its top at y = 0; more than `max_lines` lines end in an ellipsis."""

    def __init__(self, text: str, font: QFont, max_width: float, max_lines: int = 4) -> None:
        self.text = " ".join(text.split())  # line breaks and runs of blanks would make odd labels
        self.font = QFont(font)
        self.max_width = max_width
        self._layout, lines = self._make(self.text)
        if lines > max_lines:
            self._layout, _ = self._make(self._shortened(max_lines))
        widest = 0.0
        height = 0.0
        for i in range(self._layout.lineCount()):
            line = self._layout.lineAt(i)
            widest = max(widest, line.naturalTextWidth())
            height = line.y() + line.height()
        self.rect = QRectF(-widest / 2, 0.0, widest, height)

    def _make(self, text: str) -> tuple[QTextLayout, int]:
        layout = QTextLayout(text, self.font)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        y = 0.0
        count = 0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.max_width)
            line.setPosition(QPointF(0.0, y))
            y += line.height()
            count += 1
        layout.endLayout()
        return layout, count

    def _shortened(self, max_lines: int) -> str:
        """The text of the first lines, the last of them elided."""
        last = self._layout.lineAt(max_lines - 1)
        head = self.text[:last.textStart()]
        tail = QFontMetricsF(self.font).elidedText(self.text[last.textStart():], Qt.TextElideMode.ElideRight,
                                                   self.max_width)
        return head + tail

    def draw(self, painter: QPainter, top: float) -> None:
        self._layout.draw(painter, QPointF(-self.max_width / 2, top))
