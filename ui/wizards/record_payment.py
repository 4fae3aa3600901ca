"""Record a repayment: loan and installments, amount, date, channel, accounts, the payee
check, the receipt, and how the payment is allocated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.schedule_table import status_text
from ui.wizards.common import (
    FileList,
    FlowPage,
    FlowWizard,
    choice_combo,
    escape,
    line_edit,
    note_box,
    relabel,
    select_data,
    set_note,
)
from ui.wizards.log_contact import LogContactLink, loan_choices
from ui.wizards.texts import choice, text
from vault import repository
from vault.flows import Problems
from vault.flows import repayment as flow
from vault.flows.contact import ContactDraft
from vault.flows.repayment import PaymentDraft
from vault.money import format_fen
from vault.overview import LoanOverview, loan_overview
from vault.reconcile import Status
from vault.records import Account, Loan, PaymentChannel, Platform
from vault.store import Vault


class PaymentPage(FlowPage):
    def draft(self) -> PaymentDraft:
        return self.flow_as(RecordPaymentWizard).draft

    @property
    def vault(self) -> Vault:
        return self.flow().vault


class DetailsPage(PaymentPage):
    fields = flow.DETAILS_FIELDS

    def __init__(self) -> None:
        super().__init__()
        self.loan = QComboBox()
        self.installments = QListWidget()
        self.installments.setMaximumHeight(130)
        self.amount = MoneyEdit()
        self.paid_on = DateEdit(value=date.today())
        self.channel = choice_combo([c.value for c in PaymentChannel], choice)
        self.form.add("loan", self.loan)
        self.form.add("installments", self.installments, hint=True)
        self.form.add("amount", self.amount, hint=True)
        self.form.add("paid_on", self.paid_on)
        self.form.add("channel", self.channel)
        self.registerField("amount*", self.amount)
        self.overview: LoanOverview | None = None
        self._amount_typed = False
        self.loan.currentIndexChanged.connect(self.loan_chosen)
        self.installments.itemChanged.connect(self.installments_chosen)
        self.amount.textEdited.connect(self._typed)

    def _typed(self) -> None:
        self._amount_typed = True

    def load(self) -> None:
        draft = self.draft()
        self.loan.addItem("", None)
        for loan_id, label in loan_choices(self.vault.db):
            self.loan.addItem(label, loan_id)
        self.paid_on.set_value(draft.paid_on or date.today())
        select_data(self.channel, draft.channel.value)
        select_data(self.loan, draft.loan_id)
        self.loan_chosen()

    def loan_chosen(self) -> None:
        loan_id = self.loan.currentData()
        self.overview = loan_overview(self.vault.db, loan_id, date.today()) if loan_id else None
        self.installments.blockSignals(True)
        self.installments.clear()
        if self.overview is not None:
            chosen = {s.installment.n for s in flow.default_installments(self.overview)}
            for state in flow.open_installments(self.overview):
                item = QListWidgetItem(self._describe(state))
                item.setData(Qt.ItemDataRole.UserRole, state.installment.n)
                item.setCheckState(Qt.CheckState.Checked if state.installment.n in chosen
                                   else Qt.CheckState.Unchecked)
                self.installments.addItem(item)
        self.installments.blockSignals(False)
        self._amount_typed = False
        self.installments_chosen()

    def _describe(self, state: flow.InstallmentState) -> str:
        words = self.tr("No. {n} · due {due} · ¥{amount} · {status}").format(
            n=state.installment.n, due=state.installment.due.isoformat(),
            amount=format_fen(state.remaining), status=status_text(state.status))
        if state.status is Status.overdue:
            words += " " + self.tr("({days} days late)").format(days=state.days_late)
        return words

    def chosen(self) -> list[int]:
        return [
            self.installments.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.installments.count())
            if self.installments.item(i).checkState() == Qt.CheckState.Checked
        ]

    def installments_chosen(self) -> None:
        if self.overview is not None and not self._amount_typed:
            total = flow.amount_for(self.overview.states, self.chosen())
            self.amount.set_value(total or None)
        self.changed()

    def local_problems(self) -> Problems:
        return {"amount": self.amount.problem() or ""} if self.amount.problem() else {}

    def read(self) -> None:
        draft = self.draft()
        draft.loan_id = self.loan.currentData()
        draft.installments = self.chosen()
        draft.amount = self.amount.value()
        draft.paid_on = self.paid_on.value()
        draft.channel = PaymentChannel(self.channel.currentData())

    def refresh(self) -> None:
        if self.overview is None:
            self.form.hints["installments"].setText(self.tr("Choose the loan first."))
        elif not self.installments.count():
            self.form.hints["installments"].setText(
                self.tr("Nothing is open on this loan: it looks paid off."))
        else:
            self.form.hints["installments"].setText(
                self.tr("The oldest open installments are ticked. Payments always settle the "
                        "oldest debt first."))
        summary = self.overview.summary if self.overview else None
        self.form.hints["amount"].setText(
            self.tr("To clear the whole loan today: ¥{amount}").format(
                amount=format_fen(summary.payoff_amount)) if summary else "")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which payment?"))
        self.setSubTitle(self.tr("Record each repayment as the receipt shows it."))
        labels = self.form.labels
        labels["loan"].setText(self.tr("Loan *"))
        labels["installments"].setText(self.tr("Installments paid"))
        labels["amount"].setText(self.tr("Amount paid *"))
        labels["paid_on"].setText(self.tr("Date paid *"))
        labels["channel"].setText(self.tr("How it was paid"))
        self.loan.setItemText(0, self.tr("— choose —"))
        relabel(self.channel, choice)
        for index in range(self.installments.count()):
            item = self.installments.item(index)
            n = item.data(Qt.ItemDataRole.UserRole)
            state = next(s for s in self.overview.states if s.installment.n == n) \
                if self.overview else None
            if state is not None:
                item.setText(self._describe(state))
        self.refresh()


class PayeePage(PaymentPage):
    fields = flow.PAYEE_FIELDS

    def __init__(self) -> None:
        super().__init__()
        self.account = QComboBox()
        self.payee = QComboBox()
        self.payee.setEditable(True)
        self.payee.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.warning = note_box("danger")
        self.remember = QCheckBox()
        self.reference = line_edit(80)
        self.note = line_edit(500)
        self.receipts = FileList()
        self.receipts.on_change = self.changed
        self.form.add("account", self.account)
        self.form.add("payee", self.payee, hint=True)
        self.form.layout_.addRow("", self.warning)
        self.form.layout_.addRow("", self.remember)
        # a payee nobody confirmed is a reason to call the official hotline, or to note
        # who asked for this account
        self.log_contact = LogContactLink(self.contact_about_payment,
                                          lambda: self.tr("Log a call or message about this "
                                                          "payment…"))
        self.form.layout_.addRow("", self.log_contact)
        self.form.add("reference_no", self.reference)
        self.form.add("note", self.note)
        self.form.add("receipts", self.receipts, hint=True)
        self.payee.editTextChanged.connect(self.changed)
        self.remember.toggled.connect(self.changed)
        self.known: list[str] = []
        self.hotline = ""

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        draft = self.draft()
        if draft.loan_id is not None:
            self.known = flow.known_payees(self.vault.db, draft.loan_id)
            loan = repository.get(self.vault.db, Loan, draft.loan_id)
            self.hotline = repository.get(self.vault.db, Platform, loan.platform_id).hotline
            current = self.payee.currentText()
            self.payee.blockSignals(True)
            self.payee.clear()
            self.payee.addItems(self.known)
            self.payee.setEditText(current or (self.known[0] if self.known else ""))
            self.payee.blockSignals(False)
            if not self._loaded and loan.account_id is not None:
                draft.account_id = loan.account_id
        super().initializePage()

    def load(self) -> None:
        draft = self.draft()
        self.account.addItem("", None)
        for account in repository.select(self.vault.db, Account, "platform_id IS NULL",
                                         order_by="label"):
            self.account.addItem(account.masked, account.id)
        select_data(self.account, draft.account_id)
        self.reference.setText(draft.reference_no)
        self.note.setText(draft.note)
        self.receipts.set_paths(draft.receipts)

    def contact_about_payment(self) -> ContactDraft:
        draft = self.draft()
        payee = draft.payee.strip()
        return ContactDraft(
            loan_id=draft.loan_id,
            asked=self.tr("About paying into {payee}: ").format(payee=payee)
            if payee and flow.payee_warning(draft, self.known) else "")

    def read(self) -> None:
        draft = self.draft()
        draft.account_id = self.account.currentData()
        draft.payee = self.payee.currentText()
        draft.remember_payee = self.remember.isChecked()
        draft.reference_no = self.reference.text()
        draft.note = self.note.text()
        draft.receipts = list(self.receipts.paths)

    def refresh(self) -> None:
        unknown = not flow.is_known_payee(self.draft().payee, self.known)
        warning = flow.payee_warning(self.draft(), self.known)
        set_note(self.warning, escape(text(warning)) if warning else "")
        self.remember.setVisible(unknown)
        if self.hotline:
            self.remember.setText(self.tr(
                "I called the official hotline {hotline} and it confirmed this account "
                "belongs to the lender: remember it").format(hotline=self.hotline))
        else:
            self.remember.setText(self.tr(
                "The lender's official customer service confirmed this account belongs to "
                "the lender: remember it"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("From where, to whom?"))
        self.setSubTitle(self.tr("Check who received the money: it should be the lender or "
                                 "an account you know belongs to it."))
        labels = self.form.labels
        labels["account"].setText(self.tr("Paid from"))
        labels["payee"].setText(self.tr("Paid to (payee)"))
        labels["reference_no"].setText(self.tr("Reference no."))
        labels["note"].setText(self.tr("Note"))
        labels["receipts"].setText(self.tr("Receipt or screenshot"))
        self.account.setItemText(0, self.tr("(not recorded)"))
        self.form.hints["payee"].setText(self.tr(
            "As the receipt shows it. The list holds the lender and accounts known for it."))
        self.form.hints["receipts"].setText(self.tr(
            "A screenshot of the payment or the receipt proves the payment later."))
        self.reference.setPlaceholderText(self.tr("Transaction or order number on the receipt"))
        self.receipts.retranslate()
        self.log_contact.retranslate()
        self.refresh()


class AllocationPage(PaymentPage):
    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 7)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.payee_note = note_box("danger")
        self.body.addWidget(self.payee_note)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.table, 1)

    def refresh(self) -> None:
        draft = self.draft()
        shown = flow.allocation(self.vault.db, draft) if draft.loan_id else None
        warning = flow.payee_warning(draft, self.flow_as(RecordPaymentWizard).page_payee.known)
        set_note(self.payee_note, escape(text(warning)) if warning else "")
        if shown is None:
            self.summary.setText("")
            self.table.setRowCount(0)
            return
        before, after = shown.before, shown.after
        lines = [
            self.tr("Overdue installments: {before} → {after}").format(
                before=before.overdue_count, after=after.overdue_count),
            self.tr("Overdue amount: ¥{before} → ¥{after}").format(
                before=format_fen(before.overdue_amount), after=format_fen(after.overdue_amount)),
            self.tr("Principal still owed: ¥{before} → ¥{after}").format(
                before=format_fen(before.outstanding_principal),
                after=format_fen(after.outstanding_principal)),
        ]
        if shown.to_credit > 0:
            lines.append(self.tr("¥{amount} is more than was due: it is kept as credit for the "
                                 "next installment.").format(amount=format_fen(shown.to_credit)))
        if shown.later_payments:
            lines.append(self.tr("This payment is dated before payments already recorded: "
                                 "those are allocated again after it. The table shows only "
                                 "what this payment pays."))
        if after.settled_on is not None and before.settled_on is None:
            lines.append("<b>" + escape(self.tr("This payment pays the loan off.")) + "</b>")
        self.summary.setText("<br>".join(lines))
        self.table.setRowCount(len(shown.rows))
        for index, row in enumerate(shown.rows):
            values = [str(row.n), row.due.isoformat(), format_fen(row.fee),
                      format_fen(row.penalty), format_fen(row.interest),
                      format_fen(row.principal), status_text(row.status_after)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 2 <= column <= 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)

    def retranslate(self) -> None:
        self.setTitle(self.tr("How the payment is allocated"))
        self.setSubTitle(self.tr(
            "Oldest installment first; within each: fees, then penalty interest, then "
            "interest, then principal. Press Finish to save."))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Due"), self.tr("Fees"), self.tr("Penalty"),
            self.tr("Interest"), self.tr("Principal"), self.tr("Afterwards")])
        self.refresh()


class RecordPaymentWizard(FlowWizard):
    def __init__(self, vault: Vault, parent: QWidget | None = None, *,
                 loan_id: int | None = None) -> None:
        super().__init__(vault, parent)
        self.draft = PaymentDraft(loan_id=loan_id, paid_on=date.today())
        self.page_details = DetailsPage()
        self.page_payee = PayeePage()
        self.page_allocation = AllocationPage()
        for page in (self.page_details, self.page_payee, self.page_allocation):
            self.addPage(page)
        self.setWindowTitle(self.tr("Record a repayment"))

    def problems(self) -> Problems:
        return flow.problems(self.draft)

    def save(self) -> int:
        return flow.save(self.vault, self.draft)


def open_record_payment_wizard(parent: QWidget | None, vault: Vault,
                               loan_id: int | None = None) -> bool:
    """The record-a-repayment form; True when a payment was saved, or a contact logged from
    it (even if the payment was then cancelled)."""
    wizard = RecordPaymentWizard(vault, parent, loan_id=loan_id)
    return bool(wizard.exec()) or bool(wizard.logged_contacts)
