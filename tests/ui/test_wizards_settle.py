"""The settle-and-close-out wizard on the demo vault's settled loan."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tests.ui.wizard_helpers import (
    SETTLED,
    can_go_on,
    counts,
    finish,
    follow_up_texts,
    next_page,
    run_form,
    run_modal,
    shown,
    window_on,
)
from ui.wizards.log_contact import LogContactWizard
from ui.wizards.settle import SettleWizard
from vault import attachments, repository
from vault.flows.settlement import CLOSE_OUT, Certificate
from vault.records import (
    Contact,
    Counterpart,
    CreditCheck,
    DocumentKind,
    Loan,
    LoanStatus,
    Milestone,
)
from vault.store import Vault


def open_wizard(qtbot, vault: Vault) -> SettleWizard:  # noqa: ANN001
    return shown(qtbot, SettleWizard(vault, loan_id=SETTLED))


def test_certificate_report_and_close_out_close_the_loan(
    qtbot, demo: Vault, settings, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    """Attach the certificate, answer the report check, go back, tick
    the close-out steps in order; the loan is closed and leaves the overview's to-do list."""
    window = window_on(qtbot, demo, settings)
    board = window.dashboard
    assert board.state_buttons["settled"].text() == "Paid off  1"
    assert board.state_buttons["closed"].text() == "Closed out  1"
    assert any("借呗 · Settlement certificate (结清证明) requested" in t
               for t in follow_up_texts(board))

    def drive(wizard: SettleWizard) -> None:
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
        wizard.back()
        assert certificate.certificate_state.buttons[Certificate.obtained].isChecked()
        assert certificate.certificate.paths == [pdf]
        next_page(wizard)
        assert report.checked.isChecked() and report.result_yes.isChecked()
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

    run_form(qtbot, window, SettleWizard, "settle", SETTLED, drive=drive)

    assert repository.get(demo.db, Loan, SETTLED).status is LoanStatus.closed
    (check,) = repository.select(demo.db, CreditCheck, "loan_id = ?", (SETTLED,))
    assert check.shows_settled is True and check.checked_on == date.today()
    (kept,) = repository.select(demo.db, Milestone, "loan_id = ? AND step = ?",
                                (SETTLED, "certificate_obtained"))
    docs = attachments.attachments_of(demo.db, "milestone", kept.id or 0)
    assert [d.kind for d in docs] == [DocumentKind.settlement_certificate]
    assert board.state_buttons["settled"].text() == "Paid off  0"
    assert board.state_buttons["closed"].text() == "Closed out  2"
    assert not any(t.split("\n")[1].startswith("借呗") for t in follow_up_texts(board))


def test_calls_about_the_certificate_and_the_dispute_are_logged_from_the_checklist(
    qtbot, demo: Vault, settings, dialogs  # noqa: ANN001
) -> None:
    """The certificate page and the dispute step each open the log-a-contact form for this
    loan, on its topic; the contacts are saved and the checklist keeps what was ticked."""
    before = len(repository.select(demo.db, Contact, "loan_id = ?", (SETTLED,)))
    window = window_on(qtbot, demo, settings)

    def certificate_call(form: LogContactWizard) -> None:
        contact = form.page_contact.contact
        assert form.page_contact.loan.currentData() == SETTLED
        assert contact.counterpart.currentData() == Counterpart.platform
        assert contact.asked.toPlainText().startswith("About the settlement certificate")
        contact.asked.appendPlainText("客服说 3 个工作日内发到邮箱")
        contact.who.setText("支付宝客服 工号 A7")
        finish(form)

    def dispute_call(form: LogContactWizard) -> None:
        contact = form.page_contact.contact
        assert contact.asked.toPlainText().startswith("About the dispute (异议)")
        contact.next_step.setText("十天后致电询问异议进度")
        contact.next_step_on.set_value(date.today() - timedelta(days=1))
        assert not can_go_on(form)  # a follow-up before the contact
        assert contact.form.errors["next_step_on"].isVisible()
        contact.next_step_on.set_value(date.today() + timedelta(days=10))
        finish(form)

    def drive(wizard: SettleWizard) -> None:
        next_page(wizard)
        certificate = wizard.currentPage()
        assert certificate.log_contact.button.text() == (
            "Log a call or message about the certificate…")
        run_modal(LogContactWizard, certificate.log_contact.button.click, certificate_call)
        assert certificate.certificate_state.buttons[Certificate.requested].isChecked()
        next_page(wizard)
        report = wizard.currentPage()
        assert not report.log_contact.isVisibleTo(wizard)
        report.checked.setChecked(True)
        report.result_no.setChecked(True)
        assert report.log_contact.isVisible()
        report.dispute.done.setChecked(True)
        run_modal(LogContactWizard, report.log_contact.button.click, dispute_call)
        assert "(2 from this form)" in report.log_contact.logged.text()
        assert report.result_no.isChecked() and report.dispute.done.isChecked()
        wizard.back()
        assert certificate.certificate_state.buttons[Certificate.requested].isChecked()
        for _ in range(3):
            next_page(wizard)
        finish(wizard)

    board = run_form(qtbot, window, SettleWizard, "settle", SETTLED, drive=drive)

    logged = repository.select(demo.db, Contact, "loan_id = ?", (SETTLED,), order_by="id")
    assert len(logged) == before + 2
    assert "3 个工作日" in logged[-2].asked and logged[-2].who == "支付宝客服 工号 A7"
    assert logged[-1].next_step_on == date.today() + timedelta(days=10)
    assert stored_step(demo, "dispute_filed").done_on == date.today()
    (check,) = repository.select(demo.db, CreditCheck, "loan_id = ?", (SETTLED,))
    assert check.shows_settled is False
    assert any("借呗 · Next step: 十天后致电询问异议进度" in t for t in follow_up_texts(board))


