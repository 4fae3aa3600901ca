"""Interest by the day: a payment made early pays interest only for the days elapsed, and
principal paid early stops costing interest (vault.reconcile, rules 5–7)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import VaultFactory
from vault import repository
from vault.flows.repayment import PaymentDraft, allocation
from vault.loans import add_loan
from vault.overview import loan_overview
from vault.reconcile import (
    PaymentInput,
    PlanInput,
    Reconciliation,
    Status,
    reconcile,
    reconcile_plans,
)
from vault.records import Loan, Payment, PaymentChannel, Platform
from vault.schedule import (
    Installment,
    Method,
    Rate,
    RateKind,
    Rounding,
    accrues_daily,
    build_schedule,
    payoff_amount,
)

DAILY_0_05 = Rate(RateKind.daily, Decimal("0.05"))


def pay(day: date, amount: int) -> PaymentInput:
    return PaymentInput(day, amount)


def daily(plan: list[Installment], payments: list[PaymentInput], as_of: date,
          start: date) -> Reconciliation:
    return reconcile(plan, payments, as_of, start=start, daily_interest=True)


def interest_owed(result: Reconciliation) -> int:
    return sum(s.installment.interest - s.waived for s in result.states)


# --- the audit's two examples -------------------------------------------------------------


def test_half_a_bullet_paid_on_day_ten_pays_ten_days_of_interest() -> None:
    start = date(2024, 1, 1)
    plan = build_schedule(1_000_000, DAILY_0_05, 1, Method.bullet, start, date(2024, 1, 31))
    assert plan == [Installment(1, date(2024, 1, 31), 1_000_000, 15_000)]
    paid = [pay(date(2024, 1, 11), 500_000)]

    on_the_day = daily(plan, paid, date(2024, 1, 11), start).states[0]
    # 10,000 × 0.05 % × 10 days = 50.00 interest; the other 4,950.00 is principal
    assert (on_the_day.paid_interest, on_the_day.paid_principal) == (5_000, 495_000)
    assert on_the_day.status is Status.partly_paid

    halfway = daily(plan, paid, date(2024, 1, 20), start).summary
    assert halfway.outstanding_principal == 505_000
    assert halfway.payoff_amount == 505_000 + 2_273  # 5,050 × 0.05 % × 9 days = 22.725
    # at maturity: 5,050.00 + 5,050 × 0.05 % × 20 days = 5,100.50 (was 5,150.00)
    at_maturity = daily(plan, paid, date(2024, 1, 31), start)
    assert at_maturity.summary.next_due_amount == 510_050
    assert at_maturity.summary.payoff_amount == 510_050
    assert at_maturity.states[0].remaining == 510_050
    assert interest_owed(at_maturity) == 5_000 + 5_050

    settled = daily(plan, [*paid, pay(date(2024, 1, 31), 510_050)], date(2024, 2, 5), start)
    assert settled.summary.settled_on == date(2024, 1, 31)
    assert settled.summary.credit == 0
    assert settled.states[0].paid_interest == 10_050
    assert settled.states[0].waived == 15_000 - 10_050


def test_a_weilidai_loan_paid_down_on_day_ten() -> None:
    """2,500 over five periods at 0.05 %/day (DOMAIN.md's check figures), 1,500 paid on day
    10: the first installment is settled with 10 days of interest and the rest of the
    payment lowers each later installment's principal alike."""
    start = date(2024, 5, 1)
    plan = build_schedule(250_000, DAILY_0_05, 5, Method.daily, start)
    assert sum(i.interest for i in plan) == 11_500
    paid = [pay(date(2024, 5, 11), 150_000)]

    result = daily(plan, paid, date(2024, 5, 11), start)
    first, *later = result.states
    # 2,500 × 0.05 % × 10 days = 12.50; principal 1,487.50: 500.00 + 987.50 spread
    assert (first.status, first.paid_interest, first.paid_principal) == (Status.paid, 1_250,
                                                                        50_000)
    assert [s.paid_principal for s in later] == [24_687, 24_688, 24_687, 24_688]
    assert all(s.status is Status.partly_paid for s in later)
    assert result.summary.outstanding_principal == 101_250
    assert result.summary.payoff_amount == 101_250
    assert result.summary.credit == 0
    # What each later installment owes if nothing more is paid early, at 0.05 % a day on
    # the 1,012.50 left: the 2nd, May's last 21 days and June's 30 on 1,012.50 = 25.82;
    # the 3rd, 31 days on 759.37 = 11.77; the 4th, 31 on 506.25 = 7.85; the 5th, 30 on
    # 253.12 = 3.80, or 3.79 as the fen of the running total fall (61.73 in all)
    assert [s.remaining for s in later] == [
        25_313 + 2_582, 25_312 + 1_177, 25_313 + 785, 25_312 + 379,
    ]
    assert interest_owed(result) == 6_173  # 61.73 instead of the 115.00 scheduled

    # paying what it shows on each due date settles the loan with nothing left over
    dues = [(s.installment.due, s.remaining) for s in later]
    final = daily(plan, [*paid, *(pay(d, a) for d, a in dues)], date(2024, 10, 2), start)
    assert final.summary.settled_on == date(2024, 10, 1)
    assert final.summary.credit == 0
    assert {s.status for s in final.states} == {Status.paid}
    assert sum(s.paid_principal for s in final.states) == 250_000


def test_paying_an_installment_a_few_days_early_settles_it() -> None:
    start = date(2024, 5, 1)
    plan = build_schedule(250_000, DAILY_0_05, 5, Method.daily, start)
    early = [pay(date(2024, 5, 28), plan[0].payment)]  # 538.75, four days before 06-01
    result = daily(plan, early, date(2024, 6, 2), start)
    first, second = result.states[:2]
    # 27 days on 2,500 = 33.75; the 5.00 of interest not yet due pays principal ahead
    assert (first.status, first.paid_interest, first.paid_principal) == (Status.paid, 3_375,
                                                                        50_000)
    assert first.paid_on == date(2024, 5, 28)
    assert sum(s.paid_principal for s in result.states) == 50_500
    # the last 4 days of May's period on the 1,995 left are owed on the next installment:
    # 1,995 × 0.05 % × (4 + 30) = 33.915 → 33.92
    assert second.installment.principal - second.paid_principal == 50_000 - 125
    assert second.remaining == 49_875 + 3_392
    assert second.waived == 3_000 - 3_392  # it took over interest the first one did not owe
    assert result.summary.next_due_amount == 49_875 + 3_392


def test_paying_off_early_pays_the_days_elapsed_as_the_monthly_rules_do() -> None:
    """The payoff figures the monthly rules already had right stay the same by the day."""
    start = date(2024, 5, 15)
    plan = build_schedule(250_000, DAILY_0_05, 5, Method.daily, start)
    paid = [pay(date(2024, 6, 15), 53_875)]
    as_of = date(2024, 6, 25)
    assert daily(plan, paid, as_of, start).summary.payoff_amount == 201_000
    result = daily(plan, [*paid, pay(as_of, 201_000)], date(2024, 7, 1), start)
    assert result.summary.settled_on == as_of
    assert result.states[1].paid_interest == 1_000  # 2,000 × 0.05 % × 10 days
    assert [s.waived for s in result.states] == [0, 3_000 - 1_000, 2_325, 1_550, 750]
    assert result.summary.credit == 0
    assert result == reconcile(plan, [*paid, pay(as_of, 201_000)], date(2024, 7, 1),
                               start=start)


def test_an_overdue_installment_is_paid_before_interest_by_the_day() -> None:
    start = date(2024, 5, 1)
    plan = build_schedule(250_000, DAILY_0_05, 5, Method.daily, start)
    penalty = Rate(RateKind.daily, Decimal("0.1"))
    # nothing on 06-01; 1,000 on 06-11 pays the overdue 538.75 and its penalty,
    # 500 × 0.1 % × 10 days = 5.00
    paid = [pay(date(2024, 6, 11), 100_000)]
    result = reconcile(plan, paid, date(2024, 6, 11), start=start, penalty=penalty,
                       daily_interest=True)
    first, second = result.states[:2]
    assert (first.status, first.penalty, first.paid) == (Status.paid, 500, 53_875 + 500)
    # then 10 days of interest on the 2,000 not yet due: 10.00; the rest is principal
    assert second.paid_interest == 1_000
    assert sum(s.paid_principal for s in result.states[1:]) == 100_000 - 54_375 - 1_000


def test_monthly_methods_and_fees_keep_the_monthly_rules() -> None:
    assert accrues_daily(Method.daily, RateKind.daily)
    assert accrues_daily(Method.daily, RateKind.annual)
    assert accrues_daily(Method.bullet, RateKind.daily)
    assert not accrues_daily(Method.daily, RateKind.monthly_fee)
    assert not accrues_daily(Method.bullet, RateKind.annual)
    for method in (Method.annuity, Method.equal_principal, Method.interest_first,
                   Method.custom):
        assert not accrues_daily(method, RateKind.daily)
        assert not accrues_daily(method, RateKind.annual)
    # a plan with a fee per period is reconciled by the monthly rules even when flagged
    start = date(2024, 5, 1)
    with_fee = [Installment(1, date(2024, 6, 1), 100_000, 1_550, 300),
                Installment(2, date(2024, 7, 1), 100_000, 750, 300)]
    paid = [pay(date(2024, 5, 11), 150_000)]
    flagged = reconcile(with_fee, paid, date(2024, 5, 20), start=start, daily_interest=True)
    assert flagged == reconcile(with_fee, paid, date(2024, 5, 20), start=start)
    assert flagged.summary.credit > 0  # the monthly rules hold the rest as credit


def test_a_plan_flagged_daily_reconciles_by_the_day_through_reconcile_plans() -> None:
    start = date(2024, 1, 1)
    plan = build_schedule(1_000_000, DAILY_0_05, 1, Method.bullet, start, date(2024, 1, 31))
    paid = [pay(date(2024, 1, 11), 500_000)]
    (result,) = reconcile_plans([PlanInput(start, plan, start, daily_interest=True)], paid,
                                date(2024, 1, 31))
    assert result.reconciliation.summary.payoff_amount == 510_050
    (monthly,) = reconcile_plans([PlanInput(start, plan, start)], paid, date(2024, 1, 31))
    assert monthly.reconciliation.summary.payoff_amount == 515_000  # the old figure


def test_the_overview_reconciles_a_daily_loan_by_the_day(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="微粒贷"))
        loan, _ = add_loan(db, Loan(
            platform_id=platform.id or 0, borrowed_on=date(2024, 5, 1), principal=250_000,
            rate_kind=RateKind.daily, rate_percent=Decimal("0.05"), term_months=5,
            method=Method.daily,
        ))
        repository.insert(db, Payment(loan_id=loan.id or 0, paid_on=date(2024, 5, 11),
                                      amount=150_000, channel=PaymentChannel.app))
    overview = loan_overview(vault.db, loan.id or 0, date(2024, 5, 11))
    assert overview.summary.outstanding_principal == 101_250
    assert overview.summary.credit == 0
    assert interest_owed(overview.history[-1].reconciliation) == 6_173

    # the repayment form's allocation page: 503.54 a week later pays a week's interest on
    # 1,012.50 (3.54), settles the 2nd installment's 253.13 of principal early and spreads
    # the other 246.87 over the three after it
    draft = PaymentDraft(loan_id=loan.id, installments=[2], amount=50_354,
                         paid_on=date(2024, 5, 18))
    shown = allocation(vault.db, draft, today=date(2024, 5, 18))
    assert shown is not None
    assert shown.to_credit == 0
    assert [(r.n, r.interest, r.principal, r.status_after) for r in shown.rows] == [
        (2, 354, 25_313, Status.paid), (3, 0, 8_228, Status.partly_paid),
        (4, 0, 8_230, Status.partly_paid), (5, 0, 8_229, Status.partly_paid),
    ]
    assert shown.after.outstanding_principal == 101_250 - 50_000


