"""Documents inside the vault: byte-exact, deduplicated, linked, and never leaked to disk."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import sys
import tempfile
import zlib
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sqlcipher3
from PIL import Image, PngImagePlugin
from pypdf import PdfWriter

from tests.conftest import TEST_PASSWORD
from vault import attachments, cli, repository, schema
from vault.attachments import CHUNK_SIZE, DAMAGED, Link, Outcome
from vault.errors import (
    AttachmentBombError,
    AttachmentEmptyError,
    AttachmentTooLargeError,
    AttachmentUnreadableError,
    RecordNotFoundError,
    StorageError,
    ValidationError,
    VaultExistsError,
)
from vault.records import (
    Attachment,
    DocumentKind,
    Loan,
    Method,
    Payment,
    PaymentChannel,
    Platform,
    RateKind,
)
from vault.store import Vault

# -- samples, all made here -------------------------------------------------------------


def jpeg(width: int = 640, height: int = 480, orientation: int | None = None) -> bytes:
    image = Image.effect_noise((width, height), 40).convert("RGB")
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(out, format="JPEG", quality=85, exif=exif)
    return out.getvalue()


def image_bytes(pil_format: str, mode: str = "RGB", size: tuple[int, int] = (200, 120)) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "red").save(out, format=pil_format)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` × `height` pixels (a decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def pdf(pages: int = 2, password: str | None = None) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if password is not None:
        writer.encrypt(password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_with_broken_xref() -> bytes:
    """A PDF whose cross-reference table points at the wrong offsets."""
    data = pdf(pages=3)
    start = data.rindex(b"startxref")
    xref = data.index(b"xref")
    broken = data[:xref] + data[xref:start].replace(b"0000000", b"0000999")
    return broken + b"startxref\n999999\n%%EOF\n"


def wav() -> bytes:
    import wave

    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x01" * 800)
    return out.getvalue()


@pytest.fixture
def loan_id(vault: Vault) -> int:
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="微粒贷", lender_entity="微众银行"))
        assert platform.id is not None
        loan = repository.insert(db, Loan(
            platform_id=platform.id, borrowed_on=date(2024, 3, 1), principal=1_000_000,
            rate_kind=RateKind.daily, rate_percent=Decimal("0.05"), term_months=12,
            method=Method.daily,
        ))
    assert loan.id is not None
    return loan.id


@pytest.fixture
def payment_id(vault: Vault, loan_id: int) -> int:
    with vault.transaction() as db:
        payment = repository.insert(db, Payment(
            loan_id=loan_id, paid_on=date(2024, 4, 1), amount=88_000,
            channel=PaymentChannel.app,
        ))
    assert payment.id is not None
    return payment.id


@pytest.fixture
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Source files live outside the vault's folder, so scans of that folder stay honest."""
    return tmp_path_factory.mktemp("inputs")


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# -- round trip -------------------------------------------------------------------------


