"""Record a new loan: lender, figures as the contract states them, repayment account, and a
preview (schedule, true APR, rate warnings) before anything is saved.

The user may type the lender's own schedule; it is stored verbatim (the lender's figures
win) and `preview` lists where it differs from the schedule we compute.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from vault import loans, repository
from vault.apr import AprResult
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
from vault.thresholds import RateWarning


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
        problem = _rows_problem(draft)
        if problem:
            found["lender_rows"] = problem
    return found


def _rows_problem(draft: NewLoanDraft) -> str | None:
    rows = draft.lender_rows
    if not rows:
        return "flow.schedule_empty"
    if any(r.due is None or r.principal is None or r.interest is None for r in rows):
        return "flow.schedule_row_incomplete"
    dues = [r.due for r in rows if r.due is not None]
    if any(later <= earlier for earlier, later in zip(dues, dues[1:], strict=False)):
        return "flow.schedule_dates_order"
    if draft.borrowed_on is not None and dues[0] <= draft.borrowed_on:
        return "invalid.first_due_before_start"
    if draft.principal is not None and sum(r.principal or 0 for r in rows) != draft.principal:
        return "flow.schedule_principal_mismatch"
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


def preview(draft: NewLoanDraft, *, today: date | None = None) -> LoanPreview | None:
    """The schedule, true cost and rate warnings of a complete draft (None while not)."""
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
    overview = build_overview(loan, platform, [plan], {1: rows}, [], loan.borrowed_on)
    return LoanPreview(
        schedule=schedule, computed=computed,
        differences=compare_schedules(computed, typed) if typed and computed else [],
        true_cost=overview.true_cost, warnings=overview.warnings,
    )


def existing_lender_kind(db: Connection, platform_id: int) -> LenderKind:
    return repository.get(db, Platform, platform_id).lender_kind


def save(vault: Vault, draft: NewLoanDraft, *, today: date | None = None) -> int:
    """Store the lender (if new), the account (if new), the loan and its plan together."""
    require_valid(problems(draft, today=today))
    with vault.transaction() as db:
        platform_id = draft.platform_id
        if platform_id is None:
            platform_id = repository.insert(db, platform_record(draft)).id
        assert platform_id is not None
        account_id = draft.account_id if draft.account_mode is AccountMode.existing else None
        if draft.account_mode is AccountMode.new:
            account_id = repository.insert(db, account_record(draft)).id
        loan, _plan = loans.add_loan(
            db, loan_record(draft, platform_id, account_id),
            lender_schedule(draft) if draft.use_lender_schedule else None,
        )
        assert loan.id is not None
        return loan.id
