"""Encrypted backups (`.jqbak`): export, verify and restore (format in docs/FORMATS.md).

A backup is a fixed header (magic, version, Argon2id parameters, salt, stream nonce, a
random file key wrapped by the password key, the header itself as the wrap's associated
data) and then the payload as an age-style STREAM of 64 KiB AES-256-GCM chunks whose
nonces count and flag the last chunk, with the header's hash as associated data. Any
flipped, dropped, duplicated, reordered, spliced, appended or cut-off byte is refused.

The payload is a logical dump of every table read inside `vault.snapshot()`, streamed as
length-prefixed records, then a manifest with each table's row count and SHA-256. Nothing
decrypted ever touches the disk: restore streams rows straight into a new SQLCipher file
at a temporary name, verifies everything, and only then renames it into place.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import queue
import shutil
import struct
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import sqlcipher3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault import __version__, kdf, schema, store
from vault.errors import (
    BackupCancelledError,
    BackupDamagedError,
    BackupHostileHeaderError,
    BackupNewerVersionError,
    BackupTruncatedError,
    BackupWrongPasswordError,
    NotABackupError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPasswordOrDamagedError,
)
from vault.fsutil import (
    BACKUP_MAGIC,
    check_export_target,
    fsync_dir,
    fsync_file,
    is_backup,
    replace_durably,
    storage_error,
    temp_sibling,
)
from vault.process_lock import ProcessLock
from vault.store import Connection, Vault

BACKUP_SUFFIX = ".jqbak"
MAGIC = BACKUP_MAGIC
FORMAT_VERSION = 1
AEAD_AES_256_GCM = 1
KDF_ARGON2ID = 1
CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
PAYLOAD_FORMAT = 1

# Header v1: magic, version u16, aead u8, kdf u8, memory KiB u32, iterations u32, lanes u32,
# salt 16, stream nonce 16, created (unix seconds) u64, schema version u32, wrapped key 48.
_HEADER_FIELDS = struct.Struct(">8sHBBIII16s16sQI")
_WRAPPED_KEY_SIZE = 32 + TAG_SIZE
HEADER_SIZE = _HEADER_FIELDS.size + _WRAPPED_KEY_SIZE

# Limits on what a header may ask of the KDF, checked before it runs: a hostile file
# must not make us allocate gigabytes or spin for minutes.
MAX_KDF_MEMORY_KIB = 1024 * 1024
MAX_KDF_ITERATIONS = 16
MAX_KDF_LANES = 16
MAX_VALUE_SIZE = 1_000_000_000  # SQLite's own limit on one value
MAX_MANIFEST_SIZE = 16 * 1024 * 1024
LOAD_CACHE_KIB = 32 * 1024

LAST_BACKUP_KEY = "last_backup_verified_at"

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | threading.Event


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup holds (returned by export, verify and restore)."""

    path: Path
    created_at: datetime
    schema_version: int
    app_version: str
    rows: dict[str, int]  # table → row count
    size: int  # bytes of the .jqbak file
    kept_aside: Path | None = None  # restore --replace: where the previous vault was kept

    @property
    def record_counts(self) -> dict[str, int]:
        return {t: n for t, n in self.rows.items() if t in schema.RECORD_TABLES}


@dataclass(frozen=True)
class _Header:
    raw: bytes
    aead: int
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes
    stream_nonce: bytes
    created_at: datetime
    schema_version: int
    wrapped_key: bytes

    @property
    def authenticated_part(self) -> bytes:
        return self.raw[: _HEADER_FIELDS.size]


# -- progress and cancellation ---------------------------------------------------------


class _Meter:
    """Throttled progress (about every MiB) and the cancel check between chunks."""

    STEP = 1024 * 1024

    def __init__(self, progress: Progress | None, cancel: Cancel | None, total: int) -> None:
        self._progress = progress
        self._cancel = cancel
        self.total = total
        self.done = 0
        self._reported = -self.STEP

    def cancelled(self) -> bool:
        if self._cancel is None:
            return False
        if isinstance(self._cancel, threading.Event):
            return self._cancel.is_set()
        return bool(self._cancel())

    def check(self) -> None:
        if self.cancelled():
            raise BackupCancelledError()

    def advance(self, amount: int) -> None:
        self.done += amount
        self.check()
        if self._progress is not None and self.done - self._reported >= self.STEP:
            self._reported = self.done
            self._progress(min(self.done, self.total), max(self.total, self.done))

    def finish(self) -> None:
        self.total = max(self.total, self.done)
        if self._progress is not None:
            self._progress(self.total, self.total)


# -- two cores for one pass ------------------------------------------------------------

_AHEAD_BATCH_BYTES = 1024 * 1024
_AHEAD_BATCHES = 4  # so at most ~5 MiB wait between the two threads

_T = TypeVar("_T")


def _weight(item: object) -> int:
    if isinstance(item, tuple):
        return 16 + sum(len(v) for v in item if isinstance(v, bytes | str))
    return 16


