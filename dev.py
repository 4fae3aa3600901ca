#!/usr/bin/env python3
"""Set up Jieqing from a fresh checkout and run it.

    python3 dev.py app    open the app (sets everything up the first time)
    python3 dev.py test   run the whole test suite headless (lint, types, layers, pytest)

Set-up is idempotent: a virtual environment in .venv with the project installed
editable, the system libraries Qt needs on Debian/Ubuntu, and compiled translations.
Extra arguments after `test` go to pytest; after `app` to the jieqing command.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".setup-stamp"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# Shared libraries the Qt wheels load on Linux, and the Debian packages that carry them.
LINUX_LIBS = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
}


def run(*cmd: str | Path, **kw: object) -> None:
    try:
        subprocess.run([str(c) for c in cmd], check=True, **kw)  # type: ignore[call-overload]
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(f"Set-up stopped: {' '.join(str(c) for c in cmd)} failed ({error}).") from None


def missing_linux_packages() -> list[str]:
    try:
        known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    except OSError:
        return []
    return sorted({pkg for lib, pkg in LINUX_LIBS.items() if lib not in known})


def has_venv_module() -> bool:
    """Debian's own Python ships venv without ensurepip unless python3-venv is installed."""
    try:
        import ensurepip  # noqa: F401
        import venv  # noqa: F401
    except ImportError:
        return False
    return True


def ensure_system_packages() -> None:
    if not sys.platform.startswith("linux") or not shutil.which("apt-get"):
        return
    missing = missing_linux_packages()
    if not PY.exists() and not has_venv_module():
        missing.append(f"python{sys.version_info.major}.{sys.version_info.minor}-venv")
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print(f"Installing system packages: {' '.join(missing)}", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*sudo, "apt-get", "update", "-qq"], env=env, check=False)
    run(*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)


def setup_fingerprint() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    if not PY.exists():
        print("Creating .venv …", flush=True)
        run(sys.executable, "-m", "venv", VENV)
    if not STAMP.exists() or STAMP.read_text() != setup_fingerprint():
        print("Installing Jieqing and its dependencies …", flush=True)
        run(PY, "-m", "pip", "install", "-q", "--upgrade", "pip")
        run(PY, "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev]")
        STAMP.write_text(setup_fingerprint())


def build_translations() -> None:
    run(PY, "-m", "ui.i18n_build", cwd=ROOT)


def setup() -> None:
    ensure_system_packages()
    ensure_venv()
    build_translations()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test", "setup"}:
        print(__doc__)
        return 2
    setup()
    command, rest = argv[0], argv[1:]
    if command == "setup":
        return 0
    if command == "app":
        return subprocess.call([str(PY), "-m", "ui.main", *rest], cwd=ROOT)
    checks = [
        [str(PY), "-m", "ruff", "check", "."],
        [str(BIN / "lint-imports")],
        [str(PY), "-m", "mypy", "vault"],
        [str(PY), "-m", "pytest", *rest],
    ]
    for check in checks:
        print("$", " ".join(Path(check[0]).name if i == 0 else a for i, a in enumerate(check)), flush=True)
        code = subprocess.call(check, cwd=ROOT)
        if code != 0:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
