"""What if I pay part of a loan early? The new remaining schedule, the next payment, the last
due date and the interest saved. A what-if: nothing is saved, and the lender's figures win.

Two rules, the same ones the app uses elsewhere:

- **Interest by the day** (``vault.schedule.accrues_daily``, a plan without per-period fees):
  the what-if is the app's own reconciliation with the hypothetical payment added to the
  loan's real payments, as of the last due date (``vault.reconcile``, rules 5–7), so it never
  disagrees with what the loan shows once that payment is recorded. The money pays the
  interest for the days so far, then principal; every later installment's principal falls
  in proportion and the number of installments stays.
- **Monthly methods**: ``vault.schedule.prepay`` re-plans the plan in force (keep the payment
  and shorten the term, or keep the term and lower the payment), the way lenders quote it.
- **Custom plans** (typed from the lender's app) are never computed: only the lender can say.

The amount comes on top of the regular installments: those due by the chosen day and not
yet paid are assumed paid as scheduled (anything already overdue must be caught up first).
The day cannot come before the last recorded payment, so the what-if starts from what was
really paid.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vault import repository
from vault.flows import Problems, require_valid
from vault.overview import FINISHED, LoanOverview, build_overview
from vault.reconcile import InstallmentState, Reconciliation
from vault.records import (
    Installment,
    Loan,
    Payment,
    PaymentChannel,
    Plan,
    Platform,
)
from vault.schedule import Installment as ScheduledInstallment
from vault.schedule import Method, PrepayMode, Rate, accrues_daily, payoff_amount, prepay
from vault.store import Connection


class Kind(StrEnum):
    monthly = "monthly"  # vault.schedule.prepay on the plan in force
    by_day = "by_day"  # reconciliation with the payment added (rules 5–7)
    custom = "custom"  # the lender's typed plan: no calculation


@dataclass
class PrepayDraft:
    amount: int | None = None  # fen, paid early on top of the regular installments
    on: date | None = None
    mode: PrepayMode = PrepayMode.keep_term_lower_payment  # always allowed


@dataclass(frozen=True)
class LoanRecords:
    """One loan's records, read once; every what-if is computed from them in memory."""

    loan: Loan
    platform: Platform
    plans: list[Plan]  # oldest first: the last is the one a what-if can change
    installments: dict[int, list[Installment]]  # by plan id
    payments: list[Payment]

    @property
    def plan(self) -> Plan:
        return self.plans[-1]

    @property
    def schedule(self) -> list[ScheduledInstallment]:
        rows = sorted(self.installments.get(self.plan.id or 0, []), key=lambda r: (r.due_on, r.n))
        return [ScheduledInstallment(r.n, r.due_on, r.principal, r.interest, r.fee) for r in rows]

    @property
    def start(self) -> date:
        """When the plan's first period's interest began (as vault.overview counts it)."""
        return self.loan.borrowed_on if len(self.plans) == 1 else self.plan.effective_from

    @property
    def kind(self) -> Kind:
        plan = self.plan
        if plan.method is Method.custom:
            return Kind.custom
        # vault.reconcile keeps the monthly rules for a plan with per-period fees
        if accrues_daily(plan.method, plan.rate_kind) and not any(
            i.fee for i in self.schedule
        ):
            return Kind.by_day
        return Kind.monthly

    @property
    def last_due(self) -> date:
        return max(i.due for i in self.schedule)

    @property
    def last_payment(self) -> date | None:
        return max((p.paid_on for p in self.payments), default=None)

    def overview(self, as_of: date, extra: Sequence[Payment] = ()) -> LoanOverview:
        return build_overview(
            self.loan, self.platform, self.plans, self.installments,
            [*self.payments, *extra], as_of, with_true_cost=False,
        )


def read_loan(db: Connection, loan_id: int) -> LoanRecords:
    loan = repository.get(db, Loan, loan_id)
    plans = sorted(
        repository.select(db, Plan, "loan_id = ?", (loan_id,)),
        key=lambda p: (p.effective_from, p.id or 0),
    )
    installments: dict[int, list[Installment]] = defaultdict(list)
    for row in repository.select(
        db, Installment, "plan_id IN (SELECT id FROM plan WHERE loan_id = ?)", (loan_id,)
    ):
        installments[row.plan_id].append(row)
    payments = repository.select(db, Payment, "loan_id = ?", (loan_id,), order_by="paid_on, id")
    return LoanRecords(loan, repository.get(db, Platform, loan.platform_id), plans,
                       dict(installments), payments)


def allowed_modes(records: LoanRecords) -> dict[PrepayMode, str | None]:
    """Each mode: None when it can be chosen, else the message key saying why not."""
    keep_term = PrepayMode.keep_term_lower_payment
    shorten = PrepayMode.keep_payment_shorten_term
    kind = records.kind
    if kind is Kind.custom:
        return {keep_term: "prepay.custom_plan", shorten: "prepay.custom_plan"}
    if kind is Kind.by_day:
        return {keep_term: None, shorten: "prepay.by_day_keeps_term"}
    if records.plan.method in (Method.bullet, Method.interest_first):  # as prepay() refuses
        return {keep_term: None, shorten: "prepay.no_regular_payment"}
    return {keep_term: None, shorten: None}


