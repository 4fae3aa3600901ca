"""A form of facts: a name and a selectable, wrapping value on each row."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

FactLabels = dict[str, tuple[QLabel, QLabel]]


def add_fact_rows(form: QFormLayout, keys: Iterable[str]) -> FactLabels:
    """One row per key; returns key → (name label, value label), for the texts set later."""
    labels: FactLabels = {}
    for key in keys:
        name, value = QLabel(), QLabel()
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setWordWrap(True)
        name.setBuddy(value)
        form.addRow(name, value)
        labels[key] = (name, value)
    return labels
