"""One loan in full, as a closable tab of the main window.

Sections: Overview (key facts, stated rate against the true APR, rate warnings with their
basis, payoff today, next due), Schedule (installments with status and days late; older
plans kept as superseded history), Payments (with the unknown-payee flag), Contacts (a
timeline), Documents (the loan's AttachmentPanel) and the Settlement checklist. Buttons
open the guided forms for this loan through `form_requested(name, loan_id)`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.loans_model import OVERDUE_ACCENT, percent_text, status_text, warning_icon
from ui.widgets.schedule_table import STATUS_COLOURS
from ui.widgets.schedule_table import status_text as installment_status_text
from ui.wizards.texts import choice, step_hint, step_title, text
from ui.workers import VaultReader
from vault import checklist, repository
from vault.money import format_fen
from vault.overview import LoanOverview, loan_overview
from vault.reconcile import InstallmentState, Status
from vault.records import Account, Contact, CreditCheck, LoanStatus, Milestone, Payment, PlanKind
from vault.thresholds import RateWarning, Severity

translate = QCoreApplication.translate
SECTIONS = ("overview", "schedule", "payments", "contacts", "documents", "checklist")
SEVERITY_COLOURS = {
    Severity.serious: QColor("#e53935"),
    Severity.warning: QColor("#ef6c00"),
    Severity.info: QColor("#1e88e5"),
}
_INK = QColor("#202124")  # text on the soft status backgrounds, readable in both palettes


class LoanDetailCounts(QObject):
    """Phrases with a count (lupdate marks plural forms only in `self.tr` calls)."""

    def months(self, n: int) -> str:
        return self.tr("%n month(s)", "", n)

    def installments_owed(self, n: int) -> str:
        return self.tr("%n installment(s), ¥%1 still owed", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)


COUNTS = LoanDetailCounts()


def plan_kind_text(kind: str) -> str:
    return {
        PlanKind.original: translate("LoanDetail", "Original plan"),
        PlanKind.restructured: translate("LoanDetail", "Restructured plan (协商分期)"),
        PlanKind.deferral: translate("LoanDetail", "Deferral (展期)"),
        PlanKind.reduction: translate("LoanDetail", "Reduction agreed"),
    }.get(PlanKind(kind), kind)


def rate_text(kind: str, percent: Decimal) -> str:
    value = f"{percent.normalize():f}"
    return {
        "annual": translate("LoanDetail", "%1 % a year"),
        "daily": translate("LoanDetail", "%1 % a day"),
        "monthly_fee": translate("LoanDetail", "%1 % monthly fee on the original principal"),
    }.get(kind, "%1 %").replace("%1", value)


def warning_text(warning: RateWarning) -> str:
    return text(
        str(warning.code),
        apr=warning.apr_percent.quantize(Decimal("0.01")),
        threshold=(warning.threshold_percent or Decimal(0)).quantize(Decimal("0.01")),
        amount=format_fen(warning.amount_fen or 0),
    )


@dataclass(frozen=True)
class DetailData:
    """Everything the page shows about one loan, read in a worker (plain records)."""

    overview: LoanOverview
    payments: list[Payment]
    contacts: list[Contact]
    milestones: dict[str, Milestone]
    credit_checks: list[CreditCheck]
    accounts: dict[int, Account]


def read_detail(vault: Any, loan_id: int) -> DetailData:
    """The loan's records and overview (runs off the UI thread; a deleted loan raises)."""
    db = vault.db
    return DetailData(
        overview=loan_overview(db, loan_id, date.today()),
        payments=repository.select(
            db, Payment, "loan_id = ?", (loan_id,), order_by="paid_on DESC, id DESC"
        ),
        contacts=repository.select(
            db, Contact, "loan_id = ?", (loan_id,), order_by="happened_on DESC, id DESC"
        ),
        milestones={
            m.step: m for m in repository.select(db, Milestone, "loan_id = ?", (loan_id,))
        },
        credit_checks=repository.select(
            db, CreditCheck, "loan_id = ?", (loan_id,), order_by="checked_on"
        ),
        accounts={a.id or 0: a for a in repository.select(db, Account)},
    )


# -- a plain table model for the sections -------------------------------------------------