# --- properties -----------------------------------------------------------------------------


@st.composite
def daily_plans(draw: st.DrawFn) -> tuple[list[Installment], date, Rate]:
    """Plans whose interest accrues by the day, in both roundings, with odd first periods
    and principals small enough for some installments to carry no principal."""
    start = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 400)))
    method = draw(st.sampled_from([Method.daily, Method.bullet]))
    kind = RateKind.daily if method is Method.bullet else draw(
        st.sampled_from([RateKind.daily, RateKind.annual]))
    percent = draw(st.sampled_from(
        ["0", "0.02", "0.05", "0.098"] if kind is RateKind.daily else ["7.2", "18", "35.9"]))
    rate = Rate(kind, Decimal(percent), draw(st.sampled_from([360, 365])))
    first_due = start + timedelta(days=draw(st.integers(1, 45))) if draw(st.booleans()) else None
    plan = build_schedule(
        draw(st.one_of(st.integers(1, 20), st.integers(1, 50_000_000))), rate,
        draw(st.integers(1, 12)), method, start, first_due,
        draw(st.sampled_from(Rounding)),
    )
    assert accrues_daily(method, kind)
    return plan, start, rate


@settings(max_examples=150, deadline=None)
@given(plan=daily_plans(), late=st.lists(st.integers(0, 3), min_size=12, max_size=12),
       cut=st.integers(0, 12))
