"""The archive binder: complete, embedded fonts, correct numbering, evidence done right."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfgen.canvas import Canvas

from tests.conftest import TEST_PASSWORD
from tests.vault.conftest import renegotiated_loan
from vault import attachments, kdf, repository
from vault.attachments import Link
from vault.binder import (
    PRINT_DPI,
    BinderCancelledError,
    BinderOptions,
    BinderResult,
    fingerprint,
    write_binder,
)
from vault.cli import main
from vault.demo import create_demo_vault, fill_demo
from vault.errors import RecordNotFoundError, ValidationError
from vault.loans import add_loan
from vault.pdf_style import FONT, enum_label, register_fonts
from vault.records import (
    DocumentKind,
    Installment,
    Loan,
    Method,
    Payment,
    PaymentChannel,
    Platform,
    RateKind,
)
from vault.store import Vault

TODAY = date(2026, 11, 24)
BASE14 = {
    "Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats", "Helvetica-Bold",
    "Times-Bold", "Courier-Bold",
}


def make_photo(orientation: int = 6) -> bytes:
    """A 12 MP-ish phone photo, stored sideways with an EXIF orientation tag."""
    image = Image.new("RGB", (3000, 2000), "#d8d2c4")
    draw = ImageDraw.Draw(image)
    draw.rectangle((300, 200, 2700, 1800), fill="white", outline="black", width=10)
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"  # metadata that must not reach the binder
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, exif=exif)
    return out.getvalue()


def make_pdf(pages: int = 2) -> bytes:
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, initialFontName=FONT)
    for page in range(pages):
        canvas.setFont(FONT, 18)
        canvas.drawString(72, 700, f"结清证明 ATTACHED-PDF-PAGE-{page + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def loans_by_platform(vault: Vault) -> dict[str, Loan]:
    from vault.records import Platform

    platforms = {p.id: p.name for p in repository.select(vault.db, Platform)}
    return {platforms[loan.platform_id]: loan for loan in repository.select(vault.db, Loan)}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Path]]:
    """The demo vault with a sideways photo, a two-page PDF, a corrupt JPEG and a recording."""
    folder = tmp_path_factory.mktemp("binder")
    path = folder / "demo.jqvault"
    with Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS) as made, made.transaction() as db:
        fill_demo(db, TODAY)  # the records only: the documents below are this module's own
    vault = Vault.open(path, TEST_PASSWORD)
    loans = loans_by_platform(vault)
    weilidai = loans["微粒贷"]
    payment = repository.select(vault.db, Payment, "loan_id = ?", (weilidai.id,))[0]
    attachments.add_bytes(vault, make_photo(), "IMG_2041.jpg", [Link("loan", weilidai.id or 0)],
                          kind=DocumentKind.receipt, doc_date=date(2026, 6, 1))
    attachments.add_bytes(vault, make_pdf(), "结清证明.pdf", [Link("loan", loans["借呗"].id or 0)],
                          kind=DocumentKind.settlement_certificate)
    attachments.add_bytes(vault, make_photo()[:5000], "broken.jpg",
                          [Link("payment", payment.id or 0)])
    attachments.add_bytes(vault, b"ID3" + bytes(4000), "催收电话.mp3",
                          [Link("loan", loans["美团借钱"].id or 0)])
    yield vault, folder
    vault.lock()


@pytest.fixture(scope="module")
def binder(demo: tuple[Vault, Path]) -> tuple[BinderResult, PdfReader, list[str]]:
    vault, folder = demo
    calls: list[tuple[int, int]] = []
    result = write_binder(vault, folder / "binder.pdf", BinderOptions(as_of=TODAY),
                          progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1]  # progress reaches the end
    reader = PdfReader(result.path)
    return result, reader, [page.extract_text() for page in reader.pages]


def fonts_of(resources: Any, seen: set[int]) -> Iterator[Any]:
    """Every font dictionary in a resource dictionary, including inside form XObjects."""
    if resources is None or id(resources) in seen:
        return
    seen.add(id(resources))
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        yield font.get_object()
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from fonts_of(xobject.get("/Resources"), seen)


def embedded(font: Any) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_every_font_on_every_page_is_embedded(binder):
    _, reader, _ = binder
    count = 0
    for page in reader.pages:
        for font in fonts_of(page.get("/Resources"), set()):
            count += 1
            assert embedded(font), font
            assert str(font.get("/BaseFont", "")).lstrip("/") not in BASE14
    assert count >= len(reader.pages)


def test_text_reads_back_with_platforms_amounts_and_fingerprint(binder):
    result, _, texts = binder
    text = "\n".join(texts)
    for name in ("微粒贷", "借呗", "京东金条", "美团借钱", "360借条", "招商银行"):
        assert name in text
    assert "60,000.00" in text and "5,122.71" in text  # the bank loan and its instalment
    assert "逾期" in text and "已还清" in text
    assert "不构成法律意见" in text  # rate warnings carry the not-legal-advice line
    assert result.fingerprint[:32] in texts[0] and result.fingerprint[32:] in texts[0]
    assert result.loans == 7 and result.documents == 4 and result.payments > 20


def test_contents_outline_and_page_x_of_y_agree(binder):
    result, reader, texts = binder
    assert len(reader.pages) == result.pages
    # The page count is a late-drawn form: extractors may put it on a line of its own.
    assert re.search(rf"第 {result.pages} 页，共\s*{result.pages}\s*页", texts[-1])
    assert re.search(rf"第 1 页，共\s*{result.pages}\s*页", texts[0])
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert titles[:2] == ["结清档案", "目录"]
    assert titles[-2:] == ["证据材料", "证据索引"]
    loans = [item for item in top if re.match(r"\d+\. ", item.title)]
    assert len(loans) == 7
    contents = [line.strip() for line in texts[1].splitlines()]
    for item in loans:
        page = reader.get_destination_page_number(item) + 1
        assert item.title in texts[page - 1]
        row = contents.index(item.title)
        assert contents[row + 1] == str(page)  # the contents' page number, drawn after it


def test_corrupt_attachment_gets_a_page_saying_why(binder):
    result, _, texts = binder
    assert result.not_included == ("broken.jpg",)
    page = next(t for t in texts if "证据 E" in t and "broken.jpg" in t and "SHA-256" in t)
    assert "本材料的内容无法收录：文件已损坏或不完整" in page


def test_pdf_attachment_pages_follow_its_caption(binder):
    _, _, texts = binder
    first = next(i for i, t in enumerate(texts) if "ATTACHED-PDF-PAGE-1" in t)
    assert "ATTACHED-PDF-PAGE-2" in texts[first + 1]
    assert "以下为本文件的 2 页原文" in texts[first - 1]
    assert "证据 E1 第 1／2 页" in texts[first]


def image_placements(page: Any) -> list[tuple[int, int, float, float]]:
    """(pixel width, pixel height, printed width pt, printed height pt) of each image."""
    xobjects = page["/Resources"].get_object().get("/XObject") or {}
    stream = ContentStream(page.get_contents(), page.pdf)
    found, matrices = [], [[1.0, 0, 0, 1.0, 0, 0]]
    for operands, operator in stream.operations:
        if operator == b"q":
            matrices.append(list(matrices[-1]))
        elif operator == b"Q":
            matrices.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(x) for x in operands)
            m = matrices[-1]
            matrices[-1] = [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2],
                            c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4],
                            e * m[1] + f * m[3] + m[5]]
        elif operator == b"Do":
            image = xobjects[operands[0]].get_object()
            if image.get("/Subtype") == "/Image":
                m = matrices[-1]
                found.append((image["/Width"], image["/Height"], abs(m[0]), abs(m[3])))
    return found


def test_photo_is_upright_downscaled_to_print_resolution_and_stripped(binder):
    _, reader, texts = binder
    index = next(i for i, t in enumerate(texts) if "IMG_2041.jpg" in t and "SHA-256" in t)
    placements = image_placements(reader.pages[index])
    assert len(placements) == 1
    px_w, px_h, pt_w, pt_h = placements[0]
    assert px_h > px_w  # stored 3000 × 2000 sideways; EXIF says turn it upright
    dpi = px_w / (pt_w / 72)
    assert dpi <= 300 and abs(dpi - PRINT_DPI) < 2
    assert px_w < 2000  # downscaled, not the original pixels
    data = reader.pages[index]["/Resources"]["/XObject"]
    jpeg = next(x.get_object()._data for x in data.values())
    assert b"PhoneMaker" not in jpeg and b"Exif" not in jpeg


def test_recordings_are_listed_with_size_and_fingerprint(binder, demo):
    vault, _ = demo
    _, _, texts = binder
    text = "\n".join(texts)
    recording = repository.select(vault.db, attachments.Attachment, "original_name = ?",
                                  ("催收电话.mp3",))[0]
    assert "录音及其他文件" in text and "催收电话.mp3" in text
    assert recording.sha256[:32] in text and "4 KB" in text


def test_a_filtered_english_binder_has_only_the_chosen_loan_and_range(demo):
    vault, folder = demo
    loan = loans_by_platform(vault)["美团借钱"]
    options = BinderOptions(loan_ids=(loan.id or 0,), date_from=loan.borrowed_on,
                            date_to=loan.borrowed_on.replace(year=loan.borrowed_on.year + 1),
                            lang="en", as_of=TODAY)
    result = write_binder(vault, folder / "one.pdf", options)
    text = "\n".join(p.extract_text() for p in PdfReader(result.path).pages)
    assert "美团借钱" in text and "Loan settlement archive" in text
    for other in ("微粒贷", "借呗", "京东金条", "闪电贷"):
        assert other not in text
    assert result.loans == 1 and result.documents == 1  # the recording, not the others
    assert re.search(rf"page {result.pages} of\s*{result.pages}\b", text)


def test_cancel_leaves_nothing_at_the_destination(demo):
    vault, folder = demo
    target = folder / "cancelled" / "binder.pdf"
    target.parent.mkdir()
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3  # part-way through the printing

    with pytest.raises(BinderCancelledError):
        write_binder(vault, target, BinderOptions(as_of=TODAY), cancel=cancel)
    assert list(target.parent.iterdir()) == []


def test_bad_options_are_refused_before_anything_is_written(demo):
    vault, folder = demo
    with pytest.raises(ValidationError):
        write_binder(vault, folder / "x.pdf", BinderOptions(date_from=TODAY, date_to=date(2020, 1, 1)))
    with pytest.raises(ValidationError):
        write_binder(vault, folder / "x.pdf", BinderOptions(lang="fr"))
    with pytest.raises(RecordNotFoundError):
        write_binder(vault, folder / "x.pdf", BinderOptions(loan_ids=(999,)))
    assert not (folder / "x.pdf").exists()


def test_fingerprint_follows_the_records(vault_factory):
    vault = vault_factory()
    with vault.snapshot() as db:
        before = fingerprint(db)
        assert fingerprint(db) == before
    with vault.transaction() as db:
        db.execute("INSERT INTO meta(key, value) VALUES ('owner_name', '李雷')")
    with vault.snapshot() as db:
        assert fingerprint(db) != before


def test_a_limited_binder_has_the_fingerprint_of_exactly_its_records(vault_factory, tmp_path):
    """One loan and a period: a change to what it prints changes its fingerprint, a change
    to anything it leaves out (another loan, a payment outside the period) does not."""
    vault = vault_factory()
    with vault.transaction() as db:
        fill_demo(db, TODAY)
    loan = loans_by_platform(vault)["微粒贷"]
    paid = repository.select(vault.db, Payment, "loan_id = ?", (loan.id,), order_by="paid_on")
    inside, outside = paid[-1], paid[0]
    options = BinderOptions(loan_ids=(loan.id or 0,), date_from=inside.paid_on, as_of=TODAY)
    result = write_binder(vault, tmp_path / "one.pdf", options)
    with vault.snapshot() as db:
        whole = fingerprint(db)
        assert result.fingerprint == fingerprint(db, options) != whole
    cover = PdfReader(result.path).pages[0].extract_text()
    assert result.fingerprint[:32] in cover and result.fingerprint[32:] in cover

    def after(change: str, params: tuple[object, ...]) -> tuple[str, str]:
        with vault.transaction() as db:
            db.execute(change, params)
        with vault.snapshot() as db:
            return fingerprint(db, options), fingerprint(db)

    other = loans_by_platform(vault)["借呗"]
    limited, full = after("UPDATE payment SET note = 'x' WHERE loan_id = ?", (other.id,))
    assert limited == result.fingerprint and full != whole
    limited, _ = after("UPDATE payment SET note = 'x' WHERE id = ?", (outside.id,))
    assert limited == result.fingerprint
    limited, _ = after("UPDATE payment SET note = 'x' WHERE id = ?", (inside.id,))
    assert limited != result.fingerprint


def test_a_stored_copy_that_no_longer_matches_its_fingerprint_is_reported(vault_factory, tmp_path):
    vault = vault_factory()
    with vault.transaction() as db:
        from vault.demo import fill_demo

        fill_demo(db, TODAY)
    loan = loans_by_platform(vault)["微粒贷"]
    stored = attachments.add_bytes(vault, make_photo(1), "receipt.jpg", [Link("loan", loan.id or 0)])
    with vault.transaction() as db:
        db.execute("UPDATE attachment_chunk SET data = zeroblob(length(data)) "
                   "WHERE attachment_id = ?", (stored.attachment_id,))
    result = write_binder(vault, tmp_path / "b.pdf", BinderOptions(loan_ids=(loan.id or 0,)))
    text = "\n".join(p.extract_text() for p in PdfReader(result.path).pages)
    assert "档案中保存的副本与其指纹不符" in text
    assert result.not_included == ("receipt.jpg",)


def test_cli_writes_the_binder_and_says_it_is_not_encrypted(tmp_path, capsys):
    path = tmp_path / "demo.jqvault"
    create_demo_vault(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS, today=TODAY)
    password_file = tmp_path / "password.txt"
    password_file.write_text(TEST_PASSWORD + "\n", encoding="utf-8")
    code = main(["binder", str(path), str(tmp_path / "cli.pdf"), "--loan", "1", "--lang", "en",
                 "--password-file", str(password_file)])
    out = capsys.readouterr()
    assert code == 0
    assert "cli.pdf" in out.out and "1 loans" in out.out
    assert "NOT encrypted" in out.err
    assert PdfReader(tmp_path / "cli.pdf").pages
    code = main(["binder", str(path), str(tmp_path / "bad.pdf"), "--from", "2026-02-30",
                 "--password-file", str(password_file)])
    assert code == 1
    assert capsys.readouterr().err.strip().startswith("jieqing: from:")
    assert not (tmp_path / "bad.pdf").exists()


def test_a_photo_under_a_long_caption_is_still_printed_at_print_resolution(vault_factory, tmp_path):
    vault = vault_factory()
    with vault.transaction() as db:
        from vault.demo import fill_demo

        fill_demo(db, TODAY)
    loan = loans_by_platform(vault)["借呗"]
    note = "催收电话录音整理：" + "对方多次来电，要求立即还清全部欠款。" * 30
    attachments.add_bytes(vault, make_photo(8), "scan.jpg", [Link("loan", loan.id or 0)],
                          note=note)
    result = write_binder(vault, tmp_path / "b.pdf", BinderOptions(loan_ids=(loan.id or 0,)))
    reader = PdfReader(result.path)
    page = next(p for p in reader.pages if "scan.jpg" in p.extract_text() and
                image_placements(p))
    px_w, px_h, pt_w, pt_h = image_placements(page)[0]
    assert px_h > px_w  # orientation 8: a quarter turn the other way
    assert abs(px_w / (pt_w / 72) - PRINT_DPI) < 2 and abs(px_h / (pt_h / 72) - PRINT_DPI) < 2


def test_a_huge_image_that_only_decodes_whole_is_listed_not_decoded(vault_factory, tmp_path):
    """An 8000 × 8000 PNG would take ~200 MiB per photo thread to decode: the binder says
    it is too large instead (JPEGs decode at a fraction of their size and are printed)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    huge = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8000, 8000, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))
    vault = vault_factory()
    with vault.transaction() as db:
        from vault.demo import fill_demo

        fill_demo(db, TODAY)
    loan = loans_by_platform(vault)["借呗"]
    attachments.add_bytes(vault, huge, "scan.png", [Link("loan", loan.id or 0)])
    result = write_binder(vault, tmp_path / "b.pdf", BinderOptions(loan_ids=(loan.id or 0,)))
    text = "\n".join(p.extract_text() for p in PdfReader(result.path).pages)
    assert "图片过大" in text
    assert result.not_included == ("scan.png",)


