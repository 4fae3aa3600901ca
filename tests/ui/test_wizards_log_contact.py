"""The log-a-contact wizard and its scam check."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from tests.ui.wizard_helpers import (
    OVERDUE,
    can_go_on,
    counts,
    finish,
    follow_up_texts,
    run_form,
    shown,
    window_on,
)
from ui.wizards.log_contact import LogContactWizard
from vault import repository
from vault.records import Contact, Counterpart
from vault.store import Vault


def test_a_scam_call_is_flagged_then_logged(
    qtbot, demo: Vault, settings, dialogs  # noqa: ANN001
) -> None:
    """From the menu: flag the scam signs, fix the next step, finish; the contact is saved
    and its next step replaces the loan's follow-up on the overview.

    The form is one page (no Back); going back with a contact logged from another form is
    in the record-payment and settle tests."""
    before = len(repository.select(demo.db, Contact))
    window = window_on(qtbot, demo, settings)
    assert "美团借钱 · Next step: 拨打官方客服核实欠款金额" in follow_up_texts(window.dashboard)[0]

    def drive(wizard: LogContactWizard) -> None:
        form = wizard.page_contact.contact
        assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
        assert not can_go_on(wizard)  # what was asked is required
        wizard.page_contact.loan.setCurrentIndex(wizard.page_contact.loan.findData(OVERDUE))
        form.counterpart.setCurrentIndex(form.counterpart.findData(Counterpart.collector))
        form.caller_id.setText("+63 912 345 6789")
        assert form.scam.isVisible() and "abroad" in form.scam.text()
        form.asked.setPlainText("说不还钱就影响征信，让我把钱转到安全账户")
        assert "High risk" in form.scam.text() and "safe account" in form.scam.text()
        assert can_go_on(wizard)
        form.next_step.setText("")
        form.next_step_on.set_value(form.happened_on.value())
        assert not can_go_on(wizard)
        assert form.form.errors["next_step"].isVisible()
        form.next_step.setText("拨打官方客服核实")
        assert can_go_on(wizard)
        assert form.caller_id.text() == "+63 912 345 6789"  # fixing one field kept the rest
        finish(wizard)

    dashboard = run_form(qtbot, window, LogContactWizard, "log_contact", None, drive=drive)

    logged = repository.select(demo.db, Contact)
    assert len(logged) == before + 1
    assert logged[-1].who == "+63 912 345 6789" and logged[-1].loan_id == OVERDUE
    assert logged[-1].counterpart is Counterpart.collector
    texts = follow_up_texts(dashboard)
    assert texts[0].endswith("today\n美团借钱 · Next step: 拨打官方客服核实")
    assert all("拨打官方客服核实欠款金额" not in t for t in texts)


def test_cancelling_saves_nothing(qtbot, demo: Vault, dialogs) -> None:  # noqa: ANN001
    before = counts(demo)
    wizard = shown(qtbot, LogContactWizard(demo))
    wizard.page_contact.contact.asked.setPlainText("询问账单")
    wizard.reject()
    assert counts(demo) == before
