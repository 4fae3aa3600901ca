"""The one error boundary: known failures become translated text, everything else a crash dialog.

`error_text(error)` turns a VaultError (by its stable `key`) into a sentence in the user's
language; forms show it inline under the field it concerns, `show_error` in a message
box when no field fits. Anything that is not a VaultError is a bug: `install_excepthook`
routes it to `CrashDialog` (and `report_unexpected` does the same for a worker's error),
never to a silent failure or a raw traceback window.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault import __version__
from vault.errors import VaultError

translate = QCoreApplication.translate


def _texts() -> dict[str, Callable[[dict[str, object]], str]]:
    """Key → translated sentence (the table is compiled only when an error is shown)."""
    from ui.message_texts import texts

    return texts()


def error_text(error: VaultError) -> str:
    """The user's-language sentence for a known failure."""
    text = _texts().get(error.key)
    if text is None:
        if error.key.startswith("invalid."):
            return translate("Messages", "This value is not valid; please check it.")
        return error.message  # a new key nobody has translated yet: English beats nothing
    try:
        return text({k: str(v) for k, v in error.params.items()})
    except (KeyError, IndexError):
        return error.message


def show_error(parent: QWidget | None, error: VaultError, title: str = "") -> None:
    """A message box, for a known failure that belongs to no field."""
    QMessageBox.warning(parent, title or translate("Messages", "Jieqing"), error_text(error))


# Set by the app while a vault is open: its file, which a database error met by any later
# read names (a disk failing, a file damaged past what unlocking read); and what to do when
# the file turns out damaged (let go of it: its connection can no longer be trusted).
open_vault_path: Path | None = None
on_vault_damaged: Callable[[VaultError], None] | None = None


def _hand_over_damage(known: VaultError) -> bool:
    """A damaged vault goes back to its unlock window, which says so (after the current
    event: the widget that met it may be on its way out)."""
    callback = on_vault_damaged
    if known.key != "vault.damaged" or callback is None:
        return False
    QTimer.singleShot(0, lambda: callback(known))
    return True


def known_failure(error: BaseException) -> VaultError | None:
    """`error` as a failure the user can act on (a VaultError, or the disk or damage behind
    a database error), else None: a bug."""
    if isinstance(error, VaultError):
        return error
    from vault.store import database_error  # noqa: PLC0415 - only once something failed

    return database_error(open_vault_path or Path(), error)


def handle_job_error(error: BaseException) -> str | None:
    """For a worker's failure: the text of a known error, or None after a crash report."""
    known = known_failure(error)
    if known is not None and _hand_over_damage(known):
        return None
    if known is not None:
        return error_text(known)
    report_unexpected(error)
    return None


def error_label() -> QLabel:
    """An inline message under a field: hidden until there is something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #e53935;")  # the one error accent; readable on light and dark
    label.hide()
    return label


def show_inline(label: QLabel, text: str | None) -> None:
    if text:
        # Made selectable (so it can be copied) only when there is something to say: the
        # first touch of the Qt enum namespace costs ~20 ms, which start-up need not pay.
        from PySide6.QtCore import Qt

        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text or "")
    label.setVisible(bool(text))



# -- the crash dialog ---------------------------------------------------------------------

# Long hex runs (keys, salts, digests) are cut from the details in case one is ever in a message.
_HEX_SECRET = re.compile(r"[0-9a-fA-F]{32,}")


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The traceback (code lines only, never local variables) plus version information."""
    import platform
    import traceback

    lines = traceback.format_exception(exc_type, exc, tb)
    body = _HEX_SECRET.sub("[hidden]", "".join(lines))
    header = (
        f"Jieqing {__version__}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}\n\n"
    )
    return header + body


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        icon = QLabel()
        from PySide6.QtWidgets import QStyle  # only when a crash is shown: QStyle is slow to load

        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Jieqing hit a problem"))
        self.message.setText(
            self.tr(
                "Jieqing hit a problem it did not expect; your data is safe. Nothing half-done "
                "was saved. You can keep working, or quit and start Jieqing again.\n\n"
                "If it happens again, please copy the details below and send them to us. "
                "They contain no records and no password."
            )
        )
        self.details.setAccessibleName(self.tr("Technical details"))
        self.copy_button.setText(self.tr("&Copy details"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


# Open crash dialogs, kept referenced; beyond a few, further reports only go to stderr.
open_crash_dialogs: list[CrashDialog] = []
MAX_CRASH_DIALOGS = 3


def excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = crash_details(exc_type, exc, tb)
    print(details, file=sys.stderr)
    if QApplication.instance() is None or len(open_crash_dialogs) >= MAX_CRASH_DIALOGS:
        return
    known = known_failure(exc)
    if known is not None:  # not a bug: the disk or the file failed under a read on screen
        if not _hand_over_damage(known):
            show_error(QApplication.activeWindow(), known)
        return
    try:
        dialog = CrashDialog(details, QApplication.activeWindow())
        open_crash_dialogs.append(dialog)
        dialog.finished.connect(lambda _result: _forget(dialog))
        dialog.show()
        dialog.raise_()
    except Exception:  # the crash report itself failed: stderr already has the details
        sys.__excepthook__(*sys.exc_info())


def _forget(dialog: CrashDialog) -> None:
    if dialog in open_crash_dialogs:
        open_crash_dialogs.remove(dialog)
    QTimer.singleShot(0, dialog.deleteLater)


def report_unexpected(error: BaseException) -> None:
    """A bug caught at a boundary (e.g. a worker thread): show it like an uncaught one."""
    excepthook(type(error), error, error.__traceback__)


def install_excepthook() -> None:
    sys.excepthook = excepthook
