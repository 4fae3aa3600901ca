"""Start-up: `jieqing --smoke` against a bare PySide6 window started the same way.

    python benchmarks/startup_bench.py [--runs 7]

Both run offscreen in fresh processes, alternately; the figure is the median wall time from
process start to exit. Target: the app's ratio ≤ 1.5× the bare window (heavy imports are lazy).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow(); window.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)
TARGET_RATIO = 1.5


def seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def paired_medians(
    first: list[str], second: list[str], runs: int, env: dict[str, str]
) -> tuple[float, float]:
    """Median times of two commands run alternately, so a busy moment on a shared machine
    falls on both rather than on whichever happened to run then."""
    a, b = [], []
    for _ in range(runs):
        a.append(seconds(first, env))
        b.append(seconds(second, env))
    return statistics.median(a), statistics.median(b)


def main() -> int:
    parser = argparse.ArgumentParser(description="start-up time against a bare Qt window")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": "/tmp/jq-bench"}
    bare_window = [sys.executable, "-c", BARE_WINDOW]
    smoke = [sys.executable, "-m", "ui.main", "--smoke"]
    paired_medians(bare_window, smoke, 1, env)  # warm the file cache
    bare, app = paired_medians(bare_window, smoke, args.runs, env)
    ratio = app / bare
    print(f"bare PySide6 window: {bare * 1000:.0f} ms")
    print(f"jieqing --smoke:     {app * 1000:.0f} ms")
    print(f"ratio: {ratio:.2f}x (target <= {TARGET_RATIO}x) "
          f"{'PASS' if ratio <= TARGET_RATIO else 'FAIL'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
