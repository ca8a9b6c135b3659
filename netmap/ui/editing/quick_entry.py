"""Typing actors in as fast as a workshop names them: a name, Enter, the first letters of a
category, Enter.

The field has two steps. In the first it takes the actor's name; Enter moves on to the category,
where the letters typed so far pick the matching categories (beginning of the label first, then
beginning of any word, then anywhere), Tab or the arrow keys step through them and Enter adds the
actor with the highlighted one (with an empty field: without a category). Esc goes back a step.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from netmap.domain import CatalogueEntry
from netmap.ui.i18n import follow_language

__all__ = ["QuickEntry", "entry_row", "match_categories"]

_WORD_START = re.compile(r"[\s/\-*(,.]+")


def match_categories(text: str, entries: list[CatalogueEntry], language: str,
                     recent: Sequence[str] = ()) -> list[CatalogueEntry]:
    """The entries whose label matches `text`, best first: label start, word start, anywhere;
    within each, the keys in `recent` (most recently used first) before the others."""
    wanted = text.strip().casefold()
    if not wanted:
        return []
    starts, words, anywhere = [], [], []
    for entry in entries:
        label = entry.label(language).casefold()
        other = entry.label("de" if language == "en" else "en").casefold()
        if label.startswith(wanted) or entry.key.casefold().startswith(wanted):
            starts.append(entry)
        elif any(w.startswith(wanted) for w in _WORD_START.split(label)):
            words.append(entry)
        elif wanted in label or other.startswith(wanted):
            anywhere.append(entry)
    rank = {key: i for i, key in enumerate(recent)}

    def by_recency(found: list[CatalogueEntry]) -> list[CatalogueEntry]:
        return sorted(found, key=lambda e: rank.get(e.key, len(rank)))  # stable: catalogue order otherwise

    return by_recency(starts) + by_recency(words) + by_recency(anywhere)


def entry_row(owner: QWidget, edit_name: str) -> tuple[QLabel, QLineEdit, QLabel]:
    """The row of a typing field (quick entry, typed ties): a prompt, the field, the hint with
    the candidates."""
    prompt = QLabel(owner)
    edit = QLineEdit(owner)
    edit.setObjectName(edit_name)
    edit.setClearButtonEnabled(True)
    edit.setMinimumWidth(260)
    hint = QLabel(owner)
    hint.setTextFormat(Qt.TextFormat.RichText)
    hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(4, 2, 4, 2)
    layout.addWidget(prompt)
    layout.addWidget(edit, 1)
    layout.addWidget(hint, 2)
    return prompt, edit, hint


class QuickEntry(QWidget):
    """The quick-entry field; emits `actorRequested(name, category_key)`."""

    actorRequested = Signal(str, str)
    cancelled = Signal()

    NAME, CATEGORY = "name", "category"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[CatalogueEntry] = []
        self._language = "de"
        self._step = self.NAME
        self._name = ""
        self._candidates: list[CatalogueEntry] = []
        self._current = 0
        self.recent: list[str] = []
        """Category keys used last, most recent first: they come first among equal matches."""

        self.prompt, self.edit, self.hint = entry_row(self, "quickEntryEdit")
        self.edit.returnPressed.connect(self._on_return)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.installEventFilter(self)
        self._show_step()
        follow_language(self, self._show_step)

    # -- public -----------------------------------------------------------------------------

    @property
    def step(self) -> str:
        return self._step

    def set_categories(self, entries: list[CatalogueEntry], language: str) -> None:
        self._entries = list(entries)
        self._language = language
        if self._step == self.CATEGORY:
            self._on_text_edited(self.edit.text())

    def start(self) -> None:
        """Put the cursor in the field, ready for a name."""
        self.reset()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reset(self) -> None:
        self._step = self.NAME
        self._name = ""
        self.edit.setText("")  # unlike clear(), also empties the field's own undo: Ctrl+Z undoes the map
        self._show_step()

    def current_category(self) -> CatalogueEntry | None:
        return self._candidates[self._current] if self._candidates else None

    # -- behaviour --------------------------------------------------------------------------

    def _on_return(self) -> None:
        text = " ".join(self.edit.text().split())
        if self._step == self.NAME:
            if not text:
                return
            self._name = text
            self._step = self.CATEGORY
            self.edit.setText("")
            self._candidates, self._current = [], 0
            self._show_step()
            return
        if text and not self._candidates:
            return  # nothing matches: keep typing, or Esc
        entry = self.current_category()
        name = self._name
        if entry is not None:
            self.recent = [entry.key] + [k for k in self.recent if k != entry.key][:8]
        self.reset()
        self.actorRequested.emit(name, entry.key if entry else "")

    def _on_text_edited(self, text: str) -> None:
        if self._step != self.CATEGORY:
            return
        self._candidates = match_categories(text, self._entries, self._language, self.recent)
        self._current = 0
        self._show_candidates()

    def _step_candidate(self, delta: int) -> None:
        if self._candidates:
            self._current = (self._current + delta) % len(self._candidates)
            self._show_candidates()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                event.accept()  # Esc belongs to the field here, not to "leave presentation"
                return True
            undo = event.matches(QKeySequence.StandardKey.Undo) and not self.edit.isUndoAvailable()
            redo = (event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() == QKeyCombination(
                Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y)) and not self.edit.isRedoAvailable()
            if undo or redo:
                event.ignore()  # nothing to undo in the field: Ctrl+Z undoes the last edit of the map
                return True
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if self._step == self.CATEGORY and key in (Qt.Key.Key_Tab, Qt.Key.Key_Down):
                self._step_candidate(1)
                return True
            if self._step == self.CATEGORY and key in (Qt.Key.Key_Backtab, Qt.Key.Key_Up):
                self._step_candidate(-1)
                return True
            if key == Qt.Key.Key_Escape:
                if self._step == self.CATEGORY:
                    name = self._name
                    self.reset()
                    self.edit.setText(name)
                else:
                    self.reset()
                    self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)

    # -- what it shows ----------------------------------------------------------------------

    def _show_step(self) -> None:
        if self._step == self.NAME:
            self.prompt.setText(self.tr("New actor:"))
            self.edit.setPlaceholderText(self.tr("type a name, then Enter"))
            self.hint.setText("")
        else:
            self.prompt.setText(self.tr("Category of “{0}”:").format(self._name))
            self.edit.setPlaceholderText(self.tr("first letters, then Enter"))
            self._show_candidates()

    def _show_candidates(self) -> None:
        if self._step != self.CATEGORY:
            return
        if not self.edit.text().strip():
            self.hint.setText(html.escape(self.tr("Enter: without a category · Esc: back to the name")))
            return
        if not self._candidates:
            self.hint.setText('<span style="color:#b00020">' + html.escape(self.tr("no category matches"))
                              + "</span>")
            return
        first = max(0, min(self._current - 2, len(self._candidates) - 6))
        shown = []
        for i, entry in enumerate(self._candidates[first:first + 6], start=first):
            label = html.escape(entry.label(self._language))
            shown.append(f"<b><u>{label}</u></b>" if i == self._current else label)
        before = "… " if first > 0 else ""
        more = " …" if len(self._candidates) > first + 6 else ""
        tab = html.escape(self.tr("(Tab: next)"))
        self.hint.setText(before + " · ".join(shown) + more + " &nbsp; <i>" + tab + "</i>")
