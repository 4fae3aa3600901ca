"""The dashboard's figures: where all the borrower's loans stand today, and what to do next.

Pure functions over `vault.overview.all_overviews` plus the follow-up records (milestones,
contacts, credit checks); the UI only draws what `build_dashboard` returns.

Conventions (the user guide describes them):
- Money totals count *open* loans only: a loan the user marked paid off (settled) or closed
  out is finished in their own records even if a payment is missing from the vault.
- "Outstanding" is principal still owed; "due" amounts are what is still owed on each
  installment (principal, interest, fees and penalty, less what was paid).
- The balance curve is outstanding principal at each month's end: the past from the
  payments actually made, the future projected from the schedules as if every installment
  were paid on its due date (and anything overdue paid now).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from vault import repository
from vault.checklist import STEP_KEYS, credit_check_window
from vault.overview import FINISHED, LoanOverview
from vault.reconcile import InstallmentState, Status
from vault.records import Contact, CreditCheck, LoanStatus, Milestone
from vault.schedule import add_months
from vault.store import Connection

DUE_SOON_DAYS = 30
FOLLOW_UP_HORIZON_DAYS = 14
PAST_MONTHS = 24  # how far back the balance curve goes at most
FUTURE_MONTHS = 36  # how far ahead it goes at most
DUE_MONTHS = 12  # months shown in the dues chart
DEFAULT_BACKUP_NUDGE_DAYS = 30

CREDIT_CHECK_STEP = "credit_report_checked"


class FollowUpKind(StrEnum):
    milestone = "milestone"  # a settlement-checklist step with a follow-up date
    contact = "contact"  # the next step agreed in the latest contact about a loan
    credit_check = "credit_check"  # pull the credit report 30–45 days after payoff


@dataclass(frozen=True)
class FollowUp:
    due_on: date
    kind: FollowUpKind
    loan_id: int | None
    platform: str  # "" for a contact about no particular loan
    step: str = ""  # the checklist step key (milestones and credit checks)
    text: str = ""  # the next step as the user wrote it, or the milestone's note
    window_end: date | None = None  # the last day of the credit-check window

    def is_late(self, as_of: date) -> bool:
        return self.due_on < as_of


@dataclass(frozen=True)
class BalancePoint:
    on: date  # a month's last day, or the dashboard's date for "today"
    balance: int  # outstanding principal, fen
    projected: bool  # True: from the schedules, not from payments made


@dataclass(frozen=True)
class MonthDue:
    month: date  # the first day of the month
    amount: int  # still owed on installments due that month
    overdue: int  # part of `amount` already overdue (only in the current month)


@dataclass(frozen=True)
class NextDue:
    on: date
    amount: int
    loan_id: int
    platform: str


@dataclass(frozen=True)
class Dashboard:
    as_of: date
    loan_count: int
    open_loans: int
    total_outstanding: int
    payoff_total: int  # clears every open loan today
    due_soon_amount: int  # due in the next DUE_SOON_DAYS days (today included)
    due_soon_count: int
    overdue_loans: int
    overdue_installments: int
    overdue_amount: int
    next_due: NextDue | None
    by_status: dict[LoanStatus, int]
    follow_ups: list[FollowUp]
    balance: list[BalancePoint]
    dues: list[MonthDue]


def backup_is_stale(age: timedelta | None, nudge_days: int) -> bool:
    """Whether to nudge the user to back up: never backed up, or not for `nudge_days`."""
    return age is None or age.days >= nudge_days


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return add_months(month_start(day), 1) - timedelta(days=1)


def _open_principal(states: Iterable[InstallmentState]) -> int:
    return sum(s.installment.principal - s.paid_principal for s in states)


def _paid_whole_on_their_day(overview: LoanOverview) -> bool:
    """Whether every payment went whole to installments paid in full that same day (as when
    each payment pays one installment): then each installment's own paid-on date is when
    its principal was repaid. A part payment, principal paid ahead and spread over later
    installments, or credit held all break this."""
    paid: dict[date, int] = {}
    for result in overview.history[: overview.in_force + 1]:
        for state in result.reconciliation.states:
            amount = state.paid
            if amount:
                if state.paid_on is None:
                    return False
                paid[state.paid_on] = paid.get(state.paid_on, 0) + amount
    made: dict[date, int] = {}
    as_of = overview.summary.as_of
    for day, amount in overview.payments:
        if day <= as_of:
            made[day] = made.get(day, 0) + amount
    return paid == made


def _past_events(overview: LoanOverview, past: Sequence[date]) -> list[tuple[date, int]]:
    """(date, change in outstanding principal) for one loan up to the overview's date."""
    in_force = overview.in_force
    if not _paid_whole_on_their_day(overview):
        # Replay the loan as of each month's end shown: the principal actually owed then.
        events: list[tuple[date, int]] = []
        before = 0
        for on in past:
            balance = overview.outstanding_on(on)
            if balance != before:
                events.append((on, balance - before))
                before = balance
        return [*events, (overview.summary.as_of, overview.summary.outstanding_principal - before)]
    loan = overview.loan
    events = [(loan.borrowed_on, loan.principal)]
    for index, result in enumerate(overview.history[: in_force + 1]):
        states = result.reconciliation.states
        if index:
            events.append(_restated(overview, index))
        frozen_on = result.reconciliation.summary.as_of
        events.extend((state.paid_on or frozen_on, -state.paid_principal)
                      for state in states if state.paid_principal)
    return events


