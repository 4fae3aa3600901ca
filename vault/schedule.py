"""Repayment schedules computed the way Chinese lenders post them, to the fen.

Money is integer fen; rates and intermediate products are ``Decimal`` at 50 digits so that
r = i/12 is never rounded before use. Two rounding conventions exist in the wild (see
``Rounding``), so a loan records which one its lender uses; when the user types the lender's
own plan (``Method.custom``) that plan wins and ``compare_schedules`` shows any difference.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, localcontext
from enum import StrEnum
from itertools import accumulate

from vault.money import round_fen

_PRECISION = 50
MAX_MONTHS = 1200


class Method(StrEnum):
    """How principal and interest are spread; values are stored in the database."""

    annuity = "annuity"  # 等额本息
    equal_principal = "equal_principal"  # 等额本金
    interest_first = "interest_first"  # 先息后本
    bullet = "bullet"  # 一次性还本付息
    daily = "daily"  # 微粒贷/借呗: equal principal + outstanding × daily rate × actual days
    custom = "custom"  # typed verbatim from the lender's app, never computed


class RateKind(StrEnum):
    annual = "annual"  # 年利率
    daily = "daily"  # 日利率
    monthly_fee = "monthly_fee"  # 月费率, charged on the original principal every period


class Rounding(StrEnum):
    """posted: what lenders post (each period rounded, the last absorbs the residue);
    exact: what published calculators total (unrounded figures; principal, interest and fee
    are each spread by cumulative rounding so every column sums to its exact total rounded
    to fen, which can move a single payment a fen or two off the rounded level payment)."""

    posted = "posted"
    exact = "exact"


class PrepayMode(StrEnum):
    keep_payment_shorten_term = "keep_payment_shorten_term"
    keep_term_lower_payment = "keep_term_lower_payment"


@contextmanager
def _exact() -> Iterator[None]:
    with localcontext(prec=_PRECISION):
        yield


@dataclass(frozen=True)
class Rate:
    """A rate as the contract states it: kind, percent and the day basis for daily rates."""

    kind: RateKind
    percent: Decimal
    day_basis: int = 360

    def __post_init__(self) -> None:
        if not isinstance(self.percent, Decimal):
            raise TypeError("a rate percent must be a Decimal, never a float")
        if not self.percent.is_finite() or self.percent < 0:
            raise ValueError(f"a rate must be a non-negative number, got {self.percent}")
        if self.day_basis not in (360, 365):
            raise ValueError(f"day basis must be 360 or 365, got {self.day_basis}")

    def annual_percent(self) -> Decimal:
        """Nominal annual percent: daily × day basis, monthly × 12 (not the true cost)."""
        with _exact():
            if self.kind is RateKind.annual:
                return self.percent
            if self.kind is RateKind.daily:
                return self.percent * self.day_basis
            return self.percent * 12

    def daily_fraction(self) -> Decimal:
        with _exact():
            if self.kind is RateKind.daily:
                return self.percent / 100
            return self.annual_percent() / 100 / self.day_basis

    def monthly_fraction(self) -> Decimal:
        """r = i/12 at full precision (a monthly fee's own rate for ``monthly_fee``)."""
        with _exact():
            if self.kind is RateKind.monthly_fee:
                return self.percent / 100
            return self.annual_percent() / 1200


@dataclass(frozen=True, slots=True)
class Installment:
    """One period of a plan, in fen. ``fee`` holds 月费率 fees and other per-period charges."""

    n: int
    due: date
    principal: int
    interest: int
    fee: int = 0

    def __post_init__(self) -> None:
        if self.principal < 0 or self.interest < 0 or self.fee < 0:  # min() is slower
            raise ValueError(f"installment {self.n}: amounts must not be negative")

    @property
    def payment(self) -> int:
        return self.principal + self.interest + self.fee


@dataclass(frozen=True)
class _Row:
    due: date
    principal: Decimal
    interest: Decimal
    fee: Decimal


def add_months(day: date, months: int, day_of_month: int | None = None) -> date:
    """``day`` moved by whole months; a contract day of 29–31 rolls to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day_of_month or day.day, last))


def due_dates(start: date, months: int, first_due: date | None = None) -> list[date]:
    """Monthly due dates keeping the contract's day (31 → Feb 28/29 → Mar 31)."""
    anchor = first_due or add_months(start, 1)
    contract_day = first_due.day if first_due else start.day
    return [add_months(anchor, k, contract_day) for k in range(months)]


def _is_level(method: Method, rate: Rate) -> bool:
    """Whether the plan has a level payment (an annuity with real interest)."""
    return method is Method.annuity and rate.kind is not RateKind.monthly_fee and rate.percent > 0


def accrues_daily(method: Method, rate_kind: RateKind) -> bool:
    """Whether a plan's interest is outstanding principal × daily rate × actual days, so a
    payment made early pays interest only for the days elapsed (vault.reconcile): the daily
    method (微粒贷/借呗) with an interest rate, and a bullet with a daily rate. Monthly methods,
    a 月费率 (a fee per period, not interest by the day) and custom plans do not."""
    if method is Method.daily:
        return rate_kind is not RateKind.monthly_fee
    return method is Method.bullet and rate_kind is RateKind.daily


def _period_rate(method: Method, rate: Rate, previous: date, due: date) -> Decimal:
    if rate.kind is RateKind.monthly_fee:
        return Decimal(0)
    if method is Method.daily:
        return rate.daily_fraction() * (due - previous).days
    return rate.monthly_fraction()


def _bullet_rate(rate: Rate, start: date, maturity: date, months: int) -> Decimal:
    """Bullet interest over the whole term: actual days for daily rates, else months × r."""
    if rate.kind is RateKind.monthly_fee:
        return Decimal(0)
    if rate.kind is RateKind.daily:
        return rate.daily_fraction() * (maturity - start).days
    return rate.monthly_fraction() * months


def _plan_rows(
    principal: Decimal,
    rate: Rate,
    method: Method,
    start: date,
    dues: Sequence[date],
    *,
    posted: bool,
    fee_base: Decimal,
    keep: Decimal | None = None,
) -> list[_Row]:
    """The schedule's rows; ``keep`` holds a payment (annuity) or principal share fixed and
    stops once the balance is cleared, which is how a shortened term is rebuilt."""

    def q(value: Decimal) -> Decimal:
        return round_fen(value) if posted else value

    n = len(dues)
    fee = q(fee_base * rate.monthly_fraction()) if rate.kind is RateKind.monthly_fee else Decimal(0)
    if method is Method.bullet:
        interest = q(principal * _bullet_rate(rate, start, dues[-1], n))
        return [_Row(dues[-1], principal, interest, fee * n)]
    level: Decimal | None = None
    share = q(principal / n)
    if _is_level(method, rate):
        r = rate.monthly_fraction()
        growth = (1 + r) ** n
        level = q(principal * r * growth / (growth - 1))
    if keep is not None:
        if level is not None:
            level = keep
        else:
            share = keep
    rows: list[_Row] = []
    balance = principal
    previous = start
    for k, due in enumerate(dues, 1):
        interest = q(balance * _period_rate(method, rate, previous, due))
        if k == n:
            part = balance
        elif method is Method.interest_first:
            part = Decimal(0)
        elif level is not None:
            part = min(level - interest, balance)
        else:
            part = min(share, balance)
        rows.append(_Row(due, part, interest, fee))
        balance -= part
        previous = due
        if keep is not None and balance == 0:
            break
    return rows


def _installments(rows: Sequence[_Row], first_n: int) -> list[Installment]:
    """Rows to fen; unrounded rows are spread by cumulative rounding so totals stay exact."""
    out: list[Installment] = []
    sums = [Decimal(0)] * 3
    shown = [0, 0, 0]
    for k, row in enumerate(rows):
        values = []
        for column, value in enumerate((row.principal, row.interest, row.fee)):
            sums[column] += value
            total = int(round_fen(sums[column]))
            values.append(total - shown[column])
            shown[column] = total
        out.append(Installment(first_n + k, row.due, values[0], values[1], values[2]))
    return out


def _check_principal(principal: int) -> None:
    if isinstance(principal, bool) or not isinstance(principal, int):
        raise TypeError("principal must be an integer number of fen")
    if principal <= 0:
        raise ValueError("principal must be more than zero")


def build_schedule(
    principal: int,
    rate: Rate,
    months: int,
    method: Method,
    start: date,
    first_due: date | None = None,
    rounding: Rounding = Rounding.posted,
) -> list[Installment]:
    """The plan for a loan of ``principal`` fen drawn on ``start`` over ``months`` periods.

    Principal always sums to ``principal`` exactly. A bullet loan is one installment at the
    last due date. ``monthly_fee`` rates put the fee in ``Installment.fee`` and amortize the
    principal in equal parts (a level annuity needs interest to be level).
    """
    _check_principal(principal)
    if not 1 <= months <= MAX_MONTHS:
        raise ValueError(f"term must be between 1 and {MAX_MONTHS} months, got {months}")
    if method is Method.custom:
        raise ValueError("a custom plan is typed from the lender's figures, not computed")
    if first_due is not None and first_due <= start:
        raise ValueError("the first due date must come after the loan start date")
    dues = due_dates(start, months, first_due)
    with _exact():
        rows = _plan_rows(
            Decimal(principal),
            rate,
            method,
            start,
            dues,
            posted=rounding is Rounding.posted,
            fee_base=Decimal(principal),
        )
    return _installments(rows, 1)


def balances(installments: Sequence[Installment]) -> list[int]:
    """Principal still owed after each installment, for tables and checks."""
    remaining = sum(i.principal for i in installments)
    out = []
    for installment in installments:
        remaining -= installment.principal
        out.append(remaining)
    return out


@dataclass(frozen=True)
class Payoff:
    principal: int
    interest: int
    fee: int

    @property
    def total(self) -> int:
        return self.principal + self.interest + self.fee


def _pro_rata(amount: int, elapsed: int, period: int) -> int:
    """``amount`` × elapsed / period days, rounded half-up to a fen (``amount`` ≥ 0).

    Integer arithmetic is exact here: floor(x + ½) with x = amount × elapsed / period.
    """
    if period <= 0 or elapsed >= period:
        return amount
    return (2 * amount * max(elapsed, 0) + period) // (2 * period)


def payoff_parts(schedule: Sequence[Installment], as_of: date, start: date) -> list[Installment]:
    """What each installment counts for if the loan is cleared on ``as_of``.

    Installments due before ``as_of`` count in full; the current period (the first due on or
    after ``as_of``) counts its principal plus its interest and fee pro rata by actual days
    since the previous due date (or ``start``); later installments count principal only.
    For daily-rate loans the pro rata share equals outstanding × daily rate × actual days,
    the interest for the days the money was used (Civil Code art. 677); for monthly methods
    it is the same day-based share of the period's interest, our documented choice.
    """
    if as_of < start:
        raise ValueError("the payoff date is before the loan started")
    parts: list[Installment] = []
    previous = start
    current_seen = False
    for installment in schedule:
        if installment.due < as_of:
            parts.append(installment)
        elif not current_seen:
            current_seen = True
            elapsed = (as_of - previous).days
            period = (installment.due - previous).days
            parts.append(
                replace(
                    installment,
                    interest=_pro_rata(installment.interest, elapsed, period),
                    fee=_pro_rata(installment.fee, elapsed, period),
                )
            )
        else:
            parts.append(replace(installment, interest=0, fee=0))
        previous = installment.due
    return parts


class PayoffTable:
    """``sum(p.payment for p in payoff_parts(schedule, as_of, start))`` for any ``as_of``,
    in O(log n): reconciliation asks it on every payment. ``schedule`` in due-date order."""

    def __init__(self, schedule: Sequence[Installment], start: date) -> None:
        self._schedule = list(schedule)
        self._dues = [i.due for i in self._schedule]
        if self._dues != sorted(self._dues):
            raise ValueError("a payoff table needs the installments in due-date order")
        self._start = start
        # _paid_before[k]: installments 0..k-1 in full; _principal_from[k]: k.. principal only
        self._paid_before = list(
            accumulate([i.principal + i.interest + i.fee for i in self._schedule], initial=0)
        )
        principals = [i.principal for i in reversed(self._schedule)]
        self._principal_from = list(accumulate(principals, initial=0))[::-1]

    def total(self, as_of: date) -> int:
        if as_of < self._start:
            raise ValueError("the payoff date is before the loan started")
        k = bisect_left(self._dues, as_of)  # the current period: first due on or after as_of
        total = self._paid_before[k]
        if k < len(self._schedule):
            current = self._schedule[k]
            previous = self._dues[k - 1] if k else self._start
            elapsed, period = (as_of - previous).days, (current.due - previous).days
            total += self._principal_from[k]
            total += _pro_rata(current.interest, elapsed, period)
            total += _pro_rata(current.fee, elapsed, period)
        return total


def payoff_amount(schedule: Sequence[Installment], as_of: date, start: date) -> Payoff:
    """Amount that clears the loan on ``as_of``, assuming installments due earlier were paid."""
    open_parts = [p for p in payoff_parts(schedule, as_of, start) if p.due >= as_of]
    return Payoff(
        principal=sum(p.principal for p in open_parts),
        interest=sum(p.interest for p in open_parts),
        fee=sum(p.fee for p in open_parts),
    )


def prepay(
    schedule: Sequence[Installment],
    amount: int,
    on: date,
    mode: PrepayMode,
    *,
    rate: Rate,
    method: Method,
    start: date,
) -> list[Installment]:
    """The plan after paying ``amount`` fen ahead of time on ``on``.

    Installments due on or before ``on`` stay as history (assumed paid as scheduled), so on a
    due date ``amount`` comes on top of that day's installment, whereas ``payoff_amount`` for
    that date includes it. The
    prepayment appears as its own installment dated ``on``: interest on the prepaid principal
    for the days since the last due date (the day-based share ``payoff_amount`` uses), the
    rest reducing principal. Paying the whole payoff amount settles the plan. The
    remaining balance is then re-planned on the remaining due dates, either keeping the term
    (lower payments) or keeping the payment (fewer periods). Fees on the original principal
    continue for the periods that remain. The new plan is always in posted rounding.

    This is a what-if plan. When a payment actually made early on a loan with interest by
    the day (``accrues_daily``) is reconciled, it pays the interest accrued on the whole
    balance before any principal (``vault.reconcile``, rule 5), so those figures differ a
    little: 5,000 on day 10 of a 30-day bullet of 10,000 at 0.05 %/day leaves 5,100.50 owed
    there and 5,100.25 here.
    """
    if method is Method.custom:
        raise ValueError("a custom plan can only be replaced by the lender's new figures")
    if amount <= 0:
        raise ValueError("a prepayment must be more than zero")
    shorten = mode is PrepayMode.keep_payment_shorten_term
    if shorten and method in (Method.interest_first, Method.bullet):
        raise ValueError(f"a {method.value} loan has no regular payment to keep: keep the term")
    history = [i for i in schedule if i.due <= on]
    rest = [i for i in schedule if i.due > on]
    if not rest:
        raise ValueError(f"nothing is left to prepay after {on.isoformat()}")
    if on < start:
        raise ValueError("the prepayment date is before the loan started")
    current = rest[0]
    previous = history[-1].due if history else start
    balance = sum(i.principal for i in rest)
    original = sum(i.principal for i in schedule)
    elapsed, period = (on - previous).days, (current.due - previous).days
    accrued = _pro_rata(current.interest, elapsed, period)
    accrued_fee = _pro_rata(current.fee, elapsed, period)
    payoff = balance + accrued + accrued_fee  # as payoff_amount() counts it
    if amount > payoff:
        raise ValueError(
            f"the prepayment exceeds the payoff amount of {payoff} fen on {on.isoformat()}"
        )
    if amount == payoff:
        return [*history, Installment(len(history) + 1, on, balance, accrued, accrued_fee)]
    with _exact():
        paid_principal = int(round_fen(amount / (1 + Decimal(accrued) / balance)))
        prepayment = Installment(len(history) + 1, on, paid_principal, amount - paid_principal)
        remaining = balance - paid_principal
        if remaining == 0:
            return [*history, prepayment]
        if method is Method.bullet:
            scaled = Decimal(current.interest) * remaining / current.principal
            last = Installment(0, current.due, remaining, int(round_fen(scaled)), current.fee)
            return _renumber([*history, prepayment, last])
        keep: Decimal | None = None
        if shorten:
            level = _is_level(method, rate)
            keep = Decimal(current.principal + (current.interest if level else 0))
        rows = _plan_rows(
            Decimal(remaining),
            rate,
            method,
            previous,
            [i.due for i in rest],
            posted=True,
            fee_base=Decimal(original),
            keep=keep,
        )
    return [*history, prepayment, *_installments(rows, len(history) + 2)]


def _renumber(installments: Sequence[Installment]) -> list[Installment]:
    return [replace(i, n=k) for k, i in enumerate(installments, 1)]


def days_late(installment: Installment, as_of: date) -> int:
    """Days past the due date on ``as_of``; zero on the due date itself and before."""
    return max(0, (as_of - installment.due).days)


def penalty_interest(overdue_principal: int, penalty: Rate, days: int) -> int:
    """Penalty interest (罚息) the contract states: overdue principal × daily rate × days."""
    if days <= 0 or overdue_principal <= 0:
        return 0
    with _exact():
        return int(round_fen(overdue_principal * penalty.daily_fraction() * days))


class DifferenceField(StrEnum):
    due = "due"
    principal = "principal"
    interest = "interest"
    fee = "fee"
    payment = "payment"
    only_ours = "only_ours"  # we computed an installment the lender's plan does not have
    only_lenders = "only_lenders"  # the lender's plan has an installment we did not compute


@dataclass(frozen=True)
class Difference:
    """One disagreement between our plan and the lender's; the lender's figure wins."""

    n: int
    field: DifferenceField
    ours: int | date | None
    lenders: int | date | None


def compare_schedules(
    ours: Sequence[Installment], lenders: Sequence[Installment]
) -> list[Difference]:
    """Installment-by-installment differences, matched on the installment number."""
    our_by_n = {i.n: i for i in ours}
    their_by_n = {i.n: i for i in lenders}
    out: list[Difference] = []
    for n in sorted(our_by_n.keys() | their_by_n.keys()):
        mine, theirs = our_by_n.get(n), their_by_n.get(n)
        if mine is None or theirs is None:
            if mine is not None:
                out.append(Difference(n, DifferenceField.only_ours, mine.payment, None))
            if theirs is not None:
                out.append(Difference(n, DifferenceField.only_lenders, None, theirs.payment))
            continue
        if mine.due != theirs.due:
            out.append(Difference(n, DifferenceField.due, mine.due, theirs.due))
        for field in (
            DifferenceField.principal,
            DifferenceField.interest,
            DifferenceField.fee,
            DifferenceField.payment,
        ):
            a, b = getattr(mine, field.value), getattr(theirs, field.value)
            if a != b:
                out.append(Difference(n, field, a, b))
    return out
