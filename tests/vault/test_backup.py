"""Backups: round trips at chunk boundaries, refusals of every kind of damage, disk errors.

Every refusal also checks that the vault being replaced is byte-for-byte unchanged and
that nothing was left behind in its folder.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import random
import struct
import threading
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TEST_PASSWORD
from vault import attachments, backup, kdf, repository, schema
from vault.demo import fill_demo
from vault.errors import (
    BackupCancelledError,
    BackupDamagedError,
    BackupError,
    BackupHostileHeaderError,
    BackupNewerVersionError,
    BackupTruncatedError,
    BackupWrongPasswordError,
    NotABackupError,
    StorageError,
    VaultExistsError,
    VaultInUseError,
    WeakPasswordError,
)
from vault.records import Platform
from vault.store import Vault

FAST = kdf.FAST_FOR_TESTS
BACKUP_PASSWORD = "another backup password"


# -- helpers ---------------------------------------------------------------------------


def table_rows(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (hidden rowids included), in rowid order."""
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )]
    out = {}
    for name in names:
        out[name] = db.execute(f'SELECT rowid, * FROM "{name}" ORDER BY rowid').fetchall()  # noqa: S608
    return out


def rows_of(path: Path, password: str = TEST_PASSWORD) -> dict[str, list[tuple[Any, ...]]]:
    with Vault.open(path, password) as vault:
        return table_rows(vault.db)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def demo_vault(vault: Vault, documents: Sequence[int] = (1, 70_000)) -> None:
    """The demo records of 2025-06-01 and one random document of each size."""
    with vault.transaction() as db:
        fill_demo(db, date(2025, 6, 1))
        loan_id = db.execute("SELECT min(id) FROM loan").fetchone()[0]
    for n, size in enumerate(documents):
        data = random.Random(n).randbytes(size)
        attachments.add_bytes(vault, data, f"收据-{n}.bin",
                              [attachments.Link("loan", loan_id)])


