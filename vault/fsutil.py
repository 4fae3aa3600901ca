"""Durable file operations: every write path must survive a kill or a power cut."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from vault.errors import StorageError


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
