"""What if I pay part early? A what-if opened from a loan's overview: an amount, a day and
(for monthly methods) whether to keep the payment or the term; the new remaining schedule,
the next payment, the last due date and the interest saved. Nothing is saved.

Every rule and figure comes from vault.flows.prepay; this module only shows them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import error_label, error_text, show_inline
from ui.widgets.date_edit import DateEdit
from ui.widgets.fact_rows import add_fact_rows
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.schedule_table import COL_N, ScheduleTable
from ui.wizards.common import escape, hint_label, note_box, set_note
from ui.wizards.texts import text
from vault.errors import VaultError
from vault.flows import prepay
from vault.flows.prepay import Kind, LoanRecords, PrepayDraft, WhatIf
from vault.money import format_fen
from vault.overview import FINISHED
from vault.schedule import PrepayMode

KEEP_TERM = PrepayMode.keep_term_lower_payment
SHORTEN = PrepayMode.keep_payment_shorten_term


def yuan(fen: int) -> str:
    return "¥" + format_fen(fen)


class PrepayDialog(QDialog):
    """The what-if for one loan. `result` is the last what-if shown (None while the inputs
    say nothing yet or have a problem)."""

    def __init__(self, vault: Any, loan_id: int, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.records: LoanRecords | None = None
        self.read_problem = ""
        try:
            self.records = prepay.read_loan(vault.db, loan_id)
        except VaultError as error:
            self.read_problem = error_text(error)
        self.result: WhatIf | None = None
        self.setMinimumSize(560, 600)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.notice = note_box("info")
        self.loan_problem = note_box("warning")

        self.amount = MoneyEdit()
        self.amount_label = QLabel()
        self.amount_label.setBuddy(self.amount)
        self.amount_problem = error_label()
        self.on = DateEdit(value=self.today)
        self.on_label = QLabel()
        self.on_label.setBuddy(self.on)
        self.on_problem = error_label()
        self.keep_term = QRadioButton()
        self.shorten = QRadioButton()
        self.modes = QButtonGroup(self)
        for button in (self.keep_term, self.shorten):
            self.modes.addButton(button)
        self.keep_term.setChecked(True)
        self.mode_label = QLabel()
        self.mode_hint = hint_label()
        self.mode_problem = error_label()

        self.inputs = QWidget()
        form = QFormLayout(self.inputs)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.amount_label, self.amount)
        form.addRow("", self.amount_problem)
        form.addRow(self.on_label, self.on)
        form.addRow("", self.on_problem)
        modes = QVBoxLayout()
        modes.addWidget(self.keep_term)
        modes.addWidget(self.shorten)
        modes.addWidget(self.mode_hint)
        modes.addWidget(self.mode_problem)
        form.addRow(self.mode_label, modes)

        self.pays_off = note_box("info")
        self.split = QLabel()
        self.split.setWordWrap(True)
        self.facts = QFormLayout()
        self.fact_labels = add_fact_rows(self.facts, ("next", "last", "saved"))
        self.notes = hint_label()
        self.table_title = QLabel()
        self.table = ScheduleTable()
        self.table.setColumnHidden(COL_N, True)  # the new numbering would only confuse
        self.results = QWidget()
        box = QVBoxLayout(self.results)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.split)
        box.addLayout(self.facts)
        box.addWidget(self.notes)
        box.addWidget(self.table_title)
        box.addWidget(self.table, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.loan_problem)
        layout.addWidget(self.inputs)
        layout.addWidget(self.pays_off)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

        self.amount.textChanged.connect(self.update_result)
        self.on.dateChanged.connect(self.update_result)
        self.modes.buttonToggled.connect(self.update_result)
        self._set_up_modes()
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What if I pay part early?"))
        name = self.records.platform.name if self.records is not None else ""
        self.intro.setText(self.tr(
            "See what changes if you pay part of your %1 loan early: type an amount and a "
            "day.").replace("%1", name))
        set_note(self.notice, escape(self.tr(
            "This is only a what-if: nothing is saved. The lender's own figures win: its app "
            "shows the exact amount before you pay.")))
        self.amount_label.setText(self.tr("&Amount paid early:"))
        self.amount.setAccessibleName(self.tr("Amount paid early"))
        self.on_label.setText(self.tr("&On:"))
        self.on.setAccessibleName(self.tr("Day you would pay it"))
        self.mode_label.setText(self.tr("Afterwards:"))
        self.keep_term.setText(self.tr("Keep the &term, lower the payment"))
        self.shorten.setText(self.tr("Keep the &payment, shorten the term"))
        names = {
            "next": self.tr("Next payment"),
            "last": self.tr("Last payment"),
            "saved": self.tr("Interest saved"),
        }
        for key, (label, value) in self.fact_labels.items():
            label.setText(names[key] + ":")
            value.setAccessibleName(names[key])
        self.table_title.setText(self.tr("What is left to pay after this:"))
        self.table.setAccessibleName(self.tr("What is left to pay after this"))
        self._set_up_modes()
        self.update_result()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def problem_text(self, key: str) -> str:
        """The sentence for a message key of vault.flows.prepay, with its figures."""
        records, on = self.records, self.on.value()
        if key == "prepay.custom_plan":
            return self.tr(
                "This loan follows the schedule you typed from the lender's app, so only the "
                "lender can work out what paying early changes. Ask the lender for its new "
                "figures (its app usually shows them before you pay).")
        if key == "prepay.settled":
            return self.tr("This loan is already paid off: there is nothing left to pay early.")
        if key == "prepay.amount_positive":
            return self.tr("Type an amount above zero.")
        if key == "prepay.by_day_keeps_term":
            return self.tr(
                "Interest on this loan is charged by the day: the money first pays the "
                "interest for the days so far, then this installment's principal; anything "
                "more lowers every later installment alike. The number of installments stays "
                "the same.")
        if key == "prepay.no_regular_payment":
            return self.tr(
                "This loan has no regular payment to keep (interest first, or everything at "
                "the end): paying early lowers what is left, and the end date stays.")
        if records is None or on is None:
            return text(key)
        day = {
            "prepay.before_start": (self.tr("The loan started on %1: choose that day or "
                                            "later."), records.loan.borrowed_on),
            "prepay.before_plan": (self.tr("Your newest plan starts on %1: choose that day "
                                           "or later."), records.plan.effective_from),
            "prepay.before_last_payment": (self.tr(
                "Your last recorded payment was on %1: choose that day or later (the what-if "
                "starts from what you have already paid)."), records.last_payment),
            "prepay.after_last_due": (self.tr("The last installment is due on %1: choose an "
                                              "earlier day."), records.last_due),
            "prepay.on_last_due": (self.tr("Everything left is due on %1, the last due date: "
                                           "choose an earlier day."), records.last_due),
        }.get(key)
        if day is not None:
            words, when = day
            return words.replace("%1", when.isoformat() if when else "")
        if key == "prepay.overdue_first":
            overdue = prepay.overdue_amount(records, on, self.today)
            return self.tr(
                "%1 is overdue by that day, and any payment goes to that first. Catch up on "
                "it first (record it as a repayment), then see what paying more early "
                "does.").replace("%1", yuan(overdue))
        return text(key)

    # -- inputs ----------------------------------------------------------------------------

    def _set_up_modes(self) -> None:
        """Which choices this loan allows; a refused one is disabled and the hint says why."""
        records = self.records
        if records is None:
            self.inputs.setEnabled(False)
            return
        allowed = prepay.allowed_modes(records)
        monthly = records.kind is Kind.monthly
        self.keep_term.setVisible(monthly)
        self.shorten.setVisible(monthly)
        self.mode_label.setVisible(records.kind is not Kind.custom)
        self.shorten.setEnabled(allowed[SHORTEN] is None)
        if allowed[SHORTEN] is not None and self.shorten.isChecked():
            self.keep_term.setChecked(True)
        refused = allowed[SHORTEN]
        if refused is not None:
            self.mode_hint.setText(self.problem_text(refused))
        else:
            self.mode_hint.setText(self.tr(
                "Keeping the payment finishes sooner and saves more interest; keeping the term "
                "makes each payment smaller."))
        self.mode_hint.setVisible(records.kind is not Kind.custom)

    def mode(self) -> PrepayMode:
        return SHORTEN if self.shorten.isChecked() else KEEP_TERM

    def draft(self) -> PrepayDraft:
        return PrepayDraft(amount=self.amount.value(), on=self.on.value(), mode=self.mode())

    # -- the what-if ---------------------------------------------------------------------

    def update_result(self) -> None:
        """Check the inputs as they are typed and show the what-if, or why there is none."""
        self.result = None
        records = self.records
        problem = self.read_problem
        if records is not None and not problem:
            general = prepay.loan_problem(records, self.today)
            problem = self.problem_text(general) if general is not None else ""
        set_note(self.loan_problem, escape(problem))
        self.inputs.setEnabled(not problem)
        if records is None or problem:
            self._show(None)
            return
        draft = self.draft()
        found = prepay.problems(records, draft, today=self.today)
        typed = self.amount.problem()
        waiting = draft.amount is None and typed is None  # nothing typed yet: no complaint
        if typed is not None:
            found["amount"] = typed
        elif waiting:
            found.pop("amount", None)
        paid_off = found.get("amount") == "prepay.pays_off"
        amount_problem = found.get("amount")
        show_inline(self.amount_problem, self.problem_text(amount_problem)
                    if amount_problem and not paid_off else None)
        show_inline(self.on_problem, self.problem_text(found["on"]) if "on" in found else None)
        show_inline(self.mode_problem,
                    self.problem_text(found["mode"]) if "mode" in found else None)
        if paid_off and draft.on is not None:
            self._show_pays_off(draft.on)
            return
        if found or waiting:
            self._show(None)
            return
        self.result = prepay.what_if(records, draft, today=self.today)
        if not self.result.rows:  # a fen short of the payoff: nothing would be left
            assert draft.on is not None
            self._show_pays_off(draft.on)
            return
        self._show(self.result)

    def _show_pays_off(self, on: date) -> None:
        assert self.records is not None
        payoff = prepay.payoff_on(self.records, on, self.today)
        words = self.tr("This pays the loan off. To clear it on %1 you would pay %2.") \
            .replace("%1", on.isoformat()).replace("%2", yuan(payoff))
        assumed = prepay.assumed_amount(self.records, on, self.today)
        if assumed:
            words += " " + self.tr("That is on top of the %1 due by then.").replace(
                "%1", yuan(assumed))
        words += " " + self.tr("Once you have paid, record it as a repayment.")
        self._show(None)
        set_note(self.pays_off, escape(words))

    def _show(self, result: WhatIf | None) -> None:
        set_note(self.pays_off, "")
        self.results.setVisible(result is not None)
        if result is None:
            self.table.set_rows([])
            return
        if result.to_interest:
            self.split.setText(self.tr(
                "Of the %1, %2 pays the interest for the days so far and %3 goes to the "
                "principal.").replace("%1", yuan(result.amount))
                .replace("%2", yuan(result.to_interest)).replace("%3", yuan(result.to_principal)))
        else:
            self.split.setText(self.tr("All of the %1 goes to the principal.").replace(
                "%1", yuan(result.amount)))
        on_day = self.tr("%1 on %2")
        new_next = on_day.replace("%1", yuan(result.next_payment)).replace(
            "%2", str(result.next_due))
        now_next = yuan(result.current_next_payment)
        if result.current_next_due != result.next_due:
            now_next = on_day.replace("%1", now_next).replace("%2", str(result.current_next_due))
        self._set_fact("next", self._change(new_next, now_next, (
            result.next_payment, result.next_due) == (
            result.current_next_payment, result.current_next_due)))
        self._set_fact("last", self._change(str(result.last_due), str(result.current_last_due),
                                            result.last_due == result.current_last_due))
        self.fact_labels["saved"][0].setText(
            (self.tr("Interest and fees saved") if result.has_fees else self.tr("Interest saved"))
            + ":")
        self._set_fact("saved", yuan(result.saved))
        notes = []
        if result.assumed:
            notes.append(self.tr("This assumes you also pay the %1 due by then, as "
                                 "scheduled.").replace("%1", yuan(result.assumed)))
        if result.paid_ahead:
            notes.append(self.tr("The %1 you have already paid toward these installments still "
                                 "counts toward them.").replace("%1", yuan(result.paid_ahead)))
        if result.has_fees and result.saved <= 0:
            notes.append(self.tr("The fee is charged on the original amount every month, so "
                                 "paying early saves nothing unless the term gets shorter."))
        self.notes.setText(" ".join(notes))
        self.notes.setVisible(bool(notes))
        self.table.set_rows(result.rows)

    def _change(self, new: str, now: str, same: bool) -> str:
        if same:
            return self.tr("%1 (unchanged)").replace("%1", new)
        return self.tr("%1 (instead of %2)").replace("%1", new).replace("%2", now)

    def _set_fact(self, key: str, value: str) -> None:
        self.fact_labels[key][1].setText(value)


class PrepayButton(QPushButton):
    """The loan overview's "What if I pay part early?…", for the page's loan (`page` is a
    LoanDetailPage: its vault, loan_id, overview and `loaded` signal). Enabled while the
    loan is open; `dialog` is the what-if last opened."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.dialog: PrepayDialog | None = None
        self.clicked.connect(self.open_dialog)
        page.loaded.connect(self._loaded)
        self.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("What if I pay part &early?…"))
        self.setToolTip(self.tr("See how paying part of this loan early changes what is left. "
                                "Nothing is saved."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _loaded(self) -> None:
        overview = self.page.overview
        self.setEnabled(overview is not None and overview.status not in FINISHED)

    def open_dialog(self) -> PrepayDialog:
        """Modal (a lock closes it), deleted when closed."""
        dialog = PrepayDialog(self.page.vault, self.page.loan_id, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(True)
        dialog.show()
        self.dialog = dialog
        return dialog
