"""The loans table: a thin, well-behaved model that sorts by meaning and filters by text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QSortFilterProxyModel, Qt

from ui.loans_model import (
    COL_BORROWED_ON,
    COL_PLATFORM,
    COL_PRINCIPAL,
    COL_STATUS,
    COL_TERM,
    LoanIdRole,
    LoanRow,
    LoansTableModel,
    SortRole,
    load_loan_rows,
)
from vault.loans import add_loan
from vault.records import Loan, LoanStatus, Method, Platform, RateKind
from vault.repository import insert
from vault.store import Vault

ROWS = [
    LoanRow(1, "微粒贷", "WLD-1", 900_00, date(2024, 3, 1), 12, LoanStatus.active),
    LoanRow(2, "借呗", "JB-7", 10_000_00, date(2023, 11, 15), 6, LoanStatus.overdue),
    LoanRow(3, "京东金条", "JD-3", 2_500_50, date(2024, 1, 20), 1, LoanStatus.settled),
]


def proxy_for(model: LoansTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def column(proxy: QSortFilterProxyModel, col: int) -> list[str]:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:  # noqa: ANN001
    model = LoansTableModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_cells_are_formatted_for_reading(qapp) -> None:  # noqa: ANN001
    model = LoansTableModel()
    model.set_rows(ROWS)
    assert model.index(1, COL_PRINCIPAL).data() == "10,000.00"
    assert model.index(1, COL_BORROWED_ON).data() == "2023-11-15"
    assert model.index(0, COL_TERM).data() == "12 months"
    assert model.index(2, COL_TERM).data() == "1 month"
    assert model.index(1, COL_STATUS).data() == "Overdue"
    assert model.index(1, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, COL_PLATFORM).data(LoanIdRole) == 3
    assert model.headerData(COL_PRINCIPAL, Qt.Orientation.Horizontal) == "Principal (yuan)"


def test_sorting_uses_raw_values_not_text(qapp) -> None:  # noqa: ANN001
    model = LoansTableModel()
    model.set_rows(ROWS)
    proxy = proxy_for(model)
    proxy.sort(COL_PRINCIPAL, Qt.SortOrder.AscendingOrder)
    assert column(proxy, COL_PRINCIPAL) == ["900.00", "2,500.50", "10,000.00"]
    proxy.sort(COL_BORROWED_ON, Qt.SortOrder.DescendingOrder)
    assert column(proxy, COL_PLATFORM) == ["微粒贷", "京东金条", "借呗"]
    proxy.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert column(proxy, COL_STATUS)[0] == "Overdue"  # what needs attention first


def test_the_filter_matches_any_column(qapp) -> None:  # noqa: ANN001
    model = LoansTableModel()
    model.set_rows(ROWS)
    proxy = proxy_for(model)
    proxy.setFilterFixedString("jb-")
    assert column(proxy, COL_PLATFORM) == ["借呗"]
    proxy.setFilterFixedString("paid off")
    assert column(proxy, COL_PLATFORM) == ["京东金条"]


def test_rows_come_from_the_vault(vault: Vault) -> None:
    with vault.transaction() as db:
        platform = insert(db, Platform(name="美团借钱"))
        add_loan(db, Loan(
            platform_id=platform.id, borrowed_on=date(2024, 5, 6), principal=3_000_00,
            rate_kind=RateKind.annual, rate_percent=Decimal("18"), term_months=3,
            method=Method.equal_principal, contract_no="MT-9",
        ))
    rows = load_loan_rows(vault.db)
    assert [(r.platform, r.contract_no, r.principal, r.term_months) for r in rows] == [
        ("美团借钱", "MT-9", 3_000_00, 3)
    ]
