"""Restoring without an open vault: from the welcome window, from a double-clicked .jqbak
or a file-open event; restoring over the open vault (locked first, kept aside); and the
smoke test refusing a bundle with missing resources."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

import ui.app
import ui.backup_dialogs
from tests.conftest import TEST_PASSWORD
from tests.ui.test_app import open_main, unlock
from tests.ui.test_backup_dialogs import BACKUP_PASSWORD, FakeDialogs, make_backup
from ui.app import App, missing_resources
from ui.backup_dialogs import RestoreDialog
from ui.main_window import MainWindow
from ui.unlock import UnlockWindow
from ui.welcome import WelcomeWindow
from vault import backup, repository
from vault.errors import BackupCancelledError
from vault.records import Loan, Platform
from vault.store import Vault


@pytest.fixture
def backup_file(vault: Vault, tmp_path: Path) -> Path:
    with vault.transaction() as db:
        repository.insert(db, Platform(name="借呗"))
    path = make_backup(vault, tmp_path / "old-laptop.jqbak")
    vault.lock()
    return path


def restore_form(app: App) -> RestoreDialog:
    assert app.backup_actions is not None
    form = app.backup_actions.form
    assert isinstance(form, RestoreDialog)
    return form


def finish_restore(qtbot: QtBot, app: App, form: RestoreDialog, target: Path) -> FakeDialogs:
    assert app.backup_actions is not None
    fake = FakeDialogs()
    app.backup_actions.dialogs = fake  # type: ignore[assignment]
    form.password.setText(BACKUP_PASSWORD)
    form.target.set_value(target)
    form.ok_button.click()
    qtbot.waitUntil(lambda: bool(fake.messages), timeout=10_000)
    return fake


def test_the_welcome_window_restores_a_backup_then_unlocks_it(
    qtbot: QtBot, app: App, backup_file: Path, tmp_path: Path
):
    welcome = app.start()
    assert isinstance(welcome, WelcomeWindow)
    welcome.restore_button.click()
    form = restore_form(app)
    assert form.source.value() is None
    form.source.set_value(backup_file)
    target = tmp_path / "new-laptop.jqvault"
    fake = finish_restore(qtbot, app, form, target)
    assert fake.messages[-1][:2] == ("inform", "Restored")
    assert isinstance(app.window, UnlockWindow)
    with Vault.open(target, BACKUP_PASSWORD) as restored:
        assert [p.name for p in repository.select(restored.db, Platform)] == ["借呗"]


def test_a_double_clicked_backup_opens_the_restore_form_with_it_chosen(
    app: App, backup_file: Path
):
    app.start(backup_file)
    assert isinstance(app.window, WelcomeWindow)  # no last vault: not treated as a vault
    assert restore_form(app).source.value() == backup_file


def test_a_file_open_event_for_a_backup_opens_the_restore_form(app: App, backup_file: Path):
    app.start()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(backup_file)))
    assert restore_form(app).source.value() == backup_file


ADDED_AFTER_THE_BACKUP = "备份之后"


@pytest.fixture
def demo_backup(demo: Vault, tmp_path: Path) -> tuple[Path, int]:
    """A backup of the demo loans (and how many); the vault gets one more record after it."""
    loans = len(repository.select(demo.db, Loan))
    path = make_backup(demo, tmp_path / "demo.jqbak")
    with demo.transaction() as db:
        repository.insert(db, Platform(name=ADDED_AFTER_THE_BACKUP))
    demo.lock()
    return path, loans


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def platforms(vault: object) -> set[str]:
    return {p.name for p in repository.select(vault.db, Platform)}  # type: ignore[attr-defined]


def restore_over_the_open_vault(
    qtbot: QtBot, app: App, monkeypatch: pytest.MonkeyPatch, path: Path, backup_file: Path,
    password: str,
) -> tuple[FakeDialogs, UnlockWindow]:
    """Unlock `path`, then File ▸ Restore over it and confirm; returns once the restore is
    over (a new unlock window, or the same one usable again)."""
    fake = FakeDialogs()
    fake.answer = True
    monkeypatch.setattr(ui.backup_dialogs, "BackupDialogs", lambda: fake)
    main = open_main(qtbot, app, path)
    main.backup_actions.restore_action.trigger()
    form = main.backup_actions.form
    assert isinstance(form, RestoreDialog)
    form.source.set_value(backup_file)
    form.target.set_value(path)
    form.password.setText(password)
    form.ok_button.click()
    assert [q[0] for q in fake.questions] == ["Replace the open vault?"]
    # locked as Ctrl+L locks: the records are gone from the window, the vault is closed
    assert app.vault is None and not main.vault.is_open
    assert main.loans_page.model.rowCount() == 0
    restoring = app.window
    assert isinstance(restoring, UnlockWindow) and restoring.path == path
    assert not restoring.password.isEnabled()  # busy while the restore runs
    qtbot.waitUntil(
        lambda: app.window is not restoring or restoring.password.isEnabled(), timeout=20_000
    )
    return fake, restoring


def test_restoring_over_the_open_vault_keeps_it_aside_and_asks_for_the_backup_password(
    qtbot: QtBot, app: App, monkeypatch: pytest.MonkeyPatch, demo_backup: tuple[Path, int],
    demo: Vault,
):
    backup_file, loans = demo_backup
    before = digest(demo.path)
    fake, restoring = restore_over_the_open_vault(
        qtbot, app, monkeypatch, demo.path, backup_file, BACKUP_PASSWORD
    )
    kind, title, text = fake.messages[-1]
    (aside,) = demo.path.parent.glob(f"{demo.path.stem}.before-restore-*.jqvault")
    assert (kind, title) == ("inform", "Restored") and str(aside) in text
    assert digest(aside) == before  # the old vault, exactly as it was
    window = app.window
    assert isinstance(window, UnlockWindow) and window is not restoring
    assert window.path == demo.path and window.password.isEnabled()
    unlock(qtbot, window, BACKUP_PASSWORD)
    qtbot.waitUntil(lambda: isinstance(app.window, MainWindow), timeout=10_000)
    assert isinstance(app.window, MainWindow)
    qtbot.waitUntil(lambda: app.window.loans_page.model.rowCount() == loans, timeout=10_000)
    assert ADDED_AFTER_THE_BACKUP not in platforms(app.vault)
    with Vault.open(aside, TEST_PASSWORD) as kept:
        assert ADDED_AFTER_THE_BACKUP in platforms(kept)


def test_a_wrong_backup_password_leaves_the_open_vault_as_it_was(
    qtbot: QtBot, app: App, monkeypatch: pytest.MonkeyPatch, demo_backup: tuple[Path, int],
    demo: Vault,
):
    backup_file, _ = demo_backup
    before = digest(demo.path)
    fake, restoring = restore_over_the_open_vault(
        qtbot, app, monkeypatch, demo.path, backup_file, "not the backup password"
    )
    assert app.window is restoring and restoring.path == demo.path
    assert "Wrong backup password" in restoring.error.text()
    assert restoring.error.isVisible() and fake.messages == []
    assert digest(demo.path) == before
    assert list(demo.path.parent.glob("*.before-restore-*")) == []
    unlock(qtbot, restoring, TEST_PASSWORD)
    qtbot.waitUntil(lambda: isinstance(app.window, MainWindow), timeout=10_000)
    assert ADDED_AFTER_THE_BACKUP in platforms(app.vault)


def test_cancel_while_restoring_over_the_open_vault_returns_to_its_unlock_window(
    qtbot: QtBot, app: App, monkeypatch: pytest.MonkeyPatch, vault: Vault, tmp_path: Path
):
    backup_file = make_backup(vault, tmp_path / "b.jqbak")
    vault.lock()
    before = digest(vault.path)

    def slow_restore(*args: Any, progress: Any, cancel: Any, **kwargs: Any) -> None:
        progress(1024, 10 * 1024)
        deadline = time.monotonic() + 10
        while not cancel() and time.monotonic() < deadline:
            time.sleep(0.01)
        raise BackupCancelledError()

    monkeypatch.setattr(backup, "restore", slow_restore)
    fake = FakeDialogs()
    fake.answer = True
    monkeypatch.setattr(ui.backup_dialogs, "BackupDialogs", lambda: fake)
    main = open_main(qtbot, app, vault.path)
    main.backup_actions.restore_action.trigger()
    form = main.backup_actions.form
    assert isinstance(form, RestoreDialog)
    form.source.set_value(backup_file)
    form.target.set_value(vault.path)
    form.password.setText(BACKUP_PASSWORD)
    form.ok_button.click()
    restoring = app.window
    assert isinstance(restoring, UnlockWindow)
    (progress,) = restoring.findChildren(QProgressDialog)
    (cancel_button,) = progress.findChildren(QPushButton)
    cancel_button.click()
    qtbot.waitUntil(restoring.password.isEnabled, timeout=10_000)
    assert restoring.error.text() == "Cancelled; nothing was written."
    assert app.window is restoring and digest(vault.path) == before


def test_smoke_finds_every_resource(qapp: QApplication):
    assert missing_resources(qapp) == []


def test_smoke_names_missing_resources(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                       tmp_path: Path):
    monkeypatch.setattr(ui.app, "cjk_font_path", lambda: tmp_path / "gone.ttc")
    monkeypatch.setattr(ui.app, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    missing = missing_resources(qapp)
    assert str(tmp_path / "gone.ttc") in missing
    assert str(tmp_path / "i18n" / "jieqing_zh_CN.qm") in missing
    assert any("jieqing-16.png" in m for m in missing)
