"""`jieqing backup export | verify | restore`: encrypted backups from the command line.

Passwords: the vault's from --password-file / JIEQING_PASSWORD / a prompt; the backup's
from --backup-password-file / JIEQING_BACKUP_PASSWORD when it differs (by default the two
are the same). A restored vault is keyed with the vault password if one is given, else
with the backup password.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from vault import backup
from vault.cli import (
    BACKUP_PASSWORD_ENV,
    PASSWORD_ENV,
    CliError,
    add_password_options,
    read_secret,
    vault_password,
)
from vault.store import Vault


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("backup", help="encrypted backups: export, verify, restore")
    commands = parser.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    export = commands.add_parser("export", help="write a verified encrypted backup of a vault")
    export.add_argument("vault", type=Path)
    export.add_argument("out", type=Path, metavar="OUT.jqbak")
    _add_passwords(export)
    export.set_defaults(handler=run_export)

    verify = commands.add_parser("verify", help="check a backup completely; writes nothing")
    verify.add_argument("file", type=Path, metavar="FILE.jqbak")
    _add_passwords(verify)
    verify.set_defaults(handler=run_verify)

    restore = commands.add_parser(
        "restore", help="restore a backup into a new vault (verified before it is put in place)"
    )
    restore.add_argument("file", type=Path, metavar="FILE.jqbak")
    restore.add_argument("new_vault", type=Path, metavar="NEW_VAULT")
    restore.add_argument(
        "--replace", action="store_true",
        help="replace an existing vault (it is kept beside as NAME.before-restore-TIME.jqvault)",
    )
    _add_passwords(restore)
    restore.set_defaults(handler=run_restore)


def _add_passwords(parser: argparse.ArgumentParser) -> None:
    add_password_options(parser)
    parser.add_argument(
        "--backup-password-file", type=Path, metavar="FILE",
        help=f"the backup password, when it differs from the vault's (or set "
        f"{BACKUP_PASSWORD_ENV})",
    )


def _given(file: Path | None, env: str) -> str | None:
    """A password from a file or the environment, or None when neither was given."""
    if file is None and env not in os.environ:
        return None
    return read_secret(file, env, "")


def _backup_password(args: argparse.Namespace) -> str | None:
    return _given(args.backup_password_file, BACKUP_PASSWORD_ENV)


def _records(info: backup.BackupInfo) -> str:
    count = sum(info.record_counts.values())
    return f"{count} record{'' if count == 1 else 's'}"


def run_export(args: argparse.Namespace) -> int:
    password = vault_password(args)
    with Vault.open(args.vault, password) as vault:
        info = backup.export(vault, args.out, _backup_password(args) or password)
    print(f"Backed up {_records(info)} to {args.out} ({info.size / 2**20:.1f} MiB); "
          f"verified.")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    password = (
        _backup_password(args)
        or _given(args.password_file, PASSWORD_ENV)
        or read_secret(None, BACKUP_PASSWORD_ENV, "Backup password: ")
    )
    info = backup.verify(args.file, password)
    print(f"{args.file} is intact: {_records(info)}, made {info.created_at:%Y-%m-%d %H:%M} UTC "
          f"by Jieqing {info.app_version}.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    if args.new_vault.exists() and not args.replace:
        raise CliError(
            f"{args.new_vault} already exists; choose a new name, or add --replace to replace "
            "it (the current one is kept beside it)"
        )
    backup_password = _backup_password(args)
    vault_password_given = _given(args.password_file, PASSWORD_ENV)
    if backup_password is None and vault_password_given is None:
        backup_password = read_secret(None, BACKUP_PASSWORD_ENV, "Backup password: ")
    backup_password = backup_password or vault_password_given
    assert backup_password is not None
    info = backup.restore(
        args.file, args.new_vault, backup_password,
        new_password=vault_password_given or backup_password, replace=args.replace,
    )
    line = f"Restored {_records(info)} into {args.new_vault} (backup made " \
           f"{info.created_at:%Y-%m-%d %H:%M} UTC); verified."
    if info.kept_aside is not None:
        line += f" The previous vault is kept as {info.kept_aside}."
    print(line)
    return 0