def test_paying_on_the_due_dates_reproduces_the_schedule(
    plan: tuple[list[Installment], date, Rate], late: list[int], cut: int
) -> None:
    installments, start, _ = plan
    paid = [pay(i.due, i.payment) for i in installments if i.payment]
    done = daily(installments, paid, installments[-1].due, start)
    assert {s.status for s in done.states} == {Status.paid}
    assert [(s.paid_principal, s.paid_interest, s.waived) for s in done.states] == [
        (i.principal, i.interest, 0) for i in installments
    ]
    assert done.summary.credit == 0
    # paid on time up to some due date: what is left stands as scheduled, and the payoff
    # a day later is the schedule's own payoff (the current period's interest by its days)
    cut = min(cut, len(installments))
    last_paid = installments[cut - 1].due if cut else start
    some = [p for p in paid if p.paid_on <= last_paid]
    as_of = last_paid + timedelta(days=1)
    if cut < len(installments) and as_of < installments[cut].due:
        result = daily(installments, some, as_of, start)
        assert [s.remaining for s in result.states[cut:]] == [
            i.payment for i in installments[cut:]
        ]
        assert result.summary.payoff_amount == payoff_amount(installments, as_of, start).total
    # a few days late (no penalty rate): the interest is still the schedule's
    late_paid = [pay(i.due + timedelta(days=d), i.payment)
                 for i, d in zip(installments, late, strict=False) if i.payment]
    settled = daily(installments, late_paid, installments[-1].due + timedelta(days=5), start)
    assert [s.paid_interest for s in settled.states] == [i.interest for i in installments]
    assert settled.summary.credit == 0


