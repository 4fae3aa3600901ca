"""One process per vault file: an OS lock on `<vault>.lock` beside it.

The OS drops the lock when the process dies, so a crash never leaves a vault stuck.
The lock file holds no secret and is left in place (deleting it would race a newcomer).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vault.errors import VaultInUseError
from vault.fsutil import storage_error


class ProcessLock:
    def __init__(self, vault_path: Path) -> None:
        self.path = vault_path.with_name(vault_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:  # named by the vault: the user never chose the lock file
            raise storage_error(self.path.with_suffix(""), error) from error
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise VaultInUseError(path=str(self.path.with_suffix(""))) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