def payload_size(path: Path) -> int:
    body = path.stat().st_size - backup.HEADER_SIZE
    chunks = max(1, -(-body // backup.SEALED_CHUNK_SIZE))
    return body - chunks * backup.TAG_SIZE


def export(vault: Vault, out: Path, password: str = TEST_PASSWORD, **kw: Any) -> backup.BackupInfo:
    return backup.export(vault, out, password, profile=FAST, **kw)


def restore(source: Path, target: Path, password: str = TEST_PASSWORD,
            **kw: Any) -> backup.BackupInfo:
    return backup.restore(source, target, password, profile=FAST, **kw)


@pytest.fixture
def small_backup(vault_factory: Any, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """A backup of a demo vault with two documents (three 64 KiB chunks), and its rows."""
    vault = vault_factory("source.jqvault")
    demo_vault(vault, [1, 140_000])
    rows = table_rows(vault.db)
    out = tmp_path / "backups" / "small.jqbak"
    out.parent.mkdir()
    export(vault, out)
    vault.lock()
    return out, rows


@pytest.fixture
def current_vault(tmp_path: Path) -> Path:
    """A closed vault in its own folder that refused restores must leave untouched."""
    path = tmp_path / "current" / "current.jqvault"
    with Vault.create(path, TEST_PASSWORD, FAST) as vault, vault.transaction() as db:
        repository.insert(db, Platform(name="今天的记录"))
    return path


def assert_refused_untouched(source: Path, target: Path, error: type[BackupError],
                             password: str = TEST_PASSWORD) -> None:
    before, files = digest(target), listing(target.parent)
    with pytest.raises(error):
        restore(source, target, password, replace=True)
    assert digest(target) == before
    assert listing(target.parent) == files


# -- the stream on its own -------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, 3 * 1024 * 1024 + 5])
def test_stream_round_trip_at_chunk_boundaries(size: int):
    plain = random.Random(size).randbytes(size)
    aead, aad = backup.AESGCM(os.urandom(32)), b"header"
    meter = backup._Meter(None, None, 0)
    sealed = io.BytesIO()
    writer = backup._ChunkWriter(sealed, aead, aad, meter)
    for start in range(0, size, 10_000):  # writes that straddle chunk boundaries
        writer.write(plain[start:start + 10_000])
    writer.close()
    expected_chunks = max(1, -(-size // backup.CHUNK_SIZE))
    assert len(sealed.getvalue()) == size + expected_chunks * backup.TAG_SIZE
    sealed.seek(0)
    assert b"".join(backup._open_chunks(sealed, aead, aad, meter)) == plain


# -- round trips -----------------------------------------------------------------------


@pytest.mark.parametrize("size", [1, 65535, 65536, 65537, 3 * 1024 * 1024 + 1])
def test_round_trip_keeps_every_row_and_document(vault_factory: Any, tmp_path: Path, size: int):
    vault = vault_factory()
    demo_vault(vault, [size, 512 * 1024])  # exactly one attachment chunk as well
    before = table_rows(vault.db)
    export(vault, tmp_path / "b.jqbak")
    restore(tmp_path / "b.jqbak", tmp_path / "restored.jqvault")
    after = rows_of(tmp_path / "restored.jqvault")
    assert after == before
    with Vault.open(tmp_path / "restored.jqvault", TEST_PASSWORD) as restored:
        ids = [r[0] for r in restored.db.execute("SELECT id FROM attachment ORDER BY id")]
        data = attachments.read_bytes(restored.db, ids[0])
        assert data == random.Random(0).randbytes(size)


@pytest.mark.parametrize("delta", [-1, 0, 1])
@pytest.mark.parametrize("chunks", [1, 2])
def test_round_trip_at_exact_payload_chunk_boundaries(vault_factory: Any, tmp_path: Path,
                                                      chunks: int, delta: int):
    """Pad one note so that the payload is exactly k × 64 KiB − 1, + 0 or + 1 bytes."""
    vault = vault_factory()
    with vault.transaction() as db:
        pad = repository.insert(db, Platform(name="pad", note=""))
    wanted = chunks * backup.CHUNK_SIZE + delta
    out = tmp_path / "exact.jqbak"
    for _ in range(3):  # the first export adds its own date to `meta`
        export(vault, out)
        with vault.transaction() as db:
            (note,) = db.execute("SELECT note FROM platform WHERE id = ?", (pad.id,)).fetchone()
            db.execute("UPDATE platform SET note = ? WHERE id = ?",
                       ("x" * (len(note) + wanted - payload_size(out)), pad.id))
    before = table_rows(vault.db)
    export(vault, out)
    assert payload_size(out) == wanted
    restore(out, tmp_path / "r.jqvault")
    assert rows_of(tmp_path / "r.jqvault") == before


def test_restored_vault_takes_the_password_chosen_for_it(vault_factory: Any, tmp_path: Path):
    vault = vault_factory()
    demo_vault(vault, [10])
    before = table_rows(vault.db)
    export(vault, tmp_path / "b.jqbak", BACKUP_PASSWORD)
    target = tmp_path / "new.jqvault"
    restore(tmp_path / "b.jqbak", target, BACKUP_PASSWORD, new_password="the new vault pass")
    assert rows_of(target, "the new vault pass") == before


def test_backup_password_must_be_long_enough(vault: Vault, tmp_path: Path):
    with pytest.raises(WeakPasswordError):
        export(vault, tmp_path / "b.jqbak", "short")
    assert listing(tmp_path) == {"test.jqvault", "test.jqvault.lock"}


def test_verify_reports_what_the_backup_holds_and_writes_nothing(small_backup: Any):
    source, rows = small_backup
    files = listing(source.parent)
    info = backup.verify(source, TEST_PASSWORD)
    assert info.rows == {name: len(r) for name, r in rows.items()}
    assert info.record_counts["attachment"] == 2
    assert info.schema_version == schema.CURRENT_VERSION
    assert listing(source.parent) == files


def test_last_backup_age_is_recorded_after_a_verified_export(vault: Vault, tmp_path: Path):
    assert backup.last_backup_age(vault) is None
    export(vault, tmp_path / "b.jqbak")
    age = backup.last_backup_age(vault)
    assert age is not None and age < timedelta(minutes=1)
    later = datetime.now(UTC) + timedelta(days=40)
    age_later = backup.last_backup_age(vault, now=later)
    assert age_later is not None and age_later > timedelta(days=39)


def test_export_replaces_an_older_backup_but_never_another_file(vault: Vault, tmp_path: Path):
    out = tmp_path / "b.jqbak"
    export(vault, out)
    first = digest(out)
    export(vault, out)  # a newer backup over an older one
    assert digest(out) != first
    letter = tmp_path / "letter.txt"
    letter.write_text("not a backup")
    with pytest.raises(VaultExistsError):
        export(vault, letter)
    assert letter.read_text() == "not a backup"
    with pytest.raises(VaultExistsError):
        export(vault, vault.path)
    with pytest.raises(StorageError):
        export(vault, tmp_path / "no such folder" / "b.jqbak")


def test_progress_is_reported_and_cancel_leaves_nothing(vault_factory: Any, tmp_path: Path):
    vault = vault_factory()
    demo_vault(vault, [3 * 1024 * 1024])
    calls: list[tuple[int, int]] = []
    export(vault, tmp_path / "b.jqbak", progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1] and len(calls) > 2
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:], strict=False))

    stop = threading.Event()

    def cancel_midway(done: int, total: int) -> None:
        if done > 1024 * 1024:
            stop.set()

    files = listing(tmp_path)
    with pytest.raises(BackupCancelledError):
        export(vault, tmp_path / "c.jqbak", progress=cancel_midway, cancel=stop)
    assert listing(tmp_path) == files
    with pytest.raises(BackupCancelledError):
        restore(tmp_path / "b.jqbak", tmp_path / "r.jqvault", cancel=lambda: True)
    assert listing(tmp_path) == files


def test_restore_replace_keeps_the_old_vault_aside(small_backup: Any, current_vault: Path):
    source, rows = small_backup
    old = digest(current_vault)
    info = restore(source, current_vault, replace=True)
    assert rows_of(current_vault) == rows
    assert info.kept_aside is not None and info.kept_aside.parent == current_vault.parent
    assert digest(info.kept_aside) == old
    assert not [p for p in current_vault.parent.iterdir() if ".tmp" in p.name]


def test_restore_refuses_an_existing_target_and_an_open_vault(small_backup: Any,
                                                               current_vault: Path):
    source, _rows = small_backup
    before = digest(current_vault)
    with pytest.raises(VaultExistsError):
        restore(source, current_vault)
    with Vault.open(current_vault, TEST_PASSWORD):
        with pytest.raises(VaultInUseError):
            restore(source, current_vault, replace=True)
    assert digest(current_vault) == before


def test_restore_migrates_an_older_backup_forward(vault_factory: Any, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch):
    old_schema = schema.CURRENT_VERSION
    vault = vault_factory()
    demo_vault(vault, [10])
    before = table_rows(vault.db)
    export(vault, tmp_path / "b.jqbak")
    migration = "CREATE TABLE later_table (id INTEGER PRIMARY KEY, note TEXT NOT NULL DEFAULT '');"
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, migration])
    monkeypatch.setattr(schema, "CURRENT_VERSION", old_schema + 1)
    restore(tmp_path / "b.jqbak", tmp_path / "r.jqvault")
    after = rows_of(tmp_path / "r.jqvault")
    assert after.pop("later_table") == []
    assert after.pop("meta") != before.pop("meta")  # the schema version moved on
    assert after == before


