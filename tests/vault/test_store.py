"""The vault file: create, open, lock, wrong passwords, damage, one process per file."""

from __future__ import annotations

import errno
import hashlib
import sys
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import TEST_PASSWORD, VaultFactory
from tests.vault.damaged_vault import make_damaged_vault
from vault import kdf, repository, schema, store
from vault.errors import (
    NewerVaultError,
    StorageError,
    UnknownKdfProfileError,
    VaultDamagedError,
    VaultExistsError,
    VaultInUseError,
    VaultLockedError,
    VaultNotFoundError,
    WeakPasswordError,
    WrongPasswordOrDamagedError,
)
from vault.records import Platform
from vault.store import Vault


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_vault_is_an_encrypted_sqlcipher_file_that_reopens(vault_factory: VaultFactory):
    vault = vault_factory()
    with vault.transaction() as db:
        repository.insert(db, Platform(name="微粒贷", lender_entity="微众银行"))
    path = vault.path
    vault.lock()
    header = path.read_bytes()[:16]
    assert not header.startswith(b"SQLite format 3")
    assert header[:2] == kdf.FAST_FOR_TESTS.ident.to_bytes(2, "big")
    with Vault.open(path, TEST_PASSWORD) as reopened:
        assert [p.name for p in repository.select(reopened.db, Platform)] == ["微粒贷"]
        assert schema.version(reopened.db) == schema.CURRENT_VERSION


def test_connections_are_durable_and_strict(vault: Vault):
    assert vault.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert vault.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert vault.db.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory: no temp files


def test_wrong_password_gives_one_clear_message(tmp_path: Path):
    path = tmp_path / "v.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    before = digest(path)
    with pytest.raises(WrongPasswordOrDamagedError) as caught:
        Vault.open(path, "not the password")
    assert caught.value.key == "vault.wrong_password"
    assert "wrong password" in caught.value.message.lower()
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.jqvault", "v.jqvault.lock"]


def test_damaged_first_page_looks_exactly_like_a_wrong_password(tmp_path: Path):
    path = tmp_path / "v.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF  # inside page 1, after the salt
    path.write_bytes(bytes(data))
    with pytest.raises(WrongPasswordOrDamagedError):
        Vault.open(path, TEST_PASSWORD)


def test_an_unknown_kdf_profile_is_refused_before_any_key_derivation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "v.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    data = bytearray(path.read_bytes())
    data[0:2] = b"\xff\xfe"
    path.write_bytes(bytes(data))

    def no_kdf(*args: object) -> bytearray:
        raise AssertionError("the KDF ran for an unknown profile")

    monkeypatch.setattr(kdf, "derive_key", no_kdf)
    with pytest.raises(UnknownKdfProfileError):
        Vault.open(path, TEST_PASSWORD)


def test_a_plain_sqlite_file_is_not_a_vault(tmp_path: Path):
    import sqlite3

    path = tmp_path / "plain.db"
    sqlite3.connect(path).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises((UnknownKdfProfileError, WrongPasswordOrDamagedError)):
        Vault.open(path, TEST_PASSWORD)


def test_open_never_creates_a_file(tmp_path: Path):
    path = tmp_path / "missing.jqvault"
    with pytest.raises(VaultNotFoundError):
        Vault.open(path, TEST_PASSWORD)
    assert not path.exists()


def test_create_refuses_an_existing_file_and_a_weak_password(tmp_path: Path):
    existing = tmp_path / "taken.jqvault"
    existing.write_bytes(b"my other file")
    with pytest.raises(VaultExistsError):
        Vault.create(existing, TEST_PASSWORD, kdf.FAST_FOR_TESTS)
    assert existing.read_bytes() == b"my other file"
    with pytest.raises(WeakPasswordError):
        Vault.create(tmp_path / "new.jqvault", "short", kdf.FAST_FOR_TESTS)
    assert not (tmp_path / "new.jqvault").exists()


def test_one_process_per_vault_file(vault: Vault):
    with pytest.raises(VaultInUseError) as caught:
        Vault.open(vault.path, TEST_PASSWORD)
    assert str(vault.path) in caught.value.message


