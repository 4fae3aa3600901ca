"""The true cost of a loan: an IRR over the actual cash flows, solved in ``Decimal``.

PBOC announcement 〔2021〕No. 3 asks lenders to show an annualized rate over the principal
actually in use, all interest and fees included. Its compound method is what we compute:

* Cash flows are in fen, seen from the lender's side as in a spreadsheet IRR: the amount the
  borrower actually received (net of any upfront fee) is **negative**, each repayment
  **positive**.
* Regular monthly flows: the periodic IRR r per month; APR = r × 12 and the effective annual
  rate EAR = (1 + r)^12 − 1.
* Irregular dated flows (XIRR style, compounding daily): the daily IRR r over actual days;
  APR = r × 365 and EAR = (1 + r)^365 − 1.

The equation is solved for the discount factor v = 1/(1 + r) by bisection, which cannot
diverge: no float, no starting guess, an answer to far beyond the fen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext

from vault.schedule import Installment

_PRECISION = 50
_TOLERANCE = Decimal("1e-30")
_MAX_STEPS = 400
_PLACES = Decimal("1e-10")


@dataclass(frozen=True)
class AprResult:
    """Rates as percentages: ``periodic_irr`` per period (a month, or a day for dated flows)."""

    periodic_irr: Decimal
    apr: Decimal
    ear: Decimal
    periods_per_year: int


def _value(flows: Sequence[tuple[int, int]], v: Decimal) -> Decimal:
    return sum((Decimal(amount) * v**period for period, amount in flows), Decimal(0))


def _solve(flows: Sequence[tuple[int, int]]) -> Decimal:
    """The periodic rate r where the flows (period, fen) are worth nothing today."""
    if not flows:
        raise ValueError("no cash flows to measure")
    first = min(period for period, _ in flows)
    shifted = sorted((period - first, amount) for period, amount in flows if amount)
    if not shifted or not any(a < 0 for _, a in shifted) or not any(a > 0 for _, a in shifted):
        raise ValueError("cash flows need both money received (negative) and payments")
    low_sign = shifted[0][1] > 0
    high_sign = shifted[-1][1] > 0
    if low_sign == high_sign:
        raise ValueError("the first and last cash flows must be of opposite sign")
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


def _percent(fraction: Decimal) -> Decimal:
    value = (fraction * 100).quantize(_PLACES)
    return value.copy_abs() if value.is_zero() else value  # never show "-0"


def _result(rate: Decimal, periods_per_year: int) -> AprResult:
    with localcontext(prec=_PRECISION):
        return AprResult(
            periodic_irr=_percent(rate),
            apr=_percent(rate * periods_per_year),
            ear=_percent((1 + rate) ** periods_per_year - 1),
            periods_per_year=periods_per_year,
        )


def periodic_irr(received: int, payments: Sequence[int]) -> Decimal:
    """The IRR per period (a fraction) of ``received`` fen now and one payment a period."""
    if received <= 0:
        raise ValueError("the amount received must be more than zero")
    if any(p < 0 for p in payments) or sum(payments) <= 0:
        raise ValueError("payments must be zero or more and not all zero")
    return _solve([(0, -received), *enumerate(payments, 1)])


def regular_apr(received: int, payments: Sequence[int], periods_per_year: int = 12) -> AprResult:
    """APR and EAR of regular (monthly by default) payments after receiving ``received``."""
    return _result(periodic_irr(received, payments), periods_per_year)


def dated_apr(flows: Sequence[tuple[date, int]]) -> AprResult:
    """APR and EAR of dated flows (negative = received), compounding daily over actual days."""
    if not flows:
        raise ValueError("no cash flows to measure")
    first = min(day for day, _ in flows)
    return _result(_solve([((day - first).days, amount) for day, amount in flows]), 365)


def apr_from_schedule(
    received: int, installments: Sequence[Installment], received_on: date | None = None
) -> AprResult:
    """The true cost of a plan when ``received`` fen actually reached the borrower.

    Without ``received_on`` each installment is one month apart (the regular method); with
    it the installments' due dates are used as dated flows (daily loans, bullets, odd first
    periods).
    """
    if received_on is None:
        return regular_apr(received, [i.payment for i in installments])
    if received <= 0:
        raise ValueError("the amount received must be more than zero")
    return dated_apr([(received_on, -received), *((i.due, i.payment) for i in installments)])
