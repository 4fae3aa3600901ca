"""Letters in the binder's look: the negotiation request (协商还款申请书) and the
one-page settlement summary of a loan.

Both are explicit user exports written atomically; they are NOT encrypted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from vault import pdf_style, repository
from vault.checklist import steps_for
from vault.errors import ValidationError
from vault.money import to_chinese_capital
from vault.overview import loan_overview
from vault.pdf_style import (
    check_language,
    count_pages,
    data_table,
    day,
    enum_label,
    fact_table,
    label,
    merge_labels,
    money,
    write_simple_pdf,
)
from vault.records import CreditCheck, Milestone, check_amount, check_text
from vault.store import Connection

REQUESTS = ("restructure", "deferral", "reduction")


@dataclass(frozen=True)
class NegotiationLetter:
    borrower_name: str
    phone: str
    platform_name: str
    lender_entity: str
    contract_no: str
    principal: int  # fen
    borrowed_on: date
    repaid: int  # fen, total repaid so far
    outstanding: int  # fen, principal still owed
    overdue_amount: int  # fen
    request: str  # "restructure" | "deferral" | "reduction"
    reasons: str  # the user's own words
    hardship_proofs: tuple[str, ...]  # documents enclosed (as the user named them)
    monthly_income: int  # fen
    essential_spending: int  # fen
    proposed_periods: int
    proposed_amount: int  # fen per period
    first_due: date | None
    written_on: date
    id_number: str = ""  # optional; printed masked except the last 4 characters

    @property
    def addressee(self) -> str:
        """Whom the letter is to: the lender entity when known, else the platform (a loan
        recorded from the bank or small-loan-company preset has no entity yet)."""
        return self.lender_entity.strip() or self.platform_name.strip()

    def validate(self) -> None:
        if self.request not in REQUESTS:
            raise ValidationError("request", "invalid.choice", f"the request must be one of {REQUESTS}")
        if not self.borrower_name.strip():
            raise ValidationError("borrower_name", "invalid.required",
                                  "the borrower's name is required")
        if not self.addressee:
            raise ValidationError("platform_name", "invalid.required",
                                  "the platform or the lender the letter is to is required")
        for name in ("borrower_name", "phone", "platform_name", "lender_entity", "contract_no",
                     "reasons", "id_number"):
            check_text(name, getattr(self, name))
        for name in ("principal", "repaid", "outstanding", "overdue_amount", "monthly_income",
                     "essential_spending", "proposed_amount"):
            check_amount(name, getattr(self, name))
        if self.proposed_periods < 0 or self.proposed_periods > 600:
            raise ValidationError("proposed_periods", "invalid.term", "0 to 600 periods")


def mask_id(number: str) -> str:
    """Every character but the last four replaced by *."""
    number = number.strip()
    return "*" * max(0, len(number) - 4) + number[-4:]


def _amount(lang: str, fen: int) -> str:
    """Figures and, in Chinese, the 大写 form: 12,000.00 元（大写：壹万贰仟元整）."""
    if lang == "en":
        return f"{money(fen)} yuan ({to_chinese_capital(fen)})"
    return f"{money(fen)} 元（大写：{to_chinese_capital(fen)}）"


def write_negotiation_letter(letter: NegotiationLetter, out: Path, lang: str = "zh_CN") -> Path:
    """The borrower's request to the lender, ready to sign, print or send as a PDF."""
    check_language(lang)
    letter.validate()

    def t(key: str, **params: Any) -> str:
        return label(lang, f"letter.{key}", **params)

    def para(text: str, style: str = "body") -> Flowable:  # wrapped as `lang` wraps
        return pdf_style.para(text, style, lang)

    def story() -> list[Flowable]:
        flow: list[Flowable] = [para(t("title"), "letter_title")]
        lender, platform = letter.lender_entity.strip(), letter.platform_name.strip()
        if lender and platform and lender != platform:
            to = t("to", lender=lender, platform=platform)
        else:
            to = t("to_one", lender=letter.addressee)
        flow.append(para(to, "letter_plain"))
        flow.append(Spacer(1, 3 * mm))
        flow.append(para(t("opening", name=letter.borrower_name), "letter"))
        flow.append(para(t("applicant"), "h2"))
        facts = [(t("name"), letter.borrower_name), (t("phone"), letter.phone or "—")]
        if letter.id_number.strip():
            facts.append((t("id_number"), mask_id(letter.id_number)))
        flow.append(fact_table(facts, lang=lang))
        flow.append(para(t("loan"), "h2"))
        loan_facts = [(t("platform"), platform or "—")]
        if lender:  # an unknown entity is left out rather than printed as a blank
            loan_facts.append((t("lender"), lender))
        flow.append(fact_table([
            *loan_facts,
            (t("contract"), letter.contract_no or "—"),
            (t("borrowed_on"), day(letter.borrowed_on)),
            (t("principal"), _amount(lang, letter.principal)),
            (t("repaid"), _amount(lang, letter.repaid)),
            (t("outstanding"), _amount(lang, letter.outstanding)),
            (t("overdue"), _amount(lang, letter.overdue_amount)),
        ], lang=lang))
        flow.append(para(t("situation"), "h2"))
        for paragraph in [p.strip() for p in letter.reasons.splitlines() if p.strip()]:
            flow.append(para(paragraph, "letter"))
        spare = letter.monthly_income - letter.essential_spending
        flow.append(para(t("budget", income=_amount(lang, letter.monthly_income),
                           spending=_amount(lang, letter.essential_spending),
                           spare=_amount(lang, max(spare, 0))), "letter"))
        flow.append(para(t("request_heading"), "h2"))
        flow.append(para(t(f"request.{letter.request}"), "letter"))
        if letter.proposed_periods and letter.proposed_amount:
            total = letter.proposed_periods * letter.proposed_amount
            flow.append(para(t("plan", periods=letter.proposed_periods,
                               amount=_amount(lang, letter.proposed_amount),
                               total=_amount(lang, total)), "letter"))
            if letter.first_due:
                flow.append(para(t("first_due", day=day(letter.first_due)), "letter"))
        flow.append(para(t("proofs"), "h2"))
        proofs = [p for p in letter.hardship_proofs if p.strip()]
        for number, proof in enumerate(proofs, 1):
            flow.append(para(f"{number}. {proof.strip()}", "letter_plain"))
        if not proofs:
            flow.append(para(t("no_proofs"), "letter_plain"))
        flow.append(Spacer(1, 3 * mm))
        flow.append(KeepTogether([  # the closing never stands alone on a page
            para(t("closing"), "letter"),
            para(t("regards1"), "letter"),
            para(t("regards2"), "letter_plain"),
            Spacer(1, 8 * mm),
            para(t("signature", name=letter.borrower_name), "letter_right"),
            para(t("date", day=_letter_date(lang, letter.written_on)), "letter_right"),
        ]))
        return flow

    return write_simple_pdf(Path(out), story, t("title"), lang,
                            info={"author": letter.borrower_name})


