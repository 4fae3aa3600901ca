"""A viewer for one document kept in the vault: photos, PDFs, recordings, other files.

Everything is rendered from memory (the bytes come from the vault, never from a file on
disk): images through QImageReader (Pillow when Qt has no decoder, e.g. HEIC), PDF pages
through QtPdf from a QBuffer, sound through QtMultimedia when it imports. Whatever the
type, the details (name, size, type, SHA-256) are shown.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QLocale, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter, QPixmap, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vault import attachments
from vault.attachments import DAMAGED, Preview
from vault.records import Attachment
from vault.store import Vault

ZOOM_STEPS = (0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)
MAX_RENDER_PX = 8000  # longest side of a rendered PDF page
MAX_DECODE_PX = 4096  # images larger than this are shown downscaled (from Pillow's draft)
PDF_DPI = 96


def load_pdf(data: bytes, password: str = "") -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over bytes in memory; keep the buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    if password:
        document.setPassword(password)
    document.load(buffer)
    return document, buffer


def render_pdf_page(document: QPdfDocument, page: int, scale: float) -> QImage:
    """One page at `scale` (1.0 = its size on screen at 96 dpi), white behind it."""
    points = document.pagePointSize(page)
    factor = scale * PDF_DPI / 72
    width, height = max(1, int(points.width() * factor)), max(1, int(points.height() * factor))
    longest = max(width, height)
    if longest > MAX_RENDER_PX:
        width, height = width * MAX_RENDER_PX // longest, height * MAX_RENDER_PX // longest
    image = document.render(page, QSize(width, height))
    page_image = QImage(image.size(), QImage.Format.Format_RGB32)
    page_image.fill(Qt.GlobalColor.white)
    painter = QPainter(page_image)
    painter.drawImage(0, 0, image)
    painter.end()
    return page_image


def pdf_thumbnail(data: bytes, size: int = attachments.THUMBNAIL_PX) -> QImage | None:
    """The first page, its longest side `size` px; None when the PDF cannot be opened."""
    document, _buffer = load_pdf(data)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return None
    points = document.pagePointSize(0)
    longest = max(points.width(), points.height(), 1.0)
    return render_pdf_page(document, 0, size / (longest * PDF_DPI / 72))


def decode_image(data: bytes) -> QImage:
    """An image from memory, EXIF orientation applied; a null QImage if it cannot be read."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_DECODE_PX:
        reader.setScaledSize(
            size.scaled(MAX_DECODE_PX, MAX_DECODE_PX, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        image = _decode_with_pillow(data)
    return image


def _decode_with_pillow(data: bytes) -> QImage:
    """For formats Qt lacks (HEIC) or cannot open; the core already refused bombs."""
    from PIL import Image, ImageOps

    try:
        if data[4:8] == b"ftyp":
            import pillow_heif

            pillow_heif.register_heif_opener()
        with Image.open(io.BytesIO(data)) as image:
            image.draft(None, (MAX_DECODE_PX, MAX_DECODE_PX))
            shown = ImageOps.exif_transpose(image).convert("RGBA")
            shown.thumbnail((MAX_DECODE_PX, MAX_DECODE_PX))
            raw = shown.tobytes()
            return QImage(
                raw, shown.width, shown.height, shown.width * 4, QImage.Format.Format_RGBA8888
            ).copy()
    except Exception:  # damaged data: the details stay on screen instead
        return QImage()


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(size)


class DocumentViewer(QDialog):
    """Shows one document. Construct, then `show()` or `exec()`.

    Images and PDF pages share one canvas: zoom in/out, fit to the window, rotate a
    quarter turn, and (PDFs) page back and forth. Protected PDFs ask for the password
    once, when opened; it is kept only in this window's memory.
    """

    def __init__(self, vault: Vault, attachment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(900, 700)
        with vault.snapshot() as db:
            self.attachment: Attachment = attachments.get(db, attachment_id)
            self.preview: Preview = attachments.preview_of(db, attachment_id)
            self._data = attachments.read_bytes(db, attachment_id)
        self.kind = attachments.category(self.attachment.media_type)
        self.zoom = 1.0
        self.fit = True
        self.rotation = 0
        self.page = 0
        self.page_count = 0
        self._page_scale = 1.0
        self._image = QImage()  # the current image or rendered page, unrotated
        self._pdf: QPdfDocument | None = None
        self._pdf_buffer: QBuffer | None = None
        self._player: object | None = None
        self._player_buffer: QBuffer | None = None

        self.canvas = QLabel()
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.zoom_in_button = QPushButton()
        self.zoom_out_button = QPushButton()
        self.fit_button = QPushButton()
        self.rotate_button = QPushButton()
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.page_label = QLabel()
        self.play_button = QPushButton()
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.fit_button.clicked.connect(self.fit_to_window)
        self.rotate_button.clicked.connect(self.rotate)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.page + 1))
        self.play_button.clicked.connect(self.toggle_play)
        tools = QHBoxLayout()
        for widget in (
            self.zoom_out_button, self.zoom_in_button, self.fit_button, self.rotate_button,
            self.previous_button, self.page_label, self.next_button, self.play_button,
        ):
            tools.addWidget(widget)
        tools.addStretch(1)

        self.details = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}
        self._detail_names: dict[str, QLabel] = {}
        for key in ("name", "size", "type", "sha256", "pages"):
            name_label, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self._detail_names[key] = name_label
            self.detail_labels[key] = value
            self.details.addRow(name_label, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self.details)
        layout.addWidget(buttons)

        self._load()
        self.retranslate()
        self._update_controls()

    # -- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        if self.kind == "image":
            self._image = decode_image(self._data)
        elif self.kind == "pdf":
            self._open_pdf()
        elif self.kind == "media":
            self._player = self._make_player()
        self.scroll.setVisible(not self._image.isNull())
        self._show_image()

    def _open_pdf(self, password: str = "") -> None:
        document, buffer = load_pdf(self._data, password)
        while document.error() == QPdfDocument.Error.IncorrectPassword:
            password = self.ask_password(retry=bool(password)) or ""
            if not password:
                return
            document, buffer = load_pdf(self._data, password)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return
        self._pdf, self._pdf_buffer = document, buffer
        self.page_count = document.pageCount()
        self._render_page()

    def ask_password(self, retry: bool) -> str | None:
        """The one dialog seam of the viewer (tests replace it)."""
        prompt = (
            self.tr("That password did not open the PDF. Try again:")
            if retry else self.tr("This PDF is protected by a password. Enter it to view the PDF:")
        )
        text, ok = QInputDialog.getText(
            self, self.tr("Password-protected PDF"), prompt, QLineEdit.EchoMode.Password
        )
        return text if ok else None

    def _render_page(self) -> None:
        if self._pdf is None:
            return
        scale = self.zoom if not self.fit else self._fit_scale_for_page()
        self._image = render_pdf_page(self._pdf, self.page, scale)
        self._page_scale = scale

    def _fit_scale_for_page(self) -> float:
        assert self._pdf is not None
        points = self._pdf.pagePointSize(self.page)
        width, height = points.width() * PDF_DPI / 72, points.height() * PDF_DPI / 72
        if self.rotation % 180:
            width, height = height, width
        view = self.scroll.viewport().size()
        return max(0.1, min(view.width() / max(width, 1), view.height() / max(height, 1)))

    def _make_player(self) -> object | None:
        """A QMediaPlayer over the bytes, or None when QtMultimedia cannot load here."""
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError:  # e.g. no PulseAudio library on Linux: show the details only
            return None
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self._data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        player = QMediaPlayer(self)
        output = QAudioOutput(player)
        player.setAudioOutput(output)
        player.setSourceDevice(buffer)
        self._player_buffer = buffer
        return player

    # -- viewing --------------------------------------------------------------------------

    def displayed_image(self) -> QImage:
        """What the canvas shows: the image or page, rotated and scaled."""
        if self._image.isNull():
            return QImage()
        image = self._image
        if self.rotation:
            image = image.transformed(QTransform().rotate(self.rotation))
        if self._pdf is not None:
            return image  # rendered at the right scale already
        scale = self._fit_scale_for_image(image) if self.fit else self.zoom
        if abs(scale - 1.0) > 1e-3:
            image = image.scaled(
                max(1, int(image.width() * scale)), max(1, int(image.height() * scale)),
                Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation,
            )
        return image

    def _fit_scale_for_image(self, image: QImage) -> float:
        view = self.scroll.viewport().size()
        return min(
            1.0,
            view.width() / max(image.width(), 1),
            view.height() / max(image.height(), 1),
        )

    def _show_image(self) -> None:
        shown = self.displayed_image()
        self.canvas.setPixmap(QPixmap.fromImage(shown) if not shown.isNull() else QPixmap())

    def current_scale(self) -> float:
        if self._pdf is not None:
            return self._page_scale
        return self._fit_scale_for_image(self._image) if self.fit else self.zoom

    def step_zoom(self, direction: int) -> None:
        current = self.current_scale()
        if direction > 0:
            larger = [z for z in ZOOM_STEPS if z > current + 1e-3]
            self.zoom = larger[0] if larger else ZOOM_STEPS[-1]
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 1e-3]
            self.zoom = smaller[-1] if smaller else ZOOM_STEPS[0]
        self.fit = False
        self._refresh()

    def fit_to_window(self) -> None:
        self.fit = True
        self._refresh()

    def rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._refresh()

    def go_to_page(self, page: int) -> None:
        if self._pdf is None or not 0 <= page < self.page_count:
            return
        self.page = page
        self._refresh()

    def toggle_play(self) -> None:
        if self._player is None:
            return
        from PySide6.QtMultimedia import QMediaPlayer

        player: QMediaPlayer = self._player  # type: ignore[assignment]
        if player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            player.pause()
        else:
            player.play()

    def _refresh(self) -> None:
        self._render_page()
        self._show_image()
        self._update_controls()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fit:
            self._render_page()
            self._show_image()

    # -- text -----------------------------------------------------------------------------

    def _update_controls(self) -> None:
        visual = not self._image.isNull()
        for button in (
            self.zoom_in_button, self.zoom_out_button, self.fit_button, self.rotate_button
        ):
            button.setVisible(visual)
        paged = self._pdf is not None and self.page_count > 1
        for widget in (self.previous_button, self.next_button, self.page_label):
            widget.setVisible(paged)
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.page_count - 1)
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self.page + 1, count=self.page_count)
        )
        self.play_button.setVisible(self._player is not None)

    def notice_text(self) -> str:
        """Why there is nothing to look at, if so."""
        if self.kind == "pdf" and self._pdf is None:
            if self.preview.protected:
                return self.tr("This PDF is protected by a password; it was not opened.")
            return self.tr("This PDF could not be opened; it may be damaged. It is kept as it is.")
        if self.kind == "image" and self._image.isNull():
            return self.tr(
                "This image could not be shown; it may be damaged or incomplete. "
                "It is kept exactly as it was added."
            )
        if self.kind == "media" and self._player is None:
            return self.tr("Sound cannot be played on this computer. The recording is kept safely.")
        if self.kind == "file":
            return self.tr("Jieqing cannot show this kind of file. It is kept safely in the vault.")
        if self.preview.problem == DAMAGED:
            return self.tr("This file looks damaged or incomplete; what could be read is shown.")
        return ""

    def retranslate(self) -> None:
        attachment = self.attachment
        self.setWindowTitle(attachment.title or attachment.original_name)
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Fit"))
        self.rotate_button.setText(self.tr("Rotate"))
        self.previous_button.setText(self.tr("Previous page"))
        self.next_button.setText(self.tr("Next page"))
        self.play_button.setText(self.tr("Play / pause"))
        names = {
            "name": self.tr("Name"), "size": self.tr("Size"), "type": self.tr("Type"),
            "sha256": self.tr("SHA-256"), "pages": self.tr("Pages"),
        }
        for key, text in names.items():
            self._detail_names[key].setText(text)
        self.detail_labels["name"].setText(attachment.original_name)
        self.detail_labels["size"].setText(format_size(attachment.size))
        kinds = {"image": self.tr("Image"), "pdf": self.tr("PDF document"),
                 "media": self.tr("Sound or video"), "file": self.tr("File")}
        self.detail_labels["type"].setText(f"{kinds[self.kind]} ({attachment.media_type})")
        self.detail_labels["sha256"].setText(attachment.sha256)
        pages = self.page_count or self.preview.pages
        self.detail_labels["pages"].setText(str(pages) if pages else "")
        self._detail_names["pages"].setVisible(self.kind == "pdf")
        self.detail_labels["pages"].setVisible(self.kind == "pdf")
        text = self.notice_text()
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self._update_controls()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
