"""A PDF export never lands on the vault it was made from, nor on any vault or backup."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from vault import kdf, repository
from vault.binder import BinderOptions, write_binder
from vault.cli import main
from vault.demo import create_demo_vault, fill_demo
from vault.errors import StorageError, VaultExistsError
from vault.fsutil import BACKUP_MAGIC
from vault.letters import write_settlement_summary
from vault.records import Loan
from vault.store import Vault

TODAY = date(2026, 11, 24)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(vault_factory) -> Vault:
    vault = vault_factory()
    with vault.transaction() as db:
        fill_demo(db, TODAY)
    return vault


def test_cli_refuses_to_write_the_binder_over_its_own_vault(tmp_path, capsys):
    path = tmp_path / "d3.jqvault"
    create_demo_vault(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS, today=TODAY)
    password_file = tmp_path / "password.txt"
    password_file.write_text(TEST_PASSWORD + "\n", encoding="utf-8")
    before = digest(path)
    code = main(["binder", str(path), str(path), "--password-file", str(password_file)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("jieqing: A file already exists at") and str(path) in err
    assert "Traceback" not in err
    assert digest(path) == before
    with Vault.open(path, TEST_PASSWORD) as vault:
        assert len(repository.select(vault.db, Loan)) == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d3.jqvault", "d3.jqvault.lock",
                                                          "password.txt"]


def test_binder_refuses_another_vault_and_a_backup_but_replaces_an_old_pdf(
    filled, vault_factory, tmp_path
):
    other = vault_factory("other.jqvault")
    other.lock()
    backup = tmp_path / "old-backup.pdf"  # a backup, whatever its name says
    backup.write_bytes(BACKUP_MAGIC + bytes(4000))
    for target in (other.path, backup):
        before = digest(target)
        with pytest.raises(VaultExistsError):
            write_binder(filled, target, BinderOptions(as_of=TODAY))
        assert digest(target) == before
    with pytest.raises(StorageError):
        write_binder(filled, tmp_path, BinderOptions(as_of=TODAY))  # a folder
    old = tmp_path / "binder.pdf"
    old.write_bytes(b"%PDF-1.4 an older binder")
    result = write_binder(filled, old, BinderOptions(as_of=TODAY))
    assert result.path == old and old.read_bytes() != b"%PDF-1.4 an older binder"


def test_settlement_summary_refuses_its_own_vault_and_a_backup(filled, tmp_path):
    loan = repository.select(filled.db, Loan)[0]
    backup = tmp_path / "vault.jqbak"
    backup.write_bytes(BACKUP_MAGIC + bytes(4000))
    for target in (filled.path, backup):
        before = digest(target)
        with filled.snapshot() as db, pytest.raises(VaultExistsError):
            write_settlement_summary(db, loan.id or 0, target, as_of=TODAY)
        assert digest(target) == before
    assert len(repository.select(filled.db, Loan)) == 7  # the vault still reads
    with filled.snapshot() as db:
        written = write_settlement_summary(db, loan.id or 0, tmp_path / "s.pdf", as_of=TODAY)
    assert written.read_bytes().startswith(b"%PDF")
