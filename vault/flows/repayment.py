"""Record a repayment: which loan and installments, how much, when, through which channel,
from which account to which payee, the receipt, and how the money was allocated.

The payee check (DOMAIN.md step 2, seed 003): money should only go to an account the user
knows for this lender. A payee that matches none is stored with `payee_known=False` and
the form warns plainly; the user may record it as the lender's account once they have
confirmed it through the official hotline.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from vault import repository
from vault.flows import (
    Problems,
    Target,
    not_in_future,
    record_problems,
    require_valid,
    save_with_files,
)
from vault.overview import LoanOverview, build_overview, loan_overview, loan_status
from vault.reconcile import InstallmentState, LoanSummary, Status
from vault.records import (
    Account,
    AccountKind,
    DocumentKind,
    Installment,
    Loan,
    LoanStatus,
    Payment,
    PaymentChannel,
    Plan,
    PlanKind,
    Platform,
)
from vault.store import Connection, Vault


@dataclass
class PaymentDraft:
    loan_id: int | None = None
    installments: list[int] = field(default_factory=list)  # numbers the user means to pay
    amount: int | None = None
    paid_on: date | None = None
    channel: PaymentChannel = PaymentChannel.app
    account_id: int | None = None  # the user's account the money came from
    payee: str = ""  # the account the money went to, as the receipt shows it
    remember_payee: bool = False  # confirmed with the official hotline: keep as the lender's
    reference_no: str = ""
    note: str = ""
    receipts: list[Path] = field(default_factory=list)


OPEN = (Status.overdue, Status.due, Status.partly_paid, Status.future)


def open_installments(overview: LoanOverview) -> list[InstallmentState]:
    return [s for s in overview.states if s.status in OPEN and s.remaining > 0]


def default_installments(overview: LoanOverview) -> list[InstallmentState]:
    """The oldest open ones: every overdue installment, else the next one due."""
    open_ = open_installments(overview)
    overdue = [s for s in open_ if s.status is Status.overdue]
    return overdue or open_[:1]


def amount_for(states: list[InstallmentState], numbers: list[int]) -> int:
    """What is still owed on the chosen installments (penalties included)."""
    return sum(s.remaining for s in states if s.installment.n in numbers)


# -- the payee check --------------------------------------------------------------------


def _normal(text: str) -> str:
    return re.sub(r"[\s*·•\-_()（）]", "", unicodedata.normalize("NFKC", text)).lower()


def known_payees(db: Connection, loan_id: int) -> list[str]:
    """What the money may go to for this loan: the lender, its app, its recorded accounts,
    and payees of earlier payments on this loan that were known."""
    loan = repository.get(db, Loan, loan_id)
    platform = repository.get(db, Platform, loan.platform_id)
    names = [platform.lender_entity, platform.name, platform.app_name]
    for account in repository.select(db, Account, "platform_id = ?", (loan.platform_id,)):
        names.extend([account.label, account.number])
    for payment in repository.select(
        db, Payment, "loan_id = ? AND payee_known = 1", (loan_id,), order_by="paid_on DESC"
    ):
        names.append(payment.payee)
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


def is_known_payee(payee: str, known: list[str]) -> bool:
    """An empty payee is not a claim about anything; otherwise it must match a known name
    (either containing the other, ignoring spaces and masking stars)."""
    wanted = _normal(payee)
    if not wanted:
        return True
    for name in known:
        candidate = _normal(name)
        if candidate and (candidate in wanted or (len(wanted) >= 4 and wanted in candidate)):
            return True
    return False


def payee_warning(draft: PaymentDraft, known: list[str]) -> str | None:
    if draft.remember_payee or is_known_payee(draft.payee, known):
        return None
    return "flow.payee_unknown"


# -- validity and allocation ------------------------------------------------------------

DETAILS_FIELDS = ("loan", "installments", "amount", "paid_on", "channel")
PAYEE_FIELDS = ("account", "payee", "reference_no", "note")


def to_record(draft: PaymentDraft, payee_known: bool = True) -> Payment:
    return Payment(
        loan_id=draft.loan_id or 0, paid_on=draft.paid_on or date(2000, 1, 1),
        amount=draft.amount or 0, channel=draft.channel, account_id=draft.account_id,
        payee=draft.payee.strip(), payee_known=payee_known,
        reference_no=draft.reference_no.strip(), note=draft.note.strip(),
    )


def problems(draft: PaymentDraft, *, today: date | None = None) -> Problems:
    today = today or date.today()
    found: Problems = {}
    if draft.loan_id is None:
        found["loan"] = "flow.choose_loan"
    if draft.amount is None:
        found["amount"] = "invalid.required"
    if draft.paid_on is None:
        found["paid_on"] = "invalid.required"
    for key, value in record_problems(to_record(draft)).items():
        found.setdefault(key, value)
    not_in_future(found, "paid_on", draft.paid_on, today)
    if draft.remember_payee and not draft.payee.strip():
        found["payee"] = "flow.payee_needed_to_remember"
    return found


@dataclass(frozen=True)
class AllocationRow:
    """What this payment paid on one installment."""

    n: int
    due: date
    fee: int
    penalty: int
    interest: int
    principal: int
    status_before: Status
    status_after: Status

    @property
    def total(self) -> int:
        return self.fee + self.penalty + self.interest + self.principal


@dataclass(frozen=True)
class Allocation:
    rows: list[AllocationRow]  # what this payment pays, on the day it was made
    before: LoanSummary  # the loan today without it
    after: LoanSummary  # and with it
    # payments already recorded with a later date: allocated again after this one
    later_payments: int = 0

    @property
    def to_credit(self) -> int:
        return self.after.credit - self.before.credit


def _load(db: Connection, loan_id: int) -> tuple[Loan, Platform, list[Plan],
                                                dict[int, list[Installment]], list[Payment]]:
    loan = repository.get(db, Loan, loan_id)
    plans = repository.select(db, Plan, "loan_id = ?", (loan_id,))
    rows: dict[int, list[Installment]] = defaultdict(list)
    for row in repository.select(
        db, Installment, "plan_id IN (SELECT id FROM plan WHERE loan_id = ?)", (loan_id,)
    ):
        rows[row.plan_id].append(row)
    payments = repository.select(db, Payment, "loan_id = ?", (loan_id,), order_by="paid_on, id")
    return loan, repository.get(db, Platform, loan.platform_id), plans, rows, payments


def allocation(db: Connection, draft: PaymentDraft, *, today: date | None = None
               ) -> Allocation | None:
    """How the payment is allocated: the loan as it stood on the payment's day, reconciled
    without it and with it, compared installment by installment (oldest first; fees →
    penalty → interest → principal); and the loan today without it and with it. A payment
    dated before others already recorded changes how those are allocated: the rows show only
    what this one pays, and `later_payments` says how many are allocated again after it."""
    if draft.loan_id is None or draft.amount is None or draft.paid_on is None:
        return None
    if draft.amount <= 0:
        return None
    loan, platform, plans, rows, payments = _load(db, draft.loan_id)
    if not plans:
        return None
    paid_on, record = draft.paid_on, to_record(draft)

    def overview(made: list[Payment], as_of: date) -> LoanOverview:
        return build_overview(loan, platform, plans, rows, made, as_of, with_true_cost=False)

    earlier = [p for p in payments if p.paid_on <= paid_on]  # the same day's come first
    changed = []
    for old, new in zip(overview(earlier, paid_on).states,
                        overview([*earlier, record], paid_on).states, strict=True):
        # A payoff re-allocates what was paid before against the payoff's figures: a part
        # that falls is not this payment's doing (the money moves to another installment).
        parts = (
            max(0, new.paid_fee - old.paid_fee), max(0, new.paid_penalty - old.paid_penalty),
            max(0, new.paid_interest - old.paid_interest),
            max(0, new.paid_principal - old.paid_principal),
        )
        if any(parts) or old.status is not new.status:
            changed.append(AllocationRow(
                new.installment.n, new.installment.due, *parts, old.status, new.status))
    as_of = max(today or date.today(), paid_on, *(p.paid_on for p in payments))
    return Allocation(changed, overview(payments, as_of).summary,
                      overview([*payments, record], as_of).summary,
                      later_payments=len(payments) - len(earlier))


def status_after(loan: Loan, plan: Plan | None, summary: LoanSummary) -> LoanStatus:
    """The loan's status with its payments reconciled (`vault.overview.loan_status`); ``plan``
    is its latest agreed plan (a negotiated one makes it restructured)."""
    return loan_status(loan.status, summary, plan is not None and plan.kind is not PlanKind.original)


def refresh_status(db: Connection, loan_id: int, today: date) -> LoanStatus:
    """Store the loan's status as of ``today`` (inside the caller's transaction). Every screen
    works the status out afresh for its own day (`LoanOverview.status`); the stored one keeps
    the user's own steps and, for anything reading the record alone, the state at the save."""
    overview = loan_overview(db, loan_id, today)
    if overview.status is not overview.loan.status:
        repository.update(db, replace(overview.loan, status=overview.status))
    return overview.status


def save(vault: Vault, draft: PaymentDraft, *, today: date | None = None) -> int:
    """The payment, its receipts and (if asked) the payee as the lender's account, the
    loan's status brought up to date: all together."""
    today = today or date.today()
    require_valid(problems(draft, today=today))
    assert draft.loan_id is not None
    loan_id = draft.loan_id

    def write(db: Connection) -> dict[str, Target]:
        loan = repository.get(db, Loan, loan_id)
        known = is_known_payee(draft.payee, known_payees(db, loan_id))
        if draft.remember_payee and not known:
            repository.insert(db, Account(
                kind=AccountKind.other, label=draft.payee.strip(), platform_id=loan.platform_id,
                note="confirmed as the lender's account"))
            known = True
        stored = repository.insert(db, to_record(draft, payee_known=known))
        assert stored.id is not None
        refresh_status(db, loan_id, max(today, draft.paid_on or today))
        return {"payment": ("payment", stored.id)}

    files = [(path, DocumentKind.receipt, "payment") for path in draft.receipts]
    return save_with_files(vault, files, write)["payment"][1]
