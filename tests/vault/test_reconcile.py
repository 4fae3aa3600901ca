"""Reconciliation: on time, late, partial, overpaid, paid off early, restructured."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.vault.reconcile_reference import reference_reconcile
from vault.reconcile import (
    PaymentInput,
    PlanInput,
    Reconciliation,
    Status,
    reconcile,
    reconcile_plans,
    replay_plans,
)
from vault.schedule import Installment, Method, Rate, RateKind, build_schedule

START = date(2024, 1, 1)
# 12,000 at 12 %/year, equal principal over 3 months: 4,120.00 / 4,080.00 / 4,040.00
PLAN = build_schedule(
    1_200_000, Rate(RateKind.annual, Decimal("12")), 3, Method.equal_principal, START
)
PENALTY = Rate(RateKind.daily, Decimal("0.05"))


def pay(day: date, amount: int) -> PaymentInput:
    return PaymentInput(day, amount)


def test_plan_under_test() -> None:
    assert [(i.due, i.principal, i.interest) for i in PLAN] == [
        (date(2024, 2, 1), 400_000, 12_000),
        (date(2024, 3, 1), 400_000, 8_000),
        (date(2024, 4, 1), 400_000, 4_000),
    ]


def test_on_time() -> None:
    payments = [pay(date(2024, 2, 1), 412_000), pay(date(2024, 3, 1), 408_000)]
    result = reconcile(PLAN, payments, date(2024, 3, 15), start=START)
    assert [s.status for s in result.states] == [Status.paid, Status.paid, Status.due]
    assert [s.days_late for s in result.states] == [0, 0, 0]
    assert result.states[0].paid_on == date(2024, 2, 1)
    summary = result.summary
    assert summary.outstanding_principal == 400_000
    assert summary.interest_due == 0
    assert summary.overdue_count == 0
    assert (summary.next_due_date, summary.next_due_amount) == (date(2024, 4, 1), 404_000)
    # 14 of the period's 31 days: 40.00 × 14/31 = 18.06
    assert summary.payoff_amount == 401_806
    assert summary.total_paid == 820_000
    assert summary.credit == 0
    assert summary.settled_on is None

    final = reconcile(PLAN, [*payments, pay(date(2024, 4, 1), 404_000)], date(2024, 5, 1))
    assert {s.status for s in final.states} == {Status.paid}
    assert final.summary.settled_on == date(2024, 4, 1)
    assert final.summary.payoff_amount == 0
    assert final.summary.next_due_date is None


def test_late_with_penalty_interest() -> None:
    as_of = date(2024, 2, 11)
    result = reconcile(PLAN, [], as_of, start=START, penalty=PENALTY)
    first = result.states[0]
    assert (first.status, first.days_late) == (Status.overdue, 10)
    assert first.penalty == 2_000  # 4,000.00 × 0.05 % × 10 days
    summary = result.summary
    assert (summary.overdue_count, summary.overdue_amount) == (1, 414_000)
    assert summary.interest_due == 12_000
    assert summary.penalty_due == 2_000
    assert result.states[1].status is Status.due

    paid = reconcile(PLAN, [pay(as_of, 414_000)], as_of, start=START, penalty=PENALTY)
    first = paid.states[0]
    assert (first.status, first.days_late, first.paid_penalty) == (Status.paid, 10, 2_000)
    assert paid.summary.overdue_count == 0

    no_penalty = reconcile(PLAN, [], as_of, start=START)
    assert no_penalty.states[0].penalty == 0
    assert no_penalty.summary.overdue_amount == 412_000


def test_partial_payment_goes_to_interest_before_principal() -> None:
    payments = [pay(date(2024, 2, 1), 100_000)]
    today = reconcile(PLAN, payments, date(2024, 2, 1), start=START, penalty=PENALTY)
    first = today.states[0]
    assert first.status is Status.partly_paid
    assert (first.paid_interest, first.paid_principal) == (12_000, 88_000)
    assert first.remaining == 312_000

    next_day = reconcile(PLAN, payments, date(2024, 2, 2), start=START, penalty=PENALTY)
    first = next_day.states[0]
    assert (first.status, first.days_late) == (Status.overdue, 1)
    assert first.penalty == 156  # the open principal 3,120.00 × 0.05 % × 1 day
    assert next_day.summary.outstanding_principal == 1_112_000

    # the next payment pays the penalty before the principal
    later = reconcile(
        PLAN, [*payments, pay(date(2024, 2, 5), 1_000)], date(2024, 2, 5), penalty=PENALTY
    )
    first = later.states[0]
    assert first.penalty == 624  # 3,120.00 × 0.05 % × 4 days
    assert (first.paid_penalty, first.paid_principal) == (624, 88_376)


def test_overpayment_is_kept_as_credit_and_applied_when_due() -> None:
    payments = [pay(date(2024, 2, 1), 900_000)]
    result = reconcile(PLAN, payments, date(2024, 2, 15), start=START)
    assert [s.status for s in result.states] == [Status.paid, Status.paid, Status.future]
    assert result.summary.credit == 80_000
    assert result.summary.next_due_date == date(2024, 4, 1)
    assert result.summary.next_due_amount == 404_000 - 80_000

    after = reconcile(PLAN, payments, date(2024, 3, 2), start=START)
    third = after.states[2]
    assert third.status is Status.partly_paid
    assert (third.paid_interest, third.paid_principal) == (4_000, 76_000)
    assert after.summary.credit == 0
    assert after.summary.total_paid == 900_000


def test_payment_after_settlement_is_credit() -> None:
    payments = [pay(date(2024, 2, 1), 412_000), pay(date(2024, 2, 1), 1_000_000)]
    result = reconcile(PLAN, payments, date(2024, 2, 1), start=START)
    # on 2024-02-01 the payoff is period 1 in full plus the later principal: 12,120.00
    assert result.summary.settled_on == date(2024, 2, 1)
    assert result.summary.credit == 1_412_000 - 1_212_000
    assert [s.waived for s in result.states] == [0, 8_000, 4_000]
    late = reconcile(PLAN, [*payments, pay(date(2024, 2, 20), 500)], date(2024, 3, 1))
    assert late.summary.credit == 200_500
    assert {s.status for s in late.states} == {Status.paid}


def test_early_payoff_pays_interest_for_actual_days() -> None:
    paid = [pay(date(2024, 2, 1), 412_000), pay(date(2024, 3, 1), 408_000)]
    as_of = date(2024, 3, 11)
    before = reconcile(PLAN, paid, as_of, start=START)
    # 4,000.00 principal + 40.00 × 10/31 days of period 3 = 12.90
    assert before.summary.payoff_amount == 401_290
    after = reconcile(PLAN, [*paid, pay(as_of, 401_290)], as_of, start=START)
    assert {s.status for s in after.states} == {Status.paid}
    assert after.summary.settled_on == as_of
    assert after.summary.credit == 0
    assert after.summary.outstanding_principal == 0
    assert [s.waived for s in after.states] == [0, 0, 4_000 - 1_290]
    assert after.states[2].paid_interest == 1_290

    # with period 2 still unpaid, the payoff includes that installment in full
    missed = reconcile(PLAN, paid[:1], as_of, start=START)
    assert missed.summary.payoff_amount == 408_000 + 401_290


def test_early_payoff_of_a_daily_loan() -> None:
    start = date(2024, 5, 15)
    plan = build_schedule(250_000, Rate(RateKind.daily, Decimal("0.05")), 5, Method.daily, start)
    payments = [pay(date(2024, 6, 15), 53_875), pay(date(2024, 6, 25), 201_000)]
    result = reconcile(plan, payments, date(2024, 7, 1), start=start)
    assert result.summary.settled_on == date(2024, 6, 25)
    assert result.states[1].paid_interest == 1_000  # 2,000 × 0.05 % × 10 days
    assert result.summary.credit == 0


def test_paying_the_last_installment_early_leaves_unused_interest_as_credit() -> None:
    payments = [
        pay(date(2024, 2, 1), 412_000),
        pay(date(2024, 3, 1), 408_000),
        pay(date(2024, 3, 17), 404_000),
    ]
    result = reconcile(PLAN, payments, date(2024, 3, 20), start=START)
    # 16 of 31 days: 40.00 × 16/31 = 20.65; the other 19.35 is the borrower's
    assert result.summary.settled_on == date(2024, 3, 17)
    assert result.summary.credit == 4_000 - 2_065


def test_restructured_plan_mid_way() -> None:
    new_plan = [
        Installment(k, date(2024, 3 + k, 20), 205_000, 0) for k in range(1, 5)
    ]  # 820,000 over 4 months from 2024-04-20, interest waived
    payments = [
        pay(date(2024, 2, 1), 412_000),
        pay(date(2024, 3, 19), 5_000),  # before the new plan: stays with the old one
        pay(date(2024, 4, 20), 205_000),
    ]
    results = reconcile_plans(
        [
            PlanInput(date(2024, 3, 20), new_plan),
            PlanInput(START, PLAN),
        ],
        payments,
        date(2024, 5, 1),
    )
    old, new = results
    assert old.plan.effective_from == START
    assert old.superseded_on == date(2024, 3, 20)
    assert old.reconciliation.summary.as_of == date(2024, 3, 19)
    assert old.reconciliation.summary.total_paid == 417_000
    assert [s.status for s in old.reconciliation.states] == [
        Status.paid,
        Status.overdue,
        Status.due,
    ]
    assert old.reconciliation.states[1].days_late == 18
    assert new.superseded_on is None
    assert [s.status for s in new.reconciliation.states] == [
        Status.paid,
        Status.due,
        Status.future,
        Status.future,
    ]
    assert new.reconciliation.summary.outstanding_principal == 615_000
    assert new.reconciliation.summary.total_paid == 205_000


def test_credit_carries_into_the_negotiated_plan() -> None:
    new_plan = [Installment(1, date(2024, 4, 20), 800_000, 0)]
    payments = [pay(date(2024, 2, 1), 900_000)]  # 800.00 ahead of the old plan
    results = reconcile_plans(
        [PlanInput(START, PLAN), PlanInput(date(2024, 2, 10), new_plan)],
        payments,
        date(2024, 2, 15),
    )
    assert results[0].reconciliation.summary.credit == 80_000
    assert results[1].reconciliation.summary.credit == 80_000
    assert results[1].reconciliation.summary.next_due_amount == 720_000


def test_input_validation() -> None:
    with pytest.raises(ValueError, match="more than zero"):
        PaymentInput(date(2024, 1, 1), 0)
    with pytest.raises(ValueError, match="at least one installment"):
        reconcile([], [], date(2024, 1, 1))
    with pytest.raises(ValueError, match="same day"):
        reconcile_plans([PlanInput(START, PLAN), PlanInput(START, PLAN)], [], date(2024, 2, 1))


@settings(max_examples=150, deadline=None)
@given(
    payments=st.lists(
        st.tuples(st.integers(min_value=0, max_value=120), st.integers(1, 600_000)),
        max_size=8,
    ),
    as_of_offset=st.integers(min_value=0, max_value=150),
    with_penalty=st.booleans(),
)
def test_money_is_conserved(
    payments: list[tuple[int, int]], as_of_offset: int, with_penalty: bool
) -> None:
    inputs = [pay(START + timedelta(days=d), amount) for d, amount in payments]
    as_of = START + timedelta(days=as_of_offset)
    result = reconcile(PLAN, inputs, as_of, start=START, penalty=PENALTY if with_penalty else None)
    summary = result.summary
    paid_in = sum(p.amount for p in inputs if p.paid_on <= as_of)
    assert summary.total_paid == paid_in
    assert sum(s.paid for s in result.states) + summary.credit == paid_in
    assert all(s.remaining >= 0 for s in result.states)
    assert summary.outstanding_principal == sum(
        s.installment.principal - s.paid_principal for s in result.states
    )
    assert summary.payoff_amount >= 0
    for state in result.states:
        if state.status is Status.overdue:
            assert state.installment.due < as_of and state.days_late > 0
        if state.status is Status.paid:
            assert state.remaining == 0
    if summary.credit > 0 and summary.settled_on is None:
        # credit only exists once everything due, and the current period, is paid
        assert all(s.status is Status.paid for s in result.states if s.installment.due <= as_of)


# --- the incremental ledger against the straightforward definition ---------------------------

PENALTIES = [None, PENALTY, Rate(RateKind.annual, Decimal("24"), 365)]  # the last never ends


@st.composite
def schedules(draw: st.DrawFn) -> tuple[list[Installment], date]:
    """Computed plans of every method, or typed ones with odd rows: zero amounts, shared days."""
    start = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 400)))
    if draw(st.booleans()):
        method = draw(st.sampled_from([m for m in Method if m is not Method.custom]))
        kind = RateKind.daily if method is Method.daily else draw(st.sampled_from(RateKind))
        percent = Decimal(draw(st.sampled_from(["0", "0.05", "0.5", "4.9", "18", "35.9"])))
        plan = build_schedule(
            draw(st.integers(1, 50_000_000)), Rate(kind, percent), draw(st.integers(1, 24)),
            method, start,
        )
        return plan, start
    rows = []
    due = start
    for n in range(1, draw(st.integers(1, 8)) + 1):
        due += timedelta(days=draw(st.sampled_from([0, 1, 28, 31])))
        rows.append(Installment(n, due, *draw(st.tuples(*[st.integers(0, 60_000)] * 3))))
    return rows, start


@settings(max_examples=300, deadline=None)
@given(
    plan=schedules(),
    payments=st.lists(
        st.tuples(
            st.integers(-10, 800),
            st.one_of(st.integers(1, 100_000), st.integers(1, 60_000_000)),
        ),
        max_size=12,
    ),
    as_of_offset=st.integers(0, 900),
    penalty=st.sampled_from(PENALTIES),
    opening_credit=st.sampled_from([0, 0, 1, 250_000]),
)
def test_the_incremental_ledger_matches_the_straightforward_replay(
    plan: tuple[list[Installment], date],
    payments: list[tuple[int, int]],
    as_of_offset: int,
    penalty: Rate | None,
    opening_credit: int,
) -> None:
    installments, start = plan
    inputs = [pay(start + timedelta(days=d), amount) for d, amount in payments]
    as_of = start + timedelta(days=as_of_offset)

    def replay(how: Callable[..., Reconciliation]) -> Reconciliation:
        return how(installments, inputs, as_of, start=start, penalty=penalty,
                   opening_credit=opening_credit)

    try:
        expected = replay(reference_reconcile)
    except ValueError as error:  # a payoff before the loan started, as the reference has it
        with pytest.raises(ValueError, match=str(error)):
            replay(reconcile)
        return
    assert replay(reconcile) == expected


def test_regular_payments_in_a_big_plan_match_the_straightforward_replay() -> None:
    plan = build_schedule(
        20_000_000, Rate(RateKind.annual, Decimal("14.6")), 36, Method.annuity, START
    )
    payments = [pay(i.due + timedelta(days=k % 3), i.payment) for k, i in enumerate(plan[:30])]
    payments.append(pay(plan[30].due - timedelta(days=9), 9_000_000))  # pays it off early
    for as_of in (plan[10].due, plan[30].due, plan[-1].due + timedelta(days=40)):
        for penalty in PENALTIES:
            result = reconcile(plan, payments, as_of, start=START, penalty=penalty)
            assert result == reference_reconcile(plan, payments, as_of, start=START,
                                                 penalty=penalty)


def test_a_second_payment_ahead_stays_credit_until_the_next_period() -> None:
    early = [pay(date(2024, 1, 10), 412_000 + 5_000), pay(date(2024, 1, 20), 1_000)]
    result = reconcile(PLAN, early, date(2024, 1, 25), start=START)
    assert result == reference_reconcile(PLAN, early, date(2024, 1, 25), start=START)
    assert [s.status for s in result.states] == [Status.paid, Status.future, Status.future]
    assert result.summary.credit == 6_000


def test_paying_exactly_the_principal_of_an_interest_free_plan_settles_it() -> None:
    free = build_schedule(300_000, Rate(RateKind.annual, Decimal(0)), 3, Method.annuity, START)
    paid = [pay(date(2024, 1, 5), 300_000)]
    result = reconcile(free, paid, date(2024, 1, 6), start=START)
    assert result == reference_reconcile(free, paid, date(2024, 1, 6), start=START)
    assert result.summary.settled_on == date(2024, 1, 5)
    assert {s.status for s in result.states} == {Status.paid}


def test_states_are_built_once_when_first_asked_for() -> None:
    payments = [pay(date(2024, 2, 1), 412_000), pay(date(2024, 3, 5), 100_000)]
    result = reconcile(PLAN, payments, date(2024, 3, 10), start=START, penalty=PENALTY)
    states = result.states
    assert result.states is states  # built once, then kept
    assert [s.installment for s in states] == PLAN
    assert [s.status for s in states] == [Status.paid, Status.overdue, Status.due]
    eager = Reconciliation(list(states), result.summary)
    assert eager == result and result == eager
    assert eager != Reconciliation(states[:2], result.summary)
    with pytest.raises(TypeError):
        hash(result)


def test_payments_as_pairs_reconcile_as_payment_inputs() -> None:
    """replay_plans (the bulk overview's path) takes (paid_on, amount) pairs."""
    plans = [
        PlanInput(START, PLAN[:2], START),
        PlanInput(date(2024, 3, 15), [Installment(1, date(2024, 4, 15), 400_000, 2_000)]),
    ]
    payments = [pay(date(2024, 2, 1), 412_000), pay(date(2024, 3, 20), 402_000),
                pay(date(2024, 4, 20), 500)]
    pairs = [(p.paid_on, p.amount) for p in payments]
    for as_of in (date(2024, 3, 1), date(2024, 4, 30)):
        assert replay_plans(plans, pairs, as_of, PENALTY) == reconcile_plans(
            plans, payments, as_of, penalty=PENALTY
        )
    with pytest.raises(ValueError, match="more than zero"):
        replay_plans(plans, [(date(2024, 2, 1), 0)], date(2024, 4, 30), None)
