"""Where a loan stands: its records joined with the money core (reconciliation, true APR,
rate warnings). The one place the UI, the dashboard and the binder ask "how is this loan?".
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from vault import repository
from vault.apr import AprResult, apr_from_schedule
from vault.reconcile import (
    InstallmentState,
    LoanSummary,
    Paid,
    PlanInput,
    PlanResult,
    replay_plans,
)
from vault.records import Installment, Loan, LoanStatus, Payment, Plan, PlanKind, Platform
from vault.schedule import Installment as ScheduledInstallment
from vault.schedule import Rate, accrues_daily
from vault.store import Connection
from vault.thresholds import LprFixing, RateWarning, check_rate, vault_lpr_table

# Stored states that are the user's own steps, which the passing days never change: a
# negotiation awaiting the lender's answer, 已结清 confirmed, the account closed out. Every
# other state follows from the figures as of the day shown (`loan_status`).
USER_STEPS = frozenset({LoanStatus.negotiating, LoanStatus.settled, LoanStatus.closed})
FINISHED = frozenset({LoanStatus.settled, LoanStatus.closed})


def loan_status(stored: LoanStatus, summary: LoanSummary, negotiated: bool) -> LoanStatus:
    """A loan's state on the day of ``summary`` (its plan in force's).

    Settled or closed out as the user recorded it stays so; paid off by the payments is
    settled (the settlement checklist takes it on to closed); a negotiation awaiting an answer
    stays negotiating; an installment past its due date makes it overdue; else it is being
    repaid under a plan the lender agreed to (``negotiated``: restructured) or the original.
    A stored overdue, restructured or active is only the figures as of the last save: it is
    worked out afresh, so the state moves on as days pass without anything being saved.
    """
    if stored in FINISHED:
        return stored
    if summary.settled_on is not None and summary.payoff_amount == 0:
        return LoanStatus.settled
    if stored is LoanStatus.negotiating:
        return stored
    if summary.overdue_count > 0:
        return LoanStatus.overdue
    return LoanStatus.restructured if negotiated else LoanStatus.active


def in_force_on(plans: Sequence[Plan], day: date) -> int:
    """The index of the plan in force on ``day`` among ``plans`` (oldest first); the first
    one before any took effect."""
    return max(0, bisect_right(plans, day, key=lambda p: p.effective_from) - 1)


@dataclass(frozen=True)
class NextInstallment:
    on: date
    amount: int  # still owed on it, net of any credit held


@dataclass(frozen=True)
class LoanOverview:
    """A loan as of a date. Its plans are oldest first; ``plans[in_force]`` is the one in
    effect on that date (the latest that has taken effect), and any later ones are agreed
    but upcoming: until its effective date a negotiated plan changes nothing owed."""

    loan: Loan
    platform: Platform
    plans: list[Plan]  # by effective date, oldest first
    history: list[PlanResult]  # the reconciliation of each plan, same order
    true_cost: AprResult | None  # None when it cannot be computed (e.g. nothing received)
    warnings: list[RateWarning]
    in_force: int  # index into plans and history
    payments: Sequence[Paid] = ()  # (paid_on, amount), by date: what the history replays

    @property
    def total_paid(self) -> int:
        """Every payment up to the overview's date, whichever plan it was paid under (each
        plan's summary counts only the payments made while it was in force)."""
        return sum(result.reconciliation.summary.total_paid for result in self.history)

    @property
    def summary(self) -> LoanSummary:
        """Where the loan stands: the plan in force's summary."""
        return self.history[self.in_force].reconciliation.summary

    @property
    def states(self) -> list[InstallmentState]:
        """The installments of the plan in force, with their status."""
        return self.history[self.in_force].reconciliation.states

    @property
    def upcoming(self) -> list[Plan]:
        """Plans agreed to take effect after the overview's date, soonest first."""
        return self.plans[self.in_force + 1 :]

    @property
    def status(self) -> LoanStatus:
        """The loan's state on the overview's date: the one every list, button and tab shows
        and filters by (`loan_status`)."""
        negotiated = any(plan.kind is not PlanKind.original for plan in self.plans)
        return loan_status(self.loan.status, self.summary, negotiated)

    def open_states(self) -> list[InstallmentState]:
        """Every installment still to pay, oldest first: the plan in force's until the next
        agreed plan takes over, then that plan's (its effective date may still be ahead). An
        installment of the old plan due after that date will never be owed."""
        found: list[InstallmentState] = []
        for index in range(self.in_force, len(self.history)):
            ends = self._ends(index)
            found.extend(
                state for state in self.history[index].reconciliation.states
                if state.remaining > 0 and (ends is None or state.installment.due < ends)
            )
        return found

    @property
    def next_due(self) -> NextInstallment | None:
        """The next installment to pay (not one already overdue), by the same rule as
        `open_states`: the plan in force's next one if it falls due before the next agreed
        plan takes over, else that plan's first."""
        for index in range(self.in_force, len(self.history)):
            summary = self.history[index].reconciliation.summary
            ends = self._ends(index)
            if summary.next_due_date is not None and (ends is None
                                                      or summary.next_due_date < ends):
                return NextInstallment(summary.next_due_date, summary.next_due_amount)
        return None

    def _ends(self, index: int) -> date | None:
        """The day the plan after ``plans[index]`` takes over, if there is one."""
        return self.plans[index + 1].effective_from if index + 1 < len(self.plans) else None

    def outstanding_on(self, day: date) -> int:
        """The principal still owed at the end of ``day`` under the plan in force then, from
        the payments made by then (a past point of the dashboard's balance curve)."""
        if day < self.loan.borrowed_on:
            return 0
        history = replay_plans([result.plan for result in self.history], self.payments,
                               day, penalty_rate(self.loan))
        in_force = in_force_on(self.plans, day)
        return history[in_force].reconciliation.summary.outstanding_principal

    @property
    def stated_annual_percent(self) -> str:
        rate = Rate(self.loan.rate_kind, self.loan.rate_percent, self.loan.day_basis)
        return str(rate.annual_percent().normalize())


