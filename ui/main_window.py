"""The main window of an open vault: pages in tabs, menus, and the status line.

Where later features plug in:
- `add_page(widget, title)` adds a tab (dashboard, …); `title` is a callable returning the
  translated title, re-run on every language change. A page may define `refresh()` (re-read
  from `self.vault`) and `clear()` (drop every record it shows, called on lock).
- `self.file_menu`, `self.tools_menu` (wizards, backups, the binder), `self.help_menu`:
  add QActions there; `self.file_actions_end` is the separator before Lock/Quit, so file
  actions go in with `file_menu.insertAction(window.file_actions_end, action)`.
- `loan_activated(loan_id)` fires on a double-click or Enter in the loans list (loan detail).
- After any write, call `notify_changed()`: every page refreshes and `vault_changed` fires.
- Code that runs `dialog.exec()` must check `window.vault.is_open` afterwards: auto-lock
  closes open dialogs and locks the vault.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedLayout,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES
from ui.loans_model import COL_BORROWED_ON, LoanIdRole, LoansTableModel, SortRole
from ui.settings import Settings
from vault.store import Vault


class LoansPage(QWidget):
    """The loans of the open vault: a filter box over a sortable table."""

    loan_activated = Signal(int)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.model = LoansTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_BORROWED_ON, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.activated.connect(self._activated)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addLayout(self._stack, 1)
        self.setTabOrder(self.filter, self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by platform, contract no. or status"))
        self.filter.setAccessibleName(self.tr("Filter loans"))
        self.table.setAccessibleName(self.tr("Loans"))
        self.empty.setText(
            self.tr("No loans yet. Loans you add will be listed here with their status.")
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.model.load(self.vault.db)
        self._stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)

    def clear(self) -> None:
        self.filter.clear()
        self.model.clear()

    def _activated(self, index: QModelIndex) -> None:
        self.loan_activated.emit(int(index.data(LoanIdRole)))


class MainWindow(QMainWindow):
    lock_requested = Signal()
    new_vault_requested = Signal()
    open_vault_requested = Signal()
    change_password_requested = Signal()
    preferences_requested = Signal()
    language_chosen = Signal(str)
    closed = Signal()
    vault_changed = Signal()
    loan_activated = Signal(int)

    def __init__(
        self, vault: Vault, settings: Settings, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.settings = settings
        self._titles: list[tuple[QWidget, Callable[[], str]]] = []
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.loans_page = LoansPage(vault)
        self.loans_page.loan_activated.connect(self.loan_activated)
        self.add_page(self.loans_page, lambda: self.tr("Loans"))
        self.vault_label = QLabel()
        self.statusBar().addPermanentWidget(self.vault_label)
        self._build_menus(language)
        self.resize(960, 620)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.retranslate()
        self.refresh()

    # -- pages -----------------------------------------------------------------------------

    def add_page(self, page: QWidget, title: Callable[[], str]) -> int:
        self._titles.append((page, title))
        return self.tabs.addTab(page, title())

    def pages(self) -> list[QWidget]:
        return [page for page, _title in self._titles]

    def refresh(self) -> None:
        for page in self.pages():
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()

    def notify_changed(self) -> None:
        self.refresh()
        self.vault_changed.emit()

    def clear_records(self) -> None:
        """Drop every record shown anywhere in this window (before the vault locks)."""
        for page in self.pages():
            clear = getattr(page, "clear", None)
            if clear is not None:
                clear()

    # -- menus -----------------------------------------------------------------------------

    def _action(self, triggered: Callable[[], object], shortcut: QKeySequence | str = "") -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(triggered)
        return action

    def _build_menus(self, language: str) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(self.new_vault_requested.emit, QKeySequence.StandardKey.New)
        self.open_action = self._action(
            self.open_vault_requested.emit, QKeySequence.StandardKey.Open
        )
        self.change_password_action = self._action(self.change_password_requested.emit)
        self.lock_action = self._action(self.lock_requested.emit, "Ctrl+L")
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.change_password_action)
        self.file_actions_end = self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.filter_action = self._action(self._focus_filter, QKeySequence.StandardKey.Find)
        self.view_menu.addAction(self.filter_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == language)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.language_group.triggered.connect(
            lambda action: self.language_chosen.emit(action.data())
        )

        self.tools_menu = bar.addMenu("")
        self.preferences_action = self._action(self.preferences_requested.emit, "Ctrl+,")
        self.tools_menu.addAction(self.preferences_action)

        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("%1 — Jieqing").replace("%1", self.vault.path.name))
        for page, title in self._titles:
            self.tabs.setTabText(self.tabs.indexOf(page), title())
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", str(self.vault.path)))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New vault…"))
        self.open_action.setText(self.tr("&Open vault…"))
        self.change_password_action.setText(self.tr("Change &password…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.filter_action.setText(self.tr("&Filter loans"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Jieqing"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        for action in self.language_group.actions():
            action.setChecked(action.data() == code)

    def _focus_filter(self) -> None:
        self.tabs.setCurrentWidget(self.loans_page)
        self.loans_page.filter.setFocus()
        self.loans_page.filter.selectAll()

    def show_about(self) -> None:
        from ui.about import AboutDialog

        AboutDialog(self).exec()

    # -- closing ---------------------------------------------------------------------------

    def save_geometry(self) -> None:
        self.settings.set_geometry("main", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)
        self.closed.emit()
