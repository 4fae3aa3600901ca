"""A loan's overview joins the records with reconciliation, true APR and warnings."""

from __future__ import annotations

import gc
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import TEST_PASSWORD
from vault import kdf
from vault.demo import create_demo_vault
from vault.overview import all_overviews, loan_overview
from vault.reconcile import Status
from vault.records import LoanStatus
from vault.store import Vault

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
