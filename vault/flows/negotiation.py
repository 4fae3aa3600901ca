"""Negotiate: what the borrower can afford, the loan's figures, the request (restructuring,
deferral, reduction) with a proposed plan, the application letter, every contact, and the
outcome — an agreed plan that supersedes the old one, a refusal with its next step, or a
pending answer.

Seeds 001/002 and DOMAIN.md step 3. A deferral (展期) must be asked for before the loan
matures (Civil Code art. 678); a reduction needs proof of hardship.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from vault import loans, repository
from vault.flows import Problems, Target, not_in_past, require_valid, save_with_files
from vault.flows import contact as contact_flow
from vault.flows.repayment import refresh_status
from vault.overview import loan_overview
from vault.records import Contact, ContactChannel, Counterpart, Loan, LoanStatus, PlanKind
from vault.schedule import Installment, Method, Rate, RateKind, add_months, build_schedule
from vault.store import Connection, Vault


class Request(StrEnum):
    restructure = "restructure"  # 协商分期 / 个性化分期
    deferral = "deferral"  # 展期
    reduction = "reduction"  # interest, penalty or principal reduced


class Hardship(StrEnum):
    illness = "illness"
    job_loss = "job_loss"
    family = "family"
    income_drop = "income_drop"


# Proof to prepare for each hardship (message keys).
HARDSHIP_PROOFS: dict[Hardship, tuple[str, ...]] = {
    Hardship.illness: ("proof.medical_records", "proof.medical_bills"),
    Hardship.job_loss: ("proof.termination_letter", "proof.unemployment_registration"),
    Hardship.family: ("proof.family_certificates",),
    Hardship.income_drop: ("proof.bank_statements",),
}

# The letter goes to a Chinese lender, so it is written in Chinese unless the user chooses.
LETTER_LANGUAGES = ("zh_CN", "en")

# Each proof as the letter lists it, in the letter's own language (not the interface's).
PROOF_NAMES: dict[str, dict[str, str]] = {
    "zh_CN": {
        "proof.medical_records": "病历（诊断证明、住院记录）",
        "proof.medical_bills": "医疗费用清单和发票",
        "proof.termination_letter": "解除劳动合同通知书或离职证明",
        "proof.unemployment_registration": "失业登记证明",
        "proof.family_certificates": "家庭变故的相关证明（如家人去世、患病或意外）",
        "proof.bank_statements": "显示收入下降的银行流水",
    },
    "en": {
        "proof.medical_records": "Medical records (diagnosis, hospital records)",
        "proof.medical_bills": "Medical bills and receipts",
        "proof.termination_letter": "Termination letter or proof of leaving the job",
        "proof.unemployment_registration": "Unemployment registration",
        "proof.family_certificates": "Certificates of the family event (e.g. death, illness "
                                     "or accident of a family member)",
        "proof.bank_statements": "Bank statements showing the drop in income",
    },
}


class Outcome(StrEnum):
    agreed = "agreed"
    refused = "refused"
    pending = "pending"


PLAN_KIND = {
    Request.restructure: PlanKind.restructured,
    Request.deferral: PlanKind.deferral,
    Request.reduction: PlanKind.reduction,
}

# After a refusal (message keys): what the borrower can do next.
NEXT_STEPS_AFTER_REFUSAL = (
    "next.ask_again_with_proof",
    "next.complain_to_regulator",
    "next.legal_aid",
)
FOLLOW_UP_DAYS = 7


@dataclass(frozen=True)
class LoanFacts:
    """The loan's figures the letter and the plan need, summed from its records."""

    loan: Loan
    platform_name: str
    lender_entity: str
    principal: int
    repaid: int
    outstanding: int  # principal still owed
    owed: int  # what clears the loan today (principal, interest due, penalties)
    overdue_amount: int
    annual_percent: Decimal  # the stated rate as a nominal annual percent
    maturity: date  # the last due date of the plan in force


def loan_facts(db: Connection, loan_id: int, today: date) -> LoanFacts:
    overview = loan_overview(db, loan_id, today)
    summary = overview.summary
    states = overview.states
    loan = overview.loan
    return LoanFacts(
        loan=loan, platform_name=overview.platform.name,
        lender_entity=overview.platform.lender_entity, principal=loan.principal,
        repaid=overview.total_paid,
        outstanding=summary.outstanding_principal, owed=summary.payoff_amount,
        overdue_amount=summary.overdue_amount,
        annual_percent=Rate(loan.rate_kind, loan.rate_percent, loan.day_basis).annual_percent(),
        maturity=max(s.installment.due for s in states),
    )