def _letter_date(lang: str, value: date) -> str:
    if lang == "en":
        return value.isoformat()
    return f"{value.year} 年 {value.month} 月 {value.day} 日"


def write_settlement_summary(
    db: Connection, loan_id: int, out: Path, lang: str = "zh_CN", as_of: date | None = None
) -> Path:
    """One page on where a loan's settlement stands: key facts, certificate, credit check."""
    check_language(lang)
    overview = loan_overview(db, loan_id, as_of or date.today())
    loan, platform, summary = overview.loan, overview.platform, overview.summary
    milestones = {m.step: m for m in repository.select(db, Milestone, "loan_id = ?", (loan_id,))}
    checks = repository.select(db, CreditCheck, "loan_id = ?", (loan_id,),
                               order_by="checked_on DESC, id DESC")
    owner_row = db.execute("SELECT value FROM meta WHERE key = 'owner_name'").fetchone()

    def t(key: str, **params: Any) -> str:
        return label(lang, f"summary.{key}", **params)

    obtained = milestones.get("certificate_obtained")
    requested = milestones.get("certificate_requested")
    if obtained and obtained.done_on:
        certificate = t("cert_obtained", day=day(obtained.done_on))
    elif requested and requested.done_on:
        certificate = t("cert_requested", day=day(requested.done_on))
    else:
        certificate = t("cert_none")
    latest = checks[0] if checks else None
    shown = ("" if latest is None else label(lang, "unknown") if latest.shows_settled is None
             else label(lang, "yes" if latest.shows_settled else "no"))

    def story(limit: int | None) -> list[Flowable]:
        def clip(text: str) -> str:
            return _clip(lang, text, limit)

        def para(text: str, style: str = "body") -> Flowable:
            return pdf_style.para(text, style, lang)

        flow: list[Flowable] = [para(t("title"), "letter_title")]
        flow.append(fact_table([
            (t("borrower"), clip(owner_row[0]) if owner_row else "—"),
            (t("platform"), clip(platform.name)),
            (t("lender"), clip(platform.lender_entity) or "—"),
            (t("contract"), clip(loan.contract_no) or "—"),
            (t("borrowed_on"), day(loan.borrowed_on)),
            (t("status"), enum_label(lang, "loan_status", overview.status)),
            (t("principal"), _amount(lang, loan.principal)),
            (t("total_repaid"), _amount(lang, overview.total_paid)),
            (t("settled_on"), day(summary.settled_on) if summary.settled_on else t("not_settled")),
            (t("outstanding"), _amount(lang, summary.outstanding_principal)),
        ], lang=lang))
        flow.append(para(t("certificate"), "h2"))
        flow.append(para(certificate))
        flow.append(para(t("credit"), "h2"))
        flow.append(para(t("check_value", day=day(latest.checked_on), source=clip(latest.source),
                           shown=shown) if latest else t("check_none")))
        flow.append(para(t("checklist"), "h2"))
        wrong = any(c.shows_settled is False for c in checks) or "dispute_filed" in milestones
        rows = []
        for step in steps_for(loan.secured, wrong):
            m = milestones.get(step.key)
            rows.append([enum_label(lang, "step", step.key),
                         day(m.done_on) if m and m.done_on else label(lang, "step.not_done"),
                         clip(m.note) if m else ""])
        flow.append(data_table([t("col_step"), t("col_done"), t("col_note")], rows,
                               [70 * mm, 26 * mm, 78 * mm], lang=lang))
        flow.append(para(t("footnote", day=day(as_of or date.today())), "note"))
        return flow

    # One page: if the records' own words do not fit, each is cut (shorter and shorter)
    # and says the binder has it whole.
    for limit in _SUMMARY_LIMITS:
        make_story = partial(story, limit)
        if count_pages(make_story, t("title"), lang) == 1:
            break
    return write_simple_pdf(Path(out), make_story, t("title"), lang, vault_path=_vault_path(db))


