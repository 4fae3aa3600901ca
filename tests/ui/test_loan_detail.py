"""A loan's detail tab: every section shows the loan's own records; buttons ask for the
guided forms that apply to it."""

from __future__ import annotations

from datetime import date

import pytest

from ui.loan_detail import SECTIONS, LoanDetailPage, RowsTableModel
from vault import repository
from vault.demo import fill_demo
from vault.money import format_fen
from vault.overview import loan_overview
from vault.records import Payment, PaymentChannel
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
    statuses = {model.index(r, 7).data() for r in range(model.rowCount())}
    assert "Paid" in statuses and "Later" in statuses
    page.plan_choice.setCurrentIndex(0)
    assert model.rowCount() == 12
    assert page.plan_note.text().startswith("Superseded on ")


def test_overdue_installments_show_days_late(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = page_for(qtbot, demo, "美团借钱")
    model = page.schedule_model
    overdue = [r for r in range(model.rowCount()) if model.index(r, 7).data() == "Overdue"]
    assert overdue
    assert model.index(overdue[0], 8).data().endswith("days")
    assert model.index(overdue[0], 8).data(0x0100) > 0  # the raw days, for sorting


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
