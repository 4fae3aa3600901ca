"""APR: IRR over actual cash flows in Decimal; a fee on the original principal shows its cost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vault import apr
from vault.apr import AprResult, apr_from_schedule, dated_apr, periodic_irr, regular_apr
from vault.schedule import Method, Rate, RateKind, build_schedule


def test_annuity_apr_is_its_nominal_rate() -> None:
    plan = build_schedule(
        10_000_000, Rate(RateKind.annual, Decimal("4.9")), 240, Method.annuity, date(2024, 1, 15)
    )
    result = apr_from_schedule(10_000_000, plan)
    assert abs(result.apr - Decimal("4.9")) < Decimal("0.001")
    assert result.periods_per_year == 12
    # EAR = (1 + 4.9 %/12)^12 − 1 = 5.0116 %
    assert abs(result.ear - Decimal("5.0116")) < Decimal("0.001")
    assert abs(result.periodic_irr - Decimal("0.40833")) < Decimal("0.0001")


def test_periodic_irr_of_a_simple_flow() -> None:
    # receive 100.00, repay 110.00 one period later: exactly 10 %
    assert abs(periodic_irr(10_000, [11_000]) - Decimal("0.1")) < Decimal("1e-25")
    # receive 210.00, repay 121.00 twice: 121/1.1 + 121/1.21 = 110 + 100 = 210 → 10 %
    assert abs(periodic_irr(21_000, [12_100, 12_100]) - Decimal("0.1")) < Decimal("1e-25")


def test_monthly_fee_rate_nearly_doubles_the_true_cost() -> None:
    plan = build_schedule(
        1_000_000, Rate(RateKind.monthly_fee, Decimal("0.5")), 12, Method.annuity, date(2024, 1, 1)
    )
    result = apr_from_schedule(1_000_000, plan)
    assert Decimal("10.89") < result.apr < Decimal("10.90")  # not the nominal 6 %


def test_upfront_deduction_raises_the_true_cost() -> None:
    plan = build_schedule(
        1_000_000, Rate(RateKind.annual, Decimal("12")), 12, Method.annuity, date(2024, 1, 1)
    )
    full = apr_from_schedule(1_000_000, plan)
    deducted = apr_from_schedule(900_000, plan)  # 砍头息: 1,000 kept back at drawdown
    assert abs(full.apr - Decimal("12")) < Decimal("0.001")
    assert deducted.apr > Decimal("30")


def test_dated_flows_compound_daily() -> None:
    # 10,000 at 0.05 %/day for 30 days (150.00 of interest): (1 + r)^30 = 1.015
    result = dated_apr([(date(2024, 1, 1), -1_000_000), (date(2024, 1, 31), 1_015_000)])
    assert result.periods_per_year == 365
    daily = result.periodic_irr / 100  # reported to 1e-10 of a percent
    assert abs((1 + daily) ** 30 - Decimal("1.015")) < Decimal("1e-10")
    assert Decimal("18.11") < result.apr < Decimal("18.12")
    assert Decimal("19.85") < result.ear < Decimal("19.86")


def test_schedule_with_received_on_uses_due_dates() -> None:
    plan = build_schedule(
        1_000_000,
        Rate(RateKind.daily, Decimal("0.05")),
        1,
        Method.bullet,
        date(2024, 1, 1),
        date(2024, 1, 31),
    )
    assert apr_from_schedule(1_000_000, plan, date(2024, 1, 1)) == dated_apr(
        [(date(2024, 1, 1), -1_000_000), (date(2024, 1, 31), 1_015_000)]
    )


def test_zero_rate_and_losses() -> None:
    assert regular_apr(120_000, [10_000] * 12).apr == Decimal(0)
    assert str(regular_apr(120_000, [10_000] * 12).apr) == "0E-10"
    assert regular_apr(120_000, [9_000] * 12).apr < 0


@pytest.mark.parametrize(
    ("received", "payments", "message"),
    [
        (0, [100], "more than zero"),
        (100, [], "not all zero"),
        (100, [0, 0], "not all zero"),
        (100, [-1, 200], "zero or more"),
    ],
)
def test_bad_regular_flows(received: int, payments: list[int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        periodic_irr(received, payments)


def test_bad_dated_flows() -> None:
    with pytest.raises(ValueError, match="no cash flows"):
        dated_apr([])
    with pytest.raises(ValueError, match="both money received"):
        dated_apr([(date(2024, 1, 1), 100), (date(2024, 2, 1), 100)])
    with pytest.raises(ValueError, match="opposite sign"):
        dated_apr([(date(2024, 1, 1), -100), (date(2024, 2, 1), 300), (date(2024, 3, 1), -100)])


@settings(max_examples=100, deadline=None)
@given(
    principal=st.integers(min_value=100_000, max_value=10**9),
    percent=st.decimals(min_value=0, max_value=36, places=2),
    months=st.integers(min_value=3, max_value=360),
)
def test_zero_fee_annuity_apr_matches_nominal(
    principal: int, percent: Decimal, months: int
) -> None:
    plan = build_schedule(
        principal, Rate(RateKind.annual, percent), months, Method.annuity, date(2024, 1, 10)
    )
    assert abs(apr_from_schedule(principal, plan).apr - percent) <= Decimal("0.01")


@settings(max_examples=100, deadline=None)
@given(
    received=st.integers(min_value=1, max_value=10**9),
    payments=st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=60),
)
@example(received=524_288, payments=[1])  # the root sits exactly on a bracket's edge
def test_irr_discounts_the_flows_to_zero(received: int, payments: list[int]) -> None:
    if sum(payments) == 0:
        return
    rate = periodic_irr(received, payments)
    assert rate > -1
    value = sum(Decimal(p) / (1 + rate) ** k for k, p in enumerate(payments, 1)) - received
    assert abs(value) < Decimal("1e-6")


# --- Newton's bounds against the bisection that defines the answer ---------------------------


def bisected(flows: list[tuple[int, int]], periods_per_year: int) -> AprResult:
    """The reference: the rates from bisection alone, as they were always computed."""
    return apr._result(apr._bisect(apr._shifted(flows)), periods_per_year)


def outcome(compute: Callable[[], object]) -> object:
    """A result, or the kind of error and its message: both must be the reference's."""
    try:
        return compute()
    except (ValueError, ArithmeticError) as error:
        return type(error), str(error)


