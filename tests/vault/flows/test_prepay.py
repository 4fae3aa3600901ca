"""What if I pay part early: the new remaining schedule, next payment, last due date and the
interest saved; a loan charged by the day agrees with what recording the payment shows."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.conftest import VaultFactory
from vault import loans, repository
from vault.errors import ValidationError
from vault.flows import prepay
from vault.flows.prepay import Kind, PrepayDraft
from vault.overview import loan_overview
from vault.records import Loan, Payment, PaymentChannel, PlanKind, Platform
from vault.schedule import Installment, Method, PrepayMode, Rate, RateKind, build_schedule
from vault.schema import record_counts
from vault.store import Vault

BORROWED = date(2026, 1, 10)
TODAY = date(2026, 3, 20)  # two installments paid on time, ten days into the third period
KEEP_TERM = PrepayMode.keep_term_lower_payment
SHORTEN = PrepayMode.keep_payment_shorten_term


def add(vault: Vault, method: Method, rate: Rate, *, paid: int = 2,
        schedule: list[Installment] | None = None) -> int:
    """A loan of 12,000.00 over 12 months from BORROWED, its first ``paid`` installments
    paid on their due dates."""
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="微粒贷"))
        loan, plan = loans.add_loan(db, Loan(
            platform_id=platform.id or 0, borrowed_on=BORROWED, principal=1_200_000,
            rate_kind=rate.kind, rate_percent=rate.percent, term_months=12, method=method,
        ), schedule)
        for item in loans.installments_of(db, plan.id or 0)[:paid]:
            pay(db, loan.id or 0, item.due, item.payment)
    return loan.id or 0


def pay(db: object, loan_id: int, on: date, amount: int) -> None:
    repository.insert(db, Payment(  # type: ignore[arg-type]
        loan_id=loan_id, paid_on=on, amount=amount, channel=PaymentChannel.app))


ANNUAL_12 = Rate(RateKind.annual, Decimal("12"))
DAILY_0_05 = Rate(RateKind.daily, Decimal("0.05"))


@pytest.fixture
def vault(vault_factory: VaultFactory) -> Vault:
    return vault_factory()


def what_if(vault: Vault, loan_id: int, amount: int, on: date = TODAY,
            mode: PrepayMode = KEEP_TERM) -> prepay.WhatIf:
    records = prepay.read_loan(vault.db, loan_id)
    draft = PrepayDraft(amount, on, mode)
    assert prepay.problems(records, draft, today=TODAY) == {}
    return prepay.what_if(records, draft, today=TODAY)


# -- monthly methods: vault.schedule.prepay on the plan in force ----------------------------


def test_an_annuity_keeping_the_term_lowers_the_payment(vault: Vault) -> None:
    loan_id = add(vault, Method.annuity, ANNUAL_12)
    result = what_if(vault, loan_id, 300_000)
    outstanding = loan_overview(vault.db, loan_id, TODAY).summary.outstanding_principal
    assert result.to_principal + sum(r.principal for r in result.rows) == outstanding
    assert result.to_interest + result.to_principal == 300_000
    # 10 days of the third period's interest on the prepaid part, at 12 % a year
    assert 0 < result.to_interest < 300_000 * 12 // 1200
    assert len(result.rows) == len(result.current_rows) == 10
    assert result.last_due == result.current_last_due == date(2027, 1, 10)
    assert result.next_due == result.current_next_due == date(2026, 4, 10)
    assert result.next_payment < result.current_next_payment
    assert len({r.payment for r in result.rows[:-1]}) == 1  # still a level payment
    assert result.saved > 0
    costs = (sum(r.interest for r in result.current_rows),
             result.to_interest + sum(r.interest for r in result.rows))
    assert result.saved == costs[0] - costs[1]


def test_an_annuity_keeping_the_payment_shortens_the_term(vault: Vault) -> None:
    loan_id = add(vault, Method.annuity, ANNUAL_12)
    shorter = what_if(vault, loan_id, 300_000, mode=SHORTEN)
    lower = what_if(vault, loan_id, 300_000, mode=KEEP_TERM)
    outstanding = loan_overview(vault.db, loan_id, TODAY).summary.outstanding_principal
    assert shorter.to_principal + sum(r.principal for r in shorter.rows) == outstanding
    assert shorter.next_payment == shorter.current_next_payment
    assert len(shorter.rows) < len(shorter.current_rows)
    assert shorter.last_due is not None and shorter.current_last_due is not None
    assert shorter.last_due < shorter.current_last_due
    assert shorter.saved > lower.saved > 0  # paying off sooner saves more interest


def test_a_bullet_or_interest_first_loan_can_only_keep_the_term(vault: Vault) -> None:
    loan_id = add(vault, Method.interest_first, ANNUAL_12)
    records = prepay.read_loan(vault.db, loan_id)
    assert prepay.allowed_modes(records) == {KEEP_TERM: None, SHORTEN: "prepay.no_regular_payment"}
    assert prepay.problems(records, PrepayDraft(300_000, TODAY, SHORTEN), today=TODAY) == {
        "mode": "prepay.no_regular_payment"}
    result = what_if(vault, loan_id, 300_000)
    assert result.rows[-1].principal == 1_200_000 - result.to_principal
    assert result.next_payment < result.current_next_payment  # less interest each month
    assert result.saved > 0


def test_an_installment_paid_ahead_in_full_stays_paid(vault: Vault) -> None:
    """The third installment was paid early: the what-if starts after it."""
    loan_id = add(vault, Method.annuity, ANNUAL_12, paid=3)
    with vault.transaction() as db:  # move the third payment before its due date
        db.execute("UPDATE payment SET paid_on = ? WHERE paid_on = ?",
                   (TODAY.isoformat(), "2026-04-10"))
    result = what_if(vault, loan_id, 300_000)
    assert result.next_due == date(2026, 5, 10)
    assert result.to_interest == 0  # the period to 04-10 is paid: all of it goes to principal
    assert len(result.rows) == 9


# -- interest by the day: the same figures recording the payment gives ----------------------


def test_a_daily_loan_what_if_is_what_recording_the_payment_shows(vault: Vault) -> None:
    loan_id = add(vault, Method.daily, DAILY_0_05)
    records = prepay.read_loan(vault.db, loan_id)
    assert records.kind is Kind.by_day
    assert prepay.allowed_modes(records)[SHORTEN] == "prepay.by_day_keeps_term"
    result = what_if(vault, loan_id, 300_000)
    # 10 days of interest on 10,000.00 at 0.05 % a day, then principal
    assert (result.to_interest, result.to_principal) == (5_000, 295_000)
    before = loan_overview(vault.db, loan_id, records.last_due).summary

    with vault.transaction() as db:
        pay(db, loan_id, TODAY, 300_000)
    recorded = loan_overview(vault.db, loan_id, records.last_due)
    still_owed = [s for s in recorded.states if s.installment.due > TODAY and s.remaining]
    assert [(r.due, r.principal, r.payment) for r in result.rows] == [
        (s.installment.due, s.installment.principal - s.paid_principal, s.remaining)
        for s in still_owed
    ]
    assert before.outstanding_principal - recorded.summary.outstanding_principal == 295_000
    shown_today = loan_overview(vault.db, loan_id, TODAY).summary
    assert (shown_today.next_due_date, shown_today.next_due_amount) == (
        result.next_due, result.next_payment)
    assert result.saved > 0 and result.last_due == result.current_last_due


def test_a_daily_what_if_after_a_due_date_assumes_that_installment_paid(vault: Vault) -> None:
    loan_id = add(vault, Method.daily, DAILY_0_05)
    on = date(2026, 4, 20)  # after the 04-10 installment, not yet paid today
    records = prepay.read_loan(vault.db, loan_id)
    due = loan_overview(vault.db, loan_id, TODAY).summary.next_due_amount
    assert prepay.assumed_amount(records, on, TODAY) == due
    result = what_if(vault, loan_id, 200_000, on=on)
    assert result.assumed == due

    with vault.transaction() as db:
        pay(db, loan_id, date(2026, 4, 10), due)
        pay(db, loan_id, on, 200_000)
    recorded = loan_overview(vault.db, loan_id, records.last_due)
    assert [r.payment for r in result.rows] == [
        s.remaining for s in recorded.states if s.installment.due > on and s.remaining]


# -- the payoff boundary, the dates, the refusals -------------------------------------------


@pytest.mark.parametrize(("method", "rate"), [(Method.annuity, ANNUAL_12),
                                              (Method.daily, DAILY_0_05)])
def test_at_the_payoff_amount_the_loan_is_paid_off_not_prepaid(
    vault: Vault, method: Method, rate: Rate
) -> None:
    loan_id = add(vault, method, rate)
    records = prepay.read_loan(vault.db, loan_id)
    payoff = prepay.payoff_on(records, TODAY, TODAY)
    assert payoff == loan_overview(vault.db, loan_id, TODAY).summary.payoff_amount
    for amount in (payoff, payoff + 1):
        assert prepay.problems(records, PrepayDraft(amount, TODAY), today=TODAY) == {
            "amount": "prepay.pays_off"}
    result = what_if(vault, loan_id, payoff - 100)
    assert sum(r.principal for r in result.rows) <= 100
    with vault.transaction() as db:  # paying the figure shown does clear the loan
        pay(db, loan_id, TODAY, payoff)
    assert loan_overview(vault.db, loan_id, TODAY).summary.settled_on == TODAY


def test_a_custom_plan_is_left_to_the_lender(vault: Vault) -> None:
    lenders = build_schedule(1_200_000, ANNUAL_12, 12, Method.annuity, BORROWED)
    loan_id = add(vault, Method.custom, ANNUAL_12, schedule=lenders)
    records = prepay.read_loan(vault.db, loan_id)
    assert records.kind is Kind.custom
    draft = PrepayDraft(300_000, TODAY)
    assert prepay.problems(records, draft, today=TODAY) == {"loan": "prepay.custom_plan"}
    assert set(prepay.allowed_modes(records).values()) == {"prepay.custom_plan"}
    with pytest.raises(ValidationError):
        prepay.what_if(records, draft, today=TODAY)


@pytest.mark.parametrize(
    ("amount", "on", "problems"),
    [
        (None, None, {"amount": "invalid.required", "on": "invalid.required"}),
        (0, TODAY, {"amount": "prepay.amount_positive"}),
        (-5, TODAY, {"amount": "prepay.amount_positive"}),
        (100, date(2026, 3, 9), {"on": "prepay.before_last_payment"}),
        (100, date(2026, 1, 9), {"on": "prepay.before_start"}),
        (100, date(2027, 1, 10), {"on": "prepay.on_last_due"}),
        (100, date(2027, 1, 11), {"on": "prepay.after_last_due"}),
    ],
)
def test_amount_and_date_are_checked(
    vault: Vault, amount: int | None, on: date | None, problems: dict[str, str]
) -> None:
    records = prepay.read_loan(vault.db, add(vault, Method.annuity, ANNUAL_12))
    assert prepay.problems(records, PrepayDraft(amount, on), today=TODAY) == problems


def test_what_is_overdue_comes_first(vault: Vault) -> None:
    records = prepay.read_loan(vault.db, add(vault, Method.annuity, ANNUAL_12, paid=1))
    assert prepay.overdue_amount(records, TODAY, TODAY) == records.schedule[1].payment
    assert prepay.problems(records, PrepayDraft(100_000, TODAY), today=TODAY) == {
        "on": "prepay.overdue_first"}


def test_a_day_before_a_newer_plan_is_refused(vault: Vault) -> None:
    loan_id = add(vault, Method.annuity, ANNUAL_12)
    new_plan = build_schedule(1_000_000, ANNUAL_12, 10, Method.annuity, date(2026, 3, 15))
    with vault.transaction() as db:
        loans.supersede(db, loan_id, PlanKind.restructured, date(2026, 3, 15), ANNUAL_12,
                        Method.annuity, new_plan)
    records = prepay.read_loan(vault.db, loan_id)
    assert prepay.date_problem(records, date(2026, 3, 12), TODAY) == "prepay.before_plan"
    result = what_if(vault, loan_id, 100_000)
    assert result.current_rows == [i for i in new_plan if i.due > TODAY]


def test_a_paid_off_loan_has_no_what_if(vault: Vault) -> None:
    loan_id = add(vault, Method.annuity, ANNUAL_12, paid=12)
    records = prepay.read_loan(vault.db, loan_id)
    assert prepay.problems(records, PrepayDraft(100, TODAY), today=TODAY) == {
        "loan": "prepay.settled"}


def test_nothing_is_written(vault: Vault) -> None:
    loan_id = add(vault, Method.daily, DAILY_0_05)
    before = record_counts(vault.db)
    what_if(vault, loan_id, 300_000)
    what_if(vault, loan_id, 300_000, on=TODAY + timedelta(days=30))
    assert record_counts(vault.db) == before
