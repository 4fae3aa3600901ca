"""The log-a-contact wizard and its scam check."""

from __future__ import annotations

from tests.ui.wizard_helpers import OVERDUE, can_go_on, counts, finish, shown
from ui.wizards.log_contact import LogContactWizard
from vault import repository
from vault.records import Contact, Counterpart
from vault.store import Vault


def test_a_scam_call_is_flagged_then_logged(qtbot, demo: Vault, dialogs) -> None:  # noqa: ANN001
    before = len(repository.select(demo.db, Contact))
    wizard = shown(qtbot, LogContactWizard(demo, loan_id=OVERDUE))
    form = wizard.page_contact.contact
    assert not can_go_on(wizard)  # what was asked is required
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
    finish(wizard)
    logged = repository.select(demo.db, Contact)
    assert len(logged) == before + 1
    assert logged[-1].who == "+63 912 345 6789" and logged[-1].loan_id == OVERDUE


def test_cancelling_saves_nothing(qtbot, demo: Vault, dialogs) -> None:  # noqa: ANN001
    before = counts(demo)
    wizard = shown(qtbot, LogContactWizard(demo))
    wizard.page_contact.contact.asked.setPlainText("询问账单")
    wizard.reject()
    assert counts(demo) == before
