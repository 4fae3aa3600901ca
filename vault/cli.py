"""The command line: `jieqing COMMAND …` for scripts (the app itself starts from ui.main).

Each feature module offers `register(subparsers)` and sets `handler` on its parsers; a
handler takes the parsed arguments and returns the exit code. Every known failure exits
non-zero with one readable line; passwords never come from argv.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from vault import __version__
from vault.errors import VaultError

# Modules that add subcommands; imported only when a command runs, to keep start-up light.
COMMAND_MODULES = (
    "vault.cli_records",
    "vault.cli_calc",
    "vault.cli_attach",
    "vault.cli_backup",
    "vault.cli_binder",
)
COMMANDS = ("demo", "passwd", "export", "calc", "attach", "backup", "binder")

PASSWORD_ENV = "JIEQING_PASSWORD"
NEW_PASSWORD_ENV = "JIEQING_NEW_PASSWORD"
BACKUP_PASSWORD_ENV = "JIEQING_BACKUP_PASSWORD"


class CliError(Exception):
    """A message for the person at the terminal; exits with code 2."""


def add_password_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-file", type=Path, metavar="FILE",
        help=f"read the vault password from the first line of FILE (or set {PASSWORD_ENV})",
    )


def read_secret(file: Path | None, env: str, prompt: str, *, confirm: bool = False) -> str:
    """A password from a file, else the environment, else a prompt (never from argv)."""
    if file is not None:
        try:
            with open(file, encoding="utf-8") as handle:
                return handle.readline().rstrip("\r\n")
        except OSError as error:
            raise CliError(f"cannot read the password file {file}: {error.strerror}") from None
    if env in os.environ:
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CliError(f"no password given: use --password-file FILE or set {env}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise CliError("the two passwords differ")
    return first


def vault_password(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return read_secret(args.password_file, PASSWORD_ENV, "Vault password: ", confirm=confirm)


def warn_unencrypted(path: Path) -> None:
    print(
        f"Warning: {path} is NOT encrypted. Anyone who can read the file can read it.",
        file=sys.stderr,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jieqing",
        description="Jieqing (结清): your loan records, encrypted on your own computer. "
        "Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"Jieqing {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except VaultError as error:
        print(f"jieqing: {error.message}", file=sys.stderr)
        return 1
    except CliError as error:
        print(f"jieqing: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (e.g. `| head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("jieqing: interrupted", file=sys.stderr)
        return 130

