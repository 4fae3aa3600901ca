"""The loans table: a thin, well-behaved model that sorts by meaning and filters by text
and state; computed columns arrive after the plain rows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from ui.loans_model import (
    COL_APR,
    COL_BORROWED_ON,
    COL_NEXT_AMOUNT,
    COL_NEXT_DUE,
    COL_OUTSTANDING,
    COL_PLATFORM,
    COL_PRINCIPAL,
    COL_STATUS,
    COLUMN_COUNT,
    LoanIdRole,
    LoanRow,
    LoansFilterModel,
    LoansTableModel,
    load_loan_rows,
)
from vault.demo import fill_demo
from vault.loans import add_loan
from vault.money import format_fen
from vault.overview import all_overviews
from vault.records import Loan, LoanStatus, Method, Platform, RateKind
from vault.repository import insert
from vault.store import Vault

ROWS = [
    LoanRow(1, "微粒贷", "WLD-1", 900_00, date(2024, 3, 1), 12, LoanStatus.active),
    LoanRow(2, "借呗", "JB-7", 10_000_00, date(2023, 11, 15), 6, LoanStatus.overdue),
    LoanRow(3, "京东金条", "JD-3", 2_500_50, date(2024, 1, 20), 1, LoanStatus.settled),
]


def proxy_for(model: LoansTableModel) -> LoansFilterModel:
    proxy = LoansFilterModel()
    proxy.setSourceModel(model)
    return proxy


def column(proxy: LoansFilterModel, col: int) -> list[str]:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_the_models_pass_the_model_tester(qtmodeltester, vault: Vault) -> None:  # noqa: ANN001
    model = LoansTableModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    proxy = proxy_for(model)
    proxy.set_status("overdue")
    qtmodeltester.check(proxy)
    with vault.transaction() as db:
        fill_demo(db, date.today())
    model.load(vault.db)
    model.set_overviews(all_overviews(vault.db, date.today()))
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_cells_are_formatted_for_reading_and_wait_for_figures(qapp) -> None:  # noqa: ANN001
    model = LoansTableModel()
    model.set_rows(ROWS)
    assert model.columnCount() == COLUMN_COUNT == 9
    assert model.index(1, COL_PRINCIPAL).data() == "10,000.00"
    assert model.index(1, COL_BORROWED_ON).data() == "2023-11-15"
    assert model.index(1, COL_STATUS).data() == "Overdue"
    assert model.index(1, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, COL_PLATFORM).data(LoanIdRole) == 3
    assert model.index(0, COL_OUTSTANDING).data() == "…"  # not computed yet
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]
    assert headers == ["Platform", "Contract no.", "Status", "Principal (yuan)",
                       "Outstanding (yuan)", "Next due", "Amount due", "True APR",
                       "Borrowed on"]


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


def test_filters_by_text_in_any_column_and_by_state(qapp) -> None:  # noqa: ANN001
    model = LoansTableModel()
    model.set_rows(ROWS)
    proxy = proxy_for(model)
    proxy.setFilterFixedString("jb-")
    assert column(proxy, COL_PLATFORM) == ["借呗"]
    proxy.setFilterFixedString("paid off")
    assert column(proxy, COL_PLATFORM) == ["京东金条"]
    proxy.setFilterFixedString("")
    proxy.set_status("active")
    assert column(proxy, COL_PLATFORM) == ["微粒贷"]
    proxy.set_status("")
    assert proxy.rowCount() == 3


def test_computed_columns_come_from_the_overviews(vault: Vault) -> None:
    with vault.transaction() as db:
        fill_demo(db, date.today())
    model = LoansTableModel()
    model.load(vault.db)
    overviews = all_overviews(vault.db, date.today())
    model.set_overviews(overviews)
    by_platform = {model.index(r, COL_PLATFORM).data(): r for r in range(model.rowCount())}
    overdue = by_platform["美团借钱"]
    assert model.index(overdue, COL_NEXT_DUE).data().endswith("overdue")
    assert model.index(overdue, COL_NEXT_DUE).data(Qt.ItemDataRole.ForegroundRole) is not None
    warned = by_platform["安信小额贷款有限公司（示例）"]
    assert model.index(warned, COL_APR).data() == "32.23 %"
    assert model.index(warned, COL_APR).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(by_platform["借呗"], COL_APR).data(Qt.ItemDataRole.DecorationRole) is None
    closed = by_platform["招商银行 闪电贷"]
    assert model.index(closed, COL_OUTSTANDING).data() == "0.00"
    assert model.index(closed, COL_NEXT_DUE).data() == "—"
    wld = next(o for o in overviews if o.platform.name == "微粒贷")
    row = by_platform["微粒贷"]
    assert model.index(row, COL_NEXT_DUE).data() == wld.summary.next_due_date.isoformat()
    assert model.index(row, COL_NEXT_AMOUNT).data() == format_fen(wld.summary.next_due_amount)
    # a reload keeps the figures until new ones come, so nothing flickers to "…"
    model.load(vault.db)
    assert model.index(row, COL_OUTSTANDING).data() != "…"


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
