"""The true cost of a loan: an IRR over the actual cash flows, solved in ``Decimal``.

PBOC announcement 〔2021〕No. 3 asks lenders to show an annualized rate over the principal
actually in use, all interest and fees included. Its compound method is what we compute:

* Cash flows are in fen, seen from the lender's side as in a spreadsheet IRR: the amount the
  borrower actually received (net of any upfront fee) is **negative**, each repayment
  **positive**.
* Regular monthly flows: the periodic IRR r per month; APR = r × 12 and the effective annual
  rate EAR = (1 + r)^12 − 1.
* Dated flows, on their real dates: when every flow falls a whole number of calendar months
  after the first (a monthly plan; a due day of 29–31 rolls to the month's end), the period
  is a month, as above, so a 4.9 % annuity costs 4.9 % whatever the lengths of its months.
  Otherwise (XIRR style, compounding daily) the daily IRR r over actual days; APR = r × 365
  and EAR = (1 + r)^365 − 1.
* A rate beyond any meaningful range (over a trillion percent a year, e.g. 1.00 repaid with
  1,000,000.00 a month later) is refused in words rather than shown as a string of digits.

The equation is solved for the discount factor v = 1/(1 + r), never in float. Bisection
cannot diverge and defines the answer, but takes a hundred steps over every flow; loan flows
(money received, then payments) have a single root, which Newton's method finds in a handful
of steps. Newton's answer is checked to bound the root, and the shown rates come from it only
when they are the same anywhere within those bounds, so they are always the bisection's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext
from itertools import pairwise

from vault.schedule import Installment, add_months

_PRECISION = 50
_TOLERANCE = Decimal("1e-30")
_MAX_STEPS = 400
_PLACES = Decimal("1e-10")
_NEWTON_PRECISION = 40  # digits: ample for bounds 1e-31 wide around the root
_NEWTON_STEPS = 100
_NEWTON_TOLERANCE = Decimal("1e-33")  # a step this small (relative to v): converged
_BRACKET = Decimal("1e-31")  # the proven bounds: v × (1 ± this)
_NEWTON_LIMIT = Decimal(2**39)  # the largest discount factor the bisection tries
_MAX_PERCENT = Decimal(10) ** 12  # a trillion percent a year: beyond it no figure means much
_MAX_DAYS = 73_050  # two centuries: beyond, v**days could overflow the Decimal exponent
_TOO_LARGE = (
    "the true rate is too large to express (over 1,000,000,000,000 % a year): "
    "check the amounts and dates"
)


@dataclass(frozen=True)
class AprResult:
    """Rates as percentages: ``periodic_irr`` per period (a month, or a day for dated flows)."""

    periodic_irr: Decimal
    apr: Decimal
    ear: Decimal
    periods_per_year: int


def _value(flows: Sequence[tuple[int, int]], v: Decimal) -> Decimal:
    return sum((Decimal(amount) * v**period for period, amount in flows), Decimal(0))


def _shifted(flows: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The flows from period 0, zero amounts dropped, checked to have a rate at all."""
    if not flows:
        raise ValueError("no cash flows to measure")
    first = min(period for period, _ in flows)
    shifted = sorted((period - first, amount) for period, amount in flows if amount)
    if not shifted or not any(a < 0 for _, a in shifted) or not any(a > 0 for _, a in shifted):
        raise ValueError("cash flows need both money received (negative) and payments")
    if shifted[-1][0] == 0:
        raise ValueError("all the cash flows fall on the same date: a rate needs time between them")
    if (shifted[0][1] > 0) == (shifted[-1][1] > 0):
        raise ValueError("the first and last cash flows must be of opposite sign")
    return shifted


def _bisect(shifted: Sequence[tuple[int, int]]) -> Decimal:
    """The periodic rate r where the flows (period, fen) are worth nothing today, by
    bisection on the discount factor: slow, but it cannot diverge. The reference answer."""
    low_sign = shifted[0][1] > 0
    high_sign = shifted[-1][1] > 0
    with localcontext(prec=_PRECISION):
        low, high = Decimal(0), Decimal(1)
        while True:
            value = _value(shifted, high)
            if value == 0:
                return 1 / high - 1
            if (value > 0) == high_sign:
                break
            high *= 2
            if high > 10**12:  # a rate within 1e-12 of −100 %: nothing was repaid, in effect
                raise ValueError("these cash flows have no meaningful rate")
        for _ in range(_MAX_STEPS):
            if high - low < _TOLERANCE:
                break
            middle = (low + high) / 2
            if (_value(shifted, middle) > 0) == low_sign:
                low = middle
            else:
                high = middle
        v = (low + high) / 2
        return 1 / v - 1


