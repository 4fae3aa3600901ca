"""Shared by the wizard tests: the dialog seam's fake, opening a wizard, pressing the buttons.

The fixtures `dialogs` (this fake in place) and `demo` (the demo vault) are in conftest.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from vault.errors import VaultError
from vault.schema import record_counts
from vault.store import Vault

# Loan ids in the demo vault (vault.demo._loans order).
ACTIVE, OVERDUE, NEGOTIATING, RESTRUCTURED, SETTLED = 1, 2, 3, 5, 6


class FakeDialogs:
    """Stands in for every modal dialog the wizards open."""

    def __init__(self) -> None:
        self.files: list[str] = []
        self.save_as = ""
        self.errors: list[VaultError] = []

    def open_files(self, parent: object, title: str, filters: str) -> list[str]:
        return list(self.files)

    def save_file(self, parent: object, title: str, suggested: str, filters: str) -> str:
        return self.save_as

    def error(self, parent: object, error: VaultError) -> None:
        self.errors.append(error)

    def inform(self, parent: object, title: str, message: str) -> None:
        pass


W = TypeVar("W", bound=QWizard)


def shown(qtbot: QtBot, wizard: W) -> W:
    """The wizard on screen, closed with the test."""
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def can_go_on(wizard: QWizard) -> bool:
    button = QWizard.WizardButton.FinishButton if wizard.currentPage().isFinalPage() \
        else QWizard.WizardButton.NextButton
    return wizard.button(button).isEnabled()


def next_page(wizard: QWizard) -> None:
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    before = wizard.currentId()
    wizard.next()
    assert wizard.currentId() != before


def finish(wizard: QWizard) -> None:
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def counts(vault: Vault) -> dict[str, int]:
    return record_counts(vault.db)


def png(tmp_path: Path, name: str = "receipt.png") -> Path:
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + name.encode() * 20)
    return path
