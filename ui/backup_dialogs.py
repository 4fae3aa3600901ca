"""File ▸ Back up…, Verify a backup…, Restore from a backup…: thin dialogs over vault.backup.

The main window calls `install_backup_actions(window, menu, vault_provider)` once. Each
action opens a small form (files and passwords); the work itself runs in a worker `Job`
behind a progress dialog with Cancel, so the window never freezes. Every file chooser and
message box goes through `BackupDialogs`, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.messages import error_label, show_inline
from ui.passwords import NewPasswordFields
from ui.workers import Job, show_progress
from vault import backup
from vault.store import Vault

VaultProvider = Callable[[], Vault | None]
Report = Callable[[str | None], None]  # a failure's text (None: the crash dialog has it)


translate = QCoreApplication.translate


class BackupDialogs:
    """Every file chooser and message box of the backup actions; tests swap in a fake."""

    def save_backup(self, parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            translate("BackupDialogs", "Save the backup as"),
            suggested,
            translate("BackupDialogs", "Jieqing backups (*.jqbak)"),
        )
        return path

    def open_backup(self, parent: QWidget) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("BackupDialogs", "Choose a backup"),
            "",
            translate("BackupDialogs", "Jieqing backups (*.jqbak);;All files (*)"),
        )
        return path

    def save_vault(self, parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            translate("BackupDialogs", "Restore into"),
            suggested,
            translate("BackupDialogs", "Jieqing vaults (*.jqvault)"),
        )
        return path

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget, title: str, text: str, action: str) -> bool:
        """Ask before a big step: `action` names the button that goes ahead; Cancel is the
        default, so Enter or Esc change nothing."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is go


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _FileRow(QWidget):
    """A read-only path with a Choose… button that asks `choose()` for a path."""

    def __init__(self, choose: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.button = QPushButton(translate("BackupDialogs", "Choose…"))
        self.button.clicked.connect(lambda: self._choose(choose))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.button)

    def _choose(self, choose: Callable[[], str]) -> None:
        path = choose()
        if path:
            self.path.setText(path)

    def value(self) -> Path | None:
        return Path(self.path.text()) if self.path.text() else None

    def set_value(self, path: Path) -> None:
        self.path.setText(str(path))


