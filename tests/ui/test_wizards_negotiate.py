"""The negotiation wizard on the demo vault: budget, request, plan, letter, log, outcome."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from tests.ui.wizard_helpers import (
    NEGOTIATING,
    OVERDUE,
    can_go_on,
    counts,
    finish,
    next_page,
    run_modal,
    shown,
    window_on,
)
from ui.wizards.negotiate import NegotiateWizard
from vault import loans, repository
from vault.flows import new_loan
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
    assert contacts.contact.asked.toPlainText() == "" and not contacts.add_button.isEnabled()
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
    qtbot, demo: Vault, settings, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    """From the loan's button: fill every step (fixing what is missing), go back to check,
    record the agreed plan; the loan is restructured and no longer overdue on the overview."""
    window = window_on(qtbot, demo, settings)
    board = window.dashboard
    assert board.state_buttons["overdue"].text() == "Overdue  1"
    assert board.state_buttons["restructured"].text() == "New plan agreed  1"
    assert board.overdue.detail.text() == "4 installments overdue; on 2 loans"

    def drive(wizard: NegotiateWizard) -> None:
        fill_to_outcome(qtbot, wizard, dialogs, tmp_path)
        _assess, request, proposal, _letter, contacts, outcome = wizard.pages
        wizard.back()
        assert contacts.logged.count() == 1 and len(wizard.draft.contacts) == 1
        wizard.back()
        wizard.back()
        assert proposal.amount.value() == 150_000
        assert request.hardship_boxes[Hardship.job_loss].isChecked()
        for _ in range(3):
            next_page(wizard)
        assert len(wizard.draft.contacts) == 1  # going back logged nothing twice
        outcome.outcome.buttons[Outcome.agreed].setChecked(True)
        outcome.rate.percent.setText("0")
        outcome.agreed_periods.setValue(10)
        assert outcome.table.model().rowCount() == 10
        finish(wizard)

    detail = window.open_loan(OVERDUE)
    assert run_modal(NegotiateWizard, detail.negotiate_button.click, drive) is None
    qtbot.waitUntil(lambda: board.state_buttons["overdue"].text() == "Overdue  0"
                    and not window.feed.busy)

    plans = loans.plans_of(demo.db, OVERDUE)
    assert [p.kind for p in plans][-1] is PlanKind.reduction and plans[-1].active
    assert repository.get(demo.db, Loan, OVERDUE).status is LoanStatus.restructured
    assert board.state_buttons["restructured"].text() == "New plan agreed  2"
    assert board.overdue.detail.text() == "2 installments overdue; on 1 loan"


def test_cancelling_saves_nothing(qtbot, demo: Vault, dialogs) -> None:  # noqa: ANN001
    before = counts(demo)
    wizard = open_wizard(qtbot, demo, OVERDUE)
    wizard.pages[0].income.setText("5000")
    wizard.reject()
    assert counts(demo) == before


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", "")


def to_letter_page(qtbot, wizard: NegotiateWizard) -> None:  # noqa: ANN001
    """Budget, request and proposal filled in; the wizard on the letter page."""
    assess, request, proposal, *_ = wizard.pages
    qtbot.keyClicks(assess.income, "6000")
    qtbot.keyClicks(assess.spending, "4500")
    next_page(wizard)
    request.hardship_boxes[Hardship.job_loss].setChecked(True)
    request.reasons.setPlainText("三月失业，六月起有兼职")
    next_page(wizard)
    proposal.first_due.set_value(date.today() + timedelta(days=20))
    next_page(wizard)


def bank_preset_loan(vault: Vault) -> int:
    """A loan recorded from the bank preset, which leaves the lender entity empty."""
    draft = new_loan.NewLoanDraft()
    new_loan.apply_preset(draft, "bank")
    assert draft.lender_entity == ""
    draft.principal = 2_000_000
    draft.borrowed_on = date.today() - timedelta(days=100)
    draft.rate_percent = Decimal("7.2")
    return new_loan.save(vault, draft)


def test_a_contact_typed_but_not_added_is_kept_on_next(
    qtbot, demo: Vault, dialogs  # noqa: ANN001
) -> None:
    """Filling in the contact and pressing Next (not “Add to the log”) still stores it."""
    before = len(repository.select(demo.db, Contact, "loan_id = ?", (OVERDUE,)))
    wizard = open_wizard(qtbot, demo, OVERDUE)
    to_letter_page(qtbot, wizard)
    next_page(wizard)  # the letter is optional
    contacts = wizard.pages[4]
    contacts.contact.who.setText("客服 工号 J2048")
    assert not can_go_on(wizard)  # half a contact: what was said is still needed
    assert "What was said or asked" in contacts.still_needed.text()
    contacts.contact.asked.setPlainText("电话申请协商分期，客服说三个工作日内回复")
    assert can_go_on(wizard)
    next_page(wizard)
    assert len(wizard.draft.contacts) == 1
    finish(wizard)
    logged = repository.select(demo.db, Contact, "loan_id = ?", (OVERDUE,))
    assert len(logged) == before + 2  # the contact and the pending answer
    assert any(c.asked.startswith("电话申请协商分期") and "J2048" in c.who for c in logged)


def test_going_back_after_next_does_not_log_the_contact_twice(
    qtbot, demo: Vault, dialogs  # noqa: ANN001
) -> None:
    wizard = open_wizard(qtbot, demo, OVERDUE)
    to_letter_page(qtbot, wizard)
    next_page(wizard)
    contacts = wizard.pages[4]
    contacts.contact.asked.setPlainText("在 App 内提交协商申请")
    next_page(wizard)
    wizard.back()
    assert contacts.logged.count() == 1 and contacts.contact.asked.toPlainText() == ""
    next_page(wizard)  # an untouched form adds nothing
    assert len(wizard.draft.contacts) == 1


def test_a_letter_for_a_bank_preset_loan_goes_to_the_platform(
    qtbot, vault: Vault, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    wizard = open_wizard(qtbot, vault, bank_preset_loan(vault))
    to_letter_page(qtbot, wizard)
    letter = wizard.pages[3]
    letter.name.setText("张伟")
    letter.phone.setText("13800000000")
    dialogs.save_as = str(tmp_path / "bank.pdf")
    letter.write_button.click()
    assert dialogs.errors == [] and not letter.problem.isVisible()
    text = text_of(tmp_path / "bank.pdf")
    assert "银行消费贷：" in text and "张伟" in text


def test_the_letter_is_chinese_by_default_and_english_when_chosen(
    qtbot, demo: Vault, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    """The interface is English here; the letter still goes to a Chinese lender in Chinese."""
    wizard = open_wizard(qtbot, demo, OVERDUE)
    to_letter_page(qtbot, wizard)
    letter = wizard.pages[3]
    letter.name.setText("张伟")
    letter.phone.setText("13800000000")
    assert letter.language.currentData() == "zh_CN"
    dialogs.save_as = str(tmp_path / "zh.pdf")
    letter.write_button.click()
    chinese = text_of(tmp_path / "zh.pdf")
    assert "协商还款申请书" in chinese and "解除劳动合同通知书或离职证明" in chinese
    letter.language.setCurrentIndex(letter.language.findData("en"))
    dialogs.save_as = str(tmp_path / "en.pdf")
    letter.write_button.click()
    english = text_of(tmp_path / "en.pdf")
    assert "Application for a negotiated repayment" in english
    assert "Termination letter or proof of leaving the job" in english


def test_a_letter_that_cannot_be_written_names_the_field(
    qtbot, demo: Vault, dialogs, tmp_path: Path  # noqa: ANN001
) -> None:
    wizard = open_wizard(qtbot, demo, OVERDUE)
    to_letter_page(qtbot, wizard)
    wizard.back()
    wizard.back()
    wizard.pages[1].reasons.setPlainText("太长" * 1100)  # more than a letter field can hold
    next_page(wizard)
    next_page(wizard)
    letter = wizard.pages[3]
    letter.name.setText("张伟")
    letter.phone.setText("13800000000")
    dialogs.save_as = str(tmp_path / "long.pdf")
    letter.write_button.click()
    assert letter.problem.isVisible() and letter.problem.text().startswith(
        "The letter could not be written. Reasons: ")
    assert not (tmp_path / "long.pdf").exists()
