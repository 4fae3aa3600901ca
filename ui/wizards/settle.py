"""Settle and close out: 已结清 confirmed, the certificate, collateral, the credit report,
closing the account, and what is left to do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from ui.messages import error_label, show_inline
from ui.widgets.date_edit import DateEdit
from ui.wizards.common import (
    ChoiceButtons,
    FileList,
    FlowPage,
    FlowWizard,
    bullets,
    escape,
    hint_label,
    line_edit,
    note_box,
    set_note,
)
from ui.wizards.log_contact import LogContactLink
from ui.wizards.texts import choice, step_hint, step_title, text
from vault.flows import Problems
from vault.flows import settlement as flow
from vault.flows.contact import ContactDraft
from vault.flows.settlement import Certificate, SettlementDraft
from vault.store import Vault


class StepRow(QWidget):
    """One checklist step: done (with its date), a note, evidence, and its problem line."""

    def __init__(self, key: str, *, files: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.done = QCheckBox()
        self.done_on = DateEdit(value=date.today())
        self.note = line_edit(500)
        self.files = FileList() if files else None
        self.hint = hint_label()
        self.error = error_label()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.done, 0, 0, 1, 2)
        grid.addWidget(self.hint, 1, 0, 1, 2)
        grid.addWidget(self.done_on, 2, 0)
        grid.addWidget(self.note, 2, 1)
        if self.files is not None:
            grid.addWidget(self.files, 3, 0, 1, 2)
        grid.addWidget(self.error, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.done.toggled.connect(self.done_on.setEnabled)
        self.done_on.setEnabled(False)
        if self.files is not None:  # evidence only once the step is done: less to read
            self.done.toggled.connect(self.files.setVisible)
            self.files.setVisible(False)

    def connect(self, slot: object) -> None:
        self.done.toggled.connect(slot)
        self.done_on.dateChanged.connect(slot)
        self.note.textChanged.connect(slot)
        if self.files is not None:
            self.files.on_change = slot  # type: ignore[assignment]

    def load(self, draft: SettlementDraft) -> None:
        step = draft.steps.get(self.key)
        self.done.setChecked(step is not None and step.done_on is not None)
        if step is not None:
            self.done_on.set_value(step.done_on or date.today())
            self.note.setText(step.note)
            if self.files is not None:
                self.files.set_paths(step.files)

    def read(self, draft: SettlementDraft) -> None:
        step = draft.step(self.key)
        step.done_on = self.done_on.value() if self.done.isChecked() else None
        step.note = self.note.text()
        if self.files is not None:
            step.files = list(self.files.paths)

    def show_problem(self, problems: Problems) -> None:
        key = problems.get(f"{self.key}.done_on") or problems.get(f"{self.key}.note")
        show_inline(self.error, text(key) if key else None)

    def retranslate(self) -> None:
        self.done.setText(step_title(self.key))
        self.hint.setText(step_hint(self.key))
        self.note.setPlaceholderText(self.tr("Note (how, with whom, reference no.)"))
        if self.files is not None:
            self.files.retranslate()


class SettlePage(FlowPage):
    steps: tuple[str, ...] = ()

    def __init__(self, *, scroll: bool = True) -> None:
        super().__init__(scroll=scroll)
        self.rows: dict[str, StepRow] = {}

    def add_step(self, key: str, *, files: bool = True) -> StepRow:
        row = StepRow(key, files=files)
        row.connect(self.changed)
        self.rows[key] = row
        self.body.addWidget(row)
        return row

    def draft(self) -> SettlementDraft:
        return self.flow_as(SettleWizard).draft

    def contact_link(self, topic: Callable[[], str], label: Callable[[], str]) -> LogContactLink:
        """“Log a call or message about …”: the log-a-contact form for this loan, on `topic`."""
        return LogContactLink(
            lambda: ContactDraft(loan_id=self.draft().loan_id, asked=topic()), label)

    def problems(self) -> Problems:
        own = {*self.rows, *self.steps}
        return {k: v for k, v in self.flow().problems().items() if k.split(".")[0] in own}

    def load(self) -> None:
        for row in self.rows.values():
            row.load(self.draft())

    def read(self) -> None:
        for row in self.rows.values():
            row.read(self.draft())

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        complete = super().isComplete()
        problems = self.problems()
        for row in self.rows.values():
            row.show_problem(problems)
        return complete

    def retranslate(self) -> None:
        for row in self.rows.values():
            row.retranslate()


class ConfirmPage(SettlePage):
    def __init__(self) -> None:
        super().__init__(scroll=False)
        self.status = note_box("info")
        self.body.addWidget(self.status)
        self.add_step("confirmed_settled")
        self.body.addStretch(1)

    def refresh(self) -> None:
        wizard = self.flow_as(SettleWizard)
        paid = self.draft().paid_off_on
        if paid is not None:
            words = self.tr("Your payments paid this loan off on {date}.").format(
                date=paid.isoformat())
        else:
            words = self.tr("Your recorded payments do not clear this loan yet (¥{amount} to "
                            "clear it today). Record the last payment first, or check the "
                            "figures with the lender.").format(amount=wizard.payoff_text)
        set_note(self.status, escape(words))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Is the loan settled?"))
        self.setSubTitle(self.tr("Paying the last installment is not the end: confirm, keep "
                                 "the proof, check the credit report, then close the account."))
        super().retranslate()
        self.refresh()


class CertificatePage(SettlePage):
    steps = ("certificate_requested", "certificate_obtained", "collateral_released")

    def __init__(self) -> None:
        super().__init__()
        self.certificate_state = ChoiceButtons(Certificate, self.changed)
        self.on = DateEdit(value=date.today())
        self.follow_up = DateEdit(optional=True)
        self.certificate = FileList()
        self.certificate.on_change = self.changed
        self.form.add("certificate", self.certificate_state)
        self.form.add("certificate_on", self.on, extra=("certificate_obtained.done_on",
                                                       "certificate_requested.done_on"))
        self.form.add("certificate_follow_up", self.follow_up, hint=True)
        self.form.add("certificate_file", self.certificate, hint=True)
        self.attach_note = note_box("warning")
        self.body.addWidget(self.attach_note)
        self.log_contact = self.contact_link(
            lambda: self.tr("About the settlement certificate (结清证明): "),
            lambda: self.tr("Log a call or message about the certificate…"))
        self.form.layout_.addRow("", self.log_contact)
        self.collateral: StepRow | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.draft().secured and self.collateral is None:
            self.collateral = self.add_step("collateral_released")
        super().initializePage()

    def load(self) -> None:
        super().load()
        draft = self.draft()
        self.certificate_state.set_value(draft.certificate)
        current = draft.steps.get({Certificate.obtained: "certificate_obtained",
                                   Certificate.requested: "certificate_requested"}.get(
            draft.certificate, ""))
        if current is not None and current.done_on is not None:
            self.on.set_value(current.done_on)
        requested = draft.steps.get("certificate_requested")
        self.follow_up.set_value(requested.follow_up_on if requested else None)

    def read(self) -> None:
        super().read()
        draft = self.draft()
        chosen = self.certificate_state.value(Certificate.not_yet)
        requested, obtained = draft.step("certificate_requested"), draft.step("certificate_obtained")
        if chosen is Certificate.obtained:
            obtained.done_on = self.on.value()
            obtained.files = list(self.certificate.paths)
        else:
            obtained.done_on, obtained.files = None, []
        if chosen is Certificate.requested:
            requested.done_on = self.on.value()
            requested.follow_up_on = self.follow_up.value()
        elif chosen is Certificate.not_yet:
            requested.done_on = None

    def refresh(self) -> None:
        draft = self.draft()
        chosen = draft.certificate
        self.on.setEnabled(chosen is not Certificate.not_yet)
        self.follow_up.setEnabled(chosen is Certificate.requested)
        self.certificate.setEnabled(chosen is Certificate.obtained)
        missing = (chosen is Certificate.obtained and not self.certificate.paths
                   and not draft.certificate_kept)
        set_note(self.attach_note, escape(self.tr(
            "Attach the certificate (a photo or the PDF from the app) so it is kept with the "
            "loan.")) if missing else "")
        self.form.hints["certificate_file"].setText(self.tr(
            "A certificate is already kept in the vault for this loan; add a file only for a "
            "new copy.") if draft.certificate_kept else self.tr(
            "Kept encrypted in the vault; print a copy as well."))

    def retranslate(self) -> None:
        self.setTitle(self.tr("The settlement certificate (结清证明)"))
        self.setSubTitle(self.tr("It proves the loan is paid off. Get it only through the "
                                 "official app or official customer service — never from "
                                 "someone who asks for a fee."))
        buttons = self.certificate_state.buttons
        buttons[Certificate.not_yet].setText(self.tr("Not asked for yet"))
        buttons[Certificate.requested].setText(self.tr("Requested, waiting for it"))
        buttons[Certificate.obtained].setText(self.tr("I have it"))
        labels = self.form.labels
        labels["certificate"].setText(self.tr("Certificate"))
        labels["certificate_on"].setText(self.tr("On"))
        labels["certificate_follow_up"].setText(self.tr("Follow up on"))
        labels["certificate_file"].setText(self.tr("The certificate"))
        self.form.hints["certificate_follow_up"].setText(self.tr(
            "Leave empty for a week after the request."))
        self.log_contact.retranslate()
        super().retranslate()
        self.refresh()


class CreditReportPage(SettlePage):
    steps = ("credit_check", "dispute_filed", "credit_report_checked")

    def __init__(self) -> None:
        super().__init__()
        self.window = note_box("info")
        self.body.insertWidget(0, self.window)
        self.checked = QCheckBox()
        self.checked_on = DateEdit(value=date.today())
        self.source = QComboBox()
        self.source.setEditable(True)
        self.result_yes = QRadioButton()
        self.result_no = QRadioButton()
        answers = QButtonGroup(self)
        answers.addButton(self.result_yes)
        answers.addButton(self.result_no)
        result = QWidget()
        row = QHBoxLayout(result)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.result_yes)
        row.addWidget(self.result_no)
        row.addStretch(1)
        self.report = FileList()
        self.report.on_change = self.changed
        self.form.add("checked", self.checked)
        self.form.add("credit_check.checked_on", self.checked_on)
        self.form.add("credit_check.source", self.source)
        self.form.add("credit_check.shows_settled", result)
        self.form.add("credit_check.files", self.report)
        for widget in (self.result_yes, self.result_no):
            widget.toggled.connect(self.changed)
        self.source.editTextChanged.connect(self.changed)
        self.wrong = note_box("danger")
        self.body.addWidget(self.wrong)
        self.dispute = self.add_step("dispute_filed")
        self.log_contact = self.contact_link(
            lambda: self.tr("About the dispute (异议): the credit report does not show the "
                            "loan as settled. "),
            lambda: self.tr("Log a call or message about the dispute…"))
        self.body.addWidget(self.log_contact)
        self.body.addStretch(1)

    def load(self) -> None:
        super().load()
        check = self.draft().credit_check
        self.checked.setChecked(check.checked_on is not None)
        if check.checked_on is not None:
            self.checked_on.set_value(check.checked_on)

    def read(self) -> None:
        super().read()
        check = self.draft().credit_check
        check.checked_on = self.checked_on.value() if self.checked.isChecked() else None
        check.source = self.source.currentText()
        check.shows_settled = (True if self.result_yes.isChecked()
                               else False if self.result_no.isChecked() else None)
        check.files = list(self.report.paths)

    def refresh(self) -> None:
        draft = self.draft()
        window = flow.credit_check_window(draft)
        set_note(self.window, escape(self.tr(
            "Check your credit report between {start} and {end} (30–45 days after payoff): the "
            "central bank's Credit Reference Center online service, or a bank or UnionPay app. "
            "Two reports a year are free.").format(start=window[0].isoformat(),
                                                    end=window[1].isoformat()))
            if window else escape(self.tr(
                "Check your credit report 30–45 days after the loan is paid off.")))
        on = self.checked.isChecked()
        for widget in (self.checked_on, self.source, self.result_yes, self.result_no,
                       self.report):
            widget.setEnabled(on)
        wrong = flow.report_wrong(draft)
        self.dispute.setVisible(wrong)
        self.log_contact.setVisible(wrong)
        set_note(self.wrong, "<b>" + escape(self.tr(
            "The report does not show 结清 yet. What to do:")) + "</b>" + bullets([
                self.tr("Send the settlement certificate to the lender and ask it to "
                        "report the loan as settled."),
                self.tr("File a dispute (异议) with the Credit Reference Center or the lender; "
                        "an answer is due within 20 days."),
                self.tr("Note the date below: Jieqing sets a follow-up 20 days later."),
            ]) if wrong else "")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the credit report (征信)"))
        self.setSubTitle(self.tr("The account should show 结清 (status code 3, letter C in the "
                                 "monthly grid)."))
        labels = self.form.labels
        labels["checked"].setText(self.tr("Checked"))
        self.checked.setText(self.tr("I have checked my credit report"))
        labels["credit_check.checked_on"].setText(self.tr("Checked on"))
        labels["credit_check.source"].setText(self.tr("Where"))
        labels["credit_check.shows_settled"].setText(self.tr("Shows 结清?"))
        labels["credit_check.files"].setText(self.tr("The report"))
        self.result_yes.setText(self.tr("Yes, settled"))
        self.result_no.setText(self.tr("No"))
        current = self.source.currentText()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItems([self.tr("Credit Reference Center online service"),
                              self.tr("A bank's app"), self.tr("UnionPay app"),
                              self.tr("At a bank or credit-reference counter")])
        self.source.setEditText(current or self.source.itemText(0))
        self.source.blockSignals(False)
        self.log_contact.retranslate()
        super().retranslate()
        self.refresh()


class CloseOutPage(SettlePage):
    steps = flow.CLOSE_OUT

    def __init__(self) -> None:
        super().__init__()
        for key in flow.CLOSE_OUT:
            self.add_step(key)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Close the account"))
        self.setSubTitle(self.tr("In this order. Tick each step once it is done; leave the "
                                 "rest for later."))
        super().retranslate()


class SummaryPage(SettlePage):
    def __init__(self) -> None:
        super().__init__(scroll=False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.next = QLabel()
        self.next.setWordWrap(True)
        self.next.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.status)
        self.body.addWidget(self.next)
        self.body.addStretch(1)

    def refresh(self) -> None:
        draft = self.draft()
        wizard = self.flow_as(SettleWizard)
        status = flow.status_after(wizard.status, draft)
        self.status.setText(self.tr("After saving, the loan will be: <b>{status}</b>").format(
            status=escape(choice(status.value))))
        left = flow.next_steps(draft, date.today())
        if not left:
            self.next.setText(escape(self.tr("Every step is done. Keep the certificate and "
                                             "this record.")))
            return
        lines = [step_title(s.key) + (f" — {s.on.isoformat()}" if s.on else "") for s in left]
        self.next.setText("<b>" + escape(self.tr("Still to do:")) + "</b>" + bullets(lines))

    def retranslate(self) -> None:
        self.setTitle(self.tr("What is left"))
        self.setSubTitle(self.tr("Press Finish to save these steps. You can come back and "
                                 "carry on at any time."))
        self.refresh()


class SettleWizard(FlowWizard):
    def __init__(self, vault: Vault, parent: QWidget | None = None, *, loan_id: int) -> None:
        super().__init__(vault, parent)
        from vault.money import format_fen
        from vault.overview import loan_overview

        today = date.today()
        self.draft = flow.load(vault.db, loan_id, today)
        overview = loan_overview(vault.db, loan_id, today)
        self.status = overview.status  # as of today, not as last saved
        self.payoff_text = format_fen(overview.summary.payoff_amount)
        for page in (ConfirmPage(), CertificatePage(), CreditReportPage(), CloseOutPage(),
                     SummaryPage()):
            self.addPage(page)
        self.setWindowTitle(self.tr("Settle and close out"))

    def problems(self) -> Problems:
        return flow.problems(self.draft)

    def save(self) -> object:
        return flow.save(self.vault, self.draft)


def open_settle_wizard(parent: QWidget | None, vault: Vault, loan_id: int) -> bool:
    """The settle-and-close-out checklist for one loan; True when it was saved, or a contact
    logged from it (even if the checklist was then cancelled)."""
    wizard = SettleWizard(vault, parent, loan_id=loan_id)
    return bool(wizard.exec()) or bool(wizard.logged_contacts)