@settings(max_examples=250, deadline=None)
@given(
    plan=daily_plans(),
    payments=st.lists(
        st.tuples(st.integers(0, 420), st.one_of(st.integers(1, 50_000), st.integers(1, 60_000_000))),
        max_size=8,
    ),
    as_of_offset=st.integers(0, 450),
    penalty=st.sampled_from([None, DAILY_0_05]),
)
def test_interest_by_the_day_never_exceeds_the_days_the_money_was_used(
    plan: tuple[list[Installment], date, Rate],
    payments: list[tuple[int, int]],
    as_of_offset: int,
    penalty: Rate | None,
) -> None:
    installments, start, rate = plan
    principal = sum(i.principal for i in installments)
    inputs = [pay(start + timedelta(days=d), amount) for d, amount in payments]
    as_of = start + timedelta(days=as_of_offset)

    def at(day: date) -> Reconciliation:
        return reconcile(installments, inputs, day, start=start, penalty=penalty,
                         daily_interest=True)

    result = at(as_of)
    summary = result.summary
    paid_in = sum(p.amount for p in inputs if p.paid_on <= as_of)
    assert sum(s.paid for s in result.states) + summary.credit == paid_in
    assert sum(s.paid_principal for s in result.states) + summary.outstanding_principal == (
        principal
    )
    assert all(s.remaining >= 0 for s in result.states)
    assert all(s.paid_principal <= s.installment.principal for s in result.states)
    assert interest_owed(result) <= sum(i.interest for i in installments)
    if summary.credit:
        assert summary.settled_on is not None and summary.outstanding_principal == 0

    # interest paid ≤ principal outstanding × daily rate × days, day by day up to as_of
    # (and never after the last due date), give or take the schedule's fen per period
    last_due = installments[-1].due
    events = sorted({start, *(p.paid_on for p in inputs if start <= p.paid_on <= as_of)})
    bound = Fraction(0)
    for begin, end in zip(events, [*events[1:], as_of], strict=True):
        days = (min(end, last_due) - begin).days
        if days > 0:
            outstanding = at(begin).summary.outstanding_principal
            bound += Fraction(outstanding * days) * Fraction(rate.daily_fraction())
    paid_interest = sum(s.paid_interest for s in result.states)
    assert paid_interest <= bound + len(installments) + 1

    # paying the payoff amount settles the loan on the day, with nothing left over
    if summary.settled_on is None and summary.payoff_amount > 0:
        cleared = reconcile(installments, [*inputs, pay(as_of, summary.payoff_amount)], as_of,
                            start=start, penalty=penalty, daily_interest=True)
        assert cleared.summary.settled_on == as_of
        assert cleared.summary.credit == 0
        assert sum(s.paid_principal for s in cleared.states) == principal
        assert {s.remaining for s in cleared.states} == {0}


