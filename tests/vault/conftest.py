"""Fixtures for the core's tests (never Qt)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from vault import repository
from vault.demo import fill_demo
from vault.loans import add_loan, supersede
from vault.records import Loan, PlanKind, Platform
from vault.schedule import Installment, Method, Rate, RateKind, add_months
from vault.store import Connection, Vault

# The day the demo vault is filled as of: its figures (due dates, follow-ups) are fixed.
DEMO_TODAY = date(2026, 11, 24)


@pytest.fixture
def demo(vault: Vault) -> Vault:
    """The demo vault's loans, payments and contacts, as of DEMO_TODAY."""
    with vault.transaction() as db:
        fill_demo(db, DEMO_TODAY)
    return vault


def renegotiated_loan(db: Connection, new_each: int = 100_000, new_count: int = 9) -> Loan:
    """12 × 100.00 at 0 % due from 2024-01-20; a plan agreed to take effect on 2024-05-01,
    `new_count` × `new_each` due from 2024-05-20. As of 2024-04-10: three overdue, the new
    plan still ahead."""
    def plan(first_due: date, count: int, each: int) -> list[Installment]:
        return [Installment(k + 1, add_months(first_due, k), each, 0) for k in range(count)]

    platform = repository.insert(db, Platform(name="某小贷"))
    loan, _original = add_loan(db, Loan(
        platform_id=platform.id or 0, borrowed_on=date(2023, 12, 20), principal=1_200_000,
        rate_kind=RateKind.annual, rate_percent=Decimal(0), term_months=12,
        method=Method.equal_principal,
    ), plan(date(2024, 1, 20), 12, 100_000))
    supersede(db, loan.id or 0, PlanKind.restructured, date(2024, 5, 1),
              Rate(RateKind.annual, Decimal(0)), Method.equal_principal,
              plan(date(2024, 5, 20), new_count, new_each))
    return loan
