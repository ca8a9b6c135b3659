"""Typing ties in as fast as actors: the first letters of one actor, a comma, the first letters of
the other, Enter.

Drawing a tie with the mouse means hitting two small dots on a touchpad in front of a group;
typed, a tie is `stad, grund⏎` ("Stadtverwaltung" to "Grundschule Süd"). While typing, the hint
shows the actors that match the side being typed (best first); Tab and the arrow keys step
through them. A digit at the end picks the tie kind (`stad, grund2⏎`: the second kind; a name
that ends in a number needs a space before it is typed further), which stays chosen for the next
ties. After Enter the first actor stays in the field, so several ties from one actor are just
the other's letters and Enter each. Esc empties the field (for a new first actor), Esc again
leaves it.

The matching is in `match_actors`: the name's beginning first, then a word's beginning (also
several words: "gr nord" is "Grundschule Nordstadt"), then anywhere; shorter names first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from netmap.domain import Actor
from netmap.ui.i18n import follow_language
from netmap.ui.editing.quick_entry import entry_row

__all__ = ["SEPARATORS", "TieEntry", "TieText", "match_actors", "parse_tie_text"]

SEPARATORS = ",;>"
"""What separates the two actors' letters (a comma is one key on every keyboard)."""

_WORDS = re.compile(r"[\s/\-(,.„“\"]+")
_KIND = re.compile(r"(?<=\D)\s?([1-9])$")


def match_actors(text: str, actors: Iterable[Actor]) -> list[Actor]:
    """The actors whose name matches `text`, best first: the name's beginning, the beginnings of
    successive words, anywhere; within each, shorter names first."""
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return []
    parts = wanted.split(" ")
    tiers: tuple[list[Actor], list[Actor], list[Actor]] = ([], [], [])
    for actor in actors:
        name = actor.name.casefold()
        if name.startswith(wanted):
            tiers[0].append(actor)
        elif _words_start(parts, [w for w in _WORDS.split(name) if w]):
            tiers[1].append(actor)
        elif wanted in name:
            tiers[2].append(actor)
    return [a for tier in tiers for a in sorted(tier, key=lambda a: (len(a.name), a.name.casefold()))]


def _words_start(parts: list[str], words: list[str]) -> bool:
    """Each typed part begins a word of the name, in order."""
    at = 0
    for part in parts:
        while at < len(words) and not words[at].startswith(part):
            at += 1
        if at == len(words):
            return False
        at += 1
    return True


@dataclass(frozen=True)
class TieText:
    """What the field holds: the first actor's letters, whether a separator was typed, the second
    actor's letters and a tie kind number (0: none typed)."""

    source: str
    separated: bool
    target: str
    kind: int


def parse_tie_text(text: str) -> TieText:
    """Split the field's text at the first separator; a digit 1–9 ending the second actor's letters
    (after a letter or a space) is the kind."""
    for index, char in enumerate(text):
        if char in SEPARATORS:
            source, target = text[:index], text[index + 1:]
            kind = 0
            match = _KIND.search(target)
            if match:
                kind = int(match.group(1))
                target = target[:match.start()]
            return TieText(source.strip(), True, target.strip(), kind)
    return TieText(text.strip(), False, "", 0)