@settings(max_examples=200, deadline=None)
@given(
    received=st.integers(min_value=1, max_value=10**9),
    payments=st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=60),
)
def test_regular_rates_are_the_bisections(received: int, payments: list[int]) -> None:
    if sum(payments) == 0:
        return
    flows = [(0, -received), *enumerate(payments, 1)]
    assert outcome(lambda: regular_apr(received, payments)) == outcome(lambda: bisected(flows, 12))
    # the bisection stops within 1e-30 of the discount factor v = 1/(1 + r)
    reference = apr._bisect(apr._shifted(flows))
    within = (1 + reference) ** 2 * Decimal("2e-30")
    assert abs(periodic_irr(received, payments) - reference) <= within


@settings(max_examples=200, deadline=None)
@given(
    flows=st.lists(
        st.tuples(st.integers(min_value=0, max_value=2000), st.integers(-(10**9), 10**9)),
        min_size=2,
        max_size=40,
    )
)
@example(flows=[(0, -1_000_000), (31, 500_000), (60, 520_000)])  # whole months: by the month
def test_dated_rates_are_the_bisections(flows: list[tuple[int, int]]) -> None:
    """Any dated flows, also with several sign changes (where only bisection is used)."""
    day = date(2024, 1, 1)
    dated = [(day + timedelta(days=offset), amount) for offset, amount in flows]
    periods, per_year = apr.dated_periods(dated)
    assert outcome(lambda: dated_apr(dated)) == outcome(lambda: bisected(periods, per_year))


def test_a_rate_on_a_rounding_edge_is_left_to_the_bisection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # r = 1/(2·10^12) per month: 5E-11 %, exactly halfway between two shown digits
    calls: list[object] = []
    bisect = apr._bisect
    monkeypatch.setattr(apr, "_bisect", lambda flows: calls.append(flows) or bisect(flows))
    result = regular_apr(2 * 10**12, [2 * 10**12 + 1])
    assert calls, "the bisection decides a rounding edge"
    assert result == bisected([(0, -2 * 10**12), (1, 2 * 10**12 + 1)], 12)
    calls.clear()
    ordinary = regular_apr(1_000_000, [90_000] * 12)
    assert not calls, "an ordinary loan needs no bisection"
    assert ordinary == bisected([(0, -1_000_000), *enumerate([90_000] * 12, 1)], 12)


def test_a_loan_that_repaid_nothing_in_effect_has_no_rate() -> None:
    with pytest.raises(ValueError, match="no meaningful rate"):
        regular_apr(10**13, [1])
    with pytest.raises(ValueError, match="no meaningful rate"):
        apr._bisect(apr._shifted([(0, -(10**13)), (1, 1)]))


# --- flows on their real dates ------------------------------------------------------------


def test_flows_on_monthly_dates_are_measured_by_the_month() -> None:
    """A monthly plan on its real dates costs its nominal rate, short February or not."""
    plan = build_schedule(
        10_000_000, Rate(RateKind.annual, Decimal("4.9")), 240, Method.annuity, date(2024, 1, 31)
    )
    assert plan[0].due == date(2024, 2, 29)  # 31 Jan → 29 Feb is one month
    dated = apr_from_schedule(10_000_000, plan, date(2024, 1, 31))
    assert dated == apr_from_schedule(10_000_000, plan)
    assert dated.periods_per_year == 12
    assert abs(dated.apr - Decimal("4.9")) < Decimal("0.001")


