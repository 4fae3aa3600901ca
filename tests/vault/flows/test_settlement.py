"""Settling and closing out: the checklist's rules, next steps, status and saving."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from vault import attachments, repository
from vault.errors import ValidationError
from vault.flows import repayment, settlement
from vault.flows.repayment import PaymentDraft
from vault.flows.settlement import Certificate, SettlementDraft, StepDraft
from vault.records import CreditCheck, DocumentKind, Loan, LoanStatus, Milestone, PaymentChannel
from vault.store import Vault

from .conftest import TODAY, counts

PAID = date(2026, 5, 1)


@pytest.fixture
def paid_loan(loan_vault: tuple[Vault, int]) -> tuple[Vault, int]:
    vault, loan_id = loan_vault
    repayment.save(vault, PaymentDraft(loan_id=loan_id, amount=1_200_000, paid_on=PAID,
                                       channel=PaymentChannel.app), today=TODAY)
    return vault, loan_id


def test_load_finds_the_payoff_date_and_stored_steps(paid_loan: tuple[Vault, int]) -> None:
    vault, loan_id = paid_loan
    draft = settlement.load(vault.db, loan_id, TODAY)
    assert draft.paid_off_on == PAID and draft.steps == {} and not draft.secured
    assert settlement.credit_check_window(draft) == (PAID + timedelta(30), PAID + timedelta(45))


def test_collateral_and_dispute_steps_apply_only_when_they_should() -> None:
    draft = SettlementDraft(loan_id=1)
    keys = [s.key for s in settlement.applicable(draft)]
    assert "collateral_released" not in keys and "dispute_filed" not in keys
    draft.secured = True
    draft.credit_check.checked_on, draft.credit_check.shows_settled = TODAY, False
    keys = [s.key for s in settlement.applicable(draft)]
    assert "collateral_released" in keys and "dispute_filed" in keys


def test_next_steps_start_with_confirming_and_date_the_credit_check() -> None:
    draft = SettlementDraft(loan_id=1, paid_off_on=PAID)
    steps = settlement.next_steps(draft, TODAY)
    assert steps[0].key == "confirmed_settled"
    check = next(s for s in steps if s.key == "credit_report_checked")
    assert check.on == PAID + timedelta(30)


def test_having_the_certificate_covers_asking_for_it() -> None:
    draft = SettlementDraft(loan_id=1, steps={"certificate_obtained": StepDraft(TODAY)})
    assert draft.certificate is Certificate.obtained
    keys = [s.key for s in settlement.next_steps(draft, TODAY)]
    assert "certificate_requested" not in keys and "certificate_obtained" not in keys


@pytest.mark.parametrize(
    ("steps", "field", "key"),
    [
        ({"confirmed_settled": StepDraft(TODAY + timedelta(1))}, "confirmed_settled.done_on",
         "flow.date_in_future"),
        ({"confirmed_settled": StepDraft(PAID), "app_uninstalled": StepDraft(TODAY)},
         "app_uninstalled.done_on", "flow.uninstall_before_cancel"),
        ({"card_unbound": StepDraft(TODAY)}, "confirmed_settled.done_on",
         "flow.confirm_settled_first"),
        ({"confirmed_settled": StepDraft(PAID), "card_unbound": StepDraft(PAID - timedelta(1))},
         "card_unbound.done_on", "flow.before_settlement"),
    ],
)
def test_invalid_steps_are_named(steps: dict[str, StepDraft], field: str, key: str) -> None:
    draft = SettlementDraft(loan_id=1, steps=steps)
    assert settlement.problems(draft, today=TODAY).get(field) == key


def test_a_credit_check_needs_a_source_and_an_answer() -> None:
    draft = SettlementDraft(loan_id=1)
    draft.credit_check.checked_on = TODAY
    assert settlement.problems(draft, today=TODAY) == {
        "credit_check.source": "invalid.required",
        "credit_check.shows_settled": "flow.choose_yes_no"}


def full(secured: bool = False) -> SettlementDraft:
    draft = SettlementDraft(loan_id=1, secured=secured, paid_off_on=PAID)
    for step in settlement.applicable(draft):
        draft.steps[step.key] = StepDraft(TODAY)
    return draft


@pytest.mark.parametrize(
    ("draft", "current", "expected"),
    [
        (SettlementDraft(loan_id=1), LoanStatus.active, LoanStatus.active),
        (SettlementDraft(loan_id=1, steps={"confirmed_settled": StepDraft(PAID)}),
         LoanStatus.active, LoanStatus.settled),
        (full(), LoanStatus.settled, LoanStatus.closed),
        (full(secured=True), LoanStatus.settled, LoanStatus.closed),
    ],
)
def test_status_moves_to_settled_then_closed(draft: SettlementDraft, current: LoanStatus,
                                             expected: LoanStatus) -> None:
    assert settlement.status_after(current, draft) is expected


def test_a_secured_loan_is_not_closed_before_its_collateral_is_released() -> None:
    draft = full(secured=True)
    draft.steps["collateral_released"].done_on = None
    assert settlement.status_after(LoanStatus.settled, draft) is LoanStatus.settled


def test_a_wrong_credit_report_keeps_the_loan_open_until_a_dispute_is_filed() -> None:
    draft = full()
    draft.credit_check.checked_on, draft.credit_check.shows_settled = TODAY, False
    assert settlement.status_after(LoanStatus.settled, draft) is LoanStatus.settled
    draft.steps["dispute_filed"] = StepDraft(TODAY)
    settlement.prepare(draft, TODAY)
    assert draft.steps["dispute_filed"].follow_up_on == TODAY + timedelta(20)
    assert settlement.status_after(LoanStatus.settled, draft) is LoanStatus.closed


def test_save_stores_steps_certificate_and_credit_check(
    paid_loan: tuple[Vault, int], tmp_path: Path
) -> None:
    vault, loan_id = paid_loan
    certificate = tmp_path / "结清证明.pdf"
    certificate.write_bytes(b"%PDF-1.4\n%%EOF\n")
    draft = settlement.load(vault.db, loan_id, TODAY)
    draft.step("confirmed_settled").done_on = PAID
    draft.step("certificate_obtained").done_on = TODAY
    draft.step("certificate_obtained").files.append(certificate)
    status = settlement.save(vault, draft, today=TODAY)
    assert status is LoanStatus.settled
    assert repository.get(vault.db, Loan, loan_id).status is LoanStatus.settled
    stored = {m.step: m for m in repository.select(vault.db, Milestone)}
    assert stored["credit_report_checked"].follow_up_on == PAID + timedelta(30)
    docs = attachments.attachments_of(vault.db, "milestone", stored["certificate_obtained"].id or 0)
    assert [d.kind for d in docs] == [DocumentKind.settlement_certificate]

    later = PAID + timedelta(40)
    draft = settlement.load(vault.db, loan_id, later)
    draft.credit_check.checked_on, draft.credit_check.source = later, "征信中心网上查询"
    draft.credit_check.shows_settled = True
    for key in settlement.CLOSE_OUT:
        draft.step(key).done_on = later
    assert settlement.save(vault, draft, today=later) is LoanStatus.closed
    (check,) = repository.select(vault.db, CreditCheck)
    assert check.shows_settled is True
    assert len(repository.select(vault.db, Milestone, "step = 'confirmed_settled'")) == 1


def test_an_invalid_checklist_saves_nothing(paid_loan: tuple[Vault, int]) -> None:
    vault, loan_id = paid_loan
    before = counts(vault)
    draft = settlement.load(vault.db, loan_id, TODAY)
    draft.step("app_uninstalled").done_on = TODAY
    with pytest.raises(ValidationError):
        settlement.save(vault, draft, today=TODAY)
    assert counts(vault) == before


def stored_steps(vault: Vault, loan_id: int) -> dict[str, Milestone]:
    return {m.step: m for m in repository.select(vault.db, Milestone, "loan_id = ?", (loan_id,))}


def test_a_step_taken_back_is_stored_as_not_done_and_the_status_agrees(
    paid_loan: tuple[Vault, int]
) -> None:
    vault, loan_id = paid_loan
    draft = settlement.load(vault.db, loan_id, TODAY)
    draft.step("confirmed_settled").done_on = PAID
    draft.step("credit_line_closed").done_on = TODAY
    settlement.save(vault, draft, today=TODAY)
    assert stored_steps(vault, loan_id)["credit_line_closed"].done_on == TODAY

    draft = settlement.load(vault.db, loan_id, TODAY)
    draft.step("credit_line_closed").done_on = None  # unticked, no note: the step is empty
    assert settlement.save(vault, draft, today=TODAY) is LoanStatus.settled
    assert "credit_line_closed" not in stored_steps(vault, loan_id)
    assert not settlement.load(vault.db, loan_id, TODAY).done("credit_line_closed")


def test_taking_back_a_step_keeps_its_documents(
    paid_loan: tuple[Vault, int], tmp_path: Path
) -> None:
    vault, loan_id = paid_loan
    certificate = tmp_path / "结清证明.pdf"
    certificate.write_bytes(b"%PDF-1.4\n%%EOF\n")
    draft = settlement.load(vault.db, loan_id, TODAY)
    draft.step("confirmed_settled").done_on = PAID
    draft.step("certificate_obtained").done_on = TODAY
    draft.step("certificate_obtained").files.append(certificate)
    settlement.save(vault, draft, today=TODAY)

    draft = settlement.load(vault.db, loan_id, TODAY)
    draft.step("certificate_obtained").done_on = None  # back to "requested"
    draft.step("certificate_requested").done_on = TODAY
    settlement.save(vault, draft, today=TODAY)
    stored = stored_steps(vault, loan_id)
    assert stored["certificate_obtained"].done_on is None
    assert stored["certificate_requested"].done_on == TODAY
    assert settlement.load(vault.db, loan_id, TODAY).certificate is Certificate.requested
    docs = attachments.attachments_of(vault.db, "milestone", stored["certificate_obtained"].id or 0)
    assert [d.kind for d in docs] == [DocumentKind.settlement_certificate]


def test_undoing_a_request_or_a_dispute_drops_its_follow_up(
    paid_loan: tuple[Vault, int]
) -> None:
    vault, loan_id = paid_loan
    draft = settlement.load(vault.db, loan_id, TODAY)
    draft.step("confirmed_settled").done_on = PAID
    draft.step("certificate_requested").done_on = TODAY
    draft.step("dispute_filed").done_on = TODAY
    settlement.save(vault, draft, today=TODAY)
    assert stored_steps(vault, loan_id)["dispute_filed"].follow_up_on == TODAY + timedelta(20)

    draft = settlement.load(vault.db, loan_id, TODAY)
    draft.step("certificate_requested").done_on = None
    draft.step("dispute_filed").done_on = None
    settlement.save(vault, draft, today=TODAY)
    stored = stored_steps(vault, loan_id)
    assert "certificate_requested" not in stored and "dispute_filed" not in stored


def test_a_closed_loan_with_a_step_taken_back_is_settled_again(
    paid_loan: tuple[Vault, int]
) -> None:
    vault, loan_id = paid_loan
    later = PAID + timedelta(40)
    draft = settlement.load(vault.db, loan_id, later)
    for step in settlement.applicable(draft):
        draft.step(step.key).done_on = later
    assert settlement.save(vault, draft, today=later) is LoanStatus.closed

    draft = settlement.load(vault.db, loan_id, later)
    draft.step("app_uninstalled").done_on = None
    assert settlement.save(vault, draft, today=later) is LoanStatus.settled
    draft = settlement.load(vault.db, loan_id, later)
    assert not draft.done("app_uninstalled")
    assert settlement.status_after(LoanStatus.settled, draft) is LoanStatus.settled
    assert repository.get(vault.db, Loan, loan_id).status is LoanStatus.settled


def test_taking_back_settled_returns_the_loan_to_what_its_payments_say(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, loan_id = loan_vault  # nothing paid yet: installments are overdue on TODAY
    draft = settlement.load(vault.db, loan_id, TODAY)
    draft.step("confirmed_settled").done_on = TODAY  # say the lender waived the rest
    assert settlement.save(vault, draft, today=TODAY) is LoanStatus.settled

    draft = settlement.load(vault.db, loan_id, TODAY)
    draft.step("confirmed_settled").done_on = None
    assert settlement.save(vault, draft, today=TODAY) is LoanStatus.overdue
    assert repository.get(vault.db, Loan, loan_id).status is LoanStatus.overdue
    assert stored_steps(vault, loan_id) == {}


def test_certificate_documents_of_the_loan_are_found(
    paid_loan: tuple[Vault, int], tmp_path: Path
) -> None:
    vault, loan_id = paid_loan
    assert settlement.certificate_documents(vault.db, loan_id) == []
    assert not settlement.load(vault.db, loan_id, TODAY).certificate_kept
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4\n% not a certificate\n%%EOF\n")
    attachments.add_file(vault, other, [attachments.Link("loan", loan_id)])
    assert settlement.certificate_documents(vault.db, loan_id) == []
    stored = attachments.add_file(vault, scan, [attachments.Link("loan", loan_id)],
                                  kind=DocumentKind.settlement_certificate)
    found = settlement.certificate_documents(vault.db, loan_id)
    assert [d.id for d in found] == [stored.attachment_id]
    assert settlement.load(vault.db, loan_id, TODAY).certificate_kept

    with vault.transaction() as db:  # a photo on the "certificate obtained" step counts too
        step = repository.insert(db, Milestone(loan_id=loan_id, step="certificate_obtained"))
    attachments.link(vault.db, other_id := attachments.add_file(vault, other).attachment_id or 0,
                     "milestone", step.id or 0)
    found = settlement.certificate_documents(vault.db, loan_id)
    assert {d.id for d in found} == {stored.attachment_id, other_id}