def test_lock_forgets_the_connection_and_frees_the_file(vault: Vault):
    vault.lock()
    assert not vault.is_open
    with pytest.raises(VaultLockedError):
        vault.db  # noqa: B018
    with Vault.open(vault.path, TEST_PASSWORD) as again:
        assert again.is_open


def test_a_failed_action_saves_nothing(vault: Vault):
    with pytest.raises(RuntimeError), vault.transaction() as db:
        repository.insert(db, Platform(name="借呗"))
        raise RuntimeError("the user's action failed half-way")
    assert repository.select(vault.db, Platform) == []


def test_change_password_swaps_keys_and_keeps_every_record(vault: Vault):
    with vault.transaction() as db:
        repository.insert(db, Platform(name="京东金条"))
    vault.change_password("a brand new password")
    assert [p.name for p in repository.select(vault.db, Platform)] == ["京东金条"]
    path = vault.path
    vault.lock()
    with pytest.raises(WrongPasswordOrDamagedError):
        Vault.open(path, TEST_PASSWORD)
    with Vault.open(path, "a brand new password") as reopened:
        assert schema.version(reopened.db) == schema.CURRENT_VERSION
        assert [p.name for p in repository.select(reopened.db, Platform)] == ["京东金条"]
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name, path.name + ".lock"]


def test_stray_temporaries_are_swept_on_the_next_open(tmp_path: Path):
    path = tmp_path / "v.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    stray = tmp_path / "v.jqvault.rekey-0123456789ab.tmp"
    stray.write_bytes(b"half-written")
    unrelated = tmp_path / "notes.tmp"
    unrelated.write_bytes(b"mine")
    Vault.open(path, TEST_PASSWORD).lock()
    assert not stray.exists()
    assert unrelated.exists()


def test_a_vault_from_a_newer_jieqing_is_refused(vault: Vault):
    with vault.transaction() as db:
        db.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    path = vault.path
    vault.lock()
    with pytest.raises(NewerVaultError):
        Vault.open(path, TEST_PASSWORD)


@pytest.mark.parametrize("failing", ["fsync_file", "replace"])
def test_a_failed_password_change_keeps_the_old_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
):
    from vault import fsutil, store
    from vault.errors import StorageError

    path = tmp_path / "v.jqvault"
    opened = Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS)
    with opened.transaction() as db:
        repository.insert(db, Platform(name="借呗"))

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    if failing == "replace":
        monkeypatch.setattr(fsutil.os, "replace", disk_full)
    else:
        monkeypatch.setattr(store, "fsync_file", disk_full)
    with pytest.raises(StorageError) as caught:
        opened.change_password("another password")
    assert caught.value.params["reason"] == "the disk is full"
    monkeypatch.undo()
    opened.lock()
    with Vault.open(path, TEST_PASSWORD) as reopened:
        assert [p.name for p in repository.select(reopened.db, Platform)] == ["借呗"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_each_thread_reads_and_writes_through_its_own_connection(vault: Vault):
    import threading

    seen: dict[str, object] = {}

    def worker() -> None:
        seen["connection"] = vault.db
        with vault.transaction() as db:
            repository.insert(db, Platform(name="写于后台"))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen["connection"] is not vault.db
    assert [p.name for p in repository.select(vault.db, Platform)] == ["写于后台"]


def test_threads_reading_while_another_writes_see_whole_transactions(vault: Vault):
    import threading

    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        try:
            while not stop.is_set():
                with vault.snapshot() as db:
                    names = [p.name for p in repository.select(db, Platform)]
                assert len(names) % 2 == 0, "saw half of a transaction"
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    readers = [threading.Thread(target=reader) for _ in range(3)]
    for thread in readers:
        thread.start()
    for n in range(60):
        with vault.transaction() as db:
            repository.insert(db, Platform(name=f"a{n}"))
            repository.insert(db, Platform(name=f"b{n}"))
    stop.set()
    for thread in readers:
        thread.join()
    assert errors == []
    assert len(repository.select(vault.db, Platform)) == 120


def test_a_password_change_in_a_worker_rekeys_every_thread(vault: Vault):
    import threading

    with vault.transaction() as db:
        repository.insert(db, Platform(name="美团借钱"))
    vault.db  # noqa: B018 - the main thread has a connection before the change
    thread = threading.Thread(target=vault.change_password, args=("changed in a worker",))
    thread.start()
    thread.join()
    assert [p.name for p in repository.select(vault.db, Platform)] == ["美团借钱"]
    path = vault.path
    vault.lock()
    Vault.open(path, "changed in a worker").lock()


def test_locking_while_another_thread_reads_interrupts_it_instead_of_crashing(vault: Vault):
    import threading

    with vault.transaction() as db:
        for n in range(300):
            repository.insert(db, Platform(name=f"平台{n}", note="x" * 200))
    started, outcome = threading.Event(), []

    def long_reader() -> None:
        db = vault.db
        started.set()
        try:
            for _ in range(2000):  # far longer than the test waits
                db.execute(
                    "SELECT count(*) FROM platform a, platform b WHERE a.note = b.note"
                ).fetchone()
            outcome.append("finished")
        except Exception as error:  # noqa: BLE001 - the interruption is the point
            outcome.append(type(error).__name__)

    thread = threading.Thread(target=long_reader)
    thread.start()
    started.wait()
    vault.lock()
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert outcome and outcome[0] != "finished"
    with pytest.raises(VaultLockedError):
        vault.db  # noqa: B018


# -- the disk and damage, after the vault is open ------------------------------------------


def sqlite_error(cls: type[Exception], message: str, code: int) -> Exception:
    """An error as SQLCipher raises it, with its result code."""
    error = cls(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


class FailingCommit:
    """This thread's connection, except that COMMIT fails as SQLite does when the disk is
    full (SQLite has then rolled the transaction back itself)."""

    def __init__(self, conn: object) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: object) -> object:
        if sql == "COMMIT":
            self._conn.execute("ROLLBACK")  # type: ignore[attr-defined]
            raise sqlite_error(sqlcipher3.OperationalError, "database or disk is full",
                               sqlcipher3.SQLITE_FULL)
        return self._conn.execute(sql, *args)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)


