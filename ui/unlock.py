"""The unlock window: one vault file, its password, and ways to pick another vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QEnterEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.messages import error_label, error_text, handle_job_error, show_inline
from ui.settings import is_demo_vault
from ui.widgets.busy_bar import busy_bar
from ui.workers import Job
from vault.errors import VaultNotFoundError

DEMO_PASSWORD = "demo-password"


def open_vault(path: Path, password: str) -> object:
    from vault import attachments  # imported here: start-up stays light
    from vault.store import Vault

    vault = Vault.open(path, password)
    try:
        attachments.forget_unlinked(vault)  # what a killed form save left half-done
    except BaseException:
        vault.lock()
        raise
    return vault


def heading_font(widget: QWidget, scale: float = 1.5) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


class SelectableLabel(QLabel):
    """A label whose text the mouse can select. The flag is set when the pointer first comes
    over it (the I-beam shows from then on, as usual): Qt's enumerations cost ~20 ms at their
    first touch, which the first window should not pay before it shows."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.selectable = False

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt API
        if not self.selectable:
            from PySide6.QtCore import Qt

            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.selectable = True
        super().enterEvent(event)


class UnlockWindow(QWidget):
    """Emits `unlocked(vault)`; the password never leaves this window except to Vault.open."""

    unlocked = Signal(object)
    open_other_requested = Signal()
    create_requested = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.is_demo = is_demo_vault(path)
        self.setMinimumWidth(480)
        self.heading = QLabel()
        self.heading.setFont(heading_font(self))
        self.file_name = QLabel(path.name)
        self.file_name.setFont(heading_font(self, 1.1))
        self.folder = SelectableLabel(str(path.parent))
        self.folder.setWordWrap(True)
        self.folder.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, from the palette
        self.demo_note = SelectableLabel()
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(self.is_demo)
        self._password_label = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self._password_label.setBuddy(self.password)
        self.error = error_label()
        self.busy = busy_bar()
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.open_other_button = QPushButton()
        self.open_other_button.setFlat(True)
        self.create_button = QPushButton()
        self.create_button.setFlat(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addWidget(self.file_name)
        layout.addWidget(self.folder)
        layout.addSpacing(8)
        layout.addWidget(self.demo_note)
        layout.addSpacing(4)
        layout.addWidget(self._password_label)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        layout.addStretch(1)
        links = QHBoxLayout()
        links.addWidget(self.open_other_button)
        links.addWidget(self.create_button)
        links.addStretch(1)
        layout.addLayout(links)
        self.setTabOrder(self.password, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.open_other_button)
        self.setTabOrder(self.open_other_button, self.create_button)

        self.password.returnPressed.connect(self.unlock)
        self.password.textChanged.connect(lambda: show_inline(self.error, None))
        self.unlock_button.clicked.connect(self.unlock)
        self.open_other_button.clicked.connect(self.open_other_requested)
        self.create_button.clicked.connect(self.create_requested)
        self.job: Job | None = None
        if self.is_demo:
            self.password.setText(DEMO_PASSWORD)
        if not path.is_file():
            show_inline(self.error, error_text(VaultNotFoundError(path=str(path))))
        self.password.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock vault — Jieqing"))
        self.heading.setText(self.tr("Unlock your vault"))
        self._password_label.setText(self.tr("&Password:"))
        self.password.setAccessibleName(self.tr("Vault password"))
        self.demo_note.setText(
            self.tr("This is the demo vault, filled with made-up loans. Its password is: %1")
            .replace("%1", DEMO_PASSWORD)
        )
        self.unlock_button.setText(self.tr("&Unlock"))
        self.open_other_button.setText(self.tr("Open another vault…"))
        self.create_button.setText(self.tr("Create a new vault…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def unlock(self) -> None:
        if self.job is not None and self.job.running:
            return
        if not self.password.text():
            show_inline(self.error, self.tr("Type the vault's password."))
            return
        show_inline(self.error, None)
        self.set_busy(True)
        self.job = Job()
        self.job.succeeded.connect(self._unlocked)
        self.job.failed.connect(self._failed)
        self.job.start(open_vault, self.path, self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.password, self.unlock_button, self.open_other_button,
                       self.create_button):
            widget.setEnabled(not busy)
        if busy:
            from PySide6.QtCore import Qt  # see SelectableLabel: not touched at start-up

            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def show_error(self, text: str) -> None:
        show_inline(self.error, text)
        self.password.setFocus()

    def _unlocked(self, vault: object) -> None:
        self.set_busy(False)
        self.password.clear()
        self.unlocked.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        text = handle_job_error(error)
        if text is not None:
            show_inline(self.error, text)
        self.password.selectAll()
        self.password.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None and self.job.running:
            event.ignore()  # the vault is being opened; it takes a moment
            return
        super().closeEvent(event)