@dataclass
class AgreedPlan:
    """The plan the lender agreed to, as it will be stored."""

    effective_from: date | None = None
    principal: int | None = None  # to repay under the new plan (default: outstanding)
    rate_kind: RateKind = RateKind.annual
    rate_percent: Decimal | None = None
    day_basis: int = 360
    periods: int | None = None
    method: Method = Method.annuity
    first_due: date | None = None
    note: str = ""


@dataclass
class NegotiationDraft:
    loan_id: int
    monthly_income: int | None = None
    essential_spending: int | None = None
    request: Request = Request.restructure
    hardships: set[Hardship] = field(default_factory=set)
    reasons: str = ""
    proposed_periods: int | None = None
    proposed_amount: int | None = None  # per period
    first_due: date | None = None
    # the letter
    borrower_name: str = ""
    phone: str = ""
    id_number: str = ""
    letter_language: str = LETTER_LANGUAGES[0]
    # each contact with the lender during this negotiation
    contacts: list[contact_flow.ContactDraft] = field(default_factory=list)
    # the outcome
    outcome: Outcome = Outcome.pending
    outcome_on: date | None = None
    agreed: AgreedPlan = field(default_factory=AgreedPlan)
    next_step: str = ""
    follow_up_on: date | None = None
    summary_text: str = ""  # the outcome in the user's words (the UI fills a translated line)


def affordable(draft: NegotiationDraft) -> int | None:
    """Income minus essential spending each month; None until both are known."""
    if draft.monthly_income is None or draft.essential_spending is None:
        return None
    return draft.monthly_income - draft.essential_spending


def proposal_schedule(draft: NegotiationDraft, facts: LoanFacts) -> list[Installment]:
    """The proposed plan: up to `proposed_periods` monthly payments of `proposed_amount`
    towards what is owed, stopping (with a smaller last payment) once it is covered; a
    proposal that falls short stays short (`warnings` says so). Principal is repaid first
    within each payment."""
    periods, amount = draft.proposed_periods, draft.proposed_amount
    if not periods or not amount or draft.first_due is None or periods < 1 or amount <= 0:
        return []
    target = max(facts.owed, facts.outstanding)
    out: list[Installment] = []
    paid = 0
    principal_left = facts.outstanding
    for k in range(periods):
        payment = min(amount, target - paid)
        if payment <= 0:
            break
        principal = min(payment, principal_left)
        principal_left -= principal
        paid += payment
        out.append(Installment(n=k + 1, due=add_months(draft.first_due, k, draft.first_due.day),
                               principal=principal, interest=payment - principal))
    return out


ASSESS_FIELDS = ("monthly_income", "essential_spending")
REQUEST_FIELDS = ("request", "reasons", "hardships")
PROPOSAL_FIELDS = ("proposed_periods", "proposed_amount", "first_due")
LETTER_FIELDS = ("borrower_name", "phone", "id_number")
OUTCOME_FIELDS = (
    "outcome_on", "agreed_effective_from", "agreed_principal", "agreed_rate_percent",
    "agreed_periods", "agreed_first_due", "next_step", "follow_up_on",
)


def problems(
    draft: NegotiationDraft, facts: LoanFacts | None = None, *, today: date | None = None
) -> Problems:
    today = today or date.today()
    found: Problems = {}
    for name in ASSESS_FIELDS:
        value = getattr(draft, name)
        if value is None:
            found[name] = "invalid.required"
        elif value < 0:
            found[name] = "invalid.negative"
    if draft.request is Request.reduction and not draft.hardships:
        found["hardships"] = "flow.hardship_needed"
    if not draft.reasons.strip():
        found["reasons"] = "invalid.required"
    if draft.proposed_periods is None:
        found["proposed_periods"] = "invalid.required"
    elif not 1 <= draft.proposed_periods <= 120:
        found["proposed_periods"] = "flow.periods_range"
    if draft.proposed_amount is None:
        found["proposed_amount"] = "invalid.required"
    elif draft.proposed_amount <= 0:
        found["proposed_amount"] = "invalid.zero"
    if draft.first_due is None:
        found["first_due"] = "invalid.required"
    else:
        not_in_past(found, "first_due", draft.first_due, today)
    if draft.outcome_on is None:
        found["outcome_on"] = "invalid.required"
    elif draft.outcome_on > today:
        found["outcome_on"] = "flow.date_in_future"
    if draft.outcome is Outcome.agreed:
        found.update(_agreed_problems(draft.agreed, facts))
    else:
        if draft.follow_up_on is None:
            found["follow_up_on"] = "flow.follow_up_needed"
        else:
            not_in_past(found, "follow_up_on", draft.follow_up_on, today)
        if draft.outcome is Outcome.refused and not draft.next_step.strip():
            found["next_step"] = "flow.next_step_needed"
    for contact in draft.contacts:
        if contact_flow.problems(contact, today=today):
            found["contacts"] = "flow.contact_incomplete"
    return found