def test_a_full_disk_at_commit_is_a_storage_error_and_saves_nothing(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
):
    real = vault.db
    monkeypatch.setattr(Vault, "db", property(lambda self: FailingCommit(real)))
    with pytest.raises(StorageError) as caught, vault.transaction() as db:
        repository.insert(db, Platform(name="借呗"))
    assert caught.value.params == {"path": str(vault.path), "reason": "the disk is full"}
    monkeypatch.undo()
    assert not vault.db.in_transaction
    assert repository.select(vault.db, Platform) == []
    with vault.transaction() as db:  # the next action works once there is space again
        repository.insert(db, Platform(name="微粒贷"))
    assert [p.name for p in repository.select(vault.db, Platform)] == ["微粒贷"]


def test_a_full_disk_inside_an_action_rolls_back_and_says_so(vault: Vault):
    with pytest.raises(StorageError) as caught, vault.transaction() as db:
        repository.insert(db, Platform(name="借呗"))
        raise sqlite_error(sqlcipher3.OperationalError, "disk I/O error",
                           sqlcipher3.SQLITE_IOERR | (4 << 8))  # SQLITE_IOERR_WRITE
    assert caught.value.params["reason"] == "a disk read or write failed"
    assert repository.select(vault.db, Platform) == []


def test_damage_past_the_first_page_is_a_damaged_vault_not_a_traceback(tmp_path: Path):
    path = make_damaged_vault(tmp_path / "v.jqvault")
    before = digest(path)
    with Vault.open(path, TEST_PASSWORD) as vault:  # the pages it needs to open are whole
        with pytest.raises(VaultDamagedError) as caught, vault.snapshot() as db:
            repository.select(db, Platform)
        assert caught.value.key == "vault.damaged"
        assert str(path) in caught.value.message and "backup" in caught.value.message
        with pytest.raises(VaultDamagedError):
            vault.change_password("a brand new password")
        with pytest.raises(VaultDamagedError), vault.transaction() as db:
            repository.update(db, repository.select(db, Platform, "id = 1")[0])
            db.execute("UPDATE platform SET note = ''")
    assert digest(path) == before  # nothing was written over it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.jqvault", "v.jqvault.lock"]


