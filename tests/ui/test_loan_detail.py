"""A loan's detail tab: every section shows the loan's own records; buttons ask for the
guided forms that apply to it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ui.loan_detail import SCHEDULE_PENALTY, SECTIONS, LoanDetailPage, RowsTableModel
from vault import repository
from vault.demo import fill_demo
from vault.loans import add_loan, supersede
from vault.money import format_fen
from vault.overview import loan_overview
from vault.records import Loan, Method, Payment, PaymentChannel, PlanKind, Platform, RateKind
from vault.schedule import Installment as ScheduledInstallment
from vault.schedule import Rate, add_months
from vault.store import Vault


def loan_id_of(vault: Vault, platform: str) -> int:
    return int(vault.db.execute(
        "SELECT loan.id FROM loan JOIN platform ON platform.id = loan.platform_id "
        "WHERE platform.name = ?", (platform,)).fetchone()[0])


@pytest.fixture
def demo(vault: Vault) -> Vault:
    with vault.transaction() as db:
        fill_demo(db, date.today())
    return vault


def page_for(qtbot, vault: Vault, platform: str) -> LoanDetailPage:  # noqa: ANN001
    page = LoanDetailPage(vault, loan_id_of(vault, platform))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)  # read in a worker
    return page


def fact(page: LoanDetailPage, key: str) -> str:
    return page.fact_labels[key][1].text()


def test_the_sections_and_the_overview_facts(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "安信小额贷款有限公司（示例）")
    names = [page.sections.tabText(i) for i in range(page.sections.count())]
    assert names == ["Overview", "Schedule", "Payments", "Contacts", "Documents",
                     "Settlement checklist"]
    assert len(SECTIONS) == page.sections.count()
    assert page.title() == "安信小额贷款有限公司（示例） · 0457"
    overview = loan_overview(demo.db, page.loan_id, date.today())
    assert fact(page, "principal") == "¥50,000.00"
    assert fact(page, "received") == "¥48,000.00 (¥2,000.00 kept back as a fee)"
    assert fact(page, "stated_rate") == "23.9 % a year"
    assert fact(page, "true_apr").startswith("32.23 % (effective yearly rate")
    assert fact(page, "payoff") == "¥" + format_fen(overview.summary.payoff_amount)
    assert fact(page, "outstanding") == "¥" + format_fen(overview.summary.outstanding_principal)
    total = sum(r.reconciliation.summary.total_paid for r in overview.history)
    assert fact(page, "paid") == "¥" + format_fen(total)
    assert page.status.text() == "New plan agreed"


def test_rate_warnings_show_their_basis_and_the_disclaimer(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "安信小额贷款有限公司（示例）")
    texts = " ".join(
        label.text() for index in range(page.warnings_box.count())
        for label in page.warnings_box.itemAt(index).widget().findChildren(type(page.status))
    )
    assert "above the 24 % line used for licensed lenders" in texts
    assert "¥2,000.00 was kept back" in texts or "2,000.00 was kept back" in texts
    assert "Basis: " in texts and "Civil Code art. 670" in texts
    assert "not legal advice" in page.disclaimer.text()


def test_the_daily_rate_is_shown_with_its_yearly_equivalent(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "微粒贷")
    assert fact(page, "stated_rate") == "0.03 % a day (10.8 % a year as stated)"


def test_the_schedule_shows_statuses_and_superseded_plans(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "安信小额贷款有限公司（示例）")
    page.show_section("schedule")
    plans = [page.plan_choice.itemText(i) for i in range(page.plan_choice.count())]
    assert len(plans) == 2
    assert plans[0].startswith("Original plan") and plans[0].endswith("superseded")
    assert plans[1].startswith("Restructured plan") and plans[1].endswith("in force")
    assert page.plan_choice.currentIndex() == 1
    model = page.schedule_model
    assert model.rowCount() == 18
    statuses = {model.index(r, 8).data() for r in range(model.rowCount())}
    assert "Paid" in statuses and "Later" in statuses
    page.plan_choice.setCurrentIndex(0)
    assert model.rowCount() == 12
    assert page.plan_note.text().startswith("Superseded on ")


def test_overdue_installments_show_days_late(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "美团借钱")
    model = page.schedule_model
    overdue = [r for r in range(model.rowCount()) if model.index(r, 8).data() == "Overdue"]
    assert overdue
    assert model.index(overdue[0], 9).data().endswith("days")
    assert model.index(overdue[0], 9).data(0x0100) > 0  # the raw days, for sorting


def test_interest_due_and_penalty_interest_are_shown_on_their_own(qtbot, demo: Vault) -> None:  # noqa: ANN001
    """An overdue loan whose contract states a penalty rate: the overview names the interest
    due and the 罚息 apart from the rest, and the schedule shows each installment's."""
    page = page_for(qtbot, demo, "美团借钱")
    summary = loan_overview(demo.db, page.loan_id, date.today()).summary
    assert summary.penalty_due > 0 and summary.interest_due > 0
    assert fact(page, "interest_due") == "¥" + format_fen(summary.interest_due)
    assert fact(page, "penalty") == (
        f"¥{format_fen(summary.penalty_due)} (at 0.0735 % a day on the overdue principal)"
    )
    name = page.fact_labels["penalty"][0]
    assert name.text() == "Penalty interest (罚息):" and name.isVisibleTo(page)
    assert fact(page, "overdue").endswith("still owed (penalty interest included)")

    model, view = page.schedule_model, page.schedule_view
    assert model.headerData(SCHEDULE_PENALTY, Qt.Orientation.Horizontal) == "Penalty interest"
    assert not view.isColumnHidden(SCHEDULE_PENALTY)
    states = loan_overview(demo.db, page.loan_id, date.today()).states
    shown = [model.cell(r, SCHEDULE_PENALTY) for r in range(model.rowCount())]
    assert [cell.sort for cell in shown] == [state.penalty for state in states]
    assert sum(cell.sort for cell in shown) == summary.penalty_due  # none of it paid yet
    late = next(cell for cell in shown if cell.sort)
    assert late.text == format_fen(late.sort)
    assert late.tooltip.startswith("Penalty interest on this installment’s overdue principal")


