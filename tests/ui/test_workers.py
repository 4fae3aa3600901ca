"""Jobs run callables off the UI thread and report back through signals."""

from __future__ import annotations

import threading

import pytest

from ui.workers import Job, running_jobs, show_progress


def test_a_job_returns_its_result_from_another_thread(qtbot) -> None:  # noqa: ANN001
    job = Job()
    threads = []

    def work(a: int, b: int) -> int:
        threads.append(threading.current_thread())
        return a + b

    with qtbot.waitSignal(job.succeeded) as blocker:
        job.start(work, 2, b=3)
        assert running_jobs() == 1
    assert blocker.args == [5]
    assert threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: not job.running)
    assert running_jobs() == 0


def test_a_job_delivers_the_exception_it_raised(qtbot) -> None:  # noqa: ANN001
    job = Job()

    def work() -> None:
        raise KeyError("missing")

    with qtbot.waitSignal(job.failed) as blocker:
        job.start(work)
    error = blocker.args[0]
    assert isinstance(error, KeyError)
    assert error.__traceback__ is not None  # the crash dialog shows where it happened


def test_progress_and_cancel_reach_the_work(qtbot) -> None:  # noqa: ANN001
    job = Job()
    started = threading.Event()
    seen: list[tuple[int, int, str]] = []
    job.progress.connect(lambda done, total, text: seen.append((done, total, text)))

    def work(progress, cancelled) -> str:  # noqa: ANN001 (the core's plain callables)
        progress(1, 10, "copying")
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        return "stopped early"

    with qtbot.waitSignal(job.cancelled), qtbot.assertNotEmitted(job.succeeded):
        job.start(work, job.report, job.is_cancelled)
        assert started.wait(5)
        job.cancel()
    qtbot.waitUntil(lambda: seen == [(1, 10, "copying")])


def test_a_job_cannot_start_twice_at_once(qtbot) -> None:  # noqa: ANN001
    job = Job()
    gate = threading.Event()
    with qtbot.waitSignal(job.finished):
        job.start(gate.wait, 5)
        with pytest.raises(RuntimeError):
            job.start(gate.wait, 5)
        gate.set()


def test_the_progress_dialog_follows_the_job_and_cancels_it(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    job = Job()
    dialog = show_progress(job, parent, "Writing the backup…")
    dialog.setMinimumDuration(0)
    gate = threading.Event()

    def work() -> None:
        job.report(3, 4, "Almost done")
        gate.wait(5)

    job.start(work)
    qtbot.waitUntil(lambda: dialog.value() == 3)
    assert dialog.maximum() == 4
    assert dialog.labelText() == "Almost done"
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    with qtbot.waitSignal(job.cancelled):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert job.is_cancelled()
        gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible())