# -- where the loan stands on the chosen day --------------------------------------------


def _plan_states(records: LoanRecords, as_of: date) -> Reconciliation:
    """The last plan reconciled as of ``as_of`` (even before it takes effect)."""
    return records.overview(as_of).history[-1].reconciliation


def _open(states: Sequence[InstallmentState]) -> list[InstallmentState]:
    return [s for s in states if s.remaining > 0]


@dataclass(frozen=True)
class _Day:
    """The loan on the what-if day: what is overdue before it, which installments up to it
    are assumed paid as scheduled, and the day ``prepay`` works from."""

    reconciliation: Reconciliation
    overdue: int
    assumed: list[InstallmentState]
    effective: date  # the day, or later if installments after it are already paid in full


def _day(records: LoanRecords, on: date, today: date) -> _Day:
    cutoff = min(on, today)  # before this a missed installment is overdue, not to come
    reconciliation = _plan_states(records, cutoff)
    states = reconciliation.states
    overdue = sum(s.remaining for s in _open(states) if s.installment.due < cutoff)
    assumed = [s for s in _open(states) if cutoff <= s.installment.due <= on]
    effective = on
    for state in states:  # installments paid ahead in full are history for prepay()
        if state.remaining > 0:
            break
        effective = max(effective, state.installment.due)
    return _Day(reconciliation, overdue, assumed, effective)


def _payment(records: LoanRecords, on: date, amount: int) -> Payment:
    return Payment(loan_id=records.loan.id or 0, paid_on=on, amount=amount,
                   channel=PaymentChannel.other)


def _assumed_payments(records: LoanRecords, day: _Day) -> list[Payment]:
    return [_payment(records, s.installment.due, s.remaining) for s in day.assumed]


def _paid_ahead(day: _Day) -> int:
    """Money already paid toward installments after the day (it still counts toward them)."""
    states = day.reconciliation.states
    ahead = sum(s.paid for s in _open(states) if s.installment.due > day.effective)
    return ahead + day.reconciliation.summary.credit


def assumed_amount(records: LoanRecords, on: date, today: date) -> int:
    """What is due by ``on`` and not yet paid: assumed paid as scheduled, on top of the
    what-if amount."""
    return sum(s.remaining for s in _day(records, on, today).assumed)


def overdue_amount(records: LoanRecords, on: date, today: date) -> int:
    return _day(records, on, today).overdue


def payoff_on(records: LoanRecords, on: date, today: date) -> int:
    """The amount that clears the loan on ``on``, on top of what is due by then (0 if the
    loan is already paid off): a what-if amount must stay below it."""
    day = _day(records, on, today)
    if records.kind is Kind.by_day:
        overview = records.overview(on, _assumed_payments(records, day))
        return overview.history[-1].reconciliation.summary.payoff_amount
    schedule = records.schedule
    # prepay() keeps what falls due on the day as history: the amount comes on top of it
    effective = day.effective
    due_that_day = sum(i.payment for i in schedule if i.due == effective)
    owed = payoff_amount(schedule, effective, records.start).total - due_that_day
    return max(0, owed - _paid_ahead(day))


# -- validity --------------------------------------------------------------------------------


def is_finished(records: LoanRecords, today: date) -> bool:
    if records.loan.status in FINISHED:
        return True
    as_of = max(today, records.last_payment or today)
    return _plan_states(records, as_of).summary.settled_on is not None


def loan_problem(records: LoanRecords, today: date) -> str | None:
    """A reason no what-if can be shown for this loan at all (a message key), or None."""
    if records.kind is Kind.custom:
        return "prepay.custom_plan"
    if is_finished(records, today):
        return "prepay.settled"
    return None


def date_problem(records: LoanRecords, on: date, today: date) -> str | None:
    if on < records.loan.borrowed_on:
        return "prepay.before_start"
    if on < records.plan.effective_from:
        return "prepay.before_plan"
    last_payment = records.last_payment
    if last_payment is not None and on < last_payment:
        return "prepay.before_last_payment"
    if on > records.last_due:
        return "prepay.after_last_due"
    if on == records.last_due:
        return "prepay.on_last_due"
    if overdue_amount(records, on, today):
        return "prepay.overdue_first"
    return None


def problems(records: LoanRecords, draft: PrepayDraft, *, today: date | None = None) -> Problems:
    """Field → message key for whatever stops the what-if (field "loan": the loan itself)."""
    today = today or date.today()
    found: Problems = {}
    general = loan_problem(records, today)
    if general is not None:
        return {"loan": general}
    if draft.on is None:
        found["on"] = "invalid.required"
    else:
        problem = date_problem(records, draft.on, today)
        if problem is not None:
            found["on"] = problem
    if draft.amount is None:
        found["amount"] = "invalid.required"
    elif draft.amount <= 0:
        found["amount"] = "prepay.amount_positive"
    elif draft.on is not None and "on" not in found and draft.amount >= payoff_on(
        records, draft.on, today
    ):
        found["amount"] = "prepay.pays_off"
    refused = allowed_modes(records).get(draft.mode)
    if refused is not None:
        found["mode"] = refused
    return found