class TieEntry(QWidget):
    """The tie field; emits `tieRequested(source id, target id, kind number or 0)`."""

    tieRequested = Signal(int, int, int)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actors: Callable[[], Iterable[Actor]] = list
        self._kinds: list[str] = []
        self._candidates: list[Actor] = []
        self._current = 0
        self._source: Actor | None = None
        self._target: Actor | None = None
        self._letters: tuple[str, bool, str] = ("", False, "")
        self._pinned: tuple[str, Actor] | None = None  # (letters, actor) kept after Enter or from the selection
        self.prompt, self.edit, self.hint = entry_row(self, "tieEntryEdit")
        self.edit.returnPressed.connect(self._on_return)
        self.edit.textEdited.connect(lambda _t: self._update(reset_choice=False))
        self.edit.installEventFilter(self)
        self._retranslate()
        follow_language(self, self._retranslate)

    # -- public -----------------------------------------------------------------------------

    def set_sources(self, actors: Callable[[], Iterable[Actor]], kinds: list[str]) -> None:
        """Where the actors come from (read on each keystroke) and the tie kinds' labels, in order."""
        self._actors = actors
        self._kinds = list(kinds)
        self._update(reset_choice=False)

    def start(self, source: Actor | None = None) -> None:
        """Put the cursor in the field; with `source`, its name is already typed and separated."""
        self._keep(source)
        self._update(reset_choice=True)
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.end(False)

    @property
    def source(self) -> Actor | None:
        return self._source

    @property
    def target(self) -> Actor | None:
        return self._target

    # -- behaviour --------------------------------------------------------------------------

    def _update(self, reset_choice: bool) -> None:
        parsed = parse_tie_text(self.edit.text())
        letters = (parsed.source, parsed.separated, parsed.target)
        if letters != self._letters:  # other letters: the best match again (a kind digit keeps the choice)
            self._letters = letters
            reset_choice = True
        actors = list(self._actors())
        sources = match_actors(parsed.source, actors)
        typing_target = parsed.separated
        if typing_target:
            if self._pinned is not None and self._pinned[0] == parsed.source:
                chosen: Actor | None = self._pinned[1]
            else:
                chosen = self._source if self._source in sources else (sources[0] if sources else None)
            self._source = chosen
            self._candidates = [a for a in match_actors(parsed.target, actors) if a is not chosen]
        else:
            self._candidates = sources
        if reset_choice:
            self._current = 0
        self._current = min(self._current, max(0, len(self._candidates) - 1))
        current = self._candidates[self._current] if self._candidates else None
        if typing_target:
            self._target = current
        else:
            self._source, self._target = current, None
        self._show(parsed)

    def _on_return(self) -> None:
        parsed = parse_tie_text(self.edit.text())
        if not parsed.separated or self._source is None or self._target is None:
            return
        if parsed.kind > len(self._kinds):
            return
        source, target = self._source, self._target
        self._keep(source)  # the next tie from the same actor: only the other's letters
        self._update(reset_choice=True)
        if source.id is not None and target.id is not None:
            self.tieRequested.emit(source.id, target.id, parsed.kind)

    def _keep(self, source: Actor | None) -> None:
        """The field holds `source` (its name up to a separator) and a comma, ready for the other."""
        if source is None:
            self._pinned = None
            self.edit.setText("")
            return
        letters = source.name
        for char in SEPARATORS:
            letters = letters.split(char)[0]
        letters = letters.strip()
        self._pinned = (letters, source)
        self.edit.setText(f"{letters}, ")

    def _step(self, delta: int) -> None:
        if self._candidates:
            self._current = (self._current + delta) % len(self._candidates)
            self._update(reset_choice=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
                event.accept()  # Esc belongs to the field, not to "leave presentation"
                return True
            if event.type() == QEvent.Type.KeyPress:
                if key in (Qt.Key.Key_Tab, Qt.Key.Key_Down):
                    self._step(1)
                    return True
                if key in (Qt.Key.Key_Backtab, Qt.Key.Key_Up):
                    self._step(-1)
                    return True
                if key == Qt.Key.Key_Escape:
                    if self.edit.text():
                        self.edit.setText("")
                        self._update(reset_choice=True)
                    else:
                        self.cancelled.emit()
                    return True
        return super().eventFilter(watched, event)

    # -- what it shows ----------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.prompt.setText(self.tr("New tie:"))
        self.edit.setPlaceholderText(self.tr("first letters, comma, first letters, Enter"))
        self._show(parse_tie_text(self.edit.text()))

    def _show(self, parsed: TieText) -> None:
        if not self.edit.text().strip():
            self.hint.setText(html.escape(self.tr("e.g. “stad, grund” then Enter · a number at the end "
                                                  "picks the kind · Esc leaves")))
            return
        parts = []
        if parsed.separated and self._source is not None:
            parts.append("<b>" + html.escape(self._source.name) + "</b> –")
        if not self._candidates:
            parts.append('<span style="color:#b00020">' + html.escape(self.tr("no actor matches")) + "</span>")
        else:
            first = max(0, min(self._current - 2, len(self._candidates) - 5))
            shown = []
            for i, actor in enumerate(self._candidates[first:first + 5], start=first):
                name = html.escape(actor.name)
                shown.append(f"<b><u>{name}</u></b>" if i == self._current else name)
            parts.append(("… " if first else "") + " · ".join(shown)
                         + (" …" if len(self._candidates) > first + 5 else ""))
        if parsed.kind and parsed.kind <= len(self._kinds):
            parts.append("· <i>" + html.escape(self._kinds[parsed.kind - 1]) + "</i>")
        elif parsed.kind:
            parts.append('<span style="color:#b00020">' + html.escape(
                self.tr("there is no tie kind {0}").format(parsed.kind)) + "</span>")
        self.hint.setText(" ".join(parts))
