"""Make a large vault for the benchmarks: 1,000 loans and about 36,000 payments.

    python benchmarks/large_vault.py OUT.jqvault [--loans 1000] [--password-file FILE]

The password defaults to "benchmark-password". The vault uses the production KDF profile
unless JIEQING_TEST_FAST_KDF=1 is set, like any vault.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vault import loans, repository  # noqa: E402
from vault.records import Loan, LoanStatus, Payment, PaymentChannel, Platform  # noqa: E402
from vault.schedule import Method, RateKind  # noqa: E402
from vault.store import Vault  # noqa: E402

DEFAULT_PASSWORD = "benchmark-password"
PLATFORMS = ["微粒贷", "借呗", "京东金条", "美团借钱", "360借条", "招商银行", "小额贷款公司"]
METHODS = [Method.annuity, Method.equal_principal, Method.daily, Method.interest_first]


def make_large_vault(path: Path, password: str, loan_count: int = 1000, seed: int = 7) -> int:
    """Fill a new vault; returns the number of payments written."""
    rng = random.Random(seed)
    today = date(2026, 11, 1)
    payments = 0
    with Vault.create(path, password) as vault, vault.transaction() as db:
        platform_ids = [repository.insert(db, Platform(name=n)).id for n in PLATFORMS]
        for index in range(loan_count):
            method = METHODS[index % len(METHODS)]
            daily = method is Method.daily
            borrowed = today - timedelta(days=rng.randint(1000, 1400))
            loan, plan = loans.add_loan(db, Loan(
                platform_id=platform_ids[index % len(platform_ids)] or 0,
                contract_no=f"BENCH-{index:05d}", borrowed_on=borrowed,
                principal=rng.randint(1_000, 200_000) * 100,
                rate_kind=RateKind.daily if daily else RateKind.annual,
                rate_percent=Decimal("0.04") if daily else Decimal(rng.choice(["7.2", "14.6", "18", "23.9"])),
                term_months=36, method=method, status=LoanStatus.active,
            ))
            assert loan.id is not None and plan.id is not None
            for item in loans.installments_of(db, plan.id):
                if item.due > today:
                    break
                repository.insert(db, Payment(
                    loan_id=loan.id, paid_on=item.due + timedelta(days=rng.choice([0, 0, 0, 2])),
                    amount=item.payment, channel=PaymentChannel.auto_debit))
                payments += 1
    return payments


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--loans", type=int, default=1000)
    args = parser.parse_args()
    started = time.perf_counter()
    count = make_large_vault(args.out, DEFAULT_PASSWORD, args.loans)
    print(f"made {args.out}: {args.loans} loans, {count} payments "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
