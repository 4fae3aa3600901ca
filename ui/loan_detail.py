"""One loan in full, as a closable tab of the main window.

Sections: Overview (key facts, stated rate against the true APR, rate warnings with their
basis, payoff today, next due), Schedule (installments with status and days late; older
plans kept as superseded history), Payments (with the unknown-payee flag), Contacts (a
timeline), Documents (the loan's AttachmentPanel) and the Settlement checklist. Buttons
open the guided forms for this loan through `form_requested(name, loan_id)`.

Every payment, contact and checklist step has its own documents too: choosing one shows
its AttachmentPanel below the table (drop, paste, add, open, export), each row shows a
paperclip with its count, and a document of the loan can be linked to any of them
("Also link to…" on its context menu). Files dropped on a payment's row, a contact in the
timeline or a step's row go to that record: it is chosen, and its panel adds them.
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
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDropEvent,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextBlock,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.loans_model import OVERDUE_ACCENT, percent_text, status_text, warning_icon
from ui.prepay_dialog import PrepayButton
from ui.widgets.fact_rows import add_fact_rows
from ui.widgets.file_drops import FileDropRows, local_files, take_file_drops
from ui.widgets.schedule_table import STATUS_COLOURS
from ui.widgets.schedule_table import status_text as installment_status_text
from ui.wizards.texts import choice, step_hint, step_title, text
from ui.workers import VaultReader
from vault import attachments, checklist, repository
from vault.errors import VaultError
from vault.money import format_fen
from vault.overview import LoanOverview, loan_overview
from vault.reconcile import InstallmentState, Status
from vault.records import Account, Contact, CreditCheck, LoanStatus, Milestone, Payment, PlanKind
from vault.thresholds import RateWarning, Severity

translate = QCoreApplication.translate
SECTIONS = ("overview", "schedule", "payments", "contacts", "documents", "checklist")
SCHEDULE_PENALTY = 5  # the schedule's penalty interest column
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

    def documents(self, n: int) -> str:
        return self.tr("%n document(s)", "", n)

    def on_payments(self, n: int) -> str:
        return self.tr("%n on payments", "", n)

    def on_contacts(self, n: int) -> str:
        return self.tr("%n on contacts", "", n)

    def on_steps(self, n: int) -> str:
        return self.tr("%n on checklist steps", "", n)


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
    # How many documents each payment, contact and milestone has: {(record_type, id): n}.
    document_counts: dict[tuple[str, int], int]


def document_counts(db: Any, loan_id: int) -> dict[tuple[str, int], int]:
    """One grouped query over the links of this loan's payments, contacts and steps."""
    rows = db.execute(
        "SELECT record_type, record_id, count(*) FROM attachment_link WHERE "
        "(record_type = 'payment' AND record_id IN (SELECT id FROM payment WHERE loan_id = ?))"
        " OR (record_type = 'contact' AND record_id IN (SELECT id FROM contact WHERE loan_id = ?))"
        " OR (record_type = 'milestone'"
        " AND record_id IN (SELECT id FROM milestone WHERE loan_id = ?))"
        " GROUP BY record_type, record_id",
        (loan_id, loan_id, loan_id),
    ).fetchall()
    return {(kind, record_id): count for kind, record_id, count in rows}


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
        document_counts=document_counts(db, loan_id),
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
    clip: bool = False  # shows the paperclip (the record has documents)


class RowsTableModel(FileDropRows, QAbstractTableModel):
    """Read-only rows of prepared cells; `headers()` is re-asked on every language change.
    With `takes_files` each row (a record) takes dropped files: `files_dropped(row, paths)`."""

    def __init__(
        self, headers: Callable[[], Sequence[str]], parent: Any = None, *,
        takes_files: bool = False,
    ) -> None:
        super().__init__(parent)
        self.takes_files = takes_files
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
        if role == Qt.ItemDataRole.DecorationRole and cell.clip:
            return paperclip_icon()
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


_PAPERCLIP: list[QIcon] = []


