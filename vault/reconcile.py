"""Reconciliation: what the borrower's payments have settled, installment by installment.

Allocation order (stable; the UI and the docs describe it to the borrower):

1. **Oldest installment first.** A payment goes to the earliest unsettled installment due on
   or before the payment date, then to the current period's installment (the first due after
   the payment date: paying early is paying this period). Debts that fell due first are
   settled first (Civil Code art. 560).
2. **Within an installment: fees → penalty interest → interest → principal** (Civil Code
   art. 561: costs, then interest, then principal, unless the parties agreed otherwise).
3. **Credit.** Whatever is left is kept as credit, never lost, and applied to the next
   installment as each due date passes.
4. **Payoff.** When a payment (with any credit) covers the payoff amount on its date the
   loan is settled: the current period's interest and fee count pro rata by actual days and
   later installments count principal only (``vault.schedule.payoff_parts``); what was
   already paid is re-allocated against those figures and any excess becomes credit.

Penalty interest, when the contract states a rate, accrues daily on each installment's
overdue principal from the day after its due date until that principal is paid.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import partial
from operator import attrgetter, itemgetter

from vault.money import round_fen
from vault.schedule import Installment, PayoffTable, Rate, add_months, payoff_parts


class Status(StrEnum):
    """An installment's state on a date; values are stable message keys for the UI."""

    paid = "paid"
    partly_paid = "partly_paid"  # some paid, not yet past its due date
    overdue = "overdue"  # past its due date with something still owed
    due = "due"  # the current period: due today or next, nothing paid yet
    future = "future"


@dataclass(frozen=True, slots=True)
class PaymentInput:
    paid_on: date
    amount: int

    def __post_init__(self) -> None:
        if self.amount <= 0:
            raise ValueError("a payment must be more than zero")


@dataclass(frozen=True, slots=True)
class InstallmentState:
    """One installment as of the reconciliation date. ``days_late`` is how many days it is
    overdue now, or for a paid installment how late it was settled."""

    installment: Installment
    status: Status
    days_late: int
    paid_principal: int
    paid_interest: int
    paid_fee: int
    paid_penalty: int
    penalty: int  # penalty interest accrued so far
    waived: int  # interest and fee not owed because the loan was paid off early
    paid_on: date | None

    @property
    def paid(self) -> int:
        return self.paid_principal + self.paid_interest + self.paid_fee + self.paid_penalty

    @property
    def remaining(self) -> int:
        return self.installment.payment - self.waived + self.penalty - self.paid


@dataclass(frozen=True, slots=True)
class LoanSummary:
    as_of: date
    outstanding_principal: int
    interest_due: int  # unpaid interest and fees of installments due by ``as_of``
    penalty_due: int
    overdue_count: int
    overdue_amount: int  # all still owed on overdue installments, penalties included
    next_due_date: date | None  # the next open installment due on or after ``as_of``
    next_due_amount: int  # what is still owed on it once credit is applied
    payoff_amount: int  # clears the loan on ``as_of`` (net of credit)
    total_paid: int
    credit: int  # overpayment kept for the borrower
    settled_on: date | None


class Reconciliation:
    """A plan's summary and the state of each of its installments. ``reconcile`` builds the
    states on first use: a list of every loan only needs the summaries."""

    __slots__ = ("_build", "_states", "summary")

    def __init__(self, states: list[InstallmentState], summary: LoanSummary) -> None:
        self._states: list[InstallmentState] | None = states
        self._build: Callable[[], list[InstallmentState]] | None = None
        self.summary = summary

    @classmethod
    def deferred(
        cls, build: Callable[[], list[InstallmentState]], summary: LoanSummary
    ) -> Reconciliation:
        reconciliation = cls([], summary)
        reconciliation._states, reconciliation._build = None, build
        return reconciliation

    @property
    def states(self) -> list[InstallmentState]:
        # Building is pure: two threads asking at once get equal lists, and one is kept.
        if self._states is None:
            assert self._build is not None
            self._states = self._build()
            self._build = None
        return self._states

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Reconciliation):
            return NotImplemented
        return self.summary == other.summary and self.states == other.states

    __hash__ = None  # type: ignore[assignment]  # mutable list inside, as before

    def __repr__(self) -> str:
        return f"Reconciliation(states={self.states!r}, summary={self.summary!r})"


