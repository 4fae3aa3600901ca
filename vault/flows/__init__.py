"""The rules behind the guided forms, one module per form, free of Qt.

Each form keeps what the user typed in a mutable *draft* dataclass. `problems(draft)` maps
a field name to a message key (`invalid.*` from vault.records, `flow.*` from these modules)
for every field that stops the form from being saved; a wizard page asks it for the
fields it shows. Warnings never block. `save(vault, draft)` writes everything the form
collected in one transaction and returns the main record's id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from datetime import date
from pathlib import Path

from vault import attachments
from vault.errors import ValidationError, VaultError
from vault.records import DocumentKind, Record
from vault.store import Connection, Vault

Problems = dict[str, str]


def record_problems(record: Record, prefix: str = "") -> Problems:
    """The first problem a record's own validation finds, keyed by its field."""
    try:
        record.validate()
    except ValidationError as error:
        return {prefix + error.field: error.key}
    return {}


def require_valid(problems: Problems) -> None:
    """Refuse to save a draft that still has a problem (the UI never gets this far)."""
    for field, key in problems.items():
        raise ValidationError(field, key, f"{key} (field {field})")


def not_in_future(problems: Problems, field: str, value: date | None, today: date) -> None:
    if value is not None and value > today and field not in problems:
        problems[field] = "flow.date_in_future"


def not_in_past(problems: Problems, field: str, value: date | None, today: date) -> None:
    if value is not None and value < today and field not in problems:
        problems[field] = "flow.date_in_past"


Target = tuple[str, int]  # (record_type, record id) a document is linked to
FileSlot = tuple[Path, DocumentKind, str]  # a file, its kind, and which record it belongs to


def save_with_files(
    vault: Vault,
    files: Sequence[FileSlot],
    write: Callable[[Connection], dict[str, Target]],
) -> dict[str, Target]:
    """Keep `files` in the vault, then run `write` (the form's records) in one transaction
    and link each file to the record `write` returns for the file's slot.

    A document's bytes are stored by vault.attachments in transactions of their own, so
    they go in first, unlinked: a refused file stops the save before any record is
    written. If the records then fail, the documents this save added are removed again,
    so nothing is half-saved; if the app is killed in between, the next unlock removes
    them (attachments.forget_unlinked).
    """
    added: list[int] = []
    kept: list[tuple[int, str]] = []
    try:
        for path, kind, slot in files:
            result = attachments.add_file(vault, path, kind=kind)
            assert result.attachment_id is not None
            kept.append((result.attachment_id, slot))
            if result.outcome is attachments.Outcome.stored:
                added.append(result.attachment_id)
        with vault.transaction() as db:
            targets = write(db)
            for attachment_id, slot in kept:
                record_type, record_id = targets[slot]
                attachments.link(db, attachment_id, record_type, record_id)
        return targets
    except BaseException:
        _forget(vault, added)
        raise


def _forget(vault: Vault, attachment_ids: Iterable[int]) -> None:
    ids = list(attachment_ids)
    if not ids:
        return
    with suppress(VaultError), vault.transaction() as db:
        for attachment_id in ids:
            attachments.delete(db, attachment_id)