# -- the what-if -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WhatIf:
    """The loan after paying ``amount`` on ``on``, next to the current plan from that day on.

    ``rows`` and ``current_rows`` are what is still to pay on each installment due after the
    day (principal, interest and fees), with and without the early payment."""

    on: date
    amount: int
    to_interest: int  # of the amount: interest (and fees) for the days since the last due date
    to_principal: int
    rows: list[ScheduledInstallment]
    current_rows: list[ScheduledInstallment]
    assumed: int  # due by the day and assumed paid as scheduled, on top of the amount
    paid_ahead: int  # already paid toward the installments in ``rows``: it still counts

    @property
    def next_due(self) -> date | None:
        return self.rows[0].due if self.rows else None

    @property
    def next_payment(self) -> int:
        return self.rows[0].payment if self.rows else 0

    @property
    def last_due(self) -> date | None:
        return self.rows[-1].due if self.rows else None

    @property
    def current_next_due(self) -> date | None:
        return self.current_rows[0].due if self.current_rows else None

    @property
    def current_next_payment(self) -> int:
        return self.current_rows[0].payment if self.current_rows else 0

    @property
    def current_last_due(self) -> date | None:
        return self.current_rows[-1].due if self.current_rows else None

    @property
    def has_fees(self) -> bool:
        return any(r.fee for r in (*self.rows, *self.current_rows))

    @property
    def saved(self) -> int:
        """Interest and fees saved from the day on, compared with keeping to the current plan."""
        cost = sum(r.interest + r.fee for r in self.current_rows)
        return cost - self.to_interest - sum(r.interest + r.fee for r in self.rows)


def what_if(records: LoanRecords, draft: PrepayDraft, *, today: date | None = None) -> WhatIf:
    """The what-if for a valid draft (``problems`` is empty); nothing is written."""
    today = today or date.today()
    require_valid(problems(records, draft, today=today))
    assert draft.on is not None and draft.amount is not None
    day = _day(records, draft.on, today)
    if records.kind is Kind.by_day:
        return _by_day(records, draft.on, draft.amount, day)
    return _monthly(records, draft.on, draft.amount, draft.mode, day)


def _to_pay(states: Sequence[InstallmentState], after: date) -> list[ScheduledInstallment]:
    """What is still to pay on each installment due after ``after`` (penalties aside), for a
    plan charged by the day (no fees): its interest is the schedule's less what the days
    really cost less (``waived``; below zero when it took over later days' interest)."""
    rows = []
    for s in states:
        i = s.installment
        if i.due <= after:
            continue
        row = ScheduledInstallment(i.n, i.due, i.principal - s.paid_principal,
                                   i.interest - s.waived - s.paid_interest)
        if row.payment > 0:
            rows.append(row)
    return rows


def _by_day(records: LoanRecords, on: date, amount: int, day: _Day) -> WhatIf:
    """The app's own figures once the payment is recorded: reconciled as of the last due
    date, with and without it (installments due by then paid as scheduled in both)."""
    assumed = _assumed_payments(records, day)
    last_due = records.last_due
    before = records.overview(last_due, assumed).history[-1].reconciliation
    after = records.overview(
        last_due, [*assumed, _payment(records, on, amount)]
    ).history[-1].reconciliation
    to_principal = (
        before.summary.outstanding_principal - after.summary.outstanding_principal
    )
    return WhatIf(
        on=on, amount=amount, to_interest=amount - to_principal, to_principal=to_principal,
        rows=_to_pay(after.states, on), current_rows=_to_pay(before.states, on),
        assumed=sum(p.amount for p in assumed), paid_ahead=0,
    )


def _monthly(records: LoanRecords, on: date, amount: int, mode: PrepayMode, day: _Day
             ) -> WhatIf:
    """``vault.schedule.prepay`` on the plan in force, from the day (or from the last
    installment already paid in full, if that is later)."""
    plan, schedule = records.plan, records.schedule
    effective = day.effective
    new = prepay(
        schedule, amount, effective, mode,
        rate=Rate(plan.rate_kind, plan.rate_percent, plan.day_basis),
        method=plan.method, start=records.start,
    )
    history = sum(1 for i in schedule if i.due <= effective)
    prepayment, rows = new[history], new[history + 1 :]
    return WhatIf(
        on=on, amount=amount, to_interest=prepayment.interest + prepayment.fee,
        to_principal=prepayment.principal, rows=list(rows),
        current_rows=[i for i in schedule if i.due > effective],
        assumed=sum(s.remaining for s in day.assumed), paid_ahead=_paid_ahead(day),
    )