def test_restore_refuses_a_backup_from_a_newer_schema(vault: Vault, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch):
    export(vault, tmp_path / "b.jqbak")
    assert backup.verify(tmp_path / "b.jqbak", TEST_PASSWORD)  # intact, just too new
    monkeypatch.setattr(schema, "CURRENT_VERSION", schema.CURRENT_VERSION - 1)
    with pytest.raises(BackupNewerVersionError, match="newer Jieqing"):
        restore(tmp_path / "b.jqbak", tmp_path / "r.jqvault")
    assert not (tmp_path / "r.jqvault").exists()


def test_tables_added_by_later_migrations_are_carried(vault: Vault, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch):
    """A table no one told the backup about, with a hidden rowid and raw blobs."""
    migration = "CREATE TABLE extra (k TEXT PRIMARY KEY, v BLOB, r REAL);"
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, migration])
    monkeypatch.setattr(schema, "CURRENT_VERSION", len(schema.MIGRATIONS))
    with vault.transaction() as db:
        schema.migrate(db, schema.CURRENT_VERSION)
        db.executemany("INSERT INTO extra VALUES (?, ?, ?)",
                       [("b", b"\x00\xff" * 10, 1.5), ("a", None, -0.0)])
        db.execute("DELETE FROM extra WHERE k = 'b'")
        db.execute("INSERT INTO extra VALUES ('c', x'00', 2e300)")
    before = table_rows(vault.db)
    export(vault, tmp_path / "b.jqbak")
    restore(tmp_path / "b.jqbak", tmp_path / "r.jqvault")
    assert rows_of(tmp_path / "r.jqvault") == before


