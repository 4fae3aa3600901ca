"""The bundle: its size, and its start-up against `jieqing --smoke` from source.

    python benchmarks/bundle_bench.py [--bundle dist/jieqing] [--runs 7]

Build the bundle first (bash packaging/build.sh). Both run offscreen in fresh processes
with a throw-away settings folder; the figure is the median wall time from process start
to exit. The first run of each is reported apart: it is the coldest the file cache gets
without dropping it (which needs root and skews everything else on the machine).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bundle_executable(bundle: Path) -> Path:
    for candidate in (bundle / "Contents" / "MacOS" / "jieqing", bundle / "jieqing.exe",
                      bundle / "jieqing"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no bundle at {bundle}: run `bash packaging/build.sh` first")


def size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def timings(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, cwd=tempfile.gettempdir())
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description="bundle size and start-up against source")
    default = ROOT / "dist" / ("Jieqing.app" if sys.platform == "darwin" else "jieqing")
    parser.add_argument("--bundle", type=Path, default=default)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    executable = bundle_executable(args.bundle)
    with tempfile.TemporaryDirectory(prefix="jieqing-bench-") as scratch:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "XDG_CONFIG_HOME": f"{scratch}/config", "XDG_DATA_HOME": f"{scratch}/data"}
        env.pop("PYTHONPATH", None)
        runs = args.runs + 1  # the first of each is the cold one
        bundled = timings([str(executable), "--smoke"], runs, env)
        source = timings([sys.executable, "-m", "ui.main", "--smoke"], runs,
                         {**env, "PYTHONPATH": str(ROOT)})
    bundle_median, source_median = statistics.median(bundled[1:]), statistics.median(source[1:])
    print(f"bundle: {args.bundle} ({size_mib(args.bundle):.0f} MiB)")
    print(f"bundle --smoke:  first {bundled[0] * 1000:.0f} ms, "
          f"median {bundle_median * 1000:.0f} ms of {args.runs}")
    print(f"source --smoke:  first {source[0] * 1000:.0f} ms, "
          f"median {source_median * 1000:.0f} ms of {args.runs}")
    print(f"ratio bundle/source: {bundle_median / source_median:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
