"""The application: Qt set-up, which window shows when, locking, and the idle timer.

`App` owns the one open vault. Windows never pass a vault around among themselves: they
emit signals and `App` decides (welcome → unlock → main window → lock → unlock …).
"""

from __future__ import annotations

import gc
import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, QTranslator, Signal
from PySide6.QtGui import QFileOpenEvent, QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui import messages
from ui.i18n import LANGUAGES, Translations
from ui.settings import APPLICATION, Settings, demo_vault_path
from vault.resources import cjk_font_path, resource_path

# The first window imports only what it shows: the welcome or the unlock window, never the
# main window, the vault core or the dialogs (they come with the user's first choice).
if TYPE_CHECKING:
    from ui.backup_dialogs import BackupActions
    from ui.create_vault import CreateVaultDialog
    from ui.unlock import UnlockWindow
    from ui.welcome import WelcomeWindow
    from ui.workers import Job
    from vault.errors import VaultError

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The core modules the main window needs (plain Python, no Qt): imported in the background
# while the first window waits for the user, so unlocking opens the main window at once.
MAIN_WINDOW_CORE = (
    "vault.store", "vault.overview", "vault.dashboard", "vault.backup", "vault.checklist",
    "vault.search",
)
# Then the main window's own modules, one per turn of the event loop (Qt classes are set up
# on the UI thread; one at a time, no pause is long).
MAIN_WINDOW_UI = (
    "ui.main_window", "ui.backup_dialogs", "ui.dashboard", "ui.search", "ui.loan_detail",
    "ui.charts", "PySide6.QtCharts",
)
PREFETCH_AFTER_MS = 1000  # after the first window is up (and never in a --smoke run)
BACKUP_SUFFIX = ".jqbak"


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"jieqing-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def install_cjk_font(app: QApplication) -> str | None:
    """Register the bundled CJK font (the binder's too) and make it the fallback for Chinese,
    so Chinese renders even where the system has no CJK font. Returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    cjk = families[0]
    font = QFont(app.font())
    if cjk not in font.families():
        font.setFamilies([*font.families(), cjk])
        app.setFont(font)
    return cjk


def setup_application(app: QApplication) -> None:
    """Everything the running app needs from Qt before the first window (tests call it too)."""
    QGuiApplication.setApplicationName(APPLICATION)
    from vault import __version__

    QGuiApplication.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    install_cjk_font(app)
    messages.install_excepthook()


def _activity() -> frozenset[QEvent.Type]:
    """User input that counts as activity for the auto-lock (made when first needed: Qt's
    big enumerations cost start-up time when touched at import)."""
    global _ACTIVITY
    if _ACTIVITY is None:
        kind = QEvent.Type
        _ACTIVITY = frozenset({
            kind.KeyPress, kind.MouseButtonPress, kind.MouseMove, kind.Wheel, kind.TouchBegin,
            kind.ShortcutOverride,
        })
    return _ACTIVITY


_ACTIVITY: frozenset[QEvent.Type] | None = None
_JOB_RETRY_MS = 5000


def close_modal_dialogs() -> None:
    """Close every open modal dialog and popup, innermost first, so nothing blocks a lock."""
    for _ in range(50):  # a bound, in case a dialog refuses to close
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            continue
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        if isinstance(modal, QDialog):
            modal.reject()
            if modal.isVisible():
                modal.done(QDialog.DialogCode.Rejected)
        else:
            modal.close()


class IdleLock(QObject):
    """Locks after a period without user input, anywhere in the application.

    It watches every event through an application-wide filter. The first events through a
    Python filter make Qt's bindings resolve every internal class they meet (a one-time
    pause of some tens of milliseconds), so `watch()` is called while the first window
    waits for the user, not when the vault opens."""

    def __init__(self, on_idle: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_idle = on_idle
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fire)
        self.active = False
        self.watching = False

    def watch(self) -> None:
        if not self.watching:
            QApplication.instance().installEventFilter(self)
            self.watching = True

    def start(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        self.watch()
        self.active = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.active = False
        if self.watching:
            QApplication.instance().removeEventFilter(self)
            self.watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _activity() and self.timer.isActive():
            self.timer.start()
        return False

    def _fire(self) -> None:
        from ui.workers import running_jobs

        if running_jobs():
            # Never pull the vault from under a backup or a password change: lock after it.
            self.timer.start(_JOB_RETRY_MS)
            return
        close_modal_dialogs()
        self._on_idle()  # type: ignore[operator]


class Application(QApplication):
    """The running app's QApplication: it hands over the files the system opens with Jieqing
    (macOS file-open events) as `file_opened`. An application-wide Python event filter
    would do the same, but it makes Qt resolve every internal class it sees (~40 ms at
    start-up), and it runs Python for every event of every widget."""

    file_opened = Signal(str)

    def event(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.file_opened.emit(event.file())
            return True
        return super().event(event)


class App(QObject):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.translations = Translations()
        self.translations.use(self.settings.language)
        self.window: QWidget | None = None
        self.vault: object | None = None  # vault.store.Vault once unlocked
        self.idle_lock = IdleLock(self.lock, self)
        self._demo_job: Job | None = None
        self.backup_actions: BackupActions | None = None
        self._shut_down = False
        app = QApplication.instance()
        if isinstance(app, Application):
            app.file_opened.connect(lambda name: self.open_path(Path(name)))
        elif app is not None:  # a QApplication made elsewhere (tests, a host application)
            app.installEventFilter(self)
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- windows -------------------------------------------------------------------------

    def start(self, path: Path | None = None) -> QWidget:
        """The first window: the given vault, else the last one used, else the welcome.
        A backup file given (double-clicked) opens the restore dialog over that window."""
        backup = path if path is not None and path.suffix.lower() == BACKUP_SUFFIX else None
        target = (None if backup else path) or self.settings.last_vault
        window = self.show_unlock(target) if target is not None else self.show_welcome()
        if backup is not None:
            self.restore_backup(backup)
        return window

    def open_path(self, path: Path) -> None:
        """A file handed over by the system (macOS file-open event): a vault or a backup."""
        if path.suffix.lower() == BACKUP_SUFFIX:
            self.restore_backup(path)
        elif self.vault is None:
            self.show_unlock(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            watched is QApplication.instance()
            and event.type() == QEvent.Type.FileOpen
            and isinstance(event, QFileOpenEvent)
        ):
            self.open_path(Path(event.file()))
            return True
        return False

    def restore_backup(self, source: Path | None = None) -> None:
        """Restore a vault from a backup (from the welcome window, or a double-clicked
        .jqbak); once restored and checked, offer to unlock it unless a vault is open."""
        parent = self.window
        assert parent is not None
        self._backup_actions_over(parent).restore_backup(source)

    def _backup_actions_over(self, window: QWidget) -> BackupActions:
        """Backup actions of our own over `window` (outside the main window's menu)."""
        from PySide6.QtWidgets import QMenu

        from ui.backup_dialogs import install_backup_actions

        self.backup_actions = install_backup_actions(window, QMenu(window), lambda: self.vault)
        self.backup_actions.restored.connect(self._restored)
        self.backup_actions.replace_open_vault = self.restore_over_open_vault
        return self.backup_actions

    def _restored(self, path: Path) -> None:
        if self.vault is None:
            self.show_unlock(path)

    def restore_over_open_vault(self, values: dict[str, Any]) -> None:
        """Restore a backup in place of the open vault (the user has confirmed): lock it as
        Ctrl+L does (every record on screen forgotten), restore with the old vault kept aside,
        then ask for the password of the restored vault. On failure or Cancel the vault is
        exactly as it was, and its unlock window says what happened."""
        if self.vault is None:
            return
        path = Path(self.vault.path)  # type: ignore[attr-defined]
        close_modal_dialogs()
        self._close_vault()
        window = self.show_unlock(path)
        window.set_busy(True)
        self._backup_actions_over(window).run_restore(
            {**values, "target": path, "replace": True}, report=self._restore_failed
        )

    def _restore_failed(self, text: str | None) -> None:
        from ui.unlock import UnlockWindow

        window = self.window
        if isinstance(window, UnlockWindow):
            window.set_busy(False)
            if text:
                window.show_error(text)

    def _show(self, window: QWidget) -> QWidget:
        if self.vault is None:
            QTimer.singleShot(PREFETCH_AFTER_MS, self, self._prepare_main_window)
        old, self.window = self.window, window
        window.show()
        window.activateWindow()
        if old is not None:
            old.hide()
            old.deleteLater()
        return window

    def _prepare_main_window(self) -> None:
        """While the first window waits for the user: what unlocking will need."""
        if self.vault is None and not self._shut_down:
            prefetch_main_window()
            self.idle_lock.watch()

    def show_welcome(self) -> WelcomeWindow:
        from ui.welcome import WelcomeWindow

        window = WelcomeWindow(self.translations.language)
        window.create_requested.connect(self.create_vault)
        window.open_requested.connect(self.open_vault_file)
        window.demo_requested.connect(self.try_demo)
        window.restore_requested.connect(lambda: self.restore_backup())
        window.language_chosen.connect(self.set_language)
        self._show(window)
        return window

    def show_unlock(self, path: Path) -> UnlockWindow:
        from ui.unlock import UnlockWindow

        window = UnlockWindow(Path(path))
        window.unlocked.connect(self.open_main)
        window.open_other_requested.connect(self.open_vault_file)
        window.create_requested.connect(self.create_vault)
        self._show(window)
        return window

    def open_main(self, vault: object) -> QWidget:
        from ui.main_window import MainWindow

        freeze_start_up_objects()
        try:
            window = MainWindow(vault, self.settings, self.translations.language)  # type: ignore[arg-type]
        except Exception as error:  # noqa: BLE001 - every failure lets go of the vault
            return self._main_window_failed(vault, error)
        self.vault = vault
        messages.open_vault_path = Path(vault.path)  # type: ignore[attr-defined]
        messages.on_vault_damaged = self.let_go_of_damaged_vault
        self.settings.last_vault = vault.path  # type: ignore[attr-defined]
        window.lock_requested.connect(self.lock)
        window.new_vault_requested.connect(self.create_vault)
        window.open_vault_requested.connect(self.open_vault_file)
        window.change_password_requested.connect(self.change_password)
        window.preferences_requested.connect(self.edit_preferences)
        window.language_chosen.connect(self.set_language)
        window.closed.connect(self.shutdown)
        window.backup_actions.replace_open_vault = self.restore_over_open_vault
        self._show(window)
        self.idle_lock.start(self.settings.auto_lock_minutes)
        return window

    def _main_window_failed(self, vault: object, error: Exception) -> QWidget:
        """The vault unlocked but its records could not be shown (a damaged file, a failing
        disk): lock it again, so it is not held open behind the user's back, and say why in
        its unlock window. Anything else is a bug, reported as one."""
        from vault.store import database_error

        path = Path(vault.path)  # type: ignore[attr-defined]
        vault.lock()  # type: ignore[attr-defined]
        window = self.show_unlock(path)
        known = database_error(path, error)
        if known is None:
            messages.report_unexpected(error)
        else:
            window.show_error(messages.error_text(known))
        return window

    # -- choices -------------------------------------------------------------------------

    def create_vault(self) -> CreateVaultDialog:
        from ui.create_vault import CreateVaultDialog

        dialog = CreateVaultDialog(self.window)
        _delete_on_close(dialog)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()
        return dialog

    def _created(self, dialog: CreateVaultDialog) -> None:
        if dialog.vault is not None:
            self._close_vault()
            self.open_main(dialog.vault)

    def ask_vault_file(self) -> str:
        """The open-file dialog (a seam tests replace)."""
        from PySide6.QtWidgets import QFileDialog

        start = str(self.settings.last_vault.parent) if self.settings.last_vault else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a vault"), start,
            self.tr("Jieqing vaults (*.jqvault);;All files (*)"),
        )
        return chosen

    def open_vault_file(self) -> None:
        chosen = self.ask_vault_file()
        if chosen:
            self._close_vault()
            self.show_unlock(Path(chosen))

    def try_demo(self) -> None:
        from ui.welcome import WelcomeWindow
        from ui.workers import Job

        path = demo_vault_path()
        if path.exists():
            self.show_unlock(path)
            return
        window = self.window
        if isinstance(window, WelcomeWindow):
            window.set_busy(True)
        self._demo_job = job = Job()
        job.succeeded.connect(lambda _result: self.show_unlock(path))
        job.failed.connect(self._demo_failed)
        job.start(_create_demo, path)

    def _demo_failed(self, error: BaseException) -> None:
        from ui.welcome import WelcomeWindow

        window = self.window
        text = messages.handle_job_error(error)
        if isinstance(window, WelcomeWindow):
            window.set_busy(False)
            if text:
                window.show_error(text)

    def change_password(self) -> QDialog | None:
        from ui.passwords import ChangePasswordDialog

        if self.vault is None:
            return None
        dialog = ChangePasswordDialog(self.vault, self.window)  # type: ignore[arg-type]
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    def edit_preferences(self) -> QDialog:
        from ui.settings import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.window)
        _delete_on_close(dialog)
        dialog.accepted.connect(self._preferences_changed)
        dialog.open()
        return dialog

    def _preferences_changed(self) -> None:
        if self.vault is not None:
            self.idle_lock.start(self.settings.auto_lock_minutes)
            refresh = getattr(self.window, "refresh", None)
            if callable(refresh):
                refresh()  # e.g. the backup reminder's new threshold

    def set_language(self, code: str) -> None:
        self.settings.language = code
        language = self.translations.use(code)
        for widget in QApplication.topLevelWidgets():
            set_language = getattr(widget, "set_language", None)
            if callable(set_language):
                set_language(language)

    # -- locking -------------------------------------------------------------------------

    def _close_vault(self) -> None:
        """Forget every record on screen, then lock the vault (no-op when none is open)."""
        self.idle_lock.stop()
        window = self.window
        clear = getattr(window, "clear_records", None)
        if callable(clear):
            clear()
        save = getattr(window, "save_geometry", None)
        if callable(save):
            save()
        if self.vault is not None:
            self.vault.lock()  # type: ignore[attr-defined]
            self.vault = None
            messages.open_vault_path = None
            messages.on_vault_damaged = None

    def lock(self) -> None:
        """Ctrl+L or idle: close the vault and return to the unlock window for the same file."""
        if self.vault is None:
            return
        path = self.vault.path  # type: ignore[attr-defined]
        close_modal_dialogs()
        self._close_vault()
        self.show_unlock(path)

    def let_go_of_damaged_vault(self, error: VaultError) -> None:
        """Met later than unlocking: lock the vault (its connections are not to be trusted
        any more) and say why in its unlock window."""
        from ui.unlock import UnlockWindow

        if self.vault is None:
            return
        self.lock()
        window = self.window
        if isinstance(window, UnlockWindow):
            window.show_error(messages.error_text(error))

    def shutdown(self) -> None:
        self._shut_down = True
        self._close_vault()
        self.settings.sync()
        app = QApplication.instance()
        if app is not None and not isinstance(app, Application):
            app.removeEventFilter(self)


