"""UI responsiveness: the longest the UI thread stalls while a large vault opens.

    JIEQING_TEST_FAST_KDF=1 python benchmarks/large_vault.py /tmp/bench/large.jqvault
    python benchmarks/ui_responsiveness_bench.py /tmp/bench/large.jqvault [--password P]

Runs offscreen. A 10 ms timer on the UI thread records the largest gap between its ticks
(a gap is time the event loop could not run: a click or a repaint would have waited that
long) during each step a user goes through: typing the password → unlock → loans listed → computed columns
applied → a loan's detail open. Target: no gap above 100 ms.

Like an installed Jieqing, it runs from compiled bytecode (cached under the temporary
folder, so the source tree stays clean even where PYTHONDONTWRITEBYTECODE is set), and the
password is entered TYPING_S after the unlock window shows, as a person would.
"""

from __future__ import annotations

import argparse
import compileall
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))
sys.dont_write_bytecode = False
sys.pycache_prefix = str(Path(tempfile.gettempdir()) / "jieqing-bench-pycache")
for package in ("ui", "vault"):
    compileall.compile_dir(ROOT / package, quiet=1)

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TICK_MS = 10
TARGET_MS = 100.0
TIMEOUT_S = 120.0
TYPING_S = 2.0


class StallMeter:
    """The largest gap between ticks of a 10 ms timer on the UI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.worst = 0.0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.timer.start()

    def reset(self) -> None:
        self.last = self.clock.elapsed()
        self.worst = 0.0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, float(now - self.last))
        self.last = now


def spin_until(done: Callable[[], bool], settle_ms: int = 200) -> float:
    """Run the event loop until `done()`, then a little longer; returns the seconds taken."""
    started = time.perf_counter()
    while not done():
        QApplication.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - started > TIMEOUT_S:
            raise TimeoutError("the step did not finish")
    elapsed = time.perf_counter() - started
    until = time.perf_counter() + settle_ms / 1000
    while time.perf_counter() < until:
        QApplication.processEvents()
        time.sleep(0.001)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description="longest UI-thread stall on a large vault")
    parser.add_argument("vault", type=Path)
    parser.add_argument("--password", default="benchmark-password")
    args = parser.parse_args()
    if not args.vault.is_file():
        print(f"no vault at {args.vault}: make it with benchmarks/large_vault.py", file=sys.stderr)
        return 2
    config = tempfile.mkdtemp(prefix="jq-ui-bench-")
    os.environ["XDG_CONFIG_HOME"] = config
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, config)

    from ui.app import App, Application, setup_application
    from ui.settings import Settings

    app = Application([sys.argv[0]])
    setup_application(app)
    settings = Settings()
    settings.language = "en"
    controller = App(settings)
    unlock = controller.show_unlock(args.vault)
    meter = StallMeter()
    meter.start()
    results: list[tuple[str, float, float]] = []

    def step(
        name: str, action: Callable[[], object], done: Callable[[], bool], settle_ms: int = 200
    ) -> None:
        meter.reset()
        started = time.perf_counter()
        action()
        spin_until(done, settle_ms)
        results.append((name, time.perf_counter() - started, meter.worst))

    def window() -> object:
        return controller.window

    def main_window_shown() -> bool:  # ui.main_window is first imported by the unlock
        return type(window()).__name__ == "MainWindow"

    def unlock_now() -> None:
        unlock.password.setText(args.password)  # type: ignore[attr-defined]
        unlock.unlock()  # type: ignore[attr-defined]

    step("unlock window, typing", lambda: None, lambda: True, settle_ms=int(TYPING_S * 1000))
    step("unlock → loans listed", unlock_now, main_window_shown)
    from ui.main_window import MainWindow

    main_window = window()
    assert isinstance(main_window, MainWindow)
    model = main_window.loans_page.model
    step(
        "computed columns applied",
        lambda: None,
        lambda: not main_window.feed.busy and model.rowCount() > 0 and model.row(0).computed,
    )
    first = main_window.loans_page.proxy.index(0, 0)

    def open_first() -> None:
        main_window.loans_page.table.activated.emit(first)

    def detail_loaded() -> bool:
        page = main_window.tabs.currentWidget()
        return getattr(page, "overview", None) is not None

    step("open a loan's detail", open_first, detail_loaded)
    loans = model.rowCount()
    controller.shutdown()

    print(f"{loans} loans, UI-thread timer every {TICK_MS} ms")
    failed = False
    for name, seconds, worst in results:
        verdict = "PASS" if worst <= TARGET_MS else "FAIL"
        failed |= worst > TARGET_MS
        print(f"{name:28s} {seconds * 1000:7.0f} ms   longest stall {worst:5.0f} ms  {verdict}")
    print(f"target: no stall above {TARGET_MS:.0f} ms: {'FAIL' if failed else 'PASS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
