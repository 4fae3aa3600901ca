"""The settlement checklist: the steps from "paid off" to "closed for good" (DOMAIN.md 5–7).

Each step is stored as a Milestone (loan, step key, done date, follow-up date, note,
evidence). Titles here are English; the UI translates them by key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    hint: str
    secured_only: bool = False
    only_if_report_wrong: bool = False


STEPS: tuple[Step, ...] = (
    Step("confirmed_settled", "Loan shows 已结清 in the official app",
         "Open the lender's official app and confirm the loan is marked settled."),
    Step("certificate_requested", "Settlement certificate requested",
         "Ask for 结清证明 only through the official app or official customer service."),
    Step("certificate_obtained", "Settlement certificate obtained and kept",
         "Attach the certificate; keep a printed copy too."),
    Step("collateral_released", "Collateral released",
         "For secured loans: use the certificate to release the pledge or mortgage.",
         secured_only=True),
    Step("credit_report_checked", "Credit report shows the loan settled",
         "30–45 days after payoff, pull the credit report and check the account shows 结清."),
    Step("dispute_filed", "Dispute filed (异议)",
         "If the report is wrong: send the certificate to the lender and file a dispute; "
         "an answer is due within 20 days.",
         only_if_report_wrong=True),
    Step("credit_line_closed", "Credit line cancelled or frozen",
         "A revolving line keeps showing as 授信 on the report until it is closed."),
    Step("card_unbound", "Bank card unbound, auto-debit stopped",
         "Unbind the repayment card in the lender's app."),
    Step("personal_data_removed", "Personal data removed",
         "Ask the platform to delete or correct the personal data it still holds."),
    Step("app_uninstalled", "App uninstalled (after cancelling)",
         "Uninstalling alone closes nothing: uninstall only after the steps above."),
)

STEP_KEYS = tuple(step.key for step in STEPS)

CREDIT_CHECK_AFTER = (timedelta(days=30), timedelta(days=45))


def steps_for(secured: bool, report_wrong: bool = False) -> list[Step]:
    return [
        step for step in STEPS
        if (secured or not step.secured_only) and (report_wrong or not step.only_if_report_wrong)
    ]


def credit_check_window(paid_off_on: date) -> tuple[date, date]:
    """When to pull the credit report after the last payment."""
    early, late = CREDIT_CHECK_AFTER
    return paid_off_on + early, paid_off_on + late
