"""Shared by the kill tests: where the repository is, and killing a child process."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the child processes run from here


def kill_after(child: subprocess.Popen[str] | subprocess.Popen[bytes], seconds: float, *,
               drain: float = 0.0) -> bool:
    """SIGKILL `child` after `seconds` and reap it; True if it was still running (a real
    kill). `drain` gives a thread reading its output time to take the last lines before
    the pipes are closed."""
    time.sleep(seconds)
    running = child.poll() is None
    child.send_signal(signal.SIGKILL)
    child.wait()
    time.sleep(drain)
    for pipe in (child.stdout, child.stderr):
        if pipe is not None:
            pipe.close()
    return running
