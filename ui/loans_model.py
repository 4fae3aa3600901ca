"""The loans list as a Qt table: a thin adapter over the vault's loans and their overviews.

Two stages, so unlocking a large vault lists its loans at once: `load(db)` reads the plain
loan rows (one query each for loans and platforms); `set_overviews(overviews)` fills in the
computed columns (status, outstanding, next due, true APR) when `vault.overview.all_overviews`
has run in a worker. Until then those cells read "…", except a status that is the user's own
step (negotiating, settled, closed out): the passing days never change it.

A loan's row takes files dropped from the file manager (`ui.widgets.file_drops`): they
become the loan's documents.
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
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon

from ui.widgets.file_drops import FileDropRows
from vault import repository
from vault.money import format_fen
from vault.overview import USER_STEPS, LoanOverview
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


def status_texts() -> dict[LoanStatus, str]:
    """Every loan status in the user's language."""
    return {
        LoanStatus.active: translate("LoansTableModel", "Repaying"),
        LoanStatus.overdue: translate("LoansTableModel", "Overdue"),
        LoanStatus.negotiating: translate("LoansTableModel", "Negotiating"),
        LoanStatus.restructured: translate("LoansTableModel", "New plan agreed"),
        LoanStatus.settled: translate("LoansTableModel", "Paid off"),
        LoanStatus.closed: translate("LoansTableModel", "Closed out"),
    }


def status_text(status: LoanStatus) -> str:
    """A loan status in the user's language."""
    return status_texts().get(status, str(status))


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
    # From the loan's overview (`LoanOverview.status`, as of today); before it is computed,
    # only a status that is the user's own step, else None.
    status: LoanStatus | None
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
            borrowed_on=loan.borrowed_on, term_months=loan.term_months,
            status=loan.status if loan.status in USER_STEPS else None,
        )
        for loan in loans
    ]


def with_overview(row: LoanRow, overview: LoanOverview) -> LoanRow:
    summary = overview.summary
    following = overview.next_due
    return replace(
        row,
        status=overview.status,
        outstanding=summary.outstanding_principal,
        next_due_on=following.on if following else None,
        next_due_amount=following.amount if following else None,
        overdue_count=summary.overdue_count,
        apr=overview.true_cost.apr if overview.true_cost is not None else None,
        warnings=tuple(str(w.code) for w in overview.warnings),
        computed=True,
    )


def computed_rows(db: Connection, overviews: Iterable[LoanOverview]) -> list[LoanRow]:
    """Every loan with its computed figures (for a worker: plain data, no Qt)."""
    by_id = {overview.loan.id: overview for overview in overviews}
    return [
        with_overview(row, by_id[row.loan_id]) if row.loan_id in by_id else row
        for row in load_loan_rows(db)
    ]


@dataclass(frozen=True)
class Cells:
    """One row as the table shows it, prepared once (Qt asks for cells thousands of times
    while it sorts, sizes columns and paints; each answer must be a lookup)."""

    display: tuple[str, ...]
    sort: tuple[Any, ...]
    haystack: str  # every shown text, lower case, for the filter
    overdue: bool
    warned: bool


class LoansTableCounts(QObject):
    """Phrases with a count (lupdate marks plural forms only in `self.tr` calls)."""

    def overdue(self, n: int) -> str:
        return self.tr("%n overdue", "", n)


COUNTS = LoansTableCounts()


def overdue_text(late: int) -> str:
    return COUNTS.overdue(late)


def row_cells(item: LoanRow, statuses: dict[LoanStatus, str] | None = None) -> Cells:
    """The display texts and sort keys of a row (plain Python: a worker may call it);
    `statuses` is `status_texts()`, passed in when preparing many rows."""
    statuses = status_texts() if statuses is None else statuses
    if item.computed:
        if item.overdue_count:
            next_due = overdue_text(item.overdue_count)
        else:
            next_due = item.next_due_on.isoformat() if item.next_due_on else "—"
        computed = (
            format_fen(item.outstanding or 0),
            next_due,
            format_fen(item.next_due_amount) if item.next_due_amount is not None else "—",
            percent_text(item.apr) if item.apr is not None else "—",
        )
    else:
        computed = ("…",) * 4
    status = statuses.get(item.status, str(item.status)) if item.status is not None else "…"
    display = (
        item.platform, item.contract_no, status,
        format_fen(item.principal),
        *computed, item.borrowed_on.isoformat(),
    )
    if item.overdue_count:
        next_key = -item.overdue_count  # overdue first when sorted ascending
    else:
        next_key = item.next_due_on.toordinal() if item.next_due_on else _LAST
    sort = (
        item.platform, item.contract_no, _STATUS_RANK.get(item.status, len(_STATUS_RANK)),
        item.principal,
        item.outstanding if item.outstanding is not None else -1,
        next_key,
        item.next_due_amount if item.next_due_amount is not None else -1,
        int(item.apr * 10_000) if item.apr is not None else -1,
        item.borrowed_on.toordinal(),
    )
    return Cells(display, sort, "\n".join(display).lower(), bool(item.overdue_count),
                 bool(item.warnings))


def prepared(rows: Iterable[LoanRow]) -> list[tuple[LoanRow, Cells]]:
    statuses = status_texts()
    return [(row, row_cells(row, statuses)) for row in rows]


_warning_icon: QIcon | None = None


def warning_icon() -> QIcon:
    global _warning_icon
    if _warning_icon is None:
        from PySide6.QtWidgets import QApplication, QStyle  # QStyle is slow to load

        _warning_icon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )
    return _warning_icon


