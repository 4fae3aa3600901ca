"""A demo vault of realistic records, for trying Jieqing without typing a loan.

Seven loans across 微粒贷, 借呗, 京东金条, 美团借钱, 360借条, a small-loan company and a
bank, one in each state (active, overdue, negotiating, restructured, settled awaiting the
certificate, fully closed), with payments, contacts, milestones and credit checks. Dates
are relative to `today`, so an overdue loan stays overdue whenever the demo is made.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from vault import checklist, kdf, loans, repository
from vault.platforms import presets
from vault.records import (
    Account,
    AccountKind,
    Contact,
    ContactChannel,
    Counterpart,
    CreditCheck,
    DocumentKind,
    Loan,
    LoanStatus,
    Milestone,
    Payment,
    PaymentChannel,
    PlanKind,
    Platform,
)
from vault.schedule import Method, Rate, RateKind, add_months, build_schedule
from vault.store import Connection, Vault

DEMO_OWNER = "张伟（示例）"


@dataclass(frozen=True)
class _DemoLoan:
    preset: str
    entity: str
    hotline: str
    contract_no: str
    months_ago: int
    principal_yuan: int
    rate: Rate
    months: int
    method: Method
    status: LoanStatus
    paid: int  # installments paid, on time unless `late_days`
    late_days: int = 0
    upfront_fee_yuan: int = 0
    account: str = "bank"


def _loans() -> list[_DemoLoan]:
    daily = RateKind.daily
    annual = RateKind.annual
    return [
        _DemoLoan("微粒贷", "深圳前海微众银行股份有限公司", "95384", "WLD2026031500018",
                  5, 20_000, Rate(daily, Decimal("0.03")), 12, Method.daily,
                  LoanStatus.active, paid=5, account="wechat"),
        _DemoLoan("美团借钱", "重庆美团三快小额贷款有限公司", "10107888", "MT20260712A9931",
                  4, 8_000, Rate(annual, Decimal("23.4")), 6, Method.annuity,
                  LoanStatus.overdue, paid=1),
        _DemoLoan("京东金条", "京东科技（合作机构放款）", "95118", "JT2025122088812",
                  8, 30_000, Rate(daily, Decimal("0.05")), 12, Method.annuity,
                  LoanStatus.negotiating, paid=5, late_days=3),
        _DemoLoan("360借条", "上海奇步天下小额贷款有限公司（示例）", "", "360JT20260601339",
                  3, 6_000, Rate(RateKind.monthly_fee, Decimal("0.75")), 6,
                  Method.equal_principal, LoanStatus.active, paid=3, account="alipay"),
        _DemoLoan("安信小额贷款有限公司（示例）", "安信小额贷款有限公司（示例）", "", "AX-2025-11-0457",
                  12, 50_000, Rate(annual, Decimal("23.9")), 12, Method.equal_principal,
                  LoanStatus.restructured, paid=6, upfront_fee_yuan=2_000),
        _DemoLoan("借呗", "重庆蚂蚁消费金融有限公司", "95188", "JB20250908771203",
                  14, 10_000, Rate(daily, Decimal("0.04")), 12, Method.daily,
                  LoanStatus.settled, paid=12, account="alipay"),
        _DemoLoan("招商银行 闪电贷", "招商银行股份有限公司", "95555", "ZS2025030100456",
                  21, 60_000, Rate(annual, Decimal("4.5")), 12, Method.annuity,
                  LoanStatus.closed, paid=12),
    ]


def create_demo_vault(
    path: str | os.PathLike[str], password: str, profile: kdf.KdfProfile | None = None,
    today: date | None = None,
) -> None:
    """Create a new vault at `path` holding the demo records (one transaction) and a few
    sample documents linked to them. It takes its name only once full: an interrupted
    creation leaves no demo, and the next one starts afresh."""

    def fill(vault: Vault) -> None:
        with vault.transaction() as db:
            fill_demo(db, today or date.today())
        add_demo_documents(vault)

    Vault.create(path, password, profile, fill=fill).lock()


def add_demo_documents(vault: Vault) -> None:
    """A receipt screenshot, a settlement certificate photo and a credit report page."""
    from vault import attachments, demo_documents
    from vault.attachments import Link

    db = vault.db
    latest_payment = repository.select(db, Payment, order_by="paid_on DESC, id")[0]
    loan = repository.get(db, Loan, latest_payment.loan_id)
    platform = repository.get(db, Platform, loan.platform_id)
    attachments.add_bytes(
        vault, demo_documents.receipt_png(platform.name, latest_payment.amount,
                                          latest_payment.paid_on, latest_payment.reference_no),
        "还款截图.png", [Link("payment", latest_payment.id or 0)],
        kind=DocumentKind.receipt, title=f"{platform.name} 还款成功截图",
        doc_date=latest_payment.paid_on)
    closed = repository.select(db, Loan, "status = ?", (LoanStatus.closed.value,))[0]
    lender = repository.get(db, Platform, closed.platform_id).lender_entity
    paid = repository.select(db, Payment, "loan_id = ?", (closed.id,), order_by="paid_on")
    check = repository.select(db, CreditCheck, "loan_id = ?", (closed.id,))[0]
    settled_on = paid[-1].paid_on
    certificate_step = repository.select(
        db, Milestone, "loan_id = ? AND step = 'certificate_obtained'", (closed.id,))[0]
    attachments.add_bytes(
        vault, demo_documents.certificate_jpeg(DEMO_OWNER, lender, closed.contract_no,
                                               closed.principal, sum(p.amount for p in paid),
                                               settled_on),
        "结清证明.jpg", [Link("loan", closed.id or 0), Link("milestone", certificate_step.id or 0)],
        kind=DocumentKind.settlement_certificate, title="结清证明（纸质，手机拍照）",
        doc_date=settled_on)
    attachments.add_bytes(
        vault, demo_documents.credit_report_pdf(DEMO_OWNER, lender, check.checked_on),
        "个人信用报告.pdf", [Link("credit_check", check.id or 0), Link("loan", closed.id or 0)],
        kind=DocumentKind.credit_report, title="个人信用报告（结清后核查）",
        doc_date=check.checked_on)


def fill_demo(db: Connection, today: date) -> None:
    db.execute("INSERT INTO meta(key, value) VALUES ('owner_name', ?)", (DEMO_OWNER,))
    accounts = {
        "bank": repository.insert(db, Account(
            kind=AccountKind.bank_card, label="招商银行储蓄卡", number="6214830123456789",
            holder=DEMO_OWNER)),
        "alipay": repository.insert(db, Account(
            kind=AccountKind.alipay, label="支付宝余额", number="138****6789",
            holder=DEMO_OWNER)),
        "wechat": repository.insert(db, Account(
            kind=AccountKind.wechat, label="微信零钱", number="wxid_demo6789", holder=DEMO_OWNER)),
    }
    for spec in _loans():
        _add_demo_loan(db, spec, today, accounts[spec.account].id)


def _add_demo_loan(db: Connection, spec: _DemoLoan, today: date, account_id: int | None) -> None:
    known = {p.name: p for p in presets().values()}
    platform = repository.insert(db, known.get(spec.preset) or Platform(
        name=spec.preset, lender_entity=spec.entity, hotline=spec.hotline))
    assert platform.id is not None
    borrowed = add_months(today, -spec.months_ago)
    principal = spec.principal_yuan * 100
    loan, plan = loans.add_loan(db, Loan(
        platform_id=platform.id, contract_no=spec.contract_no, borrowed_on=borrowed,
        principal=principal, received=principal - spec.upfront_fee_yuan * 100,
        upfront_fee=spec.upfront_fee_yuan * 100, rate_kind=spec.rate.kind,
        rate_percent=spec.rate.percent, day_basis=spec.rate.day_basis,
        term_months=spec.months, method=spec.method, status=spec.status,
        account_id=account_id,
        penalty_rate_kind=RateKind.daily if spec.status is LoanStatus.overdue else None,
        penalty_rate_percent=Decimal("0.0735") if spec.status is LoanStatus.overdue else None,
    ))
    assert loan.id is not None and plan.id is not None
    schedule = loans.installments_of(db, plan.id)
    for item in schedule[: spec.paid]:
        late = spec.late_days if item.n == spec.paid else 0
        repository.insert(db, Payment(
            loan_id=loan.id, paid_on=item.due + timedelta(days=late), amount=item.payment,
            channel=PaymentChannel.auto_debit if not late else PaymentChannel.app,
            account_id=account_id, payee=spec.entity,
            reference_no=f"{spec.contract_no[-6:]}-{item.n:02d}",
        ))
    story = _STORIES.get(spec.status)
    if story:
        story(db, loan, schedule[spec.paid - 1].due if spec.paid else borrowed, today)


def _contact(db: Connection, loan: Loan, on: date, channel: ContactChannel,
             counterpart: Counterpart, who: str, asked: str, outcome: str,
             next_step: str = "", next_on: date | None = None) -> None:
    repository.insert(db, Contact(
        loan_id=loan.id, happened_on=on, channel=channel, counterpart=counterpart, who=who,
        asked=asked, outcome=outcome, next_step=next_step, next_step_on=next_on))


def _overdue(db: Connection, loan: Loan, last_paid: date, today: date) -> None:
    _contact(db, loan, today - timedelta(days=20), ContactChannel.phone, Counterpart.collector,
             "自称催收专员（未报工号）", "对方要求三天内还清全部欠款，否则“上门”",
             "已要求对方通过官方渠道发送欠款明细；未向任何个人账户转账",
             "拨打官方客服核实欠款金额", today + timedelta(days=2))


def _negotiating(db: Connection, loan: Loan, last_paid: date, today: date) -> None:
    _contact(db, loan, today - timedelta(days=25), ContactChannel.phone, Counterpart.platform,
             "官方客服 工号 J1024", "失业导致还款困难，申请协商分期",
             "客服登记了申请，要求提供离职证明和收入证明",
             "上传离职证明", today - timedelta(days=18))
    _contact(db, loan, today - timedelta(days=10), ContactChannel.app_chat, Counterpart.platform,
             "京东金融 App 在线客服", "已上传离职证明，询问审核进度",
             "审核中，预计 7 个工作日内回复", "等待回复，到期未回复再致电",
             today + timedelta(days=4))


def _restructured(db: Connection, loan: Loan, last_paid: date, today: date) -> None:
    assert loan.id is not None
    effective = last_paid + timedelta(days=1)
    _contact(db, loan, effective - timedelta(days=12), ContactChannel.visit, Counterpart.platform,
             "线下门店 李经理", "因医疗支出申请个性化分期，减免罚息",
             "同意剩余本金分 18 期，年利率降至 12%，减免罚息", "签署协商协议")
    remaining = loan.principal - loan.principal * 6 // 12
    schedule = build_schedule(remaining, Rate(RateKind.annual, Decimal("12")), 18,
                              Method.annuity, effective)
    loans.supersede(db, loan.id, PlanKind.restructured, effective,
                    Rate(RateKind.annual, Decimal("12")), Method.annuity, schedule,
                    note="协商分期：剩余本金 18 期，减免罚息")
    for item in schedule:
        if item.due > today:
            break
        repository.insert(db, Payment(
            loan_id=loan.id, paid_on=item.due, amount=item.payment,
            channel=PaymentChannel.transfer, account_id=loan.account_id,
            payee="安信小额贷款有限公司 对公账户", reference_no=f"AX-R{item.n:02d}"))


def _settled(db: Connection, loan: Loan, last_paid: date, today: date) -> None:
    assert loan.id is not None
    repository.insert(db, Milestone(loan_id=loan.id, step="confirmed_settled", done_on=last_paid,
                                    note="支付宝借呗页面显示“已结清”"))
    repository.insert(db, Milestone(loan_id=loan.id, step="certificate_requested",
                                    done_on=last_paid + timedelta(days=3),
                                    follow_up_on=today + timedelta(days=5),
                                    note="通过支付宝官方客服申请结清证明"))
    early, _late = checklist.credit_check_window(last_paid)
    repository.insert(db, Milestone(loan_id=loan.id, step="credit_report_checked",
                                    follow_up_on=max(early, today + timedelta(days=7))))


def _closed(db: Connection, loan: Loan, last_paid: date, today: date) -> None:
    assert loan.id is not None
    checked = last_paid + timedelta(days=38)
    for step in checklist.steps_for(secured=False):
        repository.insert(db, Milestone(loan_id=loan.id, step=step.key,
                                        done_on=min(checked + timedelta(days=2), today)
                                        if step.key != "confirmed_settled" else last_paid))
    repository.insert(db, CreditCheck(loan_id=loan.id, checked_on=checked,
                                      source="中国人民银行征信中心 个人征信报告（网上查询）",
                                      shows_settled=True, note="账户状态：结清"))


_STORIES = {
    LoanStatus.overdue: _overdue,
    LoanStatus.negotiating: _negotiating,
    LoanStatus.restructured: _restructured,
    LoanStatus.settled: _settled,
    LoanStatus.closed: _closed,
}
