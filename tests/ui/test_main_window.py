"""The main window: menus, live language switching, change password, about."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

import ui.main_window as main_window_module
from tests.conftest import TEST_PASSWORD
from ui.about import AboutDialog
from ui.app import App
from ui.loan_detail import LoanDetailPage
from ui.loans_model import LoanIdRole
from ui.main_window import MainWindow
from ui.passwords import ChangePasswordDialog, strength
from vault import kdf
from vault.demo import fill_demo
from vault.money import format_fen
from vault.store import Vault


def test_overview_and_loans_come_first_and_pages_can_be_added(main_window: MainWindow) -> None:
    assert main_window.tabs.widget(0) is main_window.dashboard
    assert main_window.tabs.widget(1) is main_window.loans_page
    assert [main_window.tabs.tabText(i) for i in (0, 1)] == ["Overview", "Loans"]
    cleared, refreshed = [], []

    class Page(QLabel):
        def refresh(self) -> None:
            refreshed.append(True)

        def clear(self) -> None:
            cleared.append(True)

    index = main_window.add_page(Page(), lambda: "Extra")
    assert main_window.tabs.tabText(index) == "Extra"
    main_window.notify_changed()
    main_window.clear_records()
    assert refreshed == [True] and cleared == [True]
    assert [a.text() for a in main_window.file_menu.actions() if a.text()] == [
        "New &loan…", "&Record a repayment…", "Log a &contact…", "Export &binder (PDF)…",
        "&Back up…", "&Verify a backup…", "&Restore from a backup…",
        "Export as &JSON (not encrypted)…", "&New vault…", "&Open vault…",
        "Change &password…", "&Lock", "&Quit",
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
    assert window.tabs.tabText(1) == "借款"
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


# -- the demo vault in the window ---------------------------------------------------------


@pytest.fixture
def demo(vault: Vault) -> Vault:
    with vault.transaction() as db:
        fill_demo(db, date.today())
    return vault


@pytest.fixture
def demo_window(qtbot, demo: Vault, settings) -> MainWindow:  # noqa: ANN001
    window = MainWindow(demo, settings, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.dashboard.figures is not None and not window.feed.busy)
    return window


def test_the_figures_fill_the_dashboard_and_the_loans_list(demo_window: MainWindow) -> None:
    board = demo_window.dashboard.figures
    assert board is not None and board.loan_count == 7
    assert demo_window.dashboard.outstanding.value.text() == "¥" + format_fen(
        board.total_outstanding)
    model = demo_window.loans_page.model
    assert model.rowCount() == 7
    assert all(model.row(r).computed for r in range(7))
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[:3] == ["Platform", "Contract no.", "Status"]
    assert "True APR" in header and "Outstanding (yuan)" in header


def test_a_state_on_the_dashboard_filters_the_loans(demo_window: MainWindow) -> None:
    demo_window.dashboard.state_buttons["overdue"].click()
    assert demo_window.tabs.currentWidget() is demo_window.loans_page
    assert demo_window.loans_page.proxy.rowCount() == 1
    assert demo_window.loans_page.status.currentData() == "overdue"


def test_activating_a_loan_opens_one_closable_detail_tab(
    qtbot, demo_window: MainWindow  # noqa: ANN001
) -> None:
    page = demo_window.loans_page
    index = page.proxy.index(0, 0)
    with qtbot.waitSignal(demo_window.loan_activated) as activated:
        page.table.activated.emit(index)
    detail = demo_window.tabs.currentWidget()
    assert isinstance(detail, LoanDetailPage)
    assert activated.args == [detail.loan_id] == [index.data(LoanIdRole)]
    assert demo_window.tabs.count() == 3
    page.table.activated.emit(index)  # the same loan again: the same tab
    assert demo_window.tabs.count() == 3
    demo_window.close_tab_action.trigger()
    assert demo_window.tabs.count() == 2
    demo_window.close_tab(0)  # the fixed pages stay
    assert demo_window.tabs.count() == 2
    demo_window.open_loan(index.data(LoanIdRole))
    demo_window.clear_records()
    assert demo_window.tabs.count() == 2
    assert demo_window.loans_page.model.rowCount() == 0


def test_menu_actions_open_the_right_forms(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def fake(name, parent, vault, *args):  # noqa: ANN001, ANN202
        calls.append((name, parent, vault, args))
        return name == "new_loan"  # the new-loan form "saves"

    monkeypatch.setattr(main_window_module, "open_feature", fake)
    changed = []
    demo_window.vault_changed.connect(lambda: changed.append(True))
    demo_window.new_loan_action.trigger()
    demo_window.record_payment_action.trigger()
    demo_window.log_contact_action.trigger()
    demo_window.binder_action.trigger()
    window, vault = demo_window, demo_window.vault
    assert calls == [("new_loan", window, vault, ()), ("record_payment", window, vault, (None,)),
                     ("log_contact", window, vault, (None,)), ("binder", window, vault, ())]
    assert changed == [True]  # only the save refreshed the pages
    detail = demo_window.open_loan(3)
    calls.clear()
    demo_window.record_payment_action.trigger()  # on a loan's tab: for that loan
    for button in (detail.negotiate_button, detail.settle_button, detail.contact_button):
        button.click()
    assert [(c[0], c[3]) for c in calls] == [
        ("record_payment", (3,)), ("negotiate", (3,)), ("settle", (3,)), ("log_contact", (3,)),
    ]
    shortcuts = {a.shortcut().toString() for a in (
        demo_window.new_loan_action, demo_window.record_payment_action)}
    assert shortcuts == {"Ctrl+N", "Ctrl+R"}


def test_every_feature_names_a_real_function() -> None:
    import importlib

    for name, (module, function) in main_window_module.FEATURES.items():
        try:
            found = importlib.import_module(module)
        except ModuleNotFoundError:  # a feature still being written elsewhere
            continue
        assert callable(getattr(found, function)), name


def test_export_json_warns_then_writes(
    qtbot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    target = tmp_path / "records.json"
    monkeypatch.setattr(demo_window, "ask_save_file", lambda *a: (str(target), ""))
    warned = []

    def answer(parent, title, text, buttons, default):  # noqa: ANN001, ANN202
        warned.append(text)
        return QMessageBox.StandardButton.Cancel if len(warned) == 1 else \
            QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", answer)
    demo_window.export_json_action.trigger()
    assert "NOT be encrypted" in warned[0] and not target.exists()
    demo_window.export_json_action.trigger()
    qtbot.waitUntil(target.exists)
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "jieqing-export"


def test_the_backup_button_opens_the_backup_form(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = []
    monkeypatch.setattr(demo_window.backup_actions, "export_backup", lambda: opened.append(1))
    demo_window.dashboard.backup_button.click()
    assert opened == [1]


def test_geometry_is_remembered(qtbot, demo: Vault, settings) -> None:  # noqa: ANN001
    window = MainWindow(demo, settings, "en")
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.close()
    again = MainWindow(demo, settings, "en")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
