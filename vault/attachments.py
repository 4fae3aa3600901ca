"""Documents kept inside the vault: screenshots, photos, PDFs, call recordings.

The original bytes are stored byte-exact in chunks (`attachment_chunk`) inside the
encrypted database, in one transaction with their SHA-256; the same file added twice is
kept once and linked twice. The type comes from the content, never from the name. A
thumbnail (images) or page count (PDFs) is made once at ingest and kept in the vault
(`attachment_preview`), so nothing decrypted ever needs to touch the disk; the only way
out is `export_copy`, which the user asks for explicitly.

What is refused, and what is kept: an empty file, a file over the size limit, a file
that cannot be read (or changes while it is read) and an image claiming enormous
dimensions are refused with a clear error and nothing is stored. A damaged image or PDF
(truncated download, broken cross-reference table) is still evidence: it is kept as it
is, flagged `problem = "damaged"`, and shown without a preview. A password-protected PDF
is kept and flagged `protected`; the password is asked for only to view it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
import os
import unicodedata
import warnings
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image, ImageOps

from vault import repository
from vault.errors import (
    AttachmentBombError,
    AttachmentEmptyError,
    AttachmentTooLargeError,
    AttachmentUnreadableError,
    RecordNotFoundError,
    ValidationError,
    VaultError,
)
from vault.fsutil import check_export_target, new_file
from vault.records import LINKABLE, Attachment, DocumentKind
from vault.store import Connection, Vault

CHUNK_SIZE = 512 * 1024
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
THUMBNAIL_PX = 320  # longest side of a stored thumbnail
MAX_THUMBNAIL_BYTES = 1024 * 1024
# Above 108-megapixel phone cameras; an image claiming more is refused as a likely bomb.
MAX_IMAGE_PIXELS = 150_000_000
# Only JPEG decodes at a fraction of its size; any other image this large is kept whole but
# gets no thumbnail, so decoding it never takes more than ~200 MiB (48-MP phone HEICs fit).
MAX_FULL_DECODE_PIXELS = 50_000_000
MAX_NAME_CHARS = 200
SNIFF_BYTES = 1024

OCTET_STREAM = "application/octet-stream"
PDF = "application/pdf"
DAMAGED = "damaged"  # Preview.problem: the file is kept but no preview could be made

# Sniffed media type → the only Pillow decoder allowed to open it.
_PIL_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/webp": "WEBP",
    "image/heic": "HEIF",
    "image/heif": "HEIF",
}
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_HEIF_BRANDS = {b"mif1", b"msf1"}
_M4A_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A "}
_BIDI_CONTROLS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class Outcome(StrEnum):
    stored = "stored"
    duplicate = "duplicate"  # already in the vault: only the links were added
    refused = "refused"
    skipped = "skipped"  # the bulk add was cancelled before this file


@dataclass(frozen=True)
class Link:
    record_type: str  # one of records.LINKABLE
    record_id: int

    def __str__(self) -> str:
        return f"{self.record_type}:{self.record_id}"


@dataclass(frozen=True)
class Preview:
    thumbnail: bytes | None = None  # PNG or JPEG, longest side ≤ THUMBNAIL_PX
    width: int | None = None  # as displayed, after EXIF orientation
    height: int | None = None
    pages: int | None = None  # PDFs whose structure could be read
    protected: bool = False  # a PDF that needs a password to open
    problem: str = ""  # "" or DAMAGED


@dataclass(frozen=True)
class IngestResult:
    name: str
    outcome: Outcome
    attachment_id: int | None = None
    media_type: str = ""
    size: int = 0
    preview: Preview = Preview()
    error: VaultError | None = None  # why it was refused


# -- names and types ------------------------------------------------------------------


def clean_name(name: str) -> str:
    """A file's name as we keep and show it: no folders, control or direction characters.

    Undecodable bytes in a name (lone surrogates on Linux) become "?"; an overlong name
    keeps its extension.
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = base.encode("utf-8", "replace").decode("utf-8")
    base = "".join(
        " " if unicodedata.category(c) == "Cc" else c for c in base if c not in _BIDI_CONTROLS
    )
    base = " ".join(base.split())
    if len(base) > MAX_NAME_CHARS:
        stem, dot, ext = base.rpartition(".")
        keep = ext if dot and len(ext) <= 10 else ""
        base = base[: MAX_NAME_CHARS - len(keep) - 1].rstrip() + ("." + keep if keep else "")
    return base or "unnamed"


