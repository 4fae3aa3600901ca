"""What every guided form shares: the page with inline problems, the wizard that commits
once on Finish, and the one seam for modal dialogs (tests replace `dialogs`).

A page reads its widgets into the wizard's draft, asks the core for the draft's problems
and shows the ones for its own fields in a red line under each field. Going back keeps
everything: pages are filled from the draft only on their first visit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.messages import error_label, show_error, show_inline
from ui.widgets.date_edit import DateEdit
from ui.widgets.money_edit import MoneyEdit
from ui.widgets.rate_edit import RateEdit
from ui.wizards.texts import text
from vault.errors import VaultError
from vault.flows import Problems
from vault.store import Vault


class WizardDialogs:
    """Every modal dialog the wizards open, in one place."""

    def open_files(self, parent: QWidget, title: str, filters: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return paths

    def save_file(self, parent: QWidget, title: str, suggested: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path

    def error(self, parent: QWidget, error: VaultError) -> None:
        show_error(parent, error)

    def inform(self, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)


dialogs = WizardDialogs()


def hint_label(words: str = "") -> QLabel:
    label = QLabel(words)
    label.setWordWrap(True)
    # the palette's muted text: readable grey on light and on dark themes alike
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def note_box(kind: str = "warning") -> QLabel:
    """A framed message (warning or information) that wraps and can be selected."""
    colours = {"warning": ("#fff4d6", "#8a5a00"), "danger": ("#fde7e9", "#a50e0e"),
               "info": ("#e8f0fe", "#174ea6")}
    background, border = colours[kind]
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        f"QLabel {{ background: {background}; color: #202124; border-left: 4px solid {border};"
        " padding: 6px 8px; }")
    # a word-wrapped label is sized for its narrowest width unless told otherwise
    label.setMinimumWidth(360)
    label.hide()
    return label


def escape(words: str) -> str:
    return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bullets(items: Iterable[str]) -> str:
    return "<ul style='margin-top: 2px; margin-bottom: 4px; -qt-list-indent: 1;'>" + "".join(
        f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def set_note(label: QLabel, html: str) -> None:
    label.setText(html)
    label.setVisible(bool(html))


class FieldForm(QWidget):
    """A form layout whose fields each carry a hint and an inline problem line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.on_change: Callable[[], None] = lambda: None

    def add(self, name: str, widget: QWidget, *, hint: bool = False,
            extra: Iterable[str] = ()) -> QWidget:
        """A row for field `name` (its problem line also serves the `extra` names)."""
        label = QLabel()
        label.setWordWrap(True)
        label.setBuddy(widget)
        label.setMinimumWidth(120)
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if hint:
            self.hints[name] = hint_label()
            box.addWidget(self.hints[name])
        error = error_label()
        box.addWidget(error)
        self.layout_.addRow(label, column)
        self.labels[name] = label
        for key in (name, *extra):
            self.errors[key] = error
        self._watch(name, widget)
        return column

    def _watch(self, name: str, widget: QWidget) -> None:
        def touched(*_args: Any) -> None:
            self.touched.add(name)
            self.on_change()

        for signal in ("textChanged", "dateChanged", "changed", "currentIndexChanged",
                       "valueChanged", "toggled"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(touched)
                if signal == "textChanged":
                    break

    def show_problems(self, problems: Problems, force: bool = False) -> list[str]:
        """Show each problem under its field once the user has been there; return the
        labels of fields still needing something that shows no message yet."""
        shown: dict[int, str] = {}
        missing: list[str] = []
        for name, label in self.errors.items():
            key = problems.get(name)
            owner = name if name in self.labels else next(
                (n for n in self.labels if self.errors[n] is label), name)
            # "required" waits until the user has been to the field; other problems show
            if key and (force or owner in self.touched or key != "invalid.required"):
                shown[id(label)] = text(key)
            elif key and owner in self.labels:
                missing.append(self.labels[owner].text().rstrip(":： *"))
        for label in set(self.errors.values()):
            show_inline(label, shown.get(id(label)))
        return list(dict.fromkeys(missing))


W = TypeVar("W", bound="FlowWizard")


class FlowPage(QWizardPage):
    """A page of a guided form. Subclasses build `self.form`, and implement `load()` (fill
    widgets from the draft), `read()` (widgets into the draft) and `retranslate()`."""

    fields: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None, *, scroll: bool = False) -> None:
        super().__init__(parent)
        self.form = FieldForm()
        self.form.on_change = self.changed
        self.body = QVBoxLayout()
        self.still_needed = hint_label()
        outer = QVBoxLayout(self)
        if scroll:
            inner = QWidget()
            inner.setLayout(self.body)
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setWidget(inner)
            outer.addWidget(area, 1)
        else:
            outer.addLayout(self.body, 1)
        outer.addWidget(self.still_needed)
        self.body.addWidget(self.form)
        self.forms = [self.form]  # a page may add the forms of embedded widgets
        self._loaded = False
        self._reading = False

    # -- the draft --------------------------------------------------------------------

    def flow(self) -> FlowWizard:
        return self.flow_as(FlowWizard)

    def flow_as(self, kind: type[W]) -> W:
        """The wizard this page is on, as the kind of wizard its form needs."""
        wizard = self.wizard()
        assert isinstance(wizard, kind)
        return wizard

    def load(self) -> None:
        """Fill the widgets from the draft (first visit only)."""

    def read(self) -> None:
        """Copy the widgets into the draft."""

    def refresh(self) -> None:
        """Recompute what the page shows from the draft (every visit, every change)."""

    def local_problems(self) -> Problems:
        """Problems the widgets know before the core does (an amount that is not one)."""
        return {}

    def problems(self) -> Problems:
        found = dict(self.local_problems())
        for name, key in self.flow().problems().items():
            if name in self.fields or name.split(".")[0] in self.fields:
                found.setdefault(name, key)
        return found

    # -- Qt ---------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if not self._loaded:
            if not any(self.body.stretch(i) for i in range(self.body.count())):
                self.body.addStretch(1)  # fields stay together at the top
            self._reading = True
            self.load()
            self._reading = False
            self._loaded = True
        self.retranslate()
        self.changed()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        """Going back keeps what was typed (QWizard would reset the fields)."""

    def changed(self) -> None:
        if self._reading or not self._loaded:
            return
        self.read()
        self.refresh()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        if not self._loaded:
            return False
        problems = self.problems()
        missing = [label for form in self.forms for label in form.show_problems(problems)]
        show_inline(self.still_needed, self.tr("Still needed: {fields}").format(
            fields=", ".join(missing)) if missing else None)
        return super().isComplete() and not problems

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self._loaded:
            self.retranslate()
            self.changed()
        super().changeEvent(event)


