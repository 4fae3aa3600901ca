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
            # utf-8-sig: Notepad's "UTF-8 with BOM" starts the file with an invisible U+FEFF.
            with open(file, encoding="utf-8-sig") as handle:
                return handle.readline().rstrip("\r\n")
        except OSError as error:
            raise CliError(f"cannot read the password file {file}: {error.strerror}") from None
        except UnicodeDecodeError:
            raise CliError(
                f"the password file {file} is not UTF-8 text: save it as UTF-8 and try again"
            ) from None
    if env in os.environ:
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CliError(f"no password given: use --password-file FILE or set {env}")
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != first:
            raise CliError("the two passwords differ")
    except EOFError:  # Ctrl+D (Ctrl+Z on Windows) at the prompt
        print(file=sys.stderr)  # end the prompt's line
        raise CliError("no password given") from None
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
    from vault import kdf

    kdf.on_fast_profile = _FastKdfWarning()
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
    except Exception as error:
        line = _database_failure(args, error)
        if line is None:
            raise  # a bug: its traceback is the report
        print(f"jieqing: {line}", file=sys.stderr)
        return 1
    finally:
        kdf.on_fast_profile = None


def _database_failure(args: argparse.Namespace, error: Exception) -> str | None:
    """One line for an error of the vault's database that the core let through."""
    sqlcipher3 = sys.modules.get("sqlcipher3")  # not loaded: the error cannot be one of its
    if sqlcipher3 is None or not isinstance(error, sqlcipher3.Error):
        return None
    from vault.store import database_error

    path = getattr(args, "vault", None) or getattr(args, "path", None)
    known = database_error(Path(path), error) if path is not None else None
    return known.message if known is not None else f"the vault's database failed: {error}"


class _FastKdfWarning:
    """Once, when the test suite's weak key derivation is used for real: it is for tests."""

    def __init__(self) -> None:
        self.said = False

    def __call__(self) -> None:
        if not self.said:
            self.said = True
            print(
                "jieqing: warning: JIEQING_TEST_FAST_KDF=1 is set, so this uses the weak "
                "key derivation meant only for tests",
                file=sys.stderr,
            )

