"""A vault with one lender, one account and one loan of 12 × 1,000 yuan at 0 %, plus helpers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from vault import loans, repository
from vault.records import Account, AccountKind, Loan, Platform
from vault.schedule import Method, RateKind
from vault.store import Vault

BORROWED = date(2026, 1, 10)
TODAY = date(2026, 5, 20)


@pytest.fixture
def loan_vault(vault: Vault) -> tuple[Vault, int]:
    """12 monthly installments of 1,000.00 (zero interest) due the 10th, Feb 2026 – Jan 2027."""
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(
            name="微粒贷", lender_entity="深圳前海微众银行股份有限公司", hotline="95384"))
        repository.insert(db, Account(kind=AccountKind.bank_card, label="招商银行储蓄卡",
                                      number="6214830123456789"))
        assert platform.id is not None
        loan, _plan = loans.add_loan(db, Loan(
            platform_id=platform.id, borrowed_on=BORROWED, principal=1_200_000,
            rate_kind=RateKind.annual, rate_percent=Decimal(0), term_months=12,
            method=Method.equal_principal, contract_no="WLD-1"))
    assert loan.id is not None
    return vault, loan.id


def counts(vault: Vault) -> dict[str, int]:
    from vault.schema import record_counts

    return record_counts(vault.db)
