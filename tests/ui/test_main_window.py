"""The main window: menus, live language switching, change password, about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from tests.conftest import TEST_PASSWORD
from ui.about import AboutDialog
from ui.app import App
from ui.main_window import MainWindow
from ui.passwords import ChangePasswordDialog, strength
from vault import kdf
from vault.store import Vault


def test_the_loans_tab_comes_first_and_pages_can_be_added(main_window: MainWindow) -> None:
    assert main_window.tabs.widget(0) is main_window.loans_page
    assert main_window.tabs.tabText(0) == "Loans"
    cleared, refreshed = [], []

    class Page(QLabel):
        def refresh(self) -> None:
            refreshed.append(True)

        def clear(self) -> None:
            cleared.append(True)

    index = main_window.add_page(Page(), lambda: "Dashboard")
    assert main_window.tabs.tabText(index) == "Dashboard"
    main_window.notify_changed()
    main_window.clear_records()
    assert refreshed == [True] and cleared == [True]
    assert [a.text() for a in main_window.file_menu.actions() if a.text()] == [
        "&New vault…", "&Open vault…", "Change &password…", "&Lock", "&Quit",
    ]
    assert main_window.tools_menu.title() == "&Tools"


def test_switching_language_retranslates_live_and_is_remembered(
    qtbot, app: App, vault: Vault  # noqa: ANN001
) -> None:
    window = app.open_main(vault)
    page = window.loans_page
    assert window.file_menu.title() == "&File"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Platform"
    chinese = next(a for a in window.language_group.actions() if a.data() == "zh_CN")
    chinese.trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")  # LanguageChange is posted
    assert window.tabs.tabText(0) == "借款"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "平台"
    assert page.filter.placeholderText().startswith("按平台")
    assert app.settings.language == "zh_CN"
    assert chinese.isChecked()
    english = next(a for a in window.language_group.actions() if a.data() == "en")
    english.trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert app.settings.language == "en"


def test_the_welcome_window_can_switch_language(qtbot, app: App) -> None:  # noqa: ANN001
    welcome = app.start()
    welcome.language.setCurrentIndex(welcome.language.findData("zh_CN"))
    welcome.language.activated.emit(welcome.language.currentIndex())
    qtbot.waitUntil(lambda: welcome.create_button.text() == "新建保险库")
    assert app.settings.language == "zh_CN"


def test_change_password_checks_the_old_one_then_re_encrypts(
    qtbot, app: App, tmp_path: Path  # noqa: ANN001
) -> None:
    path = tmp_path / "v.jqvault"
    vault = Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS)
    app.open_main(vault)
    dialog = app.change_password()
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.keyClicks(dialog.old, "wrong old password")
    qtbot.keyClicks(dialog.fields.password, "a brand new passphrase")
    qtbot.keyClicks(dialog.fields.confirmation, "a brand new passphrase")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.old_error.isVisible())
    assert dialog.old_error.text() == "The current password is not right."

    dialog.old.clear()
    qtbot.keyClicks(dialog.old, TEST_PASSWORD)
    with qtbot.waitSignal(dialog.finished) as done:
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    assert done.args == [QDialog.DialogCode.Accepted]
    assert vault.is_open
    vault.lock()
    Vault.open(path, "a brand new passphrase").lock()


def test_the_strength_hint_grows_with_the_password() -> None:
    assert strength("short") == 0
    assert strength("password123") == 1
    assert strength("11111111") == 1
    assert strength("tea at four") < strength("Tea at 4 on Tuesday!")
    assert strength("Tea at 4 on Tuesday, with lemon & honey") == 4


def test_about_names_version_licences_and_security(qtbot) -> None:  # noqa: ANN001
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.body.text()
    assert "Apache-2.0" in text
    assert "WenQuanYi Micro Hei" in text
    assert "Argon2id" in text
    assert "0.1.0" in dialog.name.text()
