"""Negotiating: affordability, the request's rules, the proposal, the outcome and its records."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from vault import loans, repository
from vault.errors import ValidationError
from vault.flows import negotiation
from vault.flows.contact import ContactDraft
from vault.flows.negotiation import AgreedPlan, Hardship, NegotiationDraft, Outcome, Request
from vault.records import (
    Contact,
    ContactChannel,
    Counterpart,
    Loan,
    LoanStatus,
    PlanKind,
    Platform,
)
from vault.schedule import Method, RateKind
from vault.store import Vault

from .conftest import TODAY, counts


def complete(loan_id: int, **changes: object) -> NegotiationDraft:
    values: dict[str, object] = {
        "loan_id": loan_id, "monthly_income": 600_000, "essential_spending": 450_000,
        "reasons": "失业", "proposed_periods": 12, "proposed_amount": 100_000,
        "first_due": date(2026, 6, 10), "outcome_on": TODAY,
        "follow_up_on": TODAY + timedelta(days=7),
    }
    values.update(changes)
    return NegotiationDraft(**values)  # type: ignore[arg-type]


def facts(vault: Vault, loan_id: int, today: date = TODAY) -> negotiation.LoanFacts:
    return negotiation.loan_facts(vault.db, loan_id, today)


def test_affordable_is_income_minus_essential_spending() -> None:
    assert negotiation.affordable(complete(1)) == 150_000
    assert negotiation.affordable(complete(1, monthly_income=None)) is None


def test_loan_facts_sum_the_loan(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    found = facts(vault, loan_id)
    assert (found.principal, found.repaid, found.outstanding) == (1_200_000, 0, 1_200_000)
    assert found.overdue_amount == 400_000 and found.maturity == date(2027, 1, 10)
    assert (found.platform_name, found.annual_percent) == ("微粒贷", Decimal(0))


def test_a_complete_draft_has_no_problems(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    assert negotiation.problems(complete(loan_id), facts(vault, loan_id), today=TODAY) == {}


@pytest.mark.parametrize(
    ("changes", "field", "key"),
    [
        ({"monthly_income": None}, "monthly_income", "invalid.required"),
        ({"essential_spending": -1}, "essential_spending", "invalid.negative"),
        ({"reasons": " "}, "reasons", "invalid.required"),
        ({"request": Request.reduction}, "hardships", "flow.hardship_needed"),
        ({"proposed_periods": 0}, "proposed_periods", "flow.periods_range"),
        ({"proposed_amount": 0}, "proposed_amount", "invalid.zero"),
        ({"first_due": date(2026, 5, 1)}, "first_due", "flow.date_in_past"),
        ({"outcome_on": date(2026, 6, 1)}, "outcome_on", "flow.date_in_future"),
        ({"follow_up_on": None}, "follow_up_on", "flow.follow_up_needed"),
        ({"outcome": Outcome.refused}, "next_step", "flow.next_step_needed"),
        ({"outcome": Outcome.agreed}, "agreed_periods", "invalid.required"),
        ({"contacts": [ContactDraft()]}, "contacts", "flow.contact_incomplete"),
    ],
)
def test_invalid_fields_are_named(changes: dict[str, object], field: str, key: str) -> None:
    assert negotiation.problems(complete(1, **changes), today=TODAY).get(field) == key


def test_asking_for_an_extension_after_maturity_warns(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    later = date(2027, 2, 1)
    draft = complete(loan_id, request=Request.deferral)
    assert "flow.extension_after_maturity" in negotiation.warnings(
        draft, facts(vault, loan_id, later), today=later)
    assert "flow.extension_after_maturity" not in negotiation.warnings(
        draft, facts(vault, loan_id), today=TODAY)


def test_a_proposal_above_what_is_affordable_warns(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    found = facts(vault, loan_id)
    assert negotiation.warnings(complete(loan_id), found, today=TODAY) == []
    assert negotiation.warnings(complete(loan_id, proposed_amount=150_001), found,
                                today=TODAY) == ["flow.above_affordable"]
    assert "flow.nothing_affordable" in negotiation.warnings(
        complete(loan_id, essential_spending=600_000), found, today=TODAY)


def test_a_proposal_short_of_the_amount_owed_warns_unless_asking_a_reduction(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, loan_id = loan_vault
    found = facts(vault, loan_id)
    short = complete(loan_id, proposed_periods=10)
    assert negotiation.warnings(short, found, today=TODAY) == ["flow.proposal_below_owed"]
    short.request = Request.reduction
    assert negotiation.warnings(short, found, today=TODAY) == []


def test_the_proposal_ends_at_exactly_what_is_owed(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    plan = negotiation.proposal_schedule(complete(loan_id, proposed_amount=110_000),
                                         facts(vault, loan_id))
    assert sum(i.payment for i in plan) == 1_200_000
    assert [i.payment for i in plan[-2:]] == [110_000, 100_000]
    assert plan[0].due == date(2026, 6, 10) and plan[-1].due == date(2027, 4, 10)


def test_hardship_proofs_follow_the_hardships() -> None:
    draft = complete(1, hardships={Hardship.income_drop, Hardship.illness})
    assert negotiation.proofs_for(draft) == [
        "proof.medical_records", "proof.medical_bills", "proof.bank_statements"]


def test_letter_fields_carry_the_loan_and_the_proposal(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    draft = complete(loan_id, borrower_name="张伟", phone="13800000000")
    fields = negotiation.letter_fields(draft, facts(vault, loan_id), TODAY)
    assert fields["outstanding"] == 1_200_000 and fields["request"] == "restructure"
    assert fields["proposed_amount"] == 100_000 and fields["written_on"] == TODAY
    assert negotiation.letter_problems(NegotiationDraft(loan_id=1)) == {
        "borrower_name": "invalid.required", "phone": "invalid.required"}


def test_a_letter_is_written_for_a_loan_without_a_lender_entity(
    vault: Vault, tmp_path: Path
) -> None:
    """The bank preset leaves the entity empty: the letter goes to the platform's name."""
    from vault.letters import NegotiationLetter, write_negotiation_letter

    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="银行消费贷"))
        assert platform.id is not None
        loan, _plan = loans.add_loan(db, Loan(
            platform_id=platform.id, borrowed_on=date(2026, 1, 10), principal=1_200_000,
            rate_kind=RateKind.annual, rate_percent=Decimal(6), term_months=12,
            method=Method.annuity))
    assert loan.id is not None
    draft = complete(loan.id, borrower_name="张伟", phone="13800000000")
    fields = negotiation.letter_fields(draft, facts(vault, loan.id), TODAY)
    assert fields["lender_entity"] == "" and fields["platform_name"] == "银行消费贷"
    out = write_negotiation_letter(NegotiationLetter(**fields), tmp_path / "letter.pdf")  # type: ignore[arg-type]
    assert out.read_bytes().startswith(b"%PDF")


