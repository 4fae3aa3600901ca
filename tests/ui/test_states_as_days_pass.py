"""What the screens say about a loan follows today, not the day something was last saved:
the loans list's state and Show filter, the dashboard's state buttons, the loan tab's state
label and next due, and the schedule's interest."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from ui.loan_detail import LoanDetailPage
from ui.loans_model import COL_NEXT_AMOUNT, COL_NEXT_DUE, COL_PLATFORM, COL_STATUS, LoansTableModel
from ui.main_window import MainWindow
from vault import repository
from vault.demo import fill_demo
from vault.loans import add_loan, supersede
from vault.money import format_fen
from vault.overview import all_overviews, loan_overview
from vault.records import (
    Loan,
    LoanStatus,
    Method,
    Payment,
    PaymentChannel,
    PlanKind,
    Platform,
    RateKind,
)
from vault.schedule import Installment as ScheduledInstallment
from vault.schedule import Rate, add_months
from vault.store import Vault

SAVED_DAYS_AGO = 47  # the demo saved on 2026-11-24, looked at on 2027-01-10


def loan_id_of(vault: Vault, platform: str) -> int:
    return int(vault.db.execute(
        "SELECT loan.id FROM loan JOIN platform ON platform.id = loan.platform_id "
        "WHERE platform.name = ?", (platform,)).fetchone()[0])


@pytest.fixture
def old_demo(vault: Vault) -> Vault:
    """The demo vault as last saved seven weeks ago: installments have fallen due since."""
    with vault.transaction() as db:
        fill_demo(db, date.today() - timedelta(days=SAVED_DAYS_AGO))
    return vault


def test_the_window_counts_and_filters_loans_by_todays_state(
    qtbot, old_demo: Vault, settings  # noqa: ANN001
) -> None:
    """微粒贷 and 360借条 were repaying when saved; an installment has fallen due unpaid
    since, so today they are overdue on the dashboard's button, in the list and its filter."""
    overviews = all_overviews(old_demo.db, date.today())
    overdue = {o.platform.name for o in overviews if o.status is LoanStatus.overdue}
    assert {"微粒贷", "360借条", "美团借钱"} <= overdue
    assert repository.get(old_demo.db, Loan, loan_id_of(old_demo, "微粒贷")).status \
        is LoanStatus.active  # as stored at the last save
    window = MainWindow(old_demo, settings, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.dashboard.figures is not None and not window.feed.busy)
    assert window.dashboard.state_buttons["overdue"].text() == f"Overdue  {len(overdue)}"
    model = window.loans_page.model
    shown = {model.index(r, COL_PLATFORM).data(): model.index(r, COL_STATUS).data()
             for r in range(model.rowCount())}
    assert shown["微粒贷"] == shown["360借条"] == "Overdue"
    window.dashboard.state_buttons["overdue"].click()
    proxy = window.loans_page.proxy
    assert {proxy.index(r, COL_PLATFORM).data() for r in range(proxy.rowCount())} == overdue


def test_before_the_figures_come_only_the_users_own_steps_are_shown(old_demo: Vault) -> None:
    model = LoansTableModel()
    model.load(old_demo.db)
    shown = {model.index(r, COL_PLATFORM).data(): model.index(r, COL_STATUS).data()
             for r in range(model.rowCount())}
    assert shown["微粒贷"] == "…"  # stored "repaying" may be out of date: not shown
    assert shown["京东金条"] == "Negotiating" and shown["借呗"] == "Paid off"
    model.set_overviews(all_overviews(old_demo.db, date.today()))
    row = next(r for r in range(model.rowCount()) if model.row(r).platform == "微粒贷")
    assert model.index(row, COL_STATUS).data() == "Overdue"
    model.load(old_demo.db)  # a reload keeps today's state until new figures come
    assert model.index(row, COL_STATUS).data() == "Overdue"


def page_for(qtbot, vault: Vault, loan_id: int) -> LoanDetailPage:  # noqa: ANN001
    page = LoanDetailPage(vault, loan_id)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)
    return page


def test_the_loan_tab_says_overdue_once_an_installment_falls_due_unpaid(
    qtbot, old_demo: Vault  # noqa: ANN001
) -> None:
    page = page_for(qtbot, old_demo, loan_id_of(old_demo, "微粒贷"))
    assert page.status.text() == "Overdue"


