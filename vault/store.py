"""The vault file: one standard SQLCipher 4 database, keyed by Argon2id over the password.

Create, open, lock and change the password here; records go through vault.repository.
Every user action is one transaction (`with vault.transaction() as db:`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3

from vault import kdf, schema
from vault.errors import (
    StorageError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WeakPasswordError,
    WrongPasswordOrDamagedError,
)
from vault.fsutil import (
    fsync_file,
    replace_durably,
    storage_error,
    sweep_temporaries,
    temp_sibling,
)
from vault.process_lock import ProcessLock

VAULT_SUFFIX = ".jqvault"
MIN_PASSWORD_LENGTH = 8

Connection = Any  # sqlcipher3.Connection, which ships no type information


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPasswordError(minimum=MIN_PASSWORD_LENGTH)


# SQLite's primary result codes for a disk that said no, and what to tell the user.
_STORAGE_REASONS = {
    sqlcipher3.SQLITE_FULL: "the disk is full",
    sqlcipher3.SQLITE_IOERR: "a disk read or write failed",
    sqlcipher3.SQLITE_READONLY: "the disk is read-only",
    sqlcipher3.SQLITE_PERM: "permission denied",
    sqlcipher3.SQLITE_CANTOPEN: "the file could not be opened",
}
_DAMAGED = (sqlcipher3.SQLITE_CORRUPT, sqlcipher3.SQLITE_NOTADB)
# SQLite's own messages for these codes: an error passed on by a function (sqlcipher_export)
# arrives as a plain SQLITE_ERROR that keeps only the message.
_MESSAGES = {
    "database or disk is full": sqlcipher3.SQLITE_FULL,
    "disk i/o error": sqlcipher3.SQLITE_IOERR,
    "attempt to write a readonly database": sqlcipher3.SQLITE_READONLY,
    "database disk image is malformed": sqlcipher3.SQLITE_CORRUPT,
    "file is not a database": sqlcipher3.SQLITE_NOTADB,
}


def database_error(path: Path, error: BaseException) -> VaultError | None:
    """The failure the user can act on behind an error from the vault's database: the disk
    (full, failing, read-only) or a damaged file. None for anything else (an interruption,
    a bug), which callers let through unchanged."""
    if isinstance(error, VaultError):
        return error
    if not isinstance(error, sqlcipher3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    # Extended codes (SQLITE_IOERR_WRITE …) keep the primary code in their low byte.
    primary = code & 0xFF if isinstance(code, int) else sqlcipher3.SQLITE_ERROR
    if primary == sqlcipher3.SQLITE_ERROR:
        primary = _MESSAGES.get(str(error).lower(), primary)
    if primary in _DAMAGED:
        return VaultDamagedError(path=str(path))
    reason = _STORAGE_REASONS.get(primary)
    return None if reason is None else StorageError(path=str(path), reason=reason)


@contextmanager
def known_failures(path: Path) -> Iterator[None]:
    """Raise a SQLCipher error the user can act on as its VaultError (see database_error)."""
    try:
        yield
    except sqlcipher3.Error as error:
        known = database_error(path, error)
        if known is None:
            raise
        raise known from error


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
            "busy_timeout = 30000",  # another thread's write: wait for it rather than fail
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


def _open_key(path: Path, password: str) -> tuple[bytearray, bytes]:
    """The raw key and salt of the vault at `path` (the caller wipes the key)."""
    salt = read_salt(path)
    kdf.profile_for_salt(salt)  # refuse an unknown profile before spending on the KDF
    return kdf.derive_key(password, salt), salt


def _open_keyed(path: Path, password: str) -> Connection:
    key, salt = _open_key(path, password)
    try:
        return _connect(path, key, salt, create=False)
    finally:
        kdf.wipe(key)


def _new_database(
    path: Path, password: str, profile: kdf.KdfProfile, fill: Any
) -> tuple[bytearray, bytes]:
    """Build a keyed database at `path` (a temporary), let `fill(conn)` populate it, fsync;
    return the new key (the caller wipes it) and salt."""
    salt = kdf.new_salt(profile)
    key = kdf.derive_key(password, salt)
    try:
        conn = _connect(path, key, salt, create=True)
        try:
            fill(conn)
        finally:
            conn.close()
        fsync_file(path)
    except BaseException:
        kdf.wipe(key)
        raise
    return key, salt


def _claim(target: Path) -> tuple[ProcessLock, bool]:
    """This process's lock on `target`, and whether the lock file was new."""
    process_lock = ProcessLock(target)
    fresh = not process_lock.path.exists()
    process_lock.acquire()
    return process_lock, fresh