@dataclass(slots=True)
class _Ledger:
    installment: Installment
    due: date
    owed_interest: int
    owed_fee: int
    remaining: int  # still owed: kept in step with every change below
    paid_principal: int = 0
    paid_interest: int = 0
    paid_fee: int = 0
    paid_penalty: int = 0
    penalty_exact: Decimal = Decimal(0)
    penalty: int = 0  # penalty_exact rounded to fen, kept in step with it
    accrued_to: date | None = None
    paid_on: date | None = None

    @property
    def open_principal(self) -> int:
        return self.installment.principal - self.paid_principal

    def take(self, available: int, day: date) -> int:
        """Pay what ``available`` covers in the order fees → penalty → interest → principal;
        return what is left. (Nothing owed is ever negative.)"""
        remaining = self.remaining
        if available >= remaining:  # all of it
            self.paid_fee, self.paid_penalty = self.owed_fee, self.penalty
            self.paid_interest, self.paid_principal = self.owed_interest, self.installment.principal
            self.remaining = 0
            if self.paid_on is None:
                self.paid_on = day
            return available - remaining
        self.remaining = remaining - available
        share = min(self.owed_fee - self.paid_fee, available)
        self.paid_fee += share
        available -= share
        share = min(self.penalty - self.paid_penalty, available)
        self.paid_penalty += share
        available -= share
        share = min(self.owed_interest - self.paid_interest, available)
        self.paid_interest += share
        available -= share
        self.paid_principal += available  # the rest: less than the open principal
        return 0

    def owe(self, interest: int, fee: int) -> None:
        """Start over owing ``interest`` and ``fee`` (a payoff's figures), nothing paid."""
        self.owed_interest, self.owed_fee = interest, fee
        self.paid_principal = self.paid_interest = self.paid_fee = self.paid_penalty = 0
        self.remaining = self.installment.principal + interest + fee + self.penalty

    def accrue(self, day: date, daily_rate: Decimal) -> int:
        """Penalty on the open principal up to ``day``; returns the change in fen."""
        since = self.accrued_to or self.due
        days = (day - since).days
        if days <= 0:
            return 0
        self.accrued_to = day
        if self.open_principal <= 0:
            return 0
        self.penalty_exact += self.open_principal * daily_rate * days
        before, self.penalty = self.penalty, int(round_fen(self.penalty_exact))
        self.remaining += self.penalty - before
        return self.penalty - before


class _Book:
    """The mutable state of one plan while payments are replayed in date order.

    Kept incrementally so a replay costs about one step per payment: running totals of what
    the ledgers hold and of their penalties, a payoff table, and the count of leading
    ledgers already closed. Allocation goes oldest first, so closed ledgers form a prefix
    that later payments and penalty accrual pass over without changing.
    """

    def __init__(self, installments: Sequence[Installment], start: date, penalty: Rate | None):
        self.installments = sorted(installments, key=attrgetter("due", "n"))
        self.ledgers = [
            _Ledger(i, i.due, i.interest, i.fee, i.principal + i.interest + i.fee)
            for i in self.installments
        ]
        self.dues = [i.due for i in self.installments]
        self._payoffs: PayoffTable | None = None  # built when first asked: paid-up plans never ask
        self.principal = sum(i.principal for i in self.installments)
        self.start = start
        self.daily_penalty = penalty.daily_fraction() if penalty is not None else None
        self.credit = 0
        self.paid = 0  # sum of ledger.paid
        self.penalty = 0  # sum of ledger.penalty
        self.closed = 0  # ledgers[:closed] are closed
        self.settled_on: date | None = None

    def receive(self, day: date, amount: int) -> None:
        """A payment: penalty accrues to its day, then it is spent with any credit held."""
        if self.daily_penalty is not None:
            self.accrue(day)
        self.credit += amount
        self.apply(day)

    def pass_dues(self, days: Sequence[date]) -> None:
        """Due dates between payments (each comes before that day's payments): credit held
        is spent on what falls due, and penalty accrues."""
        for day in days:
            if self.credit == 0 and self.daily_penalty is None:
                return  # nothing changes on this or any later of these days
            self.accrue(day)
            self.apply(day)

    def accrue(self, day: date) -> None:
        if self.daily_penalty is None:
            return
        for index in range(self.closed, len(self.ledgers)):
            ledger = self.ledgers[index]
            if ledger.due >= day:  # not overdue yet, nor any after it
                break
            self.penalty += ledger.accrue(day, self.daily_penalty)

    def payoff_due(self, day: date) -> int:
        """What clears every installment on ``day``, after what was already paid."""
        if self._payoffs is None:
            self._payoffs = PayoffTable(self.installments, self.start)
        owed = self._payoffs.total(max(day, self.start)) + self.penalty
        return max(0, owed - self.paid)

    def apply(self, day: date) -> None:
        """Spend the credit held on ``day`` (a payment is added to credit first)."""
        credit = self.credit
        if credit == 0 or self.settled_on is not None:
            return
        ledgers = self.ledgers
        # a payoff always includes all the principal: only look it up once that is covered
        covered = credit + self.paid >= self.principal + self.penalty
        if covered and ledgers[-1].due > day:
            payoff = self.payoff_due(day)
            if 0 < payoff <= credit:
                self.settle(day)
                return
        # at most one closed ledger is due after ``day``: the last, paid ahead as the current
        current_seen = self.closed > 0 and ledgers[self.closed - 1].due > day
        for index in range(self.closed, len(ledgers)):
            ledger = ledgers[index]
            if ledger.due > day:
                if current_seen:
                    break
                current_seen = True
            credit = ledger.take(credit, day)
            if credit == 0:
                break
        self.paid += self.credit - credit
        self.credit = credit
        self._advance()
        if self.closed == len(ledgers) or (
            ledgers[self.closed].remaining == 0
            and all(ledger.remaining == 0 for ledger in ledgers[self.closed :])
        ):
            self.settled_on = day

    def _advance(self) -> None:
        ledgers, closed = self.ledgers, self.closed
        # closed: paid in full and dated, so no payment or penalty can change it any more
        while closed < len(ledgers) and ledgers[closed].remaining == 0 \
                and ledgers[closed].paid_on is not None:
            closed += 1
        self.closed = closed

    def settle(self, day: date) -> None:
        """Early payoff: re-allocate everything paid against the payoff figures."""
        parts = payoff_parts(self.installments, day, self.start)
        pool = self.credit + self.paid
        for ledger, part in zip(self.ledgers, parts, strict=True):
            ledger.owe(part.interest, part.fee)
            pool = ledger.take(pool, day)
        self.paid += self.credit - pool
        self.credit = pool
        self._advance()
        self.settled_on = day


