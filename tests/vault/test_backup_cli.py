"""`jieqing backup export | verify | restore`: one line of outcome, readable errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from vault import backup, kdf, repository
from vault.cli import main
from vault.records import Platform
from vault.store import Vault

BACKUP_PASSWORD = "a different backup password"


@pytest.fixture(autouse=True)
def passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIEQING_PASSWORD", TEST_PASSWORD)
    monkeypatch.delenv("JIEQING_BACKUP_PASSWORD", raising=False)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "mine.jqvault"
    with Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS) as vault, \
            vault.transaction() as db:
        repository.insert(db, Platform(name="微粒贷"))
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["backup", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def platforms(path: Path, password: str = TEST_PASSWORD) -> list[str]:
    with Vault.open(path, password) as vault:
        return [p.name for p in repository.select(vault.db, Platform)]


def test_export_verify_restore(capsys: pytest.CaptureFixture[str], source: Path,
                               tmp_path: Path):
    out = tmp_path / "mine.jqbak"
    code, stdout, _ = run(capsys, "export", str(source), str(out))
    assert code == 0 and stdout.startswith("Backed up 1 record to") and "verified" in stdout
    assert len(stdout.splitlines()) == 1

    code, stdout, _ = run(capsys, "verify", str(out))
    assert code == 0 and "is intact: 1 record" in stdout

    restored = tmp_path / "restored.jqvault"
    code, stdout, _ = run(capsys, "restore", str(out), str(restored))
    assert code == 0 and stdout.startswith("Restored 1 record into")
    assert platforms(restored) == ["微粒贷"]


def test_a_separate_backup_password(capsys: pytest.CaptureFixture[str], source: Path,
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    secret = tmp_path / "backup-password.txt"
    secret.write_text(BACKUP_PASSWORD + "\n")
    out = tmp_path / "mine.jqbak"
    assert run(capsys, "export", str(source), str(out), "--backup-password-file",
               str(secret))[0] == 0
    assert backup.verify(out, BACKUP_PASSWORD).record_counts["platform"] == 1

    code, _, err = run(capsys, "verify", str(out))  # tries the vault password: wrong
    assert code == 1 and err == "jieqing: Wrong backup password, or the backup file is damaged.\n"
    monkeypatch.setenv("JIEQING_BACKUP_PASSWORD", BACKUP_PASSWORD)
    assert run(capsys, "verify", str(out))[0] == 0

    # The restored vault takes the vault password; the backup's opens the backup.
    restored = tmp_path / "restored.jqvault"
    assert run(capsys, "restore", str(out), str(restored))[0] == 0
    assert platforms(restored, TEST_PASSWORD) == ["微粒贷"]


def test_restore_refuses_an_existing_vault_without_replace(
        capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path):
    out = tmp_path / "mine.jqbak"
    run(capsys, "export", str(source), str(out))
    before = source.read_bytes()
    code, stdout, err = run(capsys, "restore", str(out), str(source))
    assert code == 2 and stdout == ""
    assert "already exists" in err and "--replace" in err and len(err.splitlines()) == 1
    assert source.read_bytes() == before


def test_restore_replace_keeps_the_old_vault_and_says_where(
        capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path):
    out = tmp_path / "mine.jqbak"
    run(capsys, "export", str(source), str(out))
    with Vault.open(source, TEST_PASSWORD) as vault, vault.transaction() as db:
        repository.insert(db, Platform(name="借呗"))  # only in the current vault
    code, stdout, _ = run(capsys, "restore", str(out), str(source), "--replace")
    assert code == 0 and "The previous vault is kept as" in stdout
    kept = Path(stdout.split("kept as ")[1].rstrip(".\n"))
    assert platforms(source) == ["微粒贷"]
    assert platforms(kept) == ["微粒贷", "借呗"]


def test_restore_replace_on_a_vault_open_elsewhere_says_so(
        capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path):
    out = tmp_path / "mine.jqbak"
    run(capsys, "export", str(source), str(out))
    before = source.read_bytes()
    with Vault.open(source, TEST_PASSWORD):
        code, _, err = run(capsys, "restore", str(out), str(source), "--replace")
    assert code == 1 and "already open" in err
    assert source.read_bytes() == before


def test_errors_are_one_readable_line(capsys: pytest.CaptureFixture[str], source: Path,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    letter = tmp_path / "letter.txt"
    letter.write_text("hello")
    cases = [
        (("verify", str(letter)), "is not a Jieqing backup file"),
        (("verify", str(tmp_path / "missing.jqbak")), "There is no"),
        (("export", str(source), str(letter)), "already exists"),
        (("restore", str(letter), str(tmp_path / "new.jqvault")), "is not a Jieqing backup"),
    ]
    for argv, message in cases:
        code, stdout, err = run(capsys, *argv)
        assert code == 1 and stdout == "" and message in err, (argv, err)
        assert err.startswith("jieqing: ") and len(err.splitlines()) == 1
    assert letter.read_text() == "hello"
    assert not (tmp_path / "new.jqvault").exists()

    monkeypatch.setenv("JIEQING_PASSWORD", "wrong password!")
    code, _, err = run(capsys, "export", str(source), str(tmp_path / "x.jqbak"))
    assert code == 1 and "Wrong password" in err
    assert not (tmp_path / "x.jqbak").exists()

    monkeypatch.delenv("JIEQING_PASSWORD")
    code, _, err = run(capsys, "verify", str(letter))  # stdin is not a terminal: no prompt
    assert code == 2 and "no password given" in err