@pytest.mark.parametrize("size", [1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 5 * 1024 * 1024])
def test_round_trip_is_byte_exact(vault: Vault, loan_id: int, inputs: Path, size: int) -> None:
    """Whatever the size, the bytes come back identical with the same SHA-256."""
    data = os.urandom(size)
    path = write(inputs, "blob.bin", data)
    result = attachments.add_file(vault, path, [Link("loan", loan_id)])
    assert result.outcome == Outcome.stored
    assert result.media_type == attachments.OCTET_STREAM
    assert result.attachment_id is not None
    stored = attachments.get(vault.db, result.attachment_id)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.size == size and stored.original_name == "blob.bin"
    assert attachments.read_bytes(vault.db, result.attachment_id) == data
    chunks = list(attachments.iter_chunks(vault.db, result.attachment_id))
    assert len(chunks) == -(-size // CHUNK_SIZE)
    assert all(len(c) <= CHUNK_SIZE for c in chunks)


def test_open_stream_seeks_across_chunks(vault: Vault) -> None:
    data = os.urandom(2 * CHUNK_SIZE + 100)
    result = attachments.add_bytes(vault, data, "x.bin")
    assert result.attachment_id is not None
    stream = attachments.open_stream(vault.db, result.attachment_id)
    stream.seek(CHUNK_SIZE - 10)
    assert stream.read(20) == data[CHUNK_SIZE - 10 : CHUNK_SIZE + 10]
    stream.seek(-50, io.SEEK_END)
    assert stream.read() == data[-50:]
    stream.seek(0)
    assert stream.read() == data


def test_zero_bytes_are_refused(vault: Vault, inputs: Path) -> None:
    before = schema.record_counts(vault.db)
    with pytest.raises(AttachmentEmptyError) as caught:
        attachments.add_file(vault, write(inputs, "empty.jpg", b""))
    assert caught.value.key == "attachment.empty"
    assert caught.value.message == "empty.jpg: the file is empty."
    assert schema.record_counts(vault.db) == before


def test_size_limit_is_per_call(vault: Vault, inputs: Path) -> None:
    path = write(inputs, "big.pdf", b"%PDF-1.4\n" + os.urandom(3 * 1024 * 1024))
    before = schema.record_counts(vault.db)
    with pytest.raises(AttachmentTooLargeError) as caught:
        attachments.add_file(vault, path, max_bytes=2 * 1024 * 1024)
    assert caught.value.key == "attachment.too_large"
    assert "big.pdf is 3 MB; files up to 2 MB" in caught.value.message
    assert schema.record_counts(vault.db) == before
    assert attachments.add_file(vault, path).outcome == Outcome.stored


# -- dedupe and links -------------------------------------------------------------------


def test_same_file_twice_is_stored_once_and_linked_twice(
    vault: Vault, loan_id: int, payment_id: int, inputs: Path
) -> None:
    data = jpeg()
    first = attachments.add_file(vault, write(inputs, "a.jpg", data), [Link("loan", loan_id)])
    second = attachments.add_file(
        vault, write(inputs, "copy of a.jpg", data), [Link("payment", payment_id)]
    )
    assert (first.outcome, second.outcome) == (Outcome.stored, Outcome.duplicate)
    assert first.attachment_id == second.attachment_id
    assert second.preview.thumbnail == first.preview.thumbnail
    counts = schema.record_counts(vault.db)
    assert counts["attachment"] == 1
    assert counts["attachment_chunk"] == 1
    assert first.attachment_id is not None
    assert attachments.links_of(vault.db, first.attachment_id) == [
        Link("loan", loan_id), Link("payment", payment_id)
    ]
    assert [a.id for a in attachments.attachments_of(vault.db, "payment", payment_id)] == [
        first.attachment_id
    ]


def test_link_unlink_and_delete(vault: Vault, loan_id: int, payment_id: int) -> None:
    result = attachments.add_bytes(vault, pdf(), "statement.pdf", [Link("loan", loan_id)])
    assert result.attachment_id is not None
    doc = result.attachment_id
    with vault.transaction() as db:
        attachments.link(db, doc, "payment", payment_id)
        attachments.link(db, doc, "payment", payment_id)  # twice is harmless
    assert len(attachments.links_of(vault.db, doc)) == 2
    with vault.transaction() as db:
        assert attachments.unlink(db, doc, "loan", loan_id) == 1
    assert attachments.attachments_of(vault.db, "loan", loan_id) == []
    with vault.transaction() as db:
        attachments.delete(db, doc)
    counts = schema.record_counts(vault.db)
    assert counts["attachment"] == counts["attachment_chunk"] == counts["attachment_link"] == 0
    assert counts["attachment_preview"] == 0


def test_linking_to_a_missing_record_stores_nothing(vault: Vault, loan_id: int) -> None:
    before = schema.record_counts(vault.db)
    with pytest.raises(RecordNotFoundError):
        attachments.add_bytes(vault, jpeg(), "a.jpg", [Link("loan", loan_id + 99)])
    with pytest.raises(ValidationError):
        attachments.parse_link("platform:1")
    with pytest.raises(ValidationError):
        attachments.parse_link("loan:abc")
    assert attachments.parse_link("milestone:7") == Link("milestone", 7)
    assert schema.record_counts(vault.db) == before


def test_deleting_the_record_removes_its_links(vault: Vault, loan_id: int) -> None:
    result = attachments.add_bytes(vault, jpeg(), "a.jpg", [Link("loan", loan_id)])
    with vault.transaction() as db:
        repository.delete(db, Loan, loan_id)
    assert result.attachment_id is not None
    assert attachments.links_of(vault.db, result.attachment_id) == []


def test_details_can_be_edited(vault: Vault) -> None:
    result = attachments.add_bytes(vault, pdf(1), "结清证明.pdf")
    assert result.attachment_id is not None
    with vault.transaction() as db:
        attachments.update_details(
            db, result.attachment_id, kind=DocumentKind.settlement_certificate,
            title="微粒贷结清证明", doc_date=date(2025, 6, 1),
        )
        attachments.update_details(db, result.attachment_id, note="from the app")
    stored = attachments.get(vault.db, result.attachment_id)
    assert stored.kind == DocumentKind.settlement_certificate
    assert (stored.title, stored.doc_date, stored.note) == (
        "微粒贷结清证明", date(2025, 6, 1), "from the app"
    )
    with pytest.raises(ValidationError), vault.transaction() as db:
        attachments.update_details(db, result.attachment_id, title="x" * 5000)
    assert attachments.get(vault.db, result.attachment_id).title == "微粒贷结清证明"


# -- types and previews -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (image_bytes("PNG"), "image/png"),
        (image_bytes("PNG", "RGBA"), "image/png"),
        (image_bytes("GIF", "P"), "image/gif"),
        (image_bytes("WEBP"), "image/webp"),
        (image_bytes("JPEG", "L"), "image/jpeg"),
        (image_bytes("JPEG", "CMYK"), "image/jpeg"),
    ],
)
def test_images_get_a_thumbnail(vault: Vault, data: bytes, media_type: str) -> None:
    result = attachments.add_bytes(vault, data, "picture.dat")  # the name says nothing
    assert result.media_type == media_type
    assert (result.preview.width, result.preview.height) == (200, 120)
    assert result.preview.thumbnail is not None and result.preview.problem == ""
    assert Image.open(io.BytesIO(result.preview.thumbnail)).size == (200, 120)


