"""Dashboard figures: totals over open loans, follow-ups, the balance curve, monthly dues."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from tests.vault.conftest import DEMO_TODAY, renegotiated_loan
from vault import repository
from vault.dashboard import (
    DEFAULT_BACKUP_NUDGE_DAYS,
    FollowUpKind,
    backup_is_stale,
    build_dashboard,
    load_dashboard,
    month_end,
)
from vault.loans import add_loan
from vault.overview import all_overviews
from vault.records import (
    Contact,
    ContactChannel,
    Counterpart,
    Loan,
    LoanStatus,
    Milestone,
    Payment,
    PaymentChannel,
    Platform,
)
from vault.schedule import Method, RateKind
from vault.store import Vault

TODAY = DEMO_TODAY  # the day the `demo` fixture's vault is filled as of


def _dashboard(vault: Vault, as_of: date = TODAY):  # noqa: ANN202
    overviews = all_overviews(vault.db, as_of)
    return overviews, load_dashboard(vault.db, overviews, as_of)


def test_totals_count_open_loans_only(demo: Vault) -> None:
    overviews, board = _dashboard(demo)
    open_ones = [o for o in overviews if o.loan.status not in (LoanStatus.settled,
                                                               LoanStatus.closed)]
    assert board.loan_count == 7 and board.open_loans == 5 == len(open_ones)
    assert board.total_outstanding == sum(o.summary.outstanding_principal for o in open_ones)
    assert board.total_outstanding > 0
    assert board.payoff_total == sum(o.summary.payoff_amount for o in open_ones)
    assert board.by_status == {**dict.fromkeys(LoanStatus, 1), LoanStatus.active: 2}
    # the overdue 美团借钱 loan and the negotiating loan's missed installments
    overdue = [o for o in open_ones if o.summary.overdue_count]
    assert board.overdue_loans == len(overdue) >= 1
    assert board.overdue_amount == sum(o.summary.overdue_amount for o in overdue)
    assert board.overdue_installments == sum(o.summary.overdue_count for o in overdue)


def test_due_soon_is_what_falls_due_in_the_next_30_days(demo: Vault) -> None:
    overviews, board = _dashboard(demo)
    expected = [
        s for o in overviews if o.loan.status not in (LoanStatus.settled, LoanStatus.closed)
        for s in o.states
        if TODAY <= s.installment.due < TODAY + timedelta(days=30) and s.remaining > 0
        and s.status.value != "overdue"
    ]
    assert board.due_soon_count == len(expected) > 0
    assert board.due_soon_amount == sum(s.remaining for s in expected)
    assert board.next_due is not None
    assert board.next_due.on == min(o.summary.next_due_date for o in overviews
                                    if o.summary.next_due_date and o.summary.next_due_amount
                                    and o.loan.status not in (LoanStatus.settled,
                                                              LoanStatus.closed))


def test_follow_ups_come_from_milestones_and_contacts_soonest_first(demo: Vault) -> None:
    _overviews, board = _dashboard(demo)
    found = [(f.kind, f.platform, f.step) for f in board.follow_ups]
    assert found == [
        (FollowUpKind.contact, "美团借钱", ""),
        (FollowUpKind.contact, "京东金条", ""),
        (FollowUpKind.milestone, "借呗", "certificate_requested"),
        (FollowUpKind.milestone, "借呗", "credit_report_checked"),
    ]
    assert board.follow_ups[0].text == "拨打官方客服核实欠款金额"
    assert [f.due_on for f in board.follow_ups] == sorted(f.due_on for f in board.follow_ups)
    # nothing from the closed loan, nothing from the earlier contact that a later one replaced
    assert all(f.platform != "招商银行 闪电贷" for f in board.follow_ups)
    assert all(f.text != "上传离职证明" for f in board.follow_ups)


def _simple_loan(vault: Vault, borrowed: date, status: LoanStatus = LoanStatus.active) -> int:
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="借呗"))
        loan, _plan = add_loan(db, Loan(
            platform_id=platform.id or 0, borrowed_on=borrowed, principal=300_000,
            rate_kind=RateKind.annual, rate_percent=Decimal("0"), term_months=3,
            method=Method.equal_principal, status=status,
        ))
    return loan.id or 0


def test_a_payoff_brings_a_credit_check_window_until_it_is_done(vault: Vault) -> None:
    loan_id = _simple_loan(vault, date(2026, 6, 10), LoanStatus.settled)
    with vault.transaction() as db:
        for month in (7, 8, 9):
            repository.insert(db, Payment(loan_id=loan_id, paid_on=date(2026, month, 10),
                                          amount=100_000, channel=PaymentChannel.app))
    as_of = date(2026, 10, 5)
    _o, board = _dashboard(vault, as_of)
    [check] = board.follow_ups
    assert check.kind is FollowUpKind.credit_check
    assert (check.due_on, check.window_end) == (date(2026, 10, 10), date(2026, 10, 25))
    _o, early = _dashboard(vault, date(2026, 9, 12))
    assert early.follow_ups == []  # the window opens beyond the two-week horizon
    with vault.transaction() as db:
        repository.insert(db, Milestone(loan_id=loan_id, step="credit_report_checked",
                                        done_on=as_of))
    assert _dashboard(vault, as_of)[1].follow_ups == []
    assert board.total_outstanding == 0 and board.open_loans == 0


def test_the_balance_curve_falls_with_payments_then_follows_the_schedule(vault: Vault) -> None:
    loan_id = _simple_loan(vault, date(2026, 6, 10))
    with vault.transaction() as db:
        repository.insert(db, Payment(loan_id=loan_id, paid_on=date(2026, 7, 10),
                                      amount=100_000, channel=PaymentChannel.app))
    _o, board = _dashboard(vault, date(2026, 8, 20))
    points = [(p.on, p.balance, p.projected) for p in board.balance]
    assert points == [
        (date(2026, 6, 30), 300_000, False),
        (date(2026, 7, 31), 200_000, False),
        (date(2026, 8, 20), 200_000, False),  # today: the August installment is overdue
        (date(2026, 9, 30), 0, True),
    ]
    assert [(d.month, d.amount, d.overdue) for d in board.dues[:3]] == [
        (date(2026, 8, 1), 100_000, 100_000),
        (date(2026, 9, 1), 100_000, 0),
        (date(2026, 10, 1), 0, 0),
    ]
    assert len(board.dues) == 12
    assert board.overdue_amount == 100_000 and board.overdue_loans == 1


def test_a_contact_about_no_loan_can_carry_a_follow_up(vault: Vault) -> None:
    with vault.transaction() as db:
        repository.insert(db, Contact(
            happened_on=TODAY, channel=ContactChannel.phone, counterpart=Counterpart.legal_aid,
            asked="咨询法律援助", next_step="带材料去法律援助中心", next_step_on=TODAY))
    board = build_dashboard([], [], repository.select(vault.db, Contact), [], TODAY)
    [follow_up] = board.follow_ups
    assert follow_up.loan_id is None and follow_up.platform == ""
    assert not follow_up.is_late(TODAY) and follow_up.is_late(TODAY + timedelta(days=1))
    assert board.balance == [] and board.next_due is None and board.total_outstanding == 0


def test_backup_nudge_and_month_helpers() -> None:
    assert backup_is_stale(None, DEFAULT_BACKUP_NUDGE_DAYS)
    assert not backup_is_stale(timedelta(days=29, hours=23), 30)
    assert backup_is_stale(timedelta(days=30), 30)
    assert month_end(date(2028, 2, 3)) == date(2028, 2, 29)


def test_dues_ahead_follow_a_negotiated_plan_from_its_effective_date(vault: Vault) -> None:
    """Agreed on 2024-04-10 to pay 150.00 a month from 2024-05-20 instead of 100.00: the
    months from May show the new plan's installments, not the old plan's."""
    from vault.dashboard import monthly_dues

    with vault.transaction() as db:
        renegotiated_loan(db, new_each=150_000, new_count=8)
    as_of = date(2024, 4, 10)
    dues = {d.month: d.amount for d in monthly_dues(all_overviews(vault.db, as_of), as_of)}
    assert dues[date(2024, 4, 1)] == 300_000 + 100_000  # three overdue, April's installment
    assert dues[date(2024, 5, 1)] == dues[date(2024, 6, 1)] == 150_000
