"""Tools → LPR table…: the one-year LPR fixings the rate checks use, and the user's own.

Jieqing ships the fixings it knows (resources/lpr.json); later ones are published on the
20th of each month and must be added by the user. Their fixings are kept inside the vault
(vault.thresholds.save_user_lpr_fixings), so they survive restarts and travel with its
backups; on the same date the user's fixing replaces the bundled one (a correction).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.messages import error_label, show_inline
from vault.errors import ValidationError, VaultError
from vault.store import Vault
from vault.thresholds import (
    LPR_FIRST_DAY,
    LPR_HIGHEST,
    LPR_LOWEST,
    LprFixing,
    bundled_lpr_table,
    merge_lpr_tables,
    parse_fixing,
    save_user_lpr_fixings,
    user_lpr_fixings,
)

COL_FROM, COL_PERCENT, COL_SOURCE = range(3)
DateRole = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def percent_text(percent: Decimal) -> str:
    return f"{percent:.2f} %"


class LprDialog(QDialog):
    """The table the app uses (newest first) and a line to add or correct a fixing; OK
    keeps the user's fixings in the vault in one transaction."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today or date.today()
        self.bundled = {f.effective: f for f in bundled_lpr_table()}
        self.stored = {f.effective: f for f in user_lpr_fixings(vault.db)}
        self.user = dict(self.stored)  # as edited here; written on OK
        self.setMinimumSize(520, 520)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.newest = QLabel()
        self.newest.setWordWrap(True)

        self.day = QLineEdit()
        self.day.setPlaceholderText("YYYY-MM-DD")
        self.day_label = QLabel()
        self.day_label.setBuddy(self.day)
        self.percent = QLineEdit()
        self.percent.setPlaceholderText("3.00")
        self.percent.setMaximumWidth(90)
        self.percent_label = QLabel()
        self.percent_label.setBuddy(self.percent)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.problem = error_label()
        self.save_problem = error_label()
        for edit in (self.day, self.percent):
            edit.textChanged.connect(self._typed)
            edit.returnPressed.connect(self.add_typed)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        line = QHBoxLayout()
        line.addWidget(self.day_label)
        line.addWidget(self.day, 1)
        line.addWidget(self.percent_label)
        line.addWidget(self.percent)
        line.addWidget(self.add_button)
        line.addWidget(self.remove_button)
        self.entry_title = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.newest)
        layout.addWidget(self.entry_title)
        layout.addLayout(line)
        layout.addWidget(self.problem)
        layout.addWidget(self.save_problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._typed()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("One-year LPR table"))
        self.intro.setText(self.tr(
            "For loans from private lenders, Jieqing checks the true yearly cost against four "
            "times the one-year LPR in force when the contract was signed. The LPR is "
            "published on the 20th of each month: add newer fixings here, or correct one by "
            "typing its date with the right rate. Your fixings are kept in this vault and go "
            "into its backups."
        ))
        self.table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("One-year LPR"), self.tr("Source")])
        self.table.setAccessibleName(self.tr("One-year LPR fixings, newest first"))
        self.entry_title.setText(self.tr("Add or correct a fixing:"))
        self.day_label.setText(self.tr("&From:"))
        self.day.setAccessibleName(self.tr("Date the fixing took effect"))
        self.percent_label.setText(self.tr("&Rate (%):"))
        self.percent.setAccessibleName(self.tr("One-year LPR in percent"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("R&emove"))
        self.remove_button.setToolTip(self.tr("Remove the fixing you added (bundled ones stay)"))
        self._fill()
        self._typed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return in the line adds the fixing (returnPressed); it must not also press OK.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
            self.day, self.percent
        ):
            return
        super().keyPressEvent(event)

    def problem_text(self, error: VaultError) -> str:
        """The inline sentence for a refused fixing (the LPR's own limits say their range)."""
        if error.key == "invalid.lpr_date_range":
            return self.tr("The date must be between %1 (the first LPR) and today.").replace(
                "%1", LPR_FIRST_DAY.isoformat())
        if error.key == "invalid.lpr_range":
            return self.tr("A one-year LPR is between %1 % and %2 %; please check the rate.") \
                .replace("%1", str(LPR_LOWEST)).replace("%2", str(LPR_HIGHEST))
        if error.key == "invalid.lpr_decimals":
            return self.tr("Use at most two decimals, for example 3.45.")
        return messages.error_text(error)

    # -- the table -----------------------------------------------------------------------

    def table_in_use(self) -> tuple[LprFixing, ...]:
        return merge_lpr_tables(tuple(self.bundled.values()), tuple(self.user.values()))

    def _source(self, day: date) -> str:
        if day not in self.user:
            return self.tr("Bundled with Jieqing")
        if day in self.bundled:
            return self.tr("Yours (bundled: %1)").replace(
                "%1", percent_text(self.bundled[day].percent))
        return self.tr("Yours")

    def _fill(self, select: date | None = None) -> None:
        table = self.table_in_use()
        self.table.setRowCount(len(table))
        for row, fixing in enumerate(reversed(table)):
            cells = (fixing.effective.isoformat(), percent_text(fixing.percent),
                     self._source(fixing.effective))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(DateRole, fixing.effective)
                if column == COL_PERCENT:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
            if fixing.effective == select:
                self.table.selectRow(row)
        newest = table[-1]
        self.newest.setText(self.tr(
            "Newest fixing: %1 from %2. A loan signed more than two months later is checked "
            "against it, with a note that the table may be out of date."
        ).replace("%1", percent_text(newest.percent)).replace("%2", newest.effective.isoformat()))
        self._selected()

    def selected_day(self) -> date | None:
        items = self.table.selectedItems()
        return items[0].data(DateRole) if items else None

    def _selected(self) -> None:
        self.remove_button.setEnabled(self.selected_day() in self.user)

    # -- editing -------------------------------------------------------------------------

    def typed(self) -> LprFixing | None:
        """The fixing typed in the line, None when the line is empty; a ValidationError
        says what is wrong with it."""
        if not self.day.text().strip() and not self.percent.text().strip():
            return None
        return parse_fixing(self.day.text(), self.percent.text(), self.today)

    def _typed(self) -> None:
        """Check the line as it is typed: the problem inline, Add and OK only when valid."""
        show_inline(self.save_problem, None)
        try:
            fixing = self.typed()
        except ValidationError as error:
            show_inline(self.problem, self.problem_text(error))
            self.add_button.setEnabled(False)
            self.ok_button.setEnabled(False)
            return
        show_inline(self.problem, None)
        self.add_button.setEnabled(fixing is not None)
        self.ok_button.setEnabled(True)

    def add_typed(self) -> None:
        """Add the typed fixing (replacing the user's own on that date) to the list."""
        try:
            fixing = self.typed()
        except ValidationError as error:
            show_inline(self.problem, self.problem_text(error))
            return
        if fixing is None:
            return
        self.user[fixing.effective] = fixing
        self.day.clear()
        self.percent.clear()
        self._fill(select=fixing.effective)
        self.day.setFocus()

    def remove_selected(self) -> None:
        day = self.selected_day()
        if day in self.user:
            del self.user[day]
            self._fill()

    def save(self) -> None:
        """OK: a fixing still in the line is added first; then the user's list is written
        (in one transaction) and the dialog closes. A refusal is shown and nothing saved."""
        try:
            fixing = self.typed()
        except ValidationError as error:
            show_inline(self.problem, self.problem_text(error))
            return
        user = dict(self.user)
        if fixing is not None:
            user[fixing.effective] = fixing
        if user != self.stored:
            try:
                save_user_lpr_fixings(self.vault, list(user.values()), today=self.today)
            except VaultError as error:
                show_inline(self.save_problem, self.problem_text(error))
                return
        self.user = self.stored = user
        self.accept()


def open_lpr_dialog(parent: QWidget | None, vault: Vault) -> bool:
    """Show the LPR table (modal); True when the user's fixings were saved."""
    dialog = LprDialog(vault, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
