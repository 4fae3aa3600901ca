"""A loan's overview joins the records with reconciliation, true APR and warnings."""

from __future__ import annotations

import gc
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import TEST_PASSWORD
from tests.vault.conftest import renegotiated_loan
from vault import kdf, repository
from vault.apr import apr_from_schedule, regular_apr
from vault.dashboard import build_dashboard
from vault.demo import create_demo_vault
from vault.flows.repayment import refresh_status
from vault.loans import add_loan, computed_schedule
from vault.overview import all_overviews, loan_overview, true_cost
from vault.reconcile import Status
from vault.records import LenderKind, Loan, LoanStatus, PlanKind, Platform
from vault.schedule import Method, RateKind
from vault.store import Vault
from vault.thresholds import LprFixing, WarningCode, save_user_lpr_fixings

TODAY = date(2026, 11, 24)


def test_the_demo_loans_stand_where_their_story_says(tmp_path: Path):
    path = tmp_path / "demo.jqvault"
    create_demo_vault(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS, today=TODAY)
    with Vault.open(path, TEST_PASSWORD) as vault:
        overviews = {o.loan.status: o for o in all_overviews(vault.db, TODAY)}
        assert set(overviews) == set(LoanStatus)
        overdue = overviews[LoanStatus.overdue]
        assert overdue.summary.overdue_count == 2
        assert overdue.summary.penalty_due > 0
        assert [s.status for s in overdue.states[:3]] == [Status.paid, Status.overdue,
                                                           Status.overdue]
        for done in (LoanStatus.settled, LoanStatus.closed):
            assert overviews[done].summary.outstanding_principal == 0
            assert all(s.status is Status.paid for s in overviews[done].states)
        restructured = overviews[LoanStatus.restructured]
        assert len(restructured.plans) == 2
        assert restructured.plans[0].active is False and restructured.plans[1].active
        codes = {w.code.value for w in restructured.warnings}
        assert {"rate.upfront_deduction", "rate.above_24_licensed"} <= codes
        bank = overviews[LoanStatus.closed]
        assert bank.true_cost is not None
        assert abs(bank.true_cost.apr - Decimal("4.5")) < Decimal("0.01")
        single = loan_overview(vault.db, overdue.loan.id or 0, TODAY)
        assert single.summary == overdue.summary


def test_every_overview_read_in_bulk_is_the_one_read_loan_by_loan(tmp_path: Path):
    """all_overviews reads installments and payments straight into the money core; each
    overview is the one loan_overview builds from the records."""
    path = tmp_path / "demo.jqvault"
    create_demo_vault(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS, today=TODAY)
    with Vault.open(path, TEST_PASSWORD) as vault:
        for as_of in (TODAY, date(2025, 3, 1), date(2027, 6, 30)):
            bulk = all_overviews(vault.db, as_of)
            assert bulk == [loan_overview(vault.db, o.loan.id or 0, as_of) for o in bulk]
            quick = all_overviews(vault.db, as_of, with_true_cost=False)
            assert [o.history for o in quick] == [o.history for o in bulk]
            assert all(o.true_cost is None and o.warnings == [] for o in quick)
            assert any(o.true_cost is not None for o in bulk)


def test_bulk_overviews_leave_the_cycle_collector_as_they_found_it(vault_factory):
    vault = vault_factory()
    assert gc.isenabled()
    assert all_overviews(vault.db, TODAY) == []
    assert gc.isenabled()
    gc.disable()
    try:
        all_overviews(vault.db, TODAY)
        assert not gc.isenabled()
    finally:
        gc.enable()
    db = vault.db
    vault.lock()  # the connection is closed: the read inside fails
    with pytest.raises(sqlcipher3.ProgrammingError):
        all_overviews(db, TODAY)
    assert gc.isenabled()


def test_the_demo_carries_sample_documents_linked_to_their_records(tmp_path: Path):
    from vault import attachments

    path = tmp_path / "demo.jqvault"
    create_demo_vault(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS, today=TODAY)
    with Vault.open(path, TEST_PASSWORD) as vault:
        kinds = {
            row[0]: row[1] for row in vault.db.execute("SELECT kind, media_type FROM attachment")
        }
        assert kinds == {"receipt": "image/png", "settlement_certificate": "image/jpeg",
                         "credit_report": "application/pdf"}
        linked = {row[0] for row in vault.db.execute("SELECT record_type FROM attachment_link")}
        assert linked == {"payment", "loan", "milestone", "credit_check"}
        for (attachment_id,) in vault.db.execute("SELECT id FROM attachment").fetchall():
            preview = attachments.preview_of(vault.db, attachment_id)
            assert preview is not None and not preview.problem


