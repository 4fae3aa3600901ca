"""Commands over a whole vault: `demo`, `passwd`, `export json`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vault.cli import (
    NEW_PASSWORD_ENV,
    CliError,
    add_password_options,
    read_secret,
    vault_password,
    warn_unencrypted,
)
from vault.store import Vault


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="create a vault filled with realistic demo records")
    demo.add_argument("path", type=Path, help="where to create the demo vault (must not exist)")
    add_password_options(demo)
    demo.set_defaults(handler=run_demo)

    passwd = subparsers.add_parser("passwd", help="change a vault's password")
    passwd.add_argument("vault", type=Path)
    add_password_options(passwd)
    passwd.add_argument(
        "--new-password-file", type=Path, metavar="FILE",
        help=f"read the new password from FILE (or set {NEW_PASSWORD_ENV})",
    )
    passwd.set_defaults(handler=run_passwd)

    export = subparsers.add_parser("export", help="export records (not encrypted)")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    as_json = formats.add_parser("json", help="every record as open JSON (docs/FORMATS.md)")
    as_json.add_argument("vault", type=Path)
    as_json.add_argument("out", type=Path)
    add_password_options(as_json)
    as_json.set_defaults(handler=run_export_json)


def run_demo(args: argparse.Namespace) -> int:
    from vault.demo import create_demo_vault

    create_demo_vault(args.path, vault_password(args, confirm=True))
    print(f"Created a demo vault at {args.path}")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    old = read_secret(args.password_file, "JIEQING_PASSWORD", "Current password: ")
    with Vault.open(args.vault, old) as vault:
        new = read_secret(args.new_password_file, NEW_PASSWORD_ENV, "New password: ",
                          confirm=True)
        if new == old:
            raise CliError("the new password is the same as the current one")
        vault.change_password(new)
    print(f"Changed the password of {args.vault}")
    return 0


def run_export_json(args: argparse.Namespace) -> int:
    from vault.export_json import export_json

    with Vault.open(args.vault, vault_password(args)) as vault:
        export_json(vault, args.out)
    warn_unencrypted(args.out)
    print(f"Exported every record to {args.out}")
    return 0