def _let_go(process_lock: ProcessLock, fresh: bool) -> None:
    """After a failed create or open: release the lock, and remove its file if this attempt
    made it (a file that is not a vault keeps no `.lock` beside it)."""
    process_lock.release()
    if fresh:
        with suppress(OSError):
            process_lock.path.unlink()


class Vault:
    """An open vault. `lock()` closes it and wipes the key; the object is then dead.

    Each thread gets its own connection (`db`): one SQLite connection must never be used by
    two threads at once, and the UI reads while workers export, import or compute. SQLite's
    own locking orders them. The raw key stays in memory only while the vault is open.
    """

    def __init__(
        self, path: Path, key: bytearray, salt: bytes, process_lock: ProcessLock,
        file: Path | None = None,
    ) -> None:
        self.path = path  # the vault's name, in every message
        self._file = file or path  # where its bytes are: a temporary while `create` builds it
        self._key: bytearray | None = key
        self._salt = salt
        self._process_lock = process_lock
        self._guard = threading.Lock()  # over the key and the connections
        self._connections: dict[int, Connection] = {}  # thread ident → its connection
        self._generation = 0  # bumped when connections are dropped: older ones stop working

    # -- life cycle -------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: str | os.PathLike[str], password: str, profile: kdf.KdfProfile | None = None,
        fill: Callable[[Vault], None] | None = None,
    ) -> Vault:
        """A new vault at `path`, open. `fill(vault)` may add records first: the file is built
        at a temporary name and takes its name only once complete, so a failure or a kill
        leaves no vault there (the next create or open sweeps what it left)."""
        target = Path(path)
        check_password(password)
        if target.exists():
            raise VaultExistsError(path=str(target))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise storage_error(target.parent, error) from error
        process_lock, fresh = _claim(target)
        temp = temp_sibling(target, "create")
        try:
            try:
                sweep_temporaries(target)  # what a killed create of this same file left
                with known_failures(target):
                    key, salt = _new_database(
                        temp, password, profile or kdf.default_profile(), schema.initialize
                    )
                vault = cls(target, key, salt, process_lock, file=temp)
                try:
                    if fill is not None:
                        fill(vault)
                    vault._move_into_place()
                except BaseException:
                    vault.lock()
                    raise
            except OSError as error:
                raise storage_error(target, error) from error
        except BaseException:
            _let_go(process_lock, fresh and not target.exists())
            raise
        finally:
            for leftover in (temp, temp.with_name(temp.name + "-journal")):
                with suppress(OSError):
                    leftover.unlink()
        vault._connect_or_lock()
        return vault

    def _move_into_place(self) -> None:
        """Give the file `create` built its name; its connections close first, as Windows
        cannot rename an open file."""
        with self._guard:
            self._drop_connections()
            if self.path.exists():
                raise VaultExistsError(path=str(self.path))
            replace_durably(self._file, self.path)
            self._file = self.path

    @classmethod
    def open(cls, path: str | os.PathLike[str], password: str) -> Vault:
        target = Path(path)
        if not target.is_file():
            raise VaultNotFoundError(path=str(target))
        process_lock, fresh = _claim(target)
        try:
            sweep_temporaries(target)
            vault = cls(target, *_open_key(target, password), process_lock)
            try:
                conn = vault.db
                with _transaction(conn, target):
                    schema.migrate(conn)
            except BaseException:
                vault.lock()
                raise
        except BaseException:
            _let_go(process_lock, fresh)
            raise
        return vault

    def _connect_or_lock(self) -> Connection:
        """This thread's first connection; a wrong key or damage locks the vault again."""
        try:
            return self.db
        except BaseException:
            self.lock()
            raise

    @property
    def is_open(self) -> bool:
        return self._key is not None

    def lock(self) -> None:
        """End every connection, wipe the key and release the file."""
        with self._guard:
            if self._key is None:
                return
            self._drop_connections()
            kdf.wipe(self._key)
            self._key = None
        self._process_lock.release()

    close = lock

    def _drop_connections(self) -> None:
        """Forget every thread's connection (callers hold the guard). This thread's is closed;
        another thread's may be mid-query, and closing it under that thread would crash, so
        its running statement is interrupted and the connection closes when that thread lets
        go of it (at once, if the thread is gone)."""
        mine = threading.get_ident()
        self._generation += 1
        connections, self._connections = self._connections, {}
        for ident, conn in connections.items():
            if ident == mine:
                with suppress(sqlcipher3.Error):
                    conn.close()
            else:
                conn.interrupt()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- access -----------------------------------------------------------------------

    @property
    def db(self) -> Connection:
        """This thread's connection, for reads. Writes go through `transaction()`."""
        ident = threading.get_ident()
        with self._guard:
            if self._key is None:
                raise VaultLockedError()
            conn = self._connections.get(ident)
            if conn is None:
                conn = _connect(self._file, self._key, self._salt, create=False)
                generation = self._generation
                # A dropped connection's later statements abort too (interrupt() only
                # stops the one running): SQLite asks this every 10,000 VM steps.
                conn.set_progress_handler(lambda: self._generation != generation, 10_000)
                self._connections[ident] = conn
            return conn

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One user action: everything inside commits together or not at all. A full or
        failing disk, or damage found on the way, raises its VaultError."""
        with self._known_failures(), _transaction(self.db, self.path) as conn:
            yield conn

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A consistent read of the whole vault (for exports, backups, the binder); damage
        found on the way raises VaultDamagedError."""
        with self._known_failures():
            conn = self.db
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                _rollback(conn)

    @contextmanager
    def _known_failures(self) -> Iterator[None]:
        """`known_failures`, and after damage a new connection for this thread: SQLCipher
        refuses every later write through one that met a damaged page ("read-only")."""
        try:
            with known_failures(self.path):
                yield
        except VaultDamagedError:
            with self._guard:
                conn = self._connections.pop(threading.get_ident(), None)
            if conn is not None:
                with suppress(sqlcipher3.Error):
                    conn.close()
            raise

    # -- password ---------------------------------------------------------------------

    def change_password(self, new_password: str) -> None:
        """Re-encrypt into a new file with a new salt and key, verify it, swap atomically.

        Killed at any point, the vault opens with the old or the new password: the old
        file stays whole until one rename puts the verified new file in its place.
        """
        check_password(new_password)
        temp = temp_sibling(self.path, "rekey")
        try:
            with self._known_failures():
                key, salt = _export_rekeyed(self.db, temp, new_password)
            with self._guard:
                self._drop_connections()  # Windows cannot replace an open file
                try:
                    replace_durably(temp, self.path)
                except OSError:
                    kdf.wipe(key)
                    if self._key is not None:  # locked now: unlock with the old password
                        kdf.wipe(self._key)
                        self._key = None
                        self._process_lock.release()
                    raise
                if self._key is not None:
                    kdf.wipe(self._key)
                self._key, self._salt = key, salt
        except OSError as error:
            raise storage_error(self.path, error) from error
        finally:
            for leftover in (temp, temp.with_name(temp.name + "-journal")):
                with suppress(OSError):
                    leftover.unlink()


def _export_rekeyed(
    conn: Connection, temp: Path, new_password: str
) -> tuple[bytearray, bytes]:
    """Copy the vault into `temp` under a new salt and key, verify it; return the key."""
    expected = schema.record_counts(conn)
    salt = kdf.new_salt(kdf.default_profile())
    key = kdf.derive_key(new_password, salt)
    try:
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {_key_pragma(key, salt)}", (str(temp),))
        try:
            conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
        finally:
            conn.execute("DETACH DATABASE rekeyed")
        fsync_file(temp)
        check = _connect(temp, key, salt, create=False)
        try:
            schema.verify(check, expected)
        finally:
            check.close()
    except BaseException:
        kdf.wipe(key)
        raise
    return key, salt


@contextmanager
def _transaction(conn: Connection, path: Path) -> Iterator[Connection]:
    with known_failures(path):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise


def _rollback(conn: Connection) -> None:
    """End the transaction, if SQLite has not already (it rolls back by itself after a full
    disk or an I/O error); a failure here must not hide the error that led here."""
    with suppress(sqlcipher3.Error):
        if conn.in_transaction:
            conn.execute("ROLLBACK")

