"""The overview tab: cards with the demo vault's figures, follow-ups, states, backup nudge,
and the charts (or their table fallback)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

import ui.charts
from ui.dashboard import DashboardPage, when_text
from ui.settings import Settings
from vault.backup import LAST_BACKUP_KEY
from vault.dashboard import load_dashboard
from vault.demo import fill_demo
from vault.money import format_fen
from vault.overview import all_overviews
from vault.store import Vault


@pytest.fixture
def demo(vault: Vault) -> Vault:
    with vault.transaction() as db:
        fill_demo(db, date.today())
    return vault


@pytest.fixture
def page(qtbot, demo: Vault, settings: Settings) -> DashboardPage:  # noqa: ANN001
    page = DashboardPage(demo, settings)
    qtbot.addWidget(page)
    page.refresh()
    overviews = all_overviews(demo.db, date.today())
    page.set_overviews(overviews, load_dashboard(demo.db, overviews, date.today()))
    return page


def test_the_cards_show_the_demo_figures(page: DashboardPage) -> None:
    board = page.figures
    assert board is not None and board.open_loans == 5
    assert page.outstanding.value.text() == "¥" + format_fen(board.total_outstanding)
    assert "5 open loans" in page.outstanding.detail.text()
    assert format_fen(board.payoff_total) in page.outstanding.detail.text()
    assert page.due_soon.value.text() == "¥" + format_fen(board.due_soon_amount)
    assert page.overdue.value.text() == "¥" + format_fen(board.overdue_amount)
    assert "on 2 loans" in page.overdue.detail.text()
    assert page.outstanding.accessibleName().startswith("Principal still owed: ¥")
    assert not page.waiting.isVisibleTo(page)


def test_follow_ups_are_listed_and_open_their_loan(qtbot, page: DashboardPage) -> None:  # noqa: ANN001
    texts = [page.follow_ups.item(i).text() for i in range(page.follow_ups.count())]
    assert len(texts) == 4
    assert "美团借钱 · Next step: 拨打官方客服核实欠款金额" in texts[0]
    assert "in 2 days" in texts[0]
    assert "Settlement certificate (结清证明) requested" in texts[2]
    with qtbot.waitSignal(page.loan_activated) as opened:
        page.follow_ups.itemActivated.emit(page.follow_ups.item(0))
    assert opened.args == [page.figures.follow_ups[0].loan_id]  # type: ignore[union-attr]


def test_states_show_counts_and_filter_the_loans(qtbot, page: DashboardPage) -> None:  # noqa: ANN001
    assert page.state_buttons["active"].text() == "Repaying  2"
    assert page.state_buttons["overdue"].text() == "Overdue  1"
    with qtbot.waitSignal(page.status_chosen) as chosen:
        page.state_buttons["overdue"].click()
    assert chosen.args == ["overdue"]


def test_the_backup_card_nudges_until_a_recent_backup(
    qtbot, page: DashboardPage, demo: Vault, settings: Settings  # noqa: ANN001
) -> None:
    assert page.backup.value.text() == "Never"
    assert "USB" in page.backup.detail.text()
    with qtbot.waitSignal(page.backup_requested):
        page.backup_button.click()
    with demo.transaction() as db:
        then = datetime.now(UTC) - timedelta(days=40)
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                   (LAST_BACKUP_KEY, then.isoformat()))
    page.refresh()
    assert page.backup.value.text() == "40 days ago"
    assert page.backup.detail.text() == "It is time for a new backup."
    settings.backup_nudge_days = 60
    page.refresh()
    assert page.backup.detail.text() == "Checked and readable."


def test_charts_are_drawn_or_fall_back_to_tables(
    qtbot, demo: Vault, settings: Settings, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    overviews = all_overviews(demo.db, date.today())
    board = load_dashboard(demo.db, overviews, date.today())
    page = DashboardPage(demo, settings)
    qtbot.addWidget(page)
    page.set_overviews(overviews, board)
    charts = ui.charts.qt_charts()
    if charts is not None:
        assert isinstance(page.balance_chart, charts.QChartView)
        assert page.balance_chart.accessibleName() == "Principal still owed"
        assert len(page.dues_chart.chart().series()[0].barSets()) == 2
    monkeypatch.setattr(ui.charts, "_charts", False)
    page.set_overviews(overviews, board)
    assert isinstance(page.dues_chart, QTableWidget)
    assert page.dues_chart.rowCount() == 12
    assert page.dues_chart.item(0, 1).text() == format_fen(board.dues[0].amount)
    assert page.balance_chart.rowCount() == len(board.balance)


def test_clear_forgets_every_figure(page: DashboardPage) -> None:
    page.clear()
    assert page.figures is None
    assert page.outstanding.value.text() == "—"
    assert page.follow_ups.count() == 0


def test_when_text_says_how_far_a_date_is() -> None:
    today = date(2026, 11, 24)
    assert when_text(today, today) == "2026-11-24 · today"
    assert when_text(today + timedelta(days=1), today).endswith("tomorrow")
    assert when_text(today - timedelta(days=3), today).endswith("3 days late")
    assert Qt.ItemDataRole.UserRole  # the follow-ups carry their loan id in this role


def test_an_empty_vault_says_how_to_begin(qtbot, vault: Vault, settings: Settings) -> None:  # noqa: ANN001
    page = DashboardPage(vault, settings)
    qtbot.addWidget(page)
    assert page.waiting.text() == "Working out your figures…"
    overviews = all_overviews(vault.db, date.today())
    page.set_overviews(overviews, load_dashboard(vault.db, overviews, date.today()))
    assert page.waiting.isVisibleTo(page)
    assert page.waiting.text().startswith("No loans yet. Add your first loan")
    assert page.outstanding.value.text() == "¥0.00"
