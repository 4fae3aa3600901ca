"""Search results: every record whose text holds the query, grouped by kind.

The query runs in `vault.search` (substring matching in SQL, so Chinese needs no word
breaks); activating a result opens its loan at the matching section.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vault.search import Hit, HitKind, search

translate = QCoreApplication.translate
LoanIdRole = Qt.ItemDataRole.UserRole + 1
SectionRole = Qt.ItemDataRole.UserRole + 2
KIND_ORDER = (HitKind.loan, HitKind.payment, HitKind.contact, HitKind.note)
_SECTIONS = {HitKind.loan: "overview", HitKind.payment: "payments",
             HitKind.contact: "contacts", HitKind.note: "overview"}


def _tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return translate("Search", source, disambiguation, n)


def kind_text(kind: HitKind, count: int) -> str:
    return {
        HitKind.loan: _tr("Loans (%n)", None, count),
        HitKind.payment: _tr("Payments (%n)", None, count),
        HitKind.contact: _tr("Contacts (%n)", None, count),
        HitKind.note: _tr("Notes (%n)", None, count),
    }[kind]


def field_text(field: str) -> str:
    return {
        "contract_no": _tr("Contract no."), "platform": _tr("Platform"),
        "lender_entity": _tr("Lender"), "loan_note": _tr("Loan note"),
        "reference_no": _tr("Reference no."), "payee": _tr("Paid to"),
        "payment_note": _tr("Payment note"), "who": _tr("Who"), "asked": _tr("Asked / said"),
        "outcome": _tr("Outcome"), "next_step": _tr("Next step"),
        "plan_note": _tr("Plan note"), "milestone_note": _tr("Checklist note"),
        "credit_check_source": _tr("Credit report source"),
        "credit_check_note": _tr("Credit check note"),
    }.get(field, field)


def section_for(hit: Hit) -> str:
    if hit.kind is HitKind.note and hit.field == "milestone_note":
        return "checklist"
    if hit.kind is HitKind.note and hit.field == "plan_note":
        return "schedule"
    return _SECTIONS[hit.kind]


class SearchResultsModel(QStandardItemModel):
    """Kinds at the top level, hits beneath: date, platform, where it matched, the text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, 4, parent)
        self.hits: list[Hit] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([_tr("Date"), _tr("Platform"), _tr("Found in"),
                                        _tr("Text")])
        if self.hits:
            self.set_hits(self.hits)

    def set_hits(self, hits: list[Hit]) -> None:
        self.hits = list(hits)
        self.removeRows(0, self.rowCount())
        for kind in KIND_ORDER:
            found = [hit for hit in hits if hit.kind is kind]
            if not found:
                continue
            group = QStandardItem(kind_text(kind, len(found)))
            group.setEditable(False)
            group.setSelectable(False)
            fillers = [QStandardItem("") for _ in range(3)]
            for filler in fillers:
                filler.setEditable(False)
                filler.setSelectable(False)
            for hit in found:
                cells = [QStandardItem(hit.on.isoformat() if hit.on else ""),
                         QStandardItem(hit.platform), QStandardItem(field_text(hit.field)),
                         QStandardItem(hit.text)]
                for cell in cells:
                    cell.setEditable(False)
                    cell.setData(hit.loan_id, LoanIdRole)
                    cell.setData(section_for(hit), SectionRole)
                cells[3].setToolTip(hit.text)
                group.appendRow(cells)
            self.appendRow([group, *fillers])

    def clear_hits(self) -> None:
        self.hits = []
        self.removeRows(0, self.rowCount())


class SearchPage(QWidget):
    """`loan_activated(loan_id, section)` when a result is opened."""

    loan_activated = Signal(int, str)

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.query = ""
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(_tr("Search results"))
        self.model.retranslate()
        self._summarize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def search(self, query: str) -> list[Hit]:
        self.query = query.strip()
        hits = search(self.vault.db, self.query) if self.query else []
        self.model.set_hits(hits)
        self.view.expandAll()
        self._summarize()
        return hits

    def refresh(self) -> None:
        if self.query and self.vault.is_open:
            self.search(self.query)

    def clear(self) -> None:
        self.query = ""
        self.model.clear_hits()
        self._summarize()

    def _summarize(self) -> None:
        if not self.query:
            self.summary.setText(_tr("Type in the search box above and press Enter."))
        elif not self.model.hits:
            self.summary.setText(_tr("Nothing found for “%1”. Try a shorter part of the "
                                     "word, a contract or reference number.")
                                 .replace("%1", self.query))
        else:
            self.summary.setText(_tr("%n result(s) for “%1”. Press Enter or double-click a "
                                     "result to open its loan.", None, len(self.model.hits))
                                 .replace("%1", self.query))

    def _activated(self, index: QModelIndex) -> None:
        loan_id = index.data(LoanIdRole)
        if isinstance(loan_id, int):
            self.loan_activated.emit(loan_id, str(index.data(SectionRole) or ""))
