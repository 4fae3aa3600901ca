"""Choosing a password: the strength hint, the "type it twice" fields, the change dialog.

Imported only when a password is being chosen (it pulls in vault.store).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.messages import error_label, handle_job_error, show_inline
from ui.workers import Job
from vault import store
from vault.errors import WrongPasswordOrDamagedError

MIN_LENGTH = store.MIN_PASSWORD_LENGTH
_COMMON = re.compile(r"(password|passw0rd|qwerty|asdf|iloveyou|woaini|abc123|admin)", re.I)


def strength(password: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong, 4 very strong: a hint, not a rule."""
    if len(password) < MIN_LENGTH:
        return 0
    kinds = sum(
        bool(re.search(pattern, password))
        for pattern in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^a-zA-Z0-9]")
    )
    score = kinds + len(password) // 6
    if len(set(password)) <= 3 or password.isdigit() or _COMMON.search(password):
        score = min(score, 1)
    return max(1, min(4, score - 1))


class NewPasswordFields(QWidget):
    """Password, confirmation, a strength hint that follows typing, and inline problems."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(6)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.password_error = error_label()
        self.confirmation_error = error_label()
        self._password_label = QLabel()
        self._password_label.setBuddy(self.password)
        self._confirmation_label = QLabel()
        self._confirmation_label.setBuddy(self.confirmation)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._password_label, self.password)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow("", self.password_error)
        form.addRow(self._confirmation_label, self.confirmation)
        form.addRow("", self.confirmation_error)
        self.setTabOrder(self.password, self.confirmation)

        self.password.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self._password_label.setText(self.tr("&New password:"))
        self._confirmation_label.setText(self.tr("&Type it again:"))
        self.password.setAccessibleName(self.tr("New password"))
        self.confirmation.setAccessibleName(self.tr("New password, again"))
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        show_inline(self.password_error, None)
        show_inline(self.confirmation_error, None)
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        level = strength(self.password.text())
        self.meter.setValue(level)
        hints = {
            0: self.tr("Use at least %n characters. A short sentence is easy to remember.", "",
                       MIN_LENGTH),
            1: self.tr("Weak: easy to guess. Add more words, digits or symbols."),
            2: self.tr("Fair: longer is safer."),
            3: self.tr("Strong."),
            4: self.tr("Very strong."),
        }
        self.hint.setText(hints[level])

    def check(self) -> str | None:
        """The password if acceptable; otherwise show the problem inline and return None."""
        password = self.password.text()
        if len(password) < MIN_LENGTH:
            message = self.tr("The password must have at least %n characters.", "", MIN_LENGTH)
            show_inline(self.password_error, message)
            self.password.setFocus()
            return None
        if password != self.confirmation.text():
            show_inline(self.confirmation_error, self.tr("The two passwords are not the same."))
            self.confirmation.setFocus()
            return None
        return password

    def clear(self) -> None:
        self.password.clear()
        self.confirmation.clear()


def change_password(vault: store.Vault, old: str, new: str) -> None:
    """Check the old password against the file, then re-encrypt under the new one."""
    # The core has no "check this password" call yet: opening a second keyed connection
    # proves the old password without touching the open one.
    store._open_keyed(vault.path, old).close()
    vault.change_password(new)


class ChangePasswordDialog(QDialog):
    """Old password, the new one twice; the slow part runs in a worker."""

    def __init__(self, vault: store.Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.setMinimumWidth(460)
        self.old = QLineEdit()
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_error = error_label()
        self._old_label = QLabel()
        self._old_label.setBuddy(self.old)
        self.fields = NewPasswordFields()
        self.fields.changed.connect(lambda: show_inline(self.error, None))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self._old_label, self.old)
        form.addRow("", self.old_error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.old, self.fields.password)
        self.old.textChanged.connect(lambda: show_inline(self.old_error, None))
        self.job: Job | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self._old_label.setText(self.tr("&Current password:"))
        self.old.setAccessibleName(self.tr("Current password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Change password")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        if not self.old.text():
            show_inline(self.old_error, self.tr("Type your current password."))
            self.old.setFocus()
            return
        new = self.fields.check()
        if new is None:
            return
        self._set_busy(True)
        self.job = Job()
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.start(change_password, self._vault, self.old.text(), new)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.old, self.fields, self.buttons):
            widget.setEnabled(not busy)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.old.clear()
        self.fields.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPasswordOrDamagedError):
            show_inline(self.old_error, self.tr("The current password is not right."))
            self.old.selectAll()
            self.old.setFocus()
            return
        show_inline(self.error, handle_job_error(error))

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            return  # a half-way re-encryption must finish; it takes a few seconds at most
        super().reject()
