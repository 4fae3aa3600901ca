"""The backup actions of the File menu: forms, background jobs, messages, Cancel."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from ui.backup_dialogs import (
    BackupActions,
    ExportDialog,
    RestoreDialog,
    VerifyDialog,
    install_backup_actions,
)
from ui.main_window import MainWindow
from vault import backup, kdf, repository
from vault.errors import BackupCancelledError
from vault.records import Platform
from vault.store import Vault

BACKUP_PASSWORD = "a backup password"


class FakeDialogs:
    """Stands in for the file choosers and message boxes; remembers every message."""

    def __init__(self) -> None:
        self.paths: dict[str, str] = {}
        self.messages: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.questions: list[tuple[str, str, str]] = []  # (title, text, action)
        self.answer = False  # what confirm() answers

    def save_backup(self, parent: object, suggested: str) -> str:
        return self.paths.get("save_backup", "")

    def open_backup(self, parent: object) -> str:
        return self.paths.get("open_backup", "")

    def save_vault(self, parent: object, suggested: str) -> str:
        return self.paths.get("save_vault", "")

    def inform(self, parent: object, title: str, text: str) -> None:
        self.messages.append(("inform", title, text))

    def warn(self, parent: object, title: str, text: str) -> None:
        self.messages.append(("warn", title, text))

    def confirm(self, parent: object, title: str, text: str, action: str) -> bool:
        self.questions.append((title, text, action))
        return self.answer


@pytest.fixture
def actions(main_window: MainWindow, vault: Vault) -> tuple[BackupActions, FakeDialogs]:
    with vault.transaction() as db:
        repository.insert(db, Platform(name="微粒贷"))
    installed = install_backup_actions(main_window, main_window.file_menu, lambda: vault)
    fake = FakeDialogs()
    installed.dialogs = fake  # type: ignore[assignment]
    return installed, fake


def wait_for_message(qtbot: QtBot, fake: FakeDialogs) -> tuple[str, str, str]:
    qtbot.waitUntil(lambda: bool(fake.messages), timeout=10_000)
    return fake.messages[-1]


def make_backup(vault: Vault, path: Path) -> Path:
    backup.export(vault, path, BACKUP_PASSWORD, profile=kdf.FAST_FOR_TESTS)
    return path


def submit_restore_form(installed: BackupActions) -> RestoreDialog:
    """Restore…: the backup and the target from the fake choosers, the password, then OK."""
    installed.restore_action.trigger()
    form = installed.form
    assert isinstance(form, RestoreDialog)
    form.source.button.click()
    form.target.button.click()
    form.password.setText(BACKUP_PASSWORD)
    form.ok_button.click()
    return form


def test_the_three_actions_go_before_lock_in_the_file_menu(
        actions: tuple[BackupActions, FakeDialogs], main_window: MainWindow):
    installed, _ = actions
    menu = main_window.file_menu.actions()
    at = menu.index(installed.export_action)
    assert menu[at:at + 3] == [installed.export_action, installed.verify_action,
                               installed.restore_action]
    assert [a.text() for a in menu[at:at + 3]] == [
        "&Back up…", "&Verify a backup…", "&Restore from a backup…"]
    assert menu.index(main_window.file_actions_end) == at + 3
    # the window's own set sits with the other exports, also before Lock
    own = main_window.backup_actions.export_action
    assert menu.index(own) < menu.index(main_window.file_actions_end)


def test_export_asks_for_a_place_and_a_password_then_backs_up(
        qtbot: QtBot, actions: tuple[BackupActions, FakeDialogs], vault: Vault, tmp_path: Path):
    installed, fake = actions
    installed.export_action.trigger()
    form = installed.form
    assert isinstance(form, ExportDialog)
    form.ok_button.click()
    assert form.problem.text() == "Choose where to save the backup."

    fake.paths["save_backup"] = str(tmp_path / "usb" / "mine")
    (tmp_path / "usb").mkdir()
    form.destination.button.click()
    form.passwords.password.setText(BACKUP_PASSWORD)
    form.passwords.confirmation.setText("not the same")
    form.ok_button.click()
    assert form.isVisible()  # the mismatch is shown inline
    form.passwords.confirmation.setText(BACKUP_PASSWORD)
    form.ok_button.click()

    kind, title, text = wait_for_message(qtbot, fake)
    assert (kind, title) == ("inform", "Backed up")
    out = tmp_path / "usb" / "mine.jqbak"
    assert str(out) in text
    assert backup.verify(out, BACKUP_PASSWORD).record_counts["platform"] == 1
    assert backup.last_backup_age(vault) is not None


def test_verify_reports_intact_and_wrong_password(
        qtbot: QtBot, actions: tuple[BackupActions, FakeDialogs], vault: Vault, tmp_path: Path):
    installed, fake = actions
    fake.paths["open_backup"] = str(make_backup(vault, tmp_path / "b.jqbak"))
    for password, expected in ((BACKUP_PASSWORD, ("inform", "The backup is intact")),
                               ("wrong password", ("warn", "Jieqing"))):
        fake.messages.clear()
        installed.verify_action.trigger()
        form = installed.form
        assert isinstance(form, VerifyDialog)
        form.source.button.click()
        form.password.setText(password)
        form.ok_button.click()
        kind, title, text = wait_for_message(qtbot, fake)
        assert (kind, title) == expected
    assert "Wrong backup password" in text


def test_restore_into_a_new_vault_with_its_own_password(
        qtbot: QtBot, actions: tuple[BackupActions, FakeDialogs], vault: Vault, tmp_path: Path):
    installed, fake = actions
    fake.paths["open_backup"] = str(make_backup(vault, tmp_path / "b.jqbak"))
    target = tmp_path / "restored.jqvault"
    fake.paths["save_vault"] = str(target)
    installed.restore_action.trigger()
    form = installed.form
    assert isinstance(form, RestoreDialog)
    form.source.button.click()
    form.ok_button.click()
    assert form.problem.text() == "Type the backup's password."
    form.password.setText(BACKUP_PASSWORD)
    form.target.button.click()
    form.same_password.setChecked(False)
    form.new_password.password.setText("restored vault password")
    form.new_password.confirmation.setText("restored vault password")
    form.ok_button.click()
    kind, title, text = wait_for_message(qtbot, fake)
    assert (kind, title) == ("inform", "Restored") and str(target) in text
    with Vault.open(target, "restored vault password") as restored:
        assert [p.name for p in repository.select(restored.db, Platform)] == ["微粒贷"]


def test_restore_over_the_open_vault_is_refused_in_the_form(
        qtbot: QtBot, actions: tuple[BackupActions, FakeDialogs], vault: Vault, tmp_path: Path):
    installed, fake = actions
    fake.paths["open_backup"] = str(make_backup(vault, tmp_path / "b.jqbak"))
    fake.paths["save_vault"] = str(vault.path)
    before = vault.path.read_bytes()
    form = submit_restore_form(installed)
    assert form.problem.text().startswith("That is the vault you have open.")
    assert form.isVisible() and installed.job is None
    assert vault.path.read_bytes() == before


def test_restore_over_the_open_vault_says_what_happens_and_asks_first(
        qtbot: QtBot, actions: tuple[BackupActions, FakeDialogs], vault: Vault, tmp_path: Path):
    installed, fake = actions
    handed: list[dict[str, Any]] = []
    installed.replace_open_vault = handed.append  # the app's part: lock, then restore
    fake.paths["open_backup"] = str(make_backup(vault, tmp_path / "b.jqbak"))
    fake.paths["save_vault"] = str(vault.path)
    before = vault.path.read_bytes()
    form = submit_restore_form(installed)
    ((title, text, action),) = fake.questions
    assert (title, action) == ("Replace the open vault?", "Lock and restore")
    assert vault.path.name in text and "kept beside it, unchanged" in text
    assert f"{vault.path.stem}.before-restore-" in text
    assert text.endswith("asks for the password again: the backup's password.")
    # declined: nothing happens, the form says how to go on
    assert form.isVisible() and handed == [] and installed.job is None
    assert form.problem.text().startswith("That is the vault you have open.")
    assert "press OK again to replace it" in form.problem.text()

    fake.answer = True
    form.same_password.setChecked(False)
    form.new_password.password.setText("the new vault password")
    form.new_password.confirmation.setText("the new vault password")
    form.ok_button.click()
    assert fake.questions[-1][1].endswith("again: the new password you chose.")
    (values,) = handed
    assert values["replaces_open_vault"] and values["target"] == vault.path
    assert values["new_password"] == "the new vault password"
    assert not form.isVisible() and installed.job is None  # the app runs it, not the form
    assert vault.is_open and vault.path.read_bytes() == before


def test_restore_over_a_vault_open_elsewhere_says_so(
        qtbot: QtBot, actions: tuple[BackupActions, FakeDialogs], vault: Vault, tmp_path: Path):
    installed, fake = actions
    fake.paths["open_backup"] = str(make_backup(vault, tmp_path / "b.jqbak"))
    other = tmp_path / "other.jqvault"
    fake.paths["save_vault"] = str(other)
    with Vault.create(other, "other vault password", kdf.FAST_FOR_TESTS):
        before = other.read_bytes()
        submit_restore_form(installed)
        kind, _, text = wait_for_message(qtbot, fake)
    assert kind == "warn" and "already open" in text
    assert other.read_bytes() == before


def test_cancel_in_the_progress_dialog_stops_the_job(
        qtbot: QtBot, actions: tuple[BackupActions, FakeDialogs], main_window: MainWindow,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    installed, fake = actions
    seen_cancel: list[bool] = []

    def slow_export(vault: Vault, out: Path, password: str, *, progress: Any,
                    cancel: Any) -> None:
        progress(1024, 10 * 1024)
        deadline = time.monotonic() + 10
        while not cancel() and time.monotonic() < deadline:
            time.sleep(0.01)
        seen_cancel.append(cancel())
        raise BackupCancelledError()

    monkeypatch.setattr(backup, "export", slow_export)
    fake.paths["save_backup"] = str(tmp_path / "b.jqbak")
    installed.export_action.trigger()
    form = installed.form
    assert isinstance(form, ExportDialog)
    form.destination.button.click()
    form.passwords.password.setText(BACKUP_PASSWORD)
    form.passwords.confirmation.setText(BACKUP_PASSWORD)
    form.ok_button.click()
    progress = main_window.findChildren(QProgressDialog)
    assert len(progress) == 1
    (cancel_button,) = progress[0].findChildren(QPushButton)
    cancel_button.click()
    kind, title, _ = wait_for_message(qtbot, fake)
    assert (kind, title) == ("inform", "Cancelled") and seen_cancel == [True]
    assert not (tmp_path / "b.jqbak").exists()


def test_back_up_without_an_open_vault_says_so(qtbot: QtBot, main_window: MainWindow):
    installed = install_backup_actions(main_window, main_window.file_menu, lambda: None)
    fake = FakeDialogs()
    installed.dialogs = fake  # type: ignore[assignment]
    installed.export_action.trigger()
    assert fake.messages == [("warn", "Back up", "Unlock a vault to back it up.")]
    assert installed.form is None
