"""`jieqing`: the app, or with a command (`jieqing backup …`) the command line.

Command-line use never imports Qt, so scripts start fast and run without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

CLI_FLAGS = ("--version", "-h", "--help")
# Linux menu entry, icon and file types for the current user (ui/desktop_entry.py).
INSTALL_DESKTOP_ENTRY = "--install-desktop-entry"
UNINSTALL_DESKTOP_ENTRY = "--uninstall-desktop-entry"


def is_cli(argv: Sequence[str]) -> bool:
    """A command or a help flag goes to the command line; a vault to open (a file, or a
    name that looks like one) to the app. Any other word is a mistyped command: the
    command line says so, rather than the app offering to unlock a file called that."""
    if not argv or argv[0].startswith("-"):
        return bool(argv) and argv[0] in CLI_FLAGS
    from vault.cli import COMMANDS  # only when there is a word that may be a command

    word = argv[0]
    if word in COMMANDS:  # even beside a folder called "backup"
        return True
    return not (word.endswith(".jqvault") or Path(word).exists() or any(s in word for s in "/\\"))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] in ([INSTALL_DESKTOP_ENTRY], [UNINSTALL_DESKTOP_ENTRY]):
        from ui.desktop_entry import main as desktop_entry

        return desktop_entry(install_entry=args[0] == INSTALL_DESKTOP_ENTRY)
    if is_cli(args):
        from vault.cli import main as cli_main

        return cli_main(args)
    from ui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