def binder_text(vault: Vault, path: Path, lang: str, as_of: date) -> str:
    """The binder's text on one line (Chinese without spaces: a wrapped cell reads whole)."""
    result = write_binder(vault, path, BinderOptions(lang=lang, as_of=as_of))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(result.path).pages)
    return text.replace(" ", "") if lang == "zh_CN" else text


# The plans table of `renegotiated_loan` in each language: where it starts, where plan 2's
# row starts, where it ends; then the states "in force", "upcoming" and "replaced".
PLANS_TABLE = {
    "en": ("State Note", " 2 negotiated instalments ", "Plan 1 (",
           "in force", "takes effect on 2024-05-01", "replaced on 2024-05-01"),
    "zh_CN": ("状态备注", "2协商分期", "方案1（", "执行中", "2024-05-01起生效", "2024-05-01起被取代"),
}


def test_a_plan_not_yet_in_effect_is_printed_as_upcoming(vault_factory, tmp_path):
    """Saving the negotiated plan marks the original one no longer "active" at once; until
    the new plan takes effect the original is still the plan in force, and says so."""
    vault = vault_factory()
    with vault.transaction() as db:
        renegotiated_loan(db)
    for lang, (start, second, end, in_force, upcoming, replaced) in PLANS_TABLE.items():
        for as_of, states in ((date(2024, 4, 10), (in_force, upcoming)),
                              (date(2024, 5, 10), (replaced, in_force))):
            text = binder_text(vault, tmp_path / f"{lang}-{as_of}.pdf", lang, as_of)
            table = text.split(start, 1)[1].split(end, 1)[0]
            rows = table.split(second)
            assert len(rows) == 2, table
            for row, state in zip(rows, states, strict=True):
                assert row.rstrip().endswith(state), (row, state)
            assert "not in force" not in text and "未执行" not in text


