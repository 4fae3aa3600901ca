"""Where a loan stands follows the day shown, not the day something was last saved: its
state, its next due, the balance curve's past and what an installment's interest comes to."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.vault.conftest import DEMO_TODAY, renegotiated_loan
from vault import repository
from vault.dashboard import balance_curve, load_dashboard
from vault.flows import negotiation
from vault.flows.negotiation import AgreedPlan, NegotiationDraft, Outcome
from vault.flows.repayment import refresh_status
from vault.loans import add_loan, computed_schedule
from vault.overview import all_overviews, build_overview, loan_overview
from vault.records import (
    Installment,
    Loan,
    LoanStatus,
    Payment,
    PaymentChannel,
    Plan,
    PlanKind,
    Platform,
)
from vault.schedule import Method, RateKind
from vault.store import Vault


def _loan_id(vault: Vault, platform: str) -> int:
    return int(vault.db.execute(
        "SELECT loan.id FROM loan JOIN platform ON platform.id = loan.platform_id "
        "WHERE platform.name = ?", (platform,)).fetchone()[0])


def _stored(vault: Vault, loan_id: int) -> LoanStatus:
    return repository.get(vault.db, Loan, loan_id).status


def test_installments_falling_overdue_make_the_loan_overdue_without_a_save(demo: Vault) -> None:
    """The demo was last saved on 2026-11-24; by 2027-01-10 the December installments of
    微粒贷 and 360借条 are overdue. Negotiating stays negotiating (the user's own step), so
    four of the five loans with overdue installments count as overdue."""
    as_of = date(2027, 1, 10)
    overviews = all_overviews(demo.db, as_of)
    by_name = {o.platform.name: o for o in overviews}
    assert _stored(demo, by_name["微粒贷"].loan.id or 0) is LoanStatus.active
    for name in ("微粒贷", "360借条", "美团借钱", "安信小额贷款有限公司（示例）"):
        assert by_name[name].summary.overdue_count > 0
        assert by_name[name].status is LoanStatus.overdue, name
    assert by_name["京东金条"].status is LoanStatus.negotiating
    board = load_dashboard(demo.db, overviews, as_of)
    assert board.overdue_loans == 5
    assert board.by_status == {LoanStatus.overdue: 4, LoanStatus.negotiating: 1,
                               LoanStatus.settled: 1, LoanStatus.closed: 1}
    # on the day the demo was saved, each loan stands where its story says
    today = load_dashboard(demo.db, all_overviews(demo.db, DEMO_TODAY), DEMO_TODAY)
    assert today.by_status == {**dict.fromkeys(LoanStatus, 1), LoanStatus.active: 2}


def test_a_later_starting_plan_takes_an_overdue_loan_out_of_overdue_on_its_first_day(
    vault: Vault,
) -> None:
    """Three installments overdue, a plan agreed to start 2024-05-01: overdue until then
    (stored so at the save), restructured from that day with nothing saved since."""
    with vault.transaction() as db:
        loan = renegotiated_loan(db)
        assert refresh_status(db, loan.id or 0, date(2024, 4, 10)) is LoanStatus.overdue
    assert _stored(vault, loan.id or 0) is LoanStatus.overdue
    assert loan_overview(vault.db, loan.id or 0, date(2024, 4, 30)).status is LoanStatus.overdue
    after = date(2024, 5, 10)
    overviews = all_overviews(vault.db, after)
    assert [o.status for o in overviews] == [LoanStatus.restructured]
    assert load_dashboard(vault.db, overviews, after).by_status == {LoanStatus.restructured: 1}


def test_the_users_own_steps_hold_whatever_the_figures(vault: Vault) -> None:
    """Negotiating, settled (已结清 confirmed) and closed out are the user's to change."""
    with vault.transaction() as db:
        loan = renegotiated_loan(db)
    for step in (LoanStatus.negotiating, LoanStatus.settled, LoanStatus.closed):
        with vault.transaction() as db:
            repository.update(db, replace(loan, status=step))
        assert loan_overview(vault.db, loan.id or 0, date(2024, 4, 10)).status is step


def _agree_later_plan(vault: Vault, loan_id: int, today: date) -> None:
    """京东金条 agrees on 2026-11-26 to a plan taking effect on 2026-12-10, 12 × from
    2027-01-10; the old plan's next installment (2026-12-24) will never be owed."""
    draft = NegotiationDraft(
        loan_id=loan_id, outcome=Outcome.agreed, outcome_on=today, reasons="失业",
        monthly_income=600_000, essential_spending=450_000, proposed_periods=12,
        proposed_amount=100_000, first_due=date(2027, 1, 10))
    owed = loan_overview(vault.db, loan_id, today).summary.outstanding_principal
    draft.agreed = AgreedPlan(
        effective_from=date(2026, 12, 10), principal=owed, rate_kind=RateKind.annual,
        rate_percent=Decimal(0), periods=12, method=Method.equal_principal,
        first_due=date(2027, 1, 10))
    negotiation.save(vault, draft, today=today)


def test_a_plan_not_yet_in_effect_gives_one_next_due_everywhere(demo: Vault) -> None:
    today = date(2026, 11, 26)
    loan_id = _loan_id(demo, "京东金条")
    _agree_later_plan(demo, loan_id, today)
    overview = loan_overview(demo.db, loan_id, today)
    assert overview.summary.next_due_date == date(2026, 12, 24)  # the old plan's: never owed
    new_plan = overview.history[-1].reconciliation.states
    following = overview.next_due
    assert following is not None
    assert (following.on, following.amount) == (date(2027, 1, 10), new_plan[0].remaining)
    # the dues chart and the next due follow the same rule
    open_dues = [s.installment.due for s in overview.open_states()]
    assert date(2026, 12, 24) not in open_dues
    assert min(d for d in open_dues if d >= today) == following.on
    board = load_dashboard(demo.db, all_overviews(demo.db, today), today)
    assert board.next_due is not None and board.next_due.loan_id != loan_id
    assert board.next_due.on <= following.on
    december = next(d for d in board.dues if d.month == date(2026, 12, 1))
    others = [o for o in all_overviews(demo.db, today) if o.loan.id != loan_id]
    assert december.amount == sum(
        s.remaining for o in others if o.status not in (LoanStatus.settled, LoanStatus.closed)
        for s in o.open_states() if s.installment.due.month == 12 and s.installment.due > today)
    # agreed while installments are overdue: overdue until the plan starts, then not
    assert overview.status is LoanStatus.overdue
    assert loan_overview(demo.db, loan_id, date(2026, 12, 15)).status is LoanStatus.restructured


def test_the_balance_curve_follows_principal_paid_early_by_the_day(demo: Vault) -> None:
    """3,000 paid on 2026-08-10 on 微粒贷 (interest by the day) lowers every later
    installment's principal: the curve's August point is the loan's own figure that day,
    not the scheduled one."""
    loan_id = _loan_id(demo, "微粒贷")
    with demo.transaction() as db:
        repository.insert(db, Payment(loan_id=loan_id, paid_on=date(2026, 8, 10),
                                      amount=300_000, channel=PaymentChannel.app))
    overviews = [o for o in all_overviews(demo.db, DEMO_TODAY) if o.loan.id == loan_id]
    curve = {p.on: p.balance for p in balance_curve(overviews, DEMO_TODAY)}
    own = loan_overview(demo.db, loan_id, date(2026, 8, 31)).summary.outstanding_principal
    assert own < 2_000_000 - 166_667 - 166_667 + 1  # more than two installments' principal
    assert curve[date(2026, 8, 31)] == own
    assert curve[date(2026, 7, 31)] == 2_000_000 - 166_667
    assert curve[DEMO_TODAY] == overviews[0].summary.outstanding_principal
    # and for every loan of the demo, each past point is what each loan owed that day
    everything = all_overviews(demo.db, DEMO_TODAY)
    for point in balance_curve(everything, DEMO_TODAY):
        if point.on < DEMO_TODAY:
            assert point.balance == sum(
                loan_overview(demo.db, o.loan.id or 0, point.on).summary.outstanding_principal
                for o in everything if o.loan.borrowed_on <= point.on), point.on


_PAYMENTS = st.lists(
    st.tuples(st.integers(0, 400), st.sampled_from([50_000, 100_000, 101_500, 250_000])),
    max_size=8,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payments=_PAYMENTS, method=st.sampled_from([Method.annuity, Method.daily]))
def test_every_past_point_of_the_curve_is_what_the_loan_owed_then(
    payments: list[tuple[int, int]], method: Method,
) -> None:
    """Whatever the payments (late, partial, ahead, too much), the curve's past is the
    loan replayed as of each month's end."""
    borrowed = date(2025, 1, 15)
    daily = method is Method.daily
    loan = Loan(id=1, platform_id=1, borrowed_on=borrowed, principal=1_200_000,
                rate_kind=RateKind.daily if daily else RateKind.annual,
                rate_percent=Decimal("0.05") if daily else Decimal("18"), term_months=12,
                method=method, penalty_rate_kind=RateKind.daily,
                penalty_rate_percent=Decimal("0.05"))
    plan = Plan(id=1, loan_id=1, kind=PlanKind.original, effective_from=borrowed,
                principal=loan.principal, rate_kind=loan.rate_kind,
                rate_percent=loan.rate_percent, term_months=12, method=method)
    rows = {1: [Installment(plan_id=1, n=i.n, due_on=i.due, principal=i.principal,
                            interest=i.interest, fee=i.fee) for i in computed_schedule(loan)]}
    made = sorted(
        (Payment(loan_id=1, paid_on=borrowed + timedelta(days=1 + offset), amount=amount,
                 channel=PaymentChannel.app) for offset, amount in payments),
        key=lambda p: p.paid_on,
    )
    as_of = date(2026, 3, 1)
    platform = Platform(id=1, name="某平台")
    overview = build_overview(loan, platform, [plan], rows, made, as_of, with_true_cost=False)
    for point in balance_curve([overview], as_of):
        if not point.projected:
            then = build_overview(loan, platform, [plan], rows, made, point.on,
                                  with_true_cost=False)
            assert point.balance == then.summary.outstanding_principal, point.on


def test_a_loan_borrowed_today_needs_no_past(vault: Vault) -> None:
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="借呗"))
        add_loan(db, Loan(platform_id=platform.id or 0, borrowed_on=DEMO_TODAY,
                          principal=300_000, rate_kind=RateKind.annual,
                          rate_percent=Decimal(0), term_months=3,
                          method=Method.equal_principal))
    curve = balance_curve(all_overviews(vault.db, DEMO_TODAY), DEMO_TODAY)
    assert [(p.on, p.balance) for p in curve if not p.projected] == [(DEMO_TODAY, 300_000)]
