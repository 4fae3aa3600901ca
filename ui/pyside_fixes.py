"""Work-arounds for PySide6 defects, applied once on import (ui.app and the UI tests import it).

PySide6 6.12.0 returns Python's True from `SignalInstance.emit()` and `.disconnect()`
without taking a reference. Each call then takes one reference away from True, and after a
few thousand signals (typing, progress reports, …) the interpreter aborts with "Fatal
Python error: bool_dealloc". The probe below detects the defect, so the work-around
switches itself off with a PySide6 that has it fixed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def _ignore() -> None:
    pass


def _probes() -> dict[str, Callable[[_Probe], Any]]:
    def disconnect(probe: _Probe) -> Any:
        probe.ping.connect(_ignore)
        return probe.ping.disconnect(_ignore)

    return {"emit": lambda probe: probe.ping.emit(), "disconnect": disconnect}


def _leaks_true(call: Callable[[_Probe], Any]) -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        call(probe)
    return sys.getrefcount(True) < before


def _give_back_references(incref: Callable[[Any], None], count: int) -> None:
    for _ in range(count):
        incref(True)


def install() -> list[str]:
    """Patch the leaking methods; return their names (empty when PySide6 is sound)."""
    broken = [
        name for name, call in _probes().items()
        if not getattr(getattr(SignalInstance, name), "_reference_fixed", False)
        and _leaks_true(call)
    ]
    if not broken:
        return []
    import ctypes

    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    _give_back_references(incref, 8 * len(broken))  # what the probes took
    for name in broken:
        original = getattr(SignalInstance, name)

        def fixed(self: SignalInstance, *args: Any, _original: Any = original) -> Any:
            result = _original(self, *args)
            if result is True or result is False:
                incref(result)  # the reference PySide6 forgot to take
            return result

        fixed._reference_fixed = True  # type: ignore[attr-defined]
        setattr(SignalInstance, name, fixed)
    return broken


PATCHED = install()