class FlowWizard(QWizard):
    """A guided form: nothing is written until Finish, then `save()` writes it all in one
    transaction. A known failure keeps the wizard open with the draft intact. The one
    exception is a contact logged from the form (see log_contact.LogContactLink)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.saved_id: object = None
        # contacts logged from this form (each saved on its own, whatever this form does)
        self.logged_contacts: list[int] = []
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.setMinimumSize(640, 480)
        self.resize(860, 660)

    def problems(self) -> Problems:
        raise NotImplementedError

    def save(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved_id = self.save()
        except VaultError as error:
            dialogs.error(self, error)
            return
        super().accept()


# -- small builders ---------------------------------------------------------------------


def choice_combo(values: Iterable[str], label: Callable[[str], str]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value)
    return combo


def relabel(combo: QComboBox, label: Callable[[str], str]) -> None:
    for index in range(combo.count()):
        combo.setItemText(index, label(combo.itemData(index)))


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


E = TypeVar("E", bound=Enum)


class ChoiceButtons(QWidget, Generic[E]):
    """One radio button per value, in a column (or a row); the page labels `buttons`."""

    def __init__(self, values: Iterable[E], on_change: Callable[[], None], *,
                 row: bool = False) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.buttons: dict[E, QRadioButton] = {}
        layout = QHBoxLayout(self) if row else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for value in values:
            button = QRadioButton()
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
            button.toggled.connect(on_change)
        if row:
            layout.addStretch(1)

    def value(self, default: E) -> E:
        """The checked value (`default` while none is)."""
        return next((v for v, b in self.buttons.items() if b.isChecked()), default)

    def set_value(self, value: E) -> None:
        self.buttons[value].setChecked(True)


def line_edit(max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


def text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class FileList(QWidget):
    """Files chosen to keep with a record; stored in the vault only on Finish."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self.list = QListWidget()
        self.list.setMaximumHeight(60)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.on_change: Callable[[], None] = lambda: None
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add file…"))
        self.remove_button.setText(self.tr("Remove"))
        self.list.setToolTip(self.tr("Kept inside the encrypted vault when you press Finish."))

    def choose(self) -> None:
        chosen = dialogs.open_files(
            self, self.tr("Choose files to keep"),
            self.tr("Images and documents (*.png *.jpg *.jpeg *.heic *.pdf *.mp3 *.m4a *.amr "
                    "*.wav);;All files (*)"))
        self.set_paths([*self.paths, *(Path(p) for p in chosen)])

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.paths):
            self.set_paths(self.paths[:row] + self.paths[row + 1:])

    def set_paths(self, paths: list[Path]) -> None:
        self.paths = list(dict.fromkeys(paths))
        self.list.clear()
        self.list.addItems([p.name for p in self.paths])
        self.remove_button.setEnabled(bool(self.paths))
        self.on_change()


def money_row(form: FieldForm, name: str, *, hint: bool = False) -> MoneyEdit:
    edit = MoneyEdit()
    form.add(name, edit, hint=hint)
    return edit


def date_row(form: FieldForm, name: str, *, optional: bool = False, hint: bool = False
             ) -> DateEdit:
    edit = DateEdit(optional=optional)
    form.add(name, edit, hint=hint)
    return edit


def rate_row(form: FieldForm, name: str, *, hint: bool = False) -> RateEdit:
    edit = RateEdit()
    form.add(name, edit, hint=hint)
    return edit
