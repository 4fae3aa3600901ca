"""Files dropped from the file manager on a record's row: on a loan in the loans list, on a
payment, a contact or a checklist step in a loan's tab. Real drag events go to the views;
the files are stored in the vault, linked to the record under the cursor, through the
same job (progress, Cancel, messages) as the documents panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_attachment_panel import FakeDialogs
from tests.ui.test_loan_detail import loan_id_of
from tests.vault.test_attachments import jpeg, pdf
from ui.loan_detail import LoanDetailPage
from ui.loans_model import LoanIdRole
from ui.main_window import LoansPage
from vault import attachments, repository
from vault.records import Milestone
from vault.store import Vault


def files_mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_over(target: QWidget, point: QPoint, mime: QMimeData) -> bool:
    """A drag entering `target` and moving to `point`: whether a drop there is accepted."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point, actions, mime, buttons, keys)
    QApplication.sendEvent(target, move)
    return enter.isAccepted() and move.isAccepted()


def drop_at(target: QWidget, point: QPoint, mime: QMimeData) -> bool:
    """A drag to `point` and the drop there (as a real one comes): whether it was taken."""
    drag_over(target, point, mime)
    event = QDropEvent(
        QPointF(point), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def leave(target: QWidget) -> None:
    QApplication.sendEvent(target, QDragLeaveEvent())


def row_point(view: QAbstractItemView, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 1)).center()


def linked(vault: Vault, record_type: str, record_id: int) -> list[str]:
    return [a.original_name for a in attachments.attachments_of(vault.db, record_type, record_id)]


@pytest.fixture
def loans_page(qtbot: QtBot, demo: Vault) -> LoansPage:
    page = LoansPage(demo)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.refresh()
    return page


def test_files_dropped_on_a_loan_in_the_list_become_its_documents(
    qtbot: QtBot, loans_page: LoansPage, demo: Vault, tmp_path: Path
) -> None:
    table = loans_page.table
    loan_id = int(table.model().index(1, 0).data(LoanIdRole))
    contract = tmp_path / "借款合同.pdf"
    contract.write_bytes(pdf(2))
    photo = tmp_path / "还款截图.jpg"
    photo.write_bytes(jpeg(300, 200))
    mime = files_mime([contract, photo])
    point = row_point(table, 1)

    assert drag_over(table.viewport(), point, mime)
    # While dragging, the view outlines the loan the files would go to.
    assert table.state() == QAbstractItemView.State.DraggingState
    assert table.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.OnItem
    with qtbot.waitSignal(loans_page.documents_added, timeout=10_000):
        assert drop_at(table.viewport(), point, mime)
    assert sorted(linked(demo, "loan", loan_id)) == ["借款合同.pdf", "还款截图.jpg"]
    other = int(table.model().index(0, 0).data(LoanIdRole))
    assert linked(demo, "loan", other) == []
    assert table.state() == QAbstractItemView.State.NoState


def test_a_duplicate_dropped_on_a_loan_is_reported_as_the_panel_does(
    qtbot: QtBot, loans_page: LoansPage, demo: Vault, tmp_path: Path
) -> None:
    table = loans_page.table
    photo = tmp_path / "回单.jpg"
    photo.write_bytes(jpeg(200, 200))
    first = int(table.model().index(0, 0).data(LoanIdRole))
    with qtbot.waitSignal(loans_page.documents_added, timeout=10_000):
        drop_at(table.viewport(), row_point(table, 0), files_mime([photo]))
    told = FakeDialogs()
    loans_page.intake.dialogs = told
    second = int(table.model().index(2, 0).data(LoanIdRole))
    with qtbot.waitSignal(loans_page.documents_added, timeout=10_000):
        drop_at(table.viewport(), row_point(table, 2), files_mime([photo]))
    assert told.told == ["回单.jpg: already in the vault; now linked here too."]
    assert linked(demo, "loan", first) == linked(demo, "loan", second) == ["回单.jpg"]


def test_the_loans_list_refuses_what_is_not_a_file_or_not_on_a_loan(
    loans_page: LoansPage, demo: Vault, tmp_path: Path
) -> None:
    table = loans_page.table
    words = QMimeData()
    words.setText("just words")
    assert not drag_over(table.viewport(), row_point(table, 0), words)
    leave(table.viewport())
    remote = QMimeData()
    remote.setUrls([QUrl("https://example.com/receipt.jpg")])
    assert not drop_at(table.viewport(), row_point(table, 0), remote)
    photo = tmp_path / "a.jpg"
    photo.write_bytes(jpeg())
    below = QPoint(20, table.viewport().height() - 3)  # empty space under the last loan
    assert table.indexAt(below).row() == -1
    assert not drop_at(table.viewport(), below, files_mime([photo]))
    assert demo.db.execute("SELECT count(*) FROM attachment").fetchone()[0] == 0


# -- a loan's tab: payments, contacts, checklist steps ---------------------------------------


