"""The documents of one record (a loan, a payment, a contact…), as thumbnails.

Drop files on it, paste a screenshot (Ctrl+V: encoded to PNG in memory, never a temp
file), or use "Add files…"; many files are added in a worker with a progress dialog and
Cancel (`DocumentIntake`, which the record rows that take dropped files use too).
Double-click opens the viewer; a right-click gives the same actions as the buttons, plus any the owner adds through `extend_menu`. "Export a copy…" is the only way
a document leaves the vault decrypted, and it says so first. Every dialog goes through
`PanelDialogs`, the one seam tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.document_viewer import DocumentViewer, format_size, pdf_thumbnail
from ui.widgets.file_drops import local_files
from ui.workers import Job, show_progress
from vault import attachments
from vault.attachments import IngestResult, Link, Outcome, Preview
from vault.errors import ValidationError, VaultError
from vault.records import Attachment, DocumentKind, parse_date
from vault.store import Vault

ICON_PX = 128
PDF_THUMBNAIL_MAX_BYTES = 30 * 1024 * 1024  # larger PDFs keep the generic icon


def kind_label(kind: str) -> str:
    translate = QCoreApplication.translate
    return {
        DocumentKind.settlement_certificate: translate("AttachmentPanel", "Settlement certificate"),
        DocumentKind.receipt: translate("AttachmentPanel", "Repayment receipt"),
        DocumentKind.contract: translate("AttachmentPanel", "Contract"),
        DocumentKind.agreement: translate("AttachmentPanel", "Negotiated agreement"),
        DocumentKind.credit_report: translate("AttachmentPanel", "Credit report"),
        DocumentKind.call_recording: translate("AttachmentPanel", "Call recording"),
        DocumentKind.other: translate("AttachmentPanel", "Other document"),
    }.get(DocumentKind(kind), kind)


class DocumentsModel(QAbstractListModel):
    """The documents linked to one record, with their stored thumbnails."""

    AttachmentRole = Qt.ItemDataRole.UserRole + 1
    PreviewRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Attachment, Preview]] = []
        self._icons: dict[int, QIcon] = {}

    def set_rows(self, rows: list[tuple[Attachment, Preview]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._icons = {}
        self.endResetModel()

    def rowCount(  # noqa: N802 - Qt override
        self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def attachment_at(self, row: int) -> Attachment:
        return self._rows[row][0]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        attachment, preview = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return attachment.title or attachment.original_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(attachment, preview)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                attachment.original_name, kind_label(attachment.kind),
                format_size(attachment.size),
            ]
            if attachment.doc_date is not None:
                lines.append(attachment.doc_date.isoformat())
            if preview.protected:
                lines.append(self.tr("Protected by a password"))
            if preview.problem == attachments.DAMAGED:
                lines.append(self.tr("Looks damaged or incomplete: no preview"))
            return "\n".join(lines)
        if role == self.AttachmentRole:
            return attachment
        if role == self.PreviewRole:
            return preview
        return None

    def _icon(self, attachment: Attachment, preview: Preview) -> QIcon:
        assert attachment.id is not None
        icon = self._icons.get(attachment.id)
        if icon is None:
            pixmap = QPixmap()
            if preview.thumbnail is None or not pixmap.loadFromData(preview.thumbnail):
                icon = _generic_icon(attachment.media_type)
            else:
                icon = QIcon(pixmap)
            self._icons[attachment.id] = icon
        return icon


def _generic_icon(media_type: str) -> QIcon:
    style = QApplication.style()
    pixmap = {
        "media": QStyle.StandardPixmap.SP_MediaVolume,
        "pdf": QStyle.StandardPixmap.SP_FileIcon,
        "image": QStyle.StandardPixmap.SP_FileIcon,
    }.get(attachments.category(media_type), QStyle.StandardPixmap.SP_FileIcon)
    return style.standardIcon(pixmap)


class PanelDialogs:
    """Every question the panel asks; tests swap in an object with the same methods."""

    def open_files(self, parent: QWidget) -> list[str]:
        translate = QCoreApplication.translate
        files, _ = QFileDialog.getOpenFileNames(
            parent, translate("PanelDialogs", "Add documents"), "",
            translate(
                "PanelDialogs",
                "Documents (*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif *.pdf "
                "*.m4a *.mp3 *.amr *.wav *.mp4 *.3gp);;All files (*)",
            ),
        )
        return files

    def save_file(self, parent: QWidget, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("PanelDialogs", "Export a copy"), suggested
        )
        return path

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.warning(
            parent, title, text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Ok

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def edit_details(self, parent: QWidget, attachment: Attachment) -> DocumentDetails | None:
        dialog = DocumentDetailsDialog(attachment, parent)
        return dialog.details if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class DocumentDetails:
    kind: DocumentKind
    title: str
    doc_date: date | None
    note: str


class DocumentDetailsDialog(QDialog):
    """Kind, date, title and notes of one document; the problem is shown under the form."""

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details: DocumentDetails | None = None
        self.kind = QComboBox()
        for kind in DocumentKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(attachment.kind.value))
        self.title = QLineEdit(attachment.title)
        self.doc_date = QLineEdit(attachment.doc_date.isoformat() if attachment.doc_date else "")
        self.doc_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.note = QPlainTextEdit(attachment.note)
        self.error = messages.error_label()
        self.form = QFormLayout()
        self.form.addRow(self.tr("What it is"), self.kind)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Date on the document"), self.doc_date)
        self.form.addRow(self.tr("Notes"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Document details"))

    def accept(self) -> None:
        text = self.doc_date.text().strip()
        try:
            doc_date = parse_date("doc_date", text) if text else None
            details = DocumentDetails(
                DocumentKind(self.kind.currentData()), self.title.text().strip(), doc_date,
                self.note.toPlainText().strip(),
            )
            Attachment(
                sha256="", size=0, media_type="", added_on=datetime.now().date(),
                kind=details.kind, title=details.title, doc_date=doc_date, note=details.note,
            ).validate()
        except ValidationError as error:
            messages.show_inline(self.error, messages.error_text(error))
            return
        self.details = details
        super().accept()


def document_size_limit() -> int:
    """The largest document the user lets into the vault (Preferences), in bytes."""
    from ui.settings import Settings

    return Settings().max_document_mib * 1024 * 1024


def result_line(result: IngestResult) -> str:
    """What became of one file that was not simply stored, in a sentence."""
    translate = QCoreApplication.translate
    if result.outcome == Outcome.duplicate:
        return translate(
            "AttachmentPanel", "{name}: already in the vault; now linked here too."
        ).format(name=result.name)
    if result.outcome == Outcome.skipped:
        return translate("AttachmentPanel", "{name}: not added (cancelled).").format(
            name=result.name
        )
    if result.outcome == Outcome.refused and result.error is not None:
        return translate("AttachmentPanel", "{name}: not added. {reason}").format(
            name=result.name, reason=messages.error_text(result.error)
        )
    return result.name


class DocumentIntake(QObject):
    """Files coming into the vault for one record: added in a worker behind a progress
    dialog whose Cancel stops between files; then the user is told what was not simply
    stored (a duplicate, a refused file) or why it all failed. The documents panel and the
    rows that take dropped files (a loan, a payment, a contact, a checklist step) all add
    files through it, so they behave and speak alike.

    `done()` fires when the job has ended, however it ended, before the user is told: the
    owner shows what is stored now.
    """

    done = Signal()

    def __init__(self, owner: QWidget, vault: Vault) -> None:
        super().__init__(owner)
        self.owner = owner
        self.vault = vault
        self.dialogs: Any = PanelDialogs()
        self.job: Job | None = None
        self.busy = False  # until the job's outcome is handled (its thread may linger)
        self.last_results: list[IngestResult] = []

    def add_files(
        self, paths: list[str], record_type: str, record_id: int, *,
        max_bytes: int | None = None,
    ) -> bool:
        """Start adding `paths` linked to the record; False while an earlier add runs."""
        if self.busy:
            return False
        self.busy = True
        job = Job(self)
        self.job = job
        job.succeeded.connect(self._added)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        show_progress(
            job, self.owner,
            QCoreApplication.translate("AttachmentPanel", "Adding documents to the vault…"),
        )
        job.start(
            attachments.add_files, self.vault, list(paths), [Link(record_type, record_id)],
            max_bytes=document_size_limit() if max_bytes is None else max_bytes,
            progress=job.report, cancel=job.is_cancelled,
        )
        return True

    def _added(self, results: list[IngestResult]) -> None:
        self.busy = False
        self.last_results = results
        self.done.emit()
        report = [result_line(r) for r in results if r.outcome != Outcome.stored]
        if report:
            self._tell("\n".join(report))

    def _cancelled(self) -> None:
        """The files added before Cancel stay."""
        self.busy = False
        self.done.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.done.emit()
        text = messages.handle_job_error(error)
        if text is not None:
            self._tell(text)

    def _tell(self, text: str) -> None:
        title = QCoreApplication.translate("AttachmentPanel", "Adding documents")
        self.dialogs.inform(self.owner, title, text)


class AttachmentPanel(QWidget):
    """Thumbnails of the documents linked to one record, and the ways to add to them.

    Signals: `documents_changed()` after any add, edit or removal;
    `viewer_opened(DocumentViewer)` when a document is opened.
    """

    documents_changed = Signal()
    viewer_opened = Signal(object)

    @property
    def max_bytes(self) -> int:
        """The size limit for new documents: as given, else as set in Preferences."""
        return document_size_limit() if self._max_bytes is None else self._max_bytes

    # The dialogs, the running job and what became of the last files: the intake's.
    @property
    def dialogs(self) -> Any:
        return self.intake.dialogs

    @dialogs.setter
    def dialogs(self, dialogs: Any) -> None:
        self.intake.dialogs = dialogs

    @property
    def job(self) -> Job | None:
        return self.intake.job

    @property
    def last_results(self) -> list[IngestResult]:
        return self.intake.last_results

    @last_results.setter
    def last_results(self, results: list[IngestResult]) -> None:
        self.intake.last_results = results

    def __init__(
        self,
        vault: Vault,
        record_type: str,
        record_id: int,
        parent: QWidget | None = None,
        *,
        max_bytes: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.record_type = record_type
        self.record_id = record_id
        self._max_bytes = max_bytes  # None: the user's Preferences
        self.intake = DocumentIntake(self, vault)
        self.intake.done.connect(self._files_added)
        # The owner's extra actions on a document's context menu: (menu, attachment id).
        self.extend_menu: Callable[[QMenu, int], None] | None = None

        self.model = DocumentsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setIconSize(QSize(ICON_PX, ICON_PX))
        self.view.setGridSize(QSize(ICON_PX + 40, ICON_PX + 48))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(False)
        self.view.doubleClicked.connect(lambda index: self.open_document(self._id_at(index.row())))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.add_button = QPushButton()
        self.paste_button = QPushButton()
        self.open_button = QPushButton()
        self.edit_button = QPushButton()
        self.export_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste)
        self.open_button.clicked.connect(lambda: self._with_selected(self.open_document))
        self.edit_button.clicked.connect(lambda: self._with_selected(self.edit_document))
        self.export_button.clicked.connect(lambda: self._with_selected(self.export_document))
        self.remove_button.clicked.connect(lambda: self._with_selected(self.remove_document))
        buttons = QHBoxLayout()
        for button in (
            self.add_button, self.paste_button, self.open_button, self.edit_button,
            self.export_button, self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.setAcceptDrops(True)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    # -- contents -------------------------------------------------------------------------

    @property
    def link(self) -> Link:
        return Link(self.record_type, self.record_id)

    def set_record(self, record_type: str, record_id: int) -> None:
        self.record_type, self.record_id = record_type, record_id
        self.refresh()

    def refresh(self) -> None:
        with self.vault.snapshot() as db:
            docs = attachments.attachments_of(db, self.record_type, self.record_id)
            rows = [(doc, attachments.preview_of(db, doc.id or 0)) for doc in docs]
        rows = [(doc, self._with_pdf_thumbnail(doc, preview)) for doc, preview in rows]
        selected = self.selected_id()
        self.model.set_rows(rows)
        for row, (doc, _preview) in enumerate(rows):
            if doc.id == selected:
                self.view.setCurrentIndex(self.model.index(row))
        self._update_buttons()

    def _with_pdf_thumbnail(self, doc: Attachment, preview: Preview) -> Preview:
        """Render a PDF's first page once (QtPdf, in memory) and keep it in the vault."""
        if (
            doc.media_type != attachments.PDF or preview.thumbnail is not None
            or preview.protected or doc.size > PDF_THUMBNAIL_MAX_BYTES or doc.id is None
        ):
            return preview
        with self.vault.snapshot() as db:
            data = attachments.read_bytes(db, doc.id)
        image = pdf_thumbnail(data)
        if image is None:
            return preview
        png = _png_bytes(image)
        attachments.store_thumbnail(self.vault, doc.id, png)
        return Preview(png, preview.width, preview.height, preview.pages, False, preview.problem)

    def _id_at(self, row: int) -> int:
        attachment_id = self.model.attachment_at(row).id
        assert attachment_id is not None
        return attachment_id

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self._id_at(rows[0].row()) if rows else None

    def _with_selected(self, action: Any) -> None:
        attachment_id = self.selected_id()
        if attachment_id is not None:
            action(attachment_id)

    def context_menu(self, attachment_id: int) -> QMenu:
        """The buttons' actions for one document, then the owner's (`extend_menu`)."""
        menu = QMenu(self)
        for button, action in (
            (self.open_button, self.open_document), (self.edit_button, self.edit_document),
            (self.export_button, self.export_document), (self.remove_button, self.remove_document),
        ):
            menu.addAction(button.text(), lambda act=action: act(attachment_id))
        if self.extend_menu is not None:
            menu.addSeparator()
            self.extend_menu(menu, attachment_id)
        return menu

    def _show_menu(self, position: Any) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = self.context_menu(self._id_at(index.row()))
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.edit_button, self.export_button, self.remove_button):
            button.setEnabled(chosen)

    # -- adding ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = self.dialogs.open_files(self)
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        """Add files in the background; the progress dialog's Cancel stops between files."""
        self.intake.add_files(paths, self.record_type, self.record_id, max_bytes=self.max_bytes)

    def _files_added(self) -> None:
        """However the add ended (some files may be stored before a Cancel or a failure),
        show what the record has now."""
        self.refresh()
        self.documents_changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if local_files(event.mimeData()) or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if self._take(event.mimeData()):
            event.acceptProposedAction()

    def paste(self) -> None:
        """Ctrl+V: a screenshot on the clipboard, or files copied in the file manager."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self._take(mime):
            self.dialogs.inform(
                self, self.tr("Paste"), self.tr("The clipboard holds no picture or file to add.")
            )

    def _take(self, mime: QMimeData) -> bool:
        files = local_files(mime)
        if files:
            self.add_files(files)
            return True
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.add_image(image)
                return True
        return False

    def add_image(self, image: QImage) -> IngestResult | None:
        """Keep a pasted picture as a PNG made in memory (no temporary file, ever)."""
        name = self.tr("Screenshot {when}.png").format(
            when=datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        )
        try:
            result = attachments.add_bytes(
                self.vault, _png_bytes(image), name, [self.link], max_bytes=self.max_bytes
            )
        except VaultError as error:
            messages.show_error(self, error)
            return None
        self.last_results = [result]
        self.refresh()
        self.documents_changed.emit()
        return result

    # -- one document ---------------------------------------------------------------------

    def open_document(self, attachment_id: int) -> DocumentViewer:
        viewer = DocumentViewer(self.vault, attachment_id, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        self.viewer_opened.emit(viewer)
        return viewer

    def edit_document(self, attachment_id: int) -> None:
        with self.vault.snapshot() as db:
            attachment = attachments.get(db, attachment_id)
        details = self.dialogs.edit_details(self, attachment)
        if details is None:
            return
        try:
            with self.vault.transaction() as db:
                attachments.update_details(
                    db, attachment_id, kind=details.kind, title=details.title,
                    doc_date=details.doc_date, note=details.note,
                )
        except VaultError as error:
            messages.show_error(self, error)
            return
        self.refresh()
        self.documents_changed.emit()

    def export_document(self, attachment_id: int) -> None:
        warning = self.tr(
            "The copy will NOT be encrypted: anyone who can open the folder you choose can "
            "read it. Keep it somewhere safe and delete it when you no longer need it."
        )
        if not self.dialogs.confirm(self, self.tr("Export a copy"), warning):
            return
        with self.vault.snapshot() as db:
            attachment = attachments.get(db, attachment_id)
        path = self.dialogs.save_file(self, attachment.original_name)
        if not path:
            return
        try:
            attachments.export_copy(self.vault, attachment_id, path)
        except VaultError as error:
            messages.show_error(self, error)

    def remove_document(self, attachment_id: int) -> None:
        with self.vault.snapshot() as db:
            attachment = attachments.get(db, attachment_id)
            others = len(attachments.links_of(db, attachment_id)) - 1
        name = attachment.title or attachment.original_name
        if others > 0:
            text = self.tr(
                "Remove “{name}” from this record? It stays in the vault, attached to "
                "{count} other record(s)."
            ).format(name=name, count=others)
        else:
            text = self.tr(
                "Remove “{name}”? It is attached to nothing else, so it will be deleted "
                "from the vault."
            ).format(name=name)
        if not self.dialogs.confirm(self, self.tr("Remove document"), text):
            return
        with self.vault.transaction() as db:
            if attachments.unlink(db, attachment_id, self.record_type, self.record_id) == 0:
                attachments.delete(db, attachment_id)
        self.refresh()
        self.documents_changed.emit()

    # -- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add files…"))
        self.paste_button.setText(self.tr("Paste screenshot"))
        self.open_button.setText(self.tr("Open"))
        self.edit_button.setText(self.tr("Details…"))
        self.export_button.setText(self.tr("Export a copy…"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(self.tr(
            "Drop screenshots, photos, PDFs or call recordings here, or paste a screenshot "
            "with Ctrl+V. They are kept encrypted inside the vault."
        ))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
