"""The record-a-repayment wizard on the demo vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.ui.wizard_helpers import (
    OVERDUE,
    can_go_on,
    counts,
    finish,
    follow_up_texts,
    next_page,
    png,
    run_form,
    run_modal,
    shown,
    window_on,
)
from ui.wizards.log_contact import LogContactWizard
from ui.wizards.record_payment import RecordPaymentWizard
from vault import attachments, repository
from vault.money import format_fen
from vault.records import Contact, Counterpart, DocumentKind, Loan, LoanStatus, Payment
from vault.store import Vault


def open_wizard(qtbot, vault: Vault, loan_id: int | None = OVERDUE) -> RecordPaymentWizard:  # noqa: ANN001
    return shown(qtbot, RecordPaymentWizard(vault, loan_id=loan_id))


def test_paying_the_overdue_installments_to_an_unknown_account(
    qtbot, demo: Vault, settings, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    """From the menu: fix the amount, warn about the payee, go back, finish; the payment is
    saved and the overview no longer counts this loan's installments as overdue."""
    before = repository.select(demo.db, Payment, "loan_id = ?", (OVERDUE,))
    window = window_on(qtbot, demo, settings)
    assert window.dashboard.overdue.detail.text() == "4 installments overdue; on 2 loans"
    assert window.dashboard.state_buttons["overdue"].text() == "Overdue  1"
    outstanding = window.dashboard.figures.total_outstanding  # type: ignore[union-attr]
    expected: list[int] = []

    def drive(wizard: RecordPaymentWizard) -> None:
        details = wizard.page_details
        ticked = details.chosen()
        assert ticked == [2, 3]  # the two overdue installments, prefilled
        amount = details.amount.value()
        assert amount is not None and amount > 0
        expected.append(amount)
        details.amount.setText("12.345")
        assert not can_go_on(wizard)
        assert details.form.errors["amount"].isVisible()
        details.amount.setText("")
        details.amount.set_value(amount)
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
        assert payee.receipts.list.count() == 1
        wizard.back()
        assert details.chosen() == [2, 3] and details.amount.value() == amount
        next_page(wizard)
        next_page(wizard)
        finish(wizard)

    dashboard = run_form(qtbot, window, RecordPaymentWizard, "record_payment", OVERDUE,
                         drive=drive)

    after = repository.select(demo.db, Payment, "loan_id = ?", (OVERDUE,))
    assert len(after) == len(before) + 1
    new = after[-1]
    assert (new.amount, new.payee_known) == (expected[0], False)
    docs = attachments.attachments_of(demo.db, "payment", new.id or 0)
    assert [d.kind for d in docs] == [DocumentKind.receipt]
    assert repository.get(demo.db, Loan, OVERDUE).status is LoanStatus.active
    assert dashboard.overdue.detail.text() == "2 installments overdue; on 1 loan"
    assert dashboard.state_buttons["overdue"].text() == "Overdue  0"
    assert dashboard.state_buttons["active"].text() == "Repaying  3"
    now = dashboard.figures.total_outstanding  # type: ignore[union-attr]
    assert 0 < outstanding - now < expected[0]  # the principal part of the payment
    assert dashboard.outstanding.value.text() == "¥" + format_fen(now)


def test_a_call_about_the_payee_is_logged_over_the_form_and_the_form_carries_on(
    qtbot, demo: Vault, settings, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    """“Log a call or message about this payment…” on the payee page opens the log-a-contact
    form for the same loan; its contact is saved at once, the payment form keeps what was
    typed, and cancelling the payment afterwards keeps the contact (and refreshes the
    overview's follow-ups)."""
    payments = len(repository.select(demo.db, Payment))
    window = window_on(qtbot, demo, settings)
    assert "Next step: 拨打官方客服核实欠款金额" in follow_up_texts(window.dashboard)[0]

    def log_the_call(form: LogContactWizard) -> None:
        page = form.page_contact
        assert page.loan.currentData() == OVERDUE
        contact = page.contact
        assert contact.counterpart.currentData() == Counterpart.platform
        assert contact.asked.toPlainText() == "About paying into 张三 6222 0000 1111: "
        contact.asked.setPlainText("")
        assert not can_go_on(form)
        assert contact.form.errors["asked"].isVisible()
        contact.asked.setPlainText("短信让我还款到 张三 6222 0000 1111，说是对公账户")
        contact.caller_id.setText("+63 912 345 6789")
        assert "High risk" in contact.scam.text()
        contact.next_step.setText("拨打官方客服 95188 核实收款账户")
        contact.next_step_on.set_value(date.today())
        finish(form)

    def drive(wizard: RecordPaymentWizard) -> None:
        amount = wizard.page_details.amount.value()
        next_page(wizard)
        payee = wizard.page_payee
        payee.payee.setEditText("张三 6222 0000 1111")
        payee.reference.setText("TX-0042")
        assert payee.log_contact.isVisible() and not payee.log_contact.logged.isVisible()
        assert payee.log_contact.button.text() == "Log a call or message about this payment…"
        run_modal(LogContactWizard, payee.log_contact.button.click, log_the_call)
        assert wizard.isVisible() and wizard.currentPage() is payee
        assert payee.log_contact.logged.isVisible()
        assert "(1 from this form)" in payee.log_contact.logged.text()
        assert payee.payee.currentText() == "张三 6222 0000 1111"
        assert payee.reference.text() == "TX-0042" and payee.warning.isVisible()
        assert wizard.draft.payee == "张三 6222 0000 1111"
        wizard.back()
        assert wizard.page_details.amount.value() == amount
        next_page(wizard)
        assert payee.reference.text() == "TX-0042"
        wizard.reject()  # the payee looks wrong: pay nothing today

    dashboard = run_form(qtbot, window, RecordPaymentWizard, "record_payment", OVERDUE,
                         drive=drive)

    assert len(repository.select(demo.db, Payment)) == payments
    logged = repository.select(demo.db, Contact, "loan_id = ?", (OVERDUE,),
                               order_by="id DESC")[0]
    assert logged.asked.startswith("短信让我还款到") and logged.who == "+63 912 345 6789"
    assert logged.counterpart is Counterpart.platform
    assert "Next step: 拨打官方客服 95188 核实收款账户" in follow_up_texts(dashboard)[0]
    assert all("拨打官方客服核实欠款金额" not in t for t in follow_up_texts(dashboard))


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