# Roles as plain ints: `data()` runs for every cell Qt measures or paints.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_SORT = int(SortRole)
_LOAN_ID = int(LoanIdRole)
_STATUS = int(StatusRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleDescriptionRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class LoansTableModel(FileDropRows, QAbstractTableModel):
    """The rows with their prepared cells. It sorts itself (`sort`), in Python over the
    prepared keys: a proxy sorting 1,000 rows asks for ~20,000 cells one by one. Files
    dropped on a row come out as `files_dropped(row, paths)`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LoanRow] = []
        self._cells: list[Cells] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- contents ---------------------------------------------------------------------------

    def set_rows(self, rows: list[LoanRow]) -> None:
        self.set_prepared(prepared(rows))

    def set_prepared(self, rows: list[tuple[LoanRow, Cells]]) -> None:
        """Show these rows (cells made by `prepared`, perhaps in a worker) in one cheap
        update: the same loans in the same order, one dataChanged; the same loans in a new
        order, one layout change (the view keeps its selection and scroll); else a reset."""
        rows = self._sorted(rows)
        ids = [row.loan_id for row, _cells in rows]
        old_ids = [row.loan_id for row in self._rows]
        if ids and ids == old_ids:
            self._take(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))
        elif ids and len(ids) == len(old_ids) and set(ids) == set(old_ids):
            self._relayout(rows)
        else:
            self.beginResetModel()
            self._take(rows)
            self.endResetModel()

    def _take(self, rows: list[tuple[LoanRow, Cells]]) -> None:
        self._rows = [row for row, _cells in rows]
        self._cells = [cells for _row, cells in rows]

    def _relayout(self, rows: list[tuple[LoanRow, Cells]]) -> None:
        """The same loans in a new order; selections and the current row follow their loan."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [self._rows[index.row()].loan_id for index in before]
        self._take(rows)
        where = {row.loan_id: n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[loan_id], index.column())
                     for loan_id, index in zip(moved, before, strict=True)]
        )
        self.layoutChanged.emit()

    def load(self, db: Connection) -> None:
        """Re-read the loans; computed figures already known are kept until new ones come."""
        known = {row.loan_id: row for row in self._rows if row.computed}
        rows = []
        for row in load_loan_rows(db):
            old = known.get(row.loan_id)
            rows.append(row if old is None else replace(
                old, platform=row.platform, contract_no=row.contract_no,
                principal=row.principal, borrowed_on=row.borrowed_on,
                term_months=row.term_months,
                # the user's step as stored now; else, like the figures, the state last
                # worked out until new figures come (unless that was a step since undone)
                status=row.status if row.status is not None or old.status in USER_STEPS
                else old.status,
            ))
        self.set_rows(rows)

    def set_overviews(self, overviews: Iterable[LoanOverview]) -> None:
        """Fill in the computed columns of the loans listed (others are ignored)."""
        by_id = {overview.loan.id: overview for overview in overviews}
        if self._rows:
            self.set_rows([
                with_overview(row, by_id[row.loan_id]) if row.loan_id in by_id else row
                for row in self._rows
            ])

    def clear(self) -> None:
        """Forget every record (on lock): nothing stays behind in memory."""
        self.set_rows([])

    def row(self, row: int) -> LoanRow:
        return self._rows[row]

    def accepts(self, row: int, status: str, needle: str) -> bool:
        """Whether the row is in `status` ("": any) and shows `needle` (lower case)."""
        item = self._rows[row]
        return (not status or item.status == status) and needle in self._cells[row].haystack

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.set_rows(self._rows)  # the texts are prepared in the current language

    # -- sorting ----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if self._rows:
            self._relayout(self._sorted(list(zip(self._rows, self._cells, strict=True))))

    def _sorted(self, rows: list[tuple[LoanRow, Cells]]) -> list[tuple[LoanRow, Cells]]:
        column = self._sort_column
        if not 0 <= column < COLUMN_COUNT:
            return rows
        return sorted(
            rows, key=lambda pair: pair[1].sort[column],
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
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
            return _RIGHT
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        column = index.column()
        role = int(role)
        if role == _DISPLAY:
            return self._cells[row].display[column]
        if role == _SORT:
            return self._cells[row].sort[column]
        if role == _ALIGN:
            return _RIGHT if column in _MONEY_COLUMNS else _LEFT
        if role == _LOAN_ID:
            return self._rows[row].loan_id
        if role == _STATUS:
            status = self._rows[row].status
            return str(status) if status is not None else ""
        if role == _FOREGROUND:
            if column == COL_STATUS:
                return _ACCENTS.get(self._rows[row].status)
            if column == COL_NEXT_DUE and self._cells[row].overdue:
                return OVERDUE_ACCENT
            return None
        if column != COL_APR or not self._cells[row].warned:
            return None
        if role == _DECORATION:
            return warning_icon()
        if role == _TOOLTIP:
            return translate(
                "LoansTableModel", "This rate may be above a line courts or regulators use. "
                "Open the loan to see why.",
            )
        if role == _ACCESSIBLE:
            return translate("LoansTableModel", "Rate warning")
        return None


class LoansFilterModel(QSortFilterProxyModel):
    """Filters by text in any column and, optionally, by one status; sorting is passed on
    to the source model, which sorts its prepared keys in Python (the proxy would ask for
    every cell it compares)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status = ""
        self._needle = ""
        self.setSortRole(SortRole)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def setFilterFixedString(self, text: str) -> None:  # noqa: N802 - Qt API
        """Show only rows with `text` in any column (any case)."""
        self.beginFilterChange()
        self._needle = text.lower()
        self.endFilterChange()

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
        source = self.sourceModel()
        if isinstance(source, LoansTableModel):
            return source.accepts(source_row, self._status, self._needle)
        return super().filterAcceptsRow(source_row, source_parent)
