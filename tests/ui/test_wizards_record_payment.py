"""The record-a-repayment wizard on the demo vault."""

from __future__ import annotations

from pathlib import Path

from tests.ui.wizard_helpers import (
    OVERDUE,
    can_go_on,
    counts,
    finish,
    next_page,
    png,
    shown,
)
from ui.wizards.record_payment import RecordPaymentWizard
from vault import attachments, repository
from vault.records import DocumentKind, Loan, LoanStatus, Payment
from vault.store import Vault


def open_wizard(qtbot, vault: Vault, loan_id: int | None = OVERDUE) -> RecordPaymentWizard:  # noqa: ANN001
    return shown(qtbot, RecordPaymentWizard(vault, loan_id=loan_id))


def test_paying_the_overdue_installments_to_an_unknown_account(
    qtbot, demo: Vault, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    before = repository.select(demo.db, Payment, "loan_id = ?", (OVERDUE,))
    wizard = open_wizard(qtbot, demo)
    details = wizard.page_details
    ticked = details.chosen()
    assert ticked == [2, 3]  # the two overdue installments, prefilled
    expected = details.amount.value()
    assert expected is not None and expected > 0
    details.amount.setText("12.345")
    assert not can_go_on(wizard)
    assert details.form.errors["amount"].isVisible()
    details.amount.setText("")
    details.amount.set_value(expected)
    assert can_go_on(wizard)
    next_page(wizard)

    payee = wizard.page_payee
    assert payee.payee.currentText() == "重庆美团三快小额贷款有限公司（以合同为准）"
    assert not payee.warning.isVisible()
    payee.payee.setEditText("张三 6222 0000 1111")
    assert payee.warning.isVisible() and "scam" in payee.warning.text()
    assert payee.remember.isVisible()
    dialogs.files = [str(png(tmp_path))]
    payee.receipts.add_button.click()
    assert payee.receipts.list.count() == 1
    next_page(wizard)
    allocation = wizard.page_allocation
    assert allocation.table.rowCount() == 2
    assert "0 " in allocation.summary.text() or "→ 0" in allocation.summary.text()
    wizard.back()
    assert payee.payee.currentText() == "张三 6222 0000 1111"
    next_page(wizard)
    finish(wizard)

    after = repository.select(demo.db, Payment, "loan_id = ?", (OVERDUE,))
    assert len(after) == len(before) + 1
    new = after[-1]
    assert (new.amount, new.payee_known) == (expected, False)
    docs = attachments.attachments_of(demo.db, "payment", new.id or 0)
    assert [d.kind for d in docs] == [DocumentKind.receipt]
    assert repository.get(demo.db, Loan, OVERDUE).status is LoanStatus.active


def test_without_a_loan_nothing_can_be_recorded_and_cancel_saves_nothing(
    qtbot, demo: Vault, dialogs  # noqa: ANN001
) -> None:
    before = counts(demo)
    wizard = open_wizard(qtbot, demo, loan_id=None)
    assert not can_go_on(wizard)
    wizard.page_details.loan.setCurrentIndex(1)
    assert can_go_on(wizard)
    wizard.reject()
    assert counts(demo) == before


def test_a_save_error_keeps_the_wizard_open_and_saves_nothing(
    qtbot, demo: Vault, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    before = counts(demo)
    wizard = open_wizard(qtbot, demo)
    next_page(wizard)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    dialogs.files = [str(empty)]
    wizard.page_payee.receipts.add_button.click()
    next_page(wizard)
    finish(wizard)
    assert [e.key for e in dialogs.errors] == ["attachment.empty"]
    assert wizard.isVisible()
    assert counts(demo) == before
