"""The document viewer: images, PDF pages, protected PDFs, recordings and other files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys

import pytest
from pytestqt.qtbot import QtBot

from tests.vault.test_attachments import image_bytes, jpeg, pdf, wav
from ui.document_viewer import DocumentViewer
from vault import attachments
from vault.store import Vault


def open_viewer(qtbot: QtBot, vault: Vault, data: bytes, name: str) -> DocumentViewer:
    result = attachments.add_bytes(vault, data, name)
    assert result.attachment_id is not None
    viewer = DocumentViewer(vault, result.attachment_id)
    qtbot.addWidget(viewer)
    viewer.show()
    return viewer


def test_photo_is_upright_zoomable_and_rotatable(qtbot: QtBot, vault: Vault) -> None:
    viewer = open_viewer(qtbot, vault, jpeg(400, 300, orientation=6), "phone.jpg")
    viewer.fit, viewer.zoom = False, 1.0  # actual size
    shown = viewer.displayed_image()
    assert (shown.width(), shown.height()) == (300, 400)  # EXIF turned it upright
    viewer.zoom_out_button.click()
    assert viewer.zoom == 0.75
    viewer.zoom = 1.0
    viewer.rotate_button.click()
    shown = viewer.displayed_image()
    assert (shown.width(), shown.height()) == (400, 300)
    viewer.zoom_in_button.click()
    assert viewer.zoom == 1.25
    assert viewer.displayed_image().width() == 500
    viewer.fit_button.click()
    fitted = viewer.displayed_image()
    view = viewer.scroll.viewport().size()
    assert fitted.width() <= view.width() and fitted.height() <= view.height()
    assert viewer.detail_labels["type"].text() == "Image (image/jpeg)"
    assert not viewer.notice.isVisible()


def test_heic_is_shown_through_pillow(qtbot: QtBot, vault: Vault) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    viewer = open_viewer(qtbot, vault, image_bytes("HEIF", size=(64, 48)), "IMG_1.HEIC")
    viewer.fit = False
    viewer.zoom = 1.0
    shown = viewer.displayed_image()
    assert (shown.width(), shown.height()) == (64, 48)


def test_pdf_pages(qtbot: QtBot, vault: Vault) -> None:
    viewer = open_viewer(qtbot, vault, pdf(3), "statement.pdf")
    assert viewer.page_count == 3 and viewer.page_label.text() == "Page 1 of 3"
    assert not viewer.previous_button.isEnabled()
    viewer.next_button.click()
    viewer.next_button.click()
    assert viewer.page_label.text() == "Page 3 of 3" and not viewer.next_button.isEnabled()
    viewer.fit = False
    viewer.zoom = 1.0
    viewer.previous_button.click()
    page = viewer.displayed_image()
    assert (page.width(), page.height()) == (793, 1122)  # A4 at 96 dpi
    viewer.rotate_button.click()
    assert viewer.displayed_image().width() == 1122
    assert viewer.detail_labels["pages"].text() == "3"


def test_protected_pdf_asks_for_the_password(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = ["wrong", "s3cret"]
    asked: list[bool] = []

    def ask(self: DocumentViewer, retry: bool) -> str | None:
        asked.append(retry)
        return answers.pop(0)

    monkeypatch.setattr(DocumentViewer, "ask_password", ask)
    viewer = open_viewer(qtbot, vault, pdf(2, password="s3cret"), "report.pdf")
    assert asked == [False, True]
    assert viewer.page_count == 2 and not viewer.displayed_image().isNull()


def test_protected_pdf_without_the_password_shows_details(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(DocumentViewer, "ask_password", lambda self, retry: None)
    viewer = open_viewer(qtbot, vault, pdf(1, password="x"), "report.pdf")
    assert viewer.displayed_image().isNull()
    assert "protected by a password" in viewer.notice.text() and viewer.notice.isVisible()
    assert len(viewer.detail_labels["sha256"].text()) == 64


def test_recording_without_sound_support_shows_details(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as without PulseAudio
    data = wav()
    viewer = open_viewer(qtbot, vault, data, "call.wav")
    assert viewer.notice.text().startswith("Sound cannot be played")
    assert not viewer.play_button.isVisible() and not viewer.zoom_in_button.isVisible()
    assert viewer.detail_labels["type"].text() == "Sound or video (audio/wav)"
    assert viewer.detail_labels["name"].text() == "call.wav"


def test_damaged_image_and_unknown_file(qtbot: QtBot, vault: Vault) -> None:
    cut = jpeg()[:200]
    viewer = open_viewer(qtbot, vault, cut, "cut.jpg")
    assert "could not be shown" in viewer.notice.text()
    other = open_viewer(qtbot, vault, b"PK\x03\x04 zip", "notes.docx")
    assert "cannot show this kind of file" in other.notice.text()
    assert other.detail_labels["size"].text()
