"""The straightforward reconciliation: every payment replayed against every ledger, the payoff
recomputed from ``payoff_parts`` each time. It is the definition that the incremental ledger
in vault/reconcile.py must match to the fen (see test_reconcile.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from vault.money import round_fen
from vault.reconcile import (
    InstallmentState,
    LoanSummary,
    PaymentInput,
    Reconciliation,
    Status,
)
from vault.schedule import Installment, Rate, add_months, payoff_parts


@dataclass
class _Ledger:
    installment: Installment
    owed_interest: int
    owed_fee: int
    paid_principal: int = 0
    paid_interest: int = 0
    paid_fee: int = 0
    paid_penalty: int = 0
    penalty_exact: Decimal = field(default_factory=Decimal)
    accrued_to: date | None = None
    paid_on: date | None = None

    @property
    def due(self) -> date:
        return self.installment.due

    @property
    def penalty(self) -> int:
        return int(round_fen(self.penalty_exact))

    @property
    def open_principal(self) -> int:
        return self.installment.principal - self.paid_principal

    @property
    def paid(self) -> int:
        return self.paid_principal + self.paid_interest + self.paid_fee + self.paid_penalty

    @property
    def remaining(self) -> int:
        owed = self.installment.principal + self.owed_interest + self.owed_fee + self.penalty
        return owed - self.paid

    def take(self, available: int, day: date) -> int:
        """Pay what ``available`` covers in the order fees → penalty → interest → principal."""
        for name, owed in (
            ("paid_fee", self.owed_fee - self.paid_fee),
            ("paid_penalty", self.penalty - self.paid_penalty),
            ("paid_interest", self.owed_interest - self.paid_interest),
            ("paid_principal", self.open_principal),
        ):
            share = min(owed, available)
            if share > 0:
                setattr(self, name, getattr(self, name) + share)
                available -= share
        if self.remaining == 0 and self.paid_on is None:
            self.paid_on = day
        return available

    def accrue(self, day: date, penalty: Rate) -> None:
        since = self.accrued_to or self.due
        days = (day - since).days
        if days > 0 and self.open_principal > 0:
            self.penalty_exact += self.open_principal * penalty.daily_fraction() * days
        if days > 0:
            self.accrued_to = day


class _Book:
    """The mutable state of one plan while payments are replayed in date order."""

    def __init__(self, installments: Sequence[Installment], start: date, penalty: Rate | None):
        self.installments = sorted(installments, key=lambda i: (i.due, i.n))
        self.ledgers = [_Ledger(i, i.interest, i.fee) for i in self.installments]
        self.start = start
        self.penalty = penalty
        self.credit = 0
        self.settled_on: date | None = None

    def accrue(self, day: date) -> None:
        if self.penalty is not None:
            for ledger in self.ledgers:
                ledger.accrue(day, self.penalty)

    def payoff_due(self, day: date) -> int:
        """What clears every installment on ``day``, after what was already paid."""
        parts = payoff_parts(self.installments, max(day, self.start), self.start)
        owed = sum(p.payment for p in parts) + sum(ledger.penalty for ledger in self.ledgers)
        return max(0, owed - sum(ledger.paid for ledger in self.ledgers))

    def apply(self, day: date) -> None:
        """Spend the credit held on ``day`` (a payment is added to credit first)."""
        if self.settled_on is not None or self.credit == 0:
            return
        payoff = self.payoff_due(day)
        if 0 < payoff <= self.credit and any(ledger.due > day for ledger in self.ledgers):
            self.settle(day)
            return
        current_seen = False
        for ledger in self.ledgers:
            if ledger.due > day:
                if current_seen:
                    break
                current_seen = True
            self.credit = ledger.take(self.credit, day)
            if self.credit == 0:
                break
        if all(ledger.remaining == 0 for ledger in self.ledgers):
            self.settled_on = day

    def settle(self, day: date) -> None:
        """Early payoff: re-allocate everything paid against the payoff figures."""
        parts = payoff_parts(self.installments, day, self.start)
        pool = self.credit + sum(ledger.paid for ledger in self.ledgers)
        for ledger, part in zip(self.ledgers, parts, strict=True):
            ledger.owed_interest, ledger.owed_fee = part.interest, part.fee
            ledger.paid_principal = ledger.paid_interest = ledger.paid_fee = 0
            ledger.paid_penalty = 0
            pool = ledger.take(pool, day)
        self.credit = pool
        self.settled_on = day

    def state(self, ledger: _Ledger, as_of: date, current: _Ledger | None) -> InstallmentState:
        if ledger.remaining == 0:
            status = Status.paid
            late = max(0, (ledger.paid_on - ledger.due).days) if ledger.paid_on else 0
        elif ledger.due < as_of:
            status, late = Status.overdue, (as_of - ledger.due).days
        elif ledger.paid > 0:
            status, late = Status.partly_paid, 0
        elif ledger is current:
            status, late = Status.due, 0
        else:
            status, late = Status.future, 0
        waived = ledger.installment.interest + ledger.installment.fee
        return InstallmentState(
            installment=ledger.installment,
            status=status,
            days_late=late,
            paid_principal=ledger.paid_principal,
            paid_interest=ledger.paid_interest,
            paid_fee=ledger.paid_fee,
            paid_penalty=ledger.paid_penalty,
            penalty=ledger.penalty,
            waived=waived - ledger.owed_interest - ledger.owed_fee,
            paid_on=ledger.paid_on,
        )


def reference_reconcile(
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
    if not installments:
        raise ValueError("a plan needs at least one installment")
    if opening_credit < 0:
        raise ValueError("opening credit must not be negative")
    first_due = min(i.due for i in installments)
    book = _Book(installments, start or add_months(first_due, -1), penalty)
    book.credit = opening_credit
    counted = sorted((p for p in payments if p.paid_on <= as_of), key=lambda p: p.paid_on)
    dues = sorted({i.due for i in installments if i.due <= as_of})
    events = sorted(
        [(day, 0, 0) for day in dues] + [(p.paid_on, 1, p.amount) for p in counted],
        key=lambda event: (event[0], event[1]),
    )
    for day, _kind, amount in events:
        book.accrue(day)
        book.credit += amount
        book.apply(day)
    book.accrue(as_of)

    current = next((ledger for ledger in book.ledgers if ledger.due >= as_of), None)
    states = [book.state(ledger, as_of, current) for ledger in book.ledgers]
    overdue = [s for s in states if s.status is Status.overdue]
    upcoming = next((s for s in states if s.installment.due >= as_of and s.remaining > 0), None)
    due_by_now = [ledger for ledger in book.ledgers if ledger.due <= as_of]
    summary = LoanSummary(
        as_of=as_of,
        outstanding_principal=sum(ledger.open_principal for ledger in book.ledgers),
        interest_due=sum(
            ledger.owed_interest + ledger.owed_fee - ledger.paid_interest - ledger.paid_fee
            for ledger in due_by_now
        ),
        penalty_due=sum(ledger.penalty - ledger.paid_penalty for ledger in book.ledgers),
        overdue_count=len(overdue),
        overdue_amount=sum(s.remaining for s in overdue),
        next_due_date=upcoming.installment.due if upcoming else None,
        next_due_amount=max(0, upcoming.remaining - book.credit) if upcoming else 0,
        payoff_amount=0 if book.settled_on else max(0, book.payoff_due(as_of) - book.credit),
        total_paid=sum(p.amount for p in counted),
        credit=book.credit,
        settled_on=book.settled_on,
    )
    return Reconciliation(states, summary)