@contextmanager
def _ahead(items: Iterator[_T]) -> Iterator[Iterator[_T]]:
    """Produce `items` in a helper thread, a few MiB ahead of the thread consuming them.

    SQLCipher's page crypto, file reads and hashing release the GIL, so one side of a
    pass (reading rows, decoding the stream) runs on the second core while the other
    (sealing and writing, inserting) runs on this one. The producer's error is raised to
    the consumer; leaving the block stops the producer and waits for it."""
    channel: queue.Queue[list[_T] | BaseException | None] = queue.Queue(_AHEAD_BATCHES)
    stop = threading.Event()

    def produce() -> None:
        try:
            batch: list[_T] = []
            size = 0
            for item in items:
                batch.append(item)
                size += _weight(item)
                if size >= _AHEAD_BATCH_BYTES:
                    if stop.is_set():
                        return
                    channel.put(batch)
                    batch, size = [], 0
            channel.put(batch)
            channel.put(None)
        except BaseException as error:  # noqa: BLE001 - raised again in the consumer
            channel.put(error)

    def consume() -> Iterator[_T]:
        while (batch := channel.get()) is not None:
            if isinstance(batch, BaseException):
                raise batch
            yield from batch

    producer = threading.Thread(target=produce, name="backup-ahead", daemon=True)
    producer.start()
    try:
        yield consume()
    finally:
        stop.set()
        while producer.is_alive():
            try:
                channel.get_nowait()  # unblocks a producer waiting to hand over a batch
            except queue.Empty:
                producer.join(0.01)


# -- keys and header -------------------------------------------------------------------


def _check_kdf_bounds(memory_kib: int, iterations: int, lanes: int) -> None:
    if not 1 <= lanes <= MAX_KDF_LANES:
        raise BackupHostileHeaderError(detail=f"{lanes} lanes")
    if not 8 * lanes <= memory_kib <= MAX_KDF_MEMORY_KIB:
        raise BackupHostileHeaderError(detail=f"{memory_kib} KiB of memory")
    if not 1 <= iterations <= MAX_KDF_ITERATIONS:
        raise BackupHostileHeaderError(detail=f"{iterations} iterations")


def _password_key(password: str, salt: bytes, memory_kib: int, iterations: int,
                  lanes: int) -> bytes:
    _check_kdf_bounds(memory_kib, iterations, lanes)
    return Argon2id(
        salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory_kib
    ).derive(password.encode("utf-8"))


def _payload_key(file_key: bytes, stream_nonce: bytes) -> AESGCM:
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=stream_nonce,
        info=b"jieqing backup v1 payload",
    ).derive(file_key)
    return AESGCM(key)


# The wrapping key comes from a fresh random salt for every file and is used once.
_WRAP_NONCE = bytes(12)


def _new_header(password: str, profile: kdf.KdfProfile, schema_version: int,
                created_at: datetime) -> tuple[bytes, bytes, bytes, bytes]:
    """Return (header bytes, stream nonce, file key, password key)."""
    salt, stream_nonce, file_key = os.urandom(16), os.urandom(16), os.urandom(32)
    fields = _HEADER_FIELDS.pack(
        MAGIC, FORMAT_VERSION, AEAD_AES_256_GCM, KDF_ARGON2ID, profile.memory_kib,
        profile.iterations, profile.lanes, salt, stream_nonce,
        int(created_at.timestamp()), schema_version,
    )
    password_key = _password_key(
        password, salt, profile.memory_kib, profile.iterations, profile.lanes
    )
    wrapped = AESGCM(password_key).encrypt(_WRAP_NONCE, file_key, fields)
    return fields + wrapped, stream_nonce, file_key, password_key