def paperclip_pixmap(size: int = 16, colour: str = "#5f6368") -> QPixmap:
    """A paperclip drawn in code (no emoji font is needed; Windows and Linux look alike)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour), 1.25 * size / 16))
    s = size / 16
    # Three nested wires: inner U (x 6–9), the top turn (x 6–11), outer U (x 4–11).
    path = QPainterPath()
    path.moveTo(9 * s, 5 * s)
    path.lineTo(9 * s, 11.5 * s)
    path.arcTo(6 * s, 10 * s, 3 * s, 3 * s, 0, -180)
    path.lineTo(6 * s, 3.5 * s)
    path.arcTo(6 * s, 1 * s, 5 * s, 5 * s, 180, -180)
    path.lineTo(11 * s, 11.5 * s)
    path.arcTo(4 * s, 8 * s, 7 * s, 7 * s, 0, -180)
    path.lineTo(4 * s, 5 * s)
    painter.drawPath(path)
    painter.end()
    return pixmap


def paperclip_icon() -> QIcon:
    if not _PAPERCLIP:
        icon = QIcon()
        for size in (16, 32):  # 32 for high-DPI screens
            icon.addPixmap(paperclip_pixmap(size))
            icon.addPixmap(paperclip_pixmap(size, "#ffffff"), QIcon.Mode.Selected)
        _PAPERCLIP.append(icon)
    return _PAPERCLIP[0]


def count_cell(n: int) -> Cell:
    """The paperclip column: empty for a record without documents."""
    return Cell(str(n) if n else "", n, clip=bool(n), tooltip=COUNTS.documents(n) if n else "")


def _note_stretches(view: QTableView, column: int) -> None:
    """The note takes the spare width, so the narrow paperclip column can come last."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def _muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    return label


# -- the documents of a payment, contact or step -------------------------------------------


def _evidence_panel_class() -> type:
    """AttachmentPanel (imported on first use, as the Documents tab does) that can create its
    record when the first document comes in: a checklist step has no row until then."""
    from ui import messages
    from ui.attachment_panel import AttachmentPanel

    class EvidencePanel(AttachmentPanel):  # type: ignore[misc,valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.make_record: Callable[[], int] | None = None
            # The row made for this add and how it was made, until it has a document.
            self.made: tuple[int, Callable[[], int]] | None = None

        def pending(self, record_type: str, make_record: Callable[[], int]) -> None:
            """Show an empty panel; `make_record()` runs just before the first ingest."""
            self.make_record = make_record
            self.set_record(record_type, 0)

        def set_record(self, record_type: str, record_id: int) -> None:
            if record_id:
                self.make_record = None
            super().set_record(record_type, record_id)

        def _ready(self) -> bool:
            if self.make_record is None:
                return True
            try:
                record_id = self.make_record()
            except VaultError as error:
                messages.show_error(self, error)
                return False
            self.made, self.make_record = (record_id, self.make_record), None
            self.record_id = record_id
            return True

        def add_files(self, paths: list[str]) -> None:
            if self.intake.busy or not self._ready():
                return
            super().add_files(paths)

        def _files_added(self) -> None:
            # Before the page is told: it reads the step as it stays, made or not.
            self._drop_unused_record()
            super()._files_added()

        def add_image(self, image: Any) -> Any:
            if not self._ready():
                return None
            result = super().add_image(image)
            self._drop_unused_record()
            return result

        def _drop_unused_record(self) -> None:
            """Nothing half-saved: if every file was refused or cancelled, the row made for
            them goes again (it has no date, note or document yet), and the panel waits
            for a document as before."""
            if self.made is None:
                return
            (made, make_record), self.made = self.made, None
            if not self.vault.is_open:
                return
            with self.vault.transaction() as db:
                if attachments.attachments_of(db, self.record_type, made):
                    return
                db.execute(
                    "DELETE FROM milestone WHERE id = ? AND done_on IS NULL "
                    "AND follow_up_on IS NULL AND note = ''",
                    (made,),
                )
            if self.record_id == made:
                self.record_id, self.make_record = 0, make_record

    return EvidencePanel


