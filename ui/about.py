"""Help › About: what Jieqing is, its version and licences, and how it keeps records safe."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.unlock import heading_font
from vault import __version__

LICENCE = "Apache-2.0"
FONT_NAME = "WenQuanYi Micro Hei (文泉驿微米黑)"
FONT_LICENCE = "Apache-2.0 or GPL-3+ with font exception"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(440)
        self.icon = QLabel()
        self.icon.setPixmap(QIcon(self.windowIcon()).pixmap(64, 64))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name = QLabel()
        self.name.setFont(heading_font(self, 1.6))
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addWidget(self.body)
        text.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.icon)
        row.addSpacing(12)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Jieqing"))
        self.name.setText(self.tr("Jieqing (结清) %1").replace("%1", __version__))
        lines = [
            self.tr("Your loan records, repayment receipts and settlement certificates, "
                    "kept in one encrypted file on your own computer."),
            self.tr("Security: the vault is encrypted with SQLCipher (AES-256) under a key "
                    "derived from your password with Argon2id; nothing is sent anywhere, and "
                    "the vault locks itself when left idle."),
            self.tr("Licence: %1.").replace("%1", LICENCE),
            self.tr("Chinese font: %1, licence %2.").replace("%1", FONT_NAME)
            .replace("%2", FONT_LICENCE),
        ]
        self.body.setText("<p>" + "</p><p>".join(lines) + "</p>")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