class _Form(QDialog):
    """A form with OK/Cancel and one inline problem line; `collect()` returns the inputs or
    None after showing what is missing."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = error_label()
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.values: dict[str, Any] | None = None

    def collect(self) -> dict[str, Any] | None:
        raise NotImplementedError

    def _ok(self) -> None:
        show_inline(self.problem, None)
        self.values = self.collect()
        if self.values is not None:
            self.accept()

    def missing(self, text: str) -> None:
        show_inline(self.problem, text)


class ExportDialog(_Form):
    def __init__(self, vault: Vault, dialogs: BackupDialogs, parent: QWidget | None) -> None:
        super().__init__(
            translate("BackupDialogs", "Back up the vault"),
            translate(
                "BackupDialogs",
                "The backup is one encrypted file. Keep it somewhere other than this computer "
                "(a USB stick, another disk). You may use your vault password for it.",
            ),
            parent,
        )
        suggested = str(vault.path.with_suffix(backup.BACKUP_SUFFIX))
        self.destination = _FileRow(lambda: dialogs.save_backup(self, suggested))
        self.passwords = NewPasswordFields()
        self.form.addRow(translate("BackupDialogs", "Backup file:"), self.destination)
        self.form.addRow(self.passwords)

    def collect(self) -> dict[str, Any] | None:
        destination = self.destination.value()
        if destination is None:
            self.missing(translate("BackupDialogs", "Choose where to save the backup."))
            return None
        password = self.passwords.check()
        if password is None:
            return None
        if destination.suffix.lower() != backup.BACKUP_SUFFIX:
            destination = destination.with_name(destination.name + backup.BACKUP_SUFFIX)
        return {"out": destination, "password": password}


class _BackupFileForm(_Form):
    """A form that starts with an existing backup file and its password."""

    def __init__(
        self, title: str, intro: str, dialogs: BackupDialogs, parent: QWidget | None
    ) -> None:
        super().__init__(title, intro, parent)
        self.source = _FileRow(lambda: dialogs.open_backup(self))
        self.password = _password_field()
        self.form.addRow(translate("BackupDialogs", "Backup file:"), self.source)
        self.form.addRow(translate("BackupDialogs", "Backup password:"), self.password)

    def backup_and_password(self) -> tuple[Path, str] | None:
        """The chosen backup and its password, or None after saying which is missing."""
        source = self.source.value()
        if source is None:
            self.missing(translate("BackupDialogs", "Choose the backup file."))
            return None
        if not self.password.text():
            self.missing(translate("BackupDialogs", "Type the backup's password."))
            return None
        return source, self.password.text()


class VerifyDialog(_BackupFileForm):
    def __init__(self, dialogs: BackupDialogs, parent: QWidget | None) -> None:
        super().__init__(
            translate("BackupDialogs", "Verify a backup"),
            translate(
                "BackupDialogs",
                "Reads the whole backup and checks every part of it. Nothing is written.",
            ),
            dialogs,
            parent,
        )

    def collect(self) -> dict[str, Any] | None:
        chosen = self.backup_and_password()
        if chosen is None:
            return None
        source, password = chosen
        return {"path": source, "password": password}


class RestoreDialog(_BackupFileForm):
    """`open_vault` is the vault open now; with `replace_open`, restoring over it is offered
    (after a confirmation), else that target is refused."""

    def __init__(
        self,
        dialogs: BackupDialogs,
        parent: QWidget | None,
        open_vault: Path | None = None,
        replace_open: bool = False,
    ) -> None:
        self.open_vault = open_vault
        self.replace_open = replace_open
        self.dialogs = dialogs
        super().__init__(
            translate("BackupDialogs", "Restore from a backup"),
            translate(
                "BackupDialogs",
                "The backup is checked completely before anything is put in place. If you "
                "restore over an existing vault, that vault is kept beside it under a dated "
                "name, so nothing is lost.",
            ),
            dialogs,
            parent,
        )
        self.target = _FileRow(lambda: dialogs.save_vault(self, "restored.jqvault"))
        self.same_password = QCheckBox(
            translate("BackupDialogs", "Use the backup's password for the restored vault")
        )
        self.same_password.setChecked(True)
        self.new_password = NewPasswordFields()
        self.new_password.setVisible(False)
        self.same_password.toggled.connect(lambda same: self.new_password.setVisible(not same))
        self.form.addRow(translate("BackupDialogs", "Restore into:"), self.target)
        self.form.addRow(self.same_password)
        self.form.addRow(self.new_password)

    def collect(self) -> dict[str, Any] | None:
        chosen = self.backup_and_password()
        if chosen is None:
            return None
        source, password = chosen
        target = self.target.value()
        if target is None:
            self.missing(translate("BackupDialogs", "Choose where to put the restored vault."))
            return None
        over_open = self.open_vault is not None and target.resolve() == self.open_vault.resolve()
        if over_open and not self.replace_open:
            self.missing(
                translate(
                    "BackupDialogs",
                    "That is the vault you have open. Choose a new file name; you can open "
                    "the restored vault afterwards.",
                )
            )
            return None
        new_password = None
        if not self.same_password.isChecked():
            new_password = self.new_password.check()
            if new_password is None:
                return None
        if over_open and not self._confirm_replacing_open(target):
            self.missing(
                translate(
                    "BackupDialogs",
                    "That is the vault you have open. To keep it as it is, choose another "
                    "file to restore into; or press OK again to replace it.",
                )
            )
            return None
        return {
            "path": source,
            "target": target,
            "password": password,
            "new_password": new_password,
            # The file chooser has already asked before choosing an existing file.
            "replace": target.exists(),
            "replaces_open_vault": over_open,
        }

    def _confirm_replacing_open(self, target: Path) -> bool:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = f"{target.stem}.before-restore-{stamp}{target.suffix}"
        if self.same_password.isChecked():
            password = translate("BackupDialogs", "the backup's password")
        else:
            password = translate("BackupDialogs", "the new password you chose")
        text = translate(
            "BackupDialogs",
            "You chose the vault you have open: {name}\n\n"
            "Jieqing will lock it, restore the backup in its place and check everything. "
            "Your current vault is kept beside it, unchanged, under a dated name such as:\n"
            "{aside}\n\n"
            "If anything goes wrong, your current vault stays exactly as it is. Once restored, "
            "Jieqing asks for the password again: {password}.",
        ).format(name=target.name, aside=aside, password=password)
        return self.dialogs.confirm(
            self,
            translate("BackupDialogs", "Replace the open vault?"),
            text,
            translate("BackupDialogs", "Lock and restore"),
        )


class BackupActions(QObject):
    """The three File-menu actions and the jobs they run."""

    restored = Signal(object)  # the restored vault's Path

    def __init__(self, window: QWidget, menu: QMenu, vault_provider: VaultProvider) -> None:
        super().__init__(window)
        self.window = window
        self.vault_provider = vault_provider
        self.dialogs = BackupDialogs()
        self.form: _Form | None = None
        self.job: Job | None = None
        self.last_result: backup.BackupInfo | None = None
        self._target: Path | None = None
        # Set by the app, which alone can lock the open vault: restoring over it is offered
        # and this is called with the restore form's values.
        self.replace_open_vault: Callable[[dict[str, Any]], None] | None = None
        self.export_action = QAction(window)
        self.verify_action = QAction(window)
        self.restore_action = QAction(window)
        self.export_action.triggered.connect(self.export_backup)
        self.verify_action.triggered.connect(self.verify_backup)
        self.restore_action.triggered.connect(lambda: self.restore_backup())
        before = getattr(window, "file_actions_end", None)
        for action in (self.export_action, self.verify_action, self.restore_action):
            if isinstance(before, QAction) and before in menu.actions():
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
        self.retranslate()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.export_action.setText(translate("BackupDialogs", "&Back up…"))
        self.verify_action.setText(translate("BackupDialogs", "&Verify a backup…"))
        self.restore_action.setText(translate("BackupDialogs", "&Restore from a backup…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- the three actions ------------------------------------------------------------

    def export_backup(self) -> None:
        vault = self.vault_provider()
        if vault is None or not vault.is_open:
            self.dialogs.warn(
                self.window,
                translate("BackupDialogs", "Back up"),
                translate("BackupDialogs", "Unlock a vault to back it up."),
            )
            return
        form = ExportDialog(vault, self.dialogs, self.window)
        self._open(
            form,
            lambda v: self._run(
                translate("BackupDialogs", "Backing up and checking the backup…"),
                self._exported,
                backup.export,
                vault,
                v["out"],
                v["password"],
            ),
        )

    def verify_backup(self) -> None:
        self._open(
            VerifyDialog(self.dialogs, self.window),
            lambda v: self._run(
                translate("BackupDialogs", "Checking the backup…"),
                self._verified,
                backup.verify,
                v["path"],
                v["password"],
            ),
        )

    def restore_backup(self, source: Path | None = None) -> None:
        """Ask what to restore where (with `source` already chosen when given), then do it;
        over the open vault, the app takes over (it locks the vault first)."""

        def start(v: dict[str, Any]) -> None:
            if v["replaces_open_vault"] and self.replace_open_vault is not None:
                self.replace_open_vault(v)
            else:
                self.run_restore(v)

        vault = self.vault_provider()
        open_vault = vault.path if vault is not None and vault.is_open else None
        form = RestoreDialog(
            self.dialogs, self.window, open_vault, self.replace_open_vault is not None
        )
        if source is not None:
            form.source.set_value(source)
        self._open(form, start)

    def run_restore(self, values: dict[str, Any], report: Report | None = None) -> None:
        """Restore as the form's `values` say; a failure or Cancel goes to `report` when
        given (else to a message box)."""
        self._target = values["target"]
        self._run(
            translate("BackupDialogs", "Restoring and checking the vault…"),
            self._restored,
            backup.restore,
            values["path"],
            values["target"],
            values["password"],
            new_password=values["new_password"],
            replace=values["replace"],
            report=report,
        )

    # -- plumbing ---------------------------------------------------------------------

    def _open(self, form: _Form, start: Callable[[dict[str, Any]], None]) -> None:
        if self.job is not None and self.job.running:
            return
        self.form = form

        def accepted() -> None:
            values, self.form = form.values, None
            form.deleteLater()
            if values is not None:
                start(values)

        form.accepted.connect(accepted)
        form.rejected.connect(form.deleteLater)
        form.open()

    def _run(
        self,
        label: str,
        done: Callable[[Any], None],
        function: Callable[..., Any],
        *args: Any,
        report: Report | None = None,
        **kwargs: Any,
    ) -> None:
        # No parent: whoever hears `restored` may replace the window (and these actions)
        # before the job's end arrives; a running job is kept referenced until then.
        job = Job()
        self.job = job
        job.succeeded.connect(done)
        job.failed.connect(lambda error: self._failed(error, report))
        job.cancelled.connect(lambda: self._cancelled(report))
        show_progress(job, self.window, label)

        def progress(done: int, total: int) -> None:  # in KiB: Qt signals carry 32-bit ints
            job.report(done // 1024, total // 1024)

        job.start(function, *args, progress=progress, cancel=job.is_cancelled, **kwargs)

    def _failed(self, error: BaseException, report: Report | None = None) -> None:
        text = messages.handle_job_error(error)
        if report is not None:
            report(text)
        elif text is not None:
            self.dialogs.warn(self.window, translate("BackupDialogs", "Jieqing"), text)

    def _cancelled(self, report: Report | None = None) -> None:
        text = translate("BackupDialogs", "Cancelled; nothing was written.")
        if report is not None:
            report(text)
        else:
            self.dialogs.inform(self.window, translate("BackupDialogs", "Cancelled"), text)

    def _exported(self, info: backup.BackupInfo) -> None:
        self.last_result = info
        notify = getattr(self.window, "notify_changed", None)
        if callable(notify):
            notify()  # the dashboard shows the age of the last backup
        self.dialogs.inform(
            self.window,
            translate("BackupDialogs", "Backed up"),
            translate("BackupDialogs", "The backup was written and checked: {path}").format(
                path=info.path
            ),
        )

    def _verified(self, info: backup.BackupInfo) -> None:
        self.last_result = info
        self.dialogs.inform(
            self.window,
            translate("BackupDialogs", "The backup is intact"),
            translate(
                "BackupDialogs",
                "Every part of the backup checked out. It was made on {date} and holds {count} "
                "records.",
            ).format(
                date=info.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                count=sum(info.record_counts.values()),
            ),
        )

    def _restored(self, info: backup.BackupInfo) -> None:
        self.last_result = info
        text = translate("BackupDialogs", "The vault was restored and checked: {path}").format(
            path=self._target
        )
        if info.kept_aside is not None:
            text += "\n" + translate(
                "BackupDialogs", "The vault it replaced is kept as {path}"
            ).format(path=info.kept_aside)
        self.dialogs.inform(self.window, translate("BackupDialogs", "Restored"), text)
        self.restored.emit(self._target)


def install_backup_actions(
    window: QWidget, menu: QMenu, vault_provider: VaultProvider
) -> BackupActions:
    """Add "Back up…", "Verify a backup…" and "Restore from a backup…" to `menu` (before
    `window.file_actions_end` when the window has it). `vault_provider()` returns the open
    vault, or None when none is open."""
    return BackupActions(window, menu, vault_provider)
