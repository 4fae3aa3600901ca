"""The new-loan wizard, driven end to end on a real vault."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from tests.ui.wizard_helpers import can_go_on, counts, finish, next_page, shown
from ui.wizards.new_loan import NewLoanWizard
from vault import loans, repository
from vault.records import Loan, Platform
from vault.schedule import Method, RateKind
from vault.store import Vault


def open_wizard(qtbot, vault: Vault) -> NewLoanWizard:  # noqa: ANN001
    return shown(qtbot, NewLoanWizard(vault))


def test_a_loan_is_filled_checked_fixed_and_saved(qtbot, vault: Vault, dialogs) -> None:  # noqa: ANN001
    wizard = open_wizard(qtbot, vault)
    lender = wizard.page_lender
    assert not can_go_on(wizard)
    lender.platform.setCurrentIndex(lender.platform.findText("微粒贷"))
    assert lender.hotline.text() == "95384"
    next_page(wizard)

    amount = wizard.page_amount
    qtbot.keyClicks(amount.principal, "2O,000")  # a letter O for a zero
    assert not can_go_on(wizard)
    assert amount.form.errors["principal"].isVisible()
    assert "not an amount" in amount.form.errors["principal"].text()
    amount.principal.clear()
    qtbot.keyClicks(amount.principal, "20,000")
    amount.rate.kind.setCurrentIndex(amount.rate.kind.findData(RateKind.daily))
    qtbot.keyClicks(amount.rate.percent, "0.05")
    assert not amount.form.errors["principal"].isVisible()
    assert can_go_on(wizard)
    next_page(wizard)

    repayment = wizard.page_repayment
    repayment.method.setCurrentIndex(repayment.method.findData(Method.daily))
    wizard.back()
    assert amount.principal.value() == 2_000_000  # going back keeps what was typed
    next_page(wizard)
    assert repayment.method.currentData() == Method.daily
    next_page(wizard)  # account
    wizard.page_account.new_mode.setChecked(True)
    assert not can_go_on(wizard)
    wizard.page_account.label.setText("招商银行储蓄卡")  # keyClicks types ASCII only
    qtbot.keyClicks(wizard.page_account.number, "6214830123456789")
    assert "**** 6789" in wizard.page_account.form.hints["account_number"].text()
    next_page(wizard)  # the lender's schedule
    schedule = wizard.page_schedule
    schedule.theirs.setChecked(True)
    schedule.table.item(0, 2).setText("10.00")  # interest of the first installment
    assert "differ" in schedule.differences.text()
    next_page(wizard)  # preview
    assert "APR" in wizard.page_preview.summary.text()
    finish(wizard)

    (loan,) = repository.select(vault.db, Loan)
    assert (loan.principal, loan.rate_percent, loan.method) == (2_000_000, Decimal("0.05"),
                                                                Method.daily)
    assert repository.get(vault.db, Platform, loan.platform_id).name == "微粒贷"
    plan = loans.active_plan(vault.db, loan.id or 0)
    assert plan is not None
    assert loans.installments_of(vault.db, plan.id or 0)[0].interest == 1_000


def test_cancelling_saves_nothing(qtbot, vault: Vault, dialogs) -> None:  # noqa: ANN001
    before = counts(vault)
    wizard = open_wizard(qtbot, vault)
    wizard.page_lender.platform.setCurrentIndex(1)
    next_page(wizard)
    qtbot.keyClicks(wizard.page_amount.principal, "1000")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert counts(vault) == before


def test_an_upfront_fee_shows_what_was_received_and_warns(qtbot, vault: Vault, dialogs) -> None:  # noqa: ANN001
    wizard = open_wizard(qtbot, vault)
    wizard.page_lender.platform.setCurrentIndex(wizard.page_lender.platform.findText("借呗"))
    next_page(wizard)
    amount = wizard.page_amount
    qtbot.keyClicks(amount.principal, "10000")
    qtbot.keyClicks(amount.fee, "1000")
    qtbot.keyClicks(amount.rate.percent, "18")
    assert "9,000.00" in amount.form.hints["upfront_fee"].text()
    for _ in range(4):
        next_page(wizard)
    assert "砍头息" in wizard.page_preview.warnings.text()
    assert wizard.page_preview.disclaimer.isVisibleTo(wizard)
