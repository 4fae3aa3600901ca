"""`jieqing binder VAULT OUT.pdf`: the printable archive binder from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vault.binder import BinderOptions, write_binder
from vault.cli import add_password_options, vault_password, warn_unencrypted
from vault.pdf_style import LANGUAGES
from vault.records import parse_date
from vault.store import Vault


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "binder",
        help="print every loan, payment, contact and document into one PDF (not encrypted)",
        description="Write the archive binder: a cover, contents, a section per loan and the "
        "evidence pages. The PDF is NOT encrypted.",
    )
    parser.add_argument("vault", type=Path, metavar="VAULT")
    parser.add_argument("out", type=Path, metavar="OUT.pdf")
    parser.add_argument("--loan", dest="loans", type=int, action="append", metavar="ID",
                        help="only this loan (repeat for several; default: every loan)")
    parser.add_argument("--from", dest="date_from", metavar="DATE",
                        help="payments, contacts and credit checks from this day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE",
                        help="… up to this day (YYYY-MM-DD)")
    parser.add_argument("--lang", choices=LANGUAGES, default="zh_CN",
                        help="the binder's language (default %(default)s)")
    add_password_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    options = BinderOptions(
        loan_ids=tuple(args.loans) if args.loans else None,
        date_from=parse_date("from", args.date_from) if args.date_from else None,
        date_to=parse_date("to", args.date_to) if args.date_to else None,
        lang=args.lang,
    )
    options.check()
    password = vault_password(args)
    with Vault.open(args.vault, password) as vault:
        result = write_binder(vault, args.out, options)
    print(f"Wrote {result.path}: {result.pages} pages, {result.loans} loans, "
          f"{result.payments} payments, {result.documents} documents.")
    for name in result.not_included:
        print(f"Could not include the content of {name}; its page says why.")
    warn_unencrypted(result.path)
    return 0
