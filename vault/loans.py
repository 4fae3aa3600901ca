"""Loans with their plans: adding a loan with its original schedule, superseding a plan.

A loan has exactly one active plan; a negotiated plan deactivates the older one, which
stays as history (the database enforces one active plan per loan).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from vault import repository
from vault.errors import ValidationError
from vault.records import Installment, Loan, Plan, PlanKind
from vault.schedule import Installment as ScheduledInstallment
from vault.schedule import Method, Rate, build_schedule
from vault.store import Connection


def loan_rate(loan: Loan | Plan) -> Rate:
    return Rate(loan.rate_kind, loan.rate_percent, loan.day_basis)


def computed_schedule(loan: Loan) -> list[ScheduledInstallment]:
    return build_schedule(
        loan.principal, loan_rate(loan), loan.term_months, loan.method, loan.borrowed_on,
        loan.first_due, loan.rounding,
    )


def add_loan(
    db: Connection, loan: Loan, lender_schedule: Sequence[ScheduledInstallment] | None = None
) -> tuple[Loan, Plan]:
    """Store a loan and its original plan. A custom loan needs the lender's schedule;
    for other methods a given lender schedule is stored verbatim (the lender's figures win)."""
    if loan.method is Method.custom and not lender_schedule:
        raise ValidationError(
            "installments", "invalid.required", "type the lender's schedule for a custom plan"
        )
    schedule = list(lender_schedule) if lender_schedule else computed_schedule(loan)
    stored = repository.insert(db, loan)
    assert stored.id is not None
    plan = add_plan(
        db,
        Plan(
            loan_id=stored.id, kind=PlanKind.original, effective_from=loan.borrowed_on,
            principal=loan.principal, rate_kind=loan.rate_kind, rate_percent=loan.rate_percent,
            day_basis=loan.day_basis, term_months=loan.term_months, method=loan.method,
        ),
        schedule,
    )
    return stored, plan


def add_plan(db: Connection, plan: Plan, schedule: Sequence[ScheduledInstallment]) -> Plan:
    """Store a plan and its installments; an active plan supersedes the loan's current one."""
    if not schedule:
        raise ValidationError("installments", "invalid.required", "a plan needs installments")
    if plan.active:
        db.execute("UPDATE plan SET active = 0 WHERE loan_id = ? AND active = 1", (plan.loan_id,))
    stored = repository.insert(db, plan)
    assert stored.id is not None
    for item in schedule:
        repository.insert(
            db,
            Installment(
                plan_id=stored.id, n=item.n, due_on=item.due, principal=item.principal,
                interest=item.interest, fee=item.fee,
            ),
        )
    return stored


def supersede(
    db: Connection, loan_id: int, kind: PlanKind, effective_from: date, rate: Rate,
    method: Method, schedule: Sequence[ScheduledInstallment], note: str = "",
) -> Plan:
    """Record a negotiated plan (restructuring, deferral, reduction) from `effective_from`."""
    return add_plan(
        db,
        Plan(
            loan_id=loan_id, kind=kind, effective_from=effective_from,
            principal=sum(i.principal for i in schedule), rate_kind=rate.kind,
            rate_percent=rate.percent, day_basis=rate.day_basis,
            term_months=len(schedule), method=method, note=note,
        ),
        schedule,
    )


def plans_of(db: Connection, loan_id: int) -> list[Plan]:
    return repository.select(db, Plan, "loan_id = ?", (loan_id,), order_by="effective_from, id")


def active_plan(db: Connection, loan_id: int) -> Plan | None:
    found = repository.select(db, Plan, "loan_id = ? AND active = 1", (loan_id,))
    return found[0] if found else None


def installments_of(db: Connection, plan_id: int) -> list[ScheduledInstallment]:
    rows = repository.select(db, Installment, "plan_id = ?", (plan_id,), order_by="n")
    return [
        ScheduledInstallment(n=r.n, due=r.due_on, principal=r.principal, interest=r.interest,
                             fee=r.fee)
        for r in rows
    ]

