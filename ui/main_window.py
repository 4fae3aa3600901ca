"""The main window of an open vault: dashboard, loans, loan details and search in tabs,
the menus and toolbar that reach every feature, and the status line.

Where features plug in:
- `add_page(widget, title)` adds a tab; `title` is a callable returning the translated
  title, re-run on every language change. A page may define `refresh()` (re-read from
  `self.vault`), `clear()` (drop every record it shows, called on lock) and
  `set_figures(figures)` (the computed `Figures`, prepared in a worker by `self.feed`;
  showing them must be cheap: the UI thread never stalls on a large vault).
- `self.file_menu`, `self.tools_menu`, `self.view_menu`, `self.help_menu`: add QActions
  there; `self.file_actions_end` is the separator before Lock/Quit, so file actions go in
  with `file_menu.insertAction(window.file_actions_end, action)`.
- `loan_activated(loan_id)` fires when a loan is opened (its detail tab shows).
- After any write, call `notify_changed()`: every page refreshes and `vault_changed` fires.
- Code that runs `dialog.exec()` must check `window.vault.is_open` afterwards: auto-lock
  closes open dialogs and locks the vault.
- The guided forms and dialogs are imported only when first used (start-up stays light),
  all through `open_feature`, the one seam tests replace.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedLayout,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.i18n import LANGUAGES
from ui.loans_model import (
    COL_BORROWED_ON,
    STATUS_ORDER,
    Cells,
    LoanIdRole,
    LoanRow,
    LoansFilterModel,
    LoansTableModel,
    computed_rows,
    prepared,
    status_text,
)
from ui.settings import Settings
from ui.widgets.file_drops import take_file_drops
from ui.workers import Job, VaultReader
from vault.store import Vault

# Feature → (module, function). Each function takes (parent, vault, *args); the guided
# forms return True when they saved something.
FEATURES: dict[str, tuple[str, str]] = {
    "new_loan": ("ui.wizards.new_loan", "open_new_loan_wizard"),
    "record_payment": ("ui.wizards.record_payment", "open_record_payment_wizard"),
    "negotiate": ("ui.wizards.negotiate", "open_negotiate_wizard"),
    "settle": ("ui.wizards.settle", "open_settle_wizard"),
    "log_contact": ("ui.wizards.log_contact", "open_log_contact_wizard"),
    "binder": ("ui.binder_dialog", "open_binder_dialog"),
    "lpr_table": ("ui.lpr_dialog", "open_lpr_dialog"),
}
SAVING_FEATURES = frozenset(
    {"new_loan", "record_payment", "negotiate", "settle", "log_contact", "lpr_table"}
)


def open_feature(name: str, parent: QWidget, vault: Vault, *args: Any) -> Any:
    """Import the feature's module on first use and open it."""
    module, function = FEATURES[name]
    return getattr(importlib.import_module(module), function)(parent, vault, *args)


@dataclass(frozen=True)
class Figures:
    """The computed figures, prepared off the UI thread for the pages to show as they are:
    the loans list's rows with their cells, and the dashboard's figures."""

    loans: list[tuple[LoanRow, Cells]]
    dashboard: Any  # vault.dashboard.Dashboard


def compute_figures(vault: Vault) -> Figures:
    """Every loan's overview, reduced to what the pages show (runs in a worker; the
    overviews themselves are dropped here, so the UI thread never frees them)."""
    from vault.dashboard import load_dashboard
    from vault.overview import all_overviews

    as_of = date.today()
    db = vault.db
    overviews = all_overviews(db, as_of)
    return Figures(prepared(computed_rows(db, overviews)), load_dashboard(db, overviews, as_of))


