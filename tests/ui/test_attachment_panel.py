"""The documents panel of one loan: drop, paste, view, edit, export, remove."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QIcon, QImage
from pytestqt.qtbot import QtBot

from tests.vault.test_attachments import jpeg, pdf
from ui.attachment_panel import AttachmentPanel, DocumentDetails, DocumentDetailsDialog
from ui.document_viewer import DocumentViewer
from vault import attachments, repository
from vault.attachments import Link, Outcome
from vault.records import DocumentKind, Loan, Method, Platform, RateKind
from vault.store import Vault


class FakeDialogs:
    """Stands in for every dialog the panel would show, and remembers what was asked."""

    def __init__(self) -> None:
        self.files: list[str] = []
        self.save_path = ""
        self.answer = True
        self.details: DocumentDetails | None = None
        self.asked: list[str] = []
        self.told: list[str] = []

    def open_files(self, parent: object) -> list[str]:
        return self.files

    def save_file(self, parent: object, suggested: str) -> str:
        self.asked.append(f"save {suggested}")
        return self.save_path

    def confirm(self, parent: object, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer

    def inform(self, parent: object, title: str, text: str) -> None:
        self.told.append(text)

    def edit_details(self, parent: object, attachment: object) -> DocumentDetails | None:
        return self.details


@pytest.fixture
def loan_id(vault: Vault) -> int:
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="借呗"))
        assert platform.id is not None
        loan = repository.insert(db, Loan(
            platform_id=platform.id, borrowed_on=date(2024, 1, 10), principal=500_000,
            rate_kind=RateKind.annual, rate_percent=Decimal("18"), term_months=6,
            method=Method.annuity,
        ))
    assert loan.id is not None
    return loan.id


@pytest.fixture
def panel(qtbot: QtBot, vault: Vault, loan_id: int) -> tuple[AttachmentPanel, FakeDialogs]:
    widget = AttachmentPanel(vault, "loan", loan_id)
    qtbot.addWidget(widget)
    dialogs = FakeDialogs()
    widget.dialogs = dialogs
    widget.show()
    return widget, dialogs


@pytest.fixture
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("inputs")


def drop(widget: AttachmentPanel, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)


def test_dropped_files_appear_as_thumbnails(
    qtbot: QtBot, panel: tuple[AttachmentPanel, FakeDialogs], inputs: Path, vault: Vault,
    loan_id: int,
) -> None:
    widget, dialogs = panel
    photo = inputs / "repayment.jpg"
    photo.write_bytes(jpeg(800, 600, orientation=6))
    statement = inputs / "statement.pdf"
    statement.write_bytes(pdf(2))
    with qtbot.waitSignal(widget.documents_changed, timeout=10_000):
        drop(widget, [photo, statement])
    assert widget.model.rowCount() == 2
    names = {widget.model.index(r).data() for r in range(2)}
    assert names == {"repayment.jpg", "statement.pdf"}
    for row in range(2):
        icon = widget.model.index(row).data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
    # The PDF's first page was rendered once, in memory, and kept in the vault.
    pdf_doc = next(a for a in attachments.attachments_of(vault.db, "loan", loan_id)
                   if a.media_type == attachments.PDF)
    assert pdf_doc.id is not None
    assert attachments.preview_of(vault.db, pdf_doc.id).thumbnail is not None
    assert dialogs.told == []  # nothing to report when everything was stored


def test_refused_and_duplicate_files_are_reported(
    qtbot: QtBot, panel: tuple[AttachmentPanel, FakeDialogs], inputs: Path
) -> None:
    widget, dialogs = panel
    photo = inputs / "a.jpg"
    photo.write_bytes(jpeg())
    (inputs / "b.jpg").write_bytes(photo.read_bytes())
    (inputs / "empty.png").write_bytes(b"")
    dialogs.files = [str(photo), str(inputs / "b.jpg"), str(inputs / "empty.png")]
    with qtbot.waitSignal(widget.documents_changed, timeout=10_000):
        widget.add_button.click()
    assert [r.outcome for r in widget.last_results] == [
        Outcome.stored, Outcome.duplicate, Outcome.refused
    ]
    assert widget.model.rowCount() == 1
    report = dialogs.told[0].splitlines()
    assert report[0] == "b.jpg: already in the vault; now linked here too."
    assert report[1].startswith("empty.png: not added.") and "empty" in report[1]


def test_cancel_keeps_what_was_added(
    qtbot: QtBot, panel: tuple[AttachmentPanel, FakeDialogs], inputs: Path, vault: Vault
) -> None:
    widget, _ = panel
    paths = []
    for n in range(20):
        path = inputs / f"{n}.bin"
        path.write_bytes(os.urandom(200_000))
        paths.append(str(path))
    with qtbot.waitSignal(widget.documents_changed, timeout=10_000):
        widget.add_files(paths)
        assert widget.job is not None
        widget.job.cancel()  # the worker checks between files
    stored = vault.db.execute("SELECT count(*) FROM attachment").fetchone()[0]
    assert stored < 20
    assert widget.model.rowCount() == stored


def test_pasted_screenshot_is_kept_as_png(
    panel: tuple[AttachmentPanel, FakeDialogs], vault: Vault
) -> None:
    widget, _ = panel
    image = QImage(360, 780, QImage.Format.Format_RGB32)
    image.fill(QColor("#1677ff"))
    QGuiApplication.clipboard().setImage(image)
    widget.paste_button.click()
    assert widget.model.rowCount() == 1
    result = widget.last_results[0]
    assert result.media_type == "image/png" and result.name.startswith("Screenshot ")
    assert result.attachment_id is not None
    stored = attachments.read_bytes(vault.db, result.attachment_id)
    assert Image.open(io.BytesIO(stored)).size == (360, 780)


def test_paste_with_nothing_useful_says_so(panel: tuple[AttachmentPanel, FakeDialogs]) -> None:
    widget, dialogs = panel
    QGuiApplication.clipboard().setText("just words")
    widget.paste()
    assert dialogs.told == ["The clipboard holds no picture or file to add."]
    assert widget.model.rowCount() == 0


def select_first(widget: AttachmentPanel) -> int:
    widget.view.setCurrentIndex(widget.model.index(0))
    selected = widget.selected_id()
    assert selected is not None
    return selected


def test_open_edit_export_and_remove(
    qtbot: QtBot, panel: tuple[AttachmentPanel, FakeDialogs], vault: Vault, loan_id: int,
    tmp_path: Path,
) -> None:
    widget, dialogs = panel
    data = jpeg()
    attachments.add_bytes(vault, data, "cert.jpg", [Link("loan", loan_id)])
    widget.refresh()
    assert not widget.export_button.isEnabled()
    doc = select_first(widget)
    assert widget.export_button.isEnabled()

    with qtbot.waitSignal(widget.viewer_opened) as opened:
        widget.open_button.click()
    viewer = opened.args[0]
    assert isinstance(viewer, DocumentViewer) and not viewer.displayed_image().isNull()
    viewer.close()

    dialogs.details = DocumentDetails(
        DocumentKind.settlement_certificate, "借呗结清证明", date(2025, 2, 3), "盖章"
    )
    widget.edit_button.click()
    stored = attachments.get(vault.db, doc)
    assert (stored.kind, stored.title, stored.doc_date) == (
        DocumentKind.settlement_certificate, "借呗结清证明", date(2025, 2, 3)
    )
    assert widget.model.index(0).data() == "借呗结清证明"

    dialogs.answer = False
    widget.export_button.click()
    assert "NOT be encrypted" in dialogs.asked[-1]
    dialogs.answer, dialogs.save_path = True, str(tmp_path / "copy.jpg")
    widget.export_button.click()
    assert (tmp_path / "copy.jpg").read_bytes() == data

    select_first(widget)
    widget.remove_button.click()
    assert "deleted from the vault" in dialogs.asked[-1]
    assert widget.model.rowCount() == 0
    assert vault.db.execute("SELECT count(*) FROM attachment").fetchone()[0] == 0


def test_details_dialog_refuses_an_impossible_date(qtbot: QtBot, vault: Vault) -> None:
    result = attachments.add_bytes(vault, pdf(1), "x.pdf")
    assert result.attachment_id is not None
    dialog = DocumentDetailsDialog(attachments.get(vault.db, result.attachment_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.doc_date.setText("2024-02-30")
    dialog.accept()
    assert dialog.details is None and dialog.error.isVisible() and dialog.error.text()
    dialog.doc_date.setText("2024-02-29")
    dialog.kind.setCurrentIndex(dialog.kind.findData(DocumentKind.credit_report.value))
    dialog.accept()
    assert dialog.details == DocumentDetails(DocumentKind.credit_report, "", date(2024, 2, 29), "")

def test_the_context_menu_offers_the_buttons_actions_and_the_owners(
    qtbot: QtBot, panel: tuple[AttachmentPanel, FakeDialogs], vault: Vault, loan_id: int,
) -> None:
    widget, dialogs = panel
    result = attachments.add_bytes(vault, jpeg(), "cert.jpg", [Link("loan", loan_id)])
    widget.refresh()
    asked: list[int] = []
    widget.extend_menu = lambda menu, doc: menu.addAction("Extra", lambda: asked.append(doc))
    menu = widget.context_menu(result.attachment_id or 0)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Open", "Details…", "Export a copy…", "Remove", "Extra"]
    with qtbot.waitSignal(widget.viewer_opened) as opened:
        menu.actions()[0].trigger()
    opened.args[0].close()
    menu.actions()[-1].trigger()
    assert asked == [result.attachment_id]
    dialogs.answer = False
    menu.actions()[3].trigger()
    assert "deleted from the vault" in dialogs.asked[-1]
    assert widget.model.rowCount() == 1  # the user said no


def test_the_size_limit_comes_from_preferences(
    qtbot: QtBot, panel: tuple[AttachmentPanel, FakeDialogs], inputs: Path
) -> None:
    from ui.settings import PreferencesDialog, Settings

    widget, dialogs = panel
    preferences = PreferencesDialog(Settings())
    qtbot.addWidget(preferences)
    preferences.max_document.setValue(1)
    preferences.accept()
    assert widget.max_bytes == 1024 * 1024
    big = inputs / "scan.pdf"
    big.write_bytes(pdf(1) + b"%" + b"0" * (2 * 1024 * 1024))
    dialogs.files = [str(big)]
    with qtbot.waitSignal(widget.documents_changed, timeout=10_000):
        widget.add_button.click()
    assert [r.outcome for r in widget.last_results] == [Outcome.refused]
    assert widget.model.rowCount() == 0
    assert dialogs.told and "scan.pdf: not added." in dialogs.told[0]
