"""Negotiate: what you can afford, the request, a proposed plan, the application letter,
each contact, and the outcome."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.i18n import LANGUAGES
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.rate_edit import RateEdit
from ui.widgets.schedule_table import ScheduleTable
from ui.wizards import common
from ui.wizards.common import (
    ChoiceButtons,
    FieldForm,
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
from ui.wizards.log_contact import ContactForm
from ui.wizards.texts import choice, text
from vault.errors import ValidationError, VaultError
from vault.flows import Problems
from vault.flows import negotiation as flow
from vault.flows.contact import ContactDraft
from vault.flows.negotiation import Hardship, NegotiationDraft, Outcome, Request
from vault.money import format_fen
from vault.schedule import Method
from vault.store import Vault


class NegotiationPage(FlowPage):
    def draft(self) -> NegotiationDraft:
        return self.wizard_().draft

    def wizard_(self) -> NegotiateWizard:
        return self.flow_as(NegotiateWizard)

    def facts(self) -> flow.LoanFacts:
        return self.wizard_().facts


class AssessPage(NegotiationPage):
    fields = flow.ASSESS_FIELDS

    def __init__(self) -> None:
        super().__init__()
        self.loan = QLabel()
        self.loan.setWordWrap(True)
        self.loan.setTextFormat(Qt.TextFormat.RichText)
        self.income = MoneyEdit()
        self.spending = MoneyEdit()
        self.affordable = QLabel()
        self.affordable.setWordWrap(True)
        self.body.insertWidget(0, self.loan)
        self.form.add("monthly_income", self.income, hint=True)
        self.form.add("essential_spending", self.spending, hint=True)
        self.form.layout_.addRow("", self.affordable)
        self.registerField("monthly_income*", self.income)
        self.registerField("essential_spending*", self.spending)

    def load(self) -> None:
        self.income.set_value(self.draft().monthly_income)
        self.spending.set_value(self.draft().essential_spending)

    def local_problems(self) -> Problems:
        return {name: widget.problem() or "" for name, widget in
                (("monthly_income", self.income), ("essential_spending", self.spending))
                if widget.problem()}

    def read(self) -> None:
        self.draft().monthly_income = self.income.value()
        self.draft().essential_spending = self.spending.value()

    def refresh(self) -> None:
        facts = self.facts()
        rows = [
            (self.tr("Loan"), f"{facts.platform_name} {facts.loan.contract_no}".strip()),
            (self.tr("Borrowed"), f"¥{format_fen(facts.principal)} · "
                                  f"{facts.loan.borrowed_on.isoformat()}"),
            (self.tr("Repaid so far"), "¥" + format_fen(facts.repaid)),
            (self.tr("Principal still owed"), "¥" + format_fen(facts.outstanding)),
            (self.tr("To clear it today"), "¥" + format_fen(facts.owed)),
            (self.tr("Overdue"), "¥" + format_fen(facts.overdue_amount)),
            (self.tr("Stated rate"), self.tr("{rate} % a year").format(
                rate=facts.annual_percent.quantize(Decimal("0.01")))),
            (self.tr("Last due date"), facts.maturity.isoformat()),
        ]
        self.loan.setText("<table cellspacing='2'>" + "".join(
            f"<tr><td>{escape(k)}&nbsp;&nbsp;</td><td><b>{escape(v)}</b></td></tr>"
            for k, v in rows) + "</table>")
        budget = flow.affordable(self.draft())
        self.affordable.setText("" if budget is None else self.tr(
            "You can afford about <b>¥{amount}</b> a month for repayments.").format(
            amount=format_fen(max(budget, 0))))

    def retranslate(self) -> None:
        self.setTitle(self.tr("What can you afford?"))
        self.setSubTitle(self.tr("Start from your real budget: a plan you can keep is worth "
                                 "more than a promise you cannot."))
        self.form.labels["monthly_income"].setText(self.tr("Income a month *"))
        self.form.labels["essential_spending"].setText(self.tr("Essential spending a month *"))
        self.form.hints["monthly_income"].setText(self.tr("After tax, from all sources."))
        self.form.hints["essential_spending"].setText(self.tr(
            "Rent, food, transport, medicine, children: what you cannot cut."))
        self.refresh()


class RequestPage(NegotiationPage):
    fields = flow.REQUEST_FIELDS

    def __init__(self) -> None:
        super().__init__()
        self.request = ChoiceButtons(Request, self.changed)
        self.hardship_boxes: dict[Hardship, QCheckBox] = {}
        hardships = QWidget()
        grid = QHBoxLayout(hardships)
        grid.setContentsMargins(0, 0, 0, 0)
        for hardship in Hardship:
            check = QCheckBox()
            self.hardship_boxes[hardship] = check
            grid.addWidget(check)
            check.toggled.connect(self.changed)
        grid.addStretch(1)
        self.reasons = text_box(90)
        self.notes = note_box("warning")
        self.proofs = note_box("info")
        self.form.add("request", self.request)
        self.form.add("hardships", hardships)
        self.form.layout_.addRow("", self.proofs)
        self.form.add("reasons", self.reasons, hint=True)
        self.body.addWidget(self.notes)

    def load(self) -> None:
        draft = self.draft()
        self.request.set_value(draft.request)
        for hardship, check in self.hardship_boxes.items():
            check.setChecked(hardship in draft.hardships)
        self.reasons.setPlainText(draft.reasons)

    def read(self) -> None:
        draft = self.draft()
        draft.request = self.request.value(Request.restructure)
        draft.hardships = {h for h, check in self.hardship_boxes.items() if check.isChecked()}
        draft.reasons = self.reasons.toPlainText()

    def refresh(self) -> None:
        draft = self.draft()
        proofs = flow.proofs_for(draft)
        set_note(self.proofs, "<b>" + escape(self.tr("Prepare as proof:")) + "</b>"
                 + bullets(text(p) for p in proofs) if proofs else "")
        if draft.request is Request.deferral and date.today() > self.facts().maturity:
            set_note(self.notes, escape(text("flow.extension_after_maturity")))
        else:
            set_note(self.notes, "")

    def retranslate(self) -> None:
        self.setTitle(self.tr("What will you ask for?"))
        self.setSubTitle(self.tr("Say plainly why you cannot pay as planned, and what would "
                                 "let you pay."))
        for request, button in self.request.buttons.items():
            button.setText(choice(request.value))
        for hardship, check in self.hardship_boxes.items():
            check.setText(choice(hardship.value))
        self.form.labels["request"].setText(self.tr("Request"))
        self.form.labels["hardships"].setText(self.tr("Hardship"))
        self.form.labels["reasons"].setText(self.tr("Reasons *"))
        self.form.hints["reasons"].setText(self.tr(
            "This goes into the application letter: what happened, since when, and that you "
            "want to keep repaying."))
        self.reasons.setPlaceholderText(self.tr(
            "e.g. I lost my job in March and have found part-time work since June…"))
        self.refresh()


class ProposalPage(NegotiationPage):
    fields = flow.PROPOSAL_FIELDS

    def __init__(self) -> None:
        super().__init__()
        self.periods = QSpinBox()
        self.periods.setRange(1, 120)
        self.periods.setMaximumWidth(120)
        self.amount = MoneyEdit()
        self.first_due = DateEdit(optional=True)
        self.form.add("proposed_periods", self.periods)
        self.form.add("proposed_amount", self.amount, hint=True)
        self.form.add("first_due", self.first_due)
        self.registerField("proposed_amount*", self.amount)
        self.notes = note_box("warning")
        self.table = ScheduleTable()
        self.body.addWidget(self.notes)
        self.body.addWidget(self.table, 1)

    def load(self) -> None:
        draft = self.draft()
        self.periods.setValue(draft.proposed_periods or 12)
        if draft.proposed_amount is None:
            budget = flow.affordable(draft)
            if budget and budget > 0:
                draft.proposed_amount = budget
        self.amount.set_value(draft.proposed_amount)
        self.first_due.set_value(draft.first_due)

    def local_problems(self) -> Problems:
        return {"proposed_amount": self.amount.problem() or ""} if self.amount.problem() else {}

    def read(self) -> None:
        draft = self.draft()
        draft.proposed_periods = self.periods.value()
        draft.proposed_amount = self.amount.value()
        draft.first_due = self.first_due.value()

    def refresh(self) -> None:
        draft = self.draft()
        facts = self.facts()
        budget = flow.affordable(draft)
        self.form.hints["proposed_amount"].setText(self.tr(
            "You can afford about ¥{amount} a month.").format(
            amount=format_fen(max(budget or 0, 0))))
        found = flow.warnings(draft, facts)
        set_note(self.notes, bullets(text(k) for k in found) if found else "")
        self.table.set_rows(flow.proposal_schedule(draft, facts))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your proposed plan"))
        self.setSubTitle(self.tr("Equal monthly payments towards what you owe today; the last "
                                 "one is smaller if less is left."))
        self.form.labels["proposed_periods"].setText(self.tr("Number of months"))
        self.form.labels["proposed_amount"].setText(self.tr("Amount a month *"))
        self.form.labels["first_due"].setText(self.tr("First payment on *"))
        self.refresh()


class LetterPage(NegotiationPage):
    fields = ()

    def __init__(self) -> None:
        super().__init__()
        self.name = line_edit(80)
        self.phone = line_edit(40)
        self.id_number = line_edit(40)
        # the letter's own language, as the binder offers it: the lender reads Chinese
        self.language = QComboBox()
        for code, name in LANGUAGES.items():  # each in its own script, as the menu shows them
            self.language.addItem(name, code)
        self.write_button = QPushButton()
        self.write_button.clicked.connect(self.write_letter)
        self.problem = messages.error_label()
        self.form.add("borrower_name", self.name)
        self.form.add("phone", self.phone)
        self.form.add("id_number", self.id_number, hint=True)
        self.form.add("letter_language", self.language, hint=True)
        self.form.layout_.addRow("", self.write_button)
        self.form.layout_.addRow("", self.problem)
        self.note = note_box("info")
        self.result = hint_label()
        self.body.addWidget(self.note)
        self.body.addWidget(self.result)
        self.body.addStretch(1)
        self.written: Path | None = None

    def load(self) -> None:
        draft = self.draft()
        self.name.setText(draft.borrower_name)
        self.phone.setText(draft.phone)
        self.id_number.setText(draft.id_number)
        select_data(self.language, draft.letter_language)

    def read(self) -> None:
        draft = self.draft()
        draft.borrower_name, draft.phone = self.name.text(), self.phone.text()
        draft.id_number = self.id_number.text()
        draft.letter_language = str(self.language.currentData())

    def refresh(self) -> None:
        problems = flow.letter_problems(self.draft())
        self.write_button.setEnabled(not problems)
        self.form.show_problems(problems)

    def write_letter(self) -> None:
        """Write the PDF where the user chooses (it touches the disk: a button, not Next)."""
        from vault import letters
        from vault.pdf_style import label

        messages.show_inline(self.problem, None)
        language = self.draft().letter_language
        suggested = label(language, "letter.title") + ".pdf"
        path = common.dialogs.save_file(self, self.tr("Save the application letter"),
                                        suggested, self.tr("PDF (*.pdf)"))
        if not path:
            return
        fields = flow.letter_fields(self.draft(), self.facts(), date.today())
        try:
            self.written = letters.write_negotiation_letter(
                letters.NegotiationLetter(**fields), Path(path), language)  # type: ignore[arg-type]
        except ValidationError as error:
            messages.show_inline(self.problem, self.tr(
                "The letter could not be written. {field}: {problem}").format(
                field=self.field_name(error.field), problem=messages.error_text(error)))
            return
        except VaultError as error:
            common.dialogs.error(self, error)
            return
        except OSError as error:
            self.result.setText(self.tr("The letter could not be saved: {reason}").format(
                reason=error.strerror or str(error)))
            return
        self.result.setText(self.tr("Saved: {path}").format(path=str(self.written)))

    def field_name(self, name: str) -> str:
        """A letter field as the user knows it, to say which one needs fixing."""
        names = {
            "borrower_name": self.tr("Your name"),
            "phone": self.tr("Your phone"),
            "id_number": self.tr("ID card no."),
            "letter_language": self.tr("Language of the letter"),
            "lang": self.tr("Language of the letter"),
            "request": self.tr("Request"),
            "reasons": self.tr("Reasons"),
            "platform_name": self.tr("Platform"),
            "lender_entity": self.tr("Lender"),
            "contract_no": self.tr("Contract no."),
            "monthly_income": self.tr("Income a month"),
            "essential_spending": self.tr("Essential spending a month"),
            "proposed_periods": self.tr("Number of months"),
            "proposed_amount": self.tr("Amount a month"),
        }
        return names.get(name, self.tr("The loan's figures"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("The application letter (协商还款申请书)"))
        self.setSubTitle(self.tr("Optional: a letter with your loan's figures, your reasons "
                                 "and your plan, to send through the lender's official "
                                 "channels."))
        self.form.labels["borrower_name"].setText(self.tr("Your name"))
        self.form.labels["phone"].setText(self.tr("Your phone"))
        self.form.labels["id_number"].setText(self.tr("ID card no."))
        self.form.hints["id_number"].setText(self.tr(
            "Optional. Only add it when sending through an official channel."))
        self.form.labels["letter_language"].setText(self.tr("Language of the letter"))
        self.form.hints["letter_language"].setText(self.tr(
            "Chinese lenders read Chinese: keep 简体中文 unless yours asked for English."))
        self.write_button.setText(self.tr("Save the letter as PDF…"))
        set_note(self.note, escape(self.tr(
            "The PDF is saved outside the vault and is not encrypted: keep it somewhere safe "
            "and delete it once sent.")))
        self.refresh()


class ContactsPage(NegotiationPage):
    fields = ("contacts",)

    def __init__(self) -> None:
        super().__init__(scroll=True)
        self.contact = ContactForm()
        self.contact.form.on_change = self.changed
        self.forms.append(self.contact.form)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_contact)
        self.logged = QListWidget()
        self.logged.setMaximumHeight(80)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_contact)
        self.body.addWidget(self.contact)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.logged_label = QLabel()
        self.body.addWidget(self.logged_label)
        self.body.addWidget(self.logged)
        self.pending = ContactDraft(happened_on=date.today())

    def load(self) -> None:
        self.contact.load(self.pending)
        self.list_contacts()

    def read(self) -> None:
        self.contact.read(self.pending)

    def local_problems(self) -> Problems:
        # a contact typed but not yet in the log is added on Next, so it must be complete
        if not flow.contact_started(self.pending):
            return {}
        return flow.contact_flow.problems(self.pending)

    def refresh(self) -> None:
        self.add_button.setEnabled(not flow.contact_flow.problems(self.pending))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Next keeps the contact being typed: it goes into the log like “Add to the log”."""
        return self.add_contact()

    def add_contact(self) -> bool:
        """The contact being typed into the log (an untouched form adds nothing); False,
        with its problems shown, when it is incomplete."""
        self.read()
        logged = len(self.draft().contacts)
        found = flow.log_contact(self.draft(), self.pending)
        if found:
            self.contact.form.show_problems(found, force=True)
            return False
        if len(self.draft().contacts) > logged:
            self.pending = ContactDraft(happened_on=date.today())
            self._reading = True  # the half-cleared form must not be read back into it
            self.contact.load(self.pending)
            self._reading = False
            self.list_contacts()
            self.changed()
        return True

    def remove_contact(self) -> None:
        row = self.logged.currentRow()
        if 0 <= row < len(self.draft().contacts):
            del self.draft().contacts[row]
            self.list_contacts()
            self.changed()

    def list_contacts(self) -> None:
        self.logged.clear()
        for contact in self.draft().contacts:
            assert contact.happened_on is not None
            self.logged.addItem(f"{contact.happened_on.isoformat()} · {choice(contact.channel)}"
                                f" · {contact.asked.strip()[:60]}")
        self.remove_button.setEnabled(bool(self.draft().contacts))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Log each contact"))
        self.setSubTitle(self.tr("Each call or chat about this request: fill in the form and "
                                 "press “Add to the log”; Next adds the one you are typing. "
                                 "You can skip this page."))
        self.add_button.setText(self.tr("Add to the log"))
        self.remove_button.setText(self.tr("Remove selected"))
        self.logged_label.setText(self.tr("In the log (saved when you press Finish):"))
        self.contact.retranslate()
        self.refresh()


