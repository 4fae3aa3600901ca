"""The overview tab: where every loan stands today and what to do next, at a glance.

Cards for what is owed, what falls due in the next 30 days, what is overdue and the last
backup; the follow-ups due soon; loans by state; two charts. The figures come from
`vault.dashboard` (computed off the UI thread by the main window's `feed`); this
page only draws them, in the palette's own colours so it follows light and dark mode.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.loans_model import OVERDUE_ACCENT, STATUS_ORDER, status_text
from ui.settings import Settings
from ui.wizards.texts import step_title
from vault.dashboard import Dashboard, FollowUp, FollowUpKind, backup_is_stale
from vault.money import format_fen

translate = QCoreApplication.translate
MAX_FOLLOW_UPS = 50  # the soonest; a long list helps nobody under stress


class DashboardCounts(QObject):
    """Phrases with a count (lupdate marks plural forms only in `self.tr` calls)."""

    def days_ahead(self, n: int) -> str:
        return self.tr("in %n day(s)", "", n)

    def days_late(self, n: int) -> str:
        return self.tr("%n day(s) late", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n day(s) ago", "", n)

    def open_loans(self, n: int) -> str:
        return self.tr("on %n open loan(s); ¥%1 would pay them all off today", "", n)

    def installments(self, n: int) -> str:
        return self.tr("%n installment(s)", "", n)

    def installments_overdue(self, n: int) -> str:
        return self.tr("%n installment(s) overdue", "", n)

    def loans(self, n: int) -> str:
        return self.tr("on %n loan(s)", "", n)


COUNTS = DashboardCounts()


def when_text(day: date, today: date) -> str:
    """A date with how far it is from today, the way a person says it."""
    days = (day - today).days
    if days == 0:
        relative = translate("Dashboard", "today")
    elif days == 1:
        relative = translate("Dashboard", "tomorrow")
    elif days > 0:
        relative = COUNTS.days_ahead(days)
    else:
        relative = COUNTS.days_late(-days)
    return f"{day.isoformat()} · {relative}"


def follow_up_text(item: FollowUp) -> str:
    if item.kind is FollowUpKind.contact:
        what = (
            translate("Dashboard", "Next step: %1").replace("%1", item.text)
            if item.text
            else translate("Dashboard", "Follow up on your last contact")
        )
    elif item.kind is FollowUpKind.credit_check:
        what = translate(
            "Dashboard", "Pull your credit report and check the loan shows 结清 (by %1)"
        ).replace("%1", item.window_end.isoformat() if item.window_end else "")
    else:
        what = step_title(item.step)
        if item.text:
            what += f" — {item.text}"
    return f"{item.platform} · {what}" if item.platform else what


class Card(QFrame):
    """A calm panel: a small title, one large figure, a line of detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(
            "QFrame#card { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.title = QLabel()
        self.title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.value = QLabel()
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(14, 10, 14, 12)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.value)
        self.layout_.addWidget(self.detail)

    def show_figure(self, value: str, detail: str = "", alarm: bool = False) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        palette = self.value.palette()
        colour = OVERDUE_ACCENT if alarm else self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.value.setPalette(palette)
        self.setAccessibleName(f"{self.title.text()}: {value}")
        self.setAccessibleDescription(detail)


