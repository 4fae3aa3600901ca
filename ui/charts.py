"""The dashboard's two pictures: outstanding balance over time, and what is due each month.

QtCharts is imported only when a chart is first drawn, so start-up stays light; where it is
missing (a trimmed Qt build) the same figures show as a small table. Amounts are converted
from fen to yuan as floats here only to place points on screen; every number a user reads
comes from `format_fen`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from vault.dashboard import BalancePoint, MonthDue
from vault.money import format_fen

translate = QCoreApplication.translate

PAST_COLOUR = QColor("#1e88e5")
OVERDUE_COLOUR = QColor("#e53935")
_charts: Any = None


def qt_charts() -> Any:
    """The QtCharts module, or None when this Qt has none."""
    global _charts
    if _charts is None:
        try:
            from PySide6 import QtCharts
        except ImportError:
            _charts = False
        else:
            _charts = QtCharts
    return _charts or None


def month_label(month: date) -> str:
    """A short month name in the user's language ("11月", "Nov")."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM")


def _yuan(fen: int) -> float:
    return fen / 100  # a position on screen, never a figure the user reads


def _style(chart: Any, palette: QPalette) -> None:
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.WindowText))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    for axis in chart.axes():
        axis.setLabelsColor(palette.color(QPalette.ColorRole.WindowText))
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
        axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
        # A cramped chart would otherwise show "…" for amounts and months: a number cut
        # short is worse than labels drawn a little close together.
        axis.setTruncateLabels(False)


def _view(chart: Any, charts: Any, name: str) -> QWidget:
    view = charts.QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    view.setAccessibleName(name)
    view.setStyleSheet("background: transparent")
    return view


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setAccessibleName(name)
    return table


def balance_title() -> str:
    return translate("Charts", "Principal still owed")


def dues_title() -> str:
    return translate("Charts", "Due each month")


def balance_chart(points: Sequence[BalancePoint], palette: QPalette) -> QWidget:
    """A line of outstanding principal: solid for the past, dashed for the plan ahead."""
    charts = qt_charts()
    if charts is None:
        return _table(
            (translate("Charts", "Date"), translate("Charts", "Principal still owed (yuan)")),
            [
                (p.on.isoformat() + ("" if not p.projected else " *"), format_fen(p.balance))
                for p in points
            ],
            balance_title(),
        )
    chart = charts.QChart()
    past = charts.QLineSeries()
    past.setName(translate("Charts", "So far"))
    ahead = charts.QLineSeries()
    ahead.setName(translate("Charts", "If paid as planned"))
    for point in points:
        moment = QDateTime(QDate(point.on.year, point.on.month, point.on.day), QTime(12, 0))
        x, y = float(moment.toMSecsSinceEpoch()), _yuan(point.balance)
        if not point.projected:
            past.append(x, y)
        if point.projected or point is _last_actual(points):
            ahead.append(x, y)
    past.setPen(QPen(PAST_COLOUR, 2.5))
    dashed = QPen(PAST_COLOUR, 2)
    dashed.setStyle(Qt.PenStyle.DashLine)
    ahead.setPen(dashed)
    chart.addSeries(past)
    chart.addSeries(ahead)
    x_axis = charts.QDateTimeAxis()
    x_axis.setFormat("yyyy-MM")
    x_axis.setTickCount(min(7, max(2, len(points))))
    if points:
        first, last = points[0].on, points[-1].on
        x_axis.setRange(
            QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0)),
            QDateTime(QDate(last.year, last.month, last.day), QTime(23, 0)),
        )
    y_axis = charts.QValueAxis()
    y_axis.setLabelFormat("%.0f")
    y_axis.setMin(0)
    top = max((p.balance for p in points), default=0)
    y_axis.setMax(_yuan(top) * 1.1 if top else 1)
    y_axis.applyNiceNumbers()
    y_axis.setTitleText(translate("Charts", "yuan"))
    y_axis.setTitleBrush(palette.color(QPalette.ColorRole.WindowText))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for series in (past, ahead):
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    _style(chart, palette)
    return _view(chart, charts, balance_title())


def _last_actual(points: Sequence[BalancePoint]) -> BalancePoint | None:
    actual = [p for p in points if not p.projected]
    return actual[-1] if actual else None


def dues_chart(dues: Sequence[MonthDue], palette: QPalette) -> QWidget:
    """Bars of what falls due each month; this month's overdue part stacked in red."""
    charts = qt_charts()
    if charts is None:
        return _table(
            (
                translate("Charts", "Month"),
                translate("Charts", "Due (yuan)"),
                translate("Charts", "Of which overdue"),
            ),
            [(f"{d.month:%Y-%m}", format_fen(d.amount), format_fen(d.overdue)) for d in dues],
            dues_title(),
        )
    chart = charts.QChart()
    scheduled = charts.QBarSet(translate("Charts", "Due"))
    scheduled.setColor(PAST_COLOUR)
    overdue = charts.QBarSet(translate("Charts", "Overdue"))
    overdue.setColor(OVERDUE_COLOUR)
    for due in dues:
        scheduled.append(_yuan(due.amount - due.overdue))
        overdue.append(_yuan(due.overdue))
    series = charts.QStackedBarSeries()
    series.append(overdue)
    series.append(scheduled)
    chart.addSeries(series)
    x_axis = charts.QBarCategoryAxis()
    x_axis.append([month_label(d.month) for d in dues])
    y_axis = charts.QValueAxis()
    y_axis.setLabelFormat("%.0f")
    top = max((d.amount for d in dues), default=0)
    y_axis.setRange(0, _yuan(top) * 1.1 if top else 1)
    y_axis.applyNiceNumbers()
    y_axis.setTitleText(translate("Charts", "yuan"))
    y_axis.setTitleBrush(palette.color(QPalette.ColorRole.WindowText))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    _style(chart, palette)
    return _view(chart, charts, dues_title())
