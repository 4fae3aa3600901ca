"""Evidence on every kind of record in a loan's detail: a payment, a contact or a checklist
step chosen in its tab shows its own documents below the table; rows show a paperclip
count; a loan's document can also be linked to its payments, contacts and steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from tests.ui.test_attachment_panel import FakeDialogs, drop
from tests.ui.test_loan_detail import loan_id_of
from tests.vault.test_attachments import jpeg, pdf
from ui.loan_detail import LoanDetailPage
from vault import attachments, repository
from vault.demo import fill_demo
from vault.records import Milestone
from vault.store import Vault


@pytest.fixture
def demo(vault: Vault) -> Vault:
    with vault.transaction() as db:
        fill_demo(db, date.today())
    return vault


def page_for(qtbot: QtBot, vault: Vault, platform: str) -> LoanDetailPage:
    page = LoanDetailPage(vault, loan_id_of(vault, platform))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)
    return page


def added(qtbot: QtBot, page: LoanDetailPage, panel: Any, add: Callable[[], object]) -> None:
    """Add documents through a record's panel and wait until it is all over: the ingest
    job has ended (with any row it made and left unused removed again) and the page shows
    the vault as it now stands."""
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        add()
    qtbot.waitUntil(lambda: not page.loading and not panel.job.running, timeout=10_000)


def linked(vault: Vault, record_type: str, record_id: int) -> list[str]:
    return [a.original_name for a in attachments.attachments_of(vault.db, record_type, record_id)]


def test_a_receipt_dropped_on_a_payment_is_linked_to_it(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    page = page_for(qtbot, demo, "美团借钱")
    page.show_section("payments")
    box = page.payment_documents
    assert box.hint.isVisible() and "Choose a payment" in box.hint.text()
    assert box.panel is None  # made when a payment is first chosen
    page.payments_view.selectRow(0)
    payment = page.payments[0]
    panel = box.panel
    assert (panel.record_type, panel.record_id) == ("payment", payment.id)
    assert panel.isVisible() and not box.hint.isVisible()
    assert box.caption.text().startswith("Receipts for the payment of ¥")
    panel.dialogs = FakeDialogs()
    receipt = tmp_path / "转账回单.jpg"
    receipt.write_bytes(jpeg(400, 300))
    added(qtbot, page, panel, lambda: drop(panel, [receipt]))  # the page re-reads its counts
    assert linked(demo, "payment", payment.id or 0) == ["转账回单.jpg"]
    assert attachments.attachments_of(demo.db, "loan", page.loan_id) == []  # only the payment
    cell = page.payments_model.cell(0, 7)
    assert cell.text == "1" and cell.clip and cell.tooltip == "1 document"
    assert not page.payments_model.cell(1 if len(page.payments) > 1 else 0, 6).clip
    # the payment stays chosen after the refresh, with its receipt shown
    assert page.payments_view.selectionModel().selectedRows()[0].row() == 0
    assert panel.isVisible() and panel.model.rowCount() == 1
    page.payments_view.clearSelection()
    assert not panel.isVisible() and box.hint.isVisible()


def test_a_contact_chosen_in_the_timeline_takes_documents(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    page = page_for(qtbot, demo, "京东金条")
    page.show_section("contacts")
    contact = page.contacts[0]
    assert f'href="contact:{contact.id}"' in page.contacts_view.toHtml()
    page.contacts_view.anchorClicked.emit(QUrl(f"contact:{contact.id}"))
    panel = page.contact_documents.panel
    assert (panel.record_type, panel.record_id) == ("contact", contact.id)
    assert panel.isVisible()
    panel.dialogs = FakeDialogs()
    recording = tmp_path / "通话截图.jpg"
    recording.write_bytes(jpeg(300, 500))
    added(qtbot, page, panel, lambda: panel.add_files([str(recording)]))
    assert linked(demo, "contact", contact.id or 0) == ["通话截图.jpg"]
    assert "1 document" in page.contacts_view.toPlainText()
    assert page.chosen["contact"] == contact.id and panel.model.rowCount() == 1


def test_the_first_document_of_a_step_records_the_step(
    qtbot: QtBot, demo: Vault, tmp_path: Path
) -> None:
    page = page_for(qtbot, demo, "借呗")
    page.show_section("checklist")
    row, key = next(
        (r, k) for r, k in enumerate(page.checklist_steps) if k not in page.milestones
    )
    page.checklist_view.selectRow(row)
    panel = page.step_documents.panel
    assert (panel.record_type, panel.record_id) == ("milestone", 0)  # no row yet
    assert panel.isVisible() and panel.add_button.isEnabled()
    panel.dialogs = FakeDialogs()

    # A refused file makes nothing: the step's row is made for it and removed again,
    # before the page is told to re-read (once), so it never reads the unused row.
    def step_rows() -> list[Milestone]:
        return repository.select(demo.db, Milestone, "loan_id = ? AND step = ?",
                                 (page.loan_id, key))

    told: list[list[Milestone]] = []
    panel.documents_changed.connect(lambda: told.append(step_rows()))
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    added(qtbot, page, panel, lambda: panel.add_files([str(empty)]))
    assert told == [[]]
    assert "empty.pdf" in panel.dialogs.told[0]
    assert repository.select(demo.db, Milestone, "loan_id = ? AND step = ?",
                             (page.loan_id, key)) == []
    assert panel.record_id == 0

    certificate = tmp_path / "结清证明.pdf"
    certificate.write_bytes(pdf(1))
    added(qtbot, page, panel, lambda: panel.add_files([str(certificate)]))
    [step] = repository.select(demo.db, Milestone, "loan_id = ? AND step = ?",
                               (page.loan_id, key))
    assert step.done_on is None  # recorded as started, not as done
    assert linked(demo, "milestone", step.id or 0) == ["结清证明.pdf"]
    assert page.checklist_model.cell(row, 4).text == "1"
    assert page.checklist_model.cell(row, 1).text == "Not yet"
    assert (panel.record_type, panel.record_id) == ("milestone", step.id)
    assert "1 on checklist steps" in page.linked_elsewhere.text()


def test_also_link_to_links_a_loan_document_to_a_payment(qtbot: QtBot, demo: Vault) -> None:
    page = page_for(qtbot, demo, "美团借钱")
    result = attachments.add_bytes(demo, jpeg(200, 200), "还款截图.jpg",
                                   [attachments.Link("loan", page.loan_id)])
    page.show_section("documents")
    assert page.documents.model.rowCount() == 1
    assert not page.linked_elsewhere.isVisibleTo(page)
    menu = page.documents.context_menu(result.attachment_id)
    [also] = [a for a in menu.actions() if a.text() == "Also link to…"]
    payment = page.payments[0]
    [target] = [a for a in also.menu().actions()
                if a.text() == page.payment_caption(payment)]
    assert target.isEnabled() and not target.isChecked()
    steps = [a.text() for a in also.menu().actions() if a.isSeparator()]
    assert steps == ["Payments", "Contacts", "Settlement checklist"][: len(steps)]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        target.trigger()
    assert linked(demo, "payment", payment.id or 0) == ["还款截图.jpg"]
    assert linked(demo, "loan", page.loan_id) == ["还款截图.jpg"]  # still the loan's too
    assert page.payments_model.cell(0, 7).text == "1"
    assert page.linked_elsewhere.isVisibleTo(page)
    assert "1 on payments" in page.linked_elsewhere.text()
    again = page.documents.context_menu(result.attachment_id)
    [also] = [a for a in again.actions() if a.text() == "Also link to…"]
    [target] = [a for a in also.menu().actions() if a.text() == page.payment_caption(payment)]
    assert target.isChecked() and not target.isEnabled()  # linked already
