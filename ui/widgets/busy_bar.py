"""The thin bar that moves while a window waits for slow work (a key derived, a file written)."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar


def busy_bar() -> QProgressBar:
    """An indeterminate bar without text, hidden until the window shows it."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setMaximumHeight(8)
    bar.setTextVisible(False)
    bar.hide()
    return bar
