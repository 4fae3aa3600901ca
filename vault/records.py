"""The borrower's records, as plain immutable values, and the rules each must satisfy.

Money is integer fen; rates are Decimal percent as the contract states them; dates are
`datetime.date`. `validate()` raises ValidationError naming the field and a message key
the UI translates, so bad input is refused before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import ClassVar

from vault.errors import ValidationError
from vault.schedule import Method, RateKind, Rounding

MAX_TEXT = 2000
MAX_ANNUAL_PERCENT = Decimal(1000)
MAX_TERM_MONTHS = 600
EARLIEST_DATE = date(1990, 1, 1)
LATEST_DATE = date(2100, 12, 31)
MAX_AMOUNT_FEN = 100_000_000_000  # one billion yuan: anything above is a typing slip


class LenderKind(StrEnum):
    licensed = "licensed"  # banks, consumer-finance and small-loan companies
    private = "private"  # individuals and unlicensed lenders


class AccountKind(StrEnum):
    bank_card = "bank_card"
    alipay = "alipay"
    wechat = "wechat"
    other = "other"


class LoanStatus(StrEnum):
    active = "active"
    overdue = "overdue"
    negotiating = "negotiating"
    restructured = "restructured"
    settled = "settled"  # paid off, settlement certificate not yet in hand
    closed = "closed"  # certificate kept, credit report checked, account closed


class PlanKind(StrEnum):
    original = "original"
    restructured = "restructured"  # 协商分期 / 个性化分期
    deferral = "deferral"  # 展期
    reduction = "reduction"  # interest, penalty or principal reduced


class PaymentChannel(StrEnum):
    auto_debit = "auto_debit"
    app = "app"
    offline = "offline"
    transfer = "transfer"
    other = "other"


class ContactChannel(StrEnum):
    phone = "phone"
    app_chat = "app_chat"
    sms = "sms"
    email = "email"
    visit = "visit"
    letter = "letter"
    other = "other"


class Counterpart(StrEnum):
    platform = "platform"  # the lender's official customer service
    collector = "collector"
    regulator = "regulator"
    legal_aid = "legal_aid"
    other = "other"


class DocumentKind(StrEnum):
    settlement_certificate = "settlement_certificate"  # 结清证明
    receipt = "receipt"  # 还款凭证
    contract = "contract"  # 合同
    agreement = "agreement"  # 协商协议
    credit_report = "credit_report"  # 征信报告
    call_recording = "call_recording"  # 通话录音
    other = "other"


# -- field rules ----------------------------------------------------------------------


def require_text(name: str, value: str) -> None:
    if not value.strip():
        raise ValidationError(name, "invalid.required", "this field is required")
    check_text(name, value)


def check_text(name: str, value: str) -> None:
    if len(value) > MAX_TEXT:
        raise ValidationError(
            name, "invalid.too_long", f"at most {MAX_TEXT} characters", limit=MAX_TEXT
        )


def check_texts(record: object, *names: str) -> None:
    """check_text for each named text field of `record`, in order."""
    for name in names:
        check_text(name, getattr(record, name))


def check_amount(name: str, fen: int, *, allow_zero: bool = True) -> None:
    if isinstance(fen, bool) or not isinstance(fen, int):  # never a float: money is whole fen
        raise ValidationError(
            name, "invalid.amount_not_fen", "an amount must be a whole number of fen"
        )
    if fen < 0:
        raise ValidationError(name, "invalid.negative", "an amount cannot be negative")
    if fen == 0 and not allow_zero:
        raise ValidationError(name, "invalid.zero", "the amount must be more than zero")
    if fen > MAX_AMOUNT_FEN:
        raise ValidationError(name, "invalid.amount_too_large", "the amount is too large")


def check_date(name: str, value: date | None, *, required: bool = True) -> None:
    if value is None:
        if required:
            raise ValidationError(name, "invalid.required", "this field is required")
        return
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValidationError(name, "invalid.date_range", "the date is out of range")


def check_term(name: str, months: int) -> None:
    if not 1 <= months <= MAX_TERM_MONTHS:
        raise ValidationError(
            name, "invalid.term", f"the term must be 1 to {MAX_TERM_MONTHS} months"
        )


def check_choice(name: str, value: str, choices: type[StrEnum]) -> None:
    if value not in {c.value for c in choices}:
        raise ValidationError(name, "invalid.choice", f"unknown value {value!r}")


def annual_equivalent(kind: str, percent: Decimal, day_basis: int = 360) -> Decimal:
    """The rate as a simple annual percent (for bounds and display, not for APR)."""
    if kind == RateKind.daily:
        return percent * day_basis
    if kind == RateKind.monthly_fee:
        return percent * 12
    return percent


def check_rate(name: str, kind: str, percent: Decimal, day_basis: int) -> None:
    check_choice(name, kind, RateKind)
    if not isinstance(percent, Decimal):  # a float rate would carry binary rounding errors
        raise ValidationError(name, "invalid.rate_not_decimal", "a rate must be a Decimal")
    if day_basis not in (360, 365):
        raise ValidationError(name, "invalid.day_basis", "the day basis must be 360 or 365")
    if not percent.is_finite() or percent < 0:
        raise ValidationError(name, "invalid.rate_negative", "a rate cannot be negative")
    if annual_equivalent(kind, percent, day_basis) > MAX_ANNUAL_PERCENT:
        raise ValidationError(
            name, "invalid.rate_too_high",
            "the rate is above 1,000 % a year: check the figure and its unit",
        )


def parse_date(name: str, text: str) -> date:
    """A YYYY-MM-DD date from user text; an impossible date (2024-02-30) is refused."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(name, "invalid.date", "not a real date (use YYYY-MM-DD)") from None
    check_date(name, value)
    return value