@dataclass(frozen=True)
class Cell:
    text: str
    sort: Any = None
    foreground: QColor | None = None
    background: QColor | None = None
    tooltip: str = ""
    right: bool = False  # amounts line up on the right
    warn: bool = False  # shows the warning icon


class RowsTableModel(QAbstractTableModel):
    """Read-only rows of prepared cells; `headers()` is re-asked on every language change."""

    def __init__(self, headers: Callable[[], Sequence[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._columns = len(headers())
        self._rows: list[Sequence[Cell]] = []

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self._columns
        ):
            return self._headers()[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.UserRole:
            return cell.sort if cell.sort is not None else cell.text
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.foreground is not None:
                return cell.foreground
            return _INK if cell.background is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell.background
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == Qt.ItemDataRole.DecorationRole and cell.warn:
            return warning_icon()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if cell.right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)


def _table(model: RowsTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.setAccessibleName(name)
    return view


def _muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    return label


# -- the page ------------------------------------------------------------------------------


class LoanDetailPage(QWidget):
    """Everything about one loan. `form_requested(name, loan_id)` asks the main window to
    open a guided form ("record_payment", "negotiate", "settle", "log_contact").

    The records are read and reconciled in a worker (`self.reader`): the tab shows at once,
    saying "Loading…", and fills in when they arrive; `loaded` fires then."""

    form_requested = Signal(str, int)
    summary_written = Signal(str)
    loaded = Signal()

    def __init__(self, vault: Any, loan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.loan_id = loan_id
        self.overview: LoanOverview | None = None
        self.payments: list[Payment] = []
        self.contacts: list[Contact] = []
        self.milestones: dict[str, Milestone] = {}
        self.credit_checks: list[CreditCheck] = []
        self.accounts: dict[int, Account] = {}
        self.documents: Any = None  # the AttachmentPanel, made when first shown

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.problem = _muted(QLabel())
        self.problem.hide()
        self.loading_label = _muted(QLabel())
        self.reader = VaultReader(vault, partial(read_detail, loan_id=loan_id), self)
        self.reader.ready.connect(self._loaded)
        self.reader.failed.connect(self._failed)
        self.payment_button = QPushButton()
        self.negotiate_button = QPushButton()
        self.settle_button = QPushButton()
        self.contact_button = QPushButton()
        self.payment_button.clicked.connect(lambda: self._request("record_payment"))
        self.negotiate_button.clicked.connect(lambda: self._request("negotiate"))
        self.settle_button.clicked.connect(lambda: self._request("settle"))
        self.contact_button.clicked.connect(lambda: self._request("log_contact"))
        self.summary_button = QPushButton()
        self.summary_button.clicked.connect(self.export_summary)
        self.summary_button.setVisible(_has_letters())
        actions = QHBoxLayout()
        for button in (
            self.payment_button,
            self.negotiate_button,
            self.settle_button,
            self.contact_button,
            self.summary_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        self.sections = QTabWidget()
        self.overview_page = self._build_overview()
        self.schedule_page = self._build_schedule()
        self.payments_model = RowsTableModel(self._payment_headers, self)
        self.payments_view = _table(self.payments_model, "")
        self.contacts_view = QTextBrowser()
        self.contacts_view.setOpenLinks(False)
        self.documents_holder = QWidget()
        QVBoxLayout(self.documents_holder).setContentsMargins(0, 0, 0, 0)
        self.checklist_page = self._build_checklist()
        for page in (
            self.overview_page,
            self.schedule_page,
            self.payments_view,
            self.contacts_view,
            self.documents_holder,
            self.checklist_page,
        ):
            self.sections.addTab(page, "")
        self.sections.currentChanged.connect(self._section_shown)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.status)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.loading_label)
        layout.addLayout(actions)
        layout.addWidget(self.sections, 1)
        self.retranslate()
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _build_overview(self) -> QScrollArea:
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "platform",
            "lender",
            "contract",
            "borrowed",
            "principal",
            "received",
            "term",
            "stated_rate",
            "true_apr",
            "outstanding",
            "overdue",
            "next_due",
            "payoff",
            "paid",
            "settled",
        ):
            name, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            name.setBuddy(value)
            self.facts.addRow(name, value)
            self.fact_labels[key] = (name, value)
        self.warnings_title = QLabel()
        bold = QFont(self.warnings_title.font())
        bold.setBold(True)
        self.warnings_title.setFont(bold)
        self.warnings_box = QVBoxLayout()
        self.disclaimer = _muted(QLabel())
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(self.facts)
        layout.addSpacing(8)
        layout.addWidget(self.warnings_title)
        layout.addLayout(self.warnings_box)
        layout.addWidget(self.disclaimer)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _build_schedule(self) -> QWidget:
        self.plan_choice = QComboBox()
        self.plan_choice.currentIndexChanged.connect(self._show_plan)
        self.plan_label = QLabel()
        self.plan_label.setBuddy(self.plan_choice)
        self.plan_note = _muted(QLabel())
        self.schedule_model = RowsTableModel(self._schedule_headers, self)
        self.schedule_view = _table(self.schedule_model, "")
        page = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.plan_label)
        row.addWidget(self.plan_choice, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.plan_note)
        layout.addWidget(self.schedule_view, 1)
        return page

    def _build_checklist(self) -> QWidget:
        self.checklist_note = _muted(QLabel())
        self.checklist_model = RowsTableModel(self._checklist_headers, self)
        self.checklist_view = _table(self.checklist_model, "")
        self.checklist_view.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.checklist_note)
        layout.addWidget(self.checklist_view, 1)
        return page

    # -- words ------------------------------------------------------------------------------

    @staticmethod
    def _schedule_headers() -> list[str]:
        return [
            translate("LoanDetail", "No."),
            translate("LoanDetail", "Due"),
            translate("LoanDetail", "Payment"),
            translate("LoanDetail", "Principal"),
            translate("LoanDetail", "Interest and fees"),
            translate("LoanDetail", "Paid"),
            translate("LoanDetail", "Still owed"),
            translate("LoanDetail", "Status"),
            translate("LoanDetail", "Days late"),
        ]

    @staticmethod
    def _payment_headers() -> list[str]:
        return [
            translate("LoanDetail", "Paid on"),
            translate("LoanDetail", "Amount"),
            translate("LoanDetail", "How"),
            translate("LoanDetail", "From account"),
            translate("LoanDetail", "Paid to"),
            translate("LoanDetail", "Reference no."),
            translate("LoanDetail", "Note"),
        ]

    @staticmethod
    def _checklist_headers() -> list[str]:
        return [
            translate("LoanDetail", "Step"),
            translate("LoanDetail", "Done on"),
            translate("LoanDetail", "Follow up on"),
            translate("LoanDetail", "Note"),
        ]

    def title(self) -> str:
        if self.overview is None:
            return translate("LoanDetail", "Loan")
        loan = self.overview.loan
        tail = loan.contract_no[-4:] if loan.contract_no else str(loan.borrowed_on)
        return f"{self.overview.platform.name} · {tail}"

    def retranslate(self) -> None:
        self.payment_button.setText(translate("LoanDetail", "&Record a repayment…"))
        self.negotiate_button.setText(translate("LoanDetail", "&Negotiate…"))
        self.settle_button.setText(translate("LoanDetail", "&Settle and close…"))
        self.contact_button.setText(translate("LoanDetail", "Log a &contact…"))
        self.summary_button.setText(translate("LoanDetail", "Export settlement &summary…"))
        for index, name in enumerate(
            (
                translate("LoanDetail", "Overview"),
                translate("LoanDetail", "Schedule"),
                translate("LoanDetail", "Payments"),
                translate("LoanDetail", "Contacts"),
                translate("LoanDetail", "Documents"),
                translate("LoanDetail", "Settlement checklist"),
            )
        ):
            self.sections.setTabText(index, name)
        names = {
            "platform": translate("LoanDetail", "Platform"),
            "lender": translate("LoanDetail", "Lender (legal entity)"),
            "contract": translate("LoanDetail", "Contract no."),
            "borrowed": translate("LoanDetail", "Borrowed on"),
            "principal": translate("LoanDetail", "Loan amount"),
            "received": translate("LoanDetail", "Actually received"),
            "term": translate("LoanDetail", "Term and method"),
            "stated_rate": translate("LoanDetail", "Rate in the contract"),
            "true_apr": translate("LoanDetail", "True yearly cost (APR)"),
            "outstanding": translate("LoanDetail", "Principal still owed"),
            "overdue": translate("LoanDetail", "Overdue"),
            "next_due": translate("LoanDetail", "Next due"),
            "payoff": translate("LoanDetail", "To pay it all off today"),
            "paid": translate("LoanDetail", "Paid so far"),
            "settled": translate("LoanDetail", "Paid off on"),
        }
        for key, (name, value) in self.fact_labels.items():
            name.setText(names[key] + ":")
            value.setAccessibleName(names[key])
        self.warnings_title.setText(translate("LoanDetail", "Rate checks"))
        self.disclaimer.setText(text("disclaimer"))
        self.plan_label.setText(translate("LoanDetail", "&Plan:"))
        self.plan_choice.setAccessibleName(translate("LoanDetail", "Which plan to show"))
        self.schedule_view.setAccessibleName(translate("LoanDetail", "Installments"))
        self.payments_view.setAccessibleName(translate("LoanDetail", "Payments"))
        self.contacts_view.setAccessibleName(translate("LoanDetail", "Contacts with the lender"))
        self.checklist_view.setAccessibleName(translate("LoanDetail", "Settlement checklist"))
        self.loading_label.setText(translate("LoanDetail", "Loading…"))
        for model in (self.schedule_model, self.payments_model, self.checklist_model):
            model.retranslate()
        if self.overview is not None:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- contents ---------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.reader.busy

    def refresh(self) -> None:
        """Re-read the loan in a worker; what is shown stays until the new figures come."""
        if not self.vault.is_open:
            return
        self.loading_label.setVisible(self.overview is None and not self.problem.isVisible())
        self.reader.request()

    def _loaded(self, data: DetailData) -> None:
        self.overview = data.overview
        self.payments, self.contacts = data.payments, data.contacts
        self.milestones, self.credit_checks = data.milestones, data.credit_checks
        self.accounts = data.accounts
        self.loading_label.hide()
        self.problem.hide()
        self.sections.setEnabled(True)
        self._fill()
        if self.documents is not None:
            self.documents.refresh()
        self.loaded.emit()

    def _failed(self, text: str) -> None:
        """A known failure, e.g. the loan was deleted: say so instead of the loan."""
        self.overview = None
        self.loading_label.hide()
        self.problem.setText(text)
        self.problem.show()
        self.sections.setEnabled(False)
        self.loaded.emit()

    def clear(self) -> None:
        """Drop every record shown (before the vault locks: a read under way is waited for
        and its result dropped)."""
        self.reader.clear()
        self.overview = None
        self.payments, self.contacts, self.credit_checks = [], [], []
        self.milestones, self.accounts = {}, {}
        for model in (self.schedule_model, self.payments_model, self.checklist_model):
            model.set_rows([])
        self.contacts_view.clear()
        self.plan_choice.clear()
        for _name, value in self.fact_labels.values():
            value.clear()
        self.heading.clear()

    def show_section(self, name: str) -> None:
        if name in SECTIONS:
            self.sections.setCurrentIndex(SECTIONS.index(name))

    def _section_shown(self, index: int) -> None:
        if SECTIONS[index] == "documents" and self.documents is None and self.vault.is_open:
            from ui.attachment_panel import AttachmentPanel

            self.documents = AttachmentPanel(self.vault, "loan", self.loan_id)
            self.documents_holder.layout().addWidget(self.documents)

    def _request(self, name: str) -> None:
        self.form_requested.emit(name, self.loan_id)

    def _fill(self) -> None:
        overview = self.overview
        assert overview is not None
        loan = overview.loan
        self.heading.setText(f"{overview.platform.name}  {loan.contract_no}".strip())
        self.status.setText(status_text(loan.status))
        finished = loan.status in (LoanStatus.settled, LoanStatus.closed)
        self.negotiate_button.setEnabled(not finished)
        self.payment_button.setEnabled(loan.status is not LoanStatus.closed)
        self._fill_facts(overview)
        self._fill_warnings(overview)
        self._fill_plans(overview)
        self._fill_payments()
        self._fill_contacts()
        self._fill_checklist(overview)

    def _set_fact(self, key: str, value: str) -> None:
        name, label = self.fact_labels[key]
        label.setText(value)
        name.setVisible(bool(value))
        label.setVisible(bool(value))

    def _fill_facts(self, overview: LoanOverview) -> None:
        loan, platform, summary = overview.loan, overview.platform, overview.summary
        self._set_fact(
            "platform",
            platform.name
            + (
                "  " + translate("LoanDetail", "hotline %1").replace("%1", platform.hotline)
                if platform.hotline
                else ""
            ),
        )
        self._set_fact(
            "lender", platform.lender_entity if platform.lender_entity != platform.name else ""
        )
        self._set_fact("contract", loan.contract_no)
        self._set_fact("borrowed", loan.borrowed_on.isoformat())
        self._set_fact("principal", "¥" + format_fen(loan.principal))
        received = ""
        if loan.received != loan.principal:
            received = (
                translate("LoanDetail", "¥%1 (¥%2 kept back as a fee)")
                .replace("%1", format_fen(loan.received))
                .replace("%2", format_fen(loan.upfront_fee or loan.principal - loan.received))
            )
        self._set_fact("received", received)
        months = loan.term_months
        self._set_fact(
            "term",
            COUNTS.months(months) + " · " + choice(str(loan.method)),
        )
        stated = rate_text(str(loan.rate_kind), loan.rate_percent)
        if str(loan.rate_kind) != "annual":
            stated += " " + translate("LoanDetail", "(%1 % a year as stated)").replace(
                "%1", overview.stated_annual_percent
            )
        self._set_fact("stated_rate", stated)
        cost = overview.true_cost
        self._set_fact(
            "true_apr",
            translate("LoanDetail", "%1 (effective yearly rate %2)")
            .replace("%1", percent_text(cost.apr))
            .replace("%2", percent_text(cost.ear))
            if cost is not None
            else translate("LoanDetail", "Cannot be worked out from these figures"),
        )
        self._set_fact("outstanding", "¥" + format_fen(summary.outstanding_principal))
        overdue = ""
        late = summary.overdue_count
        if late:
            overdue = COUNTS.installments_owed(late).replace(
                "%1", format_fen(summary.overdue_amount)
            )
        self._set_fact("overdue", overdue)
        nxt = ""
        if summary.next_due_date is not None:
            nxt = (
                translate("LoanDetail", "¥%1 on %2")
                .replace("%1", format_fen(summary.next_due_amount))
                .replace("%2", summary.next_due_date.isoformat())
            )
        self._set_fact("next_due", nxt)
        self._set_fact(
            "payoff", "¥" + format_fen(summary.payoff_amount) if summary.settled_on is None else ""
        )
        total_paid = sum(r.reconciliation.summary.total_paid for r in overview.history)
        paid = "¥" + format_fen(total_paid)
        if summary.credit:
            paid += " " + translate("LoanDetail", "(¥%1 overpaid, kept as credit)").replace(
                "%1", format_fen(summary.credit)
            )
        self._set_fact("paid", paid)
        self._set_fact("settled", summary.settled_on.isoformat() if summary.settled_on else "")

    def _fill_warnings(self, overview: LoanOverview) -> None:
        while self.warnings_box.count():
            item = self.warnings_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not overview.warnings:
            self.warnings_box.addWidget(
                _muted(
                    QLabel(
                        translate(
                            "LoanDetail",
                            "No rate warnings: the true yearly cost is within the lines we check.",
                        )
                        if overview.true_cost is not None
                        else translate(
                            "LoanDetail",
                            "The rate could not be checked without the true yearly cost.",
                        )
                    )
                )
            )
        for warning in overview.warnings:
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            colour = SEVERITY_COLOURS.get(warning.severity, SEVERITY_COLOURS[Severity.info])
            box.setStyleSheet(
                f"QFrame {{ border-left: 4px solid {colour.name()}; border-radius: 4px; }}"
                " QLabel { border: none; }"
            )
            inner = QVBoxLayout(box)
            headline = QLabel(warning_text(warning))
            headline.setWordWrap(True)
            font = QFont(headline.font())
            font.setBold(True)
            headline.setFont(font)
            basis = _muted(
                QLabel(
                    translate("LoanDetail", "Basis: %1").replace(
                        "%1", text("basis." + str(warning.code))
                    )
                )
            )
            inner.addWidget(headline)
            inner.addWidget(basis)
            self.warnings_box.addWidget(box)

    def _fill_plans(self, overview: LoanOverview) -> None:
        current = self.plan_choice.currentIndex()
        keep = current if 0 <= current < len(overview.plans) else len(overview.plans) - 1
        self.plan_choice.blockSignals(True)
        self.plan_choice.clear()
        for index, (plan, result) in enumerate(zip(overview.plans, overview.history, strict=True)):
            name = (
                plan_kind_text(str(plan.kind))
                + " · "
                + translate("LoanDetail", "from %1").replace("%1", plan.effective_from.isoformat())
            )
            if result.superseded_on is not None or index < len(overview.plans) - 1:
                name += " · " + translate("LoanDetail", "superseded")
            else:
                name += " · " + translate("LoanDetail", "in force")
            self.plan_choice.addItem(name)
        self.plan_choice.setCurrentIndex(keep)
        self.plan_choice.blockSignals(False)
        self._show_plan(keep)

    def _show_plan(self, index: int) -> None:
        overview = self.overview
        if overview is None or not 0 <= index < len(overview.history):
            return
        plan, result = overview.plans[index], overview.history[index]
        superseded = index < len(overview.history) - 1
        note = plan.note
        if superseded:
            note = translate(
                "LoanDetail", "Superseded on %1 by a newer plan; shown as it stood then."
            ).replace(
                "%1", (result.superseded_on or overview.plans[index + 1].effective_from).isoformat()
            ) + (" " + note if note else "")
        self.plan_note.setText(note)
        self.plan_note.setVisible(bool(note))
        self.schedule_model.set_rows(
            [self._installment_row(s) for s in result.reconciliation.states]
        )

    @staticmethod
    def _installment_row(state: InstallmentState) -> list[Cell]:
        item = state.installment
        background = STATUS_COLOURS.get(state.status)
        late = state.days_late if state.status is Status.overdue or state.days_late else 0
        late_text = COUNTS.days(late) if late else ""

        def money(fen: int) -> Cell:
            return Cell(format_fen(fen), fen, background=background, right=True)

        return [
            Cell(str(item.n), item.n, background=background, right=True),
            Cell(item.due.isoformat(), item.due.toordinal(), background=background),
            money(item.payment),
            money(item.principal),
            money(item.interest + item.fee),
            money(state.paid),
            money(max(state.remaining, 0)),
            Cell(
                installment_status_text(state.status),
                background=background,
                foreground=OVERDUE_ACCENT
                if state.status is Status.overdue and not background
                else None,
            ),
            Cell(
                late_text,
                late,
                background=background,
                right=True,
                tooltip=translate("LoanDetail", "Paid this many days after the due date")
                if state.status is Status.paid and late
                else "",
            ),
        ]

    def _fill_payments(self) -> None:
        rows = []
        for payment in self.payments:
            account = self.accounts.get(payment.account_id or 0)
            flagged = not payment.payee_known
            payee = payment.payee
            if flagged:
                payee = translate(
                    "LoanDetail", "%1 — not an account known for this lender"
                ).replace("%1", payee)
            rows.append(
                [
                    Cell(payment.paid_on.isoformat(), payment.paid_on.toordinal()),
                    Cell(format_fen(payment.amount), payment.amount, right=True),
                    Cell(choice(str(payment.channel))),
                    Cell(account.masked if account is not None else ""),
                    Cell(
                        payee,
                        foreground=OVERDUE_ACCENT if flagged else None,
                        warn=flagged,
                        tooltip=text("flow.payee_unknown") if flagged else "",
                    ),
                    Cell(payment.reference_no),
                    Cell(payment.note),
                ]
            )
        self.payments_model.set_rows(rows)

    def _fill_contacts(self) -> None:
        if not self.contacts:
            self.contacts_view.setHtml(
                "<p>"
                + html.escape(
                    translate(
                        "LoanDetail",
                        "No contacts logged yet. Log every call and message "
                        "with the lender: when, who, what was said.",
                    )
                )
                + "</p>"
            )
            return
        parts = []
        for contact in self.contacts:
            who = " · ".join(
                x
                for x in (
                    choice(str(contact.channel)),
                    choice(str(contact.counterpart)),
                    contact.who,
                )
                if x
            )
            block = [
                f"<h3>{contact.happened_on.isoformat()}</h3>",
                f"<p><i>{html.escape(who)}</i></p>",
            ]
            for label, value in (
                (translate("LoanDetail", "Asked / said"), contact.asked),
                (translate("LoanDetail", "Outcome"), contact.outcome),
            ):
                if value:
                    block.append(f"<p><b>{html.escape(label)}:</b> {html.escape(value)}</p>")
            if contact.next_step or contact.next_step_on:
                when = f" ({contact.next_step_on.isoformat()})" if contact.next_step_on else ""
                label = html.escape(translate("LoanDetail", "Next step"))
                block.append(f"<p><b>{label}:</b> {html.escape(contact.next_step)}{when}</p>")
            parts.append("".join(block))
        self.contacts_view.setHtml("<hr/>".join(parts))

    def _fill_checklist(self, overview: LoanOverview) -> None:
        report_wrong = (
            any(c.shows_settled is False for c in self.credit_checks)
            or "dispute_filed" in self.milestones
        )
        rows = []
        for step in checklist.steps_for(overview.loan.secured, report_wrong):
            milestone = self.milestones.get(step.key)
            done = milestone.done_on if milestone else None
            follow = milestone.follow_up_on if milestone else None
            rows.append(
                [
                    Cell(
                        ("✓ " if done else "○ ") + step_title(step.key), tooltip=step_hint(step.key)
                    ),
                    Cell(
                        done.isoformat() if done else translate("LoanDetail", "Not yet"),
                        done.toordinal() if done else 0,
                    ),
                    Cell(
                        follow.isoformat() if follow else "",
                        foreground=OVERDUE_ACCENT
                        if follow and not done and follow < date.today()
                        else None,
                    ),
                    Cell(milestone.note if milestone else ""),
                ]
            )
        self.checklist_model.set_rows(rows)
        settled_on = overview.summary.settled_on
        if settled_on is not None:
            start, end = checklist.credit_check_window(settled_on)
            note = (
                translate(
                    "LoanDetail",
                    "Paid off on %1. Check your credit report between %2 and %3: it should "
                    "show the account as 结清 (settled).",
                )
                .replace("%1", settled_on.isoformat())
                .replace("%2", start.isoformat())
                .replace("%3", end.isoformat())
            )
        else:
            note = translate(
                "LoanDetail",
                "These steps start once the loan is paid off. Use “Settle and close” "
                "to record each one.",
            )
        self.checklist_note.setText(note)

    # -- settlement summary -----------------------------------------------------------------

    def export_summary(self) -> None:
        letters = _letters()
        if letters is None or self.overview is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from ui.workers import Job

        suggested = f"{self.overview.platform.name}-{self.overview.loan.contract_no or 'loan'}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("LoanDetail", "Export settlement summary"),
            suggested,
            translate("LoanDetail", "PDF files (*.pdf)"),
        )
        if not chosen or not self.vault.is_open:
            return
        from pathlib import Path

        from PySide6.QtCore import QLocale

        language = "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
        job = Job(self)
        job.failed.connect(self._export_failed)
        job.succeeded.connect(lambda path: self.summary_written.emit(str(path)))
        self._summary_job = job
        job.start(_write_summary, letters, self.vault, self.loan_id, Path(chosen), language)

    def _export_failed(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ui.messages import handle_job_error

        message = handle_job_error(error)
        if message:
            QMessageBox.warning(self, translate("LoanDetail", "Export settlement summary"), message)


def _write_summary(letters: Any, vault: Any, loan_id: int, out: Any, language: str) -> Any:
    with vault.snapshot() as db:
        return letters.write_settlement_summary(db, loan_id, out, language)


def _has_letters() -> bool:
    """Whether vault.letters is installed (found without importing it: it loads ReportLab)."""
    import importlib.util

    return importlib.util.find_spec("vault.letters") is not None


def _letters() -> Any:
    """vault.letters when it is installed with the settlement summary, else None."""
    import importlib.util

    if importlib.util.find_spec("vault.letters") is None:
        return None
    import vault.letters as letters

    return letters if hasattr(letters, "write_settlement_summary") else None
