"""Log a contact: any call, message or visit, with the scam check on what was asked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget

from ui.widgets.date_edit import DateEdit
from ui.wizards.common import (
    FieldForm,
    FileList,
    FlowPage,
    FlowWizard,
    bullets,
    choice_combo,
    escape,
    hint_label,
    line_edit,
    note_box,
    relabel,
    select_data,
    set_note,
    text_box,
)
from ui.wizards.texts import choice, text
from vault import repository
from vault.flows import Problems
from vault.flows import contact as flow
from vault.flows.contact import ContactDraft, Risk
from vault.records import ContactChannel, Counterpart, Loan, Platform
from vault.store import Connection, Vault


def loan_choices(db: Connection) -> list[tuple[int, str]]:
    """(loan id, "platform · contract no. · amount") for a loan picker."""
    from vault.money import format_fen

    platforms = {p.id: p.name for p in repository.select(db, Platform)}
    return [
        (loan.id or 0, " · ".join(part for part in (
            platforms.get(loan.platform_id, ""), loan.contract_no,
            "¥" + format_fen(loan.principal), loan.borrowed_on.isoformat()) if part))
        for loan in repository.select(db, Loan, order_by="borrowed_on DESC, id DESC")
    ]


class ContactForm(QWidget):
    """The contact's fields, used by this wizard and inside the negotiation wizard."""

    FIELDS = ("happened_on", "channel", "counterpart", "who", "caller_id", "asked", "outcome",
              "next_step", "next_step_on")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldForm()
        self.happened_on = DateEdit(value=date.today())
        self.channel = choice_combo([c.value for c in ContactChannel], choice)
        self.counterpart = choice_combo([c.value for c in Counterpart], choice)
        self.who = line_edit()
        self.caller_id = line_edit(60)
        self.asked = text_box(76)
        self.scam = note_box("danger")
        self.outcome = text_box(52)
        self.next_step = line_edit()
        self.next_step_on = DateEdit(optional=True)
        self.files = FileList()
        for name in self.FIELDS:
            self.form.add(name, getattr(self, name), hint=name in ("asked", "caller_id"))
        self.form.layout_.insertRow(6, "", self.scam)
        self.form.add("files", self.files)
        self.files.on_change = lambda: self.form.on_change()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.retranslate()

    def retranslate(self) -> None:
        labels = {
            "happened_on": self.tr("When"),
            "channel": self.tr("How"),
            "counterpart": self.tr("With whom"),
            "who": self.tr("Name or staff no."),
            "caller_id": self.tr("Their number or account"),
            "asked": self.tr("What was said or asked *"),
            "outcome": self.tr("Outcome"),
            "next_step": self.tr("Next step"),
            "next_step_on": self.tr("Next step on"),
            "files": self.tr("Recording or screenshots"),
        }
        for name, words in labels.items():
            self.form.labels[name].setText(words)
        relabel(self.channel, choice)
        relabel(self.counterpart, choice)
        self.who.setPlaceholderText(self.tr("e.g. customer service, staff no. 1024"))
        self.caller_id.setPlaceholderText(self.tr("e.g. 95384, or +63 912 …"))
        self.form.hints["caller_id"].setText(
            self.tr("A number starting with + or 00 (other than +86) is from abroad."))
        self.asked.setPlaceholderText(
            self.tr("In their words if you can, e.g. “asked me to pay into a safe account”"))
        self.form.hints["asked"].setText(
            self.tr("Jieqing checks this text for common scam signs as you type."))
        self.outcome.setPlaceholderText(self.tr("What was agreed, refused or promised"))
        self.next_step.setPlaceholderText(self.tr("e.g. call the official hotline to check"))
        self.files.retranslate()
        self.show_scam_check()

    def read(self, draft: ContactDraft) -> None:
        draft.happened_on = self.happened_on.value()
        draft.channel = ContactChannel(self.channel.currentData())
        draft.counterpart = Counterpart(self.counterpart.currentData())
        draft.who = self.who.text()
        draft.caller_id = self.caller_id.text()
        draft.asked = self.asked.toPlainText()
        draft.outcome = self.outcome.toPlainText()
        draft.next_step = self.next_step.text()
        draft.next_step_on = self.next_step_on.value()
        draft.files = list(self.files.paths)
        self.show_scam_check()

    def load(self, draft: ContactDraft) -> None:
        self.happened_on.set_value(draft.happened_on or date.today())
        select_data(self.channel, draft.channel.value)
        select_data(self.counterpart, draft.counterpart.value)
        self.who.setText(draft.who)
        self.caller_id.setText(draft.caller_id)
        self.asked.setPlainText(draft.asked)
        self.asked.moveCursor(QTextCursor.MoveOperation.End)  # to go on from a prefilled topic
        self.outcome.setPlainText(draft.outcome)
        self.next_step.setText(draft.next_step)
        self.next_step_on.set_value(draft.next_step_on)
        self.files.set_paths(draft.files)
        self.form.touched.clear()

    def show_scam_check(self) -> None:
        signs = flow.scam_signs(self.asked.toPlainText(), self.caller_id.text())
        risk = flow.scam_risk(signs)
        if risk is Risk.none:
            set_note(self.scam, "")
            return
        head = (self.tr("High risk of a scam. Do not pay, share codes or share your screen.")
                if risk is Risk.high else self.tr("Be careful: this is a common scam sign."))
        facts = [text(key) for key in flow.counter_facts(signs)]
        true = self.tr("What is true:")
        set_note(self.scam, f"<b>{escape(head)}</b>" + bullets(text(s.key) for s in signs)
                 + f"<b>{escape(true)}</b>" + bullets(facts))


