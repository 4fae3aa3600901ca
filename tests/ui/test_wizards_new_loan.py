"""The new-loan wizard, driven end to end on a real vault."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.ui.wizard_helpers import (
    can_go_on,
    counts,
    finish,
    next_page,
    run_form,
    shown,
    window_on,
)
from ui.wizards.new_loan import LenderSchedulePage, NewLoanWizard
from vault import loans, repository
from vault.records import Account, AccountKind, Loan, Platform
from vault.schedule import Method, RateKind
from vault.store import Vault


def open_wizard(qtbot, vault: Vault) -> NewLoanWizard:  # noqa: ANN001
    return shown(qtbot, NewLoanWizard(vault))


def test_a_loan_is_filled_checked_fixed_and_saved(
    qtbot, vault: Vault, settings, dialogs  # noqa: ANN001
) -> None:
    """From the menu on an empty vault: fix the amount, go back, finish; the loan is saved
    and the overview shows it."""
    window = window_on(qtbot, vault, settings)
    board = window.dashboard
    assert board.outstanding.value.text() == "¥0.00"
    assert board.waiting.isVisibleTo(board)

    def drive(wizard: NewLoanWizard) -> None:
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

    run_form(qtbot, window, NewLoanWizard, "new_loan", drive=drive)

    (loan,) = repository.select(vault.db, Loan)
    assert (loan.principal, loan.rate_percent, loan.method) == (2_000_000, Decimal("0.05"),
                                                                Method.daily)
    assert repository.get(vault.db, Platform, loan.platform_id).name == "微粒贷"
    plan = loans.active_plan(vault.db, loan.id or 0)
    assert plan is not None
    assert loans.installments_of(vault.db, plan.id or 0)[0].interest == 1_000
    assert board.outstanding.value.text() == "¥20,000.00"
    assert board.outstanding.detail.text().startswith("on 1 open loan")
    assert board.state_buttons["active"].text() == "Repaying  1"
    assert not board.waiting.isVisibleTo(board)


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


def recorded_lender(vault: Vault) -> tuple[int, int]:
    """微粒贷 recorded before, with a payee account remembered for it; and one own card."""
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(
            name="微粒贷", lender_entity="深圳前海微众银行股份有限公司", hotline="95384"))
        assert platform.id is not None
        repository.insert(db, Account(kind=AccountKind.bank_card, label="微众对公还款户",
                                      number="7000123", platform_id=platform.id))
        own = repository.insert(db, Account(kind=AccountKind.bank_card, label="招商银行储蓄卡",
                                            number="6214830123456789"))
    assert own.id is not None
    return platform.id, own.id


def fill_terms(qtbot, wizard: NewLoanWizard, principal: str = "12000") -> None:  # noqa: ANN001
    amount = wizard.page_amount
    qtbot.keyClicks(amount.principal, principal)
    qtbot.keyClicks(amount.rate.percent, "12")


def test_the_contract_number_is_kept_with_a_recorded_lender(
    qtbot, vault: Vault, dialogs  # noqa: ANN001
) -> None:
    platform_id, _own = recorded_lender(vault)
    wizard = open_wizard(qtbot, vault)
    lender = wizard.page_lender
    lender.platform.setCurrentIndex(next(
        i for i in range(lender.platform.count())
        if lender.platform.itemData(i) == ("platform", platform_id)))
    assert not lender.name.isEnabled()  # the recorded lender, as recorded
    qtbot.keyClicks(lender.contract_no, "WLD-2026-0042")
    next_page(wizard)
    fill_terms(qtbot, wizard)
    for _ in range(4):
        next_page(wizard)
    finish(wizard)
    (loan,) = repository.select(vault.db, Loan)
    assert (loan.platform_id, loan.contract_no) == (platform_id, "WLD-2026-0042")


def test_choosing_the_preset_of_a_recorded_lender_adds_the_loan_to_it(
    qtbot, vault: Vault, dialogs  # noqa: ANN001
) -> None:
    platform_id, _own = recorded_lender(vault)
    wizard = open_wizard(qtbot, vault)
    lender = wizard.page_lender
    lender.platform.setCurrentIndex(lender.platform.findText("微粒贷"))  # the preset, first
    assert lender.platform.currentData() == ("preset", "weilidai")
    assert "already in your records" in lender.form.hints["platform"].text()
    next_page(wizard)
    fill_terms(qtbot, wizard)
    for _ in range(4):
        next_page(wizard)
    finish(wizard)
    (loan,) = repository.select(vault.db, Loan)
    assert loan.platform_id == platform_id
    assert [p.name for p in repository.select(vault.db, Platform)] == ["微粒贷"]


def test_the_account_page_lists_only_the_users_own_accounts(
    qtbot, vault: Vault, dialogs  # noqa: ANN001
) -> None:
    _platform_id, own = recorded_lender(vault)
    wizard = open_wizard(qtbot, vault)
    wizard.page_lender.platform.setCurrentIndex(wizard.page_lender.platform.findText("借呗"))
    next_page(wizard)
    fill_terms(qtbot, wizard)
    next_page(wizard)
    next_page(wizard)
    accounts = wizard.page_account.existing
    listed = [accounts.itemText(i) for i in range(accounts.count())]
    assert listed == ["招商银行储蓄卡 **** 6789"]
    assert wizard.page_account.existing_mode.isChecked()
    next_page(wizard)
    next_page(wizard)
    finish(wizard)
    (loan,) = repository.select(vault.db, Loan)
    assert loan.account_id == own


def type_lender_schedule(qtbot, wizard: NewLoanWizard) -> LenderSchedulePage:  # noqa: ANN001
    wizard.page_lender.platform.setCurrentIndex(wizard.page_lender.platform.findText("借呗"))
    next_page(wizard)
    fill_terms(qtbot, wizard)
    wizard.page_amount.rate.percent.clear()
    qtbot.keyClicks(wizard.page_amount.rate.percent, "0")
    next_page(wizard)
    wizard.page_repayment.term.setValue(3)
    wizard.page_repayment.method.setCurrentIndex(
        wizard.page_repayment.method.findData(Method.equal_principal))
    next_page(wizard)
    next_page(wizard)
    schedule = wizard.page_schedule
    schedule.theirs.setChecked(True)
    assert can_go_on(wizard)
    return schedule


@pytest.mark.parametrize(
    ("row", "column", "typed", "words"),
    [
        (0, 3, "1000000000000", "Row 1, fees: This amount is too large"),
        (1, 2, "-5.00", "Row 2, interest: An amount cannot be negative"),
        (2, 1, "4OOO", "Row 3, principal: This is not an amount"),
        (1, 0, "2026-02-30", "Row 2, due date: This is not a real date"),
    ],
)
def test_a_wrong_cell_in_the_lenders_schedule_is_named_and_stops_the_form(
    qtbot, vault: Vault, dialogs, row: int, column: int, typed: str, words: str  # noqa: ANN001
) -> None:
    wizard = open_wizard(qtbot, vault)
    schedule = type_lender_schedule(qtbot, wizard)
    was = schedule.table.item(row, column).text()
    schedule.table.item(row, column).setText(typed)
    assert schedule.error.isVisibleTo(wizard)
    assert words in schedule.error.text()
    assert not can_go_on(wizard)
    assert not dialogs.errors
    schedule.table.item(row, column).setText(was)
    assert not schedule.error.isVisibleTo(wizard)
    assert can_go_on(wizard)


def test_the_penalty_rate_counts_days_like_the_loan_and_is_saved_so(
    qtbot, vault: Vault, dialogs  # noqa: ANN001
) -> None:
    wizard = open_wizard(qtbot, vault)
    wizard.page_lender.platform.setCurrentIndex(wizard.page_lender.platform.findText("借呗"))
    next_page(wizard)
    amount = wizard.page_amount
    qtbot.keyClicks(amount.principal, "10000")
    amount.rate.kind.setCurrentIndex(amount.rate.kind.findData(RateKind.daily))
    amount.rate.basis.setCurrentIndex(amount.rate.basis.findData(365))
    qtbot.keyClicks(amount.rate.percent, "0.04")
    next_page(wizard)
    penalty = wizard.page_repayment.penalty
    penalty.kind.setCurrentIndex(penalty.kind.findData(RateKind.daily))
    qtbot.keyClicks(penalty.percent, "0.06")
    assert penalty.basis.isVisibleTo(wizard) and not penalty.basis.isEnabled()
    assert penalty.basis.currentData() == 365
    assert "365 days a year" in wizard.page_repayment.form.hints["penalty_rate_percent"].text()
    wizard.back()  # the loan's basis changed: the penalty's follows
    amount.rate.basis.setCurrentIndex(amount.rate.basis.findData(360))
    next_page(wizard)
    assert penalty.basis.currentData() == 360
    for _ in range(3):
        next_page(wizard)
    finish(wizard)
    (loan,) = repository.select(vault.db, Loan)
    assert (loan.day_basis, loan.penalty_rate_kind, loan.penalty_rate_percent) == (
        360, RateKind.daily, Decimal("0.06"))
