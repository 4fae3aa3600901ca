"""When the vault fails under the app (a damaged file, a full disk): a clear message in the
user's language, the vault let go, never a crash dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3
from PySide6.QtCore import Qt

from tests.conftest import TEST_PASSWORD
from tests.vault.damaged_vault import make_damaged_vault
from ui import messages
from ui.app import App
from ui.main_window import MainWindow
from ui.passwords import ChangePasswordDialog
from ui.unlock import UnlockWindow
from vault import kdf, schema
from vault.store import Vault


def unlock(qtbot, window: UnlockWindow) -> None:  # noqa: ANN001
    window.password.clear()
    qtbot.keyClicks(window.password, TEST_PASSWORD)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)


def back_at_unlock_with_an_error(app: App) -> bool:
    window = app.window
    return isinstance(window, UnlockWindow) and window.error.isVisible()


def test_a_damaged_vault_returns_to_its_unlock_window_in_chinese_and_is_let_go(
    qtbot, app: App, tmp_path: Path  # noqa: ANN001
) -> None:
    path = make_damaged_vault(tmp_path / "v.jqvault")
    app.set_language("zh_CN")
    crashes = len(messages.open_crash_dialogs)
    for _attempt in range(2):  # the second try says the same, not "already open elsewhere"
        first = app.show_unlock(path)
        unlock(qtbot, first)
        qtbot.waitUntil(lambda first=first: app.window is not first
                        and back_at_unlock_with_an_error(app))
        assert app.window.error.text() == (
            f"保险库 {path} 已损坏，其中一部分已经读不出来了。请用最近的一份备份把它恢复"
            "（“从备份恢复…”）。"
        )
        assert app.window.path == path
        assert app.vault is None
    assert len(messages.open_crash_dialogs) == crashes
    Vault.open(path, TEST_PASSWORD).lock()  # not held: this process can open it again


def test_a_bug_while_the_main_window_loads_still_lets_go_of_the_vault(
    qtbot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    path = tmp_path / "v.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()

    def broken(self: MainWindow) -> None:
        raise RuntimeError("a bug in the main window")

    monkeypatch.setattr(MainWindow, "refresh", broken)
    crashes = len(messages.open_crash_dialogs)
    first = app.show_unlock(path)
    unlock(qtbot, first)
    qtbot.waitUntil(lambda: len(messages.open_crash_dialogs) > crashes)
    dialog = messages.open_crash_dialogs[-1]
    assert "a bug in the main window" in dialog.details.toPlainText()
    assert isinstance(app.window, UnlockWindow) and app.window is not first
    assert app.vault is None
    Vault.open(path, TEST_PASSWORD).lock()
    dialog.reject()
    qtbot.waitUntil(lambda: dialog not in messages.open_crash_dialogs)


def test_a_full_disk_during_a_password_change_says_so_and_keeps_the_old_password(
    qtbot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    path = tmp_path / "v.jqvault"
    vault = Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS)
    app.open_main(vault)

    def disk_full(*args: object) -> None:  # as SQLite reports it while writing the copy
        error = sqlcipher3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlcipher3.SQLITE_FULL  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(schema, "verify", disk_full)
    crashes = len(messages.open_crash_dialogs)
    dialog = app.change_password()
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.keyClicks(dialog.old, TEST_PASSWORD)
    qtbot.keyClicks(dialog.fields.password, "a brand new passphrase")
    qtbot.keyClicks(dialog.fields.confirmation, "a brand new passphrase")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == (
        f"Could not write to {path} (the disk is full). Check that the disk has space "
        "and that you may write there."
    )
    assert not dialog.old_error.isVisible()
    assert len(messages.open_crash_dialogs) == crashes
    assert dialog.isVisible() and vault.is_open
    monkeypatch.undo()
    app.shutdown()
    Vault.open(path, TEST_PASSWORD).lock()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_unlocking_forgets_documents_a_killed_save_left_unlinked(vault_factory) -> None:  # noqa: ANN001
    from tests.conftest import TEST_PASSWORD
    from ui.unlock import open_vault
    from vault import attachments

    vault = vault_factory("left.jqvault")
    attachments.add_bytes(vault, b"stored, then the app was killed", "left.txt")
    path = vault.path
    vault.lock()
    reopened = open_vault(path, TEST_PASSWORD)
    try:
        assert reopened.db.execute("SELECT count(*) FROM attachment").fetchone()[0] == 0  # type: ignore[attr-defined]
    finally:
        reopened.lock()  # type: ignore[attr-defined]


def test_damage_met_while_unlocking_names_the_vault(tmp_path: Path) -> None:
    """Pages in the middle of the file overwritten: unlocking gets as far as tidying the
    documents, meets the damage there, names the vault and lets go of it."""
    import os

    from ui.unlock import open_vault
    from vault.demo import create_demo_vault
    from vault.errors import VaultDamagedError

    path = tmp_path / "hurt.jqvault"
    create_demo_vault(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS)
    with open(path, "r+b") as file:
        file.seek(20 * 4096)
        file.write(os.urandom(10 * 4096))
    with pytest.raises(VaultDamagedError) as caught:
        open_vault(path, TEST_PASSWORD)
    assert caught.value.params["path"] == str(path)
    with pytest.raises(VaultDamagedError):  # let go of, not "open in another window"
        open_vault(path, TEST_PASSWORD)


def test_damage_met_by_a_later_read_lets_go_of_the_vault(
    qtbot, app: App, tmp_path: Path  # noqa: ANN001
) -> None:
    """A read after unlocking meets a damaged page: the vault is locked (that connection can
    no longer be trusted, a save through it would wrongly say the disk is read-only) and its
    unlock window says it is damaged; no crash dialog."""
    path = tmp_path / "v.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    first = app.show_unlock(path)
    unlock(qtbot, first)
    qtbot.waitUntil(lambda: isinstance(app.window, MainWindow))
    crashes = len(messages.open_crash_dialogs)
    damaged = sqlcipher3.DatabaseError("database disk image is malformed")
    assert messages.handle_job_error(damaged) is None
    qtbot.waitUntil(lambda: back_at_unlock_with_an_error(app))
    assert app.vault is None and app.window.path == path
    assert str(path) in app.window.error.text() and "backup" in app.window.error.text()
    assert messages.on_vault_damaged is None and messages.open_vault_path is None
    assert len(messages.open_crash_dialogs) == crashes