def test_an_odd_first_period_counts_by_its_real_dates() -> None:
    # 10,000 at 12 % drawn on 1 Jan, first due 1 Mar: the payments come a month later than a
    # count of installments says, so the money costs less than the 12 % a regular count shows
    plan = build_schedule(
        1_000_000,
        Rate(RateKind.annual, Decimal(12)),
        3,
        Method.annuity,
        date(2024, 1, 1),
        date(2024, 3, 1),
    )
    assert [i.payment for i in plan] == [340_022, 340_022, 340_023]
    assert apr_from_schedule(1_000_000, plan).apr == Decimal("12.0003907871")  # as if monthly
    dated = apr_from_schedule(1_000_000, plan, date(2024, 1, 1))
    assert dated == regular_apr(1_000_000, [0, 340_022, 340_022, 340_023])
    assert dated.apr == Decimal("7.9795924716")
    assert dated.ear == Decimal("8.2779977439")


def test_flows_off_the_monthly_dates_compound_daily() -> None:
    flows = [(date(2024, 1, 10), -1_000_000), (date(2024, 2, 25), 1_010_000)]
    assert apr.dated_periods(flows) == ([(0, -1_000_000), (46, 1_010_000)], 365)
    assert dated_apr(flows).periods_per_year == 365


@pytest.mark.parametrize(
    "compute",
    [
        lambda: regular_apr(1, [10**10]),  # 0.01 repaid with 100,000,000.00 a month later
        lambda: regular_apr(100_000, [150_000], periods_per_year=365),  # 50 % a day
        lambda: dated_apr([(date(2024, 1, 1), -100_000), (date(2024, 1, 2), 150_000)]),
        lambda: dated_apr([(date(2024, 1, 1), -1), (date(2024, 1, 31), 10**15)]),
    ],
)
def test_a_rate_beyond_any_meaningful_range_is_refused_in_words(
    compute: Callable[[], AprResult],
) -> None:
    with pytest.raises(ValueError, match="too large to express"):
        compute()


def test_the_largest_rate_shown_stays_within_a_trillion_percent() -> None:
    # 1.00 repaid with 10,000.00 a month later: 999,900 % a month, 11,998,800 % a year,
    # but (10,000)^12 − 1 as the effective annual rate is far beyond any meaning
    with pytest.raises(ValueError, match="too large to express"):
        regular_apr(100, [1_000_000])
    result = regular_apr(100_000, [300_000])  # tripled in a month: 200 % a month
    assert result.apr == Decimal(2400)
    assert result.ear == Decimal(53_144_000)  # 3^12 − 1 = 531,440 → 53,144,000 %


def test_flows_on_one_date_have_no_rate() -> None:
    with pytest.raises(ValueError, match="same date"):
        dated_apr([(date(2024, 1, 1), -100_000), (date(2024, 1, 1), 150_000)])


def test_flows_over_two_centuries_are_refused() -> None:
    with pytest.raises(ValueError, match="more than 200 years"):
        dated_apr([(date(1, 1, 1), -100_000), (date(9999, 12, 31), 1)])
    # two centuries to the day, nearly nothing repaid: no overflow on the way to the answer
    lost = dated_apr([(date(1900, 1, 1), -(10**18)), (date(1900, 1, 1) + timedelta(73_050), 1)])
    assert Decimal("-18.71") < lost.ear < Decimal("-18.70")  # (10^-18)^(365/73,050) − 1


@settings(max_examples=200, deadline=None)
@given(
    flows=st.lists(
        st.tuples(
            st.dates(min_value=date(1800, 1, 1), max_value=date(2230, 12, 31)),
            st.integers(-(10**18), 10**18),
        ),
        min_size=1,
        max_size=6,
    )
)
@example(flows=[(date(2024, 1, 1), -1), (date(2024, 1, 2), 10**18)])
@example(flows=[(date(2024, 1, 1), -(10**18)), (date(2224, 1, 1), 1)])
def test_any_dated_flows_give_rates_or_a_plain_refusal(flows: list[tuple[date, int]]) -> None:
    """Whatever the dates and amounts: figures that fit the output, or a ValueError in words,
    never an arithmetic error."""
    try:
        result = dated_apr(flows)
    except ValueError as error:
        assert str(error) and not str(error).startswith("[")
        return
    for figure in (result.periodic_irr, result.apr, result.ear):
        assert abs(figure) <= Decimal(10) ** 12
        assert figure.quantize(Decimal("0.0001")).is_finite()  # as the calculator prints it
