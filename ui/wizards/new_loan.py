"""Record a new loan: lender, amount and rate, repayment terms, account, the lender's own
schedule if it differs, and a preview with the true cost before anything is saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.messages import error_label, show_inline
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.rate_edit import RateEdit
from ui.widgets.schedule_table import ScheduleTable
from ui.wizards.common import (
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
)
from ui.wizards.texts import choice, text
from vault import repository
from vault.flows import Problems
from vault.flows import new_loan as flow
from vault.flows.new_loan import AccountMode, LenderRow, NewLoanDraft
from vault.money import format_fen, parse_amount
from vault.records import AccountKind, LenderKind, Platform, mask_number
from vault.schedule import DifferenceField, Method, RateKind, Rounding
from vault.store import Vault
from vault.thresholds import vault_lpr_table


class NewLoanPage(FlowPage):
    def draft(self) -> NewLoanDraft:
        return self.flow_as(NewLoanWizard).draft

    def preview(self, draft: NewLoanDraft) -> flow.LoanPreview | None:
        """The draft's preview, its rate checks against the vault's LPR table."""
        return flow.preview(draft, lpr_table=self.flow_as(NewLoanWizard).lpr_table)


class LenderPage(NewLoanPage):
    fields = flow.LENDER_FIELDS + ("platform_name", "platform_lender_entity", "platform_hotline")

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.platform = QComboBox()
        self.name = line_edit()
        self.entity = line_edit()
        self.hotline = line_edit(40)
        self.app_name = line_edit()
        self.kind = choice_combo([k.value for k in LenderKind], choice)
        self.contract_no = line_edit(80)
        form = self.form
        form.add("platform", self.platform, hint=True)
        form.add("platform_name", self.name)
        form.add("lender_entity", self.entity, hint=True, extra=("platform_lender_entity",))
        form.add("hotline", self.hotline, hint=True, extra=("platform_hotline",))
        form.add("app_name", self.app_name)
        form.add("lender_kind", self.kind)
        form.add("contract_no", self.contract_no)
        self.registerField("platform_name*", self.name)
        self.platform.currentIndexChanged.connect(self.platform_chosen)

    def load(self) -> None:
        presets = flow.presets()
        self.platform.addItem("", None)
        for key in flow.PRESET_ORDER:
            self.platform.addItem(presets[key].name or "", ("preset", key))
        for platform in repository.select(self.vault.db, Platform, order_by="name"):
            self.platform.addItem(platform.name, ("platform", platform.id))

    def platform_chosen(self) -> None:
        data = self.platform.currentData()
        draft = self.draft()
        if not data:
            return
        kind, key = data
        self._reading = True
        if kind == "preset":
            flow.apply_preset(draft, key)
        else:
            found = repository.get(self.vault.db, Platform, key)
            draft.platform_id = key
            draft.platform_name, draft.lender_entity = found.name, found.lender_entity
            draft.hotline, draft.app_name = found.hotline, found.app_name
            draft.lender_kind = found.lender_kind
        self.name.setText(draft.platform_name)
        self.entity.setText(draft.lender_entity)
        self.hotline.setText(draft.hotline)
        self.app_name.setText(draft.app_name)
        select_data(self.kind, draft.lender_kind.value)
        existing = kind == "platform"
        for widget in (self.name, self.entity, self.hotline, self.app_name, self.kind):
            widget.setEnabled(not existing)
        self._reading = False
        if kind == "preset" and key == "other":
            self.name.setFocus()
        self.changed()

    def read(self) -> None:
        draft = self.draft()
        draft.contract_no = self.contract_no.text()
        data = self.platform.currentData()
        if data and data[0] == "platform":
            return
        draft.platform_id = None
        draft.preset = data[1] if data else ""
        draft.platform_name = self.name.text()
        draft.lender_entity = self.entity.text()
        draft.hotline = self.hotline.text()
        draft.app_name = self.app_name.text()
        draft.lender_kind = LenderKind(self.kind.currentData())

    def refresh(self) -> None:
        recorded = flow.recorded_lender(self.vault.db, self.draft())
        self.form.hints["platform"].setText(self.tr(
            "{name} is already in your records: this loan is added to it, with the payee "
            "accounts remembered for it.").format(name=recorded.name) if recorded else self.tr(
            "Lenders you recorded before are at the end of the list."))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who lent you the money?"))
        self.setSubTitle(self.tr("Pick the platform: Jieqing fills in the lender behind it and "
                                 "its official hotline. Check them against your contract."))
        labels = self.form.labels
        labels["platform"].setText(self.tr("Platform *"))
        labels["platform_name"].setText(self.tr("Name *"))
        labels["lender_entity"].setText(self.tr("Lender (legal entity)"))
        labels["hotline"].setText(self.tr("Official hotline"))
        labels["app_name"].setText(self.tr("App"))
        labels["lender_kind"].setText(self.tr("Kind of lender"))
        labels["contract_no"].setText(self.tr("Contract or loan no."))
        self.platform.setItemText(0, self.tr("— choose —"))
        for index in range(self.platform.count()):
            data = self.platform.itemData(index)
            if data == ("preset", "other"):
                self.platform.setItemText(index, self.tr("Another lender (type its name)"))
            elif data == ("preset", "bank"):
                self.platform.setItemText(index, self.tr("A bank's consumer loan"))
            elif data == ("preset", "microloan"):
                self.platform.setItemText(index, self.tr("A small-loan company (小额贷款公司)"))
        relabel(self.kind, choice)
        self.form.hints["lender_entity"].setText(self.tr(
            "The company named in the contract, e.g. 深圳前海微众银行 behind 微粒贷."))
        self.form.hints["hotline"].setText(self.tr(
            "Only use the number shown in the lender's official app."))
        self.contract_no.setPlaceholderText(self.tr("As shown in the app or the contract"))


class AmountPage(NewLoanPage):
    fields = ("principal", "upfront_fee", "received", "borrowed_on", "rate_percent")

    def __init__(self) -> None:
        super().__init__()
        self.principal = MoneyEdit()
        self.fee = MoneyEdit()
        self.borrowed_on = DateEdit(value=date.today())
        self.rate = RateEdit()
        self.form.add("principal", self.principal)
        self.form.add("upfront_fee", self.fee, hint=True, extra=("received",))
        self.form.add("borrowed_on", self.borrowed_on)
        self.form.add("rate_percent", self.rate, hint=True)
        self.registerField("principal*", self.principal)
        self.registerField("rate*", self.rate.percent)

    def load(self) -> None:
        draft = self.draft()
        self.principal.set_value(draft.principal)
        self.fee.set_value(draft.upfront_fee or None)
        self.borrowed_on.set_value(draft.borrowed_on or date.today())
        self.rate.set_value(draft.rate_kind, draft.rate_percent, draft.day_basis)

    def local_problems(self) -> Problems:
        found = {}
        for name, widget in (("principal", self.principal), ("upfront_fee", self.fee)):
            if widget.problem():
                found[name] = widget.problem() or ""
        if self.rate.problem():
            found["rate_percent"] = self.rate.problem() or ""
        return found

    def read(self) -> None:
        draft = self.draft()
        draft.principal = self.principal.value()
        draft.upfront_fee = self.fee.value() or 0
        draft.borrowed_on = self.borrowed_on.value()
        draft.rate_kind = self.rate.kind_value()
        draft.rate_percent = self.rate.percent_value()
        draft.day_basis = self.rate.day_basis()

    def refresh(self) -> None:
        received = self.draft().received
        words = self.tr("Leave empty if you received the whole amount.")
        if received is not None and self.draft().upfront_fee and received > 0:
            words = self.tr("You received ¥{amount}.").format(amount=format_fen(received))
        self.form.hints["upfront_fee"].setText(words)

    def retranslate(self) -> None:
        self.setTitle(self.tr("How much, when, at what rate?"))
        self.setSubTitle(self.tr("Type the figures exactly as the contract or the app states "
                                 "them; Jieqing works out the true cost later."))
        labels = self.form.labels
        labels["principal"].setText(self.tr("Loan amount *"))
        labels["upfront_fee"].setText(self.tr("Fee kept back at payout"))
        labels["borrowed_on"].setText(self.tr("Date you got the money *"))
        labels["rate_percent"].setText(self.tr("Rate *"))
        self.form.hints["rate_percent"].setText(self.tr(
            "e.g. 0.05 % a day for 微粒贷, 借呗; 18 % a year; or a monthly fee rate such as "
            "0.75 % on the original amount."))
        self.refresh()


class RepaymentPage(NewLoanPage):
    fields = ("term_months", "method", "first_due", "penalty_rate_percent", "rounding")

    def __init__(self) -> None:
        super().__init__()
        self.term = QSpinBox()
        self.term.setRange(1, 600)
        self.term.setMaximumWidth(120)
        self.method = choice_combo([m.value for m in Method], choice)
        self.first_due = DateEdit(optional=True)
        self.rounding = choice_combo([r.value for r in Rounding], choice)
        self.penalty = RateEdit()
        self.secured = QCheckBox()
        self.form.add("term_months", self.term)
        self.form.add("method", self.method, hint=True)
        self.form.add("first_due", self.first_due, hint=True)
        self.form.add("penalty_rate_percent", self.penalty, hint=True)
        self.form.add("rounding", self.rounding)
        self.form.add("secured", self.secured)

    def load(self) -> None:
        draft = self.draft()
        self.term.setValue(draft.term_months)
        select_data(self.method, draft.method.value)
        self.first_due.set_value(draft.first_due)
        select_data(self.rounding, draft.rounding.value)
        self.penalty.set_value(draft.penalty_rate_kind or RateKind.daily,
                               draft.penalty_rate_percent, draft.day_basis)
        self.secured.setChecked(draft.secured)

    def local_problems(self) -> Problems:
        return {"penalty_rate_percent": self.penalty.problem() or ""} if self.penalty.problem() \
            else {}

    def read(self) -> None:
        draft = self.draft()
        draft.term_months = self.term.value()
        draft.method = Method(self.method.currentData())
        draft.first_due = self.first_due.value()
        draft.rounding = Rounding(self.rounding.currentData())
        draft.penalty_rate_kind = self.penalty.kind_value()
        draft.penalty_rate_percent = self.penalty.percent_value()
        draft.secured = self.secured.isChecked()

    def refresh(self) -> None:
        # The loan stores one day basis: a daily penalty rate counts days like the loan's
        # rate, so its basis is shown (set on the previous page) but not chosen here.
        draft = self.draft()
        basis = self.penalty.basis
        basis.blockSignals(True)
        select_data(basis, draft.day_basis)
        basis.blockSignals(False)
        basis.setEnabled(False)
        basis.setToolTip(self.tr("The same day basis as the loan's rate"))
        words = self.tr("Optional: the overdue rate the contract states, often 1.5 × the "
                        "normal rate.")
        if self.penalty.kind_value() is RateKind.daily:
            words += " " + self.tr("A daily penalty rate counts {days} days a year, like the "
                                   "loan's rate.").format(days=draft.day_basis)
        self.form.hints["penalty_rate_percent"].setText(words)

    def retranslate(self) -> None:
        self.setTitle(self.tr("How is it repaid?"))
        self.setSubTitle(self.tr("The repayment method decides how each payment splits into "
                                 "principal and interest."))
        labels = self.form.labels
        labels["term_months"].setText(self.tr("Number of monthly periods"))
        labels["method"].setText(self.tr("Repayment method"))
        labels["first_due"].setText(self.tr("First due date"))
        labels["penalty_rate_percent"].setText(self.tr("Penalty rate (罚息)"))
        labels["rounding"].setText(self.tr("Rounding"))
        labels["secured"].setText(self.tr("Secured loan"))
        self.secured.setText(self.tr("There is collateral (a pledge or mortgage)"))
        relabel(self.method, choice)
        relabel(self.rounding, choice)
        self.form.hints["method"].setText(self.tr(
            "Not sure? Compare the first two payments in the app with the preview later."))
        self.form.hints["first_due"].setText(self.tr(
            "Leave empty for one month after the loan date."))


class AccountPage(NewLoanPage):
    fields = flow.ACCOUNT_FIELDS

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.none = QRadioButton()
        self.existing_mode = QRadioButton()
        self.new_mode = QRadioButton()
        self.modes = QButtonGroup(self)
        for button, mode in ((self.none, AccountMode.none),
                             (self.existing_mode, AccountMode.existing),
                             (self.new_mode, AccountMode.new)):
            self.modes.addButton(button)
            button.setProperty("mode", mode.value)
            button.toggled.connect(self.changed)
        self.existing = QComboBox()
        self.kind = choice_combo([k.value for k in AccountKind], choice)
        self.label = line_edit(80)
        self.number = line_edit(40)
        modes = QWidget()
        column = QVBoxLayout(modes)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.none, self.existing_mode, self.new_mode):
            column.addWidget(button)
        self.form.add("mode", modes)
        self.form.add("account", self.existing)
        self.form.add("account_kind", self.kind)
        self.form.add("account_label", self.label)
        self.form.add("account_number", self.number, hint=True)

    def load(self) -> None:
        for account in flow.own_accounts(self.vault.db):
            self.existing.addItem(account.masked, account.id)
        draft = self.draft()
        mode = draft.account_mode
        if mode is AccountMode.none and self.existing.count():
            mode = AccountMode.existing
        {AccountMode.none: self.none, AccountMode.existing: self.existing_mode,
         AccountMode.new: self.new_mode}[mode].setChecked(True)
        self.existing_mode.setEnabled(self.existing.count() > 0)
        select_data(self.existing, draft.account_id)
        select_data(self.kind, draft.account_kind.value)
        self.label.setText(draft.account_label)
        self.number.setText(draft.account_number)

    def read(self) -> None:
        draft = self.draft()
        checked = self.modes.checkedButton()
        draft.account_mode = AccountMode(checked.property("mode")) if checked else AccountMode.none
        draft.account_id = self.existing.currentData()
        draft.account_kind = AccountKind(self.kind.currentData())
        draft.account_label = self.label.text()
        draft.account_number = self.number.text()

    def refresh(self) -> None:
        mode = self.draft().account_mode
        self.existing.setEnabled(mode is AccountMode.existing)
        for widget in (self.kind, self.label, self.number):
            widget.setEnabled(mode is AccountMode.new)
        self.retranslate_hint()

    def retranslate_hint(self) -> None:
        number = self.number.text().strip()
        self.form.hints["account_number"].setText(
            self.tr("Shown everywhere as: {masked}").format(masked=mask_number(number))
            if number else self.tr("Jieqing shows only the last four digits."))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which account pays it?"))
        self.setSubTitle(self.tr("The card or wallet bound to this loan for repayments."))
        self.none.setText(self.tr("Skip for now"))
        self.existing_mode.setText(self.tr("An account I recorded before"))
        self.new_mode.setText(self.tr("A new account"))
        labels = self.form.labels
        labels["mode"].setText(self.tr("Repayment account"))
        labels["account"].setText(self.tr("Account"))
        labels["account_kind"].setText(self.tr("Kind"))
        labels["account_label"].setText(self.tr("Name *"))
        labels["account_number"].setText(self.tr("Card or account no."))
        self.label.setPlaceholderText(self.tr("e.g. 招商银行储蓄卡"))
        relabel(self.kind, choice)
        self.retranslate_hint()


COLUMNS = ("due", "principal", "interest", "fee")


class LenderSchedulePage(NewLoanPage):
    fields = flow.SCHEDULE_FIELDS

    def __init__(self) -> None:
        super().__init__()
        self.ours = QRadioButton()
        self.theirs = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.ours)
        group.addButton(self.theirs)
        self.ours.setChecked(True)
        self.theirs.toggled.connect(self.changed)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self.changed)
        self.add_row = QPushButton()
        self.remove_row = QPushButton()
        self.add_row.clicked.connect(self.append_row)
        self.remove_row.clicked.connect(self.drop_row)
        self.differences = note_box("info")
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.ours)
        column.addWidget(self.theirs)
        self.form.add("source", choices)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_row)
        buttons.addWidget(self.remove_row)
        buttons.addStretch(1)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(buttons)
        self.error = error_label()  # the table's problem, with its row: shown by refresh()
        self.unreadable: tuple[int, str] | None = None  # (row, column) of a cell that isn't
        self.body.addWidget(self.error)
        self.body.addWidget(self.differences)

    def load(self) -> None:
        draft = self.draft()
        self.theirs.setChecked(draft.use_lender_schedule or draft.method is Method.custom)
        self.fill(draft.lender_rows)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        draft = self.draft()
        if not draft.lender_rows and self._loaded is False:
            draft.lender_rows = self.computed_rows()
        super().initializePage()

    def computed_rows(self) -> list[LenderRow]:
        draft = self.draft()
        if draft.method is Method.custom:
            return [LenderRow() for _ in range(draft.term_months)]
        was = draft.use_lender_schedule
        draft.use_lender_schedule = False
        shown = self.preview(draft)
        draft.use_lender_schedule = was
        if shown is None:
            return []
        return [LenderRow(i.due, i.principal, i.interest, i.fee) for i in shown.schedule]

    def fill(self, rows: list[LenderRow]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (row.due.isoformat() if row.due else "",
                      format_fen(row.principal) if row.principal is not None else "",
                      format_fen(row.interest) if row.interest is not None else "",
                      format_fen(row.fee))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)

    def append_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self.changed()

    def drop_row(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.rowCount() - 1]:
            if row >= 0:
                self.table.removeRow(row)
        self.changed()

    def read(self) -> None:
        draft = self.draft()
        draft.use_lender_schedule = self.theirs.isChecked()
        rows = []
        self.unreadable = None
        for index in range(self.table.rowCount()):
            cells = [(self.table.item(index, c).text().strip() if self.table.item(index, c)
                      else "") for c in range(4)]
            values = (_date(cells[0]), _fen(cells[1]), _fen(cells[2]), _fen(cells[3]))
            for column, (cell, value) in enumerate(zip(cells, values, strict=True)):
                if cell and value is None and self.unreadable is None:
                    self.unreadable = (index + 1, COLUMNS[column])
            rows.append(LenderRow(values[0], values[1], values[2], values[3] or 0))
        draft.lender_rows = rows

    def local_problems(self) -> Problems:
        typing = self.draft().use_lender_schedule
        return {"lender_rows": "flow.amount_format"} if typing and self.unreadable else {}

    def table_problem(self) -> str | None:
        """What stops the typed schedule from being saved, naming the row and column."""
        if not self.draft().use_lender_schedule:
            return None
        if self.unreadable:
            row, column = self.unreadable
            key = "invalid.date" if column == "due" else "flow.amount_format"
            found: flow.ScheduleProblem | None = flow.ScheduleProblem(key, row, column)
        else:
            found = flow.schedule_problem(self.draft())
        if found is None:
            return None
        if found.row is None:
            return text(found.key)
        if not found.column:
            return self.tr("Row {row}: {problem}").format(row=found.row, problem=text(found.key))
        return self.tr("Row {row}, {column}: {problem}").format(
            row=found.row, column=self.column_names()[found.column], problem=text(found.key))

    def column_names(self) -> dict[str, str]:
        return {"due": self.tr("due date"), "principal": self.tr("principal"),
                "interest": self.tr("interest"), "fee": self.tr("fees")}

    def refresh(self) -> None:
        typing = self.draft().use_lender_schedule
        for widget in (self.table, self.add_row, self.remove_row):
            widget.setVisible(typing)
        show_inline(self.error, self.table_problem())
        shown = self.preview(self.draft()) if typing else None
        if not shown or not shown.differences:
            set_note(self.differences, "" if not (typing and shown and shown.computed) else
                     escape(self.tr("The lender's schedule matches the one Jieqing computed.")))
            return
        names = {DifferenceField.due: self.tr("due date"),
                 DifferenceField.principal: self.tr("principal"),
                 DifferenceField.interest: self.tr("interest"),
                 DifferenceField.fee: self.tr("fees"),
                 DifferenceField.payment: self.tr("payment"),
                 DifferenceField.only_ours: self.tr("only in Jieqing's schedule"),
                 DifferenceField.only_lenders: self.tr("only in the lender's schedule")}
        lines = [self.tr("No. {n}: {what} — Jieqing {ours}, lender {theirs}").format(
            n=d.n, what=names[d.field], ours=_show(d.ours), theirs=_show(d.lenders))
            for d in shown.differences[:8]]
        more = len(shown.differences) - len(lines)
        if more > 0:
            lines.append(self.tr("… and {count} more").format(count=more))
        set_note(self.differences, "<b>" + escape(self.tr(
            "Where the lender's figures differ (the lender's figures are kept):")) + "</b>"
            + bullets(lines))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Does the lender's schedule match?"))
        self.setSubTitle(self.tr("Open the repayment plan in the lender's app. If its figures "
                                 "differ from Jieqing's, type the lender's: they win."))
        self.form.labels["source"].setText(self.tr("Schedule"))
        self.ours.setText(self.tr("Use the schedule Jieqing computes"))
        self.theirs.setText(self.tr("Type the lender's schedule (prefilled with Jieqing's)"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due (YYYY-MM-DD)"), self.tr("Principal ¥"), self.tr("Interest ¥"),
             self.tr("Fees ¥")])
        self.add_row.setText(self.tr("Add a row"))
        self.remove_row.setText(self.tr("Remove selected rows"))
        self.refresh()


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _fen(value: str) -> int | None:
    """A cell's amount; a negative one is read as such, for the core to name the problem."""
    negative = value[:1] in ("-", "－", "−")
    try:
        fen = parse_amount(value[1:] if negative else value) if value else None
    except ValueError:
        return None
    return -fen if negative and fen is not None else fen


