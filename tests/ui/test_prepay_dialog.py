"""What if I pay part early: opened from a loan's overview, it shows the new remaining
schedule, the next payment, the last due date and the interest saved as the user types,
says inline what is wrong with an input, and never writes anything."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from ui.loan_detail import LoanDetailPage
from ui.prepay_dialog import PrepayDialog
from vault import loans, repository
from vault.flows import prepay
from vault.flows.prepay import PrepayDraft
from vault.money import format_fen
from vault.records import Loan, Platform
from vault.schedule import Method, PrepayMode, Rate, RateKind, build_schedule
from vault.schema import record_counts
from vault.store import Vault


def loan_id_of(vault: Vault, platform: str) -> int:
    return int(vault.db.execute(
        "SELECT loan.id FROM loan JOIN platform ON platform.id = loan.platform_id "
        "WHERE platform.name = ?", (platform,)).fetchone()[0])


def open_from_overview(qtbot, vault: Vault, platform: str, *,  # noqa: ANN001
                       closed_by_test: bool = False) -> PrepayDialog:
    page = LoanDetailPage(vault, loan_id_of(vault, platform))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)
    button = page.prepay_button
    assert button.text() == "What if I pay part &early?…" and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    if not closed_by_test:  # else it is deleted when closed
        qtbot.addWidget(dialog)
    return dialog


def type_amount(qtbot, dialog: PrepayDialog, words: str) -> None:  # noqa: ANN001
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, words)


def fact(dialog: PrepayDialog, key: str) -> str:
    return dialog.fact_labels[key][1].text()


def table(dialog: PrepayDialog) -> list[tuple[str, ...]]:
    model = dialog.table.model_
    return [tuple(model.index(r, c).data() for c in (1, 2, 3, 5))
            for r in range(model.rowCount())]


def test_typing_an_amount_and_switching_the_mode_changes_the_what_if(qtbot, demo: Vault) -> None:  # noqa: ANN001
    before = record_counts(demo.db)
    dialog = open_from_overview(qtbot, demo, "安信小额贷款有限公司（示例）", closed_by_test=True)
    assert "nothing is saved" in dialog.notice.text()
    assert "lender's own figures win" in dialog.notice.text()
    assert dialog.on.value() == date.today()
    assert dialog.results.isHidden() and dialog.amount_problem.isHidden()  # nothing typed yet

    type_amount(qtbot, dialog, "3000")
    records = prepay.read_loan(demo.db, dialog.records.loan.id or 0)  # type: ignore[union-attr]
    lower = prepay.what_if(records, PrepayDraft(300_000, date.today(),
                                                PrepayMode.keep_term_lower_payment))
    assert dialog.results.isVisibleTo(dialog) and dialog.keep_term.isChecked()
    assert table(dialog) == [(r.due.isoformat(), format_fen(r.principal), format_fen(r.interest),
                              format_fen(r.payment)) for r in lower.rows]
    assert lower.next_due == lower.current_next_due
    assert fact(dialog, "next") == (f"¥{format_fen(lower.next_payment)} on {lower.next_due} "
                                    f"(instead of ¥{format_fen(lower.current_next_payment)})")
    assert fact(dialog, "last") == f"{lower.last_due} (unchanged)"
    assert fact(dialog, "saved") == f"¥{format_fen(lower.saved)}" and lower.saved > 0
    assert dialog.split.text().startswith("Of the ¥3,000.00, ")

    qtbot.mouseClick(dialog.shorten, Qt.MouseButton.LeftButton)
    shorter = prepay.what_if(records, PrepayDraft(300_000, date.today(),
                                                  PrepayMode.keep_payment_shorten_term))
    assert len(table(dialog)) == len(shorter.rows) < len(lower.rows)
    assert fact(dialog, "next").endswith("(unchanged)")
    assert fact(dialog, "last") == f"{shorter.last_due} (instead of {shorter.current_last_due})"
    assert fact(dialog, "saved") == f"¥{format_fen(shorter.saved)}"

    with qtbot.waitSignal(dialog.destroyed):  # Close
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert record_counts(demo.db) == before


def test_bad_input_is_explained_under_the_field(qtbot, demo: Vault) -> None:  # noqa: ANN001
    dialog = open_from_overview(qtbot, demo, "安信小额贷款有限公司（示例）")
    type_amount(qtbot, dialog, "abc")
    assert dialog.amount_problem.text() == "This is not an amount: type yuan, like 1,234.56."
    assert dialog.results.isHidden()
    type_amount(qtbot, dialog, "0")
    assert dialog.amount_problem.text() == "Type an amount above zero."

    type_amount(qtbot, dialog, "100")
    assert dialog.amount_problem.isHidden() and dialog.results.isVisibleTo(dialog)
    records = dialog.records
    assert records is not None and records.last_payment is not None
    dialog.on.set_value(records.last_payment - timedelta(days=1))
    assert dialog.on_problem.text() == (
        f"Your last recorded payment was on {records.last_payment}: choose that day or later "
        "(the what-if starts from what you have already paid).")
    assert dialog.results.isHidden()
    dialog.on.set_value(records.last_due + timedelta(days=1))
    assert dialog.on_problem.text().startswith(f"The last installment is due on {records.last_due}")
    dialog.on.set_value(date.today())
    assert dialog.on_problem.isHidden()

    payoff = prepay.payoff_on(records, date.today(), date.today())
    type_amount(qtbot, dialog, format_fen(payoff))
    assert dialog.amount_problem.isHidden() and dialog.results.isHidden()
    assert dialog.pays_off.text().startswith(
        f"This pays the loan off. To clear it on {date.today()} you would pay "
        f"¥{format_fen(payoff)}.")


def test_a_loan_charged_by_the_day_keeps_its_term(qtbot, demo: Vault) -> None:  # noqa: ANN001
    before = record_counts(demo.db)
    dialog = open_from_overview(qtbot, demo, "微粒贷")
    assert dialog.keep_term.isHidden() and dialog.shorten.isHidden()
    assert "charged by the day" in dialog.mode_hint.text()
    type_amount(qtbot, dialog, "1,000")
    records = dialog.records
    assert records is not None
    result = prepay.what_if(records, PrepayDraft(100_000, date.today()))
    assert fact(dialog, "next").startswith(f"¥{format_fen(result.next_payment)} on ")
    assert table(dialog)[-1][0] == records.last_due.isoformat()
    assert record_counts(demo.db) == before


def test_an_overdue_loan_asks_to_catch_up_first(qtbot, demo: Vault) -> None:  # noqa: ANN001
    dialog = open_from_overview(qtbot, demo, "美团借钱")
    type_amount(qtbot, dialog, "500")
    assert "is overdue by that day, and any payment goes to that first" in (
        dialog.on_problem.text())
    assert dialog.results.isHidden()


def test_a_paid_off_loan_has_the_button_disabled(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = LoanDetailPage(demo, loan_id_of(demo, "借呗"))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)
    assert not page.prepay_button.isEnabled()


def add_loan(vault: Vault, method: Method, lenders: bool = False) -> int:
    today = date.today()
    rate = Rate(RateKind.annual, Decimal("12"))
    borrowed = today - timedelta(days=10)
    schedule = build_schedule(1_200_000, rate, 12, Method.annuity, borrowed) if lenders else None
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="某小贷"))
        loan, _plan = loans.add_loan(db, Loan(
            platform_id=platform.id or 0, borrowed_on=borrowed, principal=1_200_000,
            rate_kind=rate.kind, rate_percent=rate.percent, term_months=12, method=method,
        ), schedule)
    return loan.id or 0


def test_interest_first_can_only_keep_the_term(qtbot, vault: Vault) -> None:  # noqa: ANN001
    dialog = PrepayDialog(vault, add_loan(vault, Method.interest_first))
    qtbot.addWidget(dialog)
    assert not dialog.shorten.isEnabled() and dialog.keep_term.isChecked()
    assert dialog.mode_hint.text().startswith("This loan has no regular payment to keep")
    type_amount(qtbot, dialog, "2000")
    assert dialog.result is not None and dialog.result.saved > 0


def test_a_custom_plan_is_left_to_the_lender(qtbot, vault: Vault) -> None:  # noqa: ANN001
    dialog = PrepayDialog(vault, add_loan(vault, Method.custom, lenders=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "only the lender can work out what paying early changes" in (
        dialog.loan_problem.text())
    assert not dialog.inputs.isEnabled() and dialog.results.isHidden()