class OutcomePage(NegotiationPage):
    fields = flow.OUTCOME_FIELDS + ("agreed_method",)

    def __init__(self) -> None:
        super().__init__(scroll=True)
        self.outcome = ChoiceButtons((Outcome.pending, Outcome.agreed, Outcome.refused),
                                     self.changed, row=True)
        self.outcome_on = DateEdit(value=date.today())
        self.form.add("outcome", self.outcome)
        self.form.add("outcome_on", self.outcome_on)
        self.stack = QStackedWidget()
        self.body.addWidget(self.stack, 1)
        # agreed: the new plan
        self.agreed_form = FieldForm()
        self.agreed_form.on_change = self.changed
        self.effective_from = DateEdit(value=date.today())
        self.principal = MoneyEdit()
        self.rate = RateEdit()
        self.agreed_periods = QSpinBox()
        self.agreed_periods.setRange(1, 120)
        self.agreed_periods.setMaximumWidth(120)
        self.method = choice_combo([m.value for m in Method if m is not Method.custom], choice)
        self.agreed_first_due = DateEdit(optional=True)
        self.table = ScheduleTable()
        for name, widget in (("agreed_effective_from", self.effective_from),
                             ("agreed_principal", self.principal),
                             ("agreed_rate_percent", self.rate),
                             ("agreed_periods", self.agreed_periods),
                             ("agreed_method", self.method),
                             ("agreed_first_due", self.agreed_first_due)):
            self.agreed_form.add(name, widget)
        agreed = QWidget()
        column = QVBoxLayout(agreed)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.agreed_form)
        column.addWidget(self.table, 1)
        # refused or pending: the next step
        self.next_form = FieldForm()
        self.next_form.on_change = self.changed
        self.next_step = QComboBox()
        self.next_step.setEditable(True)
        self.follow_up_on = DateEdit(optional=True)
        self.next_form.add("next_step", self.next_step)
        self.next_form.add("follow_up_on", self.follow_up_on, hint=True)
        self.next_step.editTextChanged.connect(self.changed)
        following = QWidget()
        column = QVBoxLayout(following)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.next_form)
        column.addStretch(1)
        self.stack.addWidget(following)
        self.stack.addWidget(agreed)
        self.forms += [self.agreed_form, self.next_form]

    def load(self) -> None:
        draft = self.draft()
        draft.agreed = flow.default_agreed(draft, self.facts(), date.today())
        self.outcome.set_value(draft.outcome)
        plan = draft.agreed
        self.effective_from.set_value(plan.effective_from)
        self.principal.set_value(plan.principal)
        self.rate.set_value(plan.rate_kind, plan.rate_percent, plan.day_basis)
        self.agreed_periods.setValue(plan.periods or 12)
        select_data(self.method, plan.method.value)
        self.agreed_first_due.set_value(plan.first_due)
        self.follow_up_on.set_value(flow.default_follow_up(date.today()))

    def local_problems(self) -> Problems:
        found: Problems = {}
        if self.principal.problem():
            found["agreed_principal"] = self.principal.problem() or ""
        if self.rate.problem():
            found["agreed_rate_percent"] = self.rate.problem() or ""
        return found

    def read(self) -> None:
        draft = self.draft()
        draft.outcome = self.outcome.value(Outcome.pending)
        draft.outcome_on = self.outcome_on.value()
        plan = draft.agreed
        plan.effective_from = self.effective_from.value()
        plan.principal = self.principal.value()
        plan.rate_kind = self.rate.kind_value()
        plan.rate_percent = self.rate.percent_value()
        plan.day_basis = self.rate.day_basis()
        plan.periods = self.agreed_periods.value()
        plan.method = Method(self.method.currentData())
        plan.first_due = self.agreed_first_due.value()
        draft.next_step = self.next_step.currentText()
        draft.follow_up_on = self.follow_up_on.value()
        draft.summary_text = self.tr("Negotiation: {request} — {outcome}").format(
            request=choice(draft.request.value), outcome=choice(draft.outcome.value))

    def refresh(self) -> None:
        draft = self.draft()
        agreed = draft.outcome is Outcome.agreed
        self.stack.setCurrentIndex(1 if agreed else 0)
        if agreed:
            self.table.set_rows(flow.agreed_schedule(draft.agreed))
        self.next_form.labels["next_step"].setText(
            self.tr("Next step *") if draft.outcome is Outcome.refused else self.tr("Next step"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("What did the lender say?"))
        self.setSubTitle(self.tr("Record the answer. If it is not in yet, choose “waiting” and "
                                 "a day to follow up; you can run this form again later."))
        for outcome, button in self.outcome.buttons.items():
            button.setText(choice(outcome.value))
        self.form.labels["outcome"].setText(self.tr("Answer"))
        self.form.labels["outcome_on"].setText(self.tr("Date of the answer"))
        labels = self.agreed_form.labels
        labels["agreed_effective_from"].setText(self.tr("New plan starts on"))
        labels["agreed_principal"].setText(self.tr("Amount to repay *"))
        labels["agreed_rate_percent"].setText(self.tr("Agreed rate *"))
        labels["agreed_periods"].setText(self.tr("Number of months"))
        labels["agreed_method"].setText(self.tr("Repayment method"))
        labels["agreed_first_due"].setText(self.tr("First due date"))
        relabel(self.method, choice)
        current = self.next_step.currentText()
        self.next_step.blockSignals(True)
        self.next_step.clear()
        self.next_step.addItems([text(k) for k in flow.NEXT_STEPS_AFTER_REFUSAL])
        self.next_step.setEditText(current)
        self.next_step.blockSignals(False)
        self.next_step.lineEdit().setPlaceholderText(self.tr("Choose or type the next step"))
        self.next_form.labels["follow_up_on"].setText(self.tr("Follow up on *"))
        self.next_form.hints["follow_up_on"].setText(self.tr(
            "Jieqing reminds you on this day. The regulator's complaint line and legal aid "
            "are free."))
        self.refresh()


class NegotiateWizard(FlowWizard):
    def __init__(self, vault: Vault, parent: QWidget | None = None, *, loan_id: int) -> None:
        super().__init__(vault, parent)
        self.draft = NegotiationDraft(loan_id=loan_id, outcome_on=date.today())
        self.facts = flow.loan_facts(vault.db, loan_id, date.today())
        self.pages = (AssessPage(), RequestPage(), ProposalPage(), LetterPage(), ContactsPage(),
                      OutcomePage())
        for page in self.pages:
            self.addPage(page)
        self.setWindowTitle(self.tr("Negotiate repayment"))

    def problems(self) -> Problems:
        return flow.problems(self.draft, self.facts)

    def save(self) -> int:
        return flow.save(self.vault, self.draft)


def open_negotiate_wizard(parent: QWidget | None, vault: Vault, loan_id: int) -> bool:
    """The negotiation form for one loan; True when its outcome was saved."""
    return bool(NegotiateWizard(vault, parent, loan_id=loan_id).exec())