def _read_header(file: BinaryIO, path: Path) -> _Header:
    """Parse and sanity-check the header; no key is derived here."""
    raw = file.read(HEADER_SIZE)
    if raw[: len(MAGIC)] != MAGIC[: len(raw)] or not raw:
        raise NotABackupError(path=str(path))
    if len(raw) < len(MAGIC) + 2:
        raise BackupTruncatedError()
    (version,) = struct.unpack_from(">H", raw, len(MAGIC))
    if version > FORMAT_VERSION:
        raise BackupNewerVersionError(what="backup format", found=version,
                                      supported=FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise BackupDamagedError(detail=f"unknown format version {version}")
    if len(raw) < HEADER_SIZE:
        raise BackupTruncatedError()
    (_, _, aead, kdf_id, memory_kib, iterations, lanes, salt, stream_nonce, created,
     schema_version) = _HEADER_FIELDS.unpack_from(raw)
    if aead != AEAD_AES_256_GCM or kdf_id != KDF_ARGON2ID:
        raise BackupDamagedError(detail="unknown cipher or key derivation")
    _check_kdf_bounds(memory_kib, iterations, lanes)
    try:
        created_at = datetime.fromtimestamp(created, UTC)
    except (OverflowError, OSError, ValueError):
        raise BackupDamagedError(detail="impossible creation time") from None
    return _Header(raw, aead, memory_kib, iterations, lanes, salt, stream_nonce, created_at,
                   schema_version, raw[_HEADER_FIELDS.size:])


def _unwrap(header: _Header, password_key: bytes) -> bytes:
    try:
        return AESGCM(password_key).decrypt(
            _WRAP_NONCE, header.wrapped_key, header.authenticated_part
        )
    except InvalidTag:
        raise BackupWrongPasswordError() from None


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


# -- the encrypted stream --------------------------------------------------------------


class _ChunkWriter:
    """Plaintext in, sealed 64 KiB chunks out; a full chunk waits until more data shows
    it is not the last one."""

    def __init__(self, file: BinaryIO, aead: AESGCM, aad: bytes, meter: _Meter) -> None:
        self._file = file
        self._aead = aead
        self._aad = aad
        self._meter = meter
        self._buffer = bytearray()
        self._counter = 0
        self.plain_bytes = 0

    def write(self, data: bytes | bytearray | memoryview) -> None:
        view = memoryview(data)
        while view.nbytes:
            if len(self._buffer) == CHUNK_SIZE:
                self._seal(last=False)
            room = CHUNK_SIZE - len(self._buffer)
            self._buffer += view[:room]
            view = view[room:]

    def close(self) -> None:
        self._seal(last=True)

    def _seal(self, *, last: bool) -> None:
        sealed = self._aead.encrypt(_chunk_nonce(self._counter, last), self._buffer, self._aad)
        self._write_out(sealed)
        self.plain_bytes += len(self._buffer)
        self._meter.advance(len(self._buffer))
        self._counter += 1
        self._buffer.clear()

    def _write_out(self, sealed: bytes) -> None:
        self._file.write(sealed)


def _read_full(file: BinaryIO, into: memoryview) -> int:
    """Fill `into` from `file` as far as the file goes; return how many bytes came."""
    got = 0
    while got < into.nbytes:
        n = file.readinto(into[got:])  # type: ignore[attr-defined]
        if not n:
            break
        got += n
    return got


def _open_chunks(file: BinaryIO, aead: AESGCM, aad: bytes, meter: _Meter) -> Iterator[bytes]:
    """Decrypt and yield each chunk's plaintext; refuse any tampering, cut or excess."""
    # One byte beyond a sealed chunk tells whether it is the last one.
    buffer = bytearray(SEALED_CHUNK_SIZE + 1)
    view = memoryview(buffer)
    held = _read_full(file, view)
    counter = 0
    while True:
        meter.check()
        if not held:
            raise BackupTruncatedError()  # the stream ended before its last chunk
        at_end = held <= SEALED_CHUNK_SIZE
        sealed = view[:min(held, SEALED_CHUNK_SIZE)]
        if not at_end:
            try:
                plain = aead.decrypt(_chunk_nonce(counter, False), sealed, aad)
            except InvalidTag:
                raise BackupDamagedError(detail=f"chunk {counter} fails its check") from None
        else:
            try:
                plain = aead.decrypt(_chunk_nonce(counter, True), sealed, aad)
            except InvalidTag:
                with suppress(InvalidTag):
                    aead.decrypt(_chunk_nonce(counter, False), sealed, aad)
                    raise BackupTruncatedError() from None
                raise BackupDamagedError(detail=f"chunk {counter} fails its check") from None
            if not plain and counter > 0:
                raise BackupDamagedError(detail="empty last chunk")
        meter.advance(sealed.nbytes)
        yield plain
        if at_end:
            return
        counter += 1
        buffer[0] = buffer[SEALED_CHUNK_SIZE]
        held = 1 + _read_full(file, view[1:])


# -- the payload: a logical dump of every table ----------------------------------------
#
# Records: b"S" + u32 + JSON {"table", "columns"}   a table starts
#          b"R" + one value per column            a row
#          b"E" + u64 row count                   the table ends
#          b"M" + u32 + JSON manifest             after the last table
#          b"Z"                                   the end
# Values:  b"N" | b"I" + i64 | b"F" + f64 | b"T" + u32 + UTF-8 | b"B" + u32 + bytes
# A table's hash is the SHA-256 of its records from its S to its E, exactly as written.

_U32 = struct.Struct(">I")
_U64 = struct.Struct(">Q")
_I64 = struct.Struct(">q")
_F64 = struct.Struct(">d")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _encode_value(value: Any) -> bytes:
    if value is None:
        return b"N"
    if isinstance(value, int):
        return b"I" + _I64.pack(value)
    if isinstance(value, float):
        return b"F" + _F64.pack(value)
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        return b"T" + _U32.pack(len(data)) + data
    if isinstance(value, bytes | memoryview):
        return b"B" + _U32.pack(len(value)) + bytes(value)
    raise TypeError(f"cannot back up a value of type {type(value).__name__}")


_INLINE_LIMIT = 64 * 1024  # larger blobs go to the stream as they are, without a copy


def _encode_row(row: tuple[Any, ...]) -> list[bytes | bytearray]:
    """A row's record as a few pieces: small values joined, large blobs on their own."""
    pieces: list[bytes | bytearray] = []
    head = bytearray(b"R")
    for value in row:
        if isinstance(value, bytes) and len(value) > _INLINE_LIMIT:
            head += b"B"
            head += _U32.pack(len(value))
            pieces += (head, value)
            head = bytearray()
        else:
            head += _encode_value(value)
    if head:
        pieces.append(head)
    return pieces


def _json_record(tag: bytes, obj: Any) -> bytes:
    data = json.dumps(obj, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return tag + _U32.pack(len(data)) + data


@dataclass
class _TableDump:
    name: str
    columns: list[str]
    select: str


def _table_dumps(db: Connection) -> list[_TableDump]:
    """Every ordinary table, parents before children (foreign-key order), with the hidden
    rowid carried where the table has one but no INTEGER PRIMARY KEY naming it."""
    names = [
        row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
        )
    ]
    virtual = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
    ).fetchall()
    if virtual:  # their shadow tables need their own handling: extend this module first
        raise NotImplementedError(f"backups do not yet carry virtual tables: {virtual}")
    parents = {
        name: {row[2] for row in db.execute(f"PRAGMA foreign_key_list({_quote(name)})")}
        for name in names
    }
    ordered: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in ordered or name in path:
            return  # self-references and cycles rely on deferred foreign keys
        for parent in sorted(parents[name]):
            if parent in parents:
                visit(parent, (*path, name))
        ordered.append(name)

    for name in names:
        visit(name, ())
    return [_table_dump(db, name) for name in ordered]