class DashboardPage(QScrollArea):
    loan_activated = Signal(int)
    status_chosen = Signal(str)
    backup_requested = Signal()

    def __init__(self, vault: Any, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.settings = settings
        self.figures: Dashboard | None = None
        self.backup_age: timedelta | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        self.outstanding = Card()
        self.due_soon = Card()
        self.overdue = Card()
        self.backup = Card()
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.backup_requested)
        self.backup.layout_.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        cards = QHBoxLayout()
        for card in (self.outstanding, self.due_soon, self.overdue, self.backup):
            cards.addWidget(card, 1)

        self.follow_title = self._heading()
        self.follow_ups = QListWidget()
        self.follow_ups.setWordWrap(True)
        self.follow_ups.setSpacing(3)
        self.follow_ups.setMinimumHeight(110)
        self.follow_ups.setMaximumHeight(150)
        self.follow_ups.itemActivated.connect(self._follow_up_activated)
        self.follow_empty = QLabel()
        self.follow_empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.follow_empty.setWordWrap(True)
        self.states_title = self._heading()
        self.state_buttons: dict[str, QPushButton] = {}
        states = QGridLayout()
        for index, status in enumerate(STATUS_ORDER):
            button = QPushButton()
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px 6px;")
            button.clicked.connect(lambda _c=False, s=str(status): self.status_chosen.emit(s))
            self.state_buttons[str(status)] = button
            states.addWidget(button, index, 0)
        todo = QVBoxLayout()
        todo.addWidget(self.follow_title)
        todo.addWidget(self.follow_ups, 1)
        todo.addWidget(self.follow_empty)
        todo.addStretch(0)
        by_state = QVBoxLayout()
        by_state.addWidget(self.states_title)
        by_state.addLayout(states)
        by_state.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(todo, 3)
        middle.addSpacing(16)
        middle.addLayout(by_state, 1)

        self.balance_title = self._heading()
        self.dues_title = self._heading()
        self.balance_holder = QVBoxLayout()
        self.dues_holder = QVBoxLayout()
        self.chart_note = QLabel()
        self.chart_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.chart_note.setWordWrap(True)
        balance = QVBoxLayout()
        balance.addWidget(self.balance_title)
        balance.addLayout(self.balance_holder, 1)
        dues = QVBoxLayout()
        dues.addWidget(self.dues_title)
        dues.addLayout(self.dues_holder, 1)
        dues.addStretch(0)
        pictures = QHBoxLayout()
        pictures.addLayout(balance, 1)
        pictures.addSpacing(16)
        pictures.addLayout(dues, 1)

        self.waiting = QLabel()
        self.waiting.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.waiting.setWordWrap(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(cards)
        layout.addWidget(self.waiting)
        layout.addSpacing(6)
        layout.addLayout(middle)
        layout.addSpacing(6)
        layout.addLayout(pictures, 1)
        self.setWidget(inner)
        self.retranslate()

    def _heading(self) -> QLabel:
        label = QLabel()
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    # -- words ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.outstanding.title.setText(translate("Dashboard", "Principal still owed"))
        self.due_soon.title.setText(translate("Dashboard", "Due in the next 30 days"))
        self.overdue.title.setText(translate("Dashboard", "Overdue"))
        self.backup.title.setText(translate("Dashboard", "Last backup"))
        self.backup_button.setText(translate("Dashboard", "&Back up now…"))
        self.follow_title.setText(translate("Dashboard", "To do soon"))
        self.follow_ups.setAccessibleName(translate("Dashboard", "Follow-ups due soon"))
        self.follow_empty.setText(
            translate("Dashboard", "Nothing to follow up in the next two weeks.")
        )
        self.states_title.setText(translate("Dashboard", "Loans by state"))
        from ui.charts import balance_title, dues_title

        self.balance_title.setText(balance_title())
        self.dues_title.setText(dues_title())
        self.chart_note.setText(
            translate(
                "Dashboard",
                "Solid: what you still owed at each month's end. Dashed: what you will owe if "
                "every installment is paid on time (anything overdue, now).",
            )
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._draw_charts()
        elif event.type() == QEvent.Type.PaletteChange and self.figures is not None:
            self._draw_charts()  # light ↔ dark: the charts take the new colours
        super().changeEvent(event)

    # -- contents ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read what is cheap (the backup's age); the figures arrive by `set_figures`."""
        from vault.backup import last_backup_age

        self.backup_age = last_backup_age(self.vault)
        self._show_backup()

    def set_figures(self, figures: Any) -> None:
        """The main window's prepared figures (`ui.main_window.Figures`)."""
        self.set_dashboard(figures.dashboard)

    def set_overviews(self, _overviews: Any, dashboard: Dashboard) -> None:
        self.set_dashboard(dashboard)

    def set_dashboard(self, dashboard: Dashboard) -> None:
        self.figures = dashboard
        self._show()
        self._draw_charts()

    def clear(self) -> None:
        self.figures = None
        self.backup_age = None
        self.follow_ups.clear()
        for holder in (self.balance_holder, self.dues_holder):
            _empty(holder)
        self._show()

    def _show_backup(self) -> None:
        days = self.settings.backup_nudge_days
        stale = backup_is_stale(self.backup_age, days)
        if self.backup_age is None:
            value, detail = (
                translate("Dashboard", "Never"),
                translate(
                    "Dashboard",
                    "Back up to a USB stick or another disk, so a lost or broken computer does "
                    "not take your records with it.",
                ),
            )
        else:
            age = self.backup_age.days
            value = translate("Dashboard", "Today") if age == 0 else COUNTS.days_ago(age)
            detail = (
                translate("Dashboard", "It is time for a new backup.")
                if stale
                else translate("Dashboard", "Checked and readable.")
            )
        self.backup.show_figure(value, detail, alarm=stale)

    def _show(self) -> None:
        self._show_backup()
        board = self.figures
        self.waiting.setVisible((board is None or board.loan_count == 0) and self.vault.is_open)
        self.waiting.setText(
            translate("Dashboard", "Working out your figures…")
            if board is None
            else translate(
                "Dashboard",
                "No loans yet. Add your first loan with File ▸ New loan (Ctrl+N): the "
                "overview then shows what you owe, what is due and what to do next.",
            )
        )
        if board is None:
            for card in (self.outstanding, self.due_soon, self.overdue):
                card.show_figure("—")
            for status, button in self.state_buttons.items():
                button.setText(status_text(status))  # type: ignore[arg-type]
            return
        open_loans, due_count = board.open_loans, board.due_soon_count
        late_count, late_loans = board.overdue_installments, board.overdue_loans
        self.outstanding.show_figure(
            "¥" + format_fen(board.total_outstanding),
            COUNTS.open_loans(open_loans).replace("%1", format_fen(board.payoff_total)),
        )
        detail = COUNTS.installments(due_count)
        if board.next_due is not None:
            detail += "\n" + translate("Dashboard", "Next: ¥%1 to %2 on %3").replace(
                "%1", format_fen(board.next_due.amount)
            ).replace("%2", board.next_due.platform).replace("%3", board.next_due.on.isoformat())
        self.due_soon.show_figure("¥" + format_fen(board.due_soon_amount), detail)
        if board.overdue_installments:
            self.overdue.show_figure(
                "¥" + format_fen(board.overdue_amount),
                COUNTS.installments_overdue(late_count) + "; " + COUNTS.loans(late_loans),
                alarm=True,
            )
        else:
            self.overdue.show_figure("¥0.00", translate("Dashboard", "Nothing overdue."))
        for status, button in self.state_buttons.items():
            count = board.by_status.get(status, 0)  # type: ignore[call-overload]
            button.setText(f"{status_text(status)}  {count}")  # type: ignore[arg-type]
            button.setEnabled(count > 0)
            button.setAccessibleName(
                translate("Dashboard", "Show the %1 loans in state %2")
                .replace("%1", str(count))
                .replace("%2", status_text(status))
            )  # type: ignore[arg-type]
        self.follow_ups.clear()
        for item in board.follow_ups[:MAX_FOLLOW_UPS]:
            entry = QListWidgetItem(
                f"{when_text(item.due_on, board.as_of)}\n{follow_up_text(item)}"
            )
            entry.setData(Qt.ItemDataRole.UserRole, item.loan_id)
            if item.is_late(board.as_of):
                entry.setForeground(OVERDUE_ACCENT)
            self.follow_ups.addItem(entry)
        self.follow_ups.setVisible(bool(board.follow_ups))
        self.follow_empty.setVisible(not board.follow_ups)

    def _draw_charts(self) -> None:
        from ui.charts import balance_chart, dues_chart

        board = self.figures
        for holder in (self.balance_holder, self.dues_holder):
            _empty(holder)
        if board is None:
            return
        self.balance_chart = balance_chart(board.balance, self.palette())
        self.dues_chart = dues_chart(board.dues, self.palette())
        self.balance_chart.setToolTip(self.chart_note.text())
        self.balance_chart.setAccessibleDescription(self.chart_note.text())
        self.balance_holder.addWidget(self.balance_chart)
        self.dues_holder.addWidget(self.dues_chart)

    def _follow_up_activated(self, item: QListWidgetItem) -> None:
        loan_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(loan_id, int):
            self.loan_activated.emit(loan_id)


def _empty(layout: QVBoxLayout | QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