def test_exif_orientation_is_applied(vault: Vault) -> None:
    result = attachments.add_bytes(vault, jpeg(640, 480, orientation=6), "phone.jpg")
    assert (result.preview.width, result.preview.height) == (480, 640)
    assert result.preview.thumbnail is not None
    thumb = Image.open(io.BytesIO(result.preview.thumbnail))
    assert thumb.size == (240, 320)


def test_heic_photo(vault: Vault) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    result = attachments.add_bytes(vault, image_bytes("HEIF", size=(64, 48)), "IMG_0001.HEIC")
    assert result.media_type == "image/heic"
    assert (result.preview.width, result.preview.height) == (64, 48)
    assert result.preview.thumbnail is not None


def test_pdf_pages_and_protection(vault: Vault) -> None:
    plain = attachments.add_bytes(vault, pdf(3), "statement.pdf")
    assert plain.media_type == attachments.PDF
    assert (plain.preview.pages, plain.preview.protected) == (3, False)
    locked = attachments.add_bytes(vault, pdf(2, password="s3cret"), "credit-report.pdf")
    assert locked.outcome == Outcome.stored
    assert locked.preview.protected and locked.preview.pages is None
    assert locked.attachment_id is not None
    stored = attachments.preview_of(vault.db, locked.attachment_id)
    assert stored.protected


def test_pdf_with_a_broken_xref_is_kept(vault: Vault) -> None:
    data = pdf_with_broken_xref()
    result = attachments.add_bytes(vault, data, "broken.pdf")
    assert result.outcome == Outcome.stored and result.media_type == attachments.PDF
    assert result.preview.pages == 3  # pypdf rebuilds the table by scanning the file
    assert result.attachment_id is not None
    assert attachments.read_bytes(vault.db, result.attachment_id) == data


def test_garbage_pdf_is_kept_as_damaged(vault: Vault) -> None:
    result = attachments.add_bytes(vault, b"%PDF-1.7\n" + b"\x00garbage" * 50, "x.pdf")
    assert (result.outcome, result.preview.problem) == (Outcome.stored, DAMAGED)


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (wav(), "audio/wav"),
        (b"#!AMR\n" + os.urandom(300), "audio/amr"),
        (b"ID3\x04\x00\x00" + os.urandom(300), "audio/mpeg"),
        (b"\xff\xfb\x90\x64" + os.urandom(300), "audio/mpeg"),
        (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A isom" + os.urandom(300), "audio/mp4"),
        (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00isom" + os.urandom(300), "video/mp4"),
    ],
)
def test_recordings_are_recognised(vault: Vault, data: bytes, media_type: str) -> None:
    result = attachments.add_bytes(vault, data, "recording.txt")
    assert result.media_type == media_type
    assert result.attachment_id is not None
    assert attachments.get(vault.db, result.attachment_id).kind == DocumentKind.call_recording