def test_a_plan_agreed_to_start_later_gives_one_next_due(qtbot, vault: Vault) -> None:  # noqa: ANN001
    """The old plan's next installment falls due after the new plan takes over: it will
    never be owed, so the tab and the list name the new plan's first installment."""
    today = date.today()
    starts = today + timedelta(days=5)
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="京东金条"))
        loan, _plan = add_loan(db, Loan(
            platform_id=platform.id or 0, borrowed_on=today - timedelta(days=20),
            principal=1_200_000, rate_kind=RateKind.annual, rate_percent=Decimal(0),
            term_months=12, method=Method.equal_principal,
        ))
        supersede(db, loan.id or 0, PlanKind.restructured, starts,
                  Rate(RateKind.annual, Decimal(0)), Method.equal_principal,
                  [ScheduledInstallment(n, starts + timedelta(days=30 * n), 120_000, 0)
                   for n in range(1, 11)])
    overview = loan_overview(vault.db, loan.id or 0, today)
    old_next = overview.summary.next_due_date
    assert old_next is not None and old_next >= starts  # the old plan's, never owed
    first = starts + timedelta(days=30)
    page = page_for(qtbot, vault, loan.id or 0)
    assert page.fact_labels["next_due"][1].text() == f"¥1,200.00 on {first.isoformat()}"
    model = LoansTableModel()
    model.load(vault.db)
    model.set_overviews([overview])
    assert model.index(0, COL_NEXT_DUE).data() == first.isoformat()
    assert model.index(0, COL_NEXT_AMOUNT).data() == "1,200.00"


def test_the_schedule_shows_the_interest_owed_so_each_row_adds_up(
    qtbot, vault: Vault  # noqa: ANN001
) -> None:
    """微粒贷 charges interest by the day: 3,000 paid between due dates lowers later
    installments' principal and so their interest. Each row's payment is principal plus
    interest owed, and paid plus still owed is that payment plus any penalty."""
    with vault.transaction() as db:
        fill_demo(db, date.today())
    loan_id = loan_id_of(vault, "微粒贷")
    loan = repository.get(vault.db, Loan, loan_id)
    with vault.transaction() as db:
        repository.insert(db, Payment(loan_id=loan_id,
                                      paid_on=add_months(loan.borrowed_on, 1) + timedelta(days=17),
                                      amount=300_000, channel=PaymentChannel.app))
    page = page_for(qtbot, vault, loan_id)
    model = page.schedule_model
    states = loan_overview(vault.db, loan_id, date.today()).states
    changed = 0
    for row, state in enumerate(states):
        payment, principal, interest, penalty, paid, owed = (
            model.cell(row, column).sort for column in (2, 3, 4, 5, 6, 7))
        assert payment == principal + interest
        assert paid + owed == payment + penalty
        assert interest == state.installment.interest - state.waived
        if state.waived:
            changed += 1
            scheduled = format_fen(state.installment.interest)
            assert model.cell(row, 4).tooltip.startswith(f"Scheduled: ¥{scheduled}.")
    assert changed >= 2


def test_a_backdated_repayment_shows_what_it_pays_and_says_others_move(
    qtbot, vault: Vault  # noqa: ANN001
) -> None:
    """5,000 dated two weeks ago on 微粒贷, before a payment already recorded today: the
    preview lists no negative amounts and says the later payment is allocated again."""
    from tests.ui.wizard_helpers import next_page, shown
    from ui.wizards.record_payment import RecordPaymentWizard

    with vault.transaction() as db:
        fill_demo(db, date.today())
    loan_id = loan_id_of(vault, "微粒贷")
    with vault.transaction() as db:
        repository.insert(db, Payment(loan_id=loan_id, paid_on=date.today(), amount=100_000,
                                      channel=PaymentChannel.app))
    wizard = shown(qtbot, RecordPaymentWizard(vault, loan_id=loan_id))
    details = wizard.page_details
    details.paid_on.set_value(date.today() - timedelta(days=14))
    details.amount.set_value(500_000)
    next_page(wizard)
    next_page(wizard)
    allocation = wizard.page_allocation
    cells = [allocation.table.item(r, c).text() for r in range(allocation.table.rowCount())
             for c in range(2, 6)]
    assert cells and not any(text.startswith("-") for text in cells)
    assert "dated before payments already recorded" in allocation.summary.text()


def test_the_settle_form_starts_from_todays_state(qtbot, old_demo: Vault) -> None:  # noqa: ANN001
    from tests.ui.wizard_helpers import shown
    from ui.wizards.settle import SettleWizard

    wizard = shown(qtbot, SettleWizard(old_demo, loan_id=loan_id_of(old_demo, "微粒贷")))
    summary = wizard.page(wizard.pageIds()[-1])
    summary.refresh()
    assert summary.status.text() == "After saving, the loan will be: <b>Overdue</b>"
