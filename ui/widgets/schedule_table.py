"""A read-only table of installments, coloured by status; also shows a plan not yet saved."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from vault.money import format_fen
from vault.reconcile import Status
from vault.schedule import Installment

COL_N, COL_DUE, COL_PRINCIPAL, COL_INTEREST, COL_FEE, COL_PAYMENT, COL_STATUS = range(7)

# Soft backgrounds that keep black text readable; the status word is always shown too.
STATUS_COLOURS = {
    Status.paid: QColor("#e6f4ea"),
    Status.overdue: QColor("#fde7e9"),
    Status.due: QColor("#fff4d6"),
    Status.partly_paid: QColor("#fff4d6"),
}

Index = QModelIndex | QPersistentModelIndex


class ScheduleTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Installment] = []
        self._status: list[Status | None] = []

    def set_rows(self, rows: Sequence[Installment],
                 statuses: Sequence[Status | None] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._status = list(statuses) if statuses is not None else [None] * len(self._rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("No."), self.tr("Due"), self.tr("Principal"), self.tr("Interest"),
                  self.tr("Fees"), self.tr("Payment"), self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        status = self._status[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (str(row.n), row.due.isoformat(), format_fen(row.principal),
                      format_fen(row.interest), format_fen(row.fee), format_fen(row.payment),
                      status_text(status))
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_PRINCIPAL, COL_INTEREST, COL_FEE, COL_PAYMENT
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and status in STATUS_COLOURS:
            return QBrush(STATUS_COLOURS[status])
        if role == Qt.ItemDataRole.ForegroundRole and status in STATUS_COLOURS:
            return QBrush(QColor("#202124"))
        return None


def status_text(status: Status | None) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        None: "",
        Status.paid: translate("ScheduleTableModel", "Paid"),
        Status.partly_paid: translate("ScheduleTableModel", "Partly paid"),
        Status.overdue: translate("ScheduleTableModel", "Overdue"),
        Status.due: translate("ScheduleTableModel", "Due next"),
        Status.future: translate("ScheduleTableModel", "Later"),
    }[status]


class ScheduleTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = ScheduleTableModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_N, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setMinimumHeight(140)

    def set_rows(self, rows: Sequence[Installment],
                 statuses: Sequence[Status | None] | None = None) -> None:
        self.model_.set_rows(rows, statuses)
        self.setColumnHidden(COL_STATUS, statuses is None)
        self.setColumnHidden(COL_FEE, not any(r.fee for r in rows))