def _table_dump(db: Connection, name: str) -> _TableDump:
    info = db.execute(f"PRAGMA table_info({_quote(name)})").fetchall()
    columns = [row[1] for row in info]
    keys = [row for row in info if row[5]]
    has_rowid = True
    try:
        db.execute(f"SELECT rowid FROM {_quote(name)} LIMIT 0")  # noqa: S608
    except sqlcipher3.OperationalError:
        has_rowid = False  # a WITHOUT ROWID table
    rowid_alias = len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER"
    if has_rowid and not rowid_alias and "rowid" not in columns:
        columns = ["rowid", *columns]
    if has_rowid:
        order = "rowid"
    else:
        order = ", ".join(_quote(row[1]) for row in sorted(keys, key=lambda row: row[5]))
    select = (
        f"SELECT {', '.join(_quote(c) if c != 'rowid' else 'rowid' for c in columns)} "  # noqa: S608
        f"FROM {_quote(name)} ORDER BY {order}"
    )
    return _TableDump(name, columns, select)


def _dump(db: Connection, sink: Callable[[bytes | bytearray], None]) -> dict[str, Any]:
    """Write every table to `sink`; return {table: {"rows", "sha256"}} in dump order.

    The rows are read (SQLCipher decrypting pages) in a helper thread while this one
    hashes, seals and writes them: one pass over the data, on two cores."""
    tables: dict[str, Any] = {}
    for table in _table_dumps(db):
        digest = hashlib.sha256()

        def emit(data: bytes | bytearray, digest: Any = digest) -> None:
            digest.update(data)
            sink(data)

        emit(_json_record(b"S", {"table": table.name, "columns": table.columns}))
        count = 0
        with _ahead(db.execute(table.select)) as rows:
            for row in rows:
                for piece in _encode_row(row):
                    emit(piece)
                count += 1
        emit(b"E" + _U64.pack(count))
        tables[table.name] = {"rows": count, "sha256": digest.hexdigest()}
    return tables