def _show(value: object) -> str:
    if isinstance(value, int):
        return "¥" + format_fen(value)
    if isinstance(value, date):
        return value.isoformat()
    return "—"


class PreviewPage(NewLoanPage):
    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.warnings = note_box("warning")
        self.disclaimer = hint_label()
        self.table = ScheduleTable()
        self.body.addWidget(self.summary)
        self.body.addWidget(self.warnings)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.disclaimer)

    def refresh(self) -> None:
        draft = self.draft()
        shown = self.preview(draft)
        if shown is None:
            self.summary.setText(self.tr("Some figures are missing: go back and complete them."))
            self.table.set_rows([])
            set_note(self.warnings, "")
            return
        cost = shown.true_cost
        rows = [
            (self.tr("Amount received"), "¥" + format_fen(draft.received or 0)),
            (self.tr("Total to repay"), "¥" + format_fen(shown.total_repaid)),
            (self.tr("Interest and fees"), "¥" + format_fen(shown.total_interest_and_fees)),
            (self.tr("True annual cost (APR)"),
             f"{cost.apr.quantize(_CENT)} %" if cost else self.tr("cannot be computed")),
        ]
        if cost:
            rows.append((self.tr("Effective annual rate"), f"{cost.ear.quantize(_CENT)} %"))
        self.summary.setText("<table cellspacing='3'>" + "".join(
            f"<tr><td>{escape(k)}</td><td align='right'><b>{escape(v)}</b></td></tr>"
            for k, v in rows) + "</table>")
        items = []
        for warning in shown.warnings:
            message = text(warning.code.value, apr=str(warning.apr_percent.quantize(_CENT)),
                           threshold=str(warning.threshold_percent or 0),
                           amount=format_fen(warning.amount_fen or 0))
            items.append(f"{message} {text('basis.' + warning.code.value)}")
        set_note(self.warnings, ("<b>" + escape(self.tr("Please note")) + "</b>" + bullets(items))
                 if items else "")
        self.disclaimer.setText(text("disclaimer") if items else "")
        self.disclaimer.setVisible(bool(items))
        self.table.set_rows(shown.schedule)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check before saving"))
        self.setSubTitle(self.tr("The true cost counts every fee over the money you actually "
                                 "received. Press Finish to save the loan."))
        self.refresh()


_CENT = Decimal("0.01")


class NewLoanWizard(FlowWizard):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.draft = NewLoanDraft(borrowed_on=date.today())
        self.lpr_table = vault_lpr_table(vault.db)  # the bundled fixings and the user's
        self.page_lender = LenderPage(vault)
        self.page_amount = AmountPage()
        self.page_repayment = RepaymentPage()
        self.page_account = AccountPage(vault)
        self.page_schedule = LenderSchedulePage()
        self.page_preview = PreviewPage()
        for page in (self.page_lender, self.page_amount, self.page_repayment,
                     self.page_account, self.page_schedule, self.page_preview):
            self.addPage(page)
        self.setWindowTitle(self.tr("Record a new loan"))

    def problems(self) -> Problems:
        return flow.problems(self.draft)

    def save(self) -> int:
        return flow.save(self.vault, self.draft)


def open_new_loan_wizard(parent: QWidget | None, vault: Vault) -> bool:
    """The new-loan form; True when a loan was saved."""
    return bool(NewLoanWizard(vault, parent).exec())