def sniff(head: bytes) -> str:
    """The media type from a file's first bytes (up to SNIFF_BYTES)."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[4:8] == b"ftyp":
        return _sniff_iso_media(head)
    if b"%PDF-" in head[:SNIFF_BYTES]:
        return PDF
    if head.startswith(b"#!AMR-WB\n"):
        return "audio/amr-wb"
    if head.startswith(b"#!AMR\n"):
        return "audio/amr"
    if head.startswith(b"ID3") or _is_mp3_frame(head):
        return "audio/mpeg"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    return OCTET_STREAM


def _sniff_iso_media(head: bytes) -> str:
    box_size = int.from_bytes(head[:4], "big")
    major = head[8:12]
    brands = {major} | {head[i : i + 4] for i in range(16, min(box_size, len(head)) - 3, 4)}
    if brands & _HEIC_BRANDS:
        return "image/heic"
    if major in _HEIF_BRANDS:
        return "image/heif"
    if major in _M4A_BRANDS:
        return "audio/mp4"
    if major.startswith(b"3g"):
        return "audio/3gpp"  # Android call recorders; may also hold video
    if major == b"qt  ":
        return "video/quicktime"
    return "video/mp4"  # isom, mp41, mp42…: may be sound only; the viewer plays either


def _is_mp3_frame(head: bytes) -> bool:
    if len(head) < 3 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 3, (head[1] >> 1) & 3
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 3
    return version != 1 and layer != 0 and bitrate not in (0, 15) and rate != 3


def category(media_type: str) -> str:
    """"image", "pdf", "media" (sound or video) or "file"."""
    if media_type in _PIL_FORMATS:
        return "image"
    if media_type == PDF:
        return "pdf"
    if media_type.startswith(("audio/", "video/")):
        return "media"
    return "file"


def default_kind(media_type: str) -> DocumentKind:
    return DocumentKind.call_recording if category(media_type) == "media" else DocumentKind.other


def parse_link(text: str) -> Link:
    """`loan:3` → Link("loan", 3)."""
    record_type, _, number = text.partition(":")
    record_type = record_type.strip()
    if record_type not in LINKABLE:
        raise ValidationError(
            "record_type", "invalid.choice",
            f"attach to one of {', '.join(LINKABLE)} (for example loan:3), not {text!r}",
        )
    try:
        record_id = int(number)
    except ValueError:
        raise ValidationError("record_id", "invalid.number", f"{text!r} has no record number") from None
    return Link(record_type, record_id)


# -- previews -------------------------------------------------------------------------


def make_preview(source: BinaryIO, media_type: str, name: str) -> Preview:
    """Thumbnail and facts for one file; raises AttachmentBombError, never for damage."""
    if media_type in _PIL_FORMATS:
        return _image_preview(source, _PIL_FORMATS[media_type], name)
    if media_type == PDF:
        return _pdf_preview(source)
    return Preview()


@cache
def _register_heif() -> None:
    import pillow_heif  # noqa: PLC0415 - a heavy import, needed only for iPhone photos

    pillow_heif.register_heif_opener()


def _image_preview(source: BinaryIO, pil_format: str, name: str) -> Preview:
    if pil_format == "HEIF":
        _register_heif()
    source.seek(0)
    with warnings.catch_warnings():
        # Our own limit (checked below) is the one that counts; Pillow's error is a backstop.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(source, formats=[pil_format])
        except Image.DecompressionBombError:
            raise AttachmentBombError(name=name) from None
        except Exception:  # a header Pillow cannot parse: keep the file, no preview
            return Preview(problem=DAMAGED)
    with image:
        width, height = image.size
        if width * height > MAX_IMAGE_PIXELS:
            raise AttachmentBombError(name=name)
        if width * height > MAX_FULL_DECODE_PIXELS and image.format != "JPEG":
            return Preview(width=width, height=height)
        try:
            return _thumbnail(image)
        except Exception:  # truncated or corrupt data; hostile input fails in many ways
            return Preview(width=width, height=height, problem=DAMAGED)


def _thumbnail(image: Image.Image) -> Preview:
    width, height = image.size
    if image.getexif().get(0x0112, 1) in (5, 6, 7, 8):  # rotated a quarter turn
        width, height = height, width
    # JPEG decodes straight at 1/2, 1/4 or 1/8 scale: most of a fast ingest.
    image.draft(None, (THUMBNAIL_PX, THUMBNAIL_PX))
    image.load()
    shown = ImageOps.exif_transpose(image)
    shown.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
    out = io.BytesIO()
    if shown.mode in ("RGBA", "LA", "PA", "P") or "transparency" in shown.info:
        shown.convert("RGBA").save(out, format="PNG")
    else:
        shown.convert("RGB").save(out, format="JPEG", quality=85)
    return Preview(thumbnail=out.getvalue(), width=width, height=height)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs its repairs of broken files; users should not see them on the console."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _pdf_preview(source: BinaryIO) -> Preview:
    from pypdf import PdfReader  # noqa: PLC0415 - only when a PDF comes in

    source.seek(0)
    with _quiet_pypdf():
        try:
            reader = PdfReader(source, strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return Preview(protected=True)
            return Preview(pages=len(reader.pages))
        except Exception:  # broken PDFs fail in many ways; the file is still kept
            return Preview(problem=DAMAGED)


# -- ingest ---------------------------------------------------------------------------


def add_file(
    vault: Vault,
    path: str | os.PathLike[str],
    links: Iterable[Link] = (),
    *,
    kind: DocumentKind | None = None,
    title: str = "",
    doc_date: date | None = None,
    note: str = "",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> IngestResult:
    """Keep one file in the vault; raise an AttachmentError (nothing stored) if refused."""
    name = clean_name(os.fsdecode(path))
    try:
        source = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as error:
        raise _unreadable(name, error) from None
    with source:
        return add_stream(
            vault, source, name, links,
            kind=kind, title=title, doc_date=doc_date, note=note, max_bytes=max_bytes,
        )


def add_bytes(
    vault: Vault,
    data: bytes,
    name: str,
    links: Iterable[Link] = (),
    **details: Any,
) -> IngestResult:
    """Keep bytes already in memory (a pasted screenshot) as a document."""
    return add_stream(vault, io.BytesIO(data), clean_name(name), links, **details)


def add_stream(
    vault: Vault,
    source: BinaryIO,
    name: str,
    links: Iterable[Link] = (),
    *,
    kind: DocumentKind | None = None,
    title: str = "",
    doc_date: date | None = None,
    note: str = "",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> IngestResult:
    """The one ingest path: `source` is a seekable binary stream, read in chunks.

    The stream is read twice: once for its SHA-256 (to find a duplicate before any work)
    and once, inside the transaction, to store it; if the two readings differ the file
    changed meanwhile and nothing is stored.
    """
    links = list(links)
    size = _measure(source, name)
    if size == 0:
        raise AttachmentEmptyError(name=name)
    if size > max_bytes:
        raise AttachmentTooLargeError(name=name, size_mb=_mb(size), limit_mb=_mb(max_bytes))
    media_type = sniff(_read_at(source, 0, SNIFF_BYTES, name))
    record = Attachment(
        sha256="", size=size, media_type=media_type, added_on=date.today(),
        original_name=name, kind=kind or default_kind(media_type), title=title,
        doc_date=doc_date, note=note,
    )
    record.validate()  # refuse a bad title or date before reading anything
    digest = _sha256(source, name)

    with vault.snapshot() as db:
        known = _find(db, digest)
    preview = Preview() if known is not None else make_preview(source, media_type, name)

    with vault.transaction() as db:
        for target in links:
            _check_target(db, target)
        known = _find(db, digest)
        if known is None:
            stored = repository.insert(db, dataclasses.replace(record, sha256=digest))
            assert stored.id is not None
            attachment_id, outcome = stored.id, Outcome.stored
            _store_chunks(db, attachment_id, source, size, digest, name)
            _store_preview(db, attachment_id, preview)
        else:
            assert known.id is not None
            attachment_id, outcome = known.id, Outcome.duplicate
            preview = preview_of(db, attachment_id)
            media_type, size = known.media_type, known.size
        for target in links:
            _insert_link(db, attachment_id, target)
    return IngestResult(name, outcome, attachment_id, media_type, size, preview)


def add_files(
    vault: Vault,
    paths: Sequence[str | os.PathLike[str]],
    links: Iterable[Link] = (),
    *,
    kind: DocumentKind | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[IngestResult]:
    """Add many files, each in its own transaction; one result per file, in order.

    A refused file does not stop the others. `cancel()` is checked between files; the
    files not reached are reported as skipped.
    """
    links = list(links)
    results: list[IngestResult] = []
    total = len(paths)
    if progress is not None:
        progress(0, total)
    for index, path in enumerate(paths):
        name = clean_name(os.fsdecode(path))
        if cancel is not None and cancel():
            results.extend(
                IngestResult(clean_name(os.fsdecode(p)), Outcome.skipped) for p in paths[index:]
            )
            break
        try:
            results.append(add_file(vault, path, links, kind=kind, max_bytes=max_bytes))
        except VaultError as error:
            results.append(IngestResult(name, Outcome.refused, error=error))
        if progress is not None:
            progress(index + 1, total)
    return results


def _unreadable(name: str, error: OSError) -> AttachmentUnreadableError:
    if isinstance(error, FileNotFoundError):
        reason = "the file no longer exists"
    elif isinstance(error, PermissionError):
        reason = "permission denied"
    elif isinstance(error, IsADirectoryError):
        reason = "it is a folder, not a file"
    else:
        reason = error.strerror or "a read error"
    return AttachmentUnreadableError(name=name, reason=reason)


def _measure(source: BinaryIO, name: str) -> int:
    try:
        return source.seek(0, io.SEEK_END)
    except OSError as error:
        raise _unreadable(name, error) from None


def _read_at(source: BinaryIO, offset: int, size: int, name: str) -> bytes:
    try:
        source.seek(offset)
        return source.read(size)
    except OSError as error:
        raise _unreadable(name, error) from None


def _chunks(source: BinaryIO, name: str) -> Iterator[bytes]:
    try:
        source.seek(0)
        while chunk := source.read(CHUNK_SIZE):
            yield chunk
    except OSError as error:
        raise _unreadable(name, error) from None


def _sha256(source: BinaryIO, name: str) -> str:
    digest = hashlib.sha256()
    for chunk in _chunks(source, name):
        digest.update(chunk)
    return digest.hexdigest()


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


def _store_chunks(
    db: Connection, attachment_id: int, source: BinaryIO, size: int, digest: str, name: str
) -> None:
    check = hashlib.sha256()
    stored = 0
    for seq, chunk in enumerate(_chunks(source, name)):
        check.update(chunk)
        stored += len(chunk)
        db.execute(
            "INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?, ?, ?)",
            (attachment_id, seq, chunk),
        )
    if stored != size or check.hexdigest() != digest:
        raise AttachmentUnreadableError(name=name, reason="it changed while it was being read")


def _store_preview(db: Connection, attachment_id: int, preview: Preview) -> None:
    db.execute(
        "INSERT INTO attachment_preview "
        "(attachment_id, thumbnail, width, height, pages, protected, problem) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            attachment_id, preview.thumbnail, preview.width, preview.height, preview.pages,
            int(preview.protected), preview.problem,
        ),
    )


def _find(db: Connection, digest: str) -> Attachment | None:
    found = repository.select(db, Attachment, "sha256 = ?", (digest,))
    return found[0] if found else None


# -- links and details ----------------------------------------------------------------


def _check_target(db: Connection, target: Link) -> None:
    if target.record_type not in LINKABLE:
        raise ValidationError(
            "record_type", "invalid.choice", f"unknown record type {target.record_type!r}"
        )
    row = 0 < target.record_id <= repository.MAX_ID and db.execute(
        f"SELECT 1 FROM {target.record_type} WHERE id = ?",  # noqa: S608 - checked above
        (target.record_id,),
    ).fetchone()
    if not row:
        raise RecordNotFoundError(kind=target.record_type, record_id=target.record_id)


def _insert_link(db: Connection, attachment_id: int, target: Link) -> None:
    db.execute(
        "INSERT OR IGNORE INTO attachment_link (attachment_id, record_type, record_id) "
        "VALUES (?, ?, ?)",
        (attachment_id, target.record_type, target.record_id),
    )


def link(db: Connection, attachment_id: int, record_type: str, record_id: int) -> None:
    """Attach a stored document to one more record (no-op if already linked)."""
    get(db, attachment_id)
    target = Link(record_type, record_id)
    _check_target(db, target)
    _insert_link(db, attachment_id, target)


def unlink(db: Connection, attachment_id: int, record_type: str, record_id: int) -> int:
    """Detach a document from one record; return how many links it still has.

    The document itself stays in the vault (delete it with `delete`).
    """
    db.execute(
        "DELETE FROM attachment_link "
        "WHERE attachment_id = ? AND record_type = ? AND record_id = ?",
        (attachment_id, record_type, record_id),
    )
    return len(links_of(db, attachment_id))


def links_of(db: Connection, attachment_id: int) -> list[Link]:
    rows = db.execute(
        "SELECT record_type, record_id FROM attachment_link WHERE attachment_id = ? "
        "ORDER BY record_type, record_id",
        (attachment_id,),
    ).fetchall()
    return [Link(record_type, record_id) for record_type, record_id in rows]


def attachments_of(db: Connection, record_type: str, record_id: int) -> list[Attachment]:
    """The documents linked to one record, oldest document date first."""
    return repository.select(
        db, Attachment,
        "id IN (SELECT attachment_id FROM attachment_link "
        "WHERE record_type = ? AND record_id = ?)",
        (record_type, record_id),
        order_by="coalesce(doc_date, added_on), id",
    )


def get(db: Connection, attachment_id: int) -> Attachment:
    return repository.get(db, Attachment, attachment_id)


def preview_of(db: Connection, attachment_id: int) -> Preview:
    row = db.execute(
        "SELECT thumbnail, width, height, pages, protected, problem "
        "FROM attachment_preview WHERE attachment_id = ?",
        (attachment_id,),
    ).fetchone()
    if row is None:
        return Preview()
    thumbnail, width, height, pages, protected, problem = row
    return Preview(
        None if thumbnail is None else bytes(thumbnail), width, height, pages,
        bool(protected), problem,
    )


_KEEP: Any = object()


def update_details(
    db: Connection,
    attachment_id: int,
    *,
    kind: DocumentKind = _KEEP,
    title: str = _KEEP,
    doc_date: date | None = _KEEP,
    note: str = _KEEP,
) -> Attachment:
    """Change what the user says about a document; the bytes never change."""
    current = get(db, attachment_id)
    changes: dict[str, Any] = {
        field: value
        for field, value in (("kind", kind), ("title", title), ("doc_date", doc_date), ("note", note))
        if value is not _KEEP
    }
    updated = dataclasses.replace(current, **changes)
    repository.update(db, updated)
    return updated


def delete(db: Connection, attachment_id: int) -> None:
    """Remove a document, its bytes, preview and links from the vault."""
    repository.delete(db, Attachment, attachment_id)


def forget_unlinked(vault: Vault) -> int:
    """Remove documents linked to nothing; return how many.

    Every way in links a document in the transaction that stores it, except a form's save
    (flows.save_with_files), which stores its files first and links them with its records:
    a save killed in between leaves its files unlinked, unseen and never saved as far as
    the user knows. Run when the vault is opened, before any other work starts."""
    unlinked = "SELECT id FROM attachment WHERE id NOT IN (SELECT attachment_id FROM attachment_link)"
    with vault.snapshot() as db:
        if not db.execute(unlinked).fetchone():
            return 0
    with vault.transaction() as db:
        ids = [row[0] for row in db.execute(unlinked).fetchall()]
        for attachment_id in ids:
            delete(db, attachment_id)
    return len(ids)


def store_thumbnail(vault: Vault, attachment_id: int, data: bytes) -> bool:
    """Keep a thumbnail the UI rendered (a PDF's first page) so it is made only once.

    Only PNG or JPEG bytes, and only where there is none yet; returns whether it was kept.
    """
    if len(data) > MAX_THUMBNAIL_BYTES or sniff(data[:16]) not in ("image/png", "image/jpeg"):
        return False
    with vault.transaction() as db:
        cursor = db.execute(
            "UPDATE attachment_preview SET thumbnail = ? "
            "WHERE attachment_id = ? AND thumbnail IS NULL",
            (data, attachment_id),
        )
        return bool(cursor.rowcount == 1)


# -- reading and export ---------------------------------------------------------------


def iter_chunks(db: Connection, attachment_id: int) -> Iterator[bytes]:
    """The original bytes in stored chunks; one query per chunk keeps memory flat."""
    seq = 0
    while True:
        row = db.execute(
            "SELECT data FROM attachment_chunk WHERE attachment_id = ? AND seq = ?",
            (attachment_id, seq),
        ).fetchone()
        if row is None:
            return
        yield bytes(row[0])
        seq += 1


def read_bytes(db: Connection, attachment_id: int) -> bytes:
    """The whole document in memory (for the viewer; sizes are capped at ingest)."""
    get(db, attachment_id)
    return b"".join(iter_chunks(db, attachment_id))


class _ChunkReader(io.RawIOBase):
    """A seekable read-only view of a stored document, one chunk in memory at a time."""

    def __init__(self, db: Connection, attachment_id: int) -> None:
        self._db = db
        self._id = attachment_id
        rows = db.execute(
            "SELECT seq, length(data) FROM attachment_chunk WHERE attachment_id = ? ORDER BY seq",
            (attachment_id,),
        ).fetchall()
        self._starts: list[int] = []
        total = 0
        for _seq, length in rows:
            self._starts.append(total)
            total += length
        self._size = total
        self._pos = 0
        self._cached: tuple[int, bytes] = (-1, b"")

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer: Any) -> int:
        if self._pos >= self._size:
            return 0
        seq = bisect_right(self._starts, self._pos) - 1
        if self._cached[0] != seq:
            row = self._db.execute(
                "SELECT data FROM attachment_chunk WHERE attachment_id = ? AND seq = ?",
                (self._id, seq),
            ).fetchone()
            self._cached = (seq, bytes(row[0]))
        chunk = self._cached[1]
        start = self._pos - self._starts[seq]
        count = min(len(buffer), len(chunk) - start)
        buffer[:count] = chunk[start : start + count]
        self._pos += count
        return count


def open_stream(db: Connection, attachment_id: int) -> io.BufferedReader:
    """A seekable binary file over a stored document, for Pillow, pypdf or copying."""
    get(db, attachment_id)
    return io.BufferedReader(_ChunkReader(db, attachment_id), buffer_size=CHUNK_SIZE)


def export_copy(vault: Vault, attachment_id: int, dest: str | os.PathLike[str]) -> Path:
    """Write the original bytes to a place the user chose: the ONLY way out of the vault.

    The copy is not encrypted (the UI says so first). Written to a temporary name beside
    the destination, checked against its SHA-256, fsynced and renamed into place, so a
    kill leaves either no copy or a whole one.
    """
    target = Path(dest)
    check_export_target(target, vault.path)
    with vault.snapshot() as db, new_file(target) as out:
        attachment = get(db, attachment_id)
        digest = hashlib.sha256()
        for chunk in iter_chunks(db, attachment_id):
            digest.update(chunk)
            out.write(chunk)
        if digest.hexdigest() != attachment.sha256:
            raise AttachmentUnreadableError(
                name=attachment.original_name, reason="the copy kept in the vault is damaged"
            )
    return target
