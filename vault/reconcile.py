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

**Interest by the day** (plans where ``vault.schedule.accrues_daily`` holds: the daily method
and a bullet at a daily rate, without per-period fees). Interest accrues each day on the
principal not yet due that is still unpaid (overdue principal earns penalty interest, not
interest), so a payment made before a due date pays interest only for the days elapsed, and
principal paid early stops costing interest at once (Civil Code art. 677):

5. A payment pays what is overdue or due that day (1–2 above), then the interest accrued so
   far in the current period, then the current installment's principal; anything beyond
   lowers every later installment's principal in proportion to what each still owes (the
   term stays; an equal-principal plan stays equal). There is no credit until all is paid.
6. On each due date the interest accrued since the last one is owed on that installment, or,
   if it was paid off early, on the next one still open.
7. A period's interest is the schedule's own figure scaled by the principal-days actually
   outstanding over those the schedule assumed: for these plans the schedule's interest is
   outstanding × daily rate × days, so this is the same to within the schedule's rounding,
   and paying every installment on its due date reproduces the schedule to the fen. Open
   installments show the interest they will owe if nothing more is paid early.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
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
    # scheduled interest and fee not owed because the loan was paid off (or, for interest by
    # the day, paid) early; below zero on an installment that took over the interest of
    # days after an earlier one was paid off early (rule 6)
    waived: int
    paid_on: date | None

    @property
    def paid(self) -> int:
        return self.paid_principal + self.paid_interest + self.paid_fee + self.paid_penalty

    @property
    def charges(self) -> int:
        """The interest and fee this installment actually comes to (scheduled less waived)."""
        return self.installment.interest + self.installment.fee - self.waived

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


def _round(value: int | Fraction) -> int:
    """Half up to a whole fen (``value`` ≥ 0)."""
    if isinstance(value, int):
        return value
    return (2 * value.numerator + value.denominator) // (2 * value.denominator)


