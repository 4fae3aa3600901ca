"""Durable file operations: every write path must survive a kill or a power cut."""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from vault import kdf
from vault.errors import StorageError, VaultExistsError

BACKUP_MAGIC = b"JQBAK\r\n\x1a"  # the first bytes of every .jqbak file (docs/FORMATS.md)
# Temporaries are named `<name>.<purpose>-<random>.tmp` so that they can be swept later.
TEMP_MARK = ".tmp"


def temp_sibling(path: Path, purpose: str) -> Path:
    return path.with_name(f"{path.name}.{purpose}-{secrets.token_hex(6)}{TEMP_MARK}")


def sweep_temporaries(path: Path) -> None:
    """Remove what an interrupted write of `path` (a password change, restore or export)
    left beside it."""
    for stray in path.parent.glob(f"{path.name}.*-*{TEMP_MARK}*"):
        with suppress(OSError):
            stray.unlink()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable. Windows has no directory fsync; NTFS journals it."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_durably(source: Path, target: Path) -> None:
    """Atomically put `source` at `target`: afterwards the target is wholly old or new."""
    fsync_file(source)
    os.replace(source, target)
    fsync_dir(target.parent)


def storage_error(path: Path, error: OSError) -> StorageError:
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the disk is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOENT: "the folder does not exist",
    }
    reason = reasons.get(error.errno or 0, error.strerror or str(error))
    err = StorageError(path=str(path), reason=reason)
    err.params["errno"] = error.errno
    return err



def _head(path: Path, size: int) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read(size)
    except OSError:
        return b""


def is_backup(path: Path) -> bool:
    return _head(path, len(BACKUP_MAGIC)) == BACKUP_MAGIC


def is_vault_or_backup(path: Path) -> bool:
    """Whether `path` holds a Jieqing backup or looks like a vault: its salt starts with a
    known key-derivation profile and it is whole SQLCipher pages."""
    if is_backup(path):
        return True
    try:
        size = path.stat().st_size
    except OSError:
        return False
    head = _head(path, 2)
    return (len(head) == 2 and int.from_bytes(head, "big") in kdf.PROFILES
            and size >= 1024 and size % 512 == 0)


def check_export_target(target: Path, vault_path: Path | None,
                        replaceable: Callable[[Path], bool] | None = None) -> None:
    """What Jieqing writes out of the vault goes through this first: never into a missing
    folder, never over a folder, the vault itself (when known), or a file `replaceable`
    refuses (by default any vault or backup)."""
    if not target.parent.is_dir():
        raise storage_error(target, OSError(errno.ENOENT, "no such folder"))
    if target.is_dir():
        raise StorageError(path=str(target), reason="it is a folder, not a file")
    if not target.exists():
        return
    try:
        same = vault_path is not None and vault_path.exists() and target.samefile(vault_path)
    except OSError:
        same = False
    allowed = replaceable(target) if replaceable else not is_vault_or_backup(target)
    if same or not allowed:
        raise VaultExistsError(path=str(target))


@contextmanager
def new_file(target: Path, purpose: str = "export") -> Iterator[BinaryIO]:
    """Write a file that leaves the vault (a copy, a PDF, an export): into a temporary beside
    `target` that only the user can read (what an interrupted write of the same name left is
    removed first), synced and renamed into place when the block ends without an error.
    Otherwise, or if killed, nothing is left at `target`; OS errors become StorageError."""
    sweep_temporaries(target)
    temp = temp_sibling(target, purpose)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with open(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        replace_durably(temp, target)
    except OSError as error:
        raise storage_error(target, error) from error
    finally:
        with suppress(OSError):
            temp.unlink()
