"""The guided forms' input widgets: money, dates, rates and the schedule table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt

from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.rate_edit import RateEdit
from ui.widgets.schedule_table import ScheduleTable, ScheduleTableModel
from vault.reconcile import Status
from vault.schedule import Installment, RateKind


def test_money_edit_gives_fen_and_never_guesses(qtbot) -> None:  # noqa: ANN001
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "1234.5")
    assert edit.value() == 123_450 and edit.problem() is None
    edit.editingFinished.emit()
    assert edit.text() == "1,234.50"
    edit.setText("１２３．４５")  # typed on a Chinese keyboard
    assert edit.value() == 12_345
    edit.setText("1.234")
    assert edit.value() is None and edit.problem() == "flow.amount_format"
    edit.setText("")
    assert edit.value() is None and edit.problem() is None


def test_optional_date_starts_blank_and_clears_with_delete(qtbot) -> None:  # noqa: ANN001
    edit = DateEdit(optional=True)
    qtbot.addWidget(edit)
    edit.resize(200, 30)
    edit.show()
    assert edit.value() is None and edit.text() == "—"
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center() - QPoint(40, 0))
    assert edit.value() == date.today()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None
    required = DateEdit(value=date(2026, 2, 28))
    qtbot.addWidget(required)
    assert required.value() == date(2026, 2, 28) and required.text() == "2026-02-28"


def test_rate_edit_shows_the_day_basis_only_for_daily_rates(qtbot) -> None:  # noqa: ANN001
    edit = RateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.set_value(RateKind.daily, Decimal("0.05"), 365)
    assert (edit.kind_value(), edit.percent_value(), edit.day_basis()) == (
        RateKind.daily, Decimal("0.05"), 365)
    assert edit.basis.isVisible()
    edit.kind.setCurrentIndex(edit.kind.findData(RateKind.annual))
    assert not edit.basis.isVisible()
    edit.percent.setText("18%")
    assert edit.percent_value() == Decimal(18)
    edit.percent.setText("abc")
    assert edit.percent_value() is None and edit.problem() == "invalid.number"


def test_schedule_model_passes_the_model_tester(qtmodeltester) -> None:  # noqa: ANN001
    model = ScheduleTableModel()
    model.set_rows([Installment(1, date(2026, 2, 10), 100_000, 1_500),
                    Installment(2, date(2026, 3, 10), 100_000, 750)],
                   [Status.paid, Status.overdue])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 5)) == "1,007.50"
    assert model.data(model.index(1, 6)) == "Overdue"


def test_schedule_table_hides_empty_fee_and_status_columns(qtbot) -> None:  # noqa: ANN001
    table = ScheduleTable()
    qtbot.addWidget(table)
    table.set_rows([Installment(1, date(2026, 2, 10), 100_000, 0)])
    assert table.isColumnHidden(4) and table.isColumnHidden(6)
    table.set_rows([Installment(1, date(2026, 2, 10), 100_000, 0, 50)], [Status.due])
    assert not table.isColumnHidden(4) and not table.isColumnHidden(6)