def test_a_negotiated_plan_counts_only_from_its_effective_date(vault: Vault):
    """Three installments overdue; a plan agreed to start 2024-05-01. On 2024-04-10 the loan
    still stands where the old plan says (overdue, payoff of all it owes), the new plan is
    upcoming; from 2024-05-01 the new plan is the loan's."""
    with vault.transaction() as db:
        loan = renegotiated_loan(db)
    before = date(2024, 4, 10)
    overview = loan_overview(vault.db, loan.id or 0, before)
    assert overview == all_overviews(vault.db, before)[0]
    summary = overview.summary
    assert (summary.overdue_count, summary.overdue_amount) == (3, 300_000)
    assert (summary.next_due_date, summary.next_due_amount) == (date(2024, 4, 20), 100_000)
    assert summary.payoff_amount == summary.outstanding_principal == 1_200_000
    assert overview.plans[overview.in_force].kind is PlanKind.original
    assert [p.kind for p in overview.upcoming] == [PlanKind.restructured]
    assert [s.status for s in overview.states[:4]] == [Status.overdue] * 3 + [Status.due]
    board = build_dashboard([overview], [], [], [], before)
    assert (board.overdue_loans, board.overdue_amount) == (1, 300_000)
    assert board.payoff_total == 1_200_000
    with vault.transaction() as db:
        assert refresh_status(db, loan.id or 0, before) is LoanStatus.overdue

    after = loan_overview(vault.db, loan.id or 0, date(2024, 5, 10))
    assert after.plans[after.in_force].kind is PlanKind.restructured and after.upcoming == []
    assert (after.summary.overdue_count, after.summary.payoff_amount) == (0, 900_000)
    assert after.summary.next_due_date == date(2024, 5, 20)


def test_the_true_apr_counts_a_two_month_first_period_by_its_real_dates():
    """An annuity paid out on 2024-01-15 whose first installment is due on 2024-03-15: the
    first period's interest is one month's, for two months' use of the money, so the true
    cost is below the stated 12 % (counting every period as a month would show 12 %)."""
    loan = Loan(platform_id=1, borrowed_on=date(2024, 1, 15), principal=1_200_000,
                rate_kind=RateKind.annual, rate_percent=Decimal(12), term_months=12,
                method=Method.annuity, first_due=date(2024, 3, 15))
    schedule = computed_schedule(loan)
    assert schedule[0].interest == 12_000  # one month's interest, due after two
    cost = true_cost(loan, schedule)
    assert cost is not None
    assert cost == apr_from_schedule(loan.received, schedule, loan.borrowed_on)
    assert Decimal(10) < cost.apr < Decimal(11)
    monthly = regular_apr(loan.received, [i.payment for i in schedule])
    assert abs(monthly.apr - 12) < Decimal("0.01")


def test_overviews_check_rates_against_the_users_lpr_fixings(vault: Vault):
    """A private loan signed after the newest bundled fixing: the check says the table may be
    out of date; once the user adds the fixing in force, the line follows it."""
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="朋友", lender_kind=LenderKind.private))
        loan, _plan = add_loan(db, Loan(
            platform_id=platform.id or 0, borrowed_on=date(2025, 9, 1), principal=1_000_000,
            rate_kind=RateKind.annual, rate_percent=Decimal(11), term_months=12,
            method=Method.annuity,
        ))
    [warning] = loan_overview(vault.db, loan.id or 0, TODAY).warnings
    assert warning.code is WarningCode.lpr_outdated
    assert warning.lpr is not None and warning.lpr.effective == date(2025, 5, 20)
    assert "may be out of date" in warning.basis and "2025-05-20" in warning.basis

    fixing = LprFixing(date(2025, 8, 20), Decimal("2.50"))
    save_user_lpr_fixings(vault, [fixing])
    single, bulk = loan_overview(vault.db, loan.id or 0, TODAY), all_overviews(vault.db, TODAY)
    for overview in (single, *bulk):
        [warning] = overview.warnings
        assert warning.code is WarningCode.above_4x_lpr
        assert (warning.lpr, warning.threshold_percent) == (fixing, Decimal("10.00"))
        assert "out of date" not in warning.basis