class RecordDocuments(QWidget):
    """Below a section's table: a hint while nothing is chosen, else a caption and the
    chosen record's AttachmentPanel (made on first use)."""

    def __init__(self, vault: Any, changed: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.vault = vault
        self.changed = changed
        self.panel: Any = None
        self.hint = _muted(QLabel())
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        bold = QFont(self.caption.font())
        bold.setBold(True)
        self.caption.setFont(bold)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.layout_.addWidget(self.hint)
        self.layout_.addWidget(self.caption)
        self.layout_.addStretch(1)
        self.caption.hide()

    def show_nothing(self) -> None:
        self.hint.show()
        self.caption.hide()
        if self.panel is not None:
            self.panel.hide()
            self.panel.model.set_rows([])

    def show_record(
        self, caption: str, record_type: str, record_id: int | None,
        make_record: Callable[[], int] | None = None,
    ) -> None:
        """Bind the panel to a record, or (record_id None) to one `make_record` will create."""
        if self.panel is None:
            self.panel = _evidence_panel_class()(self.vault, record_type, record_id or 0)
            self.panel.documents_changed.connect(self.changed)
            # One whole row of thumbnails stays visible however far the splitter moves.
            view = self.panel.view
            self.panel.layout().setContentsMargins(0, 0, 0, 0)  # in line with the caption
            view.setMinimumHeight(view.gridSize().height() + 2 * view.frameWidth() + 4)
            self.layout_.insertWidget(2, self.panel, 1)
            self.layout_.takeAt(self.layout_.count() - 1)  # the panel stretches instead
        if record_id is None:
            assert make_record is not None
            self.panel.pending(record_type, make_record)
        elif (self.panel.record_type, self.panel.record_id) != (record_type, record_id):
            self.panel.set_record(record_type, record_id)
        self.hint.hide()
        self.caption.setText(caption)
        self.caption.show()
        self.panel.show()


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
        self.document_counts: dict[tuple[str, int], int] = {}
        self.checklist_steps: list[str] = []  # the step key of each checklist row
        # What is chosen in each section, kept across refreshes: a payment or contact id,
        # a step key.
        self.chosen: dict[str, Any] = {}
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
        self.payments_model = RowsTableModel(self._payment_headers, self, takes_files=True)
        self.payments_view = _table(self.payments_model, "")
        _note_stretches(self.payments_view, 6)
        self.payment_documents = RecordDocuments(vault, self.refresh)
        self.payments_view.selectionModel().selectionChanged.connect(self._payment_chosen)
        take_file_drops(self.payments_view)
        self.payments_model.files_dropped.connect(
            partial(self._dropped_on_row, self.payments_view, self.payment_documents)
        )
        self.payments_page = _split(self.payments_view, self.payment_documents)
        self.contacts_view = QTextBrowser()
        self.contacts_view.setOpenLinks(False)
        self.contacts_view.anchorClicked.connect(self._contact_clicked)
        self.contacts_view.document().addResource(
            3, _CLIP_URL, paperclip_pixmap()  # 3: QTextDocument.ImageResource
        )
        self.contact_documents = RecordDocuments(vault, self.refresh)
        self.contacts_page = _split(self.contacts_view, self.contact_documents)
        self.drop_contact: int | None = None  # the contact files are being dragged over
        self.contacts_view.viewport().setAcceptDrops(True)
        self.contacts_view.viewport().installEventFilter(self)
        self.documents_holder = QWidget()
        self.linked_elsewhere = _muted(QLabel())
        self.linked_elsewhere.hide()
        holder = QVBoxLayout(self.documents_holder)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.linked_elsewhere)
        self.checklist_page = self._build_checklist()
        for page in (
            self.overview_page,
            self.schedule_page,
            self.payments_page,
            self.contacts_page,
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
        self.fact_labels = add_fact_rows(self.facts, (
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
            "interest_due",
            "penalty",
            "overdue",
            "next_due",
            "upcoming",
            "payoff",
            "paid",
            "settled",
        ))
        self.warnings_title = QLabel()
        bold = QFont(self.warnings_title.font())
        bold.setBold(True)
        self.warnings_title.setFont(bold)
        self.warnings_box = QVBoxLayout()
        self.disclaimer = _muted(QLabel())
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(self.facts)
        self.prepay_button = PrepayButton(self)  # what if I pay part early?
        layout.addWidget(self.prepay_button, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.checklist_model = RowsTableModel(self._checklist_headers, self, takes_files=True)
        self.checklist_view = _table(self.checklist_model, "")
        self.checklist_view.setWordWrap(True)
        _note_stretches(self.checklist_view, 3)
        self.checklist_view.selectionModel().selectionChanged.connect(self._step_chosen)
        self.step_documents = RecordDocuments(self.vault, self.refresh)
        take_file_drops(self.checklist_view)
        self.checklist_model.files_dropped.connect(
            partial(self._dropped_on_row, self.checklist_view, self.step_documents)
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checklist_note)
        layout.addWidget(_split(self.checklist_view, self.step_documents), 1)
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
            translate("LoanDetail", "Penalty interest"),
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
            translate("LoanDetail", "Files"),
        ]

    @staticmethod
    def _checklist_headers() -> list[str]:
        return [
            translate("LoanDetail", "Step"),
            translate("LoanDetail", "Done on"),
            translate("LoanDetail", "Follow up on"),
            translate("LoanDetail", "Note"),
            translate("LoanDetail", "Files"),
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
            "interest_due": translate("LoanDetail", "Interest and fees due, unpaid"),
            "penalty": translate("LoanDetail", "Penalty interest (罚息)"),
            "overdue": translate("LoanDetail", "Overdue"),
            "next_due": translate("LoanDetail", "Next due"),
            "upcoming": translate("LoanDetail", "New plan agreed"),
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
        self.payment_documents.hint.setText(
            translate(
                "LoanDetail",
                "Choose a payment to see or add its receipts, or drop files on its row.",
            )
        )
        self.contact_documents.hint.setText(
            translate(
                "LoanDetail",
                "Click a contact’s date to see or add its screenshots and call recordings, "
                "or drop files on it.",
            )
        )
        self.step_documents.hint.setText(
            translate(
                "LoanDetail",
                "Choose a step to see or add its evidence (the settlement certificate, "
                "a credit report, the bank’s confirmation…), or drop files on its row.",
            )
        )
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
        self.document_counts = data.document_counts
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
        self.document_counts, self.checklist_steps, self.chosen = {}, [], {}
        self.drop_contact = None
        for model in (self.schedule_model, self.payments_model, self.checklist_model):
            model.set_rows([])
        for box in (self.payment_documents, self.contact_documents, self.step_documents):
            box.show_nothing()
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
            self.documents.extend_menu = self._also_link_menu
            self.documents.documents_changed.connect(self.refresh)
            self.documents_holder.layout().addWidget(self.documents)

    def _request(self, name: str) -> None:
        self.form_requested.emit(name, self.loan_id)

    def _fill(self) -> None:
        overview = self.overview
        assert overview is not None
        loan = overview.loan
        self.heading.setText(f"{overview.platform.name}  {loan.contract_no}".strip())
        status = overview.status  # as of today, not as last saved
        self.status.setText(status_text(status))
        finished = status in (LoanStatus.settled, LoanStatus.closed)
        self.negotiate_button.setEnabled(not finished)
        self.payment_button.setEnabled(status is not LoanStatus.closed)
        self._fill_facts(overview)
        self._fill_warnings(overview)
        self._fill_plans(overview)
        self._fill_payments()
        self._fill_contacts()
        self._fill_checklist(overview)
        self._fill_linked_elsewhere()

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
        self._set_fact(
            "interest_due", "¥" + format_fen(summary.interest_due) if summary.settled_on is None
            else "",
        )
        penalty = ""
        if summary.penalty_due:
            penalty = "¥" + format_fen(summary.penalty_due)
            if loan.penalty_rate_kind is not None and loan.penalty_rate_percent is not None:
                penalty += " " + translate(
                    "LoanDetail", "(at %1 on the overdue principal)"
                ).replace("%1", rate_text(str(loan.penalty_rate_kind), loan.penalty_rate_percent))
        self._set_fact("penalty", penalty)
        overdue = ""
        late = summary.overdue_count
        if late:
            overdue = COUNTS.installments_owed(late).replace(
                "%1", format_fen(summary.overdue_amount)
            )
            if summary.penalty_due:
                overdue += " " + translate("LoanDetail", "(penalty interest included)")
        self._set_fact("overdue", overdue)
        nxt = ""
        following = overview.next_due  # a plan agreed to start later counts from its start
        if following is not None:
            nxt = (
                translate("LoanDetail", "¥%1 on %2")
                .replace("%1", format_fen(following.amount))
                .replace("%2", following.on.isoformat())
            )
        self._set_fact("next_due", nxt)
        self._set_fact(
            "upcoming",
            "; ".join(
                translate("LoanDetail", "%1, takes effect on %2")
                .replace("%1", plan_kind_text(str(plan.kind)))
                .replace("%2", plan.effective_from.isoformat())
                for plan in overview.upcoming
            ),
        )
        self._set_fact(
            "payoff", "¥" + format_fen(summary.payoff_amount) if summary.settled_on is None else ""
        )
        paid = "¥" + format_fen(overview.total_paid)
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
        """Each plan, named by where it stands today: superseded, in force, or agreed and
        taking effect on a later date (until then the plan in force still applies)."""
        current = self.plan_choice.currentIndex()
        in_force = overview.in_force
        keep = current if 0 <= current < len(overview.plans) else in_force
        self.plan_choice.blockSignals(True)
        self.plan_choice.clear()
        for index, plan in enumerate(overview.plans):
            name = (
                plan_kind_text(str(plan.kind))
                + " · "
                + translate("LoanDetail", "from %1").replace("%1", plan.effective_from.isoformat())
            )
            if index < in_force:
                name += " · " + translate("LoanDetail", "superseded")
            elif index == in_force:
                name += " · " + translate("LoanDetail", "in force")
            else:
                name += " · " + translate("LoanDetail", "takes effect on %1").replace(
                    "%1", plan.effective_from.isoformat()
                )
            self.plan_choice.addItem(name)
        self.plan_choice.setCurrentIndex(keep)
        self.plan_choice.blockSignals(False)
        self._show_plan(keep)

    def _show_plan(self, index: int) -> None:
        overview = self.overview
        if overview is None or not 0 <= index < len(overview.history):
            return
        plan, result = overview.plans[index], overview.history[index]
        in_force = overview.in_force
        note = plan.note
        if index < in_force:
            note = translate(
                "LoanDetail", "Superseded on %1 by a newer plan; shown as it stood then."
            ).replace(
                "%1", (result.superseded_on or overview.plans[index + 1].effective_from).isoformat()
            ) + (" " + note if note else "")
        elif index > in_force:
            note = translate(
                "LoanDetail",
                "Agreed, and takes effect on %1. Until then the plan in force still applies: "
                "nothing here is owed yet.",
            ).replace("%1", plan.effective_from.isoformat()) + (" " + note if note else "")
        self.plan_note.setText(note)
        self.plan_note.setVisible(bool(note))
        states = result.reconciliation.states
        self.schedule_model.set_rows([self._installment_row(s) for s in states])
        # The penalty column shows only for a plan that has any penalty interest.
        self.schedule_view.setColumnHidden(
            SCHEDULE_PENALTY, not any(state.penalty for state in states)
        )

    @staticmethod
    def _installment_row(state: InstallmentState) -> list[Cell]:
        item = state.installment
        background = STATUS_COLOURS.get(state.status)
        late = state.days_late if state.status is Status.overdue or state.days_late else 0
        late_text = COUNTS.days(late) if late else ""

        def money(fen: int, tooltip: str = "") -> Cell:
            return Cell(format_fen(fen), fen, background=background, right=True, tooltip=tooltip)

        # What is owed, not what was scheduled: paying early (or off) changes the interest,
        # so the row adds up (payment = principal + interest; paid + still owed = payment +
        # penalty).
        scheduled = ""
        if state.waived:
            scheduled = translate(
                "LoanDetail", "Scheduled: ¥%1. Paying early changes the interest owed: it "
                "counts only the days the principal was actually owed.",
            ).replace("%1", format_fen(item.interest + item.fee))
        return [
            Cell(str(item.n), item.n, background=background, right=True),
            Cell(item.due.isoformat(), item.due.toordinal(), background=background),
            money(item.payment - state.waived),
            money(item.principal),
            money(state.charges, scheduled),
            Cell(
                format_fen(state.penalty) if state.penalty else "",
                state.penalty,
                background=background,
                right=True,
                tooltip=translate(
                    "LoanDetail",
                    "Penalty interest on this installment’s overdue principal so far: ¥%1, "
                    "of which ¥%2 is paid",
                )
                .replace("%1", format_fen(state.penalty))
                .replace("%2", format_fen(state.paid_penalty))
                if state.penalty
                else "",
            ),
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
                    count_cell(self.document_counts.get(("payment", payment.id or 0), 0)),
                ]
            )
        self.payments_model.set_rows(rows)
        ids = [p.id for p in self.payments]
        _reselect(self.payments_view, ids, self.chosen.get("payment"))
        if self.chosen.get("payment") not in ids:
            self.chosen.pop("payment", None)
            self.payment_documents.show_nothing()

    def _fill_contacts(self) -> None:
        chosen = self.chosen.get("contact")
        if chosen not in [c.id for c in self.contacts]:
            self.chosen.pop("contact", None)
            self.contact_documents.show_nothing()
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
            count = self.document_counts.get(("contact", contact.id or 0), 0)
            clip = (
                f' &nbsp;<img src="{_CLIP_URL.toString()}" width="16" height="16"/> '
                + html.escape(COUNTS.documents(count))
                if count
                else ""
            )
            block = [
                f'<h3><a href="contact:{contact.id}">{contact.happened_on.isoformat()}</a>'
                f"{clip}</h3>",
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
            if contact.id in (chosen, self.drop_contact):
                # The chosen contact stands out, as a selected row would; the one files are
                # dragged over, in the selection colour.
                shade = self.palette().color(QPalette.ColorRole.AlternateBase).name()
                if contact.id == self.drop_contact:
                    shade = _tint(self.palette()).name()
                block = [
                    f'<table width="100%" cellpadding="6" bgcolor="{shade}"><tr><td>',
                    *block,
                    "</td></tr></table>",
                ]
            parts.append("".join(block))
        scroll = self.contacts_view.verticalScrollBar().value()
        self.contacts_view.setHtml("<hr/>".join(parts))
        self.contacts_view.verticalScrollBar().setValue(scroll)

    def _fill_checklist(self, overview: LoanOverview) -> None:
        report_wrong = (
            any(c.shows_settled is False for c in self.credit_checks)
            or "dispute_filed" in self.milestones
        )
        rows = []
        steps = checklist.steps_for(overview.loan.secured, report_wrong)
        self.checklist_steps = [step.key for step in steps]
        for step in steps:
            milestone = self.milestones.get(step.key)
            done = milestone.done_on if milestone else None
            follow = milestone.follow_up_on if milestone else None
            documents = self.document_counts.get(("milestone", getattr(milestone, "id", 0)), 0)
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
                    count_cell(documents),
                ]
            )
        self.checklist_model.set_rows(rows)
        _reselect(self.checklist_view, self.checklist_steps, self.chosen.get("step"))
        if self.chosen.get("step") not in self.checklist_steps:
            self.chosen.pop("step", None)
            self.step_documents.show_nothing()
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

    def _fill_linked_elsewhere(self) -> None:
        """The Documents tab shows the loan's own documents; this line says how many more
        are kept on its payments, contacts and steps (each shown in its own tab)."""
        totals = dict.fromkeys(("payment", "contact", "milestone"), 0)
        for (kind, _record_id), count in self.document_counts.items():
            totals[kind] += count
        parts = [
            phrase(totals[kind])
            for kind, phrase in (
                ("payment", COUNTS.on_payments),
                ("contact", COUNTS.on_contacts),
                ("milestone", COUNTS.on_steps),
            )
            if totals[kind]
        ]
        self.linked_elsewhere.setText(
            translate(
                "LoanDetail",
                "More documents of this loan, kept on its records (choose the record in its "
                "tab to see them): %1.",
            ).replace("%1", translate("LoanDetail", ", ").join(parts))
        )
        self.linked_elsewhere.setVisible(bool(parts))

    # -- the documents of payments, contacts and steps --------------------------------------

    def payment_caption(self, payment: Payment) -> str:
        return (
            translate("LoanDetail", "Receipts for the payment of ¥%1 on %2")
            .replace("%1", format_fen(payment.amount))
            .replace("%2", payment.paid_on.isoformat())
        )

    def contact_caption(self, contact: Contact) -> str:
        return translate("LoanDetail", "Documents of the contact on %1 (%2)").replace(
            "%1", contact.happened_on.isoformat()
        ).replace("%2", choice(str(contact.channel)))

    def step_caption(self, key: str) -> str:
        return translate("LoanDetail", "Evidence for the step “%1”").replace(
            "%1", step_title(key)
        )

    def _payment_chosen(self) -> None:
        rows = self.payments_view.selectionModel().selectedRows()
        if not rows:
            self.chosen.pop("payment", None)
            self.payment_documents.show_nothing()
            return
        payment = self.payments[rows[0].row()]
        self.chosen["payment"] = payment.id
        self.payment_documents.show_record(
            self.payment_caption(payment), "payment", payment.id or 0
        )

    def choose_contact(self, contact_id: int) -> None:
        contact = next((c for c in self.contacts if c.id == contact_id), None)
        if contact is None:
            return
        self.chosen["contact"] = contact_id
        self.contact_documents.show_record(self.contact_caption(contact), "contact", contact_id)
        self._fill_contacts()

    def _contact_clicked(self, url: Any) -> None:
        kind, _, number = url.toString().partition(":")
        if kind == "contact" and number.isdigit():
            self.choose_contact(int(number))

    def _step_chosen(self) -> None:
        rows = self.checklist_view.selectionModel().selectedRows()
        if not rows:
            self.chosen.pop("step", None)
            self.step_documents.show_nothing()
            return
        key = self.checklist_steps[rows[0].row()]
        self.chosen["step"] = key
        milestone = self.milestones.get(key)
        # A step the user has not recorded yet has no row. Its evidence often comes first
        # (the certificate arrives before anyone thinks of dates), so the panel takes
        # documents at once: the step's row, without a date, is made just before the first
        # document is stored, and removed again if none is.
        self.step_documents.show_record(
            self.step_caption(key), "milestone", milestone.id if milestone else None,
            make_record=partial(self._make_step, key),
        )

    def _make_step(self, key: str) -> int:
        with self.vault.transaction() as db:
            return self._step_id(db, key)

    def _step_id(self, db: Any, key: str) -> int:
        """The step's milestone row, made (without a date) if the step has none yet."""
        row = db.execute(
            "SELECT id FROM milestone WHERE loan_id = ? AND step = ?", (self.loan_id, key)
        ).fetchone()
        if row is not None:
            return int(row[0])
        made = repository.insert(db, Milestone(loan_id=self.loan_id, step=key))
        assert made.id is not None
        return made.id

    def _also_link_menu(self, menu: QMenu, attachment_id: int) -> None:
        """"Also link to…": this loan's payments, contacts and steps (ticked if linked)."""
        with self.vault.snapshot() as db:
            linked = {(link.record_type, link.record_id)
                      for link in attachments.links_of(db, attachment_id)}
        sub = menu.addMenu(translate("LoanDetail", "Also link to…"))
        targets: list[tuple[str, list[tuple[str, str, Any]]]] = [
            (
                translate("LoanDetail", "Payments"),
                [("payment", self.payment_caption(p), p.id) for p in self.payments],
            ),
            (
                translate("LoanDetail", "Contacts"),
                [("contact", self.contact_caption(c), c.id) for c in self.contacts],
            ),
            (
                translate("LoanDetail", "Settlement checklist"),
                [("milestone", step_title(key), key) for key in self.checklist_steps],
            ),
        ]
        for heading, items in targets:
            if not items:
                continue
            sub.addSection(heading)
            for record_type, label, target in items:
                record_id = target
                if record_type == "milestone":
                    record_id = getattr(self.milestones.get(target), "id", None)
                action = sub.addAction(label)
                done = (record_type, record_id) in linked
                action.setCheckable(True)
                action.setChecked(done)
                action.setEnabled(not done)
                action.triggered.connect(
                    partial(self.link_document, attachment_id, record_type, target)
                )

    def link_document(
        self, attachment_id: int, record_type: str, target: Any, *_checked: Any
    ) -> None:
        """Link a stored document to a payment or contact (id) or a step (key): one
        transaction, which also makes the step's row if it has none yet."""
        try:
            with self.vault.transaction() as db:
                record_id = self._step_id(db, target) if record_type == "milestone" else target
                attachments.link(db, attachment_id, record_type, record_id)
        except VaultError as error:
            from ui import messages

            messages.show_error(self, error)
            return
        self.refresh()

    # -- files dropped on a record ----------------------------------------------------------

    def _dropped_on_row(
        self, view: QTableView, box: RecordDocuments, row: int, paths: list[str]
    ) -> None:
        """Files dropped on a payment's or a step's row: the record is chosen (its panel
        shows) and its panel adds them, as if they were dropped there."""
        view.selectRow(row)
        if box.panel is not None and box.panel.isVisibleTo(self):
            box.panel.add_files(paths)

    def contact_at(self, point: Any) -> int | None:
        """The contact of the timeline at a point of its viewport: the one whose entry,
        from its date heading down to the next one's, holds the point."""
        if not self.contacts:
            return None
        block = self.contacts_view.cursorForPosition(point).block()
        while block.isValid():
            contact_id = _contact_link(block)
            if contact_id is not None:
                return contact_id
            block = block.previous()
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _DRAG_EVENTS and watched is self.contacts_view.viewport():
            self._contact_drag(event)
            return True
        return super().eventFilter(watched, event)

    def _contact_drag(self, event: Any) -> None:
        """Files dragged over the timeline: the contact under the cursor is marked, and a
        drop there adds them to it, as its panel would."""
        if event.type() == QEvent.Type.DragLeave:
            self._mark_drop_contact(None)
            return
        assert isinstance(event, QDropEvent)  # a drag enter or move is one too
        files = local_files(event.mimeData())
        can_copy = bool(event.possibleActions() & Qt.DropAction.CopyAction)
        contact_id = self.contact_at(event.position().toPoint()) if files and can_copy else None
        if event.type() == QEvent.Type.DragEnter and files and can_copy:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()  # so the moves that follow come here, on a contact or not
        elif contact_id is not None:
            event.setDropAction(Qt.DropAction.CopyAction)  # the user's file stays put
            event.accept()
        else:
            event.ignore()
        if event.type() != QEvent.Type.Drop:
            self._mark_drop_contact(contact_id)
            return
        self._mark_drop_contact(None)
        if contact_id is not None:
            self.choose_contact(contact_id)
            panel = self.contact_documents.panel
            if panel is not None:
                panel.add_files(files)

    def _mark_drop_contact(self, contact_id: int | None) -> None:
        if contact_id != self.drop_contact:
            self.drop_contact = contact_id
            self._fill_contacts()

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