class ContactPage(FlowPage):
    fields = ("loan", *ContactForm.FIELDS)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent, scroll=True)
        self.vault = vault
        self.loan = QComboBox()
        self.form.add("loan", self.loan)
        self.contact = ContactForm()
        self.contact.form.on_change = self.changed
        self.forms.append(self.contact.form)
        self.body.addWidget(self.contact)

    def draft(self) -> ContactDraft:
        return self.flow_as(LogContactWizard).draft

    def load(self) -> None:
        self.loan.addItem("", None)
        for loan_id, label in loan_choices(self.vault.db):
            self.loan.addItem(label, loan_id)
        select_data(self.loan, self.draft().loan_id)
        self.contact.load(self.draft())

    def read(self) -> None:
        draft = self.draft()
        draft.loan_id = self.loan.currentData()
        self.contact.read(draft)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Log a contact"))
        self.setSubTitle(self.tr(
            "Write down every call, message or visit: with the lender, a collector, a "
            "regulator or legal aid. A clear log protects you."))
        self.form.labels["loan"].setText(self.tr("About which loan"))
        self.loan.setItemText(0, self.tr("(not about one loan)"))
        self.contact.retranslate()


class LogContactWizard(FlowWizard):
    def __init__(self, vault: Vault, parent: QWidget | None = None, *,
                 loan_id: int | None = None, draft: ContactDraft | None = None) -> None:
        super().__init__(vault, parent)
        self.draft = draft or ContactDraft(loan_id=loan_id)
        self.draft.happened_on = self.draft.happened_on or date.today()
        self.page_contact = ContactPage(vault)
        self.addPage(self.page_contact)
        self.setWindowTitle(self.tr("Log a contact"))

    def problems(self) -> Problems:
        return flow.problems(self.draft)

    def save(self) -> int:
        return flow.save(self.vault, self.draft)


def open_log_contact_wizard(parent: QWidget | None, vault: Vault,
                            loan_id: int | None = None) -> bool:
    """The log-a-contact form; True when a contact was saved."""
    wizard = LogContactWizard(vault, parent, loan_id=loan_id)
    return bool(wizard.exec())


class LogContactLink(QWidget):
    """“Log a call or message about this…” on a page of another guided form: the log-a-contact
    form opens over it, started from `prefill()` (the same loan, who the user dealt with).
    The contact is saved on its own Finish; the other form's draft is left as it was."""

    def __init__(self, prefill: Callable[[], ContactDraft], label: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefill = prefill
        self.label = label
        self.button = QPushButton()
        self.button.clicked.connect(self.open_form)
        self.logged = hint_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.logged)
        self.retranslate()

    def host(self) -> FlowWizard:
        wizard = self.window()
        assert isinstance(wizard, FlowWizard)
        return wizard

    def open_form(self) -> None:
        host = self.host()
        wizard = LogContactWizard(host.vault, host, draft=self.prefill())
        try:
            if wizard.exec() and isinstance(wizard.saved_id, int):
                host.logged_contacts.append(wizard.saved_id)
        finally:
            wizard.deleteLater()
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.label())
        count = len(self.host().logged_contacts) if isinstance(self.window(), FlowWizard) else 0
        self.logged.setText(self.tr(
            "Saved in your contact log ({count} from this form).").format(count=count)
            if count else "")
        self.logged.setVisible(bool(count))
