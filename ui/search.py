"""Search results: every record whose text holds the query, grouped by kind.

The query runs in `vault.search` (substring matching in SQL, so Chinese needs no word
breaks); activating a result opens its loan at the matching section.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
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
_SECTIONS = {
    HitKind.loan: "overview",
    HitKind.payment: "payments",
    HitKind.contact: "contacts",
    HitKind.note: "overview",
}


class SearchCounts(QObject):
    """Phrases with a count (lupdate marks plural forms only in `self.tr` calls)."""

    def kind(self, kind: HitKind, n: int) -> str:
        return {
            HitKind.loan: self.tr("Loans (%n)", "", n),
            HitKind.payment: self.tr("Payments (%n)", "", n),
            HitKind.contact: self.tr("Contacts (%n)", "", n),
            HitKind.note: self.tr("Notes (%n)", "", n),
        }[kind]

    def results(self, n: int) -> str:
        return self.tr(
            "%n result(s) for “%1”. Press Enter or double-click a result to open its loan.", "", n
        )


COUNTS = SearchCounts()


def kind_text(kind: HitKind, count: int) -> str:
    return COUNTS.kind(kind, count)


def field_text(field: str) -> str:
    return {
        "contract_no": translate("Search", "Contract no."),
        "platform": translate("Search", "Platform"),
        "lender_entity": translate("Search", "Lender"),
        "loan_note": translate("Search", "Loan note"),
        "reference_no": translate("Search", "Reference no."),
        "payee": translate("Search", "Paid to"),
        "payment_note": translate("Search", "Payment note"),
        "who": translate("Search", "Who"),
        "asked": translate("Search", "Asked / said"),
        "outcome": translate("Search", "Outcome"),
        "next_step": translate("Search", "Next step"),
        "plan_note": translate("Search", "Plan note"),
        "milestone_note": translate("Search", "Checklist note"),
        "credit_check_source": translate("Search", "Credit report source"),
        "credit_check_note": translate("Search", "Credit check note"),
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
        self.setHorizontalHeaderLabels(
            [
                translate("Search", "Date"),
                translate("Search", "Platform"),
                translate("Search", "Found in"),
                translate("Search", "Text"),
            ]
        )
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
                cells = [
                    QStandardItem(hit.on.isoformat() if hit.on else ""),
                    QStandardItem(hit.platform),
                    QStandardItem(field_text(hit.field)),
                    QStandardItem(hit.text),
                ]
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
        self.view.setAccessibleName(translate("Search", "Search results"))
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
            self.summary.setText(
                translate("Search", "Type in the search box above and press Enter.")
            )
        elif not self.model.hits:
            self.summary.setText(
                translate(
                    "Search",
                    "Nothing found for “%1”. Try a shorter part of the "
                    "word, a contract or reference number.",
                ).replace("%1", self.query)
            )
        else:
            self.summary.setText(COUNTS.results(len(self.model.hits)).replace("%1", self.query))

    def _activated(self, index: QModelIndex) -> None:
        loan_id = index.data(LoanIdRole)
        if isinstance(loan_id, int):
            self.loan_activated.emit(loan_id, str(index.data(SectionRole) or ""))