_CLIP_URL = QUrl("jieqing:paperclip")
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.DragLeave, QEvent.Type.Drop)


def _tint(palette: QPalette) -> QColor:
    """A light wash of the selection colour over the base, for a drop target."""
    base = palette.color(QPalette.ColorRole.Base)
    mark = palette.color(QPalette.ColorRole.Highlight)

    def mix(b: int, m: int) -> int:
        return round(b + (m - b) * 0.35)

    return QColor(
        mix(base.red(), mark.red()), mix(base.green(), mark.green()),
        mix(base.blue(), mark.blue()),
    )


def _split(table: QWidget, documents: RecordDocuments) -> QSplitter:
    """A section's table above the chosen record's documents."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(table)
    splitter.addWidget(documents)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 1)
    return splitter


def _contact_link(block: QTextBlock) -> int | None:
    """The contact whose heading this timeline block is (it starts with its date link)."""
    href = block.begin().fragment().charFormat().anchorHref() if block.length() > 1 else ""
    kind, _, number = href.partition(":")
    return int(number) if kind == "contact" and number.isdigit() else None


def _reselect(view: QTableView, keys: Sequence[Any], chosen: Any) -> None:
    """Choose again, after a refresh, the row of the record that was chosen."""
    if chosen is not None and chosen in keys:
        view.selectRow(list(keys).index(chosen))


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