class LoansPage(QWidget):
    """The loans of the open vault: a text filter and a status filter over a sortable table.
    Files dropped on a loan's row are kept as its documents; `documents_added` fires after."""

    loan_activated = Signal(int)
    documents_added = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.model = LoansTableModel(self)
        self.proxy = LoansFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.status = QComboBox()
        self.status.addItem("", "")
        for status in STATUS_ORDER:
            self.status.addItem("", str(status))
        self.status.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status.currentData())
        )
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status)
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
        header.setResizeContentsPrecision(60)  # columns fit a sample, not all 1,000 rows
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.activated.connect(self._activated)
        take_file_drops(self.table)
        self.model.files_dropped.connect(self._files_dropped)
        self.intake: Any = None  # ui.attachment_panel.DocumentIntake, made at the first drop
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(self._stack, 1)
        self.setTabOrder(self.filter, self.status)
        self.setTabOrder(self.status, self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by platform, contract no. or status"))
        self.filter.setAccessibleName(self.tr("Filter loans"))
        self.status_label.setText(self.tr("&Show:"))
        self.status.setItemText(0, self.tr("All loans"))
        for index, status in enumerate(STATUS_ORDER, start=1):
            self.status.setItemText(index, status_text(status))
        self.status.setAccessibleName(self.tr("Show loans in this state"))
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

    def set_figures(self, figures: Figures) -> None:
        self.model.set_prepared(figures.loans)
        self._stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)

    def show_status(self, status: str) -> None:
        """Filter the list to one state ("" for all)."""
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    def clear(self) -> None:
        self.filter.clear()
        self.model.clear()

    def _activated(self, index: QModelIndex) -> None:
        self.loan_activated.emit(int(index.data(LoanIdRole)))

    def _files_dropped(self, row: int, paths: list[str]) -> None:
        """Added as the loan's Documents tab adds them: progress, Cancel, what was refused."""
        from ui.attachment_panel import DocumentIntake  # not at start-up: it loads Pillow

        if self.intake is None:
            self.intake = DocumentIntake(self, self.vault)
            self.intake.done.connect(self.documents_added)
        self.intake.add_files(paths, "loan", self.model.row(row).loan_id)


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
        from ui.dashboard import DashboardPage
        from ui.search import SearchPage

        super().__init__(parent)
        self.vault = vault
        self.settings = settings
        self._titles: list[tuple[QWidget, Callable[[], str]]] = []
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)
        self.feed = VaultReader(vault, compute_figures, self)
        self.dashboard = DashboardPage(vault, settings)
        self.dashboard.loan_activated.connect(self.open_loan)
        self.dashboard.status_chosen.connect(self.show_loans_in)
        self.dashboard.backup_requested.connect(lambda: self.backup_actions.export_backup())
        self.add_page(self.dashboard, lambda: self.tr("Overview"), closable=False)
        self.loans_page = LoansPage(vault)
        self.loans_page.loan_activated.connect(self.open_loan)
        self.loans_page.documents_added.connect(self.notify_changed)
        self.add_page(self.loans_page, lambda: self.tr("Loans"), closable=False)
        self.search_page = SearchPage(vault)
        self.search_page.loan_activated.connect(self.open_loan)
        self.feed.ready.connect(self._figures_ready)
        self.feed.failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.vault_label = QLabel()
        self.statusBar().addPermanentWidget(self.vault_label)
        self._build_menus(language)
        self._build_toolbar()
        self.resize(1180, 720)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.retranslate()
        self.refresh()

    # -- pages -----------------------------------------------------------------------------

    def add_page(self, page: QWidget, title: Callable[[], str], *, closable: bool = False) -> int:
        self._titles.append((page, title))
        index = self.tabs.addTab(page, title())
        if not closable:
            for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
                self.tabs.tabBar().setTabButton(index, side, None)  # type: ignore[arg-type]
        return index

    def pages(self) -> list[QWidget]:
        return [page for page, _title in self._titles]

    def refresh(self) -> None:
        for page in self.pages():
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()
        # The figures are computed once what was read is on screen: the worker would
        # otherwise compete with the first paint for Python's lock.
        QTimer.singleShot(0, self.feed.request)

    def notify_changed(self) -> None:
        self.refresh()
        self.vault_changed.emit()

    def _figures_ready(self, figures: Figures) -> None:
        for page in self.pages():
            receive = getattr(page, "set_figures", None)
            if receive is not None:
                receive(figures)

    def clear_records(self) -> None:
        """Drop every record shown anywhere in this window (before the vault locks)."""
        self.feed.clear()
        for page in self.detail_pages():
            self._remove_page(page)
        self._remove_page(self.search_page)
        self.search_page.clear()
        self.search_box.clear()
        for page in self.pages():
            clear = getattr(page, "clear", None)
            if clear is not None:
                clear()

    def detail_pages(self) -> list[Any]:
        from ui.loan_detail import LoanDetailPage

        return [page for page in self.pages() if isinstance(page, LoanDetailPage)]

    def open_loan(self, loan_id: int, section: str = "") -> QWidget:
        """Show the loan's detail tab (made on first use), at `section` if given."""
        from ui.loan_detail import LoanDetailPage

        page = next((p for p in self.detail_pages() if p.loan_id == loan_id), None)
        if page is None:
            page = LoanDetailPage(self.vault, loan_id)
            page.form_requested.connect(self.run_feature)
            page.summary_written.connect(lambda path: self.statusBar().showMessage(
                self.tr("Settlement summary saved: %1").replace("%1", path), 15_000))
            page.loaded.connect(self.retranslate)  # the tab's title names the loan
            self.add_page(page, page.title, closable=True)
        if section:
            page.show_section(section)
        self.tabs.setCurrentWidget(page)
        self.loan_activated.emit(loan_id)
        return page

    def close_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is not None and page not in (self.dashboard, self.loans_page):
            self._remove_page(page)

    def _close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def _remove_page(self, page: QWidget) -> None:
        self._titles = [(p, t) for p, t in self._titles if p is not page]
        index = self.tabs.indexOf(page)
        if index >= 0:
            self.tabs.removeTab(index)
        clear = getattr(page, "clear", None)
        if page is not self.search_page:
            if clear is not None:
                clear()
            page.deleteLater()

    def show_loans_in(self, status: str) -> None:
        self.loans_page.show_status(status)
        self.tabs.setCurrentWidget(self.loans_page)

    # -- features --------------------------------------------------------------------------

    def run_feature(self, name: str, *args: Any) -> Any:
        """Open a guided form or dialog; after a save, every page refreshes."""
        result = open_feature(name, self, self.vault, *args)
        if name in SAVING_FEATURES and result and self.vault.is_open:
            self.notify_changed()
        return result

    def _current_loan_id(self) -> int | None:
        page = self.tabs.currentWidget()
        loan_id = getattr(page, "loan_id", None)
        return loan_id if isinstance(loan_id, int) else None

    def search(self, text: str | None = None) -> None:
        """Search the vault for `text` (default: the toolbar box) and show the results tab."""
        query = self.search_box.text() if text is None else text
        if text is not None:
            self.search_box.setText(text)
        if not query.strip():
            return
        if self.tabs.indexOf(self.search_page) < 0:
            self.add_page(self.search_page, lambda: self.tr("Search"), closable=True)
        self.search_page.search(query)
        self.tabs.setCurrentWidget(self.search_page)

    def export_json(self) -> None:
        """Export every record as open JSON, after saying plainly that it is not encrypted."""
        start = str(Path(self.vault.path).with_suffix(".json"))
        chosen, _filter = self.ask_save_file(
            self.tr("Export as JSON (not encrypted)"), start, self.tr("JSON files (*.json)")
        )
        if not chosen or not self.vault.is_open:
            return
        answer = QMessageBox.warning(
            self, self.tr("Export as JSON"),
            self.tr(
                "The JSON file will NOT be encrypted: anyone who can open it can read every "
                "loan, payment and contact in it. Keep it somewhere safe and delete it when "
                "you no longer need it.\n\nExport to %1?"
            ).replace("%1", chosen),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or not self.vault.is_open:
            return
        from vault.export_json import export_json

        job = Job(self)
        job.succeeded.connect(lambda path: self.statusBar().showMessage(
            self.tr("Exported every record to %1 (not encrypted).").replace("%1", str(path)),
            15_000,
        ))
        job.failed.connect(self._job_failed)
        self._export_job = job
        job.start(export_json, self.vault, chosen)

    def ask_save_file(self, title: str, start: str, filters: str) -> tuple[str, str]:
        """The save-file dialog (a seam tests replace)."""
        return QFileDialog.getSaveFileName(self, title, start, filters)

    def _job_failed(self, error: BaseException) -> None:
        text = messages.handle_job_error(error)
        if text:
            QMessageBox.warning(self, self.tr("Jieqing"), text)

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
        self.new_loan_action = self._action(lambda: self.run_feature("new_loan"), "Ctrl+N")
        self.record_payment_action = self._action(
            lambda: self.run_feature("record_payment", self._current_loan_id()), "Ctrl+R"
        )
        self.log_contact_action = self._action(
            lambda: self.run_feature("log_contact", self._current_loan_id()), "Ctrl+K"
        )
        self.binder_action = self._action(lambda: self.run_feature("binder"), "Ctrl+P")
        self.export_json_action = self._action(self.export_json)
        self.new_action = self._action(self.new_vault_requested.emit, "Ctrl+Shift+N")
        self.open_action = self._action(
            self.open_vault_requested.emit, QKeySequence.StandardKey.Open
        )
        self.change_password_action = self._action(self.change_password_requested.emit)
        self.lock_action = self._action(self.lock_requested.emit, "Ctrl+L")
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        for action in (self.new_loan_action, self.record_payment_action, self.log_contact_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.binder_action)
        self.backup_separator = self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_json_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.change_password_action)
        self.file_actions_end = self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)
        from ui.backup_dialogs import install_backup_actions

        # Back up / verify / restore go after the binder (the actions insert themselves
        # before `file_actions_end`, so point that at our spot while they do).
        end, self.file_actions_end = self.file_actions_end, self.backup_separator
        self.backup_actions = install_backup_actions(self, self.file_menu, lambda: self.vault)
        self.file_actions_end = end

        self.view_menu = bar.addMenu("")
        self.dashboard_action = self._action(
            lambda: self.tabs.setCurrentWidget(self.dashboard), "Ctrl+1"
        )
        self.loans_action = self._action(
            lambda: self.tabs.setCurrentWidget(self.loans_page), "Ctrl+2"
        )
        self.search_action = self._action(self._focus_search, QKeySequence.StandardKey.Find)
        self.filter_action = self._action(self._focus_filter, "Ctrl+Shift+F")
        self.close_tab_action = self._action(self._close_current_tab)
        self.close_tab_action.setShortcuts([QKeySequence("Ctrl+W"),
                                            QKeySequence(QKeySequence.StandardKey.Close)])
        self.refresh_action = self._action(self.notify_changed, QKeySequence.StandardKey.Refresh)
        for action in (self.dashboard_action, self.loans_action, self.search_action,
                       self.filter_action, self.close_tab_action, self.refresh_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
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
        # The rate checks follow the user's LPR fixings: every page refreshes after a save.
        self.lpr_table_action = self._action(lambda: self.run_feature("lpr_table"))
        self.tools_menu.addAction(self.lpr_table_action)
        self.tools_menu.addAction(self.preferences_action)

        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_loan_action)
        self.toolbar.addAction(self.record_payment_action)
        self.toolbar.addAction(self.log_contact_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(260)
        self.search_box.returnPressed.connect(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self._search_as_typed)
        self.search_box.textEdited.connect(lambda _text: self._search_timer.start())
        self.toolbar.addWidget(self.search_box)
        self.addToolBar(self.toolbar)

    def _search_as_typed(self) -> None:
        if self.search_box.text().strip():
            self.search()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("%1 — Jieqing").replace("%1", self.vault.path.name))
        for page, title in self._titles:
            self.tabs.setTabText(self.tabs.indexOf(page), title())
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", str(self.vault.path)))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_loan_action.setText(self.tr("New &loan…"))
        self.new_loan_action.setToolTip(self.tr("Add a loan with its repayment plan (Ctrl+N)"))
        self.record_payment_action.setText(self.tr("&Record a repayment…"))
        self.record_payment_action.setToolTip(
            self.tr("Record a repayment and keep its receipt (Ctrl+R)")
        )
        self.log_contact_action.setText(self.tr("Log a &contact…"))
        self.log_contact_action.setToolTip(
            self.tr("Note a call or message with a lender, a regulator or legal aid (Ctrl+K)")
        )
        self.binder_action.setText(self.tr("Export &binder (PDF)…"))
        self.export_json_action.setText(self.tr("Export as &JSON (not encrypted)…"))
        self.new_action.setText(self.tr("&New vault…"))
        self.open_action.setText(self.tr("&Open vault…"))
        self.change_password_action.setText(self.tr("Change &password…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.dashboard_action.setText(self.tr("&Overview"))
        self.loans_action.setText(self.tr("&Loans"))
        self.search_action.setText(self.tr("&Search…"))
        self.filter_action.setText(self.tr("&Filter loans"))
        self.close_tab_action.setText(self.tr("&Close tab"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.lpr_table_action.setText(self.tr("&LPR table…"))
        self.lpr_table_action.setToolTip(
            self.tr("The one-year LPR fixings the rate checks use; add newer ones")
        )
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Jieqing"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.search_box.setPlaceholderText(self.tr("Search loans, payments, contacts, notes (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search the vault"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.feed.busy:
                self.feed.request()  # figures prepared in the old language are dropped
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        for action in self.language_group.actions():
            action.setChecked(action.data() == code)

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

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
        # The workers leave their connections before anyone locks the vault.
        self.feed.clear()
        for page in self.detail_pages():
            page.reader.clear()
        self.save_geometry()
        super().closeEvent(event)
        self.closed.emit()