def test_the_letter_is_in_chinese_unless_chosen_otherwise(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    draft = complete(loan_id, borrower_name="张伟", phone="13800000000",
                     hardships={Hardship.job_loss})
    assert draft.letter_language == "zh_CN"
    fields = negotiation.letter_fields(draft, facts(vault, loan_id), TODAY)
    assert fields["hardship_proofs"] == ("解除劳动合同通知书或离职证明", "失业登记证明")
    draft.letter_language = "en"
    fields = negotiation.letter_fields(draft, facts(vault, loan_id), TODAY)
    assert fields["hardship_proofs"][0] == "Termination letter or proof of leaving the job"
    draft.letter_language = "fr"
    assert negotiation.letter_problems(draft) == {"letter_language": "invalid.choice"}


def test_the_contact_being_typed_is_logged_only_when_complete() -> None:
    draft = complete(7)
    assert negotiation.log_contact(draft, ContactDraft(happened_on=TODAY), today=TODAY) == {}
    assert draft.contacts == []  # an untouched form is no contact
    typed = ContactDraft(happened_on=TODAY, who="客服 1024")
    assert negotiation.contact_started(typed)
    assert negotiation.log_contact(draft, typed, today=TODAY) == {"asked": "invalid.required"}
    assert draft.contacts == []
    typed.asked = "申请协商分期"
    assert negotiation.log_contact(draft, typed, today=TODAY) == {}
    assert draft.contacts == [typed] and typed.loan_id == 7
    assert negotiation.contact_started(ContactDraft(happened_on=TODAY, caller_id="95384"))


def contact_draft() -> ContactDraft:
    return ContactDraft(happened_on=TODAY, channel=ContactChannel.phone,
                        counterpart=Counterpart.platform, who="客服 1024", asked="申请协商分期")


def test_agreed_supersedes_the_plan_and_marks_the_loan_restructured(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, loan_id = loan_vault
    draft = complete(loan_id, outcome=Outcome.agreed, contacts=[contact_draft()],
                     request=Request.restructure)
    draft.agreed = AgreedPlan(effective_from=TODAY, principal=1_200_000,
                              rate_kind=RateKind.annual, rate_percent=Decimal(0), periods=24,
                              method=Method.equal_principal)
    negotiation.save(vault, draft, today=TODAY)
    plans = loans.plans_of(vault.db, loan_id)
    assert [(p.kind, p.active) for p in plans] == [
        (PlanKind.original, False), (PlanKind.restructured, True)]
    assert len(loans.installments_of(vault.db, plans[-1].id or 0)) == 24
    assert repository.get(vault.db, Loan, loan_id).status is LoanStatus.restructured
    assert len(repository.select(vault.db, Contact)) == 1


def test_refused_logs_the_refusal_with_its_next_step(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    draft = complete(loan_id, outcome=Outcome.refused, next_step="向当地金融监管部门投诉",
                     summary_text="协商分期申请被拒绝")
    negotiation.save(vault, draft, today=TODAY)
    (logged,) = repository.select(vault.db, Contact)
    assert (logged.outcome, logged.next_step, logged.next_step_on) == (
        "refused", "向当地金融监管部门投诉", TODAY + timedelta(days=7))
    assert logged.asked == "协商分期申请被拒绝"
    assert repository.get(vault.db, Loan, loan_id).status is LoanStatus.active


def test_refused_after_negotiating_returns_to_the_status_payments_give(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, loan_id = loan_vault
    negotiation.save(vault, complete(loan_id), today=TODAY)
    assert repository.get(vault.db, Loan, loan_id).status is LoanStatus.negotiating
    negotiation.save(vault, complete(loan_id, outcome=Outcome.refused, next_step="法律援助"),
                     today=TODAY)
    assert repository.get(vault.db, Loan, loan_id).status is LoanStatus.overdue


def test_an_agreed_plan_on_a_taken_date_saves_nothing(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    draft = complete(loan_id, outcome=Outcome.agreed, contacts=[contact_draft()])
    # the original plan took effect on the loan date: a second plan that day is refused
    draft.agreed = AgreedPlan(effective_from=date(2026, 1, 10), principal=1_200_000,
                              rate_percent=Decimal(0), periods=12)
    before = counts(vault)
    with pytest.raises(ValidationError):
        negotiation.save(vault, draft, today=TODAY)
    assert counts(vault) == before


def test_an_invalid_negotiation_saves_nothing(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    before = counts(vault)
    with pytest.raises(ValidationError):
        negotiation.save(vault, complete(loan_id, reasons=""), today=TODAY)
    assert counts(vault) == before
