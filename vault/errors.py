"""Known failures, each a distinct type with a stable message key.

The UI turns a key into translated text (ui/messages.py is the only place that does);
the command line prints the English `message`. Anything that is not a VaultError is a bug.
"""

from __future__ import annotations

from typing import Any


class VaultError(Exception):
    """A failure the user can understand and act on."""

    key = "error.generic"
    template = "Something went wrong."

    def __init__(self, message: str | None = None, **params: Any) -> None:
        self.params = params
        self.message = message or self.template.format(**params)
        super().__init__(self.message)


class WrongPasswordOrDamagedError(VaultError):
    key = "vault.wrong_password"
    template = "Wrong password, or the file is damaged or not a Jieqing vault."


class VaultDamagedError(VaultError):
    """The password was right but part of the file can no longer be read."""

    key = "vault.damaged"
    template = (
        "The vault {path} is damaged: part of it can no longer be read. "
        "Restore it from your latest backup."
    )


class UnknownKdfProfileError(VaultError):
    key = "vault.unknown_profile"
    template = (
        "This file is not a Jieqing vault, is damaged, or was made by a newer Jieqing."
    )


class NewerVaultError(VaultError):
    key = "vault.newer_schema"
    template = "This vault was made by a newer Jieqing (format {found}); please update Jieqing."


class VaultNotFoundError(VaultError):
    key = "vault.not_found"
    template = "There is no vault file at {path}."


class VaultExistsError(VaultError):
    key = "vault.exists"
    template = "A file already exists at {path}; choose another name."


class VaultInUseError(VaultError):
    key = "vault.in_use"
    template = "The vault {path} is already open in another Jieqing window."


class VaultLockedError(VaultError):
    key = "vault.locked"
    template = "The vault is locked. Unlock it to continue."


class StorageError(VaultError):
    """The disk said no: full, read-only, removed, or not allowed."""

    key = "vault.storage"
    template = "Could not write to {path}: {reason}"


class WeakPasswordError(VaultError):
    key = "vault.weak_password"
    template = "The password must have at least {minimum} characters."


class ValidationError(VaultError):
    """Bad input for one field of a record; `field` names it, `key` says why."""

    key = "invalid.generic"
    template = "{field}: the value is not valid."

    def __init__(self, field: str, key: str, message: str, **params: Any) -> None:
        self.field = field
        self.key = key
        super().__init__(f"{field}: {message}", field=field, **params)


class RecordNotFoundError(VaultError):
    key = "record.not_found"
    template = "The {kind} #{record_id} no longer exists."


# -- attachments (vault.attachments) ---------------------------------------------------


class AttachmentError(VaultError):
    """A file that could not be kept in the vault; nothing of it was stored."""

    key = "attachment.refused"
    template = "{name} could not be added."


class AttachmentEmptyError(AttachmentError):
    key = "attachment.empty"
    template = "{name}: the file is empty."


class AttachmentTooLargeError(AttachmentError):
    key = "attachment.too_large"
    template = "{name} is {size_mb} MB; files up to {limit_mb} MB can be kept in the vault."


class AttachmentUnreadableError(AttachmentError):
    """The file vanished, could not be opened, or changed while it was being read."""

    key = "attachment.unreadable"
    template = "{name} could not be read: {reason}."


class AttachmentBombError(AttachmentError):
    key = "attachment.bomb"
    template = (
        "{name} claims to be an enormous image, too large to open safely "
        "(a “decompression bomb”); it was not added."
    )


class BackupError(VaultError):
    """A backup file (.jqbak) cannot be written, verified or restored."""

    key = "backup.failed"
    template = "The backup could not be completed."


class NotABackupError(BackupError):
    key = "backup.not_a_backup"
    template = "{path} is not a Jieqing backup file."


class BackupNewerVersionError(BackupError):
    key = "backup.newer_version"
    template = (
        "This backup was made by a newer Jieqing ({what} {found}, this version reads up to "
        "{supported}); please update Jieqing to restore it."
    )


class BackupHostileHeaderError(BackupError):
    key = "backup.hostile_header"
    template = (
        "This backup asks for key-derivation settings no Jieqing would write "
        "({detail}); it was refused without being opened."
    )


class BackupWrongPasswordError(BackupError):
    key = "backup.wrong_password_or_damaged"
    template = "Wrong backup password, or the backup file is damaged."


class BackupDamagedError(BackupError):
    key = "backup.damaged"
    template = "The backup file is damaged ({detail}); nothing was restored from it."


class BackupTruncatedError(BackupError):
    key = "backup.truncated"
    template = "The backup file is incomplete (it was cut short); nothing was restored from it."


class BackupCancelledError(BackupError):
    key = "backup.cancelled"
    template = "Cancelled; nothing was written."
