"""Signals can be emitted any number of times without corrupting Python's True."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ui import pyside_fixes


class Source(QObject):
    changed = Signal()
    progress = Signal(int, int, str)


def test_emitting_and_disconnecting_keep_the_reference_count_of_true() -> None:
    source = Source()
    received = []
    before = sys.getrefcount(True)
    for n in range(2000):
        source.changed.emit()
        source.progress.emit(n, 2000, "")
        source.changed.connect(received.append)
        source.changed.disconnect(received.append)
    assert sys.getrefcount(True) >= before
    assert pyside_fixes.install() == []  # already in place (or not needed)
