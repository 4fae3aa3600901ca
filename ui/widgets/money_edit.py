"""An amount field: the user types yuan, the program gets integer fen (never a float)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from vault.money import format_fen, parse_amount


class MoneyEdit(QLineEdit):
    """Parses with vault.money.parse_amount (full-width digits, commas, a ¥ sign are fine).

    `value()` is the amount in fen, or None while the field is empty or not an amount;
    `problem()` says which ("invalid.required" is left to the form: empty may be allowed).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign = QLabel("¥", self)
        self._sign.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(24)
        self.setMaximumWidth(260)  # the ¥ sign stays near the figure
        self.editingFinished.connect(self._tidy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("e.g. 1,234.56"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        hint = self._sign.sizeHint()
        self._sign.setGeometry(6, (self.height() - hint.height()) // 2, hint.width(), hint.height())
        self.setTextMargins(hint.width() + 6, 0, 0, 0)

    def value(self) -> int | None:
        try:
            return parse_amount(self.text()) if self.text().strip() else None
        except ValueError:
            return None

    def problem(self) -> str | None:
        """"flow.amount_format" when something is typed that is not an amount."""
        if self.text().strip() and self.value() is None:
            return "flow.amount_format"
        return None

    def set_value(self, fen: int | None) -> None:
        self.setText("" if fen is None else format_fen(fen))

    def _tidy(self) -> None:
        """Show what was understood (1234.5 → 1,234.50), so a slip is easy to see."""
        fen = self.value()
        if fen is not None:
            self.setText(format_fen(fen))
