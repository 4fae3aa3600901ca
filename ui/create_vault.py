"""The create-vault dialog: where the file goes, the password twice, and a plain warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import error_label, handle_job_error, show_inline
from ui.passwords import NewPasswordFields
from ui.settings import default_vault_path
from ui.widgets.busy_bar import busy_bar
from ui.workers import Job
from vault.errors import StorageError, VaultExistsError, WeakPasswordError
from vault.store import VAULT_SUFFIX, Vault


def with_vault_suffix(path: Path) -> Path:
    return path if path.suffix == VAULT_SUFFIX else path.with_name(path.name + VAULT_SUFFIX)


class CreateVaultDialog(QDialog):
    """On success `self.vault` is the new, open vault and the dialog is accepted."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.path = path or default_vault_path()
        self.setMinimumWidth(520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self._location_label = QLabel()
        self.location = QLineEdit(str(self.path))
        self.location.setReadOnly(True)
        self._location_label.setBuddy(self.location)
        self.change_location = QPushButton()
        self.location_error = error_label()
        self.fields = NewPasswordFields()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning.setMargin(8)
        self.error = error_label()
        self.busy = busy_bar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(self.change_location)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addWidget(self._location_label)
        layout.addLayout(location_row)
        layout.addWidget(self.location_error)
        layout.addSpacing(4)
        layout.addWidget(self.fields)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.location, self.change_location)
        self.setTabOrder(self.change_location, self.fields.password)
        self.setTabOrder(self.fields.password, self.fields.confirmation)

        self.change_location.clicked.connect(self.choose_location)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(lambda: show_inline(self.error, None))
        self.job: Job | None = None
        self.fields.password.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create a new vault"))
        self.intro.setText(
            self.tr("Your records are kept in one encrypted file on this computer. "
                    "Choose where it goes and the password that protects it.")
        )
        self._location_label.setText(self.tr("Vault &file:"))
        self.location.setAccessibleName(self.tr("Vault file location"))
        self.change_location.setText(self.tr("C&hange…"))
        self.warning.setText(
            self.tr("<b>Remember this password.</b> Nobody can recover a forgotten password: "
                    "not Jieqing, not its makers, not anyone. Without it the records cannot "
                    "be opened. Write it down and keep it somewhere safe.")
        )
        self.create_button.setText(self.tr("&Create vault"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask_location(self) -> str:
        """The file dialog (a seam tests replace)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Where should the vault go?"), str(self.path),
            self.tr("Jieqing vaults (*.jqvault)"),
        )
        return chosen

    def choose_location(self) -> None:
        chosen = self.ask_location()
        if chosen:
            self.set_path(with_vault_suffix(Path(chosen)))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.location.setText(str(path))
        show_inline(self.location_error, None)

    def submit(self) -> None:
        if self.job is not None and self.job.running:
            return
        password = self.fields.check()
        if password is None:
            return
        if self.path.exists():
            show_inline(self.location_error, handle_job_error(VaultExistsError(path=str(self.path))))
            return
        self._set_busy(True)
        self.job = Job()
        self.job.succeeded.connect(self._created)
        self.job.failed.connect(self._failed)
        self.job.start(Vault.create, self.path, password)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.change_location, self.fields, self.buttons):
            widget.setEnabled(not busy)

    def _created(self, vault: Vault) -> None:
        self._set_busy(False)
        self.fields.clear()
        self.vault = vault
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        text = handle_job_error(error)
        if isinstance(error, VaultExistsError | StorageError):
            show_inline(self.location_error, text)
        elif isinstance(error, WeakPasswordError):
            show_inline(self.fields.password_error, text)
        else:
            show_inline(self.error, text)

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            return  # the vault is being written; Cancel works again in a moment
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None and self.job.running:
            event.ignore()
            return
        super().closeEvent(event)
