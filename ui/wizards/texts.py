"""The guided forms' words: message keys from vault.flows (and the rate-warning codes, the
checklist steps and the records' choices) turned into text in the user's language.

`invalid.*` keys are the records' own and come from ui.messages, the one error table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.messages import error_text
from vault.errors import ValidationError


def _t(text: str) -> str:
    return QCoreApplication.translate("Flows", text)


def _messages() -> dict[str, str]:
    return {
        # -- problems under a field ---------------------------------------------------
        "flow.date_in_future": _t("This date is in the future."),
        "flow.date_in_past": _t("This date has already passed."),
        "flow.amount_format": _t("This is not an amount: type yuan, like 1,234.56."),
        "flow.choose_lender": _t("Choose a lender from the list, or type its name."),
        "flow.fee_not_below_principal": _t(
            "The fee kept back must be less than the loan amount."),
        "flow.custom_needs_schedule": _t(
            "With this method, type the lender's schedule on the schedule page."),
        "flow.schedule_empty": _t("Add at least one installment."),
        "flow.schedule_row_incomplete": _t(
            "Every row needs a due date, principal and interest."),
        "flow.schedule_dates_order": _t("Each due date must come after the one before it."),
        "flow.schedule_principal_mismatch": _t(
            "The principal column must add up to the loan amount."),
        "flow.choose_loan": _t("Choose the loan this payment was for."),
        "flow.payee_needed_to_remember": _t("Type the account the money went to."),
        "flow.next_step_needed": _t("Say what the next step is."),
        "flow.follow_up_before_contact": _t("The follow-up date must come after the contact."),
        "flow.hardship_needed": _t("A reduction needs a reason: tick at least one hardship."),
        "flow.periods_range": _t("Choose 1 to 120 periods."),
        "flow.follow_up_needed": _t("Choose a date to follow up."),
        "flow.contact_incomplete": _t(
            "A contact in the log is incomplete: remove it and add it again."),
        "flow.effective_before_loan": _t("The new plan must start after the loan date."),
        "flow.effective_date_taken": _t(
            "Another plan of this loan starts on this date; choose another day."),
        "flow.plan_incomplete": _t("Fill in the agreed plan."),
        "flow.before_settlement": _t("This date is before the loan was paid off."),
        "flow.uninstall_before_cancel": _t(
            "Cancel or freeze the credit line first: uninstalling the app alone closes nothing."),
        "flow.confirm_settled_first": _t(
            "First confirm that the loan shows 已结清 (settled) in the official app."),
        "flow.choose_yes_no": _t("Say whether the report shows the loan settled."),
        # -- warnings -----------------------------------------------------------------
        "flow.payee_unknown": _t(
            "This is not an account recorded for this lender. A request to pay an unknown "
            "or personal account is a common scam sign. Before paying again, call the "
            "lender's official hotline (from its official app) and check the account."),
        "flow.extension_after_maturity": _t(
            "The loan has already matured. An extension (展期) must be asked for before the "
            "loan matures (Civil Code art. 678); now ask for restructuring instead."),
        "flow.nothing_affordable": _t(
            "Your essential spending uses all your income: nothing is left for repayments. "
            "Say so in the request; legal aid can help you plan."),
        "flow.above_affordable": _t(
            "The amount per period is more than you can afford each month. Propose an "
            "amount you can keep paying, with more periods."),
        "flow.proposal_below_owed": _t(
            "These payments add up to less than you owe now: the lender will read this as a "
            "request to reduce the debt."),
        # -- scam signs ---------------------------------------------------------------
        "scam.safe_account": _t("Asks you to move money to a 'safe', 'supervised' or personal "
                                "account"),
        "scam.screen_share": _t("Asks you to share your screen or install a meeting app"),
        "scam.code_or_password": _t("Asks for a verification code or a password"),
        "scam.add_contact": _t("Asks you to add 'customer service' on QQ or WeChat"),
        "scam.link": _t("Sends a link to click"),
        "scam.borrow_to_clear": _t("Asks you to borrow on other platforms to 'clear a limit'"),
        "scam.fee_first": _t("Asks for a fee first (deposit, unfreezing fee, handling fee)"),
        "scam.cancel_student_account": _t("Talks about cancelling a 'student account'"),
        "scam.close_account": _t("Talks about closing your loan account for you"),
        "scam.credit_threat": _t("Threatens your credit record or a 'blacklist'"),
        "scam.rate_cut": _t("Offers to lower a rate that is 'too high'"),
        "scam.authority": _t("Claims to be a regulator, the central bank or the police"),
        "scam.credit_repair": _t("Offers to 'repair' or 'clean' a credit record"),
        "scam.debt_agent": _t("A paid agent offering to negotiate or stop interest"),
        "scam.paid_certificate": _t("Wants money for a settlement certificate"),
        "scam.overseas_caller": _t("The call or message comes from a number abroad"),
        "fact.lenders_never_ask": _t(
            "Lenders never ask you to move money to a 'safe account', for verification codes "
            "or to share your screen."),
        "fact.records_not_for_sale": _t(
            "A credit record cannot be changed for a fee: only a dispute (异议) can correct a "
            "wrong record, and it is free."),
        "fact.crc_closes_nothing": _t(
            "The Credit Reference Center and the regulators close no loan accounts."),
        "fact.one_time_repair_free": _t(
            "The central bank's one-time credit repair (overdue amounts up to 10,000 yuan "
            "repaid by 2026-03-31) happens automatically and costs nothing."),
        "fact.use_official_channels": _t(
            "Check only through the lender's official app or the hotline it shows; never "
            "through a number or link the caller gives you."),
        # -- hardship proof and next steps --------------------------------------------
        "proof.medical_records": _t("Medical records (diagnosis, hospital records)"),
        "proof.medical_bills": _t("Medical bills and receipts"),
        "proof.termination_letter": _t("Termination letter or proof of leaving the job"),
        "proof.unemployment_registration": _t("Unemployment registration"),
        "proof.family_certificates": _t(
            "Certificates of the family event (e.g. death, illness or accident of a family "
            "member)"),
        "proof.bank_statements": _t("Bank statements showing the drop in income"),
        "next.ask_again_with_proof": _t("Ask again with more proof of hardship"),
        "next.complain_to_regulator": _t("Complain to the local financial regulator"),
        "next.legal_aid": _t("Ask legal aid for help"),
        # -- rate warnings (vault.thresholds codes) ------------------------------------
        "rate.above_4x_lpr": _t(
            "The true annual cost ({apr} %) is above four times the one-year LPR at signing "
            "({threshold} %)."),
        "rate.above_24_licensed": _t(
            "The true annual cost ({apr} %) is above the 24 % line used for licensed lenders."),
        "rate.above_24_historic": _t(
            "The true annual cost ({apr} %) is above 24 %, the limit supported for contracts "
            "signed before 2020-08-20."),
        "rate.above_36_historic": _t(
            "The true annual cost ({apr} %) is above 36 %: for contracts signed before "
            "2020-08-20 the excess was void."),
        "rate.upfront_deduction": _t(
            "¥{amount} was kept back when the money was paid out (砍头息)."),
        "rate.lpr_missing": _t(
            "The LPR table has no rate for the signing date, so the four-times-LPR line could "
            "not be checked."),
        "basis.rate.above_4x_lpr": _t(
            "Supreme People's Court provisions on private lending (2020), art. 25: courts do "
            "not support interest above four times the one-year LPR at signing; overdue "
            "interest, penalties and fees together are capped the same way (arts. 28–29)."),
        "basis.rate.above_24_licensed": _t(
            "For banks, consumer-finance and small-loan companies, courts have used a "
            "comprehensive annual cost of 24 % (interest and all fees) as the line since 2017."),
        "basis.rate.above_24_historic": _t(
            "2015 private-lending provisions, art. 26: up to 24 % a year was supported; "
            "between 24 % and 36 % it could not be enforced."),
        "basis.rate.above_36_historic": _t(
            "2015 private-lending provisions, art. 26: interest above 36 % a year was void and "
            "the excess paid could be reclaimed."),
        "basis.rate.upfront_deduction": _t(
            "Interest may not be deducted from the principal in advance; the loan and its "
            "interest count on the amount actually received (Civil Code art. 670)."),
        "basis.rate.lpr_missing": _t("Add the LPR fixing for that date to the LPR table."),
        "disclaimer": _t(
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
        "confirmed_settled": _t("The loan shows 已结清 (settled) in the official app"),
        "certificate_requested": _t("Settlement certificate (结清证明) requested"),
        "certificate_obtained": _t("Settlement certificate obtained and kept"),
        "collateral_released": _t("Collateral released"),
        "credit_report_checked": _t("Credit report shows the loan settled"),
        "dispute_filed": _t("Dispute (异议) filed"),
        "credit_line_closed": _t("Credit line cancelled or frozen"),
        "card_unbound": _t("Bank card unbound, auto-debit stopped"),
        "personal_data_removed": _t("Personal data removed"),
        "app_uninstalled": _t("App uninstalled (only after cancelling)"),
    }.get(key, key)


def step_hint(key: str) -> str:
    return {
        "confirmed_settled": _t(
            "Open the lender's official app and check that the loan is marked settled."),
        "certificate_requested": _t(
            "Ask for the certificate only through the official app or official customer "
            "service."),
        "certificate_obtained": _t("Attach the certificate here and keep a printed copy too."),
        "collateral_released": _t(
            "For a secured loan, use the certificate to release the pledge or mortgage."),
        "credit_report_checked": _t(
            "30–45 days after payoff, pull your credit report and check the account shows "
            "结清."),
        "dispute_filed": _t(
            "Send the certificate to the lender and file a dispute (异议) with the credit "
            "reference center or the lender; an answer is due within 20 days."),
        "credit_line_closed": _t(
            "A revolving line keeps showing as 授信 on your report until it is closed. If the "
            "app has no button for it, ask customer service to freeze the account."),
        "card_unbound": _t("Unbind the repayment card in the lender's app."),
        "personal_data_removed": _t(
            "Ask the platform to delete or correct the personal data it still holds."),
        "app_uninstalled": _t(
            "Uninstalling alone closes nothing: uninstall only after the steps above."),
    }.get(key, "")


def choice(value: str) -> str:
    """The label of a stored choice (channels, counterparts, methods, statuses …)."""
    return {
        # contact channels
        "phone": _t("Phone call"),
        "app_chat": _t("Chat in the app"),
        "sms": _t("Text message"),
        "email": _t("Email"),
        "visit": _t("Visit in person"),
        "letter": _t("Letter"),
        # counterparts
        "platform": _t("The lender's official customer service"),
        "collector": _t("A debt collector"),
        "regulator": _t("A financial regulator"),
        "legal_aid": _t("Legal aid"),
        # payment channels
        "auto_debit": _t("Automatic debit (自动扣款)"),
        "app": _t("Paid in the lender's app"),
        "offline": _t("At an offline store (线下门店)"),
        "transfer": _t("Bank transfer"),
        # account kinds
        "bank_card": _t("Bank card"),
        "alipay": _t("Alipay"),
        "wechat": _t("WeChat Pay"),
        # methods
        "annuity": _t("Equal installments (等额本息)"),
        "equal_principal": _t("Equal principal (等额本金)"),
        "interest_first": _t("Interest first, principal at the end (先息后本)"),
        "bullet": _t("All at maturity (一次性还本付息)"),
        "daily": _t("Daily interest on what is owed (微粒贷 / 借呗 style)"),
        "custom": _t("As the lender's schedule shows (type it)"),
        # rounding
        "posted": _t("Each period rounded, the last absorbs the rest (as lenders post)"),
        "exact": _t("Unrounded totals (as online calculators show)"),
        # lender kinds
        "licensed": _t("Licensed lender (bank, consumer-finance or small-loan company)"),
        "private": _t("Private lender (a person or an unlicensed company)"),
        # negotiation
        "restructure": _t("Installment restructuring (协商分期)"),
        "deferral": _t("Deferral / extension (展期)"),
        "reduction": _t("Reduction of interest, penalty or principal"),
        "illness": _t("Illness"),
        "job_loss": _t("Job loss"),
        "family": _t("A family event"),
        "income_drop": _t("Income dropped"),
        "agreed": _t("Agreed"),
        "refused": _t("Refused"),
        "pending": _t("Waiting for an answer"),
        # loan statuses
        "active": _t("Active"),
        "overdue": _t("Overdue"),
        "negotiating": _t("Negotiating"),
        "restructured": _t("Restructured"),
        "settled": _t("Settled"),
        "closed": _t("Closed"),
        "other": _t("Other"),
    }.get(value, value)
