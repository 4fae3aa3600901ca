"""The app's flows as a user walks them: first launch, create, unlock, demo, lock, auto-lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.conftest import TEST_PASSWORD
from ui.app import App, parse_arguments
from ui.create_vault import CreateVaultDialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.unlock import DEMO_PASSWORD, UnlockWindow
from ui.welcome import WelcomeWindow
from vault import kdf, repository
from vault.records import Loan
from vault.store import Vault


def make_vault(path: Path, password: str = TEST_PASSWORD) -> Path:
    Vault.create(path, password, kdf.FAST_FOR_TESTS).lock()
    return path


def unlock(qtbot, window: UnlockWindow, password: str) -> None:  # noqa: ANN001
    window.password.clear()
    qtbot.keyClicks(window.password, password)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)


def open_main(qtbot, app: App, path: Path) -> MainWindow:  # noqa: ANN001
    window = app.show_unlock(path)
    unlock(qtbot, window, TEST_PASSWORD)
    qtbot.waitUntil(lambda: isinstance(app.window, MainWindow))
    assert isinstance(app.window, MainWindow)
    return app.window


def test_first_launch_shows_the_welcome_window(app: App) -> None:
    window = app.start()
    assert isinstance(window, WelcomeWindow)
    assert window.isVisible()
    assert window.create_button.text() == "Create a new vault"


def test_later_launches_unlock_the_last_vault(app: App, settings: Settings, tmp_path: Path) -> None:
    settings.last_vault = make_vault(tmp_path / "mine.jqvault")
    window = app.start()
    assert isinstance(window, UnlockWindow)
    assert window.path == tmp_path / "mine.jqvault"
    assert not window.error.isVisible()


def test_a_vault_given_on_the_command_line_opens_its_unlock_window(
    app: App, tmp_path: Path
) -> None:
    path, smoke = parse_arguments(["--no-such-option", str(tmp_path / "x.jqvault")])
    assert (path, smoke) == (tmp_path / "x.jqvault", False)
    window = app.start(path)
    assert isinstance(window, UnlockWindow)
    assert "There is no vault file" in window.error.text()  # the file is not there


def test_create_flow_checks_inline_then_opens_an_empty_vault(
    qtbot, app: App, settings: Settings, isolated_paths: Path  # noqa: ANN001
) -> None:
    welcome = app.start()
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = app.window.findChild(CreateVaultDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.path == isolated_paths / "vault.jqvault"
    fields = dialog.fields

    qtbot.keyClicks(fields.password, "a long passphrase")
    qtbot.keyClicks(fields.confirmation, "a long passphrasf")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert fields.confirmation_error.isVisible()
    assert fields.confirmation_error.text() == "The two passwords are not the same."

    fields.clear()
    qtbot.keyClicks(fields.password, "short")
    qtbot.keyClicks(fields.confirmation, "short")
    assert fields.hint.text().startswith("Use at least 8 characters")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert fields.password_error.text() == "The password must have at least 8 characters."
    assert not (isolated_paths / "vault.jqvault").exists()

    fields.clear()
    qtbot.keyClicks(fields.password, "Tea at 4 on Tuesday!")
    qtbot.keyClicks(fields.confirmation, "Tea at 4 on Tuesday!")
    assert fields.hint.text() in {"Strong.", "Very strong."}
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(app.window, MainWindow))
    main = app.window
    assert main.loans_page.model.rowCount() == 0
    assert main.loans_page.empty.isVisibleTo(main.loans_page)  # the overview tab is in front
    assert (isolated_paths / "vault.jqvault").is_file()
    assert settings.last_vault == isolated_paths / "vault.jqvault"
    settings.sync()
    assert b"Tea at 4" not in Path(settings.file_name).read_bytes()


def test_create_refuses_an_existing_file_under_the_location(
    qtbot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    taken = make_vault(tmp_path / "taken.jqvault")
    app.start()
    dialog = app.create_vault()
    monkeypatch.setattr(dialog, "ask_location", lambda: str(tmp_path / "taken"))
    qtbot.mouseClick(dialog.change_location, Qt.MouseButton.LeftButton)
    assert dialog.path == taken  # the suffix is added
    qtbot.keyClicks(dialog.fields.password, "a long passphrase")
    qtbot.keyClicks(dialog.fields.confirmation, "a long passphrase")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.location_error.isVisible()
    assert "already exists" in dialog.location_error.text()


def test_unlock_shows_a_wrong_password_inline_then_opens(
    qtbot, app: App, tmp_path: Path  # noqa: ANN001
) -> None:
    path = make_vault(tmp_path / "v.jqvault")
    window = app.show_unlock(path)
    unlock(qtbot, window, "not the password")
    assert window.busy.isVisible()  # the key derivation runs in a worker
    qtbot.waitUntil(lambda: window.error.isVisible())
    assert window.error.text().startswith("Wrong password")
    assert window.password.isEnabled()
    assert app.window is window

    unlock(qtbot, window, TEST_PASSWORD)
    qtbot.waitUntil(lambda: isinstance(app.window, MainWindow))
    assert app.vault is not None and app.vault.is_open


def test_a_vault_open_elsewhere_says_which_one(
    qtbot, app: App, vault: Vault  # noqa: ANN001
) -> None:
    window = app.show_unlock(vault.path)  # `vault` holds the file open, like another window
    unlock(qtbot, window, TEST_PASSWORD)
    qtbot.waitUntil(lambda: window.error.isVisible())
    assert "already open in another Jieqing window" in window.error.text()
    assert str(vault.path) in window.error.text()


def test_demo_creates_and_opens_the_demo_vault(
    qtbot, app: App, isolated_paths: Path  # noqa: ANN001
) -> None:
    pytest.importorskip("vault.demo", reason="the demo vault (vault/demo.py) is not there yet")
    welcome = app.start()
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(app.window, UnlockWindow), timeout=20_000)
    window = app.window
    assert window.path == isolated_paths / "demo.jqvault"
    assert window.demo_note.isVisible()
    assert DEMO_PASSWORD in window.demo_note.text()
    assert window.password.text() == DEMO_PASSWORD
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(app.window, MainWindow))
    loans = repository.select(app.vault.db, Loan)
    model = app.window.loans_page.model
    assert len(loans) > 0
    assert model.rowCount() == len(loans)
    platforms = {model.row(n).platform for n in range(model.rowCount())}
    assert all(platforms)


def test_ctrl_l_locks_and_forgets_every_record(
    qtbot, app: App, tmp_path: Path  # noqa: ANN001
) -> None:
    main = open_main(qtbot, app, make_vault(tmp_path / "v.jqvault"))
    vault = main.vault
    main.loans_page.model.set_rows([_row()])
    main.activateWindow()
    assert main.lock_action.shortcut() == QKeySequence("Ctrl+L")
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(app.window, UnlockWindow))
    assert not vault.is_open
    assert main.loans_page.model.rowCount() == 0
    assert app.vault is None
    assert app.window.path == tmp_path / "v.jqvault"
    assert not app.idle_lock.active


def test_auto_lock_closes_a_blocking_message_box_first(
    qtbot, app: App, tmp_path: Path  # noqa: ANN001
) -> None:
    main = open_main(qtbot, app, make_vault(tmp_path / "v.jqvault"))
    vault = main.vault
    outcome = []

    def ask() -> None:  # a feature asking something, blocking in its own event loop
        box = QMessageBox(QMessageBox.Icon.Question, "Question", "Delete?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, main)
        outcome.append(box.exec())

    app.idle_lock.timer.start(200)
    QTimer.singleShot(0, ask)
    qtbot.waitUntil(lambda: isinstance(app.window, UnlockWindow), timeout=5000)
    qtbot.waitUntil(lambda: bool(outcome))
    assert not vault.is_open
    assert outcome[0] != QMessageBox.StandardButton.Yes
    assert QApplication.activeModalWidget() is None


def test_auto_lock_closes_an_open_dialog(qtbot, app: App, tmp_path: Path) -> None:  # noqa: ANN001
    open_main(qtbot, app, make_vault(tmp_path / "v.jqvault"))
    dialog = app.edit_preferences()
    assert dialog.isVisible()
    finished = []
    dialog.finished.connect(finished.append)
    app.idle_lock.timer.start(100)
    qtbot.waitUntil(lambda: isinstance(app.window, UnlockWindow))
    assert finished == [QDialog.DialogCode.Rejected]


def test_user_input_restarts_the_idle_timer(qtbot, app: App, tmp_path: Path) -> None:  # noqa: ANN001
    main = open_main(qtbot, app, make_vault(tmp_path / "v.jqvault"))
    assert app.idle_lock.timer.interval() == 5 * 60_000
    app.idle_lock.timer.start(400)
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(main.loans_page.filter, Qt.Key.Key_A)
    assert isinstance(app.window, MainWindow)  # 600 ms passed, but never 400 ms idle
    qtbot.waitUntil(lambda: isinstance(app.window, UnlockWindow), timeout=3000)  # now idle


def test_preferences_change_the_auto_lock_delay(qtbot, app: App, tmp_path: Path) -> None:  # noqa: ANN001
    open_main(qtbot, app, make_vault(tmp_path / "v.jqvault"))
    dialog = app.edit_preferences()
    dialog.auto_lock.setValue(12)
    dialog.accept()
    assert app.settings.auto_lock_minutes == 12
    assert app.idle_lock.timer.interval() == 12 * 60_000


def test_open_another_vault_from_the_unlock_window(
    qtbot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    first = make_vault(tmp_path / "first.jqvault")
    other = make_vault(tmp_path / "other.jqvault")
    window = app.show_unlock(first)
    monkeypatch.setattr(app, "ask_vault_file", lambda: str(other))
    qtbot.mouseClick(window.open_other_button, Qt.MouseButton.LeftButton)
    assert isinstance(app.window, UnlockWindow)
    assert app.window.path == other


def test_new_vault_from_the_main_window_locks_the_current_one(
    qtbot, app: App, tmp_path: Path  # noqa: ANN001
) -> None:
    main = open_main(qtbot, app, make_vault(tmp_path / "v.jqvault"))
    old = main.vault
    main.new_action.trigger()
    dialog = main.findChild(CreateVaultDialog)
    dialog.set_path(tmp_path / "second.jqvault")
    qtbot.keyClicks(dialog.fields.password, "another passphrase")
    qtbot.keyClicks(dialog.fields.confirmation, "another passphrase")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(app.window, MainWindow) and app.window is not main)
    assert not old.is_open
    assert app.vault.path == tmp_path / "second.jqvault"


def test_closing_the_main_window_locks_the_vault(
    qtbot, app: App, tmp_path: Path  # noqa: ANN001
) -> None:
    main = open_main(qtbot, app, make_vault(tmp_path / "v.jqvault"))
    vault = main.vault
    main.close()
    assert not vault.is_open
    assert app.settings.geometry("main") is not None


def _row():  # noqa: ANN202
    from datetime import date

    from ui.loans_model import LoanRow
    from vault.records import LoanStatus

    return LoanRow(1, "微粒贷", "C-1", 100_000, date(2024, 1, 2), 12, LoanStatus.active)


def test_the_unlock_window_folder_becomes_selectable_when_the_pointer_comes_over_it(
    app: App, tmp_path: Path
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QEnterEvent

    window = app.show_unlock(make_vault(tmp_path / "mine.jqvault"))
    assert window.folder.text() == str(tmp_path)
    QApplication.sendEvent(window.folder, QEnterEvent(QPointF(2, 2), QPointF(2, 2), QPointF(2, 2)))
    assert window.folder.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
