"""Record a new loan: lender, figures as the contract states them, repayment account, and a
preview (schedule, true APR, rate warnings) before anything is saved.

The user may type the lender's own schedule; it is stored verbatim (the lender's figures
win) and `preview` lists where it differs from the schedule we compute.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from vault import loans, repository
from vault.apr import AprResult
from vault.errors import ValidationError
from vault.flows import Problems, not_in_future, record_problems, require_valid
from vault.overview import build_overview
from vault.platforms import presets
from vault.records import (
    Account,
    AccountKind,
    Installment,
    LenderKind,
    Loan,
    Plan,
    PlanKind,
    Platform,
)
from vault.schedule import Difference, Method, RateKind, Rounding, compare_schedules
from vault.schedule import Installment as ScheduledInstallment
from vault.store import Connection, Vault
from vault.thresholds import LprFixing, RateWarning


class AccountMode(StrEnum):
    none = "none"
    existing = "existing"
    new = "new"


@dataclass
class LenderRow:
    """One row of the lender's schedule as the user types it (None: not filled in yet)."""

    due: date | None = None
    principal: int | None = None
    interest: int | None = None
    fee: int = 0


@dataclass
class NewLoanDraft:
    # the lender: an existing platform, or a new one (perhaps from a preset)
    platform_id: int | None = None
    preset: str = ""
    platform_name: str = ""
    lender_entity: str = ""
    hotline: str = ""
    app_name: str = ""
    lender_kind: LenderKind = LenderKind.licensed
    contract_no: str = ""
    # the figures
    principal: int | None = None
    upfront_fee: int = 0  # kept back at drawdown: the amount received is principal − fee
    borrowed_on: date | None = None
    rate_kind: RateKind = RateKind.annual
    rate_percent: Decimal | None = None
    day_basis: int = 360
    term_months: int = 12
    method: Method = Method.annuity
    rounding: Rounding = Rounding.posted
    first_due: date | None = None
    penalty_rate_kind: RateKind | None = None
    penalty_rate_percent: Decimal | None = None
    secured: bool = False
    # where repayments come from
    account_mode: AccountMode = AccountMode.none
    account_id: int | None = None
    account_kind: AccountKind = AccountKind.bank_card
    account_label: str = ""
    account_number: str = ""
    # the lender's own schedule, typed verbatim (empty: use ours)
    use_lender_schedule: bool = False
    lender_rows: list[LenderRow] = field(default_factory=list)
    note: str = ""

    @property
    def received(self) -> int | None:
        if self.principal is None:
            return None
        return self.principal - self.upfront_fee


PRESET_ORDER = (
    "weilidai", "jiebei", "jintiao", "meituan", "jietiao360", "bank", "microloan", "other",
)


def apply_preset(draft: NewLoanDraft, key: str) -> None:
    """Fill the lender's name, entity, hotline and app from a preset (all stay editable)."""
    preset = presets()[key]
    draft.platform_id = None
    draft.preset = key
    draft.platform_name = preset.name
    draft.lender_entity = preset.lender_entity
    draft.hotline = preset.hotline
    draft.app_name = preset.app_name
    draft.lender_kind = preset.lender_kind


def filled_in(draft: NewLoanDraft) -> Platform:
    """What the draft's preset filled in (the draft's defaults when it has none)."""
    preset = presets().get(draft.preset)
    return preset if preset is not None else platform_record(NewLoanDraft())


def platform_record(draft: NewLoanDraft) -> Platform:
    return Platform(
        name=draft.platform_name.strip(), lender_entity=draft.lender_entity.strip(),
        hotline=draft.hotline.strip(), app_name=draft.app_name.strip(),
        lender_kind=draft.lender_kind,
    )


def account_record(draft: NewLoanDraft) -> Account:
    return Account(
        kind=draft.account_kind, label=draft.account_label.strip(),
        number=draft.account_number.replace(" ", ""),
    )


def loan_record(draft: NewLoanDraft, platform_id: int = 0, account_id: int | None = None) -> Loan:
    """The Loan the draft describes (placeholder values where a field is still empty)."""
    principal = draft.principal or 0
    return Loan(
        platform_id=platform_id, borrowed_on=draft.borrowed_on or date(2000, 1, 1),
        principal=principal, received=principal - draft.upfront_fee,
        upfront_fee=draft.upfront_fee, rate_kind=draft.rate_kind,
        rate_percent=draft.rate_percent if draft.rate_percent is not None else Decimal(0),
        day_basis=draft.day_basis, term_months=draft.term_months, method=draft.method,
        rounding=draft.rounding, first_due=draft.first_due,
        penalty_rate_kind=draft.penalty_rate_kind if draft.penalty_rate_percent is not None
        else None,
        penalty_rate_percent=draft.penalty_rate_percent, account_id=account_id,
        contract_no=draft.contract_no.strip(), secured=draft.secured, note=draft.note.strip(),
    )