def _restated(overview: LoanOverview, index: int) -> tuple[date, int]:
    """A new plan restates what is owed: a reduction shows as a drop on its first day."""
    result = overview.history[index]
    restated = sum(s.installment.principal for s in result.reconciliation.states)
    owed = _open_principal(overview.history[index - 1].reconciliation.states)
    return result.plan.effective_from, restated - owed


def _principal_events(
    overview: LoanOverview, as_of: date, past: Sequence[date]
) -> list[tuple[date, int]]:
    """(date, change in outstanding principal) for one loan: the past as it was repaid
    (`past`: the month ends shown before `as_of`), then projected from the schedules."""
    events = _past_events(overview, past)
    for index in range(overview.in_force + 1, len(overview.history)):
        events.append(_restated(overview, index))  # a plan agreed to take effect later
    last = overview.history[-1].reconciliation.states
    if overview.status in FINISHED:
        left = _open_principal(last)
        if left:
            events.append((as_of, -left))
        return events
    for state in last:
        left = state.installment.principal - state.paid_principal
        if left:
            events.append((max(state.installment.due, as_of + timedelta(days=1)), -left))
    return events


def balance_curve(overviews: Sequence[LoanOverview], as_of: date) -> list[BalancePoint]:
    """Outstanding principal at each month's end, with a point for today between past and
    future (at most PAST_MONTHS back and FUTURE_MONTHS ahead)."""
    if not overviews:
        return []
    start = min(o.loan.borrowed_on for o in overviews)
    month = max(month_start(start), add_months(month_start(as_of), -PAST_MONTHS))
    past: list[date] = []
    while month_end(month) < as_of:
        past.append(month_end(month))
        month = add_months(month, 1)
    events = sorted(e for o in overviews for e in _principal_events(o, as_of, past))
    last = min(events[-1][0], add_months(month_start(as_of), FUTURE_MONTHS))
    points = [(on, False) for on in past] + [(as_of, False)]
    month = add_months(month_start(as_of), 1)
    while month <= last:
        points.append((month_end(month), True))
        month = add_months(month, 1)
    curve: list[BalancePoint] = []
    balance = 0
    index = 0
    for on, projected in points:
        while index < len(events) and events[index][0] <= on:
            balance += events[index][1]
            index += 1
        curve.append(BalancePoint(on, balance, projected))
    return curve


def _open_states(overviews: Iterable[LoanOverview]) -> Iterable[tuple[LoanOverview, InstallmentState]]:
    """Every installment still to pay on the loans not finished (`LoanOverview.open_states`)."""
    for overview in overviews:
        if overview.status not in FINISHED:
            for state in overview.open_states():
                yield overview, state


def monthly_dues(overviews: Sequence[LoanOverview], as_of: date) -> list[MonthDue]:
    """What is owed in each of the next DUE_MONTHS months; overdue counts in this month."""
    first = month_start(as_of)
    months = [add_months(first, k) for k in range(DUE_MONTHS)]
    amounts = dict.fromkeys(months, 0)
    overdue = 0
    for _overview, state in _open_states(overviews):
        if state.status is Status.overdue:
            overdue += state.remaining
            continue
        month = month_start(state.installment.due)
        if month in amounts:
            amounts[month] += state.remaining
    amounts[first] += overdue
    return [MonthDue(m, amounts[m], overdue if m == first else 0) for m in months]