def pay(db, loan: Loan, *days_and_amounts: tuple[date, int]) -> None:  # noqa: ANN001
    for paid_on, amount in days_and_amounts:
        repository.insert(db, Payment(loan_id=loan.id or 0, paid_on=paid_on, amount=amount,
                                      channel=PaymentChannel.app))


def test_total_repaid_counts_the_payments_of_every_plan(vault_factory, tmp_path):
    """Two payments under the original plan and one under the negotiated one: the summary's
    total is all three, as the payments table adds them up."""
    vault = vault_factory()
    with vault.transaction() as db:
        loan = renegotiated_loan(db)
        pay(db, loan, (date(2024, 1, 20), 100_000), (date(2024, 2, 20), 100_000),
            (date(2024, 5, 20), 100_000))
    english = binder_text(vault, tmp_path / "en.pdf", "en", date(2024, 6, 10))
    assert "Total repaid 3,000.00" in english and "Total 3,000.00" in english
    chinese = binder_text(vault, tmp_path / "zh.pdf", "zh_CN", date(2024, 6, 10))
    assert "累计已还3,000.00" in chinese and "合计3,000.00" in chinese


def test_the_schedule_says_what_is_still_owed_penalty_included(vault_factory, tmp_path):
    """Three × 1,000.00 at 0 %, penalty 0.05 % a day; 400.00 paid ten days late on the first.
    Twenty days late it still owes 600.00 principal and the penalty not yet paid."""
    vault = vault_factory()
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="某小贷"))
        loan, _plan = add_loan(db, Loan(
            platform_id=platform.id or 0, borrowed_on=date(2023, 12, 20), principal=300_000,
            rate_kind=RateKind.annual, rate_percent=Decimal(0), term_months=3,
            method=Method.equal_principal, penalty_rate_kind=RateKind.daily,
            penalty_rate_percent=Decimal("0.05"),
        ))
        pay(db, loan, (date(2024, 1, 30), 40_000))
    text = binder_text(vault, tmp_path / "en.pdf", "en", date(2024, 2, 9))
    # penalty: 1,000.00 × 0.05 % × 10 days = 5.00 (paid first), then 605.00 × 0.05 % × 10 days
    # = 3.025: 8.03 in all, of which 3.03 unpaid; 1,000.00 + 8.03 − 400.00 = 608.03 owed
    assert ("Instalment Paid Still owed Status 1 2024-01-20 1,000.00 0.00 0.00 1,000.00 "
            "400.00 608.03 overdue 20 days penalty 8.03") in text
    assert "2 2024-02-20 1,000.00 0.00 0.00 1,000.00 0.00 1,000.00 due" in text


