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
`VaultReader` keeps a page's figures fresh: reads off the UI thread, the newest wins.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

# Jobs stay referenced here while they run, so a caller may drop its own reference.
_running: set[Job] = set()
_COLLECT_EVERY_MS = 200


class UiThreadCollector(QObject):
    """Python collects reference cycles in whichever thread happens to allocate, and a Qt
    object freed off the UI thread crashes Qt. While jobs run, automatic collection is off
    and this timer collects the young generation on the UI thread instead, by Python's own
    threshold; when the last job ends, automatic collection resumes. What a worker builds
    dies by reference counting when it is done, so no long full collection follows a job."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(_COLLECT_EVERY_MS)
        self.timer.timeout.connect(self.collect)
        self.paused = False

    def pause(self) -> None:
        if not self.paused and gc.isenabled():
            gc.disable()
            self.paused = True
            self.timer.start()

    def resume(self) -> None:
        if self.paused:
            self.timer.stop()
            self.paused = False
            gc.enable()

    @staticmethod
    def collect() -> None:
        if gc.get_count()[0] >= gc.get_threshold()[0]:
            gc.collect(0)


_collector: UiThreadCollector | None = None


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
        global _collector
        if self.running:
            raise RuntimeError("this job is already running")
        if _collector is None:
            _collector = UiThreadCollector()
        _collector.pause()
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
        if not _running and _collector is not None:
            _collector.resume()

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
    from PySide6.QtCore import Qt  # not at import: start-up need not touch the Qt namespace

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


class VaultReader(QObject):
    """Reads from the open vault off the UI thread; the newest figures win.

    `request()` starts `read(vault)` in a worker (or, if one is running, another right after
    it); `ready(result)` delivers the result of the newest; `failed(text)` a known failure
    in the user's language. The worker reads through its own thread's connection, so a save
    or another page never waits for it; a read that raced a save is followed by the one that
    save requests, so the last result shown is always whole. `clear()` (before the vault
    locks) drops any result still to come and waits for the worker to leave the vault.
    `read` returns plain data: no Qt object is made off the UI thread.
    """

    ready = Signal(object)
    failed = Signal(str)

    def __init__(
        self, vault: Any, read: Callable[[Any], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self._read = read
        self.job: Job | None = None
        self._again = False
        self._generation = 0
        self._job_generation = 0
        self._idle = threading.Event()
        self._idle.set()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def request(self) -> None:
        if self.job is not None:
            self._again = True
        elif self.vault.is_open:
            self._start()

    def _start(self) -> None:
        self._again = False
        self._job_generation = self._generation
        # No parent: the job must outlive its owner if that closes mid-read, and
        # bound-method slots are dropped by Qt once this reader is gone.
        self.job = job = Job()
        self._idle.clear()
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        job.start(_read_then_signal, self._read, self.vault, self._idle)

    def _succeeded(self, result: Any) -> None:
        if self._job_generation == self._generation and not self._again:
            self.ready.emit(result)

    def _failed(self, error: BaseException) -> None:
        stale = self._job_generation != self._generation
        if stale or self._again or not self.vault.is_open:
            return  # stale, or a newer read is coming
        from ui.messages import handle_job_error

        text = handle_job_error(error)
        if text:
            self.failed.emit(text)

    def _finished(self) -> None:
        self.job = None
        if self._again and self.vault.is_open:
            self._start()

    def clear(self, timeout: float = 10.0) -> None:
        self._generation += 1
        self._again = False
        self._idle.wait(timeout)


def _read_then_signal(read: Callable[[Any], Any], vault: Any, idle: threading.Event) -> Any:
    try:
        return read(vault)
    finally:
        idle.set()  # the worker has left the vault's connection
