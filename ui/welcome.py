"""The first window a new user sees: create a vault, open one, restore one from a backup,
or try the demo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES
from ui.messages import error_label, show_inline
from ui.unlock import heading_font
from ui.widgets.busy_bar import busy_bar


class WelcomeWindow(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    restore_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(560)
        self.heading = QLabel()
        self.heading.setFont(heading_font(self, 1.8))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.create_button = QCommandLinkButton()
        self.open_button = QCommandLinkButton()
        self.demo_button = QCommandLinkButton()
        self.restore_button = QCommandLinkButton()
        self.error = error_label()
        self.busy = busy_bar()
        self.busy_label = QLabel()
        self.busy_label.hide()
        self._language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._language_label.setBuddy(self.language)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 32, 36, 24)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(16)
        for button in (self.create_button, self.open_button, self.restore_button, self.demo_button):
            button.setMinimumHeight(64)
            layout.addWidget(button)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self._language_label)
        bottom.addWidget(self.language)
        layout.addLayout(bottom)

        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.language.activated.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index))
        )
        self.create_button.setFocus()  # Qt's OtherFocusReason, without touching the Qt enums
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome — Jieqing"))
        self.heading.setText(self.tr("Welcome to Jieqing (结清)"))
        self.intro.setText(
            self.tr("Keep every loan, repayment receipt, talk with a lender and settlement "
                    "certificate in one encrypted file on this computer. Nothing is sent "
                    "anywhere.")
        )
        self.create_button.setText(self.tr("Create a new vault"))
        self.create_button.setDescription(
            self.tr("Start your own records, protected by a password you choose.")
        )
        self.open_button.setText(self.tr("Open a vault file…"))
        self.open_button.setDescription(
            self.tr("Use a vault you already have, for example one copied from another "
                    "computer.")
        )
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.restore_button.setDescription(
            self.tr("On a new computer: bring back your vault from a .jqbak backup file.")
        )
        self.demo_button.setText(self.tr("Try the demo"))
        self.demo_button.setDescription(
            self.tr("Look around a vault filled with made-up loans before you start your own.")
        )
        self.busy_label.setText(self.tr("Preparing the demo vault…"))
        self._language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        for button in (self.create_button, self.open_button, self.restore_button, self.demo_button):
            button.setEnabled(not busy)
        if busy:
            from PySide6.QtCore import Qt  # its enums cost ~20 ms at first touch: not at start-up

            show_inline(self.error, None)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def show_error(self, text: str) -> None:
        show_inline(self.error, text)
