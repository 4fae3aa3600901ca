"""The vault file: one standard SQLCipher 4 database, keyed by Argon2id over the password.

Create, open, lock and change the password here; records go through vault.repository.
Every user action is one transaction (`with vault.transaction() as db:`).
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3

from vault import kdf, schema
from vault.errors import (
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WeakPasswordError,
    WrongPasswordOrDamagedError,
)
from vault.fsutil import fsync_file, replace_durably, storage_error
from vault.process_lock import ProcessLock

VAULT_SUFFIX = ".jqvault"
MIN_PASSWORD_LENGTH = 8
# Temporaries are named `<vault name>.<purpose>-<random>.tmp` so the next open can sweep them.
TEMP_MARK = ".tmp"

Connection = Any  # sqlcipher3.Connection, which ships no type information


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPasswordError(minimum=MIN_PASSWORD_LENGTH)


def temp_sibling(path: Path, purpose: str) -> Path:
    return path.with_name(f"{path.name}.{purpose}-{secrets.token_hex(6)}{TEMP_MARK}")


def sweep_temporaries(path: Path) -> None:
    """Remove what an interrupted password change, restore or export left beside the vault."""
    for stray in path.parent.glob(f"{path.name}.*-*{TEMP_MARK}*"):
        with suppress(OSError):
            stray.unlink()


def _key_pragma(key: bytes | bytearray, salt: bytes) -> str:
    return f"\"x'{bytes(key).hex()}{salt.hex()}'\""


def _connect(path: Path, key: bytes | bytearray, salt: bytes, *, create: bool) -> Connection:
    mode = "rwc" if create else "rw"
    try:
        conn = sqlcipher3.connect(
            f"{path.resolve().as_uri()}?mode={mode}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    except sqlcipher3.Error as error:
        raise WrongPasswordOrDamagedError() from error
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_key_pragma(key, salt)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in (
            "journal_mode = DELETE",
            "synchronous = FULL",
            "foreign_keys = ON",
            "temp_store = MEMORY",
        ):
            conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlcipher3.DatabaseError as error:
        conn.close()
        raise WrongPasswordOrDamagedError() from error
    return conn


def read_salt(path: Path) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read(kdf.SALT_SIZE)
    except FileNotFoundError:
        raise VaultNotFoundError(path=str(path)) from None
    except IsADirectoryError:
        raise WrongPasswordOrDamagedError() from None
    except OSError as error:
        raise storage_error(path, error) from error


def _open_keyed(path: Path, password: str) -> Connection:
    salt = read_salt(path)
    kdf.profile_for_salt(salt)  # refuse an unknown profile before spending on the KDF
    key = kdf.derive_key(password, salt)
    try:
        return _connect(path, key, salt, create=False)
    finally:
        kdf.wipe(key)


def _write_new(path: Path, password: str, profile: kdf.KdfProfile, fill: Any) -> None:
    """Build a keyed database at `path` (a temporary), let `fill(conn)` populate it, fsync."""
    salt = kdf.new_salt(profile)
    key = kdf.derive_key(password, salt)
    try:
        conn = _connect(path, key, salt, create=True)
    finally:
        kdf.wipe(key)
    try:
        fill(conn)
    finally:
        conn.close()
    fsync_file(path)


class Vault:
    """An open vault. `lock()` closes it and forgets the key; the object is then dead."""

    def __init__(self, path: Path, conn: Connection, process_lock: ProcessLock) -> None:
        self.path = path
        self._conn: Connection | None = conn
        self._process_lock = process_lock
        self._mutex = threading.RLock()

    # -- life cycle -------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: str | os.PathLike[str], password: str, profile: kdf.KdfProfile | None = None
    ) -> Vault:
        target = Path(path)
        check_password(password)
        if target.exists():
            raise VaultExistsError(path=str(target))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise storage_error(target.parent, error) from error
        process_lock = ProcessLock(target)
        process_lock.acquire()
        temp = temp_sibling(target, "create")
        try:
            _write_new(temp, password, profile or kdf.default_profile(), schema.initialize)
            if target.exists():
                raise VaultExistsError(path=str(target))
            replace_durably(temp, target)
            return cls(target, _open_keyed(target, password), process_lock)
        except OSError as error:
            process_lock.release()
            raise storage_error(target, error) from error
        except BaseException:
            process_lock.release()
            raise
        finally:
            with suppress(OSError):
                temp.unlink()

    @classmethod
    def open(cls, path: str | os.PathLike[str], password: str) -> Vault:
        target = Path(path)
        if not target.is_file():
            raise VaultNotFoundError(path=str(target))
        process_lock = ProcessLock(target)
        process_lock.acquire()
        try:
            sweep_temporaries(target)
            conn = _open_keyed(target, password)
            try:
                with _transaction(conn):
                    schema.migrate(conn)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            process_lock.release()
            raise
        return cls(target, conn, process_lock)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def lock(self) -> None:
        """Close the connection (SQLCipher wipes its key material) and release the file."""
        with self._mutex:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
                self._process_lock.release()

    close = lock

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- access -----------------------------------------------------------------------

    @property
    def db(self) -> Connection:
        """The connection, for reads. Writes go through `transaction()`."""
        if self._conn is None:
            raise VaultLockedError()
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One user action: everything inside commits together or not at all."""
        with self._mutex:
            with _transaction(self.db) as conn:
                yield conn

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A consistent read of the whole vault (for exports, backups, the binder)."""
        with self._mutex:
            conn = self.db
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("ROLLBACK")

    # -- password ---------------------------------------------------------------------

    def change_password(self, new_password: str) -> None:
        """Re-encrypt into a new file with a new salt and key, verify it, swap atomically.

        Killed at any point, the vault opens with the old or the new password: the old
        file stays whole until one rename puts the verified new file in its place.
        """
        check_password(new_password)
        with self._mutex:
            conn = self.db
            temp = temp_sibling(self.path, "rekey")
            try:
                self._export_rekeyed(conn, temp, new_password)
                conn.close()  # Windows cannot replace an open file
                self._conn = None
                try:
                    replace_durably(temp, self.path)
                except OSError:
                    self._process_lock.release()  # locked now: unlock with the old password
                    raise
                self._conn = _open_keyed(self.path, new_password)
            except OSError as error:
                raise storage_error(self.path, error) from error
            finally:
                with suppress(OSError):
                    temp.unlink()

    @staticmethod
    def _export_rekeyed(conn: Connection, temp: Path, new_password: str) -> None:
        expected = schema.record_counts(conn)
        salt = kdf.new_salt(kdf.default_profile())
        key = kdf.derive_key(new_password, salt)
        try:
            conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {_key_pragma(key, salt)}", (str(temp),))
        finally:
            kdf.wipe(key)
        try:
            conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
        finally:
            conn.execute("DETACH DATABASE rekeyed")
        fsync_file(temp)
        check = _open_keyed(temp, new_password)
        try:
            schema.verify(check, expected)
        finally:
            check.close()


@contextmanager
def _transaction(conn: Connection) -> Iterator[Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")