class _PlainReader:
    """Reads the decrypted payload across chunk boundaries. The current table's digest is
    fed whole stretches of a chunk as they are passed, not every small read."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""
        self._offset = 0
        self._hashed = 0  # the buffer's bytes before this are in the digest (or skipped)
        self._digest: Any = None

    def hash_into(self, digest: Any) -> None:
        """Feed every byte read from here on to `digest` (None: to nothing)."""
        self._feed()
        self._digest = digest

    def _feed(self) -> None:
        if self._digest is not None and self._offset > self._hashed:
            self._digest.update(memoryview(self._buffer)[self._hashed:self._offset])
        self._hashed = self._offset

    def _next_chunk(self) -> None:
        self._feed()
        chunk = next(self._chunks, None)
        if chunk is None:
            raise BackupDamagedError(detail="the payload ends inside a record")
        self._buffer, self._offset, self._hashed = chunk, 0, 0

    def read(self, size: int) -> bytes:
        end = self._offset + size
        if end <= len(self._buffer):
            data = self._buffer[self._offset:end]
            self._offset = end
            return data
        parts: list[memoryview] = []
        while size:
            if self._offset == len(self._buffer):
                self._next_chunk()
            take = min(size, len(self._buffer) - self._offset)
            parts.append(memoryview(self._buffer)[self._offset:self._offset + take])
            self._offset += take
            size -= take
        return b"".join(parts)

    def skip(self, size: int) -> None:
        """Pass `size` bytes without keeping them (they still reach the digest)."""
        while self._offset + size > len(self._buffer):
            size -= len(self._buffer) - self._offset
            self._offset = len(self._buffer)
            self._next_chunk()
        self._offset += size

    def at_end(self) -> bool:
        if self._offset < len(self._buffer):
            return False
        for chunk in self._chunks:  # drains the stream, which checks its last chunk
            if chunk:
                return False
        return True


def _read_value(reader: _PlainReader, blobs: bool) -> Any:
    """One value; with `blobs` False a blob is checked and hashed but not kept (b"")."""
    tag = reader.read(1)
    if tag == b"N":
        return None
    if tag == b"I":
        return _I64.unpack(reader.read(8))[0]
    if tag == b"F":
        return _F64.unpack(reader.read(8))[0]
    if tag in (b"T", b"B"):
        (size,) = _U32.unpack(reader.read(4))
        if size > MAX_VALUE_SIZE:
            raise BackupDamagedError(detail="a value is larger than any vault can hold")
        if tag == b"B":
            if blobs:
                return reader.read(size)
            reader.skip(size)
            return b""
        try:
            return reader.read(size).decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            raise BackupDamagedError(detail="text that is not UTF-8") from None
    raise BackupDamagedError(detail="an unknown value type")


def _read_json(reader: _PlainReader, limit: int) -> Any:
    (size,) = _U32.unpack(reader.read(4))
    if size > limit:
        raise BackupDamagedError(detail="an oversized record")
    try:
        return json.loads(reader.read(size).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BackupDamagedError(detail="an unreadable record") from None


@dataclass(frozen=True)
class _TableStart:
    name: str
    columns: list[str]


_Item = _TableStart | tuple[Any, ...] | None


@dataclass
class _Decoded:
    tables: dict[str, Any] = field(default_factory=dict)  # as computed while reading
    manifest: dict[str, Any] = field(default_factory=dict)


def _decode(reader: _PlainReader, result: _Decoded, *, blobs: bool = True) -> Iterator[_Item]:
    """The payload as one flat stream: a table's start, its rows, None at its end, the next
    table…; fill `result` with the counts and hashes seen and the manifest."""
    while True:
        digest = hashlib.sha256()
        reader.hash_into(digest)
        tag = reader.read(1)
        if tag == b"M":
            reader.hash_into(None)
            result.manifest = _read_json(reader, MAX_MANIFEST_SIZE)
            if reader.read(1) != b"Z" or not reader.at_end():
                raise BackupDamagedError(detail="data after the manifest")
            return
        if tag != b"S":
            raise BackupDamagedError(detail="an unknown record")
        start = _read_json(reader, 1024 * 1024)
        try:
            name, columns = str(start["table"]), [str(c) for c in start["columns"]]
        except (KeyError, TypeError):
            raise BackupDamagedError(detail="an unreadable table header") from None
        if name in result.tables or not columns:
            raise BackupDamagedError(detail=f"table {name} appears twice or has no columns")
        yield _TableStart(name, columns)
        count, width = 0, range(len(columns))
        while (tag := reader.read(1)) == b"R":
            count += 1
            yield tuple([_read_value(reader, blobs) for _ in width])
        if tag != b"E":
            raise BackupDamagedError(detail="an unknown record")
        (declared,) = _U64.unpack(reader.read(8))
        if declared != count:
            raise BackupDamagedError(detail="a table's row count is wrong")
        reader.hash_into(None)
        result.tables[name] = {"rows": count, "sha256": digest.hexdigest()}
        yield None


def _check_manifest(decoded: _Decoded, header: _Header) -> None:
    manifest = decoded.manifest
    if manifest.get("payload_format") != PAYLOAD_FORMAT:
        raise BackupDamagedError(detail="unknown payload format")
    if manifest.get("schema_version") != header.schema_version:
        raise BackupDamagedError(detail="the manifest disagrees with the header")
    if manifest.get("tables") != decoded.tables:
        raise BackupDamagedError(detail="the tables differ from the manifest")


def _info(path: Path, header: _Header, manifest: dict[str, Any],
          kept_aside: Path | None = None) -> BackupInfo:
    return BackupInfo(
        path=path,
        created_at=header.created_at,
        schema_version=header.schema_version,
        app_version=str(manifest.get("app_version", "")),
        rows={name: int(t["rows"]) for name, t in manifest["tables"].items()},
        size=path.stat().st_size,
        kept_aside=kept_aside,
    )


# -- export ----------------------------------------------------------------------------


def export(
    vault: Vault,
    out: str | os.PathLike[str],
    password: str,
    *,
    profile: kdf.KdfProfile | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BackupInfo:
    """Write a verified backup of `vault` to `out`, encrypted with `password`.

    The file appears under its name only once it is complete, synced and read back whole;
    a cancel, an error or a kill leaves nothing there (an existing backup stays as it was).
    """
    store.check_password(password)
    target = Path(out)
    check_export_target(target, vault.path, replaceable=is_backup)
    profile = profile or kdf.default_profile()
    meter = _Meter(progress, cancel, total=2 * _size_or_zero(vault.path))
    created_at = datetime.now(UTC).replace(microsecond=0)
    temp = temp_sibling(target, "export")
    try:
        with open(temp, "xb") as file:
            with vault.snapshot() as db:
                schema_version = schema.version(db)
                header, stream_nonce, file_key, password_key = _new_header(
                    password, profile, schema_version, created_at
                )
                aad = hashlib.sha256(header).digest()
                file.write(header)
                writer = _ChunkWriter(file, _payload_key(file_key, stream_nonce), aad, meter)
                tables = _dump(db, writer.write)
            manifest = {
                "payload_format": PAYLOAD_FORMAT,
                "schema_version": schema_version,
                "app_version": __version__,
                "created_at": created_at.isoformat(),
                "tables": tables,
            }
            writer.write(_json_record(b"M", manifest))
            writer.write(b"Z")
            writer.close()
            file.flush()
            meter.total = meter.done + file.tell()
            # The disk catches up while the file is read back (from the same pages): both
            # must finish before the backup takes its name.
            with ThreadPoolExecutor(1, thread_name_prefix="export-sync") as pool:
                synced = pool.submit(os.fsync, file.fileno())
                read_back = _verify_file(temp, meter, password_key=password_key)
                synced.result()
        if read_back.rows != {name: t["rows"] for name, t in tables.items()}:
            raise BackupDamagedError(detail="the file read back differs from the vault")
        meter.check()
        replace_durably(temp, target)
    except OSError as error:
        raise storage_error(target, error) from error
    finally:
        with suppress(OSError):
            temp.unlink()
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (LAST_BACKUP_KEY, datetime.now(UTC).replace(microsecond=0).isoformat()),
        )
    meter.finish()
    return BackupInfo(target, created_at, schema_version, __version__, read_back.rows,
                      target.stat().st_size)


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def last_backup_age(vault: Vault, now: datetime | None = None) -> timedelta | None:
    """How long ago the last verified backup was made, or None if never."""
    row = vault.db.execute("SELECT value FROM meta WHERE key = ?", (LAST_BACKUP_KEY,)).fetchone()
    if row is None:
        return None
    try:
        then = datetime.fromisoformat(row[0])
    except ValueError:
        return None
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    return max((now or datetime.now(UTC)) - then, timedelta(0))


# -- verify ----------------------------------------------------------------------------


def verify(
    path: str | os.PathLike[str],
    password: str,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BackupInfo:
    """Check every chunk, the manifest, the hashes and the counts; write nothing."""
    source = Path(path)
    meter = _Meter(progress, cancel, total=_size_or_zero(source))
    info = _verify_file(source, meter, password=password)
    meter.finish()
    return info


def _verify_file(path: Path, meter: _Meter, *, password: str | None = None,
                 password_key: bytes | None = None) -> BackupInfo:
    with _open_backup(path, password=password, password_key=password_key) as opened:
        header, reader = opened
        decoded = _Decoded()
        for _item in _decode(reader(meter), decoded, blobs=False):
            pass
        _check_manifest(decoded, header)
    return _info(path, header, decoded.manifest)


class _open_backup:  # noqa: N801 - used as a context manager
    """Open a backup: header checks, then the key (the KDF runs only for a sane header)."""

    def __init__(self, path: Path, *, password: str | None = None,
                 password_key: bytes | None = None) -> None:
        self._path = path
        self._password = password
        self._password_key = password_key
        self._file: BinaryIO | None = None

    def __enter__(self) -> tuple[_Header, Callable[[_Meter], _PlainReader]]:
        try:
            self._file = open(self._path, "rb")  # noqa: SIM115 - closed in __exit__
        except FileNotFoundError:
            raise VaultNotFoundError(path=str(self._path)) from None
        except IsADirectoryError:
            raise NotABackupError(path=str(self._path)) from None
        except OSError as error:
            raise storage_error(self._path, error) from error
        try:
            header = _read_header(self._file, self._path)
            password_key = self._password_key
            if password_key is None:
                assert self._password is not None
                password_key = _password_key(self._password, header.salt, header.memory_kib,
                                             header.iterations, header.lanes)
            file_key = _unwrap(header, password_key)
        except BaseException:
            self._file.close()
            raise
        file = self._file
        aead = _payload_key(file_key, header.stream_nonce)
        aad = hashlib.sha256(header.raw).digest()

        def reader(meter: _Meter) -> _PlainReader:
            meter.advance(HEADER_SIZE)
            return _PlainReader(_open_chunks(file, aead, aad, meter))

        return header, reader

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()


# -- restore ---------------------------------------------------------------------------


def restore(
    path: str | os.PathLike[str],
    target: str | os.PathLike[str],
    password: str,
    *,
    new_password: str | None = None,
    replace: bool = False,
    profile: kdf.KdfProfile | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BackupInfo:
    """Restore the backup at `path` into a vault at `target`, keyed with `new_password`
    (default: the backup password).

    The vault is built and verified at a temporary name and renamed into place in one
    step. With `replace`, an existing vault at `target` is first kept aside (hard link or
    copy named `<name>.before-restore-<time>.jqvault`) and then atomically replaced: killed
    at any point, `target` is the old vault or the new one, never a mixture. On any failure
    `target` is untouched and nothing is left behind.
    """
    source = Path(path)
    vault_path = Path(target)
    new_password = new_password or password
    store.check_password(new_password)
    if vault_path.exists() and not replace:
        raise VaultExistsError(path=str(vault_path))
    meter = _Meter(progress, cancel, total=_size_or_zero(source))
    with _open_backup(source, password=password) as (header, reader):
        if header.schema_version > schema.CURRENT_VERSION:
            raise BackupNewerVersionError(what="vault format", found=header.schema_version,
                                          supported=schema.CURRENT_VERSION)
        lock_existed = vault_path.with_name(vault_path.name + ".lock").exists()
        lock = ProcessLock(vault_path)
        lock.acquire()
        temp = temp_sibling(vault_path, "restore")
        kept_aside: Path | None = None
        decoded = _Decoded()
        try:
            _build(temp, new_password, profile or kdf.default_profile(), header,
                   reader(meter), decoded, meter)
            meter.check()
            if vault_path.exists():
                kept_aside = _keep_aside(vault_path)
            replace_durably(temp, vault_path)
        except OSError as error:
            raise storage_error(vault_path, error) from error
        finally:
            for leftover in (temp, temp.with_name(temp.name + "-journal")):
                with suppress(OSError):
                    leftover.unlink()
            lock.release()
            if not lock_existed and not vault_path.exists():
                with suppress(OSError):
                    lock.path.unlink()
    meter.finish()
    return _info(source, header, decoded.manifest, kept_aside)


def _build(temp: Path, password: str, profile: kdf.KdfProfile, header: _Header,
           reader: _PlainReader, decoded: _Decoded, meter: _Meter) -> None:
    """Create the new vault at `temp`, load it, sync it and verify it end to end."""
    salt = kdf.new_salt(profile)
    key = kdf.derive_key(password, salt)
    try:
        conn = store._connect(temp, key, salt, create=True)
        try:
            # A temporary file, synced once below before anything trusts it: SQLite's own
            # syncs along the way would only make the disk wait.
            conn.execute("PRAGMA synchronous = OFF")
            _load(conn, header, reader, decoded, meter)
        finally:
            conn.close()
        _verify_restored(temp, key, salt, decoded, meter)
    finally:
        kdf.wipe(key)


def _load(conn: Connection, header: _Header, reader: _PlainReader, decoded: _Decoded,
          meter: _Meter) -> None:
    """Fill a fresh database: schema at the backup's version, the rows, their check, then
    migrations forward. The stream is decrypted, hashed and decoded in a helper thread
    while this one inserts (SQLCipher encrypting pages)."""
    conn.set_progress_handler(lambda: 1 if meter.cancelled() else 0, 100_000)
    conn.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")  # fewer page re-encryptions
    try:
        conn.execute("BEGIN IMMEDIATE")
        schema.migrate(conn, header.schema_version)
        conn.execute("PRAGMA defer_foreign_keys = ON")
        # Rows are data, not actions: triggers come back after the rows are in.
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {_quote(name)}")
        expected = {t.name: t for t in _table_dumps(conn)}
        for name in expected:
            conn.execute(f"DELETE FROM {_quote(name)}")  # noqa: S608 - e.g. the new meta rows
        with _ahead(_decode(reader, decoded)) as items:
            for start in items:
                if not isinstance(start, _TableStart):
                    raise BackupDamagedError(detail="rows outside a table")
                known = expected.get(start.name)
                if known is None or start.columns != known.columns:
                    raise BackupDamagedError(detail=f"table {start.name} is not in this format")
                columns = ", ".join(c if c == "rowid" else _quote(c) for c in start.columns)
                marks = ", ".join("?" * len(start.columns))
                conn.executemany(
                    f"INSERT INTO {_quote(start.name)} ({columns}) VALUES ({marks})",  # noqa: S608
                    iter(items.__next__, None),  # this table's rows
                )
        _check_manifest(decoded, header)
        if set(decoded.tables) != set(expected):
            raise BackupDamagedError(detail="tables are missing")
        for name, table in decoded.tables.items():
            (count,) = conn.execute(f"SELECT count(*) FROM {_quote(name)}").fetchone()  # noqa: S608
            if count != table["rows"]:
                raise BackupDamagedError(detail=f"table {name} did not take every row")
        for _name, sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("BEGIN IMMEDIATE")
        schema.migrate(conn, schema.CURRENT_VERSION)
        conn.execute("COMMIT")
    except sqlcipher3.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise _sqlite_failure(error, meter) from error
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _sqlite_failure(error: Exception, meter: _Meter) -> Exception:
    text = str(error).lower()
    if "interrupted" in text and meter.cancelled():
        return BackupCancelledError()
    if "disk is full" in text or "disk i/o" in text:
        code = errno.ENOSPC if "full" in text else errno.EIO
        return OSError(code, os.strerror(code))
    return BackupDamagedError(detail=str(error))


def _verify_restored(temp: Path, key: bytearray, salt: bytes, decoded: _Decoded,
                     meter: _Meter) -> None:
    """Sync the new file and check it end to end, reopened with its password's key.

    The key was derived from the password and the salt now read back from the file, so
    reusing it proves what deriving it again would. Three things run at once, and all must
    succeed: the fsync; PRAGMA integrity_check (every page, its structure and indexes);
    and, here, the links, the format, the counts and every document's SHA-256 (every
    document byte). The two checks each read every page (SQLCipher checks each page's
    HMAC as it decrypts it), so they take their own connections and a core each."""
    if store.read_salt(temp) != salt:
        raise BackupDamagedError(detail="the restored vault does not open")
    stop = threading.Event()

    def connect() -> Connection:
        try:
            conn = store._connect(temp, key, salt, create=False)
        except WrongPasswordOrDamagedError:
            raise BackupDamagedError(detail="the restored vault does not open") from None
        conn.set_progress_handler(lambda: 1 if stop.is_set() or meter.cancelled() else 0,
                                  100_000)
        return conn

    def integrity_check() -> None:
        conn = connect()
        try:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise BackupDamagedError(detail="the restored vault fails its integrity check")
        except sqlcipher3.Error as error:
            raise _sqlite_failure(error, meter) from error
        finally:
            conn.close()

    with ThreadPoolExecutor(2, thread_name_prefix="restore-check") as pool:
        synced = pool.submit(fsync_file, temp)
        checked = pool.submit(integrity_check)
        try:
            conn = connect()
            try:
                if conn.execute("PRAGMA foreign_key_check").fetchall():
                    raise BackupDamagedError(detail="the restored records do not link up")
                if schema.version(conn) != schema.CURRENT_VERSION:
                    raise BackupDamagedError(detail="the restored vault has the wrong format")
                counts = schema.record_counts(conn)
                expected = {t: decoded.tables.get(t, {}).get("rows") for t in counts}
                if (decoded.manifest["schema_version"] == schema.CURRENT_VERSION
                        and counts != expected):
                    raise BackupDamagedError(detail="record counts differ from the manifest")
                _verify_attachments(conn)
            except sqlcipher3.Error as error:
                raise _sqlite_failure(error, meter) from error
            finally:
                conn.close()
            checked.result()
            synced.result()
        finally:
            stop.set()


def _verify_attachments(conn: Connection) -> None:
    """Each document's stored chunks must add up to its recorded size and SHA-256."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachment_chunk'"
    ).fetchone():
        return
    found: dict[int, tuple[int, str]] = {}
    current, digest, size = None, hashlib.sha256(), 0
    chunks = conn.execute(
        "SELECT attachment_id, data FROM attachment_chunk ORDER BY attachment_id, seq"
    )
    for attachment_id, data in chunks:
        if attachment_id != current:
            if current is not None:
                found[current] = (size, digest.hexdigest())
            current, digest, size = attachment_id, hashlib.sha256(), 0
        digest.update(data)
        size += len(data)
    if current is not None:
        found[current] = (size, digest.hexdigest())
    for attachment_id, expected_size, expected_sha in conn.execute(
        "SELECT id, size, sha256 FROM attachment"
    ):
        if found.pop(attachment_id, (0, hashlib.sha256().hexdigest())) != (
            expected_size, expected_sha
        ):
            raise BackupDamagedError(detail=f"document {attachment_id} does not match its hash")


def _keep_aside(vault_path: Path) -> Path:
    """Keep the vault about to be replaced under a dated name beside it (a hard link when
    the disk allows, else a synced copy); it is encrypted exactly as before."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = vault_path.with_name(f"{vault_path.stem}.before-restore-{stamp}{vault_path.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = aside.with_name(
            f"{vault_path.stem}.before-restore-{stamp}-{n}{vault_path.suffix}"
        )
    try:
        os.link(vault_path, aside)
        fsync_dir(aside.parent)
    except OSError:
        copy = temp_sibling(vault_path, "aside")
        try:
            shutil.copyfile(vault_path, copy)
            replace_durably(copy, aside)
        finally:
            with suppress(OSError):
                copy.unlink()
    return aside