def _agreed_problems(plan: AgreedPlan, facts: LoanFacts | None) -> Problems:
    found: Problems = {}
    if plan.effective_from is None:
        found["agreed_effective_from"] = "invalid.required"
    elif facts is not None:
        if plan.effective_from <= facts.loan.borrowed_on:
            found["agreed_effective_from"] = "flow.effective_before_loan"
    if plan.principal is None:
        found["agreed_principal"] = "invalid.required"
    elif plan.principal <= 0:
        found["agreed_principal"] = "invalid.zero"
    if plan.rate_percent is None:
        found["agreed_rate_percent"] = "invalid.required"
    elif plan.rate_percent < 0:
        found["agreed_rate_percent"] = "invalid.rate_negative"
    if plan.periods is None:
        found["agreed_periods"] = "invalid.required"
    elif not 1 <= plan.periods <= 120:
        found["agreed_periods"] = "flow.periods_range"
    if plan.method is Method.custom:
        found["agreed_method"] = "invalid.choice"
    if plan.first_due is not None and plan.effective_from is not None:
        if plan.first_due <= plan.effective_from:
            found["agreed_first_due"] = "invalid.first_due_before_start"
    return found


def warnings(draft: NegotiationDraft, facts: LoanFacts, *, today: date | None = None
             ) -> list[str]:
    """Non-blocking findings (message keys) to show beside the proposal."""
    today = today or date.today()
    found: list[str] = []
    if draft.request is Request.deferral and today > facts.maturity:
        found.append("flow.extension_after_maturity")
    budget = affordable(draft)
    if budget is not None and budget <= 0:
        found.append("flow.nothing_affordable")
    elif (budget is not None and draft.proposed_amount is not None
          and draft.proposed_amount > budget):
        found.append("flow.above_affordable")
    if draft.proposed_periods and draft.proposed_amount:
        total = draft.proposed_periods * draft.proposed_amount
        if total < facts.owed and draft.request is not Request.reduction:
            found.append("flow.proposal_below_owed")
    return found


def proofs_for(draft: NegotiationDraft) -> list[str]:
    """The hardship proof to prepare, each once, in a stable order."""
    return [proof for hardship in Hardship if hardship in draft.hardships
            for proof in HARDSHIP_PROOFS[hardship]]


def default_agreed(draft: NegotiationDraft, facts: LoanFacts, today: date) -> AgreedPlan:
    """A starting point for the agreed plan: the proposal, on the outstanding principal."""
    return AgreedPlan(
        effective_from=today, principal=facts.outstanding, rate_kind=facts.loan.rate_kind,
        rate_percent=facts.loan.rate_percent, day_basis=facts.loan.day_basis,
        periods=draft.proposed_periods, method=Method.annuity,
        first_due=draft.first_due if draft.first_due and draft.first_due > today else None,
    )


def agreed_schedule(plan: AgreedPlan) -> list[Installment]:
    if (plan.effective_from is None or not plan.principal or plan.principal <= 0
            or plan.rate_percent is None or not plan.periods or plan.method is Method.custom):
        return []
    try:
        return build_schedule(
            plan.principal, Rate(plan.rate_kind, plan.rate_percent, plan.day_basis),
            plan.periods, plan.method, plan.effective_from, plan.first_due,
        )
    except ValueError:
        return []


def default_follow_up(outcome_on: date) -> date:
    return outcome_on + timedelta(days=FOLLOW_UP_DAYS)


def letter_fields(draft: NegotiationDraft, facts: LoanFacts, written_on: date) -> dict[str, object]:
    """The application letter's content (vault.letters.NegotiationLetter's fields), in the
    draft's letter language. Everything comes from the vault or the draft: the letter goes
    to the lender entity when it is known, else to the platform."""
    return {
        "borrower_name": draft.borrower_name.strip(), "phone": draft.phone.strip(),
        "platform_name": facts.platform_name, "lender_entity": facts.lender_entity,
        "contract_no": facts.loan.contract_no, "principal": facts.principal,
        "borrowed_on": facts.loan.borrowed_on, "repaid": facts.repaid,
        "outstanding": facts.outstanding, "overdue_amount": facts.overdue_amount,
        "request": draft.request.value, "reasons": draft.reasons.strip(),
        "hardship_proofs": tuple(PROOF_NAMES[draft.letter_language][key]
                                 for key in proofs_for(draft)),
        "monthly_income": draft.monthly_income or 0,
        "essential_spending": draft.essential_spending or 0,
        "proposed_periods": draft.proposed_periods or 0,
        "proposed_amount": draft.proposed_amount or 0, "first_due": draft.first_due,
        "written_on": written_on, "id_number": draft.id_number.strip(),
    }