def test_a_loan_without_penalty_shows_no_penalty(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "微粒贷")
    summary = loan_overview(demo.db, page.loan_id, date.today()).summary
    assert summary.penalty_due == 0
    assert fact(page, "penalty") == "" and not page.fact_labels["penalty"][0].isVisibleTo(page)
    assert fact(page, "interest_due") == "¥" + format_fen(summary.interest_due)
    assert page.schedule_view.isColumnHidden(SCHEDULE_PENALTY)


def test_a_plan_agreed_for_a_later_date_is_not_yet_in_force(qtbot, vault: Vault) -> None:  # noqa: ANN001
    """A restructuring agreed today that starts next month: the original plan is still the
    one in force, the new one is shown as taking effect on its date."""
    today = date.today()
    starts = today + timedelta(days=40)
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="借呗"))
        loan, _plan = add_loan(db, Loan(
            platform_id=platform.id or 0, borrowed_on=today - timedelta(days=100),
            principal=1_200_000, rate_kind=RateKind.annual, rate_percent=Decimal("12"),
            term_months=12, method=Method.annuity,
        ))
        supersede(
            db, loan.id or 0, PlanKind.restructured, starts,
            Rate(RateKind.annual, Decimal("6")), Method.annuity,
            [ScheduledInstallment(n, add_months(starts, n), 100_000, 0, 0) for n in range(1, 13)],
        )
    page = page_for(qtbot, vault, "借呗")
    plans = [page.plan_choice.itemText(i) for i in range(page.plan_choice.count())]
    assert plans[0].startswith("Original plan") and plans[0].endswith(" · in force")
    assert plans[1] == (
        f"Restructured plan (协商分期) · from {starts} · takes effect on {starts}"
    )
    assert page.plan_choice.currentIndex() == 0  # the plan in force is shown first
    assert not page.plan_note.text().startswith("Superseded")
    assert fact(page, "upcoming") == f"Restructured plan (协商分期), takes effect on {starts}"
    page.plan_choice.setCurrentIndex(1)
    assert page.plan_note.text().startswith(f"Agreed, and takes effect on {starts}.")
    page.plan_choice.setCurrentIndex(0)
    assert page.plan_note.text() == ""


def test_payments_flag_an_unknown_payee(qtbot, demo: Vault) -> None:  # noqa: ANN001
    loan_id = loan_id_of(demo, "美团借钱")
    with demo.transaction() as db:
        repository.insert(db, Payment(loan_id=loan_id, paid_on=date.today(), amount=50_000,
                                      channel=PaymentChannel.transfer, payee="张某 个人账户",
                                      payee_known=False))
    page = page_for(qtbot, demo, "美团借钱")
    model = page.payments_model
    assert model.rowCount() == 2  # the demo's one repayment and this one
    flagged = model.cell(0, 4)
    assert flagged.text == "张某 个人账户 — not an account known for this lender"
    assert flagged.warn and "scam" in flagged.tooltip
    assert not model.cell(1, 4).warn
    assert model.cell(0, 1).text == "500.00"


def test_contacts_read_as_a_timeline(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "京东金条")
    text = page.contacts_view.toPlainText()
    assert text.index("已上传离职证明") < text.index("失业导致还款困难")  # newest first
    assert "Next step: 等待回复" in text
    empty = page_for(qtbot, demo, "微粒贷")
    assert "No contacts logged yet" in empty.contacts_view.toPlainText()


def test_documents_and_checklist(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "借呗")
    assert page.documents is None  # made only when shown
    page.show_section("documents")
    assert page.documents is not None
    assert (page.documents.record_type, page.documents.record_id) == ("loan", page.loan_id)
    page.show_section("checklist")
    model = page.checklist_model
    steps = [model.cell(r, 0).text for r in range(model.rowCount())]
    assert steps[0].startswith("✓ ") and steps[2].startswith("○ ")
    assert model.cell(3, 2).text  # the credit check's follow-up date
    assert "Check your credit report between" in page.checklist_note.text()
    assert not page.negotiate_button.isEnabled()  # a paid-off loan has nothing to negotiate


def test_buttons_ask_for_the_forms_of_this_loan(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "微粒贷")
    asked = []
    page.form_requested.connect(lambda name, loan_id: asked.append((name, loan_id)))
    for button in (page.payment_button, page.negotiate_button, page.settle_button,
                   page.contact_button):
        button.click()
    assert asked == [(name, page.loan_id) for name in
                     ("record_payment", "negotiate", "settle", "log_contact")]


def test_a_deleted_loan_says_so_and_clear_forgets(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "微粒贷")
    page.clear()
    assert page.overview is None and page.payments_model.rowCount() == 0
    assert page.contacts_view.toPlainText() == ""
    with demo.transaction() as db:
        db.execute("DELETE FROM loan WHERE id = ?", (page.loan_id,))
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading)
    assert page.problem.isVisibleTo(page) and "no longer exists" in page.problem.text()


def test_the_section_models_pass_the_model_tester(qtbot, qtmodeltester, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "安信小额贷款有限公司（示例）")
    for model in (page.schedule_model, page.payments_model, page.checklist_model):
        assert isinstance(model, RowsTableModel)
        qtmodeltester.check(model)
