"""A rate as the contract states it: the figure, its kind (annual, daily, monthly fee) and,
for a daily rate, the day basis (360 or 365)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from vault.schedule import RateKind


class RateEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent = QLineEdit()
        self.percent.setMaxLength(16)
        self.percent.setMinimumWidth(90)
        self.kind = QComboBox()
        self.basis = QComboBox()
        for value in (360, 365):
            self.basis.addItem("", value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.percent, 1)
        layout.addWidget(QLabel("%"))
        layout.addWidget(self.kind)
        layout.addWidget(self.basis)
        self.percent.textChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.basis.currentIndexChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.kind_value()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("a year (annual rate)"), RateKind.annual)
        self.kind.addItem(self.tr("a day (daily rate)"), RateKind.daily)
        self.kind.addItem(self.tr("a month on the original amount (monthly fee)"),
                          RateKind.monthly_fee)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self.basis.setItemText(0, self.tr("× 360 days a year"))
        self.basis.setItemText(1, self.tr("× 365 days a year"))
        self.basis.setToolTip(self.tr("How the contract turns the daily rate into a yearly one"))
        self.percent.setPlaceholderText(self.tr("e.g. 0.05"))
        self._kind_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _kind_changed(self) -> None:
        self.basis.setVisible(self.kind_value() is RateKind.daily)
        self.changed.emit()

    def kind_value(self) -> RateKind:
        data = self.kind.currentData() if self.kind.count() else None
        return RateKind(data) if data else RateKind.annual

    def percent_value(self) -> Decimal | None:
        text = self.percent.text().strip().rstrip("%").strip().replace("，", ".")
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
        return value if value.is_finite() else None

    def day_basis(self) -> int:
        return int(self.basis.currentData() or 360)

    def problem(self) -> str | None:
        if self.percent.text().strip() and self.percent_value() is None:
            return "invalid.number"
        return None

    def set_value(self, kind: RateKind, percent: Decimal | None, day_basis: int = 360) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.basis.setCurrentIndex(max(0, self.basis.findData(day_basis)))
        self.percent.setText("" if percent is None else str(percent))
