"""Shared by the wizard tests: a demo vault, the dialog seam, and pressing the buttons."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

import ui.wizards.common
from vault.demo import fill_demo
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


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> FakeDialogs:
    fake = FakeDialogs()
    monkeypatch.setattr(ui.wizards.common, "dialogs", fake)
    return fake


@pytest.fixture
def demo(vault: Vault) -> Vault:
    with vault.transaction() as db:
        fill_demo(db, date.today())
    return vault


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