def test_unknown_content_is_an_opaque_file(vault: Vault) -> None:
    result = attachments.add_bytes(vault, b"PK\x03\x04 a zip or docx", "合同.docx")
    assert result.media_type == attachments.OCTET_STREAM
    assert result.preview == attachments.Preview()
    assert result.attachment_id is not None
    assert attachments.get(vault.db, result.attachment_id).original_name == "合同.docx"


# -- malformed input --------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), [(100_000, 100_000), (13_000, 12_000)])
def test_decompression_bomb_is_refused(vault: Vault, width: int, height: int) -> None:
    """Beyond Pillow's own error, and between its warning and ours: refused either way."""
    before = schema.record_counts(vault.db)
    with pytest.raises(AttachmentBombError) as caught:
        attachments.add_bytes(vault, png_claiming(width, height), "bomb.png")
    assert caught.value.key == "attachment.bomb"
    assert "bomb.png claims to be an enormous image" in caught.value.message
    assert schema.record_counts(vault.db) == before


def test_a_huge_image_that_cannot_decode_small_is_kept_without_a_thumbnail(vault: Vault) -> None:
    """A 64-MP PNG would take ~200 MiB to decode whole for a thumbnail: kept, not decoded."""
    data = png_claiming(8_000, 8_000)
    result = attachments.add_bytes(vault, data, "scan.png")
    assert result.outcome == Outcome.stored and result.attachment_id is not None
    assert result.preview == attachments.Preview(width=8_000, height=8_000)
    assert attachments.read_bytes(vault.db, result.attachment_id) == data


