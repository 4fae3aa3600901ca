"""Every record as open JSON (documented in docs/FORMATS.md): the user's way out.

The output is NOT encrypted; callers warn the user. Amounts are yuan as decimal strings
("654.44"), rates are percent strings, dates ISO 8601. Attachments are listed with their
metadata and links, not their bytes (export a copy of each document for those).
"""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vault import __version__, repository, schema
from vault.fsutil import check_export_target, new_file
from vault.money import fen_to_decimal
from vault.records import RECORD_TYPES, Record
from vault.store import Connection, Vault

FORMAT = "jieqing-export"
FORMAT_VERSION = 1
MONEY_FIELDS = frozenset({"principal", "received", "upfront_fee", "interest", "fee", "amount"})
SECTIONS = {
    "platform": "platforms", "account": "accounts", "loan": "loans", "plan": "plans",
    "installment": "installments", "payment": "payments", "contact": "contacts",
    "milestone": "milestones", "credit_check": "credit_checks", "attachment": "documents",
}


def _record_dict(record: Record) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if field.name in MONEY_FIELDS and isinstance(value, int):
            out[field.name] = str(fen_to_decimal(value))
        else:
            out[field.name] = repository.to_column(value)
            if isinstance(value, bool):
                out[field.name] = value
    return out


def export_data(db: Connection) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_version": schema.version(db),
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "owner_name": _meta(db, "owner_name"),
    }
    for table, section in SECTIONS.items():
        data[section] = [_record_dict(r) for r in repository.select(db, RECORD_TYPES[table])]
    data["document_links"] = [
        {"document_id": a, "record_type": t, "record_id": r}
        for a, t, r in db.execute(
            "SELECT attachment_id, record_type, record_id FROM attachment_link ORDER BY 1, 2, 3"
        )
    ]
    return data


def _meta(db: Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def export_json(vault: Vault, out: str | os.PathLike[str]) -> Path:
    """Write the export atomically (temporary file, fsync, rename), readable by the user
    only. Never over the vault, another vault or a backup; what an interrupted export to
    the same name left behind is removed first (it is plaintext)."""
    target = Path(out)
    check_export_target(target, vault.path)
    with vault.snapshot() as db:
        text = json.dumps(export_data(db), ensure_ascii=False, indent=2)
    with new_file(target) as file:
        file.write((text + "\n").encode("utf-8"))
    return target
