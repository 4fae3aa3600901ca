"""Recording a repayment: defaults, validity, the payee check, allocation, status, saving."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from vault import attachments, loans, repository
from vault.errors import ValidationError
from vault.flows import repayment
from vault.flows.repayment import PaymentDraft
from vault.overview import loan_overview
from vault.reconcile import LoanSummary, Status
from vault.records import (
    Account,
    DocumentKind,
    Loan,
    LoanStatus,
    Payment,
    PaymentChannel,
    Plan,
    PlanKind,
)
from vault.store import Vault

from .conftest import TODAY, counts


def draft(loan_id: int, **changes: object) -> PaymentDraft:
    values: dict[str, object] = {"loan_id": loan_id, "amount": 100_000, "paid_on": TODAY,
                                 "channel": PaymentChannel.app}
    values.update(changes)
    return PaymentDraft(**values)  # type: ignore[arg-type]


def test_defaults_are_every_overdue_installment_with_what_they_still_owe(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, loan_id = loan_vault
    overview = loan_overview(vault.db, loan_id, TODAY)
    chosen = repayment.default_installments(overview)
    assert [s.installment.n for s in chosen] == [1, 2, 3, 4]
    assert repayment.amount_for(overview.states, [1, 2]) == 200_000


def test_with_nothing_overdue_the_default_is_the_next_installment(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, loan_id = loan_vault
    overview = loan_overview(vault.db, loan_id, date(2026, 2, 1))
    assert [s.installment.n for s in repayment.default_installments(overview)] == [1]


@pytest.mark.parametrize(
    ("changes", "field", "key"),
    [
        ({"loan_id": None}, "loan", "flow.choose_loan"),
        ({"amount": None}, "amount", "invalid.required"),
        ({"amount": 0}, "amount", "invalid.zero"),
        ({"paid_on": None}, "paid_on", "invalid.required"),
        ({"paid_on": date(2026, 5, 21)}, "paid_on", "flow.date_in_future"),
        ({"remember_payee": True}, "payee", "flow.payee_needed_to_remember"),
    ],
)
def test_invalid_fields_are_named(changes: dict[str, object], field: str, key: str) -> None:
    values = {"loan_id": 1, **changes}
    assert repayment.problems(draft(**values), today=TODAY).get(field) == key  # type: ignore[arg-type]


def test_known_payees_are_the_lender_its_app_and_its_accounts(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, loan_id = loan_vault
    known = repayment.known_payees(vault.db, loan_id)
    assert known[:2] == ["深圳前海微众银行股份有限公司", "微粒贷"]
    assert repayment.is_known_payee("微众银行 深圳前海微众银行股份有限公司", known)
    assert repayment.is_known_payee("", known)
    assert not repayment.is_known_payee("张三 6222 0000 1111", known)
    assert repayment.payee_warning(draft(loan_id, payee="张三"), known) == "flow.payee_unknown"
    assert repayment.payee_warning(draft(loan_id, payee="张三", remember_payee=True),
                                   known) is None


def test_a_payment_to_an_unknown_account_is_kept_flagged(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    payment_id = repayment.save(vault, draft(loan_id, payee="张三 6222****1111"), today=TODAY)
    assert repository.get(vault.db, Payment, payment_id).payee_known is False


def test_a_confirmed_payee_is_remembered_as_the_lenders_account(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, loan_id = loan_vault
    repayment.save(vault, draft(loan_id, payee="微众银行还款专户 8888", remember_payee=True),
                   today=TODAY)
    known = repayment.known_payees(vault.db, loan_id)
    assert "微众银行还款专户 8888" in known
    accounts = repository.select(vault.db, Account, "platform_id IS NOT NULL")
    assert [a.label for a in accounts] == ["微众银行还款专户 8888"]


def test_allocation_pays_the_oldest_installment_first(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    shown = repayment.allocation(vault.db, draft(loan_id, amount=150_000), today=TODAY)
    assert shown is not None
    assert [(r.n, r.principal, r.status_after) for r in shown.rows] == [
        (1, 100_000, Status.paid), (2, 50_000, Status.overdue)]
    assert shown.before.overdue_count == 4 and shown.after.overdue_count == 3
    assert shown.to_credit == 0


def test_a_backdated_payment_shows_only_what_it_pays(demo: Vault) -> None:
    """微粒贷 (interest by the day): 1,771.67 recorded on 2026-11-25, then 5,000 dated
    2026-11-10. The rows are what the 5,000 paid on its day (none negative, adding up to
    it); the payments recorded after it are re-allocated, and the preview says so."""
    loan_id = int(demo.db.execute(
        "SELECT loan.id FROM loan JOIN platform ON platform.id = loan.platform_id "
        "WHERE platform.name = '微粒贷'").fetchone()[0])
    today = date(2026, 11, 26)
    repayment.save(demo, draft(loan_id, amount=177_167, paid_on=date(2026, 11, 25)), today=today)
    shown = repayment.allocation(
        demo.db, draft(loan_id, amount=500_000, paid_on=date(2026, 11, 10)), today=today)
    assert shown is not None
    parts = [(r.fee, r.penalty, r.interest, r.principal) for r in shown.rows]
    assert all(part >= 0 for row in parts for part in row)
    assert sum(r.total for r in shown.rows) == 500_000
    assert shown.rows[0].n == 5 and shown.rows[0].status_after is Status.paid
    assert shown.later_payments == 2  # 2026-11-24 and 2026-11-25
    on_time = repayment.allocation(
        demo.db, draft(loan_id, amount=100_000, paid_on=date(2026, 11, 26)), today=today)
    assert on_time is not None and on_time.later_payments == 0


def test_allocation_is_none_until_loan_amount_and_date_are_known(
    loan_vault: tuple[Vault, int]
) -> None:
    vault, loan_id = loan_vault
    assert repayment.allocation(vault.db, draft(loan_id, amount=None), today=TODAY) is None


def summary(**changes: object) -> LoanSummary:
    base = LoanSummary(as_of=TODAY, outstanding_principal=100, interest_due=0, penalty_due=0,
                       overdue_count=0, overdue_amount=0, next_due_date=None, next_due_amount=0,
                       payoff_amount=100, total_paid=0, credit=0, settled_on=None)
    return replace(base, **changes)  # type: ignore[arg-type]


def loan(status: LoanStatus) -> Loan:
    return Loan(platform_id=1, borrowed_on=TODAY, principal=100, rate_kind="annual",  # type: ignore[arg-type]
                rate_percent=0, term_months=1, method="annuity", status=status)  # type: ignore[arg-type]


def plan(kind: PlanKind) -> Plan:
    return Plan(loan_id=1, kind=kind, effective_from=TODAY, principal=100,
                rate_kind="annual", rate_percent=0, term_months=1, method="annuity")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "kind", "changes", "expected"),
    [
        (LoanStatus.active, PlanKind.original, {"overdue_count": 1}, LoanStatus.overdue),
        (LoanStatus.overdue, PlanKind.original, {}, LoanStatus.active),
        (LoanStatus.overdue, PlanKind.restructured, {}, LoanStatus.restructured),
        (LoanStatus.negotiating, PlanKind.original, {"overdue_count": 2}, LoanStatus.negotiating),
        (LoanStatus.active, PlanKind.original, {"settled_on": TODAY, "payoff_amount": 0},
         LoanStatus.settled),
        (LoanStatus.closed, PlanKind.original, {"overdue_count": 1}, LoanStatus.closed),
        (LoanStatus.restructured, PlanKind.restructured, {}, LoanStatus.restructured),
    ],
)
def test_status_after_a_payment(status: LoanStatus, kind: PlanKind, changes: dict[str, object],
                                expected: LoanStatus) -> None:
    assert repayment.status_after(loan(status), plan(kind), summary(**changes)) is expected


def test_save_stores_the_payment_with_its_receipt_and_updates_the_status(
    loan_vault: tuple[Vault, int], tmp_path: Path
) -> None:
    vault, loan_id = loan_vault
    receipt = tmp_path / "receipt.png"
    receipt.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    payment_id = repayment.save(
        vault, draft(loan_id, amount=400_000, payee="微粒贷", reference_no=" R-1 ",
                     receipts=[receipt]), today=TODAY)
    stored = repository.get(vault.db, Payment, payment_id)
    assert (stored.amount, stored.reference_no, stored.payee_known) == (400_000, "R-1", True)
    docs = attachments.attachments_of(vault.db, "payment", payment_id)
    assert [d.kind for d in docs] == [DocumentKind.receipt]
    assert repository.get(vault.db, Loan, loan_id).status is LoanStatus.active


def test_a_partial_payment_marks_an_active_loan_overdue(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    repayment.save(vault, draft(loan_id, amount=100_000), today=TODAY)
    assert repository.get(vault.db, Loan, loan_id).status is LoanStatus.overdue


def test_paying_everything_settles_the_loan(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    repayment.save(vault, draft(loan_id, amount=1_200_000), today=TODAY)
    assert repository.get(vault.db, Loan, loan_id).status is LoanStatus.settled


def test_nothing_is_half_saved_when_the_records_fail(
    loan_vault: tuple[Vault, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, loan_id = loan_vault
    receipt = tmp_path / "receipt.png"
    receipt.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x01" * 100)
    before = counts(vault)

    def broken(*args: object) -> LoanStatus:
        raise OSError("disk gone")

    monkeypatch.setattr(repayment, "refresh_status", broken)
    with pytest.raises(OSError):
        repayment.save(vault, draft(loan_id, receipts=[receipt]), today=TODAY)
    assert counts(vault) == before


def test_an_invalid_payment_saves_nothing(loan_vault: tuple[Vault, int]) -> None:
    vault, loan_id = loan_vault
    before = counts(vault)
    with pytest.raises(ValidationError):
        repayment.save(vault, draft(loan_id, amount=None), today=TODAY)
    assert counts(vault) == before
    assert loans.active_plan(vault.db, loan_id) is not None
