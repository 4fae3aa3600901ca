"""The guided forms' words: message keys from vault.flows (and the rate-warning codes, the
checklist steps and the records' choices) turned into text in the user's language.

`invalid.*` keys are the records' own and come from ui.messages, the one error table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.messages import error_text
from vault.errors import ValidationError

translate = QCoreApplication.translate


def _messages() -> dict[str, str]:
    return {
        # -- problems under a field ---------------------------------------------------
        "flow.date_in_future": translate("Flows", "This date is in the future."),
        "flow.date_in_past": translate("Flows", "This date has already passed."),
        "flow.amount_format": translate("Flows", "This is not an amount: type yuan, like 1,234.56."),
        "flow.choose_lender": translate("Flows", "Choose a lender from the list, or type its name."),
        "flow.fee_not_below_principal": translate(
            "Flows",
            "The fee kept back must be less than the loan amount."),
        "flow.custom_needs_schedule": translate(
            "Flows",
            "With this method, type the lender's schedule on the schedule page."),
        "flow.schedule_empty": translate("Flows", "Add at least one installment."),
        "flow.schedule_row_incomplete": translate(
            "Flows",
            "Every row needs a due date, principal and interest."),
        "flow.schedule_dates_order": translate("Flows", "Each due date must come after the one before it."),
        "flow.schedule_principal_mismatch": translate(
            "Flows",
            "The principal column must add up to the loan amount."),
        "flow.choose_loan": translate("Flows", "Choose the loan this payment was for."),
        "flow.payee_needed_to_remember": translate("Flows", "Type the account the money went to."),
        "flow.next_step_needed": translate("Flows", "Say what the next step is."),
        "flow.follow_up_before_contact": translate("Flows", "The follow-up date must come after the contact."),
        "flow.hardship_needed": translate("Flows", "A reduction needs a reason: tick at least one hardship."),
        "flow.periods_range": translate("Flows", "Choose 1 to 120 periods."),
        "flow.follow_up_needed": translate("Flows", "Choose a date to follow up."),
        "flow.contact_incomplete": translate(
            "Flows",
            "A contact in the log is incomplete: remove it and add it again."),
        "flow.effective_before_loan": translate("Flows", "The new plan must start after the loan date."),
        "flow.effective_date_taken": translate(
            "Flows",
            "Another plan of this loan starts on this date; choose another day."),
        "flow.plan_incomplete": translate("Flows", "Fill in the agreed plan."),
        "flow.before_settlement": translate("Flows", "This date is before the loan was paid off."),
        "flow.uninstall_before_cancel": translate(
            "Flows",
            "Cancel or freeze the credit line first: uninstalling the app alone closes nothing."),
        "flow.confirm_settled_first": translate(
            "Flows",
            "First confirm that the loan shows 已结清 (settled) in the official app."),
        "flow.choose_yes_no": translate("Flows", "Say whether the report shows the loan settled."),
        # -- warnings -----------------------------------------------------------------
        "flow.payee_unknown": translate(
            "Flows",
            "This is not an account recorded for this lender. A request to pay an unknown "
            "or personal account is a common scam sign. Before paying again, call the "
            "lender's official hotline (from its official app) and check the account."),
        "flow.extension_after_maturity": translate(
            "Flows",
            "The loan has already matured. An extension (展期) must be asked for before the "
            "loan matures (Civil Code art. 678); now ask for restructuring instead."),
        "flow.nothing_affordable": translate(
            "Flows",
            "Your essential spending uses all your income: nothing is left for repayments. "
            "Say so in the request; legal aid can help you plan."),
        "flow.above_affordable": translate(
            "Flows",
            "The amount per period is more than you can afford each month. Propose an "
            "amount you can keep paying, with more periods."),
        "flow.proposal_below_owed": translate(
            "Flows",
            "These payments add up to less than you owe now: the lender will read this as a "
            "request to reduce the debt."),
        # -- scam signs ---------------------------------------------------------------
        "scam.safe_account": translate("Flows", "Asks you to move money to a 'safe', 'supervised' or personal "
                                "account"),
        "scam.screen_share": translate("Flows", "Asks you to share your screen or install a meeting app"),
        "scam.code_or_password": translate("Flows", "Asks for a verification code or a password"),
        "scam.add_contact": translate("Flows", "Asks you to add 'customer service' on QQ or WeChat"),
        "scam.link": translate("Flows", "Sends a link to click"),
        "scam.borrow_to_clear": translate("Flows", "Asks you to borrow on other platforms to 'clear a limit'"),
        "scam.fee_first": translate("Flows", "Asks for a fee first (deposit, unfreezing fee, handling fee)"),
        "scam.cancel_student_account": translate("Flows", "Talks about cancelling a 'student account'"),
        "scam.close_account": translate("Flows", "Talks about closing your loan account for you"),
        "scam.credit_threat": translate("Flows", "Threatens your credit record or a 'blacklist'"),
        "scam.rate_cut": translate("Flows", "Offers to lower a rate that is 'too high'"),
        "scam.authority": translate("Flows", "Claims to be a regulator, the central bank or the police"),
        "scam.credit_repair": translate("Flows", "Offers to 'repair' or 'clean' a credit record"),
        "scam.debt_agent": translate("Flows", "A paid agent offering to negotiate or stop interest"),
        "scam.paid_certificate": translate("Flows", "Wants money for a settlement certificate"),
        "scam.overseas_caller": translate("Flows", "The call or message comes from a number abroad"),
        "fact.lenders_never_ask": translate(
            "Flows",
            "Lenders never ask you to move money to a 'safe account', for verification codes "
            "or to share your screen."),
        "fact.records_not_for_sale": translate(
            "Flows",
            "A credit record cannot be changed for a fee: only a dispute (异议) can correct a "
            "wrong record, and it is free."),
        "fact.crc_closes_nothing": translate(
            "Flows",
            "The Credit Reference Center and the regulators close no loan accounts."),
        "fact.one_time_repair_free": translate(
            "Flows",
            "The central bank's one-time credit repair (overdue amounts up to 10,000 yuan "
            "repaid by 2026-03-31) happens automatically and costs nothing."),
        "fact.use_official_channels": translate(
            "Flows",
            "Check only through the lender's official app or the hotline it shows; never "
            "through a number or link the caller gives you."),
        # -- hardship proof and next steps --------------------------------------------
        "proof.medical_records": translate("Flows", "Medical records (diagnosis, hospital records)"),
        "proof.medical_bills": translate("Flows", "Medical bills and receipts"),
        "proof.termination_letter": translate("Flows", "Termination letter or proof of leaving the job"),
        "proof.unemployment_registration": translate("Flows", "Unemployment registration"),
        "proof.family_certificates": translate(
            "Flows",
            "Certificates of the family event (e.g. death, illness or accident of a family "
            "member)"),
        "proof.bank_statements": translate("Flows", "Bank statements showing the drop in income"),
        "next.ask_again_with_proof": translate("Flows", "Ask again with more proof of hardship"),
        "next.complain_to_regulator": translate("Flows", "Complain to the local financial regulator"),
        "next.legal_aid": translate("Flows", "Ask legal aid for help"),
        # -- rate warnings (vault.thresholds codes) ------------------------------------
        "rate.above_4x_lpr": translate(
            "Flows",
            "The true annual cost ({apr} %) is above four times the one-year LPR at signing "
            "({threshold} %)."),
        "rate.above_24_licensed": translate(
            "Flows",
            "The true annual cost ({apr} %) is above the 24 % line used for licensed lenders."),
        "rate.above_24_historic": translate(
            "Flows",
            "The true annual cost ({apr} %) is above 24 %, the limit supported for contracts "
            "signed before 2020-08-20."),
        "rate.above_36_historic": translate(
            "Flows",
            "The true annual cost ({apr} %) is above 36 %: for contracts signed before "
            "2020-08-20 the excess was void."),
        "rate.upfront_deduction": translate(
            "Flows",
            "¥{amount} was kept back when the money was paid out (砍头息)."),
        "rate.lpr_missing": translate(
            "Flows",
            "The LPR table has no rate for the signing date, so the four-times-LPR line could "
            "not be checked."),
        "rate.lpr_outdated": translate(
            "Flows",
            "The LPR table may be out of date for this loan: the four-times-LPR line "
            "({threshold} %) was checked against the newest fixing it has."),
        "basis.rate.above_4x_lpr": translate(
            "Flows",
            "Supreme People's Court provisions on private lending (2020), art. 25: courts do "
            "not support interest above four times the one-year LPR at signing; overdue "
            "interest, penalties and fees together are capped the same way (arts. 28–29)."),
        "basis.rate.above_24_licensed": translate(
            "Flows",
            "For banks, consumer-finance and small-loan companies, courts have used a "
            "comprehensive annual cost of 24 % (interest and all fees) as the line since 2017."),
        "basis.rate.above_24_historic": translate(
            "Flows",
            "2015 private-lending provisions, art. 26: up to 24 % a year was supported; "
            "between 24 % and 36 % it could not be enforced."),
        "basis.rate.above_36_historic": translate(
            "Flows",
            "2015 private-lending provisions, art. 26: interest above 36 % a year was void and "
            "the excess paid could be reclaimed."),
        "basis.rate.upfront_deduction": translate(
            "Flows",
            "Interest may not be deducted from the principal in advance; the loan and its "
            "interest count on the amount actually received (Civil Code art. 670)."),
        "basis.rate.lpr_missing": translate(
            "Flows", "Add the LPR fixing for that date under Tools → LPR table…."),
        "basis.rate.lpr_outdated": translate(
            "Flows",
            "Courts use the one-year LPR in force when the contract was signed, and the newest "
            "fixing in the LPR table is more than two months older than that. Check the LPR "
            "(published on the 20th of each month) and add it under Tools → LPR table…."),
        "disclaimer": translate(
            "Flows",
            "These checks compare your figures with published rules and court practice. They "
            "are information, not legal advice: confirm with a lawyer, legal aid or the "
            "financial regulator before relying on them."),
    }


def text(key: str, **params: object) -> str:
    """The sentence for a message key; unknown keys stay visible rather than vanish."""
    if key.startswith("invalid."):
        return error_text(ValidationError("", key, key))
    found = _messages().get(key)
    if found is None:
        return key
    try:
        return found.format(**params)
    except (KeyError, IndexError):
        return found


def step_title(key: str) -> str:
    return {
        "confirmed_settled": translate("Flows", "The loan shows 已结清 (settled) in the official app"),
        "certificate_requested": translate("Flows", "Settlement certificate (结清证明) requested"),
        "certificate_obtained": translate("Flows", "Settlement certificate obtained and kept"),
        "collateral_released": translate("Flows", "Collateral released"),
        "credit_report_checked": translate("Flows", "Credit report shows the loan settled"),
        "dispute_filed": translate("Flows", "Dispute (异议) filed"),
        "credit_line_closed": translate("Flows", "Credit line cancelled or frozen"),
        "card_unbound": translate("Flows", "Bank card unbound, auto-debit stopped"),
        "personal_data_removed": translate("Flows", "Personal data removed"),
        "app_uninstalled": translate("Flows", "App uninstalled (only after cancelling)"),
    }.get(key, key)


def step_hint(key: str) -> str:
    return {
        "confirmed_settled": translate(
            "Flows",
            "Open the lender's official app and check that the loan is marked settled."),
        "certificate_requested": translate(
            "Flows",
            "Ask for the certificate only through the official app or official customer "
            "service."),
        "certificate_obtained": translate("Flows", "Attach the certificate here and keep a printed copy too."),
        "collateral_released": translate(
            "Flows",
            "For a secured loan, use the certificate to release the pledge or mortgage."),
        "credit_report_checked": translate(
            "Flows",
            "30–45 days after payoff, pull your credit report and check the account shows "
            "结清."),
        "dispute_filed": translate(
            "Flows",
            "Send the certificate to the lender and file a dispute (异议) with the credit "
            "reference center or the lender; an answer is due within 20 days."),
        "credit_line_closed": translate(
            "Flows",
            "A revolving line keeps showing as 授信 on your report until it is closed. If the "
            "app has no button for it, ask customer service to freeze the account."),
        "card_unbound": translate("Flows", "Unbind the repayment card in the lender's app."),
        "personal_data_removed": translate(
            "Flows",
            "Ask the platform to delete or correct the personal data it still holds."),
        "app_uninstalled": translate(
            "Flows",
            "Uninstalling alone closes nothing: uninstall only after the steps above."),
    }.get(key, "")


def choice(value: str) -> str:
    """The label of a stored choice (channels, counterparts, methods, statuses …)."""
    return {
        # contact channels
        "phone": translate("Flows", "Phone call"),
        "app_chat": translate("Flows", "Chat in the app"),
        "sms": translate("Flows", "Text message"),
        "email": translate("Flows", "Email"),
        "visit": translate("Flows", "Visit in person"),
        "letter": translate("Flows", "Letter"),
        # counterparts
        "platform": translate("Flows", "The lender's official customer service"),
        "collector": translate("Flows", "A debt collector"),
        "regulator": translate("Flows", "A financial regulator"),
        "legal_aid": translate("Flows", "Legal aid"),
        # payment channels
        "auto_debit": translate("Flows", "Automatic debit (自动扣款)"),
        "app": translate("Flows", "Paid in the lender's app"),
        "offline": translate("Flows", "At an offline store (线下门店)"),
        "transfer": translate("Flows", "Bank transfer"),
        # account kinds
        "bank_card": translate("Flows", "Bank card"),
        "alipay": translate("Flows", "Alipay"),
        "wechat": translate("Flows", "WeChat Pay"),
        # methods
        "annuity": translate("Flows", "Equal installments (等额本息)"),
        "equal_principal": translate("Flows", "Equal principal (等额本金)"),
        "interest_first": translate("Flows", "Interest first, principal at the end (先息后本)"),
        "bullet": translate("Flows", "All at maturity (一次性还本付息)"),
        "daily": translate("Flows", "Daily interest on what is owed (微粒贷 / 借呗 style)"),
        "custom": translate("Flows", "As the lender's schedule shows (type it)"),
        # rounding
        "posted": translate("Flows", "Each period rounded, the last absorbs the rest (as lenders post)"),
        "exact": translate("Flows", "Unrounded totals (as online calculators show)"),
        # lender kinds
        "licensed": translate("Flows", "Licensed lender (bank, consumer-finance or small-loan company)"),
        "private": translate("Flows", "Private lender (a person or an unlicensed company)"),
        # negotiation
        "restructure": translate("Flows", "Installment restructuring (协商分期)"),
        "deferral": translate("Flows", "Deferral / extension (展期)"),
        "reduction": translate("Flows", "Reduction of interest, penalty or principal"),
        "illness": translate("Flows", "Illness"),
        "job_loss": translate("Flows", "Job loss"),
        "family": translate("Flows", "A family event"),
        "income_drop": translate("Flows", "Income dropped"),
        "agreed": translate("Flows", "Agreed"),
        "refused": translate("Flows", "Refused"),
        "pending": translate("Flows", "Waiting for an answer"),
        # loan statuses
        "active": translate("Flows", "Active"),
        "overdue": translate("Flows", "Overdue"),
        "negotiating": translate("Flows", "Negotiating"),
        "restructured": translate("Flows", "Restructured"),
        "settled": translate("Flows", "Settled"),
        "closed": translate("Flows", "Closed"),
        "other": translate("Flows", "Other"),
    }.get(value, value)
