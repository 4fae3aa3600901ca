"""Error key → translated sentence: the table behind `ui.messages.error_text`.

A module of its own so start-up does not compile it: it is imported when the first error is
shown. Every sentence is in the "Messages" translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from vault.records import MAX_TERM_MONTHS, MAX_TEXT

translate = QCoreApplication.translate


def reasons() -> dict[str, str]:
    """The core's reasons (English words for the command line) in the user's language."""
    return {
        "the disk is full": translate("Messages", "the disk is full"),
        "the disk is read-only": translate("Messages", "the disk is read-only"),
        "permission denied": translate("Messages", "permission denied"),
        "the folder does not exist": translate("Messages", "the folder does not exist"),
        "the file no longer exists": translate("Messages", "the file no longer exists"),
        "it is a folder, not a file": translate("Messages", "it is a folder, not a file"),
        "a read error": translate("Messages", "a read error"),
        "it changed while it was being read": translate(
            "Messages", "it changed while it was being read"),
        "the copy kept in the vault is damaged": translate(
            "Messages", "the copy kept in the vault is damaged"),
        "a disk read or write failed": translate("Messages", "a disk read or write failed"),
        "the file could not be opened": translate("Messages", "the file could not be opened"),
    }


def with_reason(p: dict[str, object]) -> dict[str, object]:
    """`p` with its reason translated; a reason the system gave stays as it came."""
    reason = str(p.get("reason", ""))
    return {**p, "reason": reasons().get(reason, reason)}


def texts() -> dict[str, Callable[[dict[str, object]], str]]:
    """Key → translated sentence; `p` holds the error's parameters."""
    return {
        "vault.wrong_password": lambda p: translate(
            "Messages",
            "Wrong password, or this file is damaged or not a Jieqing vault."
        ),
        "vault.damaged": lambda p: translate(
            "Messages",
            "The vault {path} is damaged: part of it can no longer be read. Please restore it "
            "from your latest backup (Restore from a backup…)."
        ).format(**p),
        "vault.unknown_profile": lambda p: translate(
            "Messages",
            "This file is not a Jieqing vault, is damaged, or was made by a newer Jieqing."
        ),
        "vault.newer_schema": lambda p: translate(
            "Messages",
            "This vault was made by a newer version of Jieqing. Please update Jieqing to open it."
        ),
        "vault.not_found": lambda p: translate("Messages", "There is no vault file at {path}.").format(**p),
        "vault.exists": lambda p: translate(
            "Messages",
            "A file already exists at {path}. Choose another name or folder."
        ).format(**p),
        "vault.in_use": lambda p: translate(
            "Messages",
            "The vault {path} is already open in another Jieqing window. "
            "Switch to that window, or close it and try again."
        ).format(**p),
        "vault.locked": lambda p: translate("Messages", "The vault is locked. Unlock it to continue."),
        "vault.storage": lambda p: translate(
            "Messages",
            "Could not write to {path} ({reason}). Check that the disk has space "
            "and that you may write there."
        ).format(**with_reason(p)),
        "vault.weak_password": lambda p: translate(
            "Messages",
            "The password must have at least {minimum} characters."
        ).format(**p),
        "record.not_found": lambda p: translate(
            "Messages",
            "This record no longer exists; it may have been deleted."
        ),
        "attachment.refused": lambda p: translate(
            "Messages", "{name} could not be added to the vault."
        ).format(**p),
        "attachment.empty": lambda p: translate(
            "Messages", "{name} is empty, so there is nothing to keep."
        ).format(**p),
        "attachment.too_large": lambda p: translate(
            "Messages", "{name} is {size_mb} MB; files up to {limit_mb} MB can be kept in the vault."
        ).format(**p),
        "attachment.unreadable": lambda p: translate(
            "Messages", "{name} could not be read ({reason})."
        ).format(**with_reason(p)),
        "attachment.bomb": lambda p: translate(
            "Messages", "{name} claims to be an enormous image, too large to open safely; "
            "it was not added."
        ).format(**p),
        "backup.failed": lambda p: translate("Messages", "The backup could not be completed."),
        "backup.not_a_backup": lambda p: translate(
            "Messages", "{path} is not a Jieqing backup file."
        ).format(**p),
        "backup.newer_version": lambda p: translate(
            "Messages", "This backup was made by a newer version of Jieqing. "
            "Please update Jieqing to restore it."
        ),
        "backup.hostile_header": lambda p: translate(
            "Messages", "This backup asks for settings no Jieqing would write, so it was "
            "refused without being opened."
        ),
        "backup.wrong_password_or_damaged": lambda p: translate(
            "Messages", "Wrong backup password, or the backup file is damaged."
        ),
        "backup.damaged": lambda p: translate(
            "Messages", "The backup file is damaged ({detail}); nothing was restored from it."
        ).format(**p),
        "backup.truncated": lambda p: translate(
            "Messages", "The backup file is incomplete (it was cut short); nothing was "
            "restored from it."
        ),
        "backup.cancelled": lambda p: translate("Messages", "Cancelled; nothing was written."),
        "invalid.required": lambda p: translate("Messages", "This field is required."),
        "invalid.too_long": lambda p: translate(
            "Messages",
            "This text is too long (at most {maximum} characters)."
        ).format(maximum=MAX_TEXT),
        "invalid.negative": lambda p: translate("Messages", "An amount cannot be negative."),
        "invalid.amount_not_fen": lambda p: translate(
            "Messages", "This amount is not valid; please check it."),
        "invalid.rate_not_decimal": lambda p: translate(
            "Messages", "This rate is not valid; please check it."),
        "invalid.missing_reference": lambda p: translate(
            "Messages", "This refers to a record that no longer exists; it may have been deleted."),
        "invalid.still_referenced": lambda p: translate(
            "Messages", "Other records still refer to this one, so it cannot be deleted."),
        "invalid.zero": lambda p: translate("Messages", "The amount must be more than zero."),
        "invalid.amount_too_large": lambda p: translate("Messages", "This amount is too large; please check it."),
        "invalid.number": lambda p: translate("Messages", "This is not a number."),
        "invalid.date": lambda p: translate("Messages", "This is not a real date (use YYYY-MM-DD)."),
        "invalid.date_range": lambda p: translate("Messages", "This date is out of range; please check it."),
        "invalid.choice": lambda p: translate("Messages", "Please choose one of the listed options."),
        "invalid.day_basis": lambda p: translate("Messages", "The day basis must be 360 or 365."),
        "invalid.rate_negative": lambda p: translate("Messages", "A rate cannot be negative."),
        "invalid.rate_too_high": lambda p: translate("Messages", "This rate is implausibly high; please check it."),
        "invalid.received_above_principal": lambda p: translate(
            "Messages",
            "The amount received cannot be more than the principal."
        ),
        "invalid.term": lambda p: translate("Messages", "The term must be 1 to {maximum} months.").format(
            maximum=MAX_TERM_MONTHS
        ),
        "invalid.first_due_before_start": lambda p: translate(
            "Messages",
            "The first due date must come after the loan date."
        ),
    }