def parse_percent(name: str, text: str) -> Decimal:
    try:
        value = Decimal(text.strip().rstrip("%").strip())
    except InvalidOperation:
        raise ValidationError(name, "invalid.number", "not a number") from None
    if not value.is_finite():
        raise ValidationError(name, "invalid.number", "not a number")
    return value


def mask_number(number: str) -> str:
    """Show only the last four characters of a card or account number."""
    digits = number.replace(" ", "")
    if len(digits) <= 4:
        return digits
    return "**** " + digits[-4:]


# -- records --------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Record:
    table: ClassVar[str]
    id: int | None = None

    def validate(self) -> None:
        raise NotImplementedError


@dataclass(frozen=True, kw_only=True)
class Platform(Record):
    table: ClassVar[str] = "platform"
    name: str
    lender_entity: str = ""
    hotline: str = ""
    app_name: str = ""
    lender_kind: LenderKind = LenderKind.licensed
    note: str = ""

    def validate(self) -> None:
        require_text("name", self.name)
        check_texts(self, "lender_entity", "hotline", "app_name", "note")
        check_choice("lender_kind", self.lender_kind, LenderKind)


@dataclass(frozen=True, kw_only=True)
class Account(Record):
    table: ClassVar[str] = "account"
    kind: AccountKind
    label: str
    number: str = ""
    holder: str = ""
    platform_id: int | None = None
    note: str = ""

    @property
    def masked(self) -> str:
        return f"{self.label} {mask_number(self.number)}".strip()

    def validate(self) -> None:
        check_choice("kind", self.kind, AccountKind)
        require_text("label", self.label)
        check_texts(self, "number", "holder", "note")


@dataclass(frozen=True, kw_only=True)
class Loan(Record):
    table: ClassVar[str] = "loan"
    platform_id: int
    borrowed_on: date
    principal: int
    rate_kind: RateKind
    rate_percent: Decimal
    term_months: int
    method: Method
    status: LoanStatus = LoanStatus.active
    received: int = -1  # -1: the whole principal was received
    upfront_fee: int = 0
    day_basis: int = 360
    rounding: Rounding = Rounding.posted
    first_due: date | None = None
    penalty_rate_kind: RateKind | None = None
    penalty_rate_percent: Decimal | None = None
    account_id: int | None = None
    contract_no: str = ""
    secured: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        if self.received == -1:
            object.__setattr__(self, "received", self.principal)

    def validate(self) -> None:
        check_date("borrowed_on", self.borrowed_on)
        check_amount("principal", self.principal, allow_zero=False)
        check_amount("received", self.received)
        check_amount("upfront_fee", self.upfront_fee)
        if self.received > self.principal:
            raise ValidationError(
                "received", "invalid.received_above_principal",
                "the amount received cannot exceed the principal",
            )
        check_rate("rate_percent", self.rate_kind, self.rate_percent, self.day_basis)
        check_term("term_months", self.term_months)
        check_choice("method", self.method, Method)
        check_choice("status", self.status, LoanStatus)
        check_choice("rounding", self.rounding, Rounding)
        check_date("first_due", self.first_due, required=False)
        if self.first_due is not None and self.first_due <= self.borrowed_on:
            raise ValidationError(
                "first_due", "invalid.first_due_before_start",
                "the first due date must come after the loan date",
            )
        if (self.penalty_rate_kind is None) != (self.penalty_rate_percent is None):
            raise ValidationError(
                "penalty_rate_percent", "invalid.required", "give both the penalty rate and its kind"
            )
        if self.penalty_rate_kind is not None and self.penalty_rate_percent is not None:
            check_rate(
                "penalty_rate_percent", self.penalty_rate_kind, self.penalty_rate_percent,
                self.day_basis,
            )
        check_texts(self, "contract_no", "note")


