"""The what-if of the analysis panel: "What if … leaves?" and a click on an actor.

With the button on, the actor selected on the map (or in the ranking) is taken off in thought:
`AnalysisRunner.request_what_if` works it out on the current analysis (fragility.what_if_removed),
and keeps it up to date after edits. The view lists who loses the connection to the rest, how the
separate parts and the average distance change, and marks them on the map: a halo (mode "whatif")
around those cut off and on the ties of the actor who leaves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from netmap.analysis.fragility import WhatIf
from netmap.ui.analysis.analysis_models import format_number
from netmap.render.style import HIGHLIGHT_COLOURS
from netmap.ui.analysis.explain import explanation

__all__ = ["WhatIfView"]

_NOTE = "font-style: italic; color: #37474f"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class WhatIfView(QWidget):
    """The what-if's button and result (see the module docstring)."""

    modeChanged = Signal(bool)  # the button went on or off

    def __init__(self, scene: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.runner = runner
        self.session: Any = None
        self.actor: int | None = None  # who leaves
        self._actor_name = ""  # kept: the actor may leave the map for real meanwhile
        self.result: WhatIf | None = None
        self._gone = False  # the actor left the map meanwhile
        self.button = QPushButton()
        self.button.setObjectName("whatIfButton")
        self.button.setCheckable(True)
        # On, it takes the colour of the what-if's halo on the map: the mode is hard to miss.
        self.button.setStyleSheet(
            f"QPushButton:checked {{ background: {HIGHLIGHT_COLOURS['whatif']}; color: white; font-weight: bold;"
            " border: 1px solid #6a1b9a; border-radius: 3px; padding: 4px }")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(_NOTE)
        self.text = QLabel()
        self.text.setObjectName("whatIfText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.list_label = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("whatIfCutOff")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.button)
        layout.addWidget(self.explanation)
        layout.addWidget(self.text)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        self.button.toggled.connect(self._on_toggled)
        runner.whatIfReady.connect(self.show_result)
        scene.selectionIdsChanged.connect(self._on_selection)
        scene.actorActivated.connect(lambda actor_id: self._on_selection([actor_id], []))
        self.retranslate()

    @property
    def on(self) -> bool:
        return self.button.isChecked()

    def set_on(self, on: bool) -> None:
        self.button.setChecked(on)

    def names(self) -> list[str]:
        """The actors listed as losing their connection."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def retranslate(self) -> None:
        self.button.setText(self.tr("What if … leaves?"))
        self.button.setToolTip(explanation("what_if"))
        self.explanation.setText(explanation("what_if"))
        self.list_label.setText(self.tr("Who loses the connection:"))
        self._show()

    # -- following the user ------------------------------------------------------------------------------

    def _on_toggled(self, on: bool) -> None:
        self.actor, self.result, self._gone = None, None, False
        self.scene.set_highlight(set())
        if on:
            selected = self.scene.selected_actor_ids()
            if len(selected) == 1:
                self._start(selected[0])
        else:
            self.runner.request_what_if(None)
        self._show()
        self.modeChanged.emit(on)

    def _on_selection(self, actor_ids: list[int], _tie_ids: list[int]) -> None:
        if self.on and len(actor_ids) == 1 and actor_ids[0] != self.actor:
            self._start(int(actor_ids[0]))

    def _start(self, actor_id: int) -> None:
        self.actor, self.result, self._gone = actor_id, None, False
        self._actor_name = self._name(actor_id)
        self.runner.request_what_if(actor_id)
        self._show()

    def show_result(self, result: WhatIf | None) -> None:
        """The runner's answer: None when the actor is no longer on the map."""
        if not self.on:
            return
        self.result, self._gone = result, result is None
        self._show()

    # -- showing --------------------------------------------------------------------------------------------

    def _show(self) -> None:
        self.list.clear()
        name = _html(self._actor_name)
        if not self.on:
            self.text.setText(self.tr("Turn this on, then click an actor on the map or in the ranking."))
        elif self.actor is None:
            self.text.setText(self.tr("Click an actor on the map or in the ranking."))
        elif self._gone:
            self.text.setText(self.tr("{0} is no longer on the map.").format(name))
            self.scene.set_highlight(set())
        elif self.result is None:
            self.text.setText(self.tr("Working it out…"))
        else:
            self._describe(self.result, name)
        self.list_label.setVisible(self.list.count() > 0)
        self.list.setVisible(self.list.count() > 0)

    def _describe(self, w: WhatIf, name: str) -> None:
        # The graph's nodes are actor ids (netmap.graph), so every node here is an int.
        lost = [a for a in w.cut_off if isinstance(a, int)]
        alone = [a for a in w.newly_isolated if isinstance(a, int) and a not in w.cut_off]
        lines = [self.tr("If {0} leaves:").format(f"<b>{name}</b>")]
        if lost:
            lines.append(self.tr("Lose their connection to the rest: {0}").format(f"<b>{len(lost)}</b>"))
        else:
            lines.append(self.tr("Nobody loses their connection to the rest."))
        if alone:
            lines.append(self.tr("Left without any tie: {0}").format(len(alone)))
        lines.append(self.tr("Separate parts: {0} → {1}").format(w.components_before, w.components_after))
        lines.append(self.tr("Largest part: {0} → {1} actors").format(w.main_component_before,
                                                                       w.main_component_after))
        lines.append(self.tr("Average distance: {0} → {1} steps").format(
            format_number(w.average_distance_before, 2), format_number(w.average_distance_after, 2)))
        self.text.setText("<br>".join(lines))
        for actor_id in [*lost, *alone]:
            self.list.addItem(self._name(actor_id))
        ties: set[int] = set()
        if self.session is not None:
            ties = {t.id for t in self.session.ties_touching({w.removed} if isinstance(w.removed, int) else set())
                    if t.id is not None}
        self.scene.set_highlight(set(lost) | set(alone), ties, mode="whatif")

    def _name(self, actor_id: int) -> str:
        if self.session is not None and actor_id in self.session.actors:
            return str(self.session.actors[actor_id].name)
        return str(actor_id)
