"""Restoring without an open vault: from the welcome window, from a double-clicked .jqbak
or a file-open event; and the smoke test refusing a bundle with missing resources."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.app
from tests.ui.test_backup_dialogs import BACKUP_PASSWORD, FakeDialogs, make_backup
from ui.app import App, missing_resources
from ui.backup_dialogs import RestoreDialog
from ui.unlock import UnlockWindow
from ui.welcome import WelcomeWindow
from vault import repository
from vault.records import Platform
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
