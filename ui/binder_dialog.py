"""File → Export binder…: choose loans, a period and a language, then print the binder.

The core (vault.binder) does the work in a worker thread with a progress dialog and
Cancel; afterwards the dialog offers to open the folder, and says plainly that the PDF
is not encrypted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.workers import Job, show_progress
from vault import repository
from vault.binder import BinderOptions, BinderResult, write_binder
from vault.errors import VaultError
from vault.fsutil import check_export_target
from vault.records import Loan, Platform
from vault.store import Vault

LoanIdRole = Qt.ItemDataRole.UserRole


class BinderDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.job: Job | None = None
        self.outcome: BinderResult | None = None
        self.setMinimumWidth(480)

        self.all_loans = QRadioButton()
        self.chosen_loans = QRadioButton()
        self.all_loans.setChecked(True)
        self.loans = QListWidget()
        self.loans.setEnabled(False)
        self.chosen_loans.toggled.connect(self.loans.setEnabled)
        self.chosen_loans.toggled.connect(self._update_button)
        self.loans.itemChanged.connect(self._update_button)
        self.limit_dates = QCheckBox()
        self.date_from = QDateEdit(calendarPopup=True)
        self.date_to = QDateEdit(calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.limit_dates.toggled.connect(edit.setEnabled)
        today = QDate.currentDate()
        self.date_from.setDate(today.addYears(-1))
        self.date_to.setDate(today)
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.problem = messages.error_label()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.hide()
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self.show_folder)
        self.open_folder.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        self.dash = QLabel("–")
        dates.addWidget(self.dash)
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.form = QFormLayout()
        self.language_label = QLabel()
        self.form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_loans)
        layout.addWidget(self.chosen_loans)
        layout.addWidget(self.loans, 1)
        layout.addWidget(self.limit_dates)
        layout.addLayout(dates)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.saved)
        layout.addWidget(self.buttons)
        self._fill_loans()
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export binder"))
        self.all_loans.setText(self.tr("All loans"))
        self.chosen_loans.setText(self.tr("Only the loans ticked below"))
        self.limit_dates.setText(
            self.tr("Only payments, contacts and credit checks in this period")
        )
        self.language_label.setText(self.tr("Language of the binder"))
        self.export_button.setText(self.tr("Export…"))
        self.open_folder.setText(self.tr("Open folder"))
        self.note.setText(self.tr(
            "The binder is a PDF with every selected loan, payment, contact and document, "
            "for a bank, a court or a lawyer. The PDF is not encrypted: anyone who can open "
            "the file can read it."
        ))
        if self.outcome is not None:
            self._show_done(self.outcome)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choices -------------------------------------------------------------------------

    def _fill_loans(self) -> None:
        db = self.vault.db
        platforms = {p.id: p.name for p in repository.select(db, Platform)}
        for loan in repository.select(db, Loan, order_by="borrowed_on, id"):
            text = f"{platforms.get(loan.platform_id, '')} {loan.contract_no}".strip()
            item = QListWidgetItem(f"{text}  ({loan.borrowed_on.isoformat()})")
            item.setData(LoanIdRole, loan.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.loans.addItem(item)

    def checked_loans(self) -> tuple[int, ...]:
        return tuple(
            int(self.loans.item(row).data(LoanIdRole))
            for row in range(self.loans.count())
            if self.loans.item(row).checkState() == Qt.CheckState.Checked
        )

    def _update_button(self) -> None:
        running = self.job is not None and self.job.running
        self.export_button.setEnabled(
            not running and (self.all_loans.isChecked() or bool(self.checked_loans()))
        )

    def options(self) -> BinderOptions:
        limited = self.limit_dates.isChecked()
        return BinderOptions(
            loan_ids=None if self.all_loans.isChecked() else self.checked_loans(),
            date_from=_pydate(self.date_from.date()) if limited else None,
            date_to=_pydate(self.date_to.date()) if limited else None,
            lang=str(self.language.currentData()),
        )

    # -- export --------------------------------------------------------------------------

    def ask_target(self) -> str:
        """The Save dialog: the one place tests replace."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"结清档案-{date.today().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the binder as"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
        )
        return path

    def export(self) -> None:
        messages.show_inline(self.problem, None)
        options = self.options()
        try:
            options.check()
        except VaultError as error:
            messages.show_inline(self.problem, messages.error_text(error))
            return
        target = self.ask_target()
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        try:  # never over the vault, another vault or a backup: said before any work
            check_export_target(Path(target), self.vault.path)
        except VaultError as error:
            messages.show_inline(self.problem, messages.error_text(error))
            return
        job = Job(self)
        self.job = job
        job.succeeded.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.finished.connect(self._update_button)
        show_progress(job, self, self.tr("Making the binder…"))
        job.start(write_binder, self.vault, Path(target), options,
                  progress=job.report, cancel=job.is_cancelled)
        self._update_button()

    def _finished(self, result: BinderResult) -> None:
        self.outcome = result
        self._show_done(result)

    def _show_done(self, result: BinderResult) -> None:
        text = self.tr("The binder was saved: {path} ({pages} pages).").format(
            path=result.path, pages=result.pages
        )
        if result.not_included:
            text += "\n" + self.tr(
                "These documents could not be printed; their pages say why: {names}"
            ).format(names=", ".join(result.not_included))
        text += "\n" + self.tr(
            "The PDF is not encrypted: keep it somewhere safe and delete it when it is no "
            "longer needed."
        )
        self.saved.setText(text)
        self.saved.show()
        self.open_folder.show()

    def _failed(self, error: BaseException) -> None:
        text = messages.handle_job_error(error)
        if text is not None:
            messages.show_inline(self.problem, text)

    def _cancelled(self) -> None:
        messages.show_inline(self.problem, self.tr("Cancelled; no binder was written."))

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()  # closing the window stops the binder; nothing is left behind
        super().reject()

    def show_folder(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path.parent)))


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def open_binder_dialog(parent: QWidget | None, vault: Vault) -> BinderDialog:
    """Show the Export binder dialog (window-modal, not blocking) and return it."""
    dialog = BinderDialog(vault, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