def test_database_errors_the_user_cannot_act_on_pass_unchanged(tmp_path: Path):
    path = tmp_path / "v.jqvault"
    assert store.database_error(path, sqlcipher3.OperationalError("interrupted")) is None
    assert store.database_error(path, sqlcipher3.IntegrityError("UNIQUE failed")) is None
    assert store.database_error(path, ValueError("disk I/O error")) is None
    # sqlcipher_export passes a failure on as a plain SQLITE_ERROR with SQLite's message
    passed_on = sqlite_error(sqlcipher3.OperationalError, "disk I/O error", sqlcipher3.SQLITE_ERROR)
    assert isinstance(store.database_error(path, passed_on), StorageError)
    malformed = sqlcipher3.DatabaseError("database disk image is malformed")
    assert isinstance(store.database_error(path, malformed), VaultDamagedError)


# -- what a failed create or open leaves behind --------------------------------------------


def test_opening_a_file_that_is_not_a_vault_leaves_no_lock_file(tmp_path: Path):
    letter = tmp_path / "letter.jqvault"
    letter.write_bytes(b"Dear lender, " * 100)
    with pytest.raises((UnknownKdfProfileError, WrongPasswordOrDamagedError)):
        Vault.open(letter, TEST_PASSWORD)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.jqvault"]


def test_a_wrong_password_keeps_a_lock_file_that_was_already_there(tmp_path: Path):
    path = tmp_path / "v.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    with pytest.raises(WrongPasswordOrDamagedError):
        Vault.open(path, "not the password")
    assert (tmp_path / "v.jqvault.lock").exists()
    (tmp_path / "v.jqvault.lock").unlink()  # e.g. a vault copied from another computer
    with pytest.raises(WrongPasswordOrDamagedError):
        Vault.open(path, "not the password")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.jqvault"]


def test_a_lock_that_cannot_be_written_is_named_by_its_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from vault import process_lock

    def disk_full(*args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(process_lock.os, "open", disk_full)
    with pytest.raises(StorageError) as caught:
        Vault.create(tmp_path / "v.jqvault", TEST_PASSWORD, kdf.FAST_FOR_TESTS)
    assert caught.value.params["path"] == str(tmp_path / "v.jqvault")


def test_create_sweeps_what_a_killed_create_of_the_same_file_left(tmp_path: Path):
    stray = tmp_path / "v.jqvault.create-0123456789ab.tmp"
    stray.write_bytes(b"half-built")
    journal = tmp_path / "v.jqvault.create-0123456789ab.tmp-journal"
    journal.write_bytes(b"half-built")
    other = tmp_path / "w.jqvault.create-0123456789ab.tmp"
    other.write_bytes(b"another vault's, being built")
    Vault.create(tmp_path / "v.jqvault", TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "v.jqvault", "v.jqvault.lock", other.name]


def test_a_vault_filled_on_creation_takes_its_name_only_when_full(tmp_path: Path):
    path = tmp_path / "v.jqvault"
    seen: list[bool] = []

    def fill(vault: Vault) -> None:
        with vault.transaction() as db:
            repository.insert(db, Platform(name="微粒贷"))
        seen.append(path.exists())
        raise RuntimeError("killed half-way")

    with pytest.raises(RuntimeError):
        Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS, fill=fill)
    assert seen == [False]
    assert list(tmp_path.iterdir()) == []  # no vault, no temporary, no lock file

    def fill_whole(vault: Vault) -> None:
        with vault.transaction() as db:
            repository.insert(db, Platform(name="借呗"))

    with Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS, fill=fill_whole) as vault:
        assert vault.path == path
        assert [p.name for p in repository.select(vault.db, Platform)] == ["借呗"]
    with Vault.open(path, TEST_PASSWORD) as vault:
        assert [p.name for p in repository.select(vault.db, Platform)] == ["借呗"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.jqvault", "v.jqvault.lock"]


def test_the_packaged_app_never_uses_the_test_key_derivation(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(kdf.TEST_PROFILE_ENV, "1")
    assert kdf.default_profile() == kdf.FAST_FOR_TESTS  # the test suite's subprocesses
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # what PyInstaller sets
    assert kdf.default_profile() == kdf.PRODUCTION