# What a ledger ended with: remaining, paid principal, interest, fee and penalty, penalty,
# owed interest and fee, paid on. Numbers and dates only, so the cycle collector stops
# tracking these tuples: keeping a thousand loans' results costs no collection time.
_Ending = tuple[int, int, int, int, int, int, int, int, date | None]


def _ending(ledger: _Ledger) -> _Ending:
    return (ledger.remaining, ledger.paid_principal, ledger.paid_interest, ledger.paid_fee,
            ledger.paid_penalty, ledger.penalty, ledger.owed_interest, ledger.owed_fee,
            ledger.paid_on)


def _states(
    installments: list[Installment], endings: list[_Ending], as_of: date
) -> list[InstallmentState]:
    """Each installment (in due-date order) with what its ledger ended with, as of ``as_of``."""
    current = bisect_left(installments, as_of, key=attrgetter("due"))  # first due on/after
    states: list[InstallmentState] = []
    for index, (installment, ending) in enumerate(zip(installments, endings, strict=True)):
        (remaining, paid_principal, paid_interest, paid_fee, paid_penalty, penalty,
         owed_interest, owed_fee, paid_on) = ending
        due = installment.due
        if remaining == 0:
            status = Status.paid
            late = max(0, (paid_on - due).days) if paid_on else 0
        elif due < as_of:
            status, late = Status.overdue, (as_of - due).days
        elif paid_principal + paid_interest + paid_fee + paid_penalty > 0:
            status, late = Status.partly_paid, 0
        elif index == current:
            status, late = Status.due, 0
        else:
            status, late = Status.future, 0
        waived = installment.interest + installment.fee - owed_interest - owed_fee
        states.append(InstallmentState(  # positional, in field order: faster than keywords
            installment, status, late, paid_principal, paid_interest, paid_fee, paid_penalty,
            penalty, waived, paid_on,
        ))
    return states


Paid = tuple[date, int]  # a payment as the replay takes it: (paid_on, amount)


def reconcile(
    installments: Sequence[Installment],
    payments: Sequence[PaymentInput],
    as_of: date,
    *,
    start: date | None = None,
    penalty: Rate | None = None,
    opening_credit: int = 0,
) -> Reconciliation:
    """Replay ``payments`` made up to ``as_of`` against one plan and summarize the loan.

    ``start`` is when the first period's interest began (default: a month before the first
    due date); ``penalty`` the contract's penalty rate on overdue principal, if any;
    ``opening_credit`` an overpayment carried from a superseded plan.
    """
    paid = [(p.paid_on, p.amount) for p in payments]
    return _reconcile(installments, paid, as_of, start, penalty, opening_credit)


