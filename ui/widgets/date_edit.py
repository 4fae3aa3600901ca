"""A date field with a calendar pop-up that hands the program a datetime.date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

# Below every real date (vault.records.EARLIEST_DATE is 1990-01-01): shown as "no date".
_BLANK = QDate(1989, 12, 31)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """Written yyyy-MM-dd everywhere. An `optional` date starts blank ("—"); a click fills
    in today (so the calendar never opens on the blank placeholder), Delete clears it."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 value: date | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setMaximumWidth(220)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setMinimumDate(_BLANK if optional else QDate(1990, 1, 1))
        if optional:
            self.setSpecialValueText("—")
        self.set_value(value if value is not None or optional else date.today())
        self.retranslate()

    def retranslate(self) -> None:
        if self.optional:
            self.setToolTip(self.tr("Optional. Click to choose a date; press Delete to clear it."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def value(self) -> date | None:
        if self.optional and self.date() == _BLANK:
            return None
        return from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        self.setDate(_BLANK if value is None else to_qdate(value))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.value() is None:  # the first click fills in today; the next opens the calendar
            self.set_value(date.today())
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.optional and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            event.modifiers() == Qt.KeyboardModifier.NoModifier and self.value() is not None
            and self.currentSectionIndex() == 0
        ):
            self.set_value(None)
            return
        super().keyPressEvent(event)