# Fields on each page of the form, so a page can ask for its own problems.
LENDER_FIELDS = ("platform", "platform_name", "lender_entity", "hotline", "contract_no")
TERMS_FIELDS = (
    "principal", "upfront_fee", "received", "borrowed_on", "rate_percent", "term_months",
    "method", "first_due", "penalty_rate_percent",
)
ACCOUNT_FIELDS = ("account", "account_label", "account_number")
SCHEDULE_FIELDS = ("lender_rows",)


def problems(draft: NewLoanDraft, *, today: date | None = None) -> Problems:
    today = today or date.today()
    found: Problems = {}
    if draft.platform_id is None:
        found.update(record_problems(platform_record(draft), "platform_"))
        if "platform_name" in found and not draft.preset:
            found["platform"] = "flow.choose_lender"
    if draft.principal is None:
        found["principal"] = "invalid.required"
    if draft.borrowed_on is None:
        found["borrowed_on"] = "invalid.required"
    if draft.rate_percent is None:
        found["rate_percent"] = "invalid.required"
    if draft.principal is not None and draft.upfront_fee >= draft.principal:
        found["upfront_fee"] = "flow.fee_not_below_principal"
    if draft.method is Method.custom and not draft.use_lender_schedule:
        found["method"] = "flow.custom_needs_schedule"
    for key, value in record_problems(loan_record(draft)).items():
        found.setdefault(key, value)
    not_in_future(found, "borrowed_on", draft.borrowed_on, today)
    if draft.account_mode is AccountMode.existing and draft.account_id is None:
        found["account"] = "invalid.required"
    if draft.account_mode is AccountMode.new:
        for key, value in record_problems(account_record(draft), "account_").items():
            found.setdefault(key, value)
    if draft.use_lender_schedule:
        problem = schedule_problem(draft)
        if problem:
            found["lender_rows"] = problem.key
    return found


@dataclass(frozen=True)
class ScheduleProblem:
    """Why the typed schedule cannot be saved, and where: the row (from 1) and the column
    ("due", "principal", "interest", "fee"), when the problem is in one place."""

    key: str
    row: int | None = None
    column: str = ""


def schedule_problem(draft: NewLoanDraft) -> ScheduleProblem | None:
    """The first problem of the typed schedule, row by row, then of the whole."""
    rows = draft.lender_rows
    if not rows:
        return ScheduleProblem("flow.schedule_empty")
    previous: date | None = None
    for number, row in enumerate(rows, 1):
        if row.due is None or row.principal is None or row.interest is None:
            return ScheduleProblem("flow.schedule_row_incomplete", number)
        # the installment's own rules (date range, amounts neither negative nor absurd)
        stored = Installment(plan_id=1, n=number, due_on=row.due, principal=row.principal,
                             interest=row.interest, fee=row.fee)
        wrong = record_problems(stored)
        if wrong:
            ((name, key),) = wrong.items()
            return ScheduleProblem(key, number, "due" if name == "due_on" else name)
        if previous is not None and row.due <= previous:
            return ScheduleProblem("flow.schedule_dates_order", number, "due")
        if previous is None and draft.borrowed_on is not None and row.due <= draft.borrowed_on:
            return ScheduleProblem("invalid.first_due_before_start", number, "due")
        previous = row.due
    if draft.principal is not None and sum(r.principal or 0 for r in rows) != draft.principal:
        return ScheduleProblem("flow.schedule_principal_mismatch", column="principal")
    return None


def lender_schedule(draft: NewLoanDraft) -> list[ScheduledInstallment]:
    return [
        ScheduledInstallment(n=k, due=r.due, principal=r.principal, interest=r.interest, fee=r.fee)
        for k, r in enumerate(draft.lender_rows, 1)
        if r.due is not None and r.principal is not None and r.interest is not None
    ]


@dataclass(frozen=True)
class LoanPreview:
    schedule: list[ScheduledInstallment]  # what will be stored (the lender's, if typed)
    computed: list[ScheduledInstallment]  # ours ([] for a custom plan)
    differences: list[Difference]  # ours against the lender's
    true_cost: AprResult | None
    warnings: list[RateWarning]

    @property
    def total_repaid(self) -> int:
        return sum(i.payment for i in self.schedule)

    @property
    def total_interest_and_fees(self) -> int:
        return sum(i.interest + i.fee for i in self.schedule)


