"""Where an actor or a tie came from, as the inspector shows it: one line per source, and for a tie
how many sources name it (a tie two independent sources name is firmer evidence)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from netmap.domain import Source
from netmap.provenance import describe_source

__all__ = ["SourcesLabel"]


class SourcesLabel(QLabel):
    """Read-only text under the inspector's fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesLabel")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("color: #424242")

    def show_sources(self, sources: tuple[Source, ...], *, count: bool = False) -> None:
        language = "de" if QLocale().language() == QLocale.Language.German else "en"
        if not sources:
            self.setText(self.tr("Not recorded"))
            return
        lines = [f"• {describe_source(s, language)}" for s in sources]
        if count:
            lines.insert(0, self.tr("Named by %n source(s)", "", len(sources)))
        self.setText("\n".join(lines))
