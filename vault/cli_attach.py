"""`jieqing attach VAULT --to loan:ID FILE…`: keep files as documents inside the vault."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vault import attachments
from vault.attachments import IngestResult, Outcome
from vault.cli import add_password_options, vault_password
from vault.errors import ValidationError
from vault.records import DocumentKind
from vault.store import Vault


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "attach",
        help="keep files (screenshots, photos, PDFs, recordings) inside the vault",
        description="Store each FILE inside the encrypted vault and link it to a record. "
        "The same file added twice is kept once. Exits 1 if any file was refused.",
    )
    parser.add_argument("vault", type=Path, metavar="VAULT")
    parser.add_argument(
        "--to", dest="targets", action="append", required=True, metavar="TYPE:ID",
        help="the record to attach to: loan:ID, payment:ID, contact:ID, milestone:ID or "
        "credit_check:ID (repeat to link several)",
    )
    parser.add_argument(
        "--kind", choices=[k.value for k in DocumentKind],
        help="what the documents are (default: call_recording for sound files, else other)",
    )
    parser.add_argument(
        "--max-mb", type=int, default=attachments.DEFAULT_MAX_BYTES // (1024 * 1024),
        metavar="MB", help="refuse files larger than this (default %(default)s)",
    )
    parser.add_argument("files", type=Path, nargs="+", metavar="FILE")
    add_password_options(parser)
    parser.set_defaults(handler=run)


def describe(result: IngestResult) -> str:
    """One line per file, for people and for scripts (the first word is the outcome)."""
    if result.outcome == Outcome.refused:
        reason = result.error.message if result.error is not None else "refused"
        if not reason.startswith(result.name):  # attachment errors already name the file
            reason = f"{result.name}: {reason}"
        return f"refused    {reason}"
    if result.outcome == Outcome.skipped:
        return f"skipped    {result.name}"
    facts = f"#{result.attachment_id}, {result.media_type}, {_size(result.size)}"
    preview = result.preview
    if preview.protected:
        facts += ", password-protected PDF"
    elif preview.pages is not None:
        facts += f", {preview.pages} page{'s' if preview.pages != 1 else ''}"
    if preview.problem == attachments.DAMAGED:
        facts += "; it looks damaged or incomplete, so there is no preview"
    if result.outcome == Outcome.duplicate:
        return f"duplicate  {result.name} (already kept as {facts}; linked)"
    return f"stored     {result.name} ({facts})"


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def run(args: argparse.Namespace) -> int:
    links = [attachments.parse_link(text) for text in args.targets]
    if args.max_mb < 1:
        raise ValidationError("max_mb", "invalid.number", "--max-mb must be at least 1")
    password = vault_password(args)
    with Vault.open(args.vault, password) as vault:
        results = attachments.add_files(
            vault, args.files, links,
            kind=DocumentKind(args.kind) if args.kind else None,
            max_bytes=args.max_mb * 1024 * 1024,
        )
    for result in results:
        print(describe(result))
    return 1 if any(r.outcome == Outcome.refused for r in results) else 0