# --- the straightforward definition, day by day --------------------------------------------


@dataclass
class _Row:
    installment: Installment
    owed_interest: int = 0
    paid_interest: int = 0
    paid_principal: int = 0
    closed: bool = False  # paid off (before its due date, or after it)
    due_passed: bool = False

    @property
    def open_principal(self) -> int:
        return self.installment.principal - self.paid_principal

    @property
    def remaining(self) -> int:
        return self.open_principal + self.owed_interest - self.paid_interest


def day_by_day(installments: list[Installment], payments: list[PaymentInput], as_of: date,
               start: date) -> tuple[list[tuple[int, int, int]], int, int]:
    """Rules 5–7 applied one day at a time, with nothing kept incrementally: each day's
    interest on the open principal not yet due at the period's rate per principal-day.
    Returns (owed interest, paid interest, paid principal) per installment, the credit and
    the payoff on ``as_of``; open installments owe what continuing without payments gives."""
    rows = [_Row(i) for i in sorted(installments, key=lambda i: (i.due, i.n))]
    rates: list[Fraction | None] = []
    balance, previous = sum(i.principal for i in installments), start
    for row in rows:
        size = balance * (row.installment.due - previous).days
        rates.append(Fraction(row.installment.interest, size) if size > 0 else None)
        balance -= row.installment.principal
        previous = row.installment.due
    exact, put, credit, payoff = Fraction(0), 0, 0, 0

    def not_yet_due() -> list[int]:
        return [k for k, row in enumerate(rows) if not row.due_passed]

    def settled() -> bool:
        return all(row.remaining == 0 for row in rows)

    day = start
    while True:
        if day > start:  # the interest of this day, on the principal as it stood last night
            ahead = not_yet_due()
            if ahead and rates[ahead[0]] is not None:
                exact += rates[ahead[0]] * sum(rows[k].open_principal for k in ahead)
        for k, row in enumerate(rows):
            if row.installment.due == day:
                if rates[k] is None:
                    exact += row.installment.interest
                row.due_passed = True
                if not row.closed:
                    amount = (2 * exact.numerator + exact.denominator) // (
                        2 * exact.denominator) - put
                    row.owed_interest += amount
                    put += amount
        for payment in payments if day <= as_of else []:
            if payment.paid_on != day:
                continue
            money = payment.amount
            if settled():
                credit += money
                continue
            for row in rows:
                if row.due_passed and row.remaining:
                    interest = min(money, row.owed_interest - row.paid_interest)
                    row.paid_interest += interest
                    principal = min(money - interest, row.open_principal)
                    row.paid_principal += principal
                    money -= interest + principal
                    row.closed = row.remaining == 0
            ahead = [k for k in not_yet_due() if not rows[k].closed]
            if money and ahead:
                holder = rows[ahead[0]]
                accrued = (2 * exact.numerator + exact.denominator) // (
                    2 * exact.denominator) - put
                interest = min(money, accrued)
                holder.owed_interest += interest
                holder.paid_interest += interest
                put += interest
                principal = min(money - interest, holder.open_principal)
                holder.paid_principal += principal
                money -= interest + principal
                holder.closed = holder.remaining == 0
                later = [rows[k] for k in ahead[1:]]
                total = sum(row.open_principal for row in later)
                spent, given, cumulative = min(money, total), 0, 0
                for row in later:
                    if row.open_principal:
                        cumulative += row.open_principal
                        target = spent * cumulative // total
                        row.paid_principal += target - given
                        given = target
                        row.closed = row.open_principal == 0
                money -= spent
            credit += money
        if day == as_of:
            accrued = (2 * exact.numerator + exact.denominator) // (2 * exact.denominator)
            payoff = 0 if settled() else sum(row.remaining for row in rows) + accrued - put
        if day >= as_of and day >= rows[-1].installment.due:
            break
        day += timedelta(days=1)
    return [(r.owed_interest, r.paid_interest, r.paid_principal) for r in rows], credit, payoff


