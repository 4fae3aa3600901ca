"""Search in the window: results grouped by kind, each opening its loan at the right section."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from ui.main_window import MainWindow
from ui.search import LoanIdRole, SearchPage, SectionRole
from vault.demo import fill_demo
from vault.store import Vault


@pytest.fixture
def demo(vault: Vault) -> Vault:
    with vault.transaction() as db:
        fill_demo(db, date.today())
    return vault


def test_a_chinese_substring_finds_contacts(qtbot, qtmodeltester, demo: Vault) -> None:  # noqa: ANN001
    page = SearchPage(demo)
    qtbot.addWidget(page)
    hits = page.search("离职证明")
    assert len(hits) == 2
    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    group = model.index(0, 0)
    assert group.data() == "Contacts (2)"
    first = model.index(0, 3, group)
    assert "离职证明" in first.data()
    assert model.index(0, 1, group).data() == "京东金条"
    assert first.data(SectionRole) == "contacts"
    assert "2 results" in page.summary.text()
    with qtbot.waitSignal(page.loan_activated) as opened:
        page.view.activated.emit(first)
    assert opened.args == [first.data(LoanIdRole), "contacts"]


def test_groups_come_in_order_and_nothing_found_is_said(qtbot, demo: Vault) -> None:  # noqa: ANN001
    page = SearchPage(demo)
    qtbot.addWidget(page)
    page.search("借呗")
    groups = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert groups[0].startswith("Loans") and groups[-1].startswith("Notes")
    page.search("100%_不存在")
    assert page.model.rowCount() == 0
    assert page.summary.text().startswith("Nothing found for “100%_不存在”")
    page.clear()
    assert page.model.rowCount() == 0 and page.query == ""


def test_ctrl_f_and_enter_search_from_the_toolbar(
    qtbot, demo: Vault, settings  # noqa: ANN001
) -> None:
    window = MainWindow(demo, settings, "en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.search_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.search_action.trigger()  # what Ctrl+F does
    qtbot.waitUntil(window.search_box.hasFocus)
    window.search_box.setText("审核")  # QTest types ASCII only
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.search_page
    page = window.search_page
    group = page.model.index(0, 0)
    hit = page.model.index(0, 3, group)
    page.view.activated.emit(hit)
    detail = window.tabs.currentWidget()
    assert detail.loan_id == hit.data(LoanIdRole)
    assert detail.sections.currentIndex() == 3  # contacts
