"""The loans list as a Qt table: a thin adapter over the vault's loans and their overviews.

Two stages, so unlocking a large vault lists its loans at once: `load(db)` reads the plain
loan rows (one query each for loans and platforms); `set_overviews(overviews)` fills in the
computed columns (outstanding, next due, true APR) when `vault.overview.all_overviews` has
run in a worker. Until then those cells read "…".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from vault import repository
from vault.money import format_fen
from vault.overview import LoanOverview
from vault.records import Loan, LoanStatus, Platform
from vault.store import Connection

(
    COL_PLATFORM, COL_CONTRACT, COL_STATUS, COL_PRINCIPAL, COL_OUTSTANDING, COL_NEXT_DUE,
    COL_NEXT_AMOUNT, COL_APR, COL_BORROWED_ON,
) = range(9)
COLUMN_COUNT = 9
COMPUTED_COLUMNS = (COL_OUTSTANDING, COL_NEXT_DUE, COL_NEXT_AMOUNT, COL_APR)
_MONEY_COLUMNS = (COL_PRINCIPAL, COL_OUTSTANDING, COL_NEXT_AMOUNT, COL_APR)

SortRole = Qt.ItemDataRole.UserRole + 1  # raw values (fen, dates) so sorting is by meaning
LoanIdRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3

# Status accents (the only fixed colours): a quiet signal next to the text, never alone.
_ACCENTS = {
    LoanStatus.overdue: QColor("#e53935"),
    LoanStatus.negotiating: QColor("#ef6c00"),
    LoanStatus.settled: QColor("#43a047"),
    LoanStatus.closed: QColor("#43a047"),
}
OVERDUE_ACCENT = QColor("#e53935")
# Order for sorting by status: what needs attention first.
STATUS_ORDER = (
    LoanStatus.overdue, LoanStatus.negotiating, LoanStatus.restructured, LoanStatus.active,
    LoanStatus.settled, LoanStatus.closed,
)
_STATUS_RANK = {status: n for n, status in enumerate(STATUS_ORDER)}
_LAST = 1 << 62  # sorts unknown values after every real one

translate = QCoreApplication.translate


def status_text(status: LoanStatus) -> str:
    """A loan status in the user's language."""
    texts = {
        LoanStatus.active: translate("LoansTableModel", "Repaying"),
        LoanStatus.overdue: translate("LoansTableModel", "Overdue"),
        LoanStatus.negotiating: translate("LoansTableModel", "Negotiating"),
        LoanStatus.restructured: translate("LoansTableModel", "New plan agreed"),
        LoanStatus.settled: translate("LoansTableModel", "Paid off"),
        LoanStatus.closed: translate("LoansTableModel", "Closed out"),
    }
    return texts.get(status, str(status))


def percent_text(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))} %"


@dataclass(frozen=True)
class LoanRow:
    loan_id: int
    platform: str
    contract_no: str
    principal: int
    borrowed_on: date
    term_months: int
    status: LoanStatus
    # Filled in from the loan's overview (None until computed).
    outstanding: int | None = None
    next_due_on: date | None = None
    next_due_amount: int | None = None
    overdue_count: int = 0
    apr: Decimal | None = None
    warnings: tuple[str, ...] = ()  # the rate warnings' stable codes
    computed: bool = False


def load_loan_rows(db: Connection) -> list[LoanRow]:
    """Every loan with its platform's name, newest first (no computed figures)."""
    platforms = {p.id: p.name for p in repository.select(db, Platform)}
    loans = repository.select(db, Loan, order_by="borrowed_on DESC, id DESC")
    return [
        LoanRow(
            loan_id=loan.id or 0, platform=platforms.get(loan.platform_id, ""),
            contract_no=loan.contract_no, principal=loan.principal,
            borrowed_on=loan.borrowed_on, term_months=loan.term_months, status=loan.status,
        )
        for loan in loans
    ]


def with_overview(row: LoanRow, overview: LoanOverview) -> LoanRow:
    summary = overview.summary
    return replace(
        row,
        outstanding=summary.outstanding_principal,
        next_due_on=summary.next_due_date,
        next_due_amount=summary.next_due_amount if summary.next_due_date else None,
        overdue_count=summary.overdue_count,
        apr=overview.true_cost.apr if overview.true_cost is not None else None,
        warnings=tuple(str(w.code) for w in overview.warnings),
        computed=True,
    )


_warning_icon: QIcon | None = None


def warning_icon() -> QIcon:
    global _warning_icon
    if _warning_icon is None:
        _warning_icon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )
    return _warning_icon


class LoansTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LoanRow] = []

    # -- contents ---------------------------------------------------------------------------

    def set_rows(self, rows: list[LoanRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def load(self, db: Connection) -> None:
        """Re-read the loans; computed figures already known are kept until new ones come."""
        known = {row.loan_id: row for row in self._rows if row.computed}
        rows = []
        for row in load_loan_rows(db):
            old = known.get(row.loan_id)
            rows.append(row if old is None else replace(
                old, platform=row.platform, contract_no=row.contract_no,
                principal=row.principal, borrowed_on=row.borrowed_on,
                term_months=row.term_months, status=row.status,
            ))
        self.set_rows(rows)

    def set_overviews(self, overviews: Iterable[LoanOverview]) -> None:
        """Fill in the computed columns of the loans listed (others are ignored)."""
        by_id = {overview.loan.id: overview for overview in overviews}
        if not self._rows:
            return
        self._rows = [
            with_overview(row, by_id[row.loan_id]) if row.loan_id in by_id else row
            for row in self._rows
        ]
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def clear(self) -> None:
        """Forget every record (on lock): nothing stays behind in memory."""
        self.set_rows([])

    def row(self, row: int) -> LoanRow:
        return self._rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            )

    # -- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("LoansTableModel", "Platform"),
                translate("LoansTableModel", "Contract no."),
                translate("LoansTableModel", "Status"),
                translate("LoansTableModel", "Principal (yuan)"),
                translate("LoansTableModel", "Outstanding (yuan)"),
                translate("LoansTableModel", "Next due"),
                translate("LoansTableModel", "Amount due"),
                translate("LoansTableModel", "True APR"),
                translate("LoansTableModel", "Borrowed on"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_APR:
            return translate(
                "LoansTableModel",
                "The true yearly cost, interest and all fees included, over the money you "
                "actually received (PBOC 2021 No. 3).",
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == SortRole:
            return self._raw(item, column)
        if role == LoanIdRole:
            return item.loan_id
        if role == StatusRole:
            return str(item.status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in _MONEY_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATUS:
                return _ACCENTS.get(item.status)
            if column == COL_NEXT_DUE and item.overdue_count:
                return OVERDUE_ACCENT
        if role == Qt.ItemDataRole.DecorationRole and column == COL_APR and item.warnings:
            return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_APR and item.warnings:
            return translate(
                "LoansTableModel", "This rate may be above a line courts or regulators use. "
                "Open the loan to see why.",
            )
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == COL_APR \
                and item.warnings:
            return translate("LoansTableModel", "Rate warning")
        return None

    def _display(self, item: LoanRow, column: int) -> str:
        if column == COL_PLATFORM:
            return item.platform
        if column == COL_CONTRACT:
            return item.contract_no
        if column == COL_STATUS:
            return status_text(item.status)
        if column == COL_PRINCIPAL:
            return format_fen(item.principal)
        if column == COL_BORROWED_ON:
            return item.borrowed_on.isoformat()
        if not item.computed:
            return "…"
        if column == COL_OUTSTANDING:
            return format_fen(item.outstanding or 0)
        if column == COL_NEXT_DUE:
            late = item.overdue_count  # lupdate reads a plural's count only from a plain name
            if late:
                return self.tr("%n overdue", "", late)
            return item.next_due_on.isoformat() if item.next_due_on else "—"
        if column == COL_NEXT_AMOUNT:
            return format_fen(item.next_due_amount) if item.next_due_amount is not None else "—"
        if column == COL_APR:
            return percent_text(item.apr) if item.apr is not None else "—"
        return ""

    @staticmethod
    def _raw(item: LoanRow, column: int) -> Any:
        if column == COL_PLATFORM:
            return item.platform
        if column == COL_CONTRACT:
            return item.contract_no
        if column == COL_STATUS:
            return _STATUS_RANK.get(item.status, len(_STATUS_RANK))
        if column == COL_PRINCIPAL:
            return item.principal
        if column == COL_BORROWED_ON:
            return item.borrowed_on.toordinal()
        if column == COL_OUTSTANDING:
            return item.outstanding if item.outstanding is not None else -1
        if column == COL_NEXT_DUE:
            if item.overdue_count:
                return -item.overdue_count  # overdue first when sorted ascending
            return item.next_due_on.toordinal() if item.next_due_on else _LAST
        if column == COL_NEXT_AMOUNT:
            return item.next_due_amount if item.next_due_amount is not None else -1
        if column == COL_APR:
            return int(item.apr * 10_000) if item.apr is not None else -1
        return 0


class LoansFilterModel(QSortFilterProxyModel):
    """Sorts by raw values; filters by text in any column and, optionally, by one status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status = ""
        self.setSortRole(SortRole)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_status(self, status: str) -> None:
        """Show only loans in `status` ("" shows all)."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    @property
    def status(self) -> str:
        return self._status

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._status:
            index = self.sourceModel().index(source_row, 0, source_parent)
            if index.data(StatusRole) != self._status:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
