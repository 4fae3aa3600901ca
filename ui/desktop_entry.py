"""`jieqing --install-desktop-entry` (and `--uninstall-desktop-entry`) on Linux.

For source installs and unpacked bundles: puts Jieqing in the applications menu, its icon
in the hicolor theme and the .jqvault/.jqbak file types in the MIME database, for the
current user only, under $XDG_DATA_HOME (default ~/.local/share). Running it again changes
nothing; uninstalling removes exactly those files (never a vault or a backup). No Qt: it
needs no display.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from vault.resources import resource_path

APP_ID = "io.github.jieqing.Jieqing"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Cache refreshers: each runs when installed, on the folder given.
REFRESH = (
    ("update-desktop-database", "applications", ()),
    ("update-mime-database", "mime", ()),
    ("gtk-update-icon-cache", "icons/hicolor", ("-f", "-t", "-q")),
)


def data_home() -> Path:
    """$XDG_DATA_HOME when set to an absolute path (the spec ignores others), else the default."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def linux_files() -> Path:
    """The .desktop and MIME files: resources/linux in a bundle, packaging/linux in a checkout."""
    checkout = Path(__file__).resolve().parent.parent / "packaging" / "linux"
    for folder in (resource_path("linux"), checkout):
        if (folder / f"{APP_ID}.desktop").is_file():
            return folder
    raise FileNotFoundError("the desktop entry files are missing: reinstall Jieqing")


def launch_command() -> list[str]:
    """How the menu entry starts this very Jieqing (not whichever one is on PATH)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0])
    if script.name == "jieqing" and script.is_file():
        return [str(script.absolute())]
    # `python -m ui.main`: keep the venv's python path as it is (resolving leaves the venv).
    return [str(Path(sys.executable).absolute()), "-m", "ui.main"]


def _desktop_string(text: str) -> str:
    """Escape a value for a .desktop file (backslash is the string escape)."""
    return text.replace("\\", "\\\\")


def exec_argument(argument: str) -> str:
    """One Exec argument, quoted as the Desktop Entry spec requires when it must be."""
    argument = argument.replace("%", "%%")
    if re.fullmatch(r"[\w/.+,:@%=-]+", argument):
        return argument
    return '"' + re.sub(r'([`"$\\])', r"\\\1", argument) + '"'


def desktop_entry(command: list[str]) -> str:
    """The packaged .desktop file with Exec and TryExec pointing at `command`."""
    lines = []
    for line in (linux_files() / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            arguments = " ".join(exec_argument(a) for a in command)
            line = "Exec=" + _desktop_string(arguments) + " %f"
        elif line.startswith("TryExec="):
            line = "TryExec=" + _desktop_string(command[0])
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned_files(home: Path) -> dict[Path, bytes]:
    """Every file the entry consists of → its content."""
    files = {
        home / "applications" / f"{APP_ID}.desktop": desktop_entry(launch_command()).encode(),
        home / "mime" / "packages" / f"{APP_ID}.xml":
            (linux_files() / f"{APP_ID}.mime.xml").read_bytes(),
    }
    for size in ICON_SIZES:
        target = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        files[target] = resource_path("icons", f"jieqing-{size}.png").read_bytes()
    return files


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "wb") as stream:
        stream.write(content)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def _refresh(home: Path) -> None:
    for tool, folder, options in REFRESH:
        program = shutil.which(tool)
        target = home / folder
        if program is None or not target.is_dir():
            continue
        result = subprocess.run([program, *options, str(target)], capture_output=True, text=True)
        if result.returncode == 0:
            print(f"Refreshed {target} ({tool})")
        else:
            print(f"Warning: {tool} failed: {result.stderr.strip()}", file=sys.stderr)


def install() -> int:
    home = data_home()
    for path, content in planned_files(home).items():
        if path.is_file() and path.read_bytes() == content:
            print(f"Unchanged {path}")
        else:
            _write(path, content)
            print(f"Installed {path}")
    _refresh(home)
    print("Jieqing is in your applications menu; .jqvault and .jqbak files open with it.")
    return 0


def uninstall() -> int:
    home = data_home()
    for path in planned_files(home):
        if path.exists():
            path.unlink()
            print(f"Removed {path}")
    _refresh(home)
    print("Removed Jieqing's menu entry. Your vaults and backups were not touched.")
    return 0


def main(install_entry: bool) -> int:
    if not sys.platform.startswith("linux"):
        print("jieqing: the desktop entry is for Linux; on Windows and macOS the installer "
              "adds Jieqing to the menu.", file=sys.stderr)
        return 2
    try:
        return install() if install_entry else uninstall()
    except OSError as error:
        print(f"jieqing: {error}", file=sys.stderr)
        return 1
