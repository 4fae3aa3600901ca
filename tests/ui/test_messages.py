"""Known errors become translated sentences; anything else reaches the crash dialog."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui import messages
from ui.messages import CrashDialog, error_text
from vault import errors
from vault.errors import (
    StorageError,
    ValidationError,
    VaultError,
    VaultInUseError,
    WeakPasswordError,
)


def all_error_classes() -> list[type[VaultError]]:
    found, todo = [], [VaultError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    generic = (VaultError, ValidationError)  # bases; their keys are covered below
    return [c for c in found if c.__module__ == errors.__name__ and c not in generic]


@pytest.mark.parametrize("cls", all_error_classes(), ids=lambda c: c.__name__)
def test_every_core_error_has_its_own_sentence(qapp, cls: type[VaultError]) -> None:  # noqa: ANN001
    params = {"path": "/x/v.jqvault", "reason": "disk full", "minimum": 8, "found": 9,
              "kind": "loan", "record_id": 3, "name": "a.jpg", "size_mb": 90, "limit_mb": 50,
              "what": "format", "supported": 1, "detail": "chunk 3"}
    error = cls(**params)
    assert error.key in messages._texts()
    assert "{" not in error_text(error)


def test_parameters_fill_the_sentence(qapp) -> None:  # noqa: ANN001
    assert error_text(WeakPasswordError(minimum=8)) == (
        "The password must have at least 8 characters."
    )
    text = error_text(VaultInUseError(path="/home/a/vault.jqvault"))
    assert "/home/a/vault.jqvault" in text
    assert "disk full" in error_text(StorageError(path="/x", reason="disk full"))


def test_validation_keys_are_translated_and_unknown_ones_fall_back(qapp) -> None:  # noqa: ANN001
    assert error_text(ValidationError("principal", "invalid.zero", "zero")) == (
        "The amount must be more than zero."
    )
    assert error_text(ValidationError("x", "invalid.brand_new", "new")) == (
        "This value is not valid; please check it."
    )
    assert error_text(VaultError("A new problem.")) == "A new problem."


def test_crash_details_hold_the_traceback_but_no_secrets() -> None:
    key_hex = "ab" * 32

    def fail(password: str) -> None:
        raise RuntimeError(f"PRAGMA key = x'{key_hex}'")

    secret = "".join(["hunter", "2"])
    try:
        fail(secret)
    except RuntimeError as error:
        details = messages.crash_details(type(error), error, error.__traceback__)
    assert "Traceback" in details and "in fail" in details
    assert key_hex not in details
    assert "hunter2" not in details  # local variables are never printed


def test_the_hook_shows_a_crash_dialog(qtbot, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as error:
        messages.excepthook(type(error), error, error.__traceback__)
    dialog = messages.open_crash_dialogs[-1]
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert dialog.message.text().startswith("Jieqing hit a problem it did not expect")
    assert "ZeroDivisionError: boom" in dialog.details.toPlainText()
    dialog.copy_details()
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    assert "ZeroDivisionError: boom" in capsys.readouterr().err
    dialog.reject()
    qtbot.waitUntil(lambda: dialog not in messages.open_crash_dialogs)


def test_an_error_in_a_slot_reaches_the_crash_dialog(
    qtbot, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    messages.install_excepthook()  # what the app does at start (pytest-qt's hook is restored)
    assert sys.excepthook is messages.excepthook
    before = len(messages.open_crash_dialogs)

    def slot() -> None:
        raise ValueError("unexpected in a slot")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: len(messages.open_crash_dialogs) > before)
    dialog = messages.open_crash_dialogs[-1]
    assert "unexpected in a slot" in dialog.details.toPlainText()
    dialog.reject()
    qtbot.waitUntil(lambda: dialog not in messages.open_crash_dialogs)


def test_a_workers_unexpected_error_is_reported(qtbot) -> None:  # noqa: ANN001
    assert messages.handle_job_error(WeakPasswordError(minimum=8)) is not None
    before = len(messages.open_crash_dialogs)
    assert messages.handle_job_error(TypeError("bug")) is None
    dialog = messages.open_crash_dialogs[-1]
    assert len(messages.open_crash_dialogs) == before + 1
    dialog.reject()
    qtbot.waitUntil(lambda: dialog not in messages.open_crash_dialogs)


def test_the_cores_reasons_reach_the_user_in_chinese(qapp) -> None:  # noqa: ANN001
    import errno

    from ui.i18n import Translations
    from ui.message_texts import reasons
    from vault.attachments import _unreadable
    from vault.fsutil import storage_error

    made = [storage_error(Path("/x"), OSError(code, "raw")).params["reason"]
            for code in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT)]
    made += [_unreadable("a.jpg", error).params["reason"]
             for error in (FileNotFoundError(), PermissionError(), IsADirectoryError())]
    assert set(made) <= set(reasons())
    translations = Translations()
    try:
        translations.use("zh_CN")
        text = error_text(storage_error(Path("/x/v.jqvault"), OSError(errno.ENOSPC, "raw")))
        assert "磁盘已满" in text and "disk" not in text
        text = error_text(_unreadable("a.jpg", FileNotFoundError()))
        assert "a.jpg" in text and "exists" not in text
    finally:
        translations.use("en")


def test_a_damaged_vault_met_by_a_later_read_is_a_message_not_a_crash(
    qapp, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    import sqlcipher3

    monkeypatch.setattr(messages, "open_vault_path", Path("/home/a/借款.jqvault"))
    damaged = sqlcipher3.DatabaseError("database disk image is malformed")
    text = messages.handle_job_error(damaged)
    assert text is not None and "/home/a/借款.jqvault" in text and "backup" in text
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error",
                        lambda _parent, error, title="": shown.append(error_text(error)))
    before = len(messages.open_crash_dialogs)
    messages.excepthook(type(damaged), damaged, None)
    assert shown == [text] and len(messages.open_crash_dialogs) == before
    assert messages.known_failure(RuntimeError("a bug")) is None
