"""Run slow work (key derivation, backups, the binder, imports) off the UI thread.

    job = Job(parent)
    job.succeeded.connect(on_result)      # the callable's return value
    job.failed.connect(on_error)          # the exception it raised (traceback attached)
    job.start(Vault.open, path, password)

Long jobs report progress and honour Cancel through the two plain callables the core
takes: pass `job.report` as the progress callback and `job.is_cancelled` as the cancel
check, and `show_progress(job, …)` shows a progress dialog whose Cancel calls
`job.cancel()`:

    job.start(backup.export, vault, target, progress=job.report, cancelled=job.is_cancelled)

Signals are emitted from the worker thread and delivered queued, on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

# Jobs stay referenced here while they run, so a caller may drop its own reference.
_running: set[Job] = set()


def running_jobs() -> int:
    """How many jobs are under way (auto-lock waits for them rather than pull the vault away)."""
    return len(_running)


class Job(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int, str)  # done, total (0: unknown), what is happening
    finished = Signal()  # after any of succeeded / failed / cancelled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.running = False

    # -- called from the UI thread --------------------------------------------------------

    def start(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        if self.running:
            raise RuntimeError("this job is already running")
        self.running = True
        self._cancel.clear()
        _running.add(self)
        self.finished.connect(self._forget)
        QThreadPool.globalInstance().start(_Runner(self, function, args, kwargs))

    def cancel(self) -> None:
        self._cancel.set()

    def _forget(self) -> None:
        self.running = False
        _running.discard(self)
        self.finished.disconnect(self._forget)

    # -- called from the worker thread ----------------------------------------------------

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self.progress.emit(int(done), int(total), text)


class _Runner(QRunnable):
    def __init__(
        self, job: Job, function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        super().__init__()
        self._job = job
        self._call = (function, args, kwargs)

    def run(self) -> None:
        job = self._job
        function, args, kwargs = self._call
        self._call = None  # type: ignore[assignment]  # drop arguments (a password) early
        result: Any = None
        failure: BaseException | None = None
        try:
            result = function(*args, **kwargs)
        except BaseException as error:  # every failure reaches the UI, none is lost here
            failure = error
        try:
            if job.is_cancelled():
                job.cancelled.emit()
            elif failure is not None:
                job.failed.emit(failure)
            else:
                job.succeeded.emit(result)
            job.finished.emit()
        except RuntimeError:  # the application is shutting down and the job is gone
            pass


def show_progress(job: Job, parent: QWidget, label: str) -> QProgressDialog:
    """A modal progress dialog following `job`; its Cancel button cancels the job."""
    cancel = QCoreApplication.translate("Job", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done if total else 0)
        if text:
            dialog.setLabelText(text)

    job.progress.connect(on_progress)
    dialog.canceled.connect(job.cancel)
    job.finished.connect(dialog.close)
    job.finished.connect(dialog.deleteLater)
    return dialog
