"""Shared by the wizard tests: the dialog seam's fake, opening a wizard, pressing the buttons.

The fixtures `dialogs` (this fake in place) and `demo` (the demo vault) are in conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from pytestqt.qtbot import QtBot

from ui.dashboard import DashboardPage
from ui.main_window import MainWindow
from ui.settings import Settings
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


D = TypeVar("D", bound=QDialog)


def run_modal(kind: type[D], open_form: Callable[[], Any], drive: Callable[[D], None]) -> Any:
    """Call `open_form` (it returns once the modal form it opens is closed) and, once the
    form is on screen, `drive` it; `drive` must close it. A failure in `drive` closes the
    form and fails the test; so does a form that never opens or is left open."""
    failures: list[BaseException] = []
    driven: list[D] = []

    def step() -> None:
        form = QApplication.activeModalWidget()
        try:
            assert isinstance(form, kind), f"expected a modal {kind.__name__}, found {form!r}"
            driven.append(form)
            drive(form)
            assert not form.isVisible(), f"the {kind.__name__} was left open"
        except BaseException as error:  # re-raised below, once the form is closed
            failures.append(error)
            if isinstance(form, QDialog) and form.isVisible():
                form.reject()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(step)
    timer.start(0)
    result = open_form()
    timer.stop()
    if failures:
        raise failures[0]
    assert driven, f"no modal {kind.__name__} opened"
    return result


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


# -- a form opened from the main window, as the user opens it ------------------------------


def window_on(qtbot: QtBot, vault: Vault, settings: Settings) -> MainWindow:
    """The main window on `vault`, its dashboard showing the figures."""
    window = MainWindow(vault, settings, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.dashboard.figures is not None and not window.feed.busy)
    return window


def run_form(qtbot: QtBot, window: MainWindow, kind: type[D], name: str, *args: Any,
             drive: Callable[[D], None]) -> DashboardPage:
    """Open form `name` from the window (as its menu or a loan's button does), `drive` it,
    and return the dashboard once its figures have been worked out again."""
    before = window.dashboard.figures
    assert run_modal(kind, lambda: window.run_feature(name, *args), drive)
    qtbot.waitUntil(lambda: window.dashboard.figures is not before and not window.feed.busy)
    return window.dashboard


def follow_up_texts(dashboard: DashboardPage) -> list[str]:
    return [dashboard.follow_ups.item(i).text() for i in range(dashboard.follow_ups.count())]