class _DailyBook(_Book):
    """A plan whose interest accrues by the day (rules 5–7 of the module docstring).

    Until some payment reaches an installment before its due date every period runs as
    scheduled, so the ledgers simply keep the schedule's interest, as ``_Book``'s do; the
    bookkeeping by the day starts with the first such payment (``_by_day``), or at the end
    if the loan is still open, and costs nothing on a loan paid as scheduled.

    By the day, a ledger not yet due owes only the interest already put on it, all of it
    paid, so what it still owes is its open principal, and ``base`` (their sum) is what
    earns interest. Exact interest is kept as a running total (an ``int`` while each period
    runs as scheduled, a ``Fraction`` after an early payment) and put on ledgers in whole fen
    against it, so the fen add up to the exact total rounded once.
    """

    def __init__(self, installments: Sequence[Installment], start: date, penalty: Rate | None):
        super().__init__(installments, start, penalty)
        self.by_day = False
        self.sizes: list[int] = []  # each period's principal-days as the schedule has them
        self.billed = 0  # ledgers[:billed] have reached their due date
        self.base = 0  # open principal of ledgers[billed:]
        self.accrued_to = start
        self.principal_days = 0  # of the current period (ledgers[billed]) so far
        self.exact: int | Fraction = 0  # interest of the periods billed, from ``_by_day`` on
        self.put = 0  # of which put on ledgers, in fen
        self.payoff: int | None = None  # set by ``finish``

    def _by_day(self, day: date) -> None:
        """Start accruing by the day, on ``day``: the ledgers due by then have the interest
        the schedule gives them, and those not yet due have had nothing paid on them."""
        self.by_day = True
        ledgers = self.ledgers
        billed = bisect_right(self.dues, day)
        previous = ledgers[billed - 1].due if billed else self.start
        balance = sum(ledger.installment.principal for ledger in ledgers[billed:])
        self.base, self.billed, self.accrued_to = balance, billed, previous
        self.sizes = [0] * billed  # periods already billed are not asked for
        for ledger in ledgers[billed:]:
            ledger.owed_interest, ledger.remaining = 0, ledger.installment.principal
            self.sizes.append(balance * (ledger.due - previous).days)
            balance -= ledger.installment.principal
            previous = ledger.due
        self._accrue_interest(day)

    def _period(self, index: int, principal_days: int, whole: bool) -> int | Fraction:
        """Interest that ``principal_days`` earn in period ``index``: its scheduled interest
        × principal-days / the schedule's (a period of no days is charged as scheduled)."""
        interest, size = self.ledgers[index].installment.interest, self.sizes[index]
        if size <= 0:
            return interest if whole else 0
        if principal_days == size:
            return interest
        return Fraction(interest * principal_days, size) if principal_days else 0

    def _owe(self, ledger: _Ledger, exact: int | Fraction, put: int) -> int:
        """On a due date: what accrued and was not yet put on a ledger is owed on this one,
        unless it was paid off early (then it waits for the next). Returns the new ``put``."""
        if ledger.paid_on is not None:
            return put
        amount = _round(exact) - put
        ledger.owed_interest += amount
        ledger.remaining += amount
        return put + amount

    def _accrue_interest(self, day: date) -> None:
        """Accrue to ``day``; each due date reached puts its period's interest on a ledger."""
        ledgers, billed, accrued_to = self.ledgers, self.billed, self.accrued_to
        principal_days, base = self.principal_days, self.base
        while billed < len(ledgers):
            ledger = ledgers[billed]
            due = ledger.due
            if due > day:
                if day > accrued_to:
                    principal_days += base * (day - accrued_to).days
                    accrued_to = day
                break
            if due > accrued_to:
                principal_days += base * (due - accrued_to).days
                accrued_to = due
            self.exact += self._period(billed, principal_days, True)
            principal_days = 0
            self.put = self._owe(ledger, self.exact, self.put)
            base -= ledger.installment.principal - ledger.paid_principal
            billed += 1
        self.billed, self.accrued_to = billed, accrued_to
        self.principal_days, self.base = principal_days, base

    def _accrued(self) -> int:
        """Interest accrued and not yet put on a ledger, in fen, as of ``accrued_to``."""
        if self.billed == len(self.ledgers):
            return 0
        exact = self.exact + self._period(self.billed, self.principal_days, False)
        return _round(exact) - self.put

    def apply(self, day: date) -> None:
        credit = self.credit
        if credit == 0 or self.settled_on is not None:
            return
        if self.by_day:
            self._accrue_interest(day)
        ledgers = self.ledgers
        for index in range(self.closed, len(ledgers)):  # overdue, or due today
            ledger = ledgers[index]
            if ledger.due > day:
                break
            credit = ledger.take(credit, day)
            if credit == 0:
                break
        if credit:
            if not self.by_day:
                self._by_day(day)
            credit = self._pay_ahead(credit, day)
        self.paid += self.credit - credit
        self.credit = credit
        self._advance()
        if self.closed == len(ledgers) or (
            ledgers[self.closed].remaining == 0
            and all(ledger.remaining == 0 for ledger in ledgers[self.closed :])
        ):
            self.settled_on = day

    def _pay_ahead(self, credit: int, day: date) -> int:
        """Pay the interest accrued so far and principal not yet due; return what is left."""
        ledgers = self.ledgers
        current = max(self.billed, self.closed)
        while current < len(ledgers) and ledgers[current].paid_on is not None:
            current += 1  # paid off early
        if current == len(ledgers):
            return credit
        ledger = ledgers[current]
        share = min(credit, self._accrued())
        ledger.owed_interest += share
        ledger.paid_interest += share
        self.put += share
        credit -= share
        share = min(credit, ledger.open_principal)
        ledger.paid_principal += share
        ledger.remaining -= share
        self.base -= share
        credit -= share
        if ledger.remaining == 0:
            ledger.paid_on = day
        if credit == 0:
            return 0
        later = ledgers[current + 1 :]
        total = sum(later_ledger.open_principal for later_ledger in later)
        spent = min(credit, total)
        # each later ledger's share of ``spent`` in proportion to its open principal, by
        # cumulative flooring: the shares add up to ``spent`` and none exceeds its principal
        cumulative = given = 0
        for later_ledger in later:
            owed = later_ledger.open_principal
            if owed:
                cumulative += owed
                target = spent * cumulative // total
                later_ledger.paid_principal += target - given
                later_ledger.remaining -= target - given
                given = target
                if later_ledger.remaining == 0:
                    later_ledger.paid_on = day
        self.base -= spent
        return credit - spent

    def finish(self, as_of: date) -> None:
        """Accrue to ``as_of``, note the payoff then, and put on each open installment the
        interest it will owe on its due date if nothing more is paid early."""
        if self.settled_on is not None:
            self.payoff = 0
            return
        if self.by_day:
            self._accrue_interest(as_of)
        else:
            self._by_day(max(as_of, self.start))
        ledgers = self.ledgers
        overdue = sum(ledgers[index].remaining for index in range(self.closed, self.billed))
        self.payoff = overdue + self._accrued() + self.base
        exact, put, base = self.exact, self.put, self.base
        principal_days, since = self.principal_days, self.accrued_to
        for index in range(self.billed, len(ledgers)):
            ledger = ledgers[index]
            principal_days += base * max(0, (ledger.due - since).days)
            since = ledger.due
            exact += self._period(index, principal_days, True)
            principal_days = 0
            put = self._owe(ledger, exact, put)
            base -= ledger.open_principal

    def payoff_due(self, day: date) -> int:
        assert self.payoff is not None, "finish() comes first"
        return self.payoff


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
    daily_interest: bool = False,
) -> Reconciliation:
    """Replay ``payments`` made up to ``as_of`` against one plan and summarize the loan.

    ``start`` is when the first period's interest began (default: a month before the first
    due date); ``penalty`` the contract's penalty rate on overdue principal, if any;
    ``opening_credit`` an overpayment carried from a superseded plan; ``daily_interest``
    whether the plan's interest accrues by the day (``vault.schedule.accrues_daily``).
    """
    paid = [(p.paid_on, p.amount) for p in payments]
    return _reconcile(installments, paid, as_of, start, penalty, opening_credit, daily_interest)


def _reconcile(
    installments: Sequence[Installment],
    payments: Sequence[Paid],
    as_of: date,
    start: date | None,
    penalty: Rate | None,
    opening_credit: int,
    daily_interest: bool = False,
) -> Reconciliation:
    if not installments:
        raise ValueError("a plan needs at least one installment")
    if opening_credit < 0:
        raise ValueError("opening credit must not be negative")
    first_due = min(i.due for i in installments)
    # a fee is charged per period, not by the day: such a plan keeps the monthly rules
    daily = daily_interest and not any(i.fee for i in installments)
    book = (_DailyBook if daily else _Book)(
        installments, start or add_months(first_due, -1), penalty
    )
    book.credit = opening_credit
    if daily and opening_credit:
        book.apply(book.start)  # credit pays principal ahead at once: it stops costing interest
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
    if isinstance(book, _DailyBook):
        book.finish(as_of)

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
    interest began (default: ``effective_from``); ``daily_interest`` whether its interest
    accrues by the day."""

    effective_from: date
    installments: Sequence[Installment]
    start: date | None = None
    daily_interest: bool = False  # vault.schedule.accrues_daily for the plan


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
            plan.daily_interest,
        )
        credit = result.summary.credit
        superseded = following if following is not None and following <= as_of else None
        results.append(PlanResult(plan, result, superseded))
    return results