@dataclass(frozen=True)
class _Polynomial:
    """Σ a·vᵗ as terms (t minus the previous term's t, a, t·a), in Decimal once."""

    terms: list[tuple[int, Decimal, Decimal]]
    gaps: frozenset[int]

    def value_and_slope(self, v: Decimal) -> tuple[Decimal, Decimal]:
        """The value at v and its derivative, vᵗ built up from the gaps between periods."""
        steps = {gap: v**gap for gap in self.gaps}
        value = slope = Decimal(0)
        power = Decimal(1)
        for gap, amount, weighted in self.terms:
            if gap:
                power *= steps[gap]
            value += amount * power
            slope += weighted * power
        return value, slope / v


def _polynomial(shifted: Sequence[tuple[int, int]]) -> _Polynomial | None:
    """The flows summed per period, signed so the value rises with v; None unless the signs
    change exactly once, the one shape (every loan's) with a single root for Newton to find."""
    merged: dict[int, int] = {}
    for period, amount in shifted:
        merged[period] = merged.get(period, 0) + amount
    terms = [(period, amount) for period, amount in merged.items() if amount]
    changes = sum((a > 0) != (b > 0) for (_, a), (_, b) in zip(terms, terms[1:], strict=False))
    if changes != 1 or (terms[0][1] > 0) != (shifted[0][1] > 0):
        return None
    sign = 1 if terms[-1][1] > 0 else -1
    periods = [period for period, _ in terms]
    gaps = [periods[0], *(b - a for a, b in pairwise(periods))]
    return _Polynomial(
        [
            (gap, Decimal(sign * amount), Decimal(sign * amount * period))
            for gap, (period, amount) in zip(gaps, terms, strict=True)
        ],
        frozenset(gap for gap in gaps if gap),
    )


def _newton(polynomial: _Polynomial) -> Decimal | None:
    """The root v of a polynomial with one sign change (negative below it, positive above),
    by Newton's method kept inside a bracket; None when it does not settle."""
    low, high = Decimal(0), _NEWTON_LIMIT
    v = Decimal(1)  # r = 0: close for any real loan
    with localcontext(prec=_NEWTON_PRECISION):
        for _ in range(_NEWTON_STEPS):
            value, slope = polynomial.value_and_slope(v)
            if value == 0:
                return v
            if value < 0:
                low = v
            else:
                high = v
            if slope > 0:
                step = value / slope
                if abs(step) <= _NEWTON_TOLERANCE * v:
                    return v - step
                following = v - step
            if slope <= 0 or not low < following < high:  # halve the bracket instead
                following = (low + high) / 2
            v = following
    return None


def _rate_bounds(shifted: Sequence[tuple[int, int]]) -> tuple[Decimal, Decimal] | None:
    """Two rates that the bisection's answer is proven to lie between, found in a handful
    of Newton steps; None when that cannot be shown (odd flows): then bisect."""
    polynomial = _polynomial(shifted)
    v = _newton(polynomial) if polynomial is not None else None
    if polynomial is None or v is None or not _TOLERANCE * 2 < v < _NEWTON_LIMIT / 2:
        return None
    with localcontext(prec=_NEWTON_PRECISION):
        below, above = v * (1 - _BRACKET), v * (1 + _BRACKET)
        if not polynomial.value_and_slope(below)[0] < 0 < polynomial.value_and_slope(above)[0]:
            return None
    # the single root lies in [below, above]; the bisection stops within _TOLERANCE of it
    with localcontext(prec=_PRECISION):
        return 1 / (above + _TOLERANCE) - 1, 1 / (below - _TOLERANCE) - 1


def _solve(flows: Sequence[tuple[int, int]]) -> Decimal:
    """The periodic rate r where the flows (period, fen) are worth nothing today."""
    shifted = _shifted(flows)
    bounds = _rate_bounds(shifted)
    if bounds is None:
        return _bisect(shifted)
    with localcontext(prec=_PRECISION):
        return (bounds[0] + bounds[1]) / 2


