"""The settle-and-close-out wizard on the demo vault's settled loan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.ui.wizard_helpers import (
    SETTLED,
    can_go_on,
    counts,
    finish,
    next_page,
    shown,
)
from ui.wizards.settle import SettleWizard
from vault import attachments, repository
from vault.flows.settlement import CLOSE_OUT, Certificate
from vault.records import CreditCheck, DocumentKind, Loan, LoanStatus, Milestone
from vault.store import Vault


def open_wizard(qtbot, vault: Vault) -> SettleWizard:  # noqa: ANN001
    return shown(qtbot, SettleWizard(vault, loan_id=SETTLED))


def test_certificate_report_and_close_out_close_the_loan(
    qtbot, demo: Vault, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    wizard = open_wizard(qtbot, demo)
    confirm = wizard.currentPage()
    assert confirm.rows["confirmed_settled"].done.isChecked()  # stored by the demo
    assert "paid this loan off" in confirm.status.text()
    next_page(wizard)

    certificate = wizard.currentPage()
    assert certificate.certificate_state.buttons[Certificate.requested].isChecked()
    certificate.certificate_state.buttons[Certificate.obtained].setChecked(True)
    assert certificate.attach_note.isVisible()
    pdf = tmp_path / "结清证明.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    dialogs.files = [str(pdf)]
    certificate.certificate.add_button.click()
    assert not certificate.attach_note.isVisible()
    next_page(wizard)

    report = wizard.currentPage()
    report.checked.setChecked(True)
    assert not can_go_on(wizard)  # yes or no?
    assert report.form.errors["credit_check.shows_settled"].isVisible()
    report.result_no.setChecked(True)
    assert report.dispute.isVisible() and "20 days" in report.wrong.text()
    report.result_yes.setChecked(True)
    assert not report.dispute.isVisible()
    next_page(wizard)

    close_out = wizard.currentPage()
    close_out.rows["app_uninstalled"].done.setChecked(True)
    assert not can_go_on(wizard)
    assert "closes nothing" in close_out.rows["app_uninstalled"].error.text()
    for key in CLOSE_OUT:
        close_out.rows[key].done.setChecked(True)
    assert can_go_on(wizard)
    next_page(wizard)
    assert "Closed" in wizard.currentPage().status.text()
    finish(wizard)

    assert repository.get(demo.db, Loan, SETTLED).status is LoanStatus.closed
    (check,) = repository.select(demo.db, CreditCheck, "loan_id = ?", (SETTLED,))
    assert check.shows_settled is True and check.checked_on == date.today()
    (kept,) = repository.select(demo.db, Milestone, "loan_id = ? AND step = ?",
                                (SETTLED, "certificate_obtained"))
    docs = attachments.attachments_of(demo.db, "milestone", kept.id or 0)
    assert [d.kind for d in docs] == [DocumentKind.settlement_certificate]


def test_cancelling_saves_nothing(qtbot, demo: Vault, dialogs) -> None:  # noqa: ANN001
    before = counts(demo)
    wizard = open_wizard(qtbot, demo)
    next_page(wizard)
    wizard.currentPage().certificate_state.buttons[Certificate.obtained].setChecked(True)
    wizard.reject()
    assert counts(demo) == before
