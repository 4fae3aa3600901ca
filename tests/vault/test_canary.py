"""Nothing the user types ever reaches the disk unencrypted: not the vault, its folder,
its journal, or the temp folder."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from tests.conftest import VaultFactory
from vault import repository
from vault.records import Contact, ContactChannel, Counterpart, Platform

CANARIES = ["CANARY-7f3a9-借款人身份证-110101199003077777", "QUOKKA-6214830123456789"]


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_under(folder: Path) -> dict[Path, float]:
    """Small enough files below `folder` with their modification times (other processes
    may remove files while we look: those are skipped)."""
    found: dict[Path, float] = {}
    for root, _dirs, names in os.walk(folder):  # skips folders that vanish mid-walk
        for name in names:
            path = Path(root, name)
            try:
                if path.is_file() and path.stat().st_size < 50_000_000:
                    found[path] = path.stat().st_mtime
            except OSError:
                continue
    return found


def test_canaries_never_reach_the_disk_in_plaintext(vault_factory: VaultFactory):
    vault = vault_factory()
    temp_before = files_under(Path(tempfile.gettempdir()))
    for round_ in range(30):  # enough writes to spill pages and journals
        with vault.transaction() as db:
            platform = repository.insert(db, Platform(name=f"{CANARIES[0]} {round_}"))
            repository.insert(db, Contact(
                happened_on=date(2025, 1, 1), channel=ContactChannel.phone,
                counterpart=Counterpart.platform, asked=CANARIES[1] * 40,
                who=str(platform.id)))
    vault.db.execute("PRAGMA wal_checkpoint").fetchall()
    path = vault.path
    vault.lock()

    assert not path.read_bytes().startswith(b"SQLite format 3")
    suspects = list(files_under(path.parent)) + [
        p for p, mtime in files_under(Path(tempfile.gettempdir())).items()
        if temp_before.get(p) != mtime and path.parent not in p.parents
    ]
    for suspect in suspects:
        try:
            data = suspect.read_bytes()
        except OSError:
            continue
        for canary in CANARIES:
            for encoded in encodings(canary):
                assert encoded not in data, f"{canary!r} found in plaintext in {suspect}"