def preview(draft: NewLoanDraft, *, today: date | None = None,
            lpr_table: Sequence[LprFixing] | None = None) -> LoanPreview | None:
    """The schedule, true cost and rate warnings of a complete draft (None while not);
    ``lpr_table`` is the vault's (thresholds.vault_lpr_table), else the bundled one."""
    if any(k in problems(draft, today=today) for k in (*TERMS_FIELDS, *SCHEDULE_FIELDS)):
        return None
    loan = loan_record(draft)
    computed = [] if draft.method is Method.custom else loans.computed_schedule(loan)
    typed = lender_schedule(draft) if draft.use_lender_schedule else []
    schedule = typed or computed
    platform = platform_record(draft) if draft.platform_id is None else Platform(
        name="-", lender_kind=draft.lender_kind)
    plan = Plan(loan_id=0, id=1, kind=PlanKind.original, effective_from=loan.borrowed_on,
                principal=loan.principal, rate_kind=loan.rate_kind,
                rate_percent=loan.rate_percent, term_months=loan.term_months,
                method=loan.method)
    rows = [Installment(plan_id=1, n=i.n, due_on=i.due, principal=i.principal,
                        interest=i.interest, fee=i.fee) for i in schedule]
    overview = build_overview(loan, platform, [plan], {1: rows}, [], loan.borrowed_on,
                              lpr_table=lpr_table)
    return LoanPreview(
        schedule=schedule, computed=computed,
        differences=compare_schedules(computed, typed) if typed and computed else [],
        true_cost=overview.true_cost, warnings=overview.warnings,
    )


def existing_lender_kind(db: Connection, platform_id: int) -> LenderKind:
    return repository.get(db, Platform, platform_id).lender_kind


def recorded_lender(db: Connection, draft: NewLoanDraft) -> Platform | None:
    """The recorded lender that the draft's new lender is, if any.

    A lender is known by its name: choosing the 微粒贷 preset a second time adds the loan to
    the 微粒贷 already recorded (the payee accounts remembered for it stay known), never to a
    second 微粒贷. Only a legal entity the user typed that differs from the recorded one
    makes a same-named lender another lender (two banks both left as 银行消费贷).
    """
    if draft.platform_id is not None:
        return None
    typed, filled = platform_record(draft), filled_in(draft)
    entity = typed.lender_entity
    for found in repository.select(db, Platform, "name = ?", (typed.name,)):
        if (not entity or entity == filled.lender_entity or not found.lender_entity
                or entity == found.lender_entity):
            return found
    return None


def merged_lender(found: Platform, draft: NewLoanDraft) -> Platform:
    """The recorded lender with the details the user changed in the draft.

    A detail the user typed (not empty, and not what the preset filled in) replaces the
    recorded one, being newer; a detail left as the preset filled it keeps the recorded
    value, which the user may have corrected before, and only fills it in where empty.
    """
    typed, filled = platform_record(draft), filled_in(draft)
    changes: dict[str, Any] = {}
    for name in ("lender_entity", "hotline", "app_name", "lender_kind"):
        value, recorded = getattr(typed, name), getattr(found, name)
        if value and value != recorded and (value != getattr(filled, name) or not recorded):
            changes[name] = value
    return replace(found, **changes)


def own_accounts(db: Connection) -> list[Account]:
    """The user's own accounts (a lender's payee accounts are not ones to repay from)."""
    return repository.select(db, Account, "platform_id IS NULL", order_by="label")


def _lender_id(db: Connection, draft: NewLoanDraft) -> int:
    if draft.platform_id is not None:
        return draft.platform_id
    found = recorded_lender(db, draft)
    if found is None:
        stored = repository.insert(db, platform_record(draft))
    else:
        stored = merged_lender(found, draft)
        if stored != found:
            repository.update(db, stored)
    assert stored.id is not None
    return stored.id


def _account_id(db: Connection, draft: NewLoanDraft) -> int | None:
    if draft.account_mode is AccountMode.new:
        return repository.insert(db, account_record(draft)).id
    if draft.account_mode is AccountMode.none or draft.account_id is None:
        return None
    if repository.get(db, Account, draft.account_id).platform_id is not None:
        raise ValidationError("account", "invalid.choice", "not one of your own accounts")
    return draft.account_id


def save(vault: Vault, draft: NewLoanDraft, *, today: date | None = None) -> int:
    """Store the lender (if new), the account (if new), the loan and its plan together."""
    require_valid(problems(draft, today=today))
    with vault.transaction() as db:
        platform_id = _lender_id(db, draft)
        account_id = _account_id(db, draft)
        loan, _plan = loans.add_loan(
            db, loan_record(draft, platform_id, account_id),
            lender_schedule(draft) if draft.use_lender_schedule else None,
        )
        assert loan.id is not None
        return loan.id
