"""A table cell that shows a colour as a colour: no "#1e88e5" for the user to read.

The catalogue editor keeps each entry's colour as the cell's text (what is stored); this delegate
paints that colour as a filled swatch instead of the text, and offers no text editor: the colour
is chosen with the colour dialog (the Colour… button, or a double-click on the swatch).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

__all__ = ["SwatchDelegate"]


class SwatchDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        style = option.widget.style() if option.widget is not None else None
        if style is not None:  # selection background and focus frame, without the text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            plain.icon = plain.icon.__class__()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        colour = QColor(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        if not colour.isValid():
            return
        rect = option.rect.adjusted(4, 3, -4, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#616161"), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        painter.restore()

    # Qt takes None as "no editor here"; PySide6's stub says a QWidget is always returned.
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # type: ignore[override]
                     index: QModelIndex | QPersistentModelIndex) -> QWidget | None:
        return None  # the colour dialog chooses colours