def _measure(flows: Sequence[tuple[int, int]], periods_per_year: int) -> AprResult:
    """The rates as shown. Newton's bounds decide them unless a shown digit could differ
    within the bounds (a rounding edge): then the bisection decides, as it always did."""
    shifted = _shifted(flows)
    bounds = _rate_bounds(shifted)
    if bounds is not None:
        try:
            low, high = (_result(rate, periods_per_year) for rate in bounds)
        except ValueError:  # too large to show: the bisection's path says how it fails
            pass
        else:
            if low == high:
                return low
    return _result(_bisect(shifted), periods_per_year)


def _percent(fraction: Decimal) -> Decimal:
    value = (fraction * 100).quantize(_PLACES)
    return value.copy_abs() if value.is_zero() else value  # never show "-0"


def _result(rate: Decimal, periods_per_year: int) -> AprResult:
    """The rates as percentages; ValueError when one is beyond any meaningful range."""
    with localcontext(prec=_PRECISION):
        try:
            fractions = rate, rate * periods_per_year, (1 + rate) ** periods_per_year - 1
        except ArithmeticError:  # an exponent beyond Decimal's range
            raise ValueError(_TOO_LARGE) from None
        if any(abs(fraction) * 100 > _MAX_PERCENT for fraction in fractions):
            raise ValueError(_TOO_LARGE)
        periodic, annual, effective = (_percent(fraction) for fraction in fractions)
        return AprResult(periodic, annual, effective, periods_per_year)


def _regular_flows(received: int, payments: Sequence[int]) -> list[tuple[int, int]]:
    if received <= 0:
        raise ValueError("the amount received must be more than zero")
    if any(p < 0 for p in payments) or sum(payments) <= 0:
        raise ValueError("payments must be zero or more and not all zero")
    return [(0, -received), *enumerate(payments, 1)]


def periodic_irr(received: int, payments: Sequence[int]) -> Decimal:
    """The IRR per period (a fraction) of ``received`` fen now and one payment a period."""
    return _solve(_regular_flows(received, payments))


def regular_apr(received: int, payments: Sequence[int], periods_per_year: int = 12) -> AprResult:
    """APR and EAR of regular (monthly by default) payments after receiving ``received``."""
    return _measure(_regular_flows(received, payments), periods_per_year)


def _whole_months(first: date, day: date) -> int | None:
    """The calendar months from ``first`` to ``day`` (31 Jan → 29 Feb is one), or None."""
    months = (day.year - first.year) * 12 + day.month - first.month
    return months if add_months(first, months) == day else None


def dated_periods(flows: Sequence[tuple[date, int]]) -> tuple[list[tuple[int, int]], int]:
    """Dated flows as (period, fen) and the periods a year: months when every flow falls a
    whole number of months after the first (a monthly plan), else days."""
    if not flows:
        raise ValueError("no cash flows to measure")
    first = min(day for day, _ in flows)
    if (max(day for day, _ in flows) - first).days > _MAX_DAYS:
        raise ValueError("the cash flows span more than 200 years: check the dates")
    by_month = [(_whole_months(first, day), amount) for day, amount in flows]
    monthly = [(months, amount) for months, amount in by_month if months is not None]
    if len(monthly) == len(flows):
        return monthly, 12
    return [((day - first).days, amount) for day, amount in flows], 365


def dated_apr(flows: Sequence[tuple[date, int]]) -> AprResult:
    """APR and EAR of flows (negative = received) on their real dates: by the month when they
    fall on monthly dates, else compounding daily over actual days."""
    return _measure(*dated_periods(flows))


def apr_from_schedule(
    received: int, installments: Sequence[Installment], received_on: date | None = None
) -> AprResult:
    """The true cost of a plan when ``received`` fen actually reached the borrower.

    Without ``received_on`` each installment is one month apart (the regular method); with
    it the installments' due dates are used as dated flows (see ``dated_apr``): a first
    period of two months counts as two.
    """
    if received_on is None:
        return regular_apr(received, [i.payment for i in installments])
    if received <= 0:
        raise ValueError("the amount received must be more than zero")
    return dated_apr([(received_on, -received), *((i.due, i.payment) for i in installments)])