def detail_page(qtbot: QtBot, vault: Vault, platform: str, section: str) -> LoanDetailPage:
    page = LoanDetailPage(vault, loan_id_of(vault, platform))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)
    page.show_section(section)
    QApplication.processEvents()  # lay the section out
    return page


def settled(qtbot: QtBot, page: LoanDetailPage) -> None:
    """The add has ended and the page shows what the vault holds now."""
    qtbot.waitUntil(lambda: not page.loading)


def test_a_receipt_dropped_on_a_payments_row_is_linked_to_that_payment(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    page = detail_page(qtbot, demo, "美团借钱", "payments")
    view = page.payments_view
    payment = page.payments[0]
    receipt = tmp_path / "转账回单.jpg"
    receipt.write_bytes(jpeg(400, 300))
    mime = files_mime([receipt])
    point = row_point(view, 0)
    assert drag_over(view.viewport(), point, mime)
    assert view.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.OnItem
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert drop_at(view.viewport(), point, mime)
    settled(qtbot, page)
    assert linked(demo, "payment", payment.id or 0) == ["转账回单.jpg"]
    assert linked(demo, "loan", page.loan_id) == []
    # The payment is chosen, its receipts shown below, its row counts them.
    assert page.chosen["payment"] == payment.id
    panel = page.payment_documents.panel
    assert panel.isVisibleTo(page) and panel.model.rowCount() == 1
    assert page.payments_model.cell(0, 7).text == "1"


def test_evidence_dropped_on_a_step_not_yet_recorded_records_the_step(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    page = detail_page(qtbot, demo, "借呗", "checklist")
    view = page.checklist_view
    row, key = next(
        (r, k) for r, k in enumerate(page.checklist_steps) if k not in page.milestones
    )
    certificate = tmp_path / "结清证明.pdf"
    certificate.write_bytes(pdf(1))
    mime = files_mime([certificate])
    assert drag_over(view.viewport(), row_point(view, row), mime)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert drop_at(view.viewport(), row_point(view, row), mime)
    settled(qtbot, page)
    [step] = repository.select(demo.db, Milestone, "loan_id = ? AND step = ?",
                               (page.loan_id, key))
    assert step.done_on is None  # started, not done
    assert linked(demo, "milestone", step.id or 0) == ["结清证明.pdf"]
    assert page.chosen["step"] == key
    assert page.checklist_model.cell(row, 4).text == "1"


def test_the_schedule_takes_no_files(qtbot: QtBot, demo: Vault, tmp_path: Path) -> None:
    page = detail_page(qtbot, demo, "美团借钱", "schedule")
    photo = tmp_path / "a.jpg"
    photo.write_bytes(jpeg())
    view = page.schedule_view
    assert not drop_at(view.viewport(), row_point(view, 0), files_mime([photo]))
    assert demo.db.execute("SELECT count(*) FROM attachment").fetchone()[0] == 0


def point_on_text(view: QTextBrowser, text: str) -> QPoint:
    cursor = view.document().find(text)
    assert not cursor.isNull()
    return view.cursorRect(cursor).center()


def test_a_file_dropped_on_a_contact_in_the_timeline_is_linked_to_it(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    page = detail_page(qtbot, demo, "京东金条", "contacts")
    view = page.contacts_view
    contact = next(c for c in page.contacts if "失业导致还款困难" in c.asked + c.outcome)
    point = point_on_text(view, "失业导致还款困难")  # in its entry, not on its date link
    assert page.contact_at(point) == contact.id
    screenshot = tmp_path / "客服聊天截图.jpg"
    screenshot.write_bytes(jpeg(300, 600))
    mime = files_mime([screenshot])

    # While dragging, the contact under the cursor is marked; leaving unmarks it.
    before = view.toHtml()
    assert drag_over(view.viewport(), point, mime)
    assert page.drop_contact == contact.id and view.toHtml() != before
    leave(view.viewport())
    assert page.drop_contact is None

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert drop_at(view.viewport(), point, mime)
    settled(qtbot, page)
    assert linked(demo, "contact", contact.id or 0) == ["客服聊天截图.jpg"]
    assert page.chosen["contact"] == contact.id and page.drop_contact is None
    panel = page.contact_documents.panel
    assert panel.isVisibleTo(page) and panel.model.rowCount() == 1


def test_the_timeline_refuses_files_with_no_contact_under_them(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    page = detail_page(qtbot, demo, "微粒贷", "contacts")  # no contacts logged
    photo = tmp_path / "a.jpg"
    photo.write_bytes(jpeg())
    view = page.contacts_view
    assert not drop_at(view.viewport(), QPoint(20, 10), files_mime([photo]))
    words = QMimeData()
    words.setText("2024-01-01")
    busy = detail_page(qtbot, demo, "京东金条", "contacts")
    point = point_on_text(busy.contacts_view, "失业导致还款困难")
    assert not drop_at(busy.contacts_view.viewport(), point, words)
    assert demo.db.execute("SELECT count(*) FROM attachment").fetchone()[0] == 0
