"""The negotiation wizard on the demo vault: budget, request, plan, letter, log, outcome."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tests.ui.wizard_helpers import (
    NEGOTIATING,
    OVERDUE,
    can_go_on,
    counts,
    finish,
    next_page,
    shown,
)
from ui.wizards.negotiate import NegotiateWizard
from vault import loans, repository
from vault.flows.negotiation import Hardship, Outcome, Request
from vault.records import Contact, Loan, LoanStatus, PlanKind
from vault.store import Vault


def open_wizard(qtbot, vault: Vault, loan_id: int) -> NegotiateWizard:  # noqa: ANN001
    return shown(qtbot, NegotiateWizard(vault, loan_id=loan_id))


def fill_to_outcome(qtbot, wizard: NegotiateWizard, dialogs, tmp_path: Path) -> None:  # noqa: ANN001
    assess, request, proposal, letter, contacts, _outcome = wizard.pages
    assert not can_go_on(wizard)
    qtbot.keyClicks(assess.income, "6000")
    qtbot.keyClicks(assess.spending, "7000")
    assert "¥0.00" in assess.affordable.text()
    assess.spending.setText("4500")
    assert "1,500.00" in assess.affordable.text()
    next_page(wizard)

    request.request.buttons[Request.reduction].setChecked(True)
    request.reasons.setPlainText("三月失业，六月起有兼职")
    assert not can_go_on(wizard)
    assert request.form.errors["hardships"].isVisible()
    request.hardship_boxes[Hardship.job_loss].setChecked(True)
    assert "Termination letter" in request.proofs.text()
    assert can_go_on(wizard)
    next_page(wizard)

    assert proposal.amount.value() == 150_000  # prefilled with what is affordable
    assert not can_go_on(wizard)  # the first payment date is still empty
    proposal.first_due.set_value(date.today() + timedelta(days=20))
    proposal.amount.set_value(160_000)
    assert "more than you can afford" in proposal.notes.text()
    proposal.amount.set_value(150_000)
    assert proposal.table.model().rowCount() > 0
    next_page(wizard)

    letter.name.setText("张伟")
    letter.phone.setText("13800000000")
    dialogs.save_as = str(tmp_path / "letter.pdf")
    letter.write_button.click()
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
    next_page(wizard)

    contacts.contact.asked.setPlainText("通过官方客服提交协商申请")
    contacts.contact.who.setText("客服 工号 J2048")
    contacts.add_button.click()
    assert contacts.logged.count() == 1
    next_page(wizard)


def test_a_refusal_is_logged_with_its_next_step(
    qtbot, demo: Vault, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    before = len(repository.select(demo.db, Contact, "loan_id = ?", (NEGOTIATING,)))
    wizard = open_wizard(qtbot, demo, NEGOTIATING)
    fill_to_outcome(qtbot, wizard, dialogs, tmp_path)
    outcome = wizard.pages[-1]
    outcome.outcome.buttons[Outcome.refused].setChecked(True)
    assert not can_go_on(wizard)
    assert outcome.next_form.errors["next_step"].isVisible()
    outcome.next_step.setCurrentIndex(1)
    assert can_go_on(wizard)
    finish(wizard)
    logged = repository.select(demo.db, Contact, "loan_id = ?", (NEGOTIATING,))
    assert len(logged) == before + 2
    assert logged[-1].outcome == "refused" and logged[-1].next_step_on is not None
    assert "regulator" in logged[-1].next_step
    assert repository.get(demo.db, Loan, NEGOTIATING).status is not LoanStatus.negotiating


def test_an_agreed_plan_supersedes_the_old_one(
    qtbot, demo: Vault, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    wizard = open_wizard(qtbot, demo, OVERDUE)
    fill_to_outcome(qtbot, wizard, dialogs, tmp_path)
    outcome = wizard.pages[-1]
    outcome.outcome.buttons[Outcome.agreed].setChecked(True)
    outcome.rate.percent.setText("0")
    outcome.agreed_periods.setValue(10)
    assert outcome.table.model().rowCount() == 10
    finish(wizard)
    plans = loans.plans_of(demo.db, OVERDUE)
    assert [p.kind for p in plans][-1] is PlanKind.reduction and plans[-1].active
    assert repository.get(demo.db, Loan, OVERDUE).status is LoanStatus.restructured


def test_cancelling_saves_nothing(qtbot, demo: Vault, dialogs) -> None:  # noqa: ANN001
    before = counts(demo)
    wizard = open_wizard(qtbot, demo, OVERDUE)
    wizard.pages[0].income.setText("5000")
    wizard.reject()
    assert counts(demo) == before
