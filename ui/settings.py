"""What Jieqing remembers between runs, and the Preferences dialog that edits it.

Only harmless things live here (window geometry, the last vault's path, the language,
the auto-lock delay): never a password, a key or a record. The file is an INI file on
every platform, so a user or a test can read exactly what is kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

ORGANIZATION = "Jieqing"
APPLICATION = "Jieqing"
DEFAULT_VAULT_NAME = "vault.jqvault"
DEMO_VAULT_NAME = "demo.jqvault"
DEFAULT_AUTO_LOCK_MINUTES = 5
AUTO_LOCK_RANGE = (1, 240)
DEFAULT_BACKUP_NUDGE_DAYS = 30
BACKUP_NUDGE_RANGE = (1, 365)
DEFAULT_MAX_DOCUMENT_MIB = 200
MAX_DOCUMENT_RANGE = (1, 2000)


def data_dir() -> Path:
    """The platform's per-user data folder (…/Jieqing), where new vaults go by default."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / "Jieqing"


def default_vault_path() -> Path:
    return data_dir() / DEFAULT_VAULT_NAME


def demo_vault_path() -> Path:
    return data_dir() / DEMO_VAULT_NAME


def is_demo_vault(path: Path) -> bool:
    return path.name == DEMO_VAULT_NAME and path.parent.resolve() == data_dir().resolve()


class Settings:
    """Typed access to the settings file; every value is read fresh, written at once."""

    def __init__(self) -> None:
        self._store = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def sync(self) -> None:
        self._store.sync()

    @property
    def last_vault(self) -> Path | None:
        value = self._store.value("vault/last", "", str)
        return Path(value) if value else None

    @last_vault.setter
    def last_vault(self, path: Path | None) -> None:
        self._store.setValue("vault/last", str(path) if path else "")

    @property
    def language(self) -> str:
        """"" follows the system; otherwise a code from ui.i18n.LANGUAGES."""
        return str(self._store.value("ui/language", "", str))

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue("ui/language", code)

    @property
    def auto_lock_minutes(self) -> int:
        value = self._store.value("security/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        try:
            minutes = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES
        low, high = AUTO_LOCK_RANGE
        return min(max(minutes, low), high)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._store.setValue("security/auto_lock_minutes", int(minutes))

    @property
    def backup_nudge_days(self) -> int:
        """After how many days without a verified backup the overview asks for one."""
        value = self._store.value("backup/nudge_days", DEFAULT_BACKUP_NUDGE_DAYS)
        try:
            days = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_BACKUP_NUDGE_DAYS
        low, high = BACKUP_NUDGE_RANGE
        return min(max(days, low), high)

    @backup_nudge_days.setter
    def backup_nudge_days(self, days: int) -> None:
        self._store.setValue("backup/nudge_days", int(days))

    @property
    def max_document_mib(self) -> int:
        """The largest file kept as a document; bigger ones are refused with a clear reason."""
        value = self._store.value("documents/max_mib", DEFAULT_MAX_DOCUMENT_MIB)
        try:
            mib = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_MAX_DOCUMENT_MIB
        low, high = MAX_DOCUMENT_RANGE
        return min(max(mib, low), high)

    @max_document_mib.setter
    def max_document_mib(self, mib: int) -> None:
        self._store.setValue("documents/max_mib", int(mib))

    def geometry(self, window: str) -> QByteArray | None:
        value = self._store.value(f"geometry/{window}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, window: str, geometry: QByteArray) -> None:
        self._store.setValue(f"geometry/{window}", geometry)


class PreferencesDialog(QDialog):
    """A small dialog for the few choices a user may want to change (auto-lock delay, the
    backup reminder, the largest document kept)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(440)  # room for the hints to read as sentences, not slivers
        self._settings = settings
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(*AUTO_LOCK_RANGE)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self._auto_lock_label = QLabel()
        self._auto_lock_label.setBuddy(self.auto_lock)
        self._auto_lock_hint = QLabel()
        self._auto_lock_hint.setWordWrap(True)
        self.backup_nudge = QSpinBox()
        self.backup_nudge.setRange(*BACKUP_NUDGE_RANGE)
        self.backup_nudge.setValue(settings.backup_nudge_days)
        self._backup_nudge_label = QLabel()
        self._backup_nudge_label.setBuddy(self.backup_nudge)
        self._backup_nudge_hint = QLabel()
        self._backup_nudge_hint.setWordWrap(True)
        self.max_document = QSpinBox()
        self.max_document.setRange(*MAX_DOCUMENT_RANGE)
        self.max_document.setValue(settings.max_document_mib)
        self._max_document_label = QLabel()
        self._max_document_label.setBuddy(self.max_document)
        form = QFormLayout()
        form.addRow(self._auto_lock_label, self.auto_lock)
        form.addRow(self._auto_lock_hint)
        form.addRow(self._backup_nudge_label, self.backup_nudge)
        form.addRow(self._backup_nudge_hint)
        form.addRow(self._max_document_label, self.max_document)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self._auto_lock_label.setText(self.tr("&Lock after idle:"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Minutes of inactivity before locking"))
        self._auto_lock_hint.setText(
            self.tr("When nobody uses Jieqing for this long, the vault locks itself.")
        )
        self._backup_nudge_label.setText(self.tr("&Remind me to back up after:"))
        self.backup_nudge.setSuffix(self.tr(" days"))
        self.backup_nudge.setAccessibleName(self.tr("Days without a backup before a reminder"))
        self._backup_nudge_hint.setText(
            self.tr("The overview reminds you when your last checked backup is this old.")
        )
        self._max_document_label.setText(self.tr("&Largest document to keep:"))
        self.max_document.setSuffix(self.tr(" MB"))
        self.max_document.setAccessibleName(self.tr("Largest file size kept as a document"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        self._settings.auto_lock_minutes = self.auto_lock.value()
        self._settings.backup_nudge_days = self.backup_nudge.value()
        self._settings.max_document_mib = self.max_document.value()
        super().accept()