_prefetching = False


def prefetch_main_window() -> None:
    """Once, while the first window waits for the user: import the core the main window
    needs in a worker, then the main window's own (Qt) modules here on the UI thread, so
    unlocking opens the main window without a long pause."""
    global _prefetching
    if _prefetching:
        return
    _prefetching = True
    from ui.workers import Job

    job = Job()
    job.finished.connect(lambda: _import_one_by_one(MAIN_WINDOW_UI))
    job.start(_import_quietly, MAIN_WINDOW_CORE)  # running jobs are kept referenced


def _import_one_by_one(names: tuple[str, ...]) -> None:
    if names and _import_quietly(names[:1]):
        QTimer.singleShot(0, lambda: _import_one_by_one(names[1:]))


def _import_quietly(names: tuple[str, ...]) -> bool:
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the UI imports it again when needed, and reports
            return False
    return True


_frozen = False


def freeze_start_up_objects() -> None:
    """Once, at the first unlock (before any record is read): move what start-up made, the
    modules and classes that live as long as the app, out of the cycle collector's sight,
    so its full passes stay short while a large vault is on screen."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


def _delete_on_close(dialog: QDialog) -> None:
    from PySide6.QtCore import Qt  # the Qt namespace is big: touched when first needed

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def _create_demo(path: Path) -> None:
    from ui.unlock import DEMO_PASSWORD
    from vault.demo import create_demo_vault

    create_demo_vault(path, DEMO_PASSWORD)


def parse_arguments(argv: list[str]) -> tuple[Path | None, bool]:
    """(vault to open, smoke test?) from the arguments Qt left (it takes -style and such)."""
    path = next((Path(a) for a in argv if not a.startswith("-")), None)
    return path, "--smoke" in argv


def missing_resources(app: QApplication) -> list[str]:
    """What the app needs from resources/ but cannot load (the smoke test refuses these)."""
    missing = [] if install_cjk_font(app) else [str(cjk_font_path())]
    for code in LANGUAGES:
        if not QTranslator(app).load(f"jieqing_{code}", str(resource_path("i18n"))):
            missing.append(str(resource_path("i18n", f"jieqing_{code}.qm")))
    missing += [
        str(resource_path("icons", f"jieqing-{size}.png")) for size in ICON_SIZES
        if not resource_path("icons", f"jieqing-{size}.png").is_file()
    ]
    return missing


def _refuse_missing(missing: list[str]) -> int:
    print("jieqing: missing resources (reinstall Jieqing): " + ", ".join(missing),
          file=sys.stderr)
    return 1


def smoke_check(app: QApplication) -> int:
    """`--smoke`, once the first window is up: 0 when every resource loads, else 1."""
    try:
        missing = missing_resources(app)
    except FileNotFoundError as error:  # resources/ itself is gone
        missing = [str(error)]
    return _refuse_missing(missing) if missing else 0


def run(argv: list[str]) -> int:
    app = Application([sys.argv[0], *argv])
    path, smoke = parse_arguments(app.arguments()[1:])
    try:
        setup_application(app)
    except FileNotFoundError as error:  # resources/ itself is gone
        return _refuse_missing([str(error)])
    controller = App()
    controller.start(path)
    if smoke:
        # Proves start-up works, for packaging checks: as soon as the event loop runs (the
        # first window is up), check every resource and exit.
        QTimer.singleShot(0, lambda: app.exit(smoke_check(app)))
    return app.exec()
