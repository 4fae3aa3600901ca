"""The loans list as a Qt table: a thin adapter over the vault's loan records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from vault import repository
from vault.money import format_fen
from vault.records import Loan, LoanStatus, Platform
from vault.store import Connection

COL_PLATFORM, COL_CONTRACT, COL_PRINCIPAL, COL_BORROWED_ON, COL_TERM, COL_STATUS = range(6)
COLUMN_COUNT = 6

SortRole = Qt.ItemDataRole.UserRole + 1  # raw values (fen, dates) so sorting is by meaning
LoanIdRole = Qt.ItemDataRole.UserRole + 2

# Status accents (the only fixed colours): a quiet signal next to the text, never alone.
_ACCENTS = {
    LoanStatus.overdue: QColor("#e53935"),
    LoanStatus.negotiating: QColor("#ef6c00"),
    LoanStatus.settled: QColor("#43a047"),
    LoanStatus.closed: QColor("#43a047"),
}
# Order for sorting by status: what needs attention first.
_STATUS_ORDER = {status: n for n, status in enumerate((
    LoanStatus.overdue, LoanStatus.negotiating, LoanStatus.restructured, LoanStatus.active,
    LoanStatus.settled, LoanStatus.closed,
))}


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


@dataclass(frozen=True)
class LoanRow:
    loan_id: int
    platform: str
    contract_no: str
    principal: int
    borrowed_on: date
    term_months: int
    status: LoanStatus


def load_loan_rows(db: Connection) -> list[LoanRow]:
    """Every loan with its platform's name, newest first."""
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
        self.set_rows(load_loan_rows(db))

    def clear(self) -> None:
        """Forget every record (on lock): nothing stays behind in memory."""
        self.set_rows([])

    def row(self, row: int) -> LoanRow:
        return self._rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_TERM), self.index(len(self._rows) - 1, COL_STATUS)
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
                translate("LoansTableModel", "Platform"), translate("LoansTableModel", "Contract no."), translate("LoansTableModel", "Principal (yuan)"), translate("LoansTableModel", "Borrowed on"),
                translate("LoansTableModel", "Term"), translate("LoansTableModel", "Status"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_PRINCIPAL:
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
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (COL_PRINCIPAL, COL_TERM):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return _ACCENTS.get(item.status)
        return None

    @staticmethod
    def _display(item: LoanRow, column: int) -> str:
        if column == COL_PLATFORM:
            return item.platform
        if column == COL_CONTRACT:
            return item.contract_no
        if column == COL_PRINCIPAL:
            return format_fen(item.principal)
        if column == COL_BORROWED_ON:
            return item.borrowed_on.isoformat()
        if column == COL_TERM:
            return translate("LoansTableModel", "%n month(s)", None, item.term_months)
        return status_text(item.status)

    @staticmethod
    def _raw(item: LoanRow, column: int) -> Any:
        if column == COL_PLATFORM:
            return item.platform
        if column == COL_CONTRACT:
            return item.contract_no
        if column == COL_PRINCIPAL:
            return item.principal
        if column == COL_BORROWED_ON:
            return item.borrowed_on.toordinal()
        if column == COL_TERM:
            return item.term_months
        return _STATUS_ORDER.get(item.status, len(_STATUS_ORDER))
