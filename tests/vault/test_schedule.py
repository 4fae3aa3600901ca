"""Schedules: the DOMAIN.md check figures to the fen, due dates, payoff, prepayment."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, localcontext

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vault.money import round_fen
from vault.schedule import (
    Difference,
    DifferenceField,
    Installment,
    Method,
    PayoffTable,
    PrepayMode,
    Rate,
    RateKind,
    Rounding,
    _pro_rata,  # the integer share, pinned to its Decimal definition
    add_months,
    balances,
    build_schedule,
    compare_schedules,
    days_late,
    due_dates,
    payoff_amount,
    payoff_parts,
    penalty_interest,
    prepay,
)

ANNUAL_4_9 = Rate(RateKind.annual, Decimal("4.9"))
DAILY_0_05 = Rate(RateKind.daily, Decimal("0.05"))
COMPUTED = [m for m in Method if m is not Method.custom]


# --- the check figures -------------------------------------------------------------------


def test_annuity_check_figure_654_44() -> None:
    plan = build_schedule(10_000_000, ANNUAL_4_9, 240, Method.annuity, date(2024, 1, 15))
    assert {i.payment for i in plan[:-1]} == {65444}
    assert plan[0].interest == 40833  # 100,000 × 4.9 % / 12 = 408.333…
    assert plan[0].principal == 24611
    assert sum(i.principal for i in plan) == 10_000_000


def test_equal_principal_check_figure_6861_11_falling_11_34() -> None:
    plan = build_schedule(100_000_000, ANNUAL_4_9, 360, Method.equal_principal, date(2024, 1, 15))
    assert plan[0].payment == 686111
    assert plan[0].principal == 277778
    assert plan[0].payment - plan[1].payment == 1134
    steps = {a.payment - b.payment for a, b in zip(plan[:-2], plan[1:-1], strict=True)}
    assert steps <= {1134, 1135}  # (P/n)·r = 11.3426…, each interest rounded to fen
    assert plan[-1].principal == 100_000_000 - 359 * 277778


def test_daily_check_figure() -> None:
    plan = build_schedule(250_000, DAILY_0_05, 5, Method.daily, date(2024, 5, 15))
    days = [
        (b - a).days
        for a, b in zip(
            [date(2024, 5, 15)] + [i.due for i in plan[:-1]], [i.due for i in plan], strict=True
        )
    ]
    assert days == [31, 30, 31, 31, 30]
    assert [i.interest for i in plan] == [3875, 3000, 2325, 1550, 750]
    assert [i.principal for i in plan] == [50_000] * 5


def test_bullet_daily_check_figure_150() -> None:
    plan = build_schedule(
        1_000_000, DAILY_0_05, 1, Method.bullet, date(2024, 1, 1), date(2024, 1, 31)
    )
    assert plan == [Installment(1, date(2024, 1, 31), 1_000_000, 15_000)]


def test_daily_rate_annualizes_to_18_and_18_25() -> None:
    assert DAILY_0_05.annual_percent() == Decimal("18")
    assert Rate(RateKind.daily, Decimal("0.05"), 365).annual_percent() == Decimal("18.25")
    assert DAILY_0_05.daily_fraction() == Decimal("0.0005")
    assert Rate(RateKind.annual, Decimal("18")).daily_fraction() == Decimal("0.0005")


def test_monthly_fraction_is_never_rounded() -> None:
    r = ANNUAL_4_9.monthly_fraction()
    assert r * 12 == Decimal("0.049") or abs(r * 12 - Decimal("0.049")) < Decimal("1e-45")
    assert len(r.as_tuple().digits) >= 45
    assert Rate(RateKind.monthly_fee, Decimal("0.5")).monthly_fraction() == Decimal("0.005")
    assert Rate(RateKind.monthly_fee, Decimal("0.5")).annual_percent() == Decimal("6.0")


def test_rate_validation() -> None:
    with pytest.raises(TypeError):
        Rate(RateKind.annual, 4.9)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="non-negative"):
        Rate(RateKind.annual, Decimal("-1"))
    with pytest.raises(ValueError, match="day basis"):
        Rate(RateKind.daily, Decimal("0.05"), 364)


# --- conventions ---------------------------------------------------------------------------


def test_exact_rounding_totals_come_from_the_unrounded_payment() -> None:
    plan = build_schedule(
        10_000_000, ANNUAL_4_9, 240, Method.annuity, date(2024, 1, 15), rounding=Rounding.exact
    )
    r = ANNUAL_4_9.monthly_fraction()
    growth = (1 + r) ** 240
    exact_m = Decimal(10_000_000) * r * growth / (growth - 1)
    assert sum(i.payment for i in plan) == int(round_fen(exact_m * 240))
    assert sum(i.principal for i in plan) == 10_000_000
    assert all(abs(i.payment - 65444) <= 2 for i in plan)  # each column rounded on its own
    posted = build_schedule(10_000_000, ANNUAL_4_9, 240, Method.annuity, date(2024, 1, 15))
    assert sum(i.payment for i in posted) != sum(i.payment for i in plan)


def test_due_dates_roll_to_month_end_and_keep_the_contract_day() -> None:
    assert due_dates(date(2024, 1, 31), 4) == [
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
        date(2024, 5, 31),
    ]
    assert due_dates(date(2023, 1, 30), 2) == [date(2023, 2, 28), date(2023, 3, 30)]
    assert due_dates(date(2024, 1, 5), 2, date(2024, 2, 20)) == [
        date(2024, 2, 20),
        date(2024, 3, 20),
    ]
    assert add_months(date(2024, 12, 15), 1) == date(2025, 1, 15)
    assert add_months(date(2024, 1, 31), 13) == date(2025, 2, 28)


def test_interest_first_pays_principal_at_the_end() -> None:
    plan = build_schedule(
        1_200_000, Rate(RateKind.annual, Decimal("12")), 3, Method.interest_first, date(2024, 1, 10)
    )
    assert [(i.principal, i.interest) for i in plan] == [
        (0, 12_000),
        (0, 12_000),
        (1_200_000, 12_000),
    ]


def test_bullet_with_annual_rate_is_simple_interest_over_months() -> None:
    plan = build_schedule(
        1_000_000, Rate(RateKind.annual, Decimal("6")), 6, Method.bullet, date(2024, 1, 10)
    )
    assert plan == [Installment(1, date(2024, 7, 10), 1_000_000, 30_000)]


def test_monthly_fee_is_charged_on_the_original_principal() -> None:
    fee_rate = Rate(RateKind.monthly_fee, Decimal("0.5"))
    plan = build_schedule(1_000_000, fee_rate, 12, Method.annuity, date(2024, 1, 10))
    assert {i.fee for i in plan} == {5_000}
    assert {i.interest for i in plan} == {0}
    assert [i.principal for i in plan] == [83_333] * 11 + [83_337]


def test_zero_rate_loan() -> None:
    plan = build_schedule(
        100_000, Rate(RateKind.annual, Decimal(0)), 3, Method.annuity, date(2024, 1, 1)
    )
    assert [i.payment for i in plan] == [33_333, 33_333, 33_334]


@pytest.mark.parametrize("kind", list(RateKind))
@pytest.mark.parametrize("method", COMPUTED)
@pytest.mark.parametrize("rounding", list(Rounding))
def test_a_zero_rate_loan_of_every_method_repays_the_principal_only(
    method: Method, kind: RateKind, rounding: Rounding
) -> None:
    plan = build_schedule(
        100_001, Rate(kind, Decimal(0)), 7, method, date(2024, 1, 31), rounding=rounding
    )
    assert sum(i.principal for i in plan) == 100_001
    assert sum(i.interest for i in plan) == 0
    assert sum(i.fee for i in plan) == 0
    assert sum(i.payment for i in plan) == 100_001
    assert balances(plan)[-1] == 0
    assert len(plan) == (1 if method is Method.bullet else 7)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"principal": 0}, "more than zero"),
        ({"principal": -5}, "more than zero"),
        ({"months": 0}, "between 1 and"),
        ({"method": Method.custom}, "typed from the lender"),
        ({"first_due": date(2024, 1, 1)}, "after the loan start"),
    ],
)
def test_build_schedule_rejects_bad_input(kwargs: dict[str, object], message: str) -> None:
    args: dict[str, object] = {
        "principal": 100_000,
        "rate": ANNUAL_4_9,
        "months": 12,
        "method": Method.annuity,
        "start": date(2024, 1, 1),
    }
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        build_schedule(**args)  # type: ignore[arg-type]


# --- properties ----------------------------------------------------------------------------

rates = st.one_of(
    st.decimals(min_value=0, max_value=36, places=2).map(lambda p: Rate(RateKind.annual, p)),
    st.decimals(min_value=0, max_value=Decimal("0.1"), places=3).map(
        lambda p: Rate(RateKind.daily, p)
    ),
    st.decimals(min_value=0, max_value=3, places=2).map(lambda p: Rate(RateKind.monthly_fee, p)),
)


@settings(max_examples=150, deadline=None)
@given(
    principal=st.integers(min_value=1, max_value=10**10),
    rate=rates,
    months=st.integers(min_value=1, max_value=360),
    method=st.sampled_from(COMPUTED),
    start=st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)),
    rounding=st.sampled_from(list(Rounding)),
)
@example(  # 0 % for each method: the principal alone, in the exact and the posted convention
    principal=1, rate=Rate(RateKind.annual, Decimal(0)), months=360, method=Method.annuity,
    start=date(2024, 1, 31), rounding=Rounding.exact,
)
@example(
    principal=10**10, rate=Rate(RateKind.daily, Decimal(0)), months=7,
    method=Method.equal_principal, start=date(2024, 2, 29), rounding=Rounding.posted,
)
@example(
    principal=99_999, rate=Rate(RateKind.monthly_fee, Decimal(0)), months=12,
    method=Method.interest_first, start=date(2023, 12, 31), rounding=Rounding.exact,
)
@example(
    principal=100_000, rate=Rate(RateKind.annual, Decimal(0)), months=24, method=Method.bullet,
    start=date(2024, 1, 1), rounding=Rounding.posted,
)
@example(
    principal=3, rate=Rate(RateKind.daily, Decimal(0)), months=5, method=Method.daily,
    start=date(2024, 1, 30), rounding=Rounding.exact,
)
def test_every_method_sums_to_principal_and_clears(
    principal: int, rate: Rate, months: int, method: Method, start: date, rounding: Rounding
) -> None:
    plan = build_schedule(principal, rate, months, method, start, rounding=rounding)
    assert sum(i.principal for i in plan) == principal
    remaining = balances(plan)
    assert min(remaining) >= 0
    assert remaining[-1] == 0
    assert all(i.principal >= 0 and i.interest >= 0 for i in plan)
    assert [i.n for i in plan] == list(range(1, len(plan) + 1))
    assert all(a.due < b.due for a, b in zip(plan, plan[1:], strict=False))
    expected_count = 1 if method is Method.bullet else months
    assert len(plan) == expected_count
    if method in (Method.annuity, Method.equal_principal, Method.daily):
        assert all(i.payment >= i.interest for i in plan)
    if rate.percent == 0:
        assert sum(i.interest + i.fee for i in plan) == 0
        assert sum(i.payment for i in plan) == principal


@settings(max_examples=100, deadline=None)
@given(
    principal=st.integers(min_value=100_000, max_value=10**9),
    percent=st.decimals(min_value=Decimal("0.5"), max_value=36, places=2),
    months=st.integers(min_value=2, max_value=360),
)
def test_annuity_payments_are_level_until_cleared(
    principal: int, percent: Decimal, months: int
) -> None:
    plan = build_schedule(
        principal, Rate(RateKind.annual, percent), months, Method.annuity, date(2024, 3, 1)
    )
    level = plan[0].payment
    # posted rounding can clear a long, costly loan early: only then does a payment differ
    for installment, left in zip(plan[:-1], balances(plan)[:-1], strict=True):
        assert installment.payment == level or left == 0


# --- payoff, prepayment, overdue -----------------------------------------------------------


def test_payoff_of_a_daily_loan_charges_actual_days_only() -> None:
    plan = build_schedule(250_000, DAILY_0_05, 5, Method.daily, date(2024, 5, 15))
    # 10 days into period 2 (after the 2024-06-15 installment): 2,000 × 0.05 % × 10 = 10.00
    payoff = payoff_amount(plan, date(2024, 6, 25), date(2024, 5, 15))
    assert (payoff.principal, payoff.interest, payoff.fee) == (200_000, 1_000, 0)
    assert payoff.total == 201_000
    # on a due date the period's full interest is owed
    assert payoff_amount(plan, date(2024, 7, 15), date(2024, 5, 15)).total == 200_000 + 3_000
    assert payoff_amount(plan, date(2024, 5, 15), date(2024, 5, 15)).total == 250_000


def test_payoff_of_a_monthly_loan_is_pro_rata_by_days() -> None:
    plan = build_schedule(
        1_200_000,
        Rate(RateKind.annual, Decimal("12")),
        12,
        Method.equal_principal,
        date(2024, 1, 1),
    )
    # period 2024-02-01 → 2024-03-01 has 29 days; 10 elapsed: 11,000 × 10/29 = 3,793.10…
    payoff = payoff_amount(plan, date(2024, 2, 11), date(2024, 1, 1))
    assert payoff.principal == 1_100_000
    assert payoff.interest == 3_793
    with pytest.raises(ValueError, match="before the loan started"):
        payoff_amount(plan, date(2023, 12, 1), date(2024, 1, 1))


def test_prepay_keep_term_lowers_the_payment() -> None:
    start = date(2024, 1, 1)
    rate = Rate(RateKind.annual, Decimal("12"))
    plan = build_schedule(1_200_000, rate, 12, Method.annuity, start)
    new = prepay(
        plan,
        500_000,
        date(2024, 3, 1),
        PrepayMode.keep_term_lower_payment,
        rate=rate,
        method=Method.annuity,
        start=start,
    )
    assert new[:2] == plan[:2]
    assert new[2] == Installment(3, date(2024, 3, 1), 500_000, 0)  # on a due date: no accrual
    assert len(new) == 13
    assert [i.due for i in new[3:]] == [i.due for i in plan[2:]]
    assert new[3].payment < plan[2].payment
    assert sum(i.principal for i in new) == 1_200_000
    assert len({i.payment for i in new[3:-1]}) == 1


def test_prepay_keep_payment_shortens_the_term() -> None:
    start = date(2024, 1, 1)
    rate = Rate(RateKind.annual, Decimal("12"))
    plan = build_schedule(1_200_000, rate, 12, Method.annuity, start)
    new = prepay(
        plan,
        500_000,
        date(2024, 3, 1),
        PrepayMode.keep_payment_shorten_term,
        rate=rate,
        method=Method.annuity,
        start=start,
    )
    assert len(new) < 13
    assert {i.payment for i in new[3:-1]} == {plan[0].payment}
    assert new[-1].payment <= plan[0].payment
    assert sum(i.principal for i in new) == 1_200_000
    assert balances(new)[-1] == 0


def test_prepay_mid_period_pays_accrued_interest_on_the_prepaid_part() -> None:
    start = date(2024, 5, 15)
    plan = build_schedule(250_000, DAILY_0_05, 5, Method.daily, start)
    # 10 days after 2024-06-15: X + X × 0.05 % × 10 = 100,500 → X = 100,000, interest 5.00
    new = prepay(
        plan,
        100_500,
        date(2024, 6, 25),
        PrepayMode.keep_term_lower_payment,
        rate=DAILY_0_05,
        method=Method.daily,
        start=start,
    )
    assert new[1] == Installment(2, date(2024, 6, 25), 100_000, 500)
    assert [i.principal for i in new[2:]] == [25_000] * 4
    # the next period charges the new balance 1,000 for its full 30 days: 15.00
    assert new[2].interest == 1_500
    assert sum(i.principal for i in new) == 250_000


def test_prepay_the_payoff_amount_settles_and_more_is_refused() -> None:
    start = date(2024, 5, 15)
    plan = build_schedule(250_000, DAILY_0_05, 5, Method.daily, start)
    payoff = payoff_amount(plan, date(2024, 6, 25), start).total
    new = prepay(
        plan,
        payoff,
        date(2024, 6, 25),
        PrepayMode.keep_term_lower_payment,
        rate=DAILY_0_05,
        method=Method.daily,
        start=start,
    )
    assert len(new) == 2
    assert new[1] == Installment(2, date(2024, 6, 25), 200_000, 1_000)
    with pytest.raises(ValueError, match="exceeds the payoff"):
        prepay(
            plan,
            payoff + 1,
            date(2024, 6, 25),
            PrepayMode.keep_term_lower_payment,
            rate=DAILY_0_05,
            method=Method.daily,
            start=start,
        )


def test_prepay_bullet_and_interest_first() -> None:
    start = date(2024, 1, 1)
    plan = build_schedule(1_000_000, DAILY_0_05, 1, Method.bullet, start, date(2024, 1, 31))
    new = prepay(
        plan,
        502_500,
        date(2024, 1, 11),
        PrepayMode.keep_term_lower_payment,
        rate=DAILY_0_05,
        method=Method.bullet,
        start=start,
    )
    # 10 days: X × 1.005 = 502,500 → X = 500,000; the rest owes 30 days on 5,000 = 75.00
    assert new == [
        Installment(1, date(2024, 1, 11), 500_000, 2_500),
        Installment(2, date(2024, 1, 31), 500_000, 7_500),
    ]
    rate = Rate(RateKind.annual, Decimal("12"))
    plan = build_schedule(1_200_000, rate, 3, Method.interest_first, start)
    with pytest.raises(ValueError, match="interest_first loan has no regular payment"):
        prepay(
            plan,
            100_000,
            date(2024, 2, 1),
            PrepayMode.keep_payment_shorten_term,
            rate=rate,
            method=Method.interest_first,
            start=start,
        )
    new = prepay(
        plan,
        200_000,
        date(2024, 2, 1),
        PrepayMode.keep_term_lower_payment,
        rate=rate,
        method=Method.interest_first,
        start=start,
    )
    assert [(i.principal, i.interest) for i in new] == [
        (0, 12_000),
        (200_000, 0),
        (0, 10_000),
        (1_000_000, 10_000),
    ]


@settings(max_examples=100, deadline=None)
@given(
    principal=st.integers(min_value=100_000, max_value=10**9),
    method=st.sampled_from([Method.annuity, Method.equal_principal, Method.daily]),
    months=st.integers(min_value=3, max_value=60),
    offset=st.integers(min_value=1, max_value=60),
    share=st.integers(min_value=1, max_value=99),
    mode=st.sampled_from(list(PrepayMode)),
)
def test_prepay_keeps_principal_whole(
    principal: int, method: Method, months: int, offset: int, share: int, mode: PrepayMode
) -> None:
    start = date(2024, 1, 31)
    rate = Rate(RateKind.annual, Decimal("15.4"))
    plan = build_schedule(principal, rate, months, method, start)
    on = start + timedelta(days=offset)
    due_today = sum(i.payment for i in plan if i.due == on)  # paid as scheduled, not prepaid
    amount = max(1, (payoff_amount(plan, on, start).total - due_today) * share // 100)
    new = prepay(plan, amount, on, mode, rate=rate, method=method, start=start)
    assert sum(i.principal for i in new) == principal
    assert min(balances(new)) >= 0
    assert len(new) <= len(plan) + 1
    assert sum(i.interest for i in new) <= sum(i.interest for i in plan)


def test_days_late_and_penalty() -> None:
    installment = Installment(1, date(2024, 3, 15), 50_000, 3_000)
    assert days_late(installment, date(2024, 3, 15)) == 0
    assert days_late(installment, date(2024, 3, 1)) == 0
    assert days_late(installment, date(2024, 3, 25)) == 10
    # 罚息 at 0.075 %/day on 500.00 for 10 days = 3.75
    assert penalty_interest(50_000, Rate(RateKind.daily, Decimal("0.075")), 10) == 375
    assert penalty_interest(50_000, Rate(RateKind.annual, Decimal("18")), 0) == 0


def test_compare_schedules_shows_each_difference() -> None:
    ours = build_schedule(
        1_200_000, Rate(RateKind.annual, Decimal("12")), 3, Method.equal_principal, date(2024, 1, 1)
    )
    lenders = [
        ours[0],
        Installment(2, date(2024, 3, 2), ours[1].principal, ours[1].interest + 1),
    ]
    assert compare_schedules(ours, ours) == []
    assert compare_schedules(ours, lenders) == [
        Difference(2, DifferenceField.due, date(2024, 3, 1), date(2024, 3, 2)),
        Difference(2, DifferenceField.interest, ours[1].interest, ours[1].interest + 1),
        Difference(2, DifferenceField.payment, ours[1].payment, ours[1].payment + 1),
        Difference(3, DifferenceField.only_ours, ours[2].payment, None),
    ]
    extra = [*ours, Installment(4, date(2024, 5, 1), 0, 100)]
    assert compare_schedules(ours, extra) == [
        Difference(4, DifferenceField.only_lenders, None, 100)
    ]


def test_prepaying_the_payoff_amount_of_a_monthly_loan_settles_it() -> None:
    start = date(2024, 1, 1)
    rate = Rate(RateKind.annual, Decimal("12"))
    plan = build_schedule(1_200_000, rate, 12, Method.equal_principal, start)
    on = date(2024, 2, 11)
    payoff = payoff_amount(plan, on, start)
    new = prepay(
        plan,
        payoff.total,
        on,
        PrepayMode.keep_payment_shorten_term,
        rate=rate,
        method=Method.equal_principal,
        start=start,
    )
    assert new == [plan[0], Installment(2, on, 1_100_000, 3_793)]


# --- the payoff table against payoff_parts -----------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    amount=st.integers(min_value=0, max_value=10**12),
    elapsed=st.integers(min_value=-40, max_value=400),
    period=st.integers(min_value=-5, max_value=400),
)
def test_integer_pro_rata_is_the_decimal_half_up_share(
    amount: int, elapsed: int, period: int
) -> None:
    if period <= 0 or elapsed >= period:
        expected = amount
    else:
        with localcontext(prec=50):
            expected = int(round_fen(Decimal(amount) * max(elapsed, 0) / period))
    assert _pro_rata(amount, elapsed, period) == expected


def test_pro_rata_rounds_a_half_fen_up() -> None:
    assert _pro_rata(1, 1, 2) == 1  # 0.5 fen
    assert _pro_rata(3, 1, 2) == 2  # 1.5 fen
    assert _pro_rata(5, 1, 10) == 1  # 0.5 fen
    assert _pro_rata(4, 1, 10) == 0  # 0.4 fen


@settings(max_examples=200, deadline=None)
@given(
    method=st.sampled_from(COMPUTED),
    fee=st.booleans(),
    months=st.integers(min_value=1, max_value=36),
    principal=st.integers(min_value=1, max_value=10**9),
    offsets=st.lists(st.integers(min_value=0, max_value=1200), min_size=1, max_size=10),
)
def test_payoff_table_totals_match_payoff_parts(
    method: Method, fee: bool, months: int, principal: int, offsets: list[int]
) -> None:
    start = date(2024, 1, 31)
    rate = Rate(RateKind.monthly_fee, Decimal("0.6")) if fee else DAILY_0_05
    plan = build_schedule(principal, rate, months, method, start)
    table = PayoffTable(plan, start)
    for offset in offsets:
        day = start + timedelta(days=offset)
        assert table.total(day) == sum(p.payment for p in payoff_parts(plan, day, start))


@given(
    rows=st.lists(
        st.tuples(st.sampled_from([0, 1, 30]), *[st.integers(0, 10**6)] * 3),
        min_size=1,
        max_size=8,
    ),
    offset=st.integers(min_value=0, max_value=300),
)
def test_payoff_table_handles_shared_due_dates_and_zero_rows(
    rows: list[tuple[int, int, int, int]], offset: int
) -> None:
    start = date(2024, 1, 1)
    plan, due = [], start
    for n, (gap, principal, interest, fee) in enumerate(rows, 1):
        due += timedelta(days=gap)
        plan.append(Installment(n, due, principal, interest, fee))
    day = start + timedelta(days=offset)
    expected = sum(p.payment for p in payoff_parts(plan, day, start))
    assert PayoffTable(plan, start).total(day) == expected


def test_payoff_table_refuses_what_payoff_parts_refuses() -> None:
    plan = build_schedule(100_000, ANNUAL_4_9, 3, Method.annuity, date(2024, 1, 1))
    with pytest.raises(ValueError, match="before the loan started"):
        PayoffTable(plan, date(2024, 1, 1)).total(date(2023, 12, 31))
    with pytest.raises(ValueError, match="due-date order"):
        PayoffTable(plan[::-1], date(2024, 1, 1))
