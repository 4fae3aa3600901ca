"""Bulk reads: the fast path gives exactly what the generic field-by-field mapping gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from vault import kdf, repository
from vault.demo import create_demo_vault
from vault.records import RECORD_TYPES, Installment, Loan
from vault.store import Vault


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.jqvault"
    create_demo_vault(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS, today=date(2026, 11, 24))
    return path


@pytest.mark.parametrize("table", sorted(RECORD_TYPES))
def test_select_is_the_generic_mapping_of_every_row(demo: Path, table: str) -> None:
    cls = RECORD_TYPES[table]
    with Vault.open(demo, TEST_PASSWORD) as vault:
        columns = list(repository._field_types(cls))
        rows = vault.db.execute(
            f"SELECT {', '.join(columns)} FROM {cls.table} ORDER BY id"  # noqa: S608
        ).fetchall()
        records = repository.select(vault.db, cls)
    assert records == [repository.row_to_record(cls, row, columns) for row in rows]
    if table in ("loan", "payment", "installment", "plan"):
        assert records, f"the demo vault has {table} rows to compare"


def test_select_values_converts_only_the_columns_asked_for(demo: Path) -> None:
    columns = ("id", "borrowed_on", "penalty_rate_kind", "penalty_rate_percent", "secured")
    with Vault.open(demo, TEST_PASSWORD) as vault:
        loans = repository.select(vault.db, Loan, order_by="borrowed_on, id")
        values = repository.select_values(vault.db, Loan, columns, order_by="borrowed_on, id")
        installments = repository.select(vault.db, Installment, "plan_id = ?", (1,))
        rows = repository.select_values(
            vault.db, Installment, ("n", "due_on", "fee"), "plan_id = ?", (1,)
        )
    assert values == [tuple(getattr(loan, name) for name in columns) for loan in loans]
    assert {loan.penalty_rate_percent is None for loan in loans} == {True, False}  # NULLs too
    assert rows == [(i.n, i.due_on, i.fee) for i in installments] != []
