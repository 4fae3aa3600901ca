"""Form hints are muted text from the palette, so they stay readable in dark mode."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from ui.wizards.common import hint_label


def test_hints_follow_the_palette(qtbot) -> None:  # noqa: ANN001
    for window, text, muted in (("#ffffff", "#000000", "#80808a"),
                                ("#202124", "#e8eaed", "#9aa0a6")):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor(window))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(muted))
        label = hint_label("提示")
        qtbot.addWidget(label)
        label.setPalette(palette)
        shown = label.palette().color(label.foregroundRole())
        assert shown == QColor(muted)
        background = QColor(window)
        assert abs(shown.lightness() - background.lightness()) > 60  # readable contrast