@settings(max_examples=200, deadline=None)
@given(
    plan=daily_plans(),
    payments=st.lists(
        st.tuples(st.integers(0, 400), st.one_of(st.integers(1, 60_000), st.integers(1, 60_000_000))),
        max_size=7,
    ),
    as_of_offset=st.integers(0, 420),
)
def test_the_incremental_book_matches_the_day_by_day_definition(
    plan: tuple[list[Installment], date, Rate], payments: list[tuple[int, int]],
    as_of_offset: int,
) -> None:
    installments, start, _ = plan
    inputs = [pay(start + timedelta(days=d), amount) for d, amount in payments]
    as_of = start + timedelta(days=as_of_offset)
    result = daily(installments, inputs, as_of, start)
    rows, credit, payoff = day_by_day(installments, inputs, as_of, start)
    assert [
        (s.installment.interest - s.waived, s.paid_interest, s.paid_principal)
        for s in result.states
    ] == rows
    assert result.summary.credit == credit
    assert result.summary.payoff_amount == payoff


def test_the_day_by_day_definition_agrees_on_the_weilidai_example() -> None:
    start = date(2024, 5, 1)
    plan = build_schedule(250_000, DAILY_0_05, 5, Method.daily, start)
    paid = [pay(date(2024, 5, 11), 150_000)]
    rows, credit, payoff = day_by_day(plan, paid, date(2024, 5, 11), start)
    assert sum(owed for owed, _, _ in rows) == 6_173
    assert (credit, payoff) == (0, 101_250)


@pytest.mark.parametrize("as_of", [date(2024, 4, 30), date(2024, 5, 1)])
def test_before_anything_accrues_the_payoff_is_the_principal(as_of: date) -> None:
    start = date(2024, 5, 1)
    plan = build_schedule(250_000, DAILY_0_05, 5, Method.daily, start)
    result = daily(plan, [], as_of, start)
    assert result.summary.payoff_amount == 250_000
    assert [s.remaining for s in result.states] == [i.payment for i in plan]
