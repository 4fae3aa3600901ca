"""File → Export binder…: choose, export in the background, open the folder, or cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl

import ui.binder_dialog as binder_dialog
from ui.binder_dialog import BinderDialog, open_binder_dialog
from vault.demo import fill_demo
from vault.store import Vault


@pytest.fixture
def dialog(qtbot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> BinderDialog:
    with vault.transaction() as db:
        fill_demo(db, date.today())
    monkeypatch.setattr(BinderDialog, "ask_target", lambda self: str(tmp_path / "out" / "binder"))
    (tmp_path / "out").mkdir()
    widget = BinderDialog(vault)
    qtbot.addWidget(widget)
    return widget


def test_exporting_chosen_loans_writes_the_pdf_and_offers_the_folder(qtbot, dialog, tmp_path,
                                                                     monkeypatch):
    assert dialog.loans.count() == 7 and not dialog.loans.isEnabled()
    dialog.chosen_loans.setChecked(True)
    assert not dialog.export_button.isEnabled()  # nothing ticked yet
    dialog.loans.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.export_button.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    target = tmp_path / "out" / "binder.pdf"
    assert dialog.outcome.path == target and dialog.outcome.loans == 1
    assert "Loan settlement archive" in PdfReader(target).pages[0].extract_text()
    assert dialog.saved.isVisible() is dialog.isVisible()
    assert "not encrypted" in dialog.saved.text() and str(target) in dialog.saved.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(binder_dialog.QDesktopServices, "openUrl", opened.append)
    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target.parent))]


def test_a_backwards_period_is_explained_inline(qtbot, dialog, tmp_path):
    dialog.limit_dates.setChecked(True)
    dialog.date_from.setDate(dialog.date_to.date().addDays(1))
    dialog.export()
    assert not dialog.problem.isHidden() and dialog.problem.text()
    assert dialog.job is None
    assert list((tmp_path / "out").iterdir()) == []


def test_a_backup_is_never_overwritten_by_the_binder(qtbot, dialog, tmp_path, monkeypatch):
    from vault.fsutil import BACKUP_MAGIC

    backup = tmp_path / "out" / "old.pdf"  # a backup, whatever its name says
    backup.write_bytes(BACKUP_MAGIC + bytes(100))
    monkeypatch.setattr(BinderDialog, "ask_target", lambda self: str(backup))
    dialog.export()
    assert dialog.job is None  # refused before any work
    assert not dialog.problem.isHidden() and str(backup) in dialog.problem.text()
    assert backup.read_bytes() == BACKUP_MAGIC + bytes(100)


def test_cancel_leaves_no_file_and_says_so(qtbot, dialog, tmp_path, monkeypatch):
    real = binder_dialog.write_binder

    def cancelled_early(*args, **kwargs):
        kwargs["cancel"] = lambda: True  # as if Cancel were pressed at once
        dialog.job.cancel()
        return real(*args, **kwargs)

    monkeypatch.setattr(binder_dialog, "write_binder", cancelled_early)
    dialog.export()
    qtbot.waitUntil(lambda: not dialog.problem.isHidden(), timeout=20_000)
    assert "Cancelled" in dialog.problem.text()
    assert dialog.outcome is None
    assert list((tmp_path / "out").iterdir()) == []


def test_open_binder_dialog_shows_it(qtbot, vault):
    shown = open_binder_dialog(None, vault)
    assert shown.isVisible() and shown.windowTitle() == "Export binder"
    with qtbot.waitSignal(shown.destroyed):
        shown.reject()  # closing it frees it
