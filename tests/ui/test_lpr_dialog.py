"""Tools → LPR table…: the user adds, corrects and removes one-year LPR fixings, and the
loans' rate checks follow."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ui.lpr_dialog import COL_FROM, COL_PERCENT, COL_SOURCE, LprDialog
from ui.main_window import MainWindow
from vault import repository
from vault.loans import add_loan
from vault.overview import loan_overview
from vault.records import LenderKind, Loan, Platform
from vault.schedule import Method, RateKind
from vault.store import Vault
from vault.thresholds import LprFixing, WarningCode, bundled_lpr_table, user_lpr_fixings

TODAY = date(2026, 11, 24)
NEW = LprFixing(date(2025, 8, 20), Decimal("2.50"))  # 4 × 2.50 = 10 %: below an 11 % loan


def private_loan(vault: Vault) -> int:
    """11 % a year from a private lender, signed 2025-09-01: after the newest bundled fixing."""
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="朋友", lender_kind=LenderKind.private))
        loan, _plan = add_loan(db, Loan(
            platform_id=platform.id or 0, borrowed_on=date(2025, 9, 1), principal=1_000_000,
            rate_kind=RateKind.annual, rate_percent=Decimal(11), term_months=12,
            method=Method.annuity,
        ))
    return loan.id or 0


def make_dialog(qtbot, vault: Vault) -> LprDialog:  # noqa: ANN001
    dialog = LprDialog(vault, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cells(dialog: LprDialog, row: int) -> tuple[str, str, str]:
    return tuple(dialog.table.item(row, c).text()  # type: ignore[return-value]
                 for c in (COL_FROM, COL_PERCENT, COL_SOURCE))


def type_fixing(qtbot, dialog: LprDialog, day: str, percent: str) -> None:  # noqa: ANN001
    dialog.day.clear()
    dialog.percent.clear()
    qtbot.keyClicks(dialog.day, day)
    qtbot.keyClicks(dialog.percent, percent)


def test_the_table_shows_the_bundled_fixings_newest_first(qtbot, vault: Vault) -> None:  # noqa: ANN001
    dialog = make_dialog(qtbot, vault)
    assert dialog.table.rowCount() == len(bundled_lpr_table())
    assert cells(dialog, 0) == ("2025-05-20", "3.00 %", "Bundled with Jieqing")
    assert cells(dialog, dialog.table.rowCount() - 1)[0] == "2019-08-20"
    assert "3.00 % from 2025-05-20" in dialog.newest.text()
    assert dialog.ok_button.isEnabled() and not dialog.add_button.isEnabled()
    assert not dialog.remove_button.isEnabled()


def test_a_fixing_added_and_saved_is_what_the_rate_checks_use(qtbot, vault: Vault) -> None:  # noqa: ANN001
    loan_id = private_loan(vault)
    [before] = loan_overview(vault.db, loan_id, TODAY).warnings
    assert before.code is WarningCode.lpr_outdated  # the table's newest fixing is too old
    dialog = make_dialog(qtbot, vault)
    type_fixing(qtbot, dialog, "2025-08-20", "2.5")
    assert dialog.problem.isHidden() and dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # OK adds the typed fixing
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert user_lpr_fixings(vault.db) == (NEW,)
    [after] = loan_overview(vault.db, loan_id, TODAY).warnings
    assert after.code is WarningCode.above_4x_lpr
    assert (after.lpr, after.threshold_percent) == (NEW, Decimal("10.00"))
    assert "out of date" not in after.basis


def test_bad_input_is_explained_inline_and_ok_waits_for_a_good_one(qtbot, vault: Vault) -> None:  # noqa: ANN001
    dialog = make_dialog(qtbot, vault)
    for day, percent, message in (
        ("2025-13-01", "2.50", "This is not a real date (use YYYY-MM-DD)."),
        ("2012-01-01", "2.50", "The date must be between 2013-10-25 (the first LPR) and today."),
        ("2026-12-20", "2.50", "The date must be between 2013-10-25 (the first LPR) and today."),
        ("2025-08-20", "25", "A one-year LPR is between 0.50 % and 10.00 %; please check the rate."),
        ("2025-08-20", "2.505", "Use at most two decimals, for example 3.45."),
        ("2025-08-20", "abc", "This is not a number."),
        ("2025-08-20", "", "This field is required."),
    ):
        type_fixing(qtbot, dialog, day, percent)
        assert dialog.problem.isVisible() and dialog.problem.text() == message
        assert not dialog.ok_button.isEnabled() and not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.percent, "2.50")
    assert dialog.problem.isHidden() and dialog.ok_button.isEnabled()
    dialog.reject()
    assert user_lpr_fixings(vault.db) == ()


def test_a_bundled_fixing_is_corrected_and_the_correction_removed(qtbot, vault: Vault) -> None:  # noqa: ANN001
    dialog = make_dialog(qtbot, vault)
    type_fixing(qtbot, dialog, "2024-10-21", "3.15")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.day.text() == "" and dialog.percent.text() == ""
    row = dialog.table.currentRow()
    assert cells(dialog, row) == ("2024-10-21", "3.15 %", "Yours (bundled: 3.10 %)")
    assert dialog.table.rowCount() == len(bundled_lpr_table())  # replaced, not added
    assert dialog.remove_button.isEnabled()
    type_fixing(qtbot, dialog, "2025-08-20", "2.50")
    qtbot.keyClick(dialog.percent, Qt.Key.Key_Return)  # Return adds, it does not close
    assert dialog.isVisible() and cells(dialog, 0) == ("2025-08-20", "2.50 %", "Yours")
    dialog.table.selectRow(row + 1)  # the correction, one row lower now
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert cells(dialog, row + 1) == ("2024-10-21", "3.10 %", "Bundled with Jieqing")
    dialog.table.selectRow(row + 1)
    assert not dialog.remove_button.isEnabled()  # bundled fixings stay
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert user_lpr_fixings(vault.db) == (NEW,)
    # saved fixings are shown as the user's when the table is opened again
    again = make_dialog(qtbot, vault)
    assert cells(again, 0) == ("2025-08-20", "2.50 %", "Yours")


def test_tools_lpr_table_saves_and_every_loan_is_checked_again(
    qtbot, main_window: MainWindow, vault: Vault  # noqa: ANN001
) -> None:
    loan_id = private_loan(vault)
    main_window.notify_changed()
    model = main_window.loans_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row(0).computed)
    assert model.row(0).warnings == ("rate.lpr_outdated",)
    assert main_window.lpr_table_action in main_window.tools_menu.actions()
    assert main_window.lpr_table_action.text() == "&LPR table…"

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LprDialog)
        dialog.today = TODAY
        type_fixing(qtbot, dialog, "2025-08-20", "2.50")
        dialog.ok_button.click()

    QTimer.singleShot(0, fill)
    main_window.lpr_table_action.trigger()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row(0).warnings
                    == ("rate.above_4x_lpr",))
    assert model.row(0).loan_id == loan_id
    assert user_lpr_fixings(vault.db) == (NEW,)
