"""A vault whose password is right but whose later pages are damaged (one byte flipped)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import TEST_PASSWORD
from vault import kdf, repository
from vault.records import Platform
from vault.store import Vault

PAGE = 4096  # SQLCipher 4's page size


def make_damaged_vault(path: Path, password: str = TEST_PASSWORD) -> Path:
    """A vault that unlocks (its first pages are whole) but whose platform records, stored
    last, sit on a page with one byte flipped: reading them finds the damage."""
    with Vault.create(path, password, kdf.FAST_FOR_TESTS) as vault, vault.transaction() as db:
        for n in range(40):
            repository.insert(db, Platform(name=f"平台{n}", note="备注" * 300))
    data = bytearray(path.read_bytes())
    data[-PAGE // 2] ^= 0xFF  # inside the last page, well clear of its IV and HMAC
    path.write_bytes(bytes(data))
    return path