def test_interest_by_the_day_shows_the_interest_early_payments_left_owing(
    vault_factory, tmp_path
):
    """A 30-day bullet of 10,000.00 at 0.05 % a day, half paid on day ten: it owes 50.00 for
    those ten days and 50.50 for twenty more on 5,050.00, not the scheduled 150.00, and the
    row adds up: 10,000.00 + 100.50 = 10,100.50; paid 5,000.00; still owed 5,100.50."""
    vault = vault_factory()
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="某贷"))
        loan, _plan = add_loan(db, Loan(
            platform_id=platform.id or 0, borrowed_on=date(2024, 1, 1), principal=1_000_000,
            rate_kind=RateKind.daily, rate_percent=Decimal("0.05"), term_months=1,
            method=Method.bullet, first_due=date(2024, 1, 31),
        ))
        pay(db, loan, (date(2024, 1, 11), 500_000))
    [installment] = repository.select(vault.db, Installment)
    assert installment.interest == 15_000  # as scheduled
    text = binder_text(vault, tmp_path / "en.pdf", "en", date(2024, 1, 20))
    assert ("1 2024-01-31 10,000.00 100.50 0.00 10,100.50 5,000.00 5,100.50 partly paid"
            in text)


def test_status_and_next_due_are_the_loans_on_the_binders_day(vault_factory, tmp_path):
    """As of 2024-04-10 the loan is overdue and its next installment (old plan) is due on
    2024-04-20; the old plan's 2024-05-20 installment is never owed: from 2024-05-01 the
    new plan's first, due 2024-05-20, is next."""
    from vault.overview import loan_overview

    vault = vault_factory()
    with vault.transaction() as db:
        loan = renegotiated_loan(db, new_each=150_000, new_count=8)
    for as_of, next_day, amount in ((date(2024, 4, 10), "2024-04-20", "1,000.00"),
                                    (date(2024, 4, 25), "2024-05-20", "1,500.00")):
        overview = loan_overview(vault.db, loan.id or 0, as_of)
        text = binder_text(vault, tmp_path / f"{as_of}.pdf", "en", as_of)
        assert f"{next_day}: {amount}" in text.replace("¥", "")
        assert enum_label("en", "loan_status", overview.status) in text