def _scheduled(rows: Sequence[Installment]) -> list[ScheduledInstallment]:
    return [
        ScheduledInstallment(n=r.n, due=r.due_on, principal=r.principal, interest=r.interest,
                             fee=r.fee)
        for r in sorted(rows, key=lambda r: r.n)
    ]


def true_cost(loan: Loan, original: Sequence[ScheduledInstallment]) -> AprResult | None:
    """The true APR of the loan's original plan, or None when it cannot be computed: the
    money received on the loan date and each installment on its due date (an odd first
    period or a short February counts by its real days, whatever the method)."""
    if loan.received <= 0 or not original:
        return None
    try:
        return apr_from_schedule(loan.received, original, loan.borrowed_on)
    except (ValueError, ArithmeticError):
        return None


def build_overview(
    loan: Loan, platform: Platform, plans: list[Plan],
    installments: dict[int, list[Installment]], payments: list[Payment], as_of: date,
    *, with_true_cost: bool = True, lpr_table: Sequence[LprFixing] | None = None,
) -> LoanOverview:
    """``with_true_cost=False`` skips the APR and the rate warnings (lists that only show
    where each loan stands); ``lpr_table`` is the vault's (``vault_lpr_table``), else the
    bundled one."""
    schedules = {p.id or 0: _scheduled(installments.get(p.id or 0, [])) for p in plans}
    paid = [(p.paid_on, p.amount) for p in payments]
    return _overview(loan, platform, plans, schedules, paid, as_of, with_true_cost, lpr_table)


