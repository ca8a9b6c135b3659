"""The choices a file offers before it is imported: which network of a Pajek project, and what each
partition becomes (an attribute, categories or clusters).

A form layout of its own, shown above the import preview's list (empty, so taking no room, for a file
that offers no choice). A change emits `changed`; the import flow then reads the file again with the
new choices (`netmap.transfer.plan_file_import`'s `network` and `partitions`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from netmap.exchange.notes import SourceFacts
from netmap.exchange.partitions import PartitionUse
from netmap.i18n import QT_TRANSLATE_NOOP
from netmap.i18n import tr as translate
from netmap.ui.exchange.import_words import CONTEXT

__all__ = ["ImportOptions"]

_PARTITION_USES = (
    (PartitionUse.ATTRIBUTE, QT_TRANSLATE_NOOP("ImportDialog", "keep as an attribute")),
    (PartitionUse.CATEGORY, QT_TRANSLATE_NOOP("ImportDialog", "use as categories")),
    (PartitionUse.CLUSTER, QT_TRANSLATE_NOOP("ImportDialog", "use as clusters")),
)


class ImportOptions(QFormLayout):
    """A network chooser (for a file holding more than one network) and one chooser per partition."""

    changed = Signal(object, object)  # network name or None, {partition: PartitionUse}

    def __init__(self) -> None:
        super().__init__()
        self.network = QComboBox()
        self.network.setObjectName("importNetwork")
        self.network_label = QLabel()
        self.partition_boxes: dict[str, tuple[QLabel, QComboBox]] = {}

    def offer(self, facts: SourceFacts) -> None:
        """Add the choosers the file offers. Called once the layout is in its dialog, so the choosers come
        last in the dialog's tab order and the preview's list keeps the first focus."""
        if len(facts.networks) > 1:
            self.network.addItems(facts.networks)
            self.network.setCurrentText(facts.network)
            self.network.currentTextChanged.connect(self._changed)
            self.addRow(self.network_label, self.network)
        for title in facts.partitions:
            box = QComboBox()
            box.setObjectName(f"partition:{title}")
            for use, _ in _PARTITION_USES:
                box.addItem("", use)
            box.currentIndexChanged.connect(self._changed)
            label = QLabel()
            self.partition_boxes[title] = (label, box)
            self.addRow(label, box)

    def chosen(self) -> tuple[str | None, dict[str, PartitionUse]]:
        """The network and the use of each partition as chosen."""
        network = self.network.currentText() if self.network.count() else None
        return network, {title: PartitionUse(box.currentData()) for title, (_, box) in self.partition_boxes.items()}

    def _changed(self) -> None:
        self.changed.emit(*self.chosen())

    def retranslate(self) -> None:
        self.network_label.setText(self.tr("Network of the file:"))
        for title, (label, box) in self.partition_boxes.items():
            label.setText(self.tr("Partition “{0}”:").format(title))
            for index, (_, words) in enumerate(_PARTITION_USES):
                box.setItemText(index, translate(CONTEXT, words))