@pytest.mark.parametrize("pil_format", ["JPEG", "PNG"])
def test_truncated_image_is_kept_without_preview(vault: Vault, pil_format: str) -> None:
    """A cut-off download is still evidence: kept byte-exact, flagged as damaged."""
    out = io.BytesIO()
    Image.effect_noise((300, 300), 50).convert("RGB").save(out, format=pil_format)
    data = out.getvalue()[: len(out.getvalue()) // 2]
    result = attachments.add_bytes(vault, data, "cut.img")
    assert result.outcome == Outcome.stored
    assert result.preview.problem == DAMAGED and result.preview.thumbnail is None
    assert result.attachment_id is not None
    assert attachments.read_bytes(vault.db, result.attachment_id) == data


def test_vanished_file_is_refused(vault: Vault, inputs: Path) -> None:
    with pytest.raises(AttachmentUnreadableError) as caught:
        attachments.add_file(vault, inputs / "gone.jpg")
    assert caught.value.message == "gone.jpg could not be read: the file no longer exists."
    with pytest.raises(AttachmentUnreadableError, match="it is a folder"):
        attachments.add_file(vault, inputs)


class FailingStream(io.BytesIO):
    """Reads fail after `fail_after` bytes, as when a USB stick is pulled out."""

    def __init__(self, data: bytes, fail_after: int) -> None:
        super().__init__(data)
        self.fail_after = fail_after

    def read(self, size: int | None = -1) -> bytes:
        if self.tell() >= self.fail_after:
            raise OSError(5, "Input/output error")
        return super().read(size)


class ChangingStream(io.BytesIO):
    """Different bytes on the second reading: the file was edited during the import."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.readings = 0

    def seek(self, offset: int, whence: int = 0) -> int:
        if offset == 0 and whence == 0:
            self.readings += 1
            if self.readings == 3:  # sniff, hash, then storing
                self.getbuffer()[-1] ^= 0xFF
        return super().seek(offset, whence)


def test_unreadable_mid_import_stores_nothing(vault: Vault) -> None:
    before = schema.record_counts(vault.db)
    data = os.urandom(3 * CHUNK_SIZE)
    with pytest.raises(AttachmentUnreadableError, match="Input/output error"):
        attachments.add_stream(vault, FailingStream(data, CHUNK_SIZE * 2), "usb.bin")
    with pytest.raises(AttachmentUnreadableError, match="changed while it was being read"):
        attachments.add_stream(vault, ChangingStream(data), "edited.bin")
    assert schema.record_counts(vault.db) == before


def test_odd_names_are_cleaned(vault: Vault, inputs: Path) -> None:
    assert attachments.clean_name("C:\\Users\\张\\收据\u202egpj.exe") == "收据gpj.exe"
    assert attachments.clean_name("line\nbreak\ttab.png") == "line break tab.png"
    assert attachments.clean_name("  ") == "unnamed"
    long = attachments.clean_name("长" * 500 + ".jpeg")
    assert len(long) == attachments.MAX_NAME_CHARS and long.endswith(".jpeg")
    emoji = write(inputs, "还款 ✅ 2024-05 (1) #3 'final'.png", image_bytes("PNG"))
    assert attachments.add_file(vault, emoji).name == "还款 ✅ 2024-05 (1) #3 'final'.png"


@pytest.mark.skipif(sys.platform != "linux", reason="undecodable names exist on Linux only")
def test_undecodable_file_name(vault: Vault, inputs: Path) -> None:
    path = os.fsdecode(os.fsencode(inputs) + b"/scan\xff\xfe.jpg")
    Path(path).write_bytes(jpeg())
    result = attachments.add_file(vault, path)
    assert result.outcome == Outcome.stored and result.name == "scan??.jpg"


# -- bulk -------------------------------------------------------------------------------


def test_bulk_add_reports_each_file(vault: Vault, loan_id: int, inputs: Path) -> None:
    photo = jpeg()
    paths = [
        write(inputs, "1.jpg", photo),
        write(inputs, "2.jpg", photo),
        write(inputs, "empty.png", b""),
        inputs / "missing.pdf",
        write(inputs, "4.pdf", pdf()),
    ]
    seen: list[tuple[int, int]] = []
    results = attachments.add_files(
        vault, paths, [Link("loan", loan_id)], progress=lambda d, t: seen.append((d, t))
    )
    assert [r.outcome for r in results] == [
        Outcome.stored, Outcome.duplicate, Outcome.refused, Outcome.refused, Outcome.stored
    ]
    assert isinstance(results[2].error, AttachmentEmptyError)
    assert isinstance(results[3].error, AttachmentUnreadableError)
    assert seen == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert len(attachments.attachments_of(vault.db, "loan", loan_id)) == 2


def test_bulk_add_can_be_cancelled(vault: Vault, inputs: Path) -> None:
    paths = [write(inputs, f"{n}.bin", os.urandom(100)) for n in range(4)]
    done: list[int] = []
    results = attachments.add_files(
        vault, paths, progress=lambda d, t: done.append(d), cancel=lambda: len(done) > 2
    )
    assert [r.outcome for r in results] == [
        Outcome.stored, Outcome.stored, Outcome.skipped, Outcome.skipped
    ]
    assert schema.record_counts(vault.db)["attachment"] == 2


# -- export and leaks -------------------------------------------------------------------


def test_export_copy(vault: Vault, tmp_path: Path) -> None:
    data = os.urandom(CHUNK_SIZE + 7)
    result = attachments.add_bytes(vault, data, "a.bin")
    assert result.attachment_id is not None
    dest = tmp_path / "out" / "copy.bin"
    dest.parent.mkdir()
    dest.write_bytes(b"old")  # replaced whole
    assert attachments.export_copy(vault, result.attachment_id, dest) == dest
    assert dest.read_bytes() == data
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.bin"]
    with pytest.raises(VaultExistsError):
        attachments.export_copy(vault, result.attachment_id, vault.path)
    with pytest.raises(StorageError):
        attachments.export_copy(vault, result.attachment_id, tmp_path / "no" / "such" / "x")
    with pytest.raises(RecordNotFoundError):
        attachments.export_copy(vault, 999, tmp_path / "out" / "y.bin")
    assert not (tmp_path / "out" / "y.bin").exists()


def all_bytes_under(folder: Path) -> Callable[[bytes], list[Path]]:
    def find(needle: bytes) -> list[Path]:
        return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]

    return find


def test_canary_never_reaches_the_disk(
    vault: Vault, loan_id: int, inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decrypted document bytes appear nowhere in the vault's folder or the temp folder."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    canary = b"JQ-CANARY-" + os.urandom(12).hex().encode()
    opaque = canary * 4000
    screenshot = io.BytesIO()
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", canary.decode())
    Image.new("RGB", (300, 600), "white").save(screenshot, format="PNG", pnginfo=text)
    paths = [
        write(inputs, "call.amr", b"#!AMR\n" + opaque),
        write(inputs, "s.png", screenshot.getvalue()),
    ]
    results = attachments.add_files(vault, paths, [Link("loan", loan_id)])
    assert [r.outcome for r in results] == [Outcome.stored, Outcome.stored]
    for result in results:
        assert result.attachment_id is not None
        assert canary in attachments.read_bytes(vault.db, result.attachment_id)
    vault.lock()
    reopened = Vault.open(vault.path, TEST_PASSWORD)
    reopened.lock()
    find = all_bytes_under(tmp_path)
    assert find(canary) == []
    assert find(canary[:16]) == []
    # The scan does find plaintext where it is: proof the check can fail.
    (tmp_path / "exported.amr").write_bytes(opaque)
    assert find(canary) == [tmp_path / "exported.amr"]


# -- schema -----------------------------------------------------------------------------


def test_version_1_vault_gains_the_attachment_tables() -> None:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    schema.migrate(conn, target=1)
    conn.execute(
        "INSERT INTO attachment (sha256, size, media_type, added_on) "
        "VALUES ('ab', 3, 'application/pdf', '2024-01-01')"
    )
    schema.migrate(conn)
    assert schema.version(conn) == schema.CURRENT_VERSION >= 2
    counts = schema.record_counts(conn)
    assert counts["attachment"] == 1 and counts["attachment_chunk"] == 0
    conn.close()


# -- command line -----------------------------------------------------------------------


def test_cli_attach(
    vault: Vault, loan_id: int, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.lock()
    password_file = write(tmp_path, "pw.txt", TEST_PASSWORD.encode() + b"\n")
    photo = write(inputs, "receipt.jpg", jpeg())
    files = [
        photo, write(inputs, "again.jpg", photo.read_bytes()), write(inputs, "zero.pdf", b""),
        write(inputs, "cert.pdf", pdf(2)), write(inputs, "locked.pdf", pdf(1, password="x")),
    ]
    code = cli.main([
        "attach", str(vault.path), "--to", f"loan:{loan_id}", "--kind", "receipt",
        "--password-file", str(password_file), *map(str, files),
    ])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert lines[0].startswith("stored     receipt.jpg (#1, image/jpeg, ")
    assert lines[1].startswith("duplicate  again.jpg (already kept as #1, image/jpeg")
    assert lines[2] == "refused    zero.pdf: the file is empty."
    assert lines[3].startswith("stored     cert.pdf (#2, application/pdf, ") and "2 pages" in lines[3]
    assert "password-protected PDF" in lines[4]
    with Vault.open(vault.path, TEST_PASSWORD) as reopened:
        docs = attachments.attachments_of(reopened.db, "loan", loan_id)
        assert [d.kind for d in docs] == [DocumentKind.receipt] * 3

    code = cli.main([
        "attach", str(vault.path), "--to", f"loan:{loan_id}",
        "--password-file", str(password_file), str(photo),
    ])
    assert code == 0
    assert capsys.readouterr().out.startswith("duplicate  receipt.jpg")


def test_documents_a_killed_form_save_left_unlinked_are_forgotten(
    vault: Vault, loan_id: int
) -> None:
    """A form stores its files, then its records with their links: killed in between, the
    files are linked to nothing; opening the vault again removes them, and only them."""
    kept = attachments.add_bytes(vault, jpeg(), "receipt.jpg", [Link("loan", loan_id)])
    left = attachments.add_bytes(vault, b"half-saved " * 10, "left.txt")
    assert attachments.forget_unlinked(vault) == 1
    ids = {a.id for a in repository.select(vault.db, Attachment)}
    assert ids == {kept.attachment_id}
    assert left.attachment_id not in ids
    assert vault.db.execute("SELECT count(*) FROM attachment_chunk WHERE attachment_id = ?",
                            (left.attachment_id,)).fetchone()[0] == 0
    assert attachments.forget_unlinked(vault) == 0