_SUMMARY_LIMITS = (None, 400, 200, 100, 50, 25)  # characters kept of each text, in turn


def _clip(lang: str, text: str, limit: int | None) -> str:
    """`text` whole (limit None), or on one line cut to `limit` characters with a note
    that the binder prints it in full."""
    if limit is None:
        return text
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rstrip() + label(lang, "summary.continued")


def _vault_path(db: Connection) -> Path | None:
    """The file of the vault `db` reads, so that an export never lands on it."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


merge_labels({
    "en": {
        "letter.title": "Application for a negotiated repayment",
        "letter.to": "To {lender} ({platform}):",
        "letter.to_one": "To {lender}:",
        "letter.opening": "I, {name}, borrowed from you through the platform named below. "
                          "Because of the difficulties described here I cannot keep to the "
                          "original repayment plan, and I respectfully apply for a negotiated "
                          "repayment.",
        "letter.applicant": "Applicant",
        "letter.name": "Name",
        "letter.phone": "Phone",
        "letter.id_number": "ID number",
        "letter.loan": "The loan",
        "letter.platform": "Platform",
        "letter.lender": "Lender",
        "letter.contract": "Contract no.",
        "letter.borrowed_on": "Borrowed on",
        "letter.principal": "Principal",
        "letter.repaid": "Repaid so far",
        "letter.outstanding": "Principal outstanding",
        "letter.overdue": "Amount overdue",
        "letter.situation": "My situation",
        "letter.budget": "My monthly income is {income}; essential spending (housing, food, "
                         "medical care, family) is {spending}, which leaves {spare} a month for "
                         "repayments.",
        "letter.request_heading": "What I ask",
        "letter.request.restructure": "I ask to repay the outstanding amount in instalments I "
                                      "can afford (协商分期).",
        "letter.request.deferral": "I ask for the repayment period to be extended (展期, Civil "
                                   "Code art. 678).",
        "letter.request.reduction": "I ask for a reduction of the interest, penalty interest "
                                    "and fees, given my proven hardship.",
        "letter.plan": "Proposed plan: {periods} instalments of {amount}, in total {total}.",
        "letter.first_due": "First instalment on {day}.",
        "letter.proofs": "Documents enclosed",
        "letter.no_proofs": "(none)",
        "letter.closing": "I am not refusing to pay: I want to repay what I owe. I ask you to "
                          "consider my real difficulties and agree to the plan above; I will "
                          "keep to the agreed plan strictly and on time.",
        "letter.regards1": "Thank you for your consideration.",
        "letter.regards2": "Yours sincerely,",
        "letter.signature": "Applicant (signature): ____________  {name}",
        "letter.date": "Date: {day}",
        "summary.title": "Settlement summary",
        "summary.borrower": "Borrower",
        "summary.platform": "Platform",
        "summary.lender": "Lender",
        "summary.contract": "Contract no.",
        "summary.borrowed_on": "Borrowed on",
        "summary.status": "Status",
        "summary.principal": "Principal",
        "summary.total_repaid": "Total repaid",
        "summary.settled_on": "Settled on",
        "summary.not_settled": "not yet settled",
        "summary.outstanding": "Principal outstanding",
        "summary.certificate": "Settlement certificate",
        "summary.cert_obtained": "Obtained on {day} and kept.",
        "summary.cert_requested": "Requested on {day}; not yet received.",
        "summary.cert_none": "Not yet requested.",
        "summary.credit": "Credit report",
        "summary.check_value": "Checked on {day} ({source}); shows the loan settled: {shown}.",
        "summary.check_none": "Not yet checked.",
        "summary.checklist": "Settlement checklist",
        "summary.col_step": "Step",
        "summary.col_done": "Done on",
        "summary.col_note": "Note",
        "summary.footnote": "Figures as of {day}, from the borrower's own records kept in "
                            "Jieqing (结清).",
        "summary.continued": "… (continued in the binder)",
    },
    "zh_CN": {
        "letter.title": "协商还款申请书",
        "letter.to": "{lender}（{platform}）：",
        "letter.to_one": "{lender}：",
        "letter.opening": "本人{name}通过贵司平台借款，现因下述困难无法按原计划按时还款。本人无意"
                          "逃避债务，特向贵司申请协商还款，恳请予以考虑。",
        "letter.applicant": "一、申请人信息",
        "letter.name": "姓名",
        "letter.phone": "联系电话",
        "letter.id_number": "身份证号",
        "letter.loan": "二、借款信息",
        "letter.platform": "借款平台",
        "letter.lender": "放款机构",
        "letter.contract": "合同编号",
        "letter.borrowed_on": "借款日期",
        "letter.principal": "借款本金",
        "letter.repaid": "已还金额",
        "letter.outstanding": "剩余本金",
        "letter.overdue": "逾期金额",
        "letter.situation": "三、目前情况与困难原因",
        "letter.budget": "本人目前每月收入 {income}，房租、饮食、医疗、赡养等必要支出 {spending}，"
                         "每月可用于还款的金额约为 {spare}。",
        "letter.request_heading": "四、申请事项",
        "letter.request.restructure": "恳请贵司同意将剩余欠款按本人实际还款能力重新分期偿还"
                                      "（协商分期／个性化分期）。",
        "letter.request.deferral": "恳请贵司同意延长还款期限（展期，《民法典》第六百七十八条）。",
        "letter.request.reduction": "鉴于本人确有困难并附有证明，恳请贵司减免部分利息、罚息及相关费用。",
        "letter.plan": "拟定还款方案：分 {periods} 期偿还，每期 {amount}，合计 {total}。",
        "letter.first_due": "首期还款日：{day}。",
        "letter.proofs": "五、随附证明材料",
        "letter.no_proofs": "（无）",
        "letter.closing": "本人并非恶意拖欠，始终愿意积极偿还欠款。恳请贵司体谅本人的实际困难，"
                          "同意上述还款方案；方案达成后，本人将严格按约定按时足额还款。",
        "letter.regards1": "此致",
        "letter.regards2": "敬礼！",
        "letter.signature": "申请人（签名）：____________　{name}",
        "letter.date": "日期：{day}",
        "summary.title": "结清情况说明",
        "summary.borrower": "借款人",
        "summary.platform": "借款平台",
        "summary.lender": "放款机构",
        "summary.contract": "合同编号",
        "summary.borrowed_on": "借款日期",
        "summary.status": "状态",
        "summary.principal": "借款本金",
        "summary.total_repaid": "累计已还",
        "summary.settled_on": "结清日期",
        "summary.not_settled": "尚未结清",
        "summary.outstanding": "剩余本金",
        "summary.certificate": "结清证明",
        "summary.cert_obtained": "已于 {day} 取得并保存。",
        "summary.cert_requested": "已于 {day} 申请，尚未取得。",
        "summary.cert_none": "尚未申请。",
        "summary.credit": "征信报告",
        "summary.check_value": "{day} 查询（{source}），显示已结清：{shown}。",
        "summary.check_none": "尚未查询。",
        "summary.checklist": "结清清单",
        "summary.col_step": "步骤",
        "summary.col_done": "完成日期",
        "summary.col_note": "备注",
        "summary.footnote": "数据截至 {day}，来自借款人在“结清”中保存的本人记录。",
        "summary.continued": "……（完整内容见结清档案）",
    },
})