@dataclass(frozen=True, kw_only=True)
class Plan(Record):
    """How a loan is to be repaid from `effective_from`; a newer plan supersedes older ones."""

    table: ClassVar[str] = "plan"
    loan_id: int
    kind: PlanKind
    effective_from: date
    principal: int
    rate_kind: RateKind
    rate_percent: Decimal
    term_months: int
    method: Method
    active: bool = True
    day_basis: int = 360
    note: str = ""

    def validate(self) -> None:
        check_choice("kind", self.kind, PlanKind)
        check_date("effective_from", self.effective_from)
        check_amount("principal", self.principal)
        check_rate("rate_percent", self.rate_kind, self.rate_percent, self.day_basis)
        check_term("term_months", self.term_months)
        check_choice("method", self.method, Method)
        check_text("note", self.note)


@dataclass(frozen=True, kw_only=True)
class Installment(Record):
    table: ClassVar[str] = "installment"
    plan_id: int
    n: int
    due_on: date
    principal: int
    interest: int
    fee: int = 0

    @property
    def payment(self) -> int:
        return self.principal + self.interest + self.fee

    def validate(self) -> None:
        if self.n < 1:
            raise ValidationError("n", "invalid.number", "installments are numbered from 1")
        check_date("due_on", self.due_on)
        for name in ("principal", "interest", "fee"):
            check_amount(name, getattr(self, name))


@dataclass(frozen=True, kw_only=True)
class Payment(Record):
    """A repayment receipt."""

    table: ClassVar[str] = "payment"
    loan_id: int
    paid_on: date
    amount: int
    channel: PaymentChannel
    account_id: int | None = None
    payee: str = ""  # the account the money went to, as the receipt shows it
    payee_known: bool = True  # False: not an account recorded for this lender (a scam sign)
    reference_no: str = ""
    note: str = ""

    def validate(self) -> None:
        check_date("paid_on", self.paid_on)
        check_amount("amount", self.amount, allow_zero=False)
        check_choice("channel", self.channel, PaymentChannel)
        check_texts(self, "payee", "reference_no", "note")


@dataclass(frozen=True, kw_only=True)
class Contact(Record):
    """One call, message or visit: with the lender, a regulator or legal aid."""

    table: ClassVar[str] = "contact"
    happened_on: date
    channel: ContactChannel
    counterpart: Counterpart
    loan_id: int | None = None
    who: str = ""
    asked: str = ""
    outcome: str = ""
    next_step: str = ""
    next_step_on: date | None = None

    def validate(self) -> None:
        check_date("happened_on", self.happened_on)
        check_choice("channel", self.channel, ContactChannel)
        check_choice("counterpart", self.counterpart, Counterpart)
        require_text("asked", self.asked)
        check_texts(self, "who", "outcome", "next_step")
        check_date("next_step_on", self.next_step_on, required=False)


@dataclass(frozen=True, kw_only=True)
class Milestone(Record):
    """One step of the settlement checklist (vault.checklist names the steps)."""

    table: ClassVar[str] = "milestone"
    loan_id: int
    step: str
    done_on: date | None = None
    follow_up_on: date | None = None
    note: str = ""

    def validate(self) -> None:
        require_text("step", self.step)
        check_date("done_on", self.done_on, required=False)
        check_date("follow_up_on", self.follow_up_on, required=False)
        check_text("note", self.note)


@dataclass(frozen=True, kw_only=True)
class CreditCheck(Record):
    table: ClassVar[str] = "credit_check"
    checked_on: date
    source: str
    loan_id: int | None = None
    shows_settled: bool | None = None
    note: str = ""

    def validate(self) -> None:
        check_date("checked_on", self.checked_on)
        require_text("source", self.source)
        check_text("note", self.note)


@dataclass(frozen=True, kw_only=True)
class Attachment(Record):
    """A document kept inside the vault; its bytes live in vault.attachments' tables."""

    table: ClassVar[str] = "attachment"
    sha256: str
    size: int
    media_type: str
    added_on: date
    original_name: str = ""
    kind: DocumentKind = DocumentKind.other
    title: str = ""
    doc_date: date | None = None
    note: str = ""

    def validate(self) -> None:
        check_choice("kind", self.kind, DocumentKind)
        check_date("doc_date", self.doc_date, required=False)
        check_texts(self, "original_name", "title", "note")


RECORD_TYPES: dict[str, type[Record]] = {
    cls.table: cls
    for cls in (
        Platform, Account, Loan, Plan, Installment, Payment, Contact, Milestone, CreditCheck,
        Attachment,
    )
}

# Records a document can be linked to.
LINKABLE = ("loan", "payment", "contact", "milestone", "credit_check")