def letter_problems(draft: NegotiationDraft) -> Problems:
    found: Problems = {}
    if not draft.borrower_name.strip():
        found["borrower_name"] = "invalid.required"
    if not draft.phone.strip():
        found["phone"] = "invalid.required"
    if draft.letter_language not in LETTER_LANGUAGES:
        found["letter_language"] = "invalid.choice"
    return found


def contact_started(contact: contact_flow.ContactDraft) -> bool:
    """Whether the user has typed anything into a contact (its date and choices start
    filled in, so they alone are not a contact)."""
    return bool(not contact.is_empty or contact.caller_id.strip() or contact.next_step.strip()
                or contact.next_step_on or contact.files)


def log_contact(
    draft: NegotiationDraft, contact: contact_flow.ContactDraft, *, today: date | None = None
) -> Problems:
    """Add the contact being typed to the draft's log, so leaving the page never drops it.
    An untouched contact adds nothing; an incomplete one adds nothing and returns its
    problems."""
    if not contact_started(contact):
        return {}
    found = contact_flow.problems(contact, today=today)
    if found:
        return found
    contact.loan_id = draft.loan_id
    draft.contacts.append(contact)
    return {}


def save(vault: Vault, draft: NegotiationDraft, *, today: date | None = None) -> int:
    """Contacts, the outcome and the loan's new plan or status, all in one transaction.
    Returns the loan id."""
    today = today or date.today()
    with vault.snapshot() as db:
        facts = loan_facts(db, draft.loan_id, today)
    require_valid(problems(draft, facts, today=today))
    assert draft.outcome_on is not None
    files = [
        (path, contact_flow.kind_of(path), f"contact{index}")
        for index, contact in enumerate(draft.contacts) for path in contact.files
    ]

    def write(db: Connection) -> dict[str, Target]:
        targets: dict[str, Target] = {"loan": ("loan", draft.loan_id)}
        for index, contact in enumerate(draft.contacts):
            contact.loan_id = draft.loan_id
            targets[f"contact{index}"] = ("contact", contact_flow.insert(db, contact))
        _record_outcome(db, draft, facts, today)
        return targets

    save_with_files(vault, files, write)
    return draft.loan_id


def _record_outcome(db: Connection, draft: NegotiationDraft, facts: LoanFacts, today: date
                    ) -> None:
    assert draft.outcome_on is not None
    loan = repository.get(db, Loan, draft.loan_id)
    if draft.outcome is Outcome.agreed:
        plan = draft.agreed
        schedule = agreed_schedule(plan)
        if not schedule or plan.effective_from is None or plan.rate_percent is None:
            require_valid({"agreed_periods": "flow.plan_incomplete"})
        assert plan.effective_from is not None and plan.rate_percent is not None
        taken = db.execute("SELECT 1 FROM plan WHERE loan_id = ? AND effective_from = ?",
                           (draft.loan_id, plan.effective_from.isoformat())).fetchone()
        if taken:
            require_valid({"agreed_effective_from": "flow.effective_date_taken"})
        loans.supersede(db, draft.loan_id, PLAN_KIND[draft.request], plan.effective_from,
                        Rate(plan.rate_kind, plan.rate_percent, plan.day_basis), plan.method,
                        schedule, note=plan.note.strip() or draft.summary_text.strip())
        repository.update(db, replace(loan, status=LoanStatus.restructured))
        refresh_status(db, draft.loan_id, today)
        return
    repository.insert(db, Contact(
        loan_id=draft.loan_id, happened_on=draft.outcome_on, channel=_last_channel(draft),
        counterpart=Counterpart.platform, who=_last_who(draft),
        asked=draft.summary_text.strip() or draft.request.value,
        outcome=draft.outcome.value, next_step=draft.next_step.strip(),
        next_step_on=draft.follow_up_on,
    ))
    if draft.outcome is Outcome.pending:
        if loan.status not in (LoanStatus.settled, LoanStatus.closed):
            repository.update(db, replace(loan, status=LoanStatus.negotiating))
    elif loan.status is LoanStatus.negotiating:
        # refused: the loan is back where its payments put it
        repository.update(db, replace(loan, status=LoanStatus.active))
        refresh_status(db, draft.loan_id, today)


def _last_channel(draft: NegotiationDraft) -> ContactChannel:
    return draft.contacts[-1].channel if draft.contacts else ContactChannel.other


def _last_who(draft: NegotiationDraft) -> str:
    return draft.contacts[-1].who.strip() if draft.contacts else ""