def test_cancelling_saves_nothing(qtbot, demo: Vault, dialogs) -> None:  # noqa: ANN001
    before = counts(demo)
    wizard = open_wizard(qtbot, demo)
    next_page(wizard)
    wizard.currentPage().certificate_state.buttons[Certificate.obtained].setChecked(True)
    wizard.reject()
    assert counts(demo) == before


def pages(wizard: SettleWizard, count: int) -> SettleWizard:
    for _ in range(count):
        next_page(wizard)
    return wizard


def stored_step(vault: Vault, key: str) -> Milestone | None:
    found = repository.select(vault.db, Milestone, "loan_id = ? AND step = ?", (SETTLED, key))
    return found[0] if found else None


def close_everything(qtbot, vault: Vault) -> None:  # noqa: ANN001
    wizard = pages(open_wizard(qtbot, vault), 1)
    wizard.currentPage().certificate_state.buttons[Certificate.obtained].setChecked(True)
    next_page(wizard)
    report = wizard.currentPage()
    report.checked.setChecked(True)
    report.result_yes.setChecked(True)
    next_page(wizard)
    for key in CLOSE_OUT:
        wizard.currentPage().rows[key].done.setChecked(True)
    next_page(wizard)
    finish(wizard)


def test_an_unticked_step_is_saved_as_not_done_and_the_status_follows(
    qtbot, demo: Vault, dialogs  # noqa: ANN001
) -> None:
    """Tick, finish, reopen, untick, finish, reopen: the step shows unticked, is stored as
    not done, and the loan is settled again rather than closed."""
    close_everything(qtbot, demo)
    assert repository.get(demo.db, Loan, SETTLED).status is LoanStatus.closed

    wizard = pages(open_wizard(qtbot, demo), 3)
    row = wizard.currentPage().rows["credit_line_closed"]
    assert row.done.isChecked()
    wizard.currentPage().rows["app_uninstalled"].done.setChecked(False)
    row.done.setChecked(False)
    next_page(wizard)
    assert "Settled" in wizard.currentPage().status.text()
    finish(wizard)

    assert repository.get(demo.db, Loan, SETTLED).status is LoanStatus.settled
    assert stored_step(demo, "credit_line_closed") is None
    assert stored_step(demo, "app_uninstalled") is None
    assert stored_step(demo, "card_unbound").done_on == date.today()  # untouched: still done
    wizard = pages(open_wizard(qtbot, demo), 3)
    close_out = wizard.currentPage()
    assert not close_out.rows["credit_line_closed"].done.isChecked()
    assert not close_out.rows["app_uninstalled"].done.isChecked()
    assert close_out.rows["card_unbound"].done.isChecked()


def test_going_back_from_having_the_certificate_to_waiting_for_it_is_saved(
    qtbot, demo: Vault, dialogs  # noqa: ANN001
) -> None:
    wizard = pages(open_wizard(qtbot, demo), 1)
    wizard.currentPage().certificate_state.buttons[Certificate.obtained].setChecked(True)
    pages(wizard, 3)
    finish(wizard)
    assert stored_step(demo, "certificate_obtained").done_on is not None

    wizard = pages(open_wizard(qtbot, demo), 1)
    certificate = wizard.currentPage()
    assert certificate.certificate_state.buttons[Certificate.obtained].isChecked()
    certificate.certificate_state.buttons[Certificate.requested].setChecked(True)
    pages(wizard, 3)
    finish(wizard)

    assert stored_step(demo, "certificate_obtained") is None
    assert stored_step(demo, "certificate_requested").done_on is not None
    wizard = pages(open_wizard(qtbot, demo), 1)
    certificate = wizard.currentPage()
    assert certificate.certificate_state.buttons[Certificate.requested].isChecked()


def test_a_certificate_already_kept_is_not_asked_for_again(
    qtbot, demo: Vault, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    wizard = pages(open_wizard(qtbot, demo), 1)
    certificate = wizard.currentPage()
    certificate.certificate_state.buttons[Certificate.obtained].setChecked(True)
    assert certificate.attach_note.isVisible()
    pdf = tmp_path / "结清证明.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    dialogs.files = [str(pdf)]
    certificate.certificate.add_button.click()
    pages(wizard, 3)
    finish(wizard)

    wizard = pages(open_wizard(qtbot, demo), 1)
    certificate = wizard.currentPage()
    assert certificate.certificate_state.buttons[Certificate.obtained].isChecked()
    assert not certificate.certificate.paths
    assert not certificate.attach_note.isVisible()
    assert "already kept" in certificate.form.hints["certificate_file"].text()