def _overview(
    loan: Loan, platform: Platform, plans: list[Plan],
    schedules: Mapping[int, list[ScheduledInstallment]], payments: list[Paid],
    as_of: date, with_true_cost: bool, lpr_table: Sequence[LprFixing] | None,
) -> LoanOverview:
    ordered = sorted(plans, key=lambda p: (p.effective_from, p.id or 0))
    plan_schedules = [schedules.get(p.id or 0, []) for p in ordered]
    history = replay_plans(
        [
            PlanInput(effective_from=plan.effective_from, installments=schedule,
                      start=loan.borrowed_on if index == 0 else plan.effective_from,
                      daily_interest=accrues_daily(plan.method, plan.rate_kind))
            for index, (plan, schedule) in enumerate(zip(ordered, plan_schedules, strict=True))
        ],
        payments,
        as_of,
        penalty_rate(loan),
    )
    cost = true_cost(loan, plan_schedules[0]) if with_true_cost else None
    warnings = (
        check_rate(cost.apr, loan.borrowed_on, platform.lender_kind, loan.upfront_fee,
                   lpr_table=lpr_table)
        if cost is not None and cost.apr >= 0
        else []
    )
    # The first plan runs from the loan date; a later one only from its effective date.
    in_force = in_force_on(ordered, as_of)
    return LoanOverview(loan, platform, ordered, history, cost, warnings, in_force, payments)


def penalty_rate(loan: Loan) -> Rate | None:
    """The contract's penalty interest rate on overdue principal, if it states one."""
    if loan.penalty_rate_kind is None or loan.penalty_rate_percent is None:
        return None
    return Rate(loan.penalty_rate_kind, loan.penalty_rate_percent, loan.day_basis)


def loan_overview(db: Connection, loan_id: int, as_of: date) -> LoanOverview:
    loan = repository.get(db, Loan, loan_id)
    plans = repository.select(db, Plan, "loan_id = ?", (loan_id,))
    installments: dict[int, list[Installment]] = defaultdict(list)
    for row in repository.select(
        db, Installment, "plan_id IN (SELECT id FROM plan WHERE loan_id = ?)", (loan_id,)
    ):
        installments[row.plan_id].append(row)
    payments = repository.select(db, Payment, "loan_id = ?", (loan_id,), order_by="paid_on, id")
    platform = repository.get(db, Platform, loan.platform_id)
    return build_overview(loan, platform, plans, installments, payments, as_of,
                          lpr_table=vault_lpr_table(db))


def all_overviews(
    db: Connection, as_of: date, *, with_true_cost: bool = True
) -> list[LoanOverview]:
    """Every loan, read with one query per table (fast for a thousand loans). Installments
    and payments are read as plain rows straight into the money core's types: the overview
    never shows them as records, and building 70,000 records would take longer than the
    reconciling."""
    platforms = {p.id: p for p in repository.select(db, Platform)}
    plans: dict[int, list[Plan]] = defaultdict(list)
    for plan in repository.select(db, Plan):
        plans[plan.loan_id].append(plan)
    schedules: dict[int, list[ScheduledInstallment]] = defaultdict(list)
    days = _Days()
    for plan_id, n, due, principal, interest, fee in db.execute(
        "SELECT plan_id, n, due_on, principal, interest, fee FROM installment"
        " ORDER BY plan_id, n, id"  # as _scheduled orders a plan's rows
    ):
        schedules[plan_id].append(ScheduledInstallment(n, days[due], principal, interest, fee))
    payments: dict[int, list[Paid]] = defaultdict(list)
    for loan_id, paid_on, amount in db.execute(
        "SELECT loan_id, paid_on, amount FROM payment ORDER BY loan_id, paid_on, id"
    ):
        payments[loan_id].append((days[paid_on], amount))
    table = vault_lpr_table(db) if with_true_cost else None
    return [
        _overview(loan, platforms[loan.platform_id], plans[loan.id or 0], schedules,
                  payments[loan.id or 0], as_of, with_true_cost, table)
        for loan in repository.select(db, Loan)
    ]


class _Days(dict[str, date]):
    """ISO date text to a date, each distinct text parsed once (on the first lookup): a
    thousand loans' rows share a few hundred due and payment dates."""

    def __missing__(self, text: str) -> date:
        day = self[text] = date.fromisoformat(text)
        return day
