"""Settle and close out: 已结清 confirmed, the settlement certificate, collateral, the credit
report 30–45 days after payoff (and a dispute if it is wrong), then closing the account.

Every step is a Milestone keyed by its vault.checklist step. The loan becomes `settled`
once 已结清 is confirmed and `closed` when every step that applies to it is done. Saving makes
the stored steps match the draft: a step taken back is stored as not done again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from vault import attachments, checklist, repository
from vault.flows import Problems, Target, not_in_future, repayment, require_valid, save_with_files
from vault.loans import active_plan
from vault.overview import loan_overview
from vault.records import Attachment, CreditCheck, DocumentKind, Loan, LoanStatus, Milestone
from vault.store import Connection, Vault

DISPUTE_ANSWER_DAYS = 20  # a dispute (异议) must be answered within 20 days
CERTIFICATE_FOLLOW_UP_DAYS = 7
# Steps whose follow-up waits on an answer to them: it means nothing once they are undone.
AWAITS_ANSWER = ("certificate_requested", "dispute_filed")
FINISHED = (LoanStatus.settled, LoanStatus.closed)


class Certificate(StrEnum):
    not_yet = "not_yet"
    requested = "requested"
    obtained = "obtained"


@dataclass
class StepDraft:
    done_on: date | None = None
    follow_up_on: date | None = None
    note: str = ""
    files: list[Path] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return (self.done_on is None and self.follow_up_on is None and not self.note.strip()
                and not self.files)


@dataclass
class CreditCheckDraft:
    checked_on: date | None = None
    source: str = ""
    shows_settled: bool | None = None
    note: str = ""
    files: list[Path] = field(default_factory=list)


@dataclass
class SettlementDraft:
    loan_id: int
    secured: bool = False
    paid_off_on: date | None = None  # from the payments, if they clear the loan
    steps: dict[str, StepDraft] = field(default_factory=dict)
    credit_check: CreditCheckDraft = field(default_factory=CreditCheckDraft)
    last_report_settled: bool | None = None  # the latest stored credit check's answer
    certificate_kept: bool = False  # a settlement certificate is already in the vault
    # What the payments alone make of the loan: its status if 已结清 is taken back.
    unconfirmed_status: LoanStatus | None = None

    def step(self, key: str) -> StepDraft:
        return self.steps.setdefault(key, StepDraft())

    def done(self, key: str) -> bool:
        return key in self.steps and self.steps[key].done_on is not None

    @property
    def certificate(self) -> Certificate:
        if self.done("certificate_obtained"):
            return Certificate.obtained
        if self.done("certificate_requested"):
            return Certificate.requested
        return Certificate.not_yet


def load(db: Connection, loan_id: int, today: date) -> SettlementDraft:
    """The checklist as stored so far, ready to be carried on."""
    loan = repository.get(db, Loan, loan_id)
    summary = loan_overview(db, loan_id, today).summary
    draft = SettlementDraft(loan_id=loan_id, secured=loan.secured, paid_off_on=summary.settled_on,
                            certificate_kept=bool(certificate_documents(db, loan_id)))
    # repayment.status_after keeps a finished status; from "overdue" it works the status out
    # afresh from the payments and the plan in force (settled, overdue, restructured, active).
    draft.unconfirmed_status = repayment.status_after(
        replace(loan, status=LoanStatus.overdue), active_plan(db, loan_id), summary)
    for milestone in repository.select(db, Milestone, "loan_id = ?", (loan_id,)):
        draft.steps[milestone.step] = StepDraft(milestone.done_on, milestone.follow_up_on,
                                                milestone.note)
    checks = repository.select(db, CreditCheck, "loan_id = ?", (loan_id,),
                               order_by="checked_on DESC, id DESC")
    if checks:
        draft.last_report_settled = checks[0].shows_settled
    return draft


def certificate_documents(db: Connection, loan_id: int) -> list[Attachment]:
    """The settlement certificates kept for this loan: whatever is attached to its
    "certificate obtained" step, and documents of the certificate kind linked to the loan or
    to any of its records."""
    return repository.select(
        db, Attachment,
        "id IN (SELECT attachment_id FROM attachment_link WHERE record_type = 'milestone' "
        "AND record_id IN (SELECT id FROM milestone WHERE loan_id = ? "
        "AND step = 'certificate_obtained')) "
        "OR (kind = ? AND id IN (SELECT attachment_id FROM attachment_link WHERE "
        "(record_type = 'loan' AND record_id = ?) "
        "OR (record_type = 'milestone' AND record_id IN "
        "(SELECT id FROM milestone WHERE loan_id = ?)) "
        "OR (record_type = 'payment' AND record_id IN "
        "(SELECT id FROM payment WHERE loan_id = ?)) "
        "OR (record_type = 'contact' AND record_id IN "
        "(SELECT id FROM contact WHERE loan_id = ?)) "
        "OR (record_type = 'credit_check' AND record_id IN "
        "(SELECT id FROM credit_check WHERE loan_id = ?))))",
        (loan_id, DocumentKind.settlement_certificate.value, *[loan_id] * 5),
    )


def settled_on(draft: SettlementDraft) -> date | None:
    """The payoff date: 已结清 as confirmed by the user, else what the payments show."""
    confirmed = draft.steps.get("confirmed_settled")
    if confirmed is not None and confirmed.done_on is not None:
        return confirmed.done_on
    return draft.paid_off_on


def report_wrong(draft: SettlementDraft) -> bool:
    """The latest credit report does not show the loan settled."""
    if draft.credit_check.checked_on is not None:
        return draft.credit_check.shows_settled is False
    return draft.last_report_settled is False


def applicable(draft: SettlementDraft) -> list[checklist.Step]:
    return checklist.steps_for(draft.secured, report_wrong(draft))


def credit_check_window(draft: SettlementDraft) -> tuple[date, date] | None:
    paid = settled_on(draft)
    return checklist.credit_check_window(paid) if paid else None


CLOSE_OUT = ("credit_line_closed", "card_unbound", "personal_data_removed", "app_uninstalled")


def problems(draft: SettlementDraft, *, today: date | None = None) -> Problems:
    today = today or date.today()
    found: Problems = {}
    for key, step in draft.steps.items():
        not_in_future(found, f"{key}.done_on", step.done_on, today)
        if len(step.note) > 2000:
            found[f"{key}.note"] = "invalid.too_long"
    paid = settled_on(draft)
    for key, step in draft.steps.items():
        if key != "confirmed_settled" and step.done_on and paid and step.done_on < paid:
            found.setdefault(f"{key}.done_on", "flow.before_settlement")
    if draft.done("app_uninstalled") and not draft.done("credit_line_closed"):
        found["app_uninstalled.done_on"] = "flow.uninstall_before_cancel"
    if any(draft.done(key) for key in CLOSE_OUT) and not draft.done("confirmed_settled"):
        found.setdefault("confirmed_settled.done_on", "flow.confirm_settled_first")
    check = draft.credit_check
    if check.checked_on is not None:
        not_in_future(found, "credit_check.checked_on", check.checked_on, today)
        if not check.source.strip():
            found["credit_check.source"] = "invalid.required"
        if check.shows_settled is None:
            found["credit_check.shows_settled"] = "flow.choose_yes_no"
        if paid and check.checked_on < paid:
            found.setdefault("credit_check.checked_on", "flow.before_settlement")
    return found


@dataclass(frozen=True)
class NextStep:
    key: str  # a checklist step key
    on: date | None  # when: a follow-up date, or the start of the credit-check window


def next_steps(draft: SettlementDraft, today: date | None = None) -> list[NextStep]:
    """What is left to do, in checklist order, with the date each is due (if any)."""
    today = today or date.today()
    window = credit_check_window(draft)
    out: list[NextStep] = []
    for step in applicable(draft):
        if draft.done(step.key) or _covered(draft, step.key):
            continue
        current = draft.steps.get(step.key)
        on = current.follow_up_on if current else None
        if step.key == "credit_report_checked" and on is None and window:
            on = window[0]
        out.append(NextStep(step.key, on))
    return out


def status_after(current: LoanStatus, draft: SettlementDraft) -> LoanStatus:
    """settled once 已结清 is confirmed; closed when every applicable step is done. With
    已结清 taken back, a finished loan goes back to what its payments say."""
    if not draft.done("confirmed_settled"):
        if current in FINISHED and draft.unconfirmed_status is not None:
            return draft.unconfirmed_status
        return current
    if all(draft.done(step.key) or _covered(draft, step.key) for step in applicable(draft)):
        return LoanStatus.closed
    return LoanStatus.settled


def _covered(draft: SettlementDraft, key: str) -> bool:
    """Steps another answer already covers: having the certificate covers asking for it;
    a credit check that shows 结清 covers the credit-report step."""
    if key == "certificate_requested":
        return draft.done("certificate_obtained")
    if key == "credit_report_checked":
        check = draft.credit_check
        return check.checked_on is not None and check.shows_settled is True
    return False


def prepare(draft: SettlementDraft, today: date) -> None:
    """Derive what follows from the user's answers before saving: the credit report step
    from a check that shows 结清, the follow-ups for a dispute and a requested certificate
    (and none for either once it is undone)."""
    for key in AWAITS_ANSWER:
        if key in draft.steps and not draft.done(key):
            draft.steps[key].follow_up_on = None
    check = draft.credit_check
    if check.checked_on is not None and check.shows_settled:
        step = draft.step("credit_report_checked")
        step.done_on = step.done_on or check.checked_on
    window = credit_check_window(draft)
    if window and not draft.done("credit_report_checked"):
        step = draft.step("credit_report_checked")
        step.follow_up_on = step.follow_up_on or max(window[0], today)
    elif not window and "credit_report_checked" in draft.steps:  # not paid off: nothing to wait
        draft.steps["credit_report_checked"].follow_up_on = None
    if draft.done("dispute_filed"):
        dispute = draft.step("dispute_filed")
        assert dispute.done_on is not None
        dispute.follow_up_on = dispute.follow_up_on or dispute.done_on + timedelta(
            days=DISPUTE_ANSWER_DAYS)
    if draft.certificate is Certificate.requested:
        requested = draft.step("certificate_requested")
        assert requested.done_on is not None
        requested.follow_up_on = requested.follow_up_on or requested.done_on + timedelta(
            days=CERTIFICATE_FOLLOW_UP_DAYS)


def save(vault: Vault, draft: SettlementDraft, *, today: date | None = None) -> LoanStatus:
    """Milestones, the credit check and their documents, and the loan's new status, together.
    Returns the status."""
    today = today or date.today()
    require_valid(problems(draft, today=today))
    prepare(draft, today)
    files = [
        (path, _kind(key), key) for key, step in draft.steps.items() for path in step.files
    ] + [(path, DocumentKind.credit_report, "credit_check") for path in draft.credit_check.files]
    status = LoanStatus.active

    def write(db: Connection) -> dict[str, Target]:
        nonlocal status
        targets: dict[str, Target] = {}
        for key, step in draft.steps.items():
            if step.is_empty:
                _clear(db, draft.loan_id, key)
            else:
                targets[key] = ("milestone", _upsert(db, draft.loan_id, key, step))
        check = draft.credit_check
        if check.checked_on is not None:
            stored = repository.insert(db, CreditCheck(
                loan_id=draft.loan_id, checked_on=check.checked_on, source=check.source.strip(),
                shows_settled=check.shows_settled, note=check.note.strip()))
            assert stored.id is not None
            targets["credit_check"] = ("credit_check", stored.id)
        loan = repository.get(db, Loan, draft.loan_id)
        status = status_after(loan.status, draft)
        if status is not loan.status:
            repository.update(db, replace(loan, status=status))
        return targets

    save_with_files(vault, files, write)
    return status


def _kind(step: str) -> DocumentKind:
    if step == "certificate_obtained":
        return DocumentKind.settlement_certificate
    if step == "credit_report_checked":
        return DocumentKind.credit_report
    return DocumentKind.other


def _upsert(db: Connection, loan_id: int, key: str, step: StepDraft) -> int:
    found = repository.select(db, Milestone, "loan_id = ? AND step = ?", (loan_id, key))
    record = Milestone(loan_id=loan_id, step=key, done_on=step.done_on,
                       follow_up_on=step.follow_up_on, note=step.note.strip())
    if found:
        repository.update(db, replace(record, id=found[0].id))
        assert found[0].id is not None
        return found[0].id
    stored = repository.insert(db, record)
    assert stored.id is not None
    return stored.id


def _clear(db: Connection, loan_id: int, key: str) -> None:
    """A step the draft leaves empty is not done. Its stored row goes, as the loan detail's
    evidence panel drops an unused one; if documents are linked to it, the row stays (they
    are its evidence) with no date, follow-up or note."""
    for found in repository.select(db, Milestone, "loan_id = ? AND step = ?", (loan_id, key)):
        assert found.id is not None
        if attachments.attachments_of(db, "milestone", found.id):
            repository.update(db, replace(found, done_on=None, follow_up_on=None, note=""))
        else:
            repository.delete(db, Milestone, found.id)