def _reconcile(
    installments: Sequence[Installment],
    payments: Sequence[Paid],
    as_of: date,
    start: date | None,
    penalty: Rate | None,
    opening_credit: int,
) -> Reconciliation:
    if not installments:
        raise ValueError("a plan needs at least one installment")
    if opening_credit < 0:
        raise ValueError("opening credit must not be negative")
    first_due = min(i.due for i in installments)
    book = _Book(installments, start or add_months(first_due, -1), penalty)
    book.credit = opening_credit
    counted = sorted([p for p in payments if p[0] <= as_of], key=itemgetter(0))
    dues = list(dict.fromkeys(book.dues[: bisect_right(book.dues, as_of)]))  # once each
    passed = 0  # due dates replayed: on a day, due dates come before payments
    for paid_on, amount in counted:
        if amount <= 0:
            raise ValueError("a payment must be more than zero")
        if passed < len(dues) and dues[passed] <= paid_on:
            reached = bisect_right(dues, paid_on, passed)
            if book.credit or book.daily_penalty is not None:  # else nothing changes
                book.pass_dues(dues[passed:reached])
            passed = reached
        book.receive(paid_on, amount)
    book.pass_dues(dues[passed:])
    book.accrue(as_of)

    outstanding = interest_due = penalty_due = overdue_count = overdue_amount = 0
    upcoming: _Ledger | None = None  # the next open installment due on or after as_of
    for ledger in book.ledgers:
        outstanding += ledger.installment.principal - ledger.paid_principal
        penalty_due += ledger.penalty - ledger.paid_penalty
        if ledger.due <= as_of:
            interest_due += ledger.owed_interest + ledger.owed_fee
            interest_due -= ledger.paid_interest + ledger.paid_fee
        if ledger.remaining == 0:
            continue
        if ledger.due < as_of:  # overdue
            overdue_count += 1
            overdue_amount += ledger.remaining
        elif upcoming is None:
            upcoming = ledger
    summary = LoanSummary(
        as_of=as_of,
        outstanding_principal=outstanding,
        interest_due=interest_due,
        penalty_due=penalty_due,
        overdue_count=overdue_count,
        overdue_amount=overdue_amount,
        next_due_date=upcoming.due if upcoming else None,
        next_due_amount=max(0, upcoming.remaining - book.credit) if upcoming else 0,
        payoff_amount=0 if book.settled_on else max(0, book.payoff_due(as_of) - book.credit),
        total_paid=sum(amount for _, amount in counted),
        credit=book.credit,
        settled_on=book.settled_on,
    )
    endings = [_ending(ledger) for ledger in book.ledgers]
    return Reconciliation.deferred(partial(_states, book.installments, endings, as_of), summary)


@dataclass(frozen=True)
class PlanInput:
    """A plan in force from ``effective_from``; ``start`` is when its first period's
    interest began (default: ``effective_from``)."""

    effective_from: date
    installments: Sequence[Installment]
    start: date | None = None


@dataclass(frozen=True)
class PlanResult:
    plan: PlanInput
    reconciliation: Reconciliation
    superseded_on: date | None  # the day the next plan took over, for history


def reconcile_plans(
    plans: Sequence[PlanInput],
    payments: Sequence[PaymentInput],
    as_of: date,
    *,
    penalty: Rate | None = None,
) -> list[PlanResult]:
    """Reconcile a loan whose plan was renegotiated, oldest plan first.

    A plan supersedes the previous one from its effective date. Payments made before that
    date stay with the older plan, which is reconciled as of the day before (its history is
    frozen there); payments from that date go to the newer plan. Credit left on an older
    plan carries over to the next one, so the last plan's summary is the loan's.
    """
    return replay_plans(plans, [(p.paid_on, p.amount) for p in payments], as_of, penalty)


def replay_plans(
    plans: Sequence[PlanInput], payments: Sequence[Paid], as_of: date, penalty: Rate | None
) -> list[PlanResult]:
    """``reconcile_plans`` for payments as (paid_on, amount) pairs, as the vault reads them
    in bulk (a PaymentInput for each of tens of thousands of rows is a noticeable cost)."""
    if not plans:
        raise ValueError("a loan needs at least one plan")
    ordered = sorted(plans, key=attrgetter("effective_from"))
    dates = [p.effective_from for p in ordered]
    if len(set(dates)) != len(dates):
        raise ValueError("two plans cannot take effect on the same day")
    results: list[PlanResult] = []
    credit = 0
    for index, plan in enumerate(ordered):
        following = dates[index + 1] if index + 1 < len(ordered) else None
        own = payments if len(ordered) == 1 else [
            p
            for p in payments
            if (index == 0 or p[0] >= plan.effective_from)
            and (following is None or p[0] < following)
        ]
        plan_as_of = as_of if following is None else min(as_of, following - timedelta(days=1))
        result = _reconcile(
            plan.installments,
            own,
            plan_as_of,
            plan.start or plan.effective_from,
            penalty,
            credit,
        )
        credit = result.summary.credit
        superseded = following if following is not None and following <= as_of else None
        results.append(PlanResult(plan, result, superseded))
    return results