def follow_ups(
    overviews: Sequence[LoanOverview],
    milestones: Iterable[Milestone],
    contacts: Iterable[Contact],
    credit_checks: Iterable[CreditCheck],
    as_of: date,
    horizon_days: int = FOLLOW_UP_HORIZON_DAYS,
) -> list[FollowUp]:
    """Everything due by `as_of + horizon_days` (late ones included), soonest first."""
    by_id = {o.loan.id: o for o in overviews}
    platform = {loan_id: o.platform.name for loan_id, o in by_id.items()}
    closed = {loan_id for loan_id, o in by_id.items() if o.status is LoanStatus.closed}
    found: list[FollowUp] = []
    credit_step: dict[int, Milestone] = {}
    done_steps: dict[int, set[str]] = {}
    milestones = list(milestones)
    for milestone in milestones:
        if milestone.step == CREDIT_CHECK_STEP:
            credit_step[milestone.loan_id] = milestone
        if milestone.done_on is not None:
            done_steps.setdefault(milestone.loan_id, set()).add(milestone.step)
    for milestone in milestones:
        # A follow-up date stays pending (even on a step done, e.g. "certificate requested:
        # chase it by …") until a later step of the checklist is done.
        later = STEP_KEYS[STEP_KEYS.index(milestone.step) + 1:] \
            if milestone.step in STEP_KEYS else ()
        if milestone.follow_up_on is not None and milestone.loan_id not in closed \
                and not done_steps.get(milestone.loan_id, set()).intersection(later):
            found.append(FollowUp(milestone.follow_up_on, FollowUpKind.milestone,
                                  milestone.loan_id, platform.get(milestone.loan_id, ""),
                                  step=milestone.step, text=milestone.note))
    latest: dict[int | None, Contact] = {}
    for contact in contacts:
        held = latest.get(contact.loan_id)
        if held is None or (contact.happened_on, contact.id or 0) > (held.happened_on,
                                                                        held.id or 0):
            latest[contact.loan_id] = contact
    for loan_id, contact in latest.items():
        if contact.next_step_on is not None and loan_id not in closed:
            found.append(FollowUp(contact.next_step_on, FollowUpKind.contact, loan_id,
                                  platform.get(loan_id, "") if loan_id is not None else "",
                                  text=contact.next_step))
    checked = {(c.loan_id, c.checked_on) for c in credit_checks if c.shows_settled}
    for loan_id, overview in by_id.items():
        settled_on = overview.summary.settled_on
        if settled_on is None or loan_id is None or loan_id in closed:
            continue
        step = credit_step.get(loan_id)
        if step is not None and (step.done_on or step.follow_up_on):
            continue  # done, or the user set their own date (listed above)
        if any(lid == loan_id and on >= settled_on for lid, on in checked):
            continue
        start, end = credit_check_window(settled_on)
        found.append(FollowUp(start, FollowUpKind.credit_check, loan_id,
                              platform.get(loan_id, ""), step=CREDIT_CHECK_STEP,
                              window_end=end))
    horizon = as_of + timedelta(days=horizon_days)
    return sorted((f for f in found if f.due_on <= horizon),
                  key=lambda f: (f.due_on, f.platform, f.kind))


def build_dashboard(
    overviews: Sequence[LoanOverview],
    milestones: Iterable[Milestone],
    contacts: Iterable[Contact],
    credit_checks: Iterable[CreditCheck],
    as_of: date,
) -> Dashboard:
    open_loans = [o for o in overviews if o.status not in FINISHED]
    soon = as_of + timedelta(days=DUE_SOON_DAYS)
    due_soon = [s for _o, s in _open_states(open_loans)
                if as_of <= s.installment.due < soon and s.status is not Status.overdue]
    overdue = [s for o in open_loans for s in o.states if s.status is Status.overdue]
    upcoming = [
        NextDue(following.on, following.amount, o.loan.id or 0, o.platform.name)
        for o in open_loans
        if (following := o.next_due) is not None and following.amount > 0
    ]
    return Dashboard(
        as_of=as_of,
        loan_count=len(overviews),
        open_loans=len(open_loans),
        total_outstanding=sum(o.summary.outstanding_principal for o in open_loans),
        payoff_total=sum(o.summary.payoff_amount for o in open_loans),
        due_soon_amount=sum(s.remaining for s in due_soon),
        due_soon_count=len(due_soon),
        overdue_loans=sum(1 for o in open_loans if o.summary.overdue_count),
        overdue_installments=len(overdue),
        overdue_amount=sum(o.summary.overdue_amount for o in open_loans),
        next_due=min(upcoming, key=lambda d: (d.on, d.loan_id), default=None),
        by_status=dict(Counter(o.status for o in overviews)),
        follow_ups=follow_ups(overviews, milestones, contacts, credit_checks, as_of),
        balance=balance_curve(overviews, as_of),
        dues=monthly_dues(overviews, as_of),
    )


def load_dashboard(db: Connection, overviews: Sequence[LoanOverview], as_of: date) -> Dashboard:
    """The dashboard for `overviews` (from `all_overviews(db, as_of)`), reading the follow-up
    records from the same connection."""
    return build_dashboard(
        overviews,
        repository.select(db, Milestone),
        repository.select(db, Contact),
        repository.select(db, CreditCheck),
        as_of,
    )