# -- refusals: damage, tampering, hostility --------------------------------------------


def test_wrong_password_is_refused(small_backup: Any, current_vault: Path):
    source, _ = small_backup
    with pytest.raises(BackupWrongPasswordError):
        backup.verify(source, "not the password")
    assert_refused_untouched(source, current_vault, BackupWrongPasswordError,
                             password="not the password")


def test_not_a_backup_and_future_format_are_refused(tmp_path: Path, current_vault: Path,
                                                    small_backup: Any):
    source, _ = small_backup
    for name, content in (("letter.jqbak", b"Dear lender, ..." * 20), ("empty.jqbak", b"")):
        (tmp_path / name).write_bytes(content)
        assert_refused_untouched(tmp_path / name, current_vault, NotABackupError)
    with pytest.raises(NotABackupError):
        backup.verify(current_vault, TEST_PASSWORD)  # a vault is not a backup
    future = bytearray(source.read_bytes())
    future[8:10] = struct.pack(">H", backup.FORMAT_VERSION + 1)
    (tmp_path / "future.jqbak").write_bytes(future)
    assert_refused_untouched(tmp_path / "future.jqbak", current_vault, BackupNewerVersionError)


@pytest.mark.parametrize(("offset", "value"), [
    (12, 64 * 1024 * 1024),  # memory: 64 GiB
    (12, 2**32 - 1),
    (16, 1_000_000),  # iterations
    (20, 1000),  # lanes
    (20, 0),
    (16, 0),
])
def test_hostile_kdf_parameters_are_refused_before_any_kdf(
        small_backup: Any, current_vault: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, offset: int, value: int):
    source, _ = small_backup
    hostile = bytearray(source.read_bytes())
    hostile[offset:offset + 4] = struct.pack(">I", value)
    (tmp_path / "hostile.jqbak").write_bytes(hostile)

    def no_kdf(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the KDF ran on a hostile header")

    monkeypatch.setattr(backup, "Argon2id", no_kdf)
    assert_refused_untouched(tmp_path / "hostile.jqbak", current_vault, BackupHostileHeaderError)


def test_every_header_byte_flipped_is_refused(small_backup: Any, current_vault: Path,
                                              tmp_path: Path):
    source, _ = small_backup
    original = source.read_bytes()
    damaged = tmp_path / "damaged.jqbak"
    for offset in range(backup.HEADER_SIZE):
        for mask in (0x01, 0x80):
            data = bytearray(original)
            data[offset] ^= mask
            damaged.write_bytes(data)
            assert_refused_untouched(damaged, current_vault, BackupError)


def test_random_payload_flips_are_refused(small_backup: Any, current_vault: Path,
                                          tmp_path: Path):
    source, _ = small_backup
    original = source.read_bytes()
    rng = random.Random(20240601)
    damaged = tmp_path / "damaged.jqbak"
    for n in range(300):
        data = bytearray(original)
        offset = rng.randrange(backup.HEADER_SIZE, len(data))
        data[offset] ^= 1 << rng.randrange(8)
        damaged.write_bytes(data)
        if n % 10 == 0:  # the full restore path on a share of them; verify on the rest
            assert_refused_untouched(damaged, current_vault, BackupDamagedError)
        else:
            with pytest.raises(BackupDamagedError):
                backup.verify(damaged, TEST_PASSWORD)


def test_truncation_at_every_chunk_boundary_is_refused(small_backup: Any, current_vault: Path,
                                                       tmp_path: Path):
    source, _ = small_backup
    original = source.read_bytes()
    chunks = -(-(len(original) - backup.HEADER_SIZE) // backup.SEALED_CHUNK_SIZE)
    assert chunks >= 3
    cut = tmp_path / "cut.jqbak"
    for k in range(chunks):
        cut.write_bytes(original[:backup.HEADER_SIZE + k * backup.SEALED_CHUNK_SIZE])
        assert_refused_untouched(cut, current_vault, BackupTruncatedError)
    for length in (3, 9, backup.HEADER_SIZE - 1, len(original) - 1, len(original) - 17):
        cut.write_bytes(original[:length])
        assert_refused_untouched(cut, current_vault, BackupError)


def test_appended_bytes_are_refused(small_backup: Any, current_vault: Path, tmp_path: Path):
    source, _ = small_backup
    original = source.read_bytes()
    longer = tmp_path / "longer.jqbak"
    for extra in (b"\x00", os.urandom(16), os.urandom(backup.SEALED_CHUNK_SIZE), original[-50:]):
        longer.write_bytes(original + extra)
        assert_refused_untouched(longer, current_vault, BackupDamagedError)


def _chunks(data: bytes) -> tuple[bytes, list[bytes]]:
    body = data[backup.HEADER_SIZE:]
    size = backup.SEALED_CHUNK_SIZE
    return data[:backup.HEADER_SIZE], [body[i:i + size] for i in range(0, len(body), size)]


def test_dropped_duplicated_and_swapped_chunks_are_refused(small_backup: Any,
                                                           current_vault: Path, tmp_path: Path):
    source, _ = small_backup
    header, chunks = _chunks(source.read_bytes())
    assert len(chunks) >= 3
    variants = [
        chunks[1:],  # first dropped
        chunks[:1] + chunks[2:],  # middle dropped
        chunks[:1] + chunks[:1] + chunks[1:],  # first duplicated
        chunks[:-1] + chunks[-2:-1] + chunks[-1:],  # one before the last duplicated
        [chunks[1], chunks[0], *chunks[2:]],  # swapped
        [*chunks[:-2], chunks[-1], chunks[-2]],  # the last moved forward
        chunks + chunks[-1:],  # the last twice
    ]
    bad = tmp_path / "bad.jqbak"
    for variant in variants:
        bad.write_bytes(header + b"".join(variant))
        assert_refused_untouched(bad, current_vault, BackupError)


def test_a_header_spliced_onto_another_backups_payload_is_refused(
        small_backup: Any, vault_factory: Any, current_vault: Path, tmp_path: Path):
    source, _ = small_backup
    other_vault = vault_factory("other.jqvault")
    demo_vault(other_vault, [5])
    other = tmp_path / "other.jqbak"
    export(other_vault, other)  # same password, same vault kind
    header_a, chunks_a = _chunks(source.read_bytes())
    header_b, chunks_b = _chunks(other.read_bytes())
    spliced = tmp_path / "spliced.jqbak"
    for data in (header_a + b"".join(chunks_b), header_b + b"".join(chunks_a),
                 header_a + chunks_a[0] + b"".join(chunks_b[1:])):
        spliced.write_bytes(data)
        assert_refused_untouched(spliced, current_vault, BackupError)


# -- disk errors -----------------------------------------------------------------------


def test_disk_full_during_export_leaves_nothing(vault_factory: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch):
    vault = vault_factory()
    demo_vault(vault, [300_000])
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    calls = [0]

    def full(self: Any, sealed: bytes) -> None:
        calls[0] += 1
        if calls[0] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._file.write(sealed)

    monkeypatch.setattr(backup._ChunkWriter, "_write_out", full)
    with pytest.raises(StorageError, match="disk is full"):
        export(vault, out_dir / "b.jqbak")
    assert listing(out_dir) == set()
    assert backup.last_backup_age(vault) is None


def test_io_error_on_the_final_rename_leaves_nothing(vault: Vault, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    out_dir = tmp_path / "usb"
    out_dir.mkdir()

    def broken(source: Path, target: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backup, "replace_durably", broken)
    with pytest.raises(StorageError, match="Input/output error"):
        export(vault, out_dir / "b.jqbak")
    assert listing(out_dir) == set()


def test_disk_full_during_restore_leaves_the_current_vault(small_backup: Any,
                                                           current_vault: Path,
                                                           monkeypatch: pytest.MonkeyPatch):
    source, _ = small_backup

    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "fsync_file", full)  # the sync of the new vault file
    before, files = digest(current_vault), listing(current_vault.parent)
    with pytest.raises(StorageError, match="disk is full"):
        restore(source, current_vault, replace=True)
    assert digest(current_vault) == before
    assert listing(current_vault.parent) == files
    new_target = current_vault.parent / "new.jqvault"
    with pytest.raises(StorageError):
        restore(source, new_target)
    assert listing(current_vault.parent) == files


def test_fsync_failing_while_the_export_is_read_back_leaves_nothing(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    out_dir = tmp_path / "usb"
    out_dir.mkdir()

    def broken(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(StorageError, match="Input/output error"):
        export(vault, out_dir / "b.jqbak")
    monkeypatch.undo()
    assert listing(out_dir) == set()
    assert backup.last_backup_age(vault) is None


# -- the checks of the restored file, run side by side ---------------------------------


def test_a_document_stored_wrongly_is_caught_when_the_file_is_read_back(
        small_backup: Any, current_vault: Path, monkeypatch: pytest.MonkeyPatch):
    source, _ = small_backup
    load = backup._load

    def load_then_damage(conn: Any, *args: Any) -> None:
        load(conn, *args)
        conn.execute("UPDATE attachment_chunk SET data = zeroblob(length(data)) "
                     "WHERE rowid = (SELECT max(rowid) FROM attachment_chunk)")

    monkeypatch.setattr(backup, "_load", load_then_damage)
    before, files = digest(current_vault), listing(current_vault.parent)
    with pytest.raises(BackupDamagedError, match="does not match its hash"):
        restore(source, current_vault, replace=True)
    assert digest(current_vault) == before
    assert listing(current_vault.parent) == files


def test_restore_cancelled_while_the_new_file_is_checked_leaves_nothing(
        small_backup: Any, current_vault: Path, monkeypatch: pytest.MonkeyPatch):
    source, _ = small_backup
    stop = threading.Event()
    check_documents = backup._verify_attachments

    def cancel_meanwhile(conn: Any) -> None:
        stop.set()  # while integrity_check and the fsync run beside this check
        check_documents(conn)

    monkeypatch.setattr(backup, "_verify_attachments", cancel_meanwhile)
    before, files = digest(current_vault), listing(current_vault.parent)
    with pytest.raises(BackupCancelledError):
        restore(source, current_vault, replace=True, cancel=stop)
    assert digest(current_vault) == before
    assert listing(current_vault.parent) == files


def test_rows_read_ahead_reach_the_consumer_in_order_and_errors_too():
    rows = [(n, bytes(300_000)) for n in range(40)]
    with backup._ahead(iter(rows)) as ahead:
        assert list(ahead) == rows

    def failing() -> Any:
        yield (1,)
        raise BackupDamagedError(detail="chunk 7 fails its check")

    with pytest.raises(BackupDamagedError), backup._ahead(failing()) as ahead:
        assert next(ahead) == (1,)
        next(ahead)


def test_leaving_early_stops_the_thread_reading_ahead():
    produced = [0]

    def endless() -> Any:
        while True:
            produced[0] += 1
            yield (bytes(100_000),)

    with backup._ahead(endless()) as ahead:
        next(ahead)
    threads = {t.name for t in threading.enumerate()}
    assert "backup-ahead" not in threads
    stopped_at = produced[0]
    assert stopped_at < 200  # a few MiB ahead at most
