"""Writing out of the vault never lands on the vault, another vault or a backup."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from vault import backup, kdf
from vault.errors import StorageError, VaultExistsError
from vault.export_json import export_json
from vault.fsutil import check_export_target, is_backup, is_vault_or_backup
from vault.store import Vault


@pytest.fixture
def vault(tmp_path: Path):
    with Vault.create(tmp_path / "mine.jqvault", TEST_PASSWORD, kdf.FAST_FOR_TESTS) as opened:
        yield opened


def test_vaults_and_backups_are_recognised(vault: Vault, tmp_path: Path) -> None:
    other = tmp_path / "other.jqvault"
    Vault.create(other, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    bak = tmp_path / "b.jqbak"
    backup.export(vault, bak, TEST_PASSWORD, profile=kdf.FAST_FOR_TESTS)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert is_vault_or_backup(other) and is_vault_or_backup(vault.path)
    assert is_backup(bak) and is_vault_or_backup(bak) and not is_backup(other)
    assert not is_vault_or_backup(text)
    assert not is_vault_or_backup(tmp_path / "missing")


def test_the_guard_refuses_the_vault_others_folders_and_missing_folders(
    vault: Vault, tmp_path: Path
) -> None:
    other = tmp_path / "other.jqvault"
    Vault.create(other, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    for refused in (vault.path, other):
        with pytest.raises(VaultExistsError):
            check_export_target(refused, vault.path)
    with pytest.raises(StorageError, match="folder"):
        check_export_target(tmp_path, vault.path)
    with pytest.raises(StorageError):
        check_export_target(tmp_path / "no" / "out.json", vault.path)
    with pytest.raises(VaultExistsError):  # the vault unknown: any vault is still refused
        check_export_target(other, None)
    old = tmp_path / "old.json"
    old.write_text("{}")
    check_export_target(old, vault.path)  # an ordinary file may be replaced
    check_export_target(tmp_path / "new.json", vault.path)
    with pytest.raises(VaultExistsError):  # a backup only replaces a backup
        check_export_target(old, vault.path, replaceable=is_backup)


def test_json_export_never_replaces_the_vault(vault: Vault) -> None:
    before = vault.path.read_bytes()
    with pytest.raises(VaultExistsError):
        export_json(vault, vault.path)
    assert vault.path.read_bytes() == before


def test_json_export_is_private_and_sweeps_an_interrupted_one(
    vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "records.json"
    stray = tmp_path / "records.json.export-0123456789ab.tmp"
    stray.write_text("plaintext left by a killed export")
    export_json(vault, out)
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "jieqing-export"
    assert not stray.exists()
    if os.name != "nt":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_every_way_out_is_private_and_sweeps_an_interrupted_one(
    vault: Vault, tmp_path: Path
) -> None:
    """A document copy and a PDF go through the same writer as the JSON export."""
    from vault import attachments
    from vault.pdf_style import write_atomically

    stored = attachments.add_bytes(vault, b"a receipt", "r.txt")
    assert stored.attachment_id is not None
    writers = {
        "copy.txt": lambda out: attachments.export_copy(vault, stored.attachment_id or 0, out),
        "b.pdf": lambda out: write_atomically(out, lambda file: file.write(b"%PDF-1.4\n"),
                                              vault.path),
    }
    for name, write in writers.items():
        out = tmp_path / name
        stray = tmp_path / f"{name}.export-0123456789ab.tmp"
        stray.write_bytes(b"plaintext left by a killed export")
        write(out)
        assert out.exists() and not stray.exists()
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(name)] == [name]
        if os.name != "nt":
            assert stat.S_IMODE(out.stat().st_mode) == 0o600
