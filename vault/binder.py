"""The printable archive binder: every loan, payment, contact and document in one A4 PDF.

What a borrower hands to a bank, a court, a lawyer or a regulator: a cover with a
fingerprint of the records it was made from, a table of contents, a section per loan
(summary with true APR and rate warnings, plan history, schedules with each installment's
status, payments, contacts, settlement checklist, credit checks), then the evidence (each
photo on its own captioned page, each PDF attachment's own pages after a caption page,
recordings and other files listed) and an evidence index with every fingerprint.

How it is built, and why:

* One pass. Numbers that are only known at the end (the "Y" of "page X of Y", the page
  numbers in the contents and the evidence index) are drawn as small form XObjects that
  are defined after the last page: their slots have a fixed size, so nothing in the
  layout depends on them, and each image is decoded exactly once.
* Images are decoded from memory one at a time, rotated by EXIF, downscaled to at most
  PRINT_DPI at their printed size and re-encoded as JPEG (which drops their metadata);
  the JPEG bytes go straight into the PDF as an image XObject. Nothing decrypted touches
  the disk except the finished PDF, which the user asked for (it is NOT encrypted).
* A PDF attachment's pages are copied in as form XObjects (their content and resources,
  fonts included) and drawn scaled onto our own A4 pages, so the page numbering, header,
  footer and outline stay one coherent document.
* A damaged document never aborts the binder: its page says what could not be included
  and why.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import threading
import warnings
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFObject, PDFObjectReference
from reportlab.pdfbase.pdfdoc import format as pdf_format
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from vault import attachments, repository
from vault.checklist import steps_for
from vault.errors import ValidationError, VaultError
from vault.export_json import export_data
from vault.fsutil import check_export_target
from vault.overview import LoanOverview, all_overviews, loan_overview
from vault.pdf_style import (
    FONT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    RULE,
    TOTAL_SLOT,
    check_language,
    data_table,
    day,
    define_number_form,
    draw_page_frame,
    enum_label,
    fact_table,
    label,
    markup,
    merge_labels,
    money,
    para,
    register_fonts,
    shorten,
    styles,
    warning_text,
    wide_fact_table,
    write_atomically,
)
from vault.reconcile import InstallmentState, PlanResult, Status
from vault.records import (
    Account,
    Attachment,
    Contact,
    CreditCheck,
    Milestone,
    Payment,
    Plan,
)
from vault.store import Connection, Vault

PRINT_DPI = 200  # sharp on paper, small in the file; never above 300
JPEG_QUALITY = 85
SCREEN_DPI = 96  # a small image is never printed larger than it shows on a screen
MIN_IMAGE_BOX = 70 * mm  # less room than this under a caption: the image takes a new page
HEADING_CHARS = 100  # longer headings (and their contents and bookmark lines) are cut

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

_PIL_FORMATS = {
    "image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF", "image/webp": "WEBP",
    "image/heic": "HEIF", "image/heif": "HEIF",
}


class BinderCancelledError(VaultError):
    key = "binder.cancelled"
    template = "Cancelled; no binder was written."


@dataclass(frozen=True)
class BinderOptions:
    loan_ids: tuple[int, ...] | None = None  # None: every loan
    date_from: date | None = None  # payments, contacts and credit checks from this day
    date_to: date | None = None
    lang: str = "zh_CN"
    as_of: date | None = None  # installment statuses as of this day (default: today)

    def check(self) -> None:
        check_language(self.lang)
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError(
                "date_from", "invalid.date_range", "the start date is after the end date"
            )
        if self.loan_ids is not None and not self.loan_ids:
            raise ValidationError("loan_ids", "invalid.required", "choose at least one loan")

    def in_range(self, value: date | None) -> bool:
        if value is None:
            return self.date_from is None and self.date_to is None
        return (self.date_from is None or value >= self.date_from) and (
            self.date_to is None or value <= self.date_to
        )


@dataclass(frozen=True)
class BinderResult:
    path: Path
    pages: int
    loans: int
    payments: int
    documents: int
    fingerprint: str
    not_included: tuple[str, ...]  # documents whose content could not be printed


def fingerprint(db: Connection, options: BinderOptions | None = None) -> str:
    """The data fingerprint a binder made with `options` shows on its cover.

    SHA-256 of the canonical JSON export (docs/FORMATS.md) cut down to exactly the records
    that binder prints: its loans with their platforms, plans and installments, the
    payments, contacts and credit checks in its period, the checklist steps, the accounts
    it names, its documents (whose SHA-256 the export lists, so their bytes count too) and
    their links to printed records, and the owner's name. The same records always give the
    same fingerprint; a binder limited to one loan or a period has its own.
    """
    options = options or BinderOptions()
    options.check()
    return _collect(db, options, options.as_of or date.today()).fingerprint


def _fingerprint(db: Connection, content: _Content) -> str:
    loans = [part.overview for part in content.loans]
    payments = [p for part in content.loans for p in part.payments]
    contacts = [c for part in content.loans for c in part.contacts] + content.general_contacts
    checks = [c for part in content.loans for c in part.checks] + content.general_checks
    milestones = [m for part in content.loans for m in part.milestones]
    printed: dict[str, set[int | None]] = {
        "loans": {o.loan.id for o in loans},
        "platforms": {o.platform.id for o in loans},
        "plans": {plan.id for o in loans for plan in o.plans},
        "accounts": {o.loan.account_id for o in loans} | {p.account_id for p in payments},
        "payments": {p.id for p in payments},
        "contacts": {c.id for c in contacts},
        "credit_checks": {c.id for c in checks},
        "milestones": {m.id for m in milestones},
        "documents": {d.id for d in content.docs},
    }
    linked = {
        (kind, record_id)
        for kind, section in (("loan", "loans"), ("payment", "payments"),
                              ("contact", "contacts"), ("credit_check", "credit_checks"),
                              ("milestone", "milestones"))
        for record_id in printed[section]
    }
    data = export_data(db)
    for section, ids in printed.items():
        data[section] = [row for row in data[section] if row["id"] in ids]
    data["installments"] = [
        row for row in data["installments"] if row["plan_id"] in printed["plans"]
    ]
    data["document_links"] = [
        link for link in data["document_links"]
        if link["document_id"] in printed["documents"]
        and (link["record_type"], link["record_id"]) in linked
    ]
    data.pop("exported_at", None)
    data.pop("app_version", None)
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# -- what goes in -------------------------------------------------------------------------


@dataclass
class _Doc:
    attachment: Attachment
    preview: attachments.Preview
    links: list[str]  # the linked records, described
    number: int = 0
    pages: int = 0  # a PDF's own page count, 0 if its pages cannot be included
    problem: str = ""  # known before printing: "damaged", "protected"

    @property
    def id(self) -> int:
        assert self.attachment.id is not None
        return self.attachment.id

    @property
    def category(self) -> str:
        return attachments.category(self.attachment.media_type)


@dataclass
class _LoanPart:
    overview: LoanOverview
    payments: list[Payment]
    contacts: list[Contact]
    milestones: list[Milestone]
    checks: list[CreditCheck]
    docs: list[_Doc] = field(default_factory=list)


@dataclass
class _Content:
    owner: str
    fingerprint: str
    as_of: date
    span: tuple[date | None, date | None]
    loans: list[_LoanPart]
    general_contacts: list[Contact]
    general_checks: list[CreditCheck]
    docs: list[_Doc]
    accounts: dict[int, Account]
    all_loans: bool

    @property
    def payment_count(self) -> int:
        return sum(len(part.payments) for part in self.loans)


def _collect(db: Connection, options: BinderOptions, as_of: date) -> _Content:
    lang = options.lang
    if options.loan_ids is None:
        overviews = all_overviews(db, as_of)
    else:
        overviews = [loan_overview(db, loan_id, as_of) for loan_id in dict.fromkeys(options.loan_ids)]
    overviews.sort(key=lambda o: (o.loan.borrowed_on, o.loan.id or 0))
    loan_ids = {o.loan.id for o in overviews}

    def by_loan(rows: Iterable[Any]) -> dict[int | None, list[Any]]:
        grouped: dict[int | None, list[Any]] = defaultdict(list)
        for row in rows:
            grouped[row.loan_id].append(row)
        return grouped

    payments = by_loan(
        p for p in repository.select(db, Payment, order_by="paid_on, id")
        if p.loan_id in loan_ids and options.in_range(p.paid_on)
    )
    contacts = by_loan(
        c for c in repository.select(db, Contact, order_by="happened_on, id")
        if options.in_range(c.happened_on)
    )
    checks = by_loan(
        c for c in repository.select(db, CreditCheck, order_by="checked_on, id")
        if options.in_range(c.checked_on)
    )
    milestones = by_loan(repository.select(db, Milestone, order_by="id"))
    parts = {
        o.loan.id: _LoanPart(o, payments[o.loan.id], contacts[o.loan.id],
                             milestones[o.loan.id], checks[o.loan.id])
        for o in overviews
    }
    all_loans = options.loan_ids is None
    owner_row = db.execute("SELECT value FROM meta WHERE key = 'owner_name'").fetchone()
    content = _Content(
        owner=owner_row[0] if owner_row else "",
        fingerprint="",  # below, once the documents are chosen
        as_of=as_of,
        span=(options.date_from, options.date_to),
        loans=list(parts.values()),
        general_contacts=contacts[None] if all_loans else [],
        general_checks=checks[None] if all_loans else [],
        docs=[],
        accounts={a.id or 0: a for a in repository.select(db, Account)},
        all_loans=all_loans,
    )
    if options.date_from is None and options.date_to is None:
        content.span = _span(content)
    _collect_docs(db, content, options, lang)
    content.fingerprint = _fingerprint(db, content)
    return content


def _span(content: _Content) -> tuple[date | None, date | None]:
    days: list[date] = [p.overview.loan.borrowed_on for p in content.loans]
    for part in content.loans:
        days += [p.paid_on for p in part.payments] + [c.happened_on for c in part.contacts]
        days += [c.checked_on for c in part.checks]
        days += [m.done_on for m in part.milestones if m.done_on]
    days += [c.happened_on for c in content.general_contacts]
    days += [c.checked_on for c in content.general_checks]
    return (min(days), max(days)) if days else (None, None)


def _collect_docs(db: Connection, content: _Content, options: BinderOptions, lang: str) -> None:
    """Documents linked to what the binder shows, each under the first loan it serves."""
    loans = {p.overview.loan.id: p for p in content.loans}
    described: dict[tuple[str, int], tuple[int | None, str]] = {}
    for part in content.loans:
        loan = part.overview.loan
        name = _loan_name(part.overview)
        described[("loan", loan.id or 0)] = (loan.id, label(lang, "link.loan", loan=name))
        for p in part.payments:
            described[("payment", p.id or 0)] = (loan.id, label(
                lang, "link.payment", day=day(p.paid_on), amount=money(p.amount), loan=name))
        for c in part.contacts:
            described[("contact", c.id or 0)] = (loan.id, label(
                lang, "link.contact", day=day(c.happened_on), loan=name))
        for m in part.milestones:
            described[("milestone", m.id or 0)] = (loan.id, label(
                lang, "link.milestone", step=enum_label(lang, "step", m.step), loan=name))
        for k in part.checks:
            described[("credit_check", k.id or 0)] = (loan.id, label(
                lang, "link.check", day=day(k.checked_on), loan=name))
    for c in content.general_contacts:
        described[("contact", c.id or 0)] = (None, label(
            lang, "link.contact_general", day=day(c.happened_on)))
    for k in content.general_checks:
        described[("credit_check", k.id or 0)] = (None, label(
            lang, "link.check_general", day=day(k.checked_on)))

    links: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for attachment_id, record_type, record_id in db.execute(
        "SELECT attachment_id, record_type, record_id FROM attachment_link ORDER BY 1, 2, 3"
    ):
        links[attachment_id].append((record_type, record_id))
    order = {loan_id: index for index, loan_id in enumerate(loans)}
    chosen: list[tuple[tuple[int, date, int], _Doc, int | None]] = []
    for attachment in repository.select(db, Attachment, order_by="id"):
        assert attachment.id is not None
        own = links.get(attachment.id, [])
        shown = [described[link] for link in own if link in described]
        if own and not shown:
            continue  # serves only records this binder leaves out
        if not own and not (
            content.all_loans and options.in_range(attachment.doc_date or attachment.added_on)
        ):
            continue
        home = next((loan_id for loan_id, _ in shown if loan_id is not None), None)
        doc = _Doc(attachment, attachments.preview_of(db, attachment.id),
                   [text for _, text in shown] or [label(lang, "link.none")])
        when = attachment.doc_date or attachment.added_on
        rank = order.get(home, len(order))
        chosen.append(((rank, when, attachment.id), doc, home))
    chosen.sort(key=lambda item: item[0])
    printable = [d for _, d, _ in chosen if d.category in ("image", "pdf")]
    others = [d for _, d, _ in chosen if d.category not in ("image", "pdf")]
    for number, doc in enumerate(printable + others, 1):
        doc.number = number
    for _, doc, home in chosen:
        if home is not None:
            loans[home].docs.append(doc)
    for doc in printable:
        _check_pdf(db, doc)
    content.docs = printable + others


def _check_pdf(db: Connection, doc: _Doc) -> None:
    """How many pages a PDF brings (counted at ingest, else now), or why it brings none."""
    if doc.category != "pdf":
        return
    if doc.preview.protected:
        doc.problem = "protected"
    elif doc.preview.problem:
        doc.problem = "damaged"
    elif doc.preview.pages is not None:
        doc.pages = doc.preview.pages
    else:
        try:
            doc.pages = len(_open_pdf(attachments.open_stream(db, doc.id)).pages)
        except Exception:  # broken PDFs fail in many ways  # noqa: BLE001
            doc.problem = "damaged"
    if doc.pages == 0 and not doc.problem:
        doc.problem = "damaged"


def _open_pdf(source: BinaryIO) -> Any:
    from pypdf import PdfReader  # noqa: PLC0415 - only when a PDF is printed

    with attachments._quiet_pypdf():  # noqa: SLF001 - same quieting as at ingest
        reader = PdfReader(source, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValueError("password-protected")
        return reader


def _loan_name(overview: LoanOverview) -> str:
    contract = overview.loan.contract_no
    return f"{overview.platform.name} {contract}".strip()


def owed_interest_and_fee(state: InstallmentState) -> tuple[int, int]:
    """The interest and fee an installment actually came to: the schedule's less what was
    waived (an early payoff, or interest by the day that early payments lowered; more when
    it took over the days of one paid off early). Only a payoff waives a fee, and it pays
    every installment off, so a paid installment's fee is what was paid on it."""
    fee = state.paid_fee if state.status is Status.paid else state.installment.fee
    return state.charges - fee, fee


# -- the build context and flowables ---------------------------------------------------------


@dataclass
class _Context:
    db: Connection
    lang: str
    title: str
    header: str
    progress: Progress | None
    cancel: Cancel | None
    total_units: int
    done: int = 0
    pages: dict[str, int] = field(default_factory=dict)  # heading key → page
    refs: set[str] = field(default_factory=set)  # heading keys whose page is printed
    not_included: list[str] = field(default_factory=list)
    images: list[tuple[_Doc, float, float]] = field(default_factory=list)  # (doc, box w, h)
    prefetch: _Prefetch | None = None
    pdf: tuple[int, Any] | None = None  # (attachment id, reader) of the PDF being printed
    converter: _Converter | None = None

    def unit(self, kind: str) -> None:
        if self.cancel is not None and self.cancel():
            raise BinderCancelledError()
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total_units), self.total_units)


class _Heading(Paragraph):  # type: ignore[misc]  # ReportLab is untyped
    """A heading that may go in the outline, the contents, and the progress count."""

    def __init__(
        self, text: str, style: str, key: str, lang: str, *, outline: int | None = None,
        unit: str = "", closed: bool = False,
    ) -> None:
        super().__init__(escape(text), styles(lang)[style])
        self.plain = text
        self.key = key
        self.outline = outline
        self.unit = unit
        self.closed = closed


TOTAL_FORM = "JQTotalPages"
PAGE_REF_WIDTH = 12 * mm


def _page_form(key: str) -> str:
    return f"JQPage.{key}"


class _PageRef(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """The page a heading lands on: a fixed-size slot filled in after the last page."""

    def __init__(self, ctx: _Context, key: str) -> None:
        super().__init__()
        self.ctx, self.key, self.width, self.height = ctx, key, PAGE_REF_WIDTH, 10

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.ctx.refs.add(self.key)
        self.canv.doForm(_page_form(self.key))


class _EvidenceBox(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """The rest of the page, holding an image or one page of a PDF."""

    def __init__(self, ctx: _Context, doc: _Doc, page_index: int | None = None) -> None:
        super().__init__()
        self.ctx, self.doc, self.page_index = ctx, doc, page_index
        self.width = self.height = 0.0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = (ah if ah >= MIN_IMAGE_BOX else FRAME_HEIGHT) - 2
        return self.width, self.height

    def draw(self) -> None:
        try:
            if self.page_index is None:
                _draw_image(self.canv, self.ctx, self.doc, self.width, self.height)
            else:
                _draw_pdf_page(self.canv, self.ctx, self.doc, self.page_index, self.width,
                               self.height)
        except _NotIncluded as problem:
            self._notice(problem.reason)

    def _notice(self, reason: str) -> None:
        lang = self.ctx.lang
        name = _doc_title(self.doc, lang)
        if name not in self.ctx.not_included:
            self.ctx.not_included.append(name)
        text = label(lang, "evidence.not_included", reason=label(lang, f"reason.{reason}"))
        box = Paragraph(escape(text), styles(lang)["alert"])
        width = self.width - 16 * mm
        _, height = box.wrap(width, self.height)
        self.canv.setStrokeColor(RULE)
        self.canv.rect(0, self.height - height - 16 * mm, self.width, height + 16 * mm)
        box.drawOn(self.canv, 8 * mm, self.height - height - 8 * mm)


class _NotIncluded(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _BinderDoc(BaseDocTemplate):  # type: ignore[misc]  # ReportLab is untyped
    def __init__(self, out: BinaryIO, ctx: _Context, info: dict[str, str]) -> None:
        super().__init__(
            out, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, creator="Jieqing 结清",
            initialFontName=register_fonts(), **info,
        )
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._frame)])
        self.ctx = ctx

    def _frame(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        ctx = self.ctx
        if doc.page == 1:
            canvas.showOutline()  # open the bookmarks pane in PDF viewers
        header = "" if doc.page == 1 else ctx.header
        draw_page_frame(canvas, doc.page, None, ctx.title, header, ctx.lang, TOTAL_FORM)

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, _Heading):
            return
        ctx = self.ctx
        ctx.pages[flowable.key] = self.page
        if flowable.outline is not None:
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.plain, flowable.key, flowable.outline,
                                      closed=flowable.closed)
        if flowable.unit:
            ctx.unit(flowable.unit)


# -- images ----------------------------------------------------------------------------------


def _read_verified(db: Connection, doc: _Doc) -> bytes:
    data = b"".join(attachments.iter_chunks(db, doc.id))
    if hashlib.sha256(data).hexdigest() != doc.attachment.sha256:
        raise _NotIncluded("mismatch")
    return data


@dataclass(frozen=True)
class Printed:
    """An image ready for the page: upright JPEG bytes at print resolution."""

    jpeg: bytes
    width: int  # pixels
    height: int
    upright_width: int  # the original's pixels, turned upright
    upright_height: int


def print_layout(width: int, height: int, box_w: float, box_h: float) -> tuple[int, int, float, float]:
    """Pixels and printed size (points) of an upright width × height image in a box: fitted,
    never enlarged past its on-screen size, at most PRINT_DPI."""
    scale = min(box_w / width, box_h / height, 72 / SCREEN_DPI)  # points per pixel
    shown_w, shown_h = width * scale, height * scale
    target_w = min(width, max(1, math.floor(shown_w / 72 * PRINT_DPI)))
    target_h = min(height, max(1, math.floor(shown_h / 72 * PRINT_DPI)))
    return target_w, target_h, shown_w, shown_h


def print_image(data: bytes, media_type: str, box_w: float, box_h: float) -> Printed:
    """Decode an image from memory, turn it upright and downscale it to print resolution.

    Raises _NotIncluded for anything that cannot be decoded safely.
    """
    pil_format = _PIL_FORMATS.get(media_type)
    if pil_format is None:
        raise _NotIncluded("unreadable")
    if pil_format == "HEIF":
        import pillow_heif  # noqa: PLC0415 - only for iPhone photos

        pillow_heif.register_heif_opener()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=[pil_format])
        except Image.DecompressionBombError:
            raise _NotIncluded("too_large") from None
        except Exception:  # noqa: BLE001 - a header Pillow cannot parse
            raise _NotIncluded("damaged") from None
        with image:
            pixels = image.width * image.height
            if pixels > attachments.MAX_IMAGE_PIXELS or (
                    pixels > attachments.MAX_FULL_DECODE_PIXELS and image.format != "JPEG"):
                raise _NotIncluded("too_large")  # only JPEG decodes small: memory stays flat
            try:
                return _downscale(image, box_w, box_h)
            except Exception:  # noqa: BLE001 - truncated or corrupt data fails in many ways
                raise _NotIncluded("damaged") from None


_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_90,
}


def _downscale(image: Image.Image, box_w: float, box_h: float) -> Printed:
    orientation = image.getexif().get(0x0112, 1)
    quarter_turn = orientation in (5, 6, 7, 8)
    width, height = (image.height, image.width) if quarter_turn else image.size
    target_w, target_h, _, _ = print_layout(width, height, box_w, box_h)
    stored = (target_h, target_w) if quarter_turn else (target_w, target_h)
    # JPEG decodes straight at 1/2, 1/4 or 1/8 scale: most of the speed. Downscale in the
    # stored orientation, then turn the small image upright (as exif_transpose would).
    image.draft("RGB", stored)
    if image.mode in ("RGBA", "LA", "PA", "P") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
    else:
        flat = image.convert("RGB") if image.mode != "RGB" else image
    if flat.size != stored:
        flat = flat.resize(stored, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if orientation in _TRANSPOSE:
        flat = flat.transpose(_TRANSPOSE[orientation])
    out = io.BytesIO()
    flat.save(out, format="JPEG", quality=JPEG_QUALITY)
    return Printed(out.getvalue(), target_w, target_h, width, height)


def _stacked_height(flowables: Sequence[Flowable]) -> float:
    """The height these flowables take at the top of a fresh frame (as Frame stacks them)."""
    height = 0.0
    for index, flowable in enumerate(flowables):
        _, h = flowable.wrap(FRAME_WIDTH, FRAME_HEIGHT)
        before = flowable.getSpaceBefore() if index else 0
        height += before + h + flowable.getSpaceAfter()
    return height


def _prepare(db: Connection, doc: _Doc, box_w: float, box_h: float) -> Printed:
    if doc.preview.problem:
        raise _NotIncluded("damaged")
    return print_image(_read_verified(db, doc), doc.attachment.media_type, box_w, box_h)


class _Prefetch:
    """Prepares the evidence photos in background threads, in print order, while the
    loans' pages are laid out: Pillow releases the GIL while it decodes and resizes, so the
    other core does the image work. Each thread reads through its own vault connection (a
    connection is never shared between threads) and decodes one photo at a time; finished
    JPEGs wait (at most AHEAD_BYTES of them) until their page is drawn."""

    AHEAD_BYTES = 64 * 1024 * 1024
    WORKERS = 2

    def __init__(
        self, connect: Callable[[], Connection], jobs: Sequence[tuple[_Doc, float, float]]
    ) -> None:
        self.jobs = list(jobs)
        self.next_job = 0
        self.ready: dict[int, Printed | BaseException] = {}
        self.held = 0
        self.stopped = False
        self.lock = threading.Condition()
        self.threads = [
            threading.Thread(target=self._run, args=(connect,), name="binder-images",
                             daemon=True)
            for _ in range(min(self.WORKERS, len(self.jobs)))
        ]
        for thread in self.threads:
            thread.start()

    def _run(self, connect: Callable[[], Connection]) -> None:
        db = connect()
        while True:
            with self.lock:
                while self.held > self.AHEAD_BYTES and not self.stopped:
                    self.lock.wait()
                if self.stopped or self.next_job >= len(self.jobs):
                    return
                doc, box_w, box_h = self.jobs[self.next_job]
                self.next_job += 1
            result: Printed | BaseException
            try:
                result = _prepare(db, doc, box_w, box_h)
            except BaseException as error:  # handed to the page that needed it  # noqa: BLE001
                result = error
            with self.lock:
                self.ready[doc.id] = result
                self.held += len(result.jpeg) if isinstance(result, Printed) else 0
                self.lock.notify_all()

    def take(self, doc: _Doc) -> Printed | BaseException | None:
        """The prepared photo (or why it failed); None if it was not prefetched."""
        with self.lock:
            while doc.id not in self.ready and any(t.is_alive() for t in self.threads):
                self.lock.wait(0.05)
            result = self.ready.pop(doc.id, None)
            if isinstance(result, Printed):
                self.held -= len(result.jpeg)
            self.lock.notify_all()
        return result

    def close(self) -> None:
        with self.lock:
            self.stopped = True
            self.lock.notify_all()
        for thread in self.threads:
            thread.join()


def _fitted(db: Connection, doc: _Doc, ready: Printed, box_w: float, box_h: float) -> Printed:
    """The prefetched photo at the exact size for the box it landed in (the prefetch
    estimated the box; a longer caption makes it smaller, so it is scaled down again)."""
    want_w, want_h, _, _ = print_layout(ready.upright_width, ready.upright_height, box_w, box_h)
    if abs(ready.width - want_w) <= 1 and abs(ready.height - want_h) <= 1:
        return ready
    if ready.width < want_w:  # more room than estimated: back to the original
        return _prepare(db, doc, box_w, box_h)
    small = Image.open(io.BytesIO(ready.jpeg), formats=["JPEG"])
    out = io.BytesIO()
    small.resize((want_w, want_h), Image.Resampling.LANCZOS).save(
        out, format="JPEG", quality=JPEG_QUALITY)
    return Printed(out.getvalue(), want_w, want_h, ready.upright_width, ready.upright_height)


def _draw_image(canvas: Canvas, ctx: _Context, doc: _Doc, box_w: float, box_h: float) -> None:
    ready = ctx.prefetch.take(doc) if ctx.prefetch is not None else None
    if isinstance(ready, BaseException):
        raise ready
    printed = (_prepare(ctx.db, doc, box_w, box_h) if ready is None
               else _fitted(ctx.db, doc, ready, box_w, box_h))
    px_w, px_h, jpeg = printed.width, printed.height, printed.jpeg
    _, _, shown_w, shown_h = print_layout(printed.upright_width, printed.upright_height,
                                          box_w, box_h)
    name = f"JQImg{doc.id}"
    _register_xobject(canvas, name, _RawStream({
        "Type": "/XObject", "Subtype": "/Image", "Width": px_w, "Height": px_h,
        "ColorSpace": "/DeviceRGB", "BitsPerComponent": 8, "Filter": "/DCTDecode",
    }, jpeg))
    x = (box_w - shown_w) / 2
    y = box_h - shown_h
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(shown_w, shown_h)
    canvas.doForm(name)
    canvas.restoreState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.rect(x, y, shown_w, shown_h)


def _register_xobject(canvas: Canvas, name: str, obj: PDFObject) -> None:
    pdf = canvas._doc  # noqa: SLF001 - ReportLab's document, where XObjects are registered
    pdf.Reference(obj, pdf.getXObjectName(name))


# -- PDF attachments ---------------------------------------------------------------------------


class _Literal(PDFObject):  # type: ignore[misc]  # ReportLab is untyped
    """A PDF value already in its written form."""

    def __init__(self, text: bytes) -> None:
        self.text = text

    def format(self, document: Any) -> bytes:
        return self.text


class _RawStream(PDFObject):  # type: ignore[misc]  # ReportLab is untyped
    """A stream whose bytes are already encoded (JPEG, or another PDF's filtered data)."""

    __RefOnly__ = 1

    def __init__(self, entries: dict[str, Any], data: bytes) -> None:
        self.entries = entries
        self.data = data

    def format(self, document: Any) -> bytes:
        head: bytes = pdf_format(PDFDictionary({**self.entries, "Length": len(self.data)}), document)
        return head + b"\nstream\n" + self.data + b"\nendstream\n"


class _Converter:
    """Copies another PDF's objects (a page's resources) into ReportLab's document."""

    def __init__(self, pdf: Any, prefix: str) -> None:
        self.pdf = pdf
        self.prefix = prefix
        self.done: dict[tuple[int, int], PDFObjectReference] = {}

    def value(self, obj: Any) -> Any:
        from pypdf.generic import (  # noqa: PLC0415
            ArrayObject,
            DictionaryObject,
            IndirectObject,
            StreamObject,
        )

        if isinstance(obj, IndirectObject):
            return self.reference(obj)
        if isinstance(obj, StreamObject):
            entries = {
                str(k)[1:]: self.value(v) for k, v in obj.items() if k != "/Length"
            }
            return _RawStream(entries, obj._data)  # noqa: SLF001 - the still-encoded bytes
        if isinstance(obj, DictionaryObject):
            return PDFDictionary({str(k)[1:]: self.value(v) for k, v in obj.items()})
        if isinstance(obj, ArrayObject):
            return PDFArray([self.value(v) for v in obj])
        out = io.BytesIO()
        obj.write_to_stream(out)
        return _Literal(out.getvalue())

    def reference(self, ref: Any) -> PDFObjectReference:
        key = (ref.idnum, ref.generation)
        known = self.done.get(key)
        if known is not None:
            return known
        name = f"{self.prefix}.{ref.idnum}.{ref.generation}"
        result = self.done[key] = PDFObjectReference(name)
        target = ref.get_object()
        converted = _Literal(b"null") if target is None else self.value(target)
        self.pdf.Reference(converted, name)
        return result


def _draw_pdf_page(
    canvas: Canvas, ctx: _Context, doc: _Doc, index: int, box_w: float, box_h: float
) -> None:
    if ctx.pdf is None or ctx.pdf[0] != doc.id:
        ctx.pdf = None  # drop the previous document before reading the next
        data = _read_verified(ctx.db, doc)
        try:
            ctx.pdf = (doc.id, _open_pdf(io.BytesIO(data)))
        except Exception:  # noqa: BLE001
            raise _NotIncluded("damaged") from None
        ctx.converter = _Converter(canvas._doc, f"JQPdf{doc.id}")  # noqa: SLF001
    reader = ctx.pdf[1]
    assert ctx.converter is not None
    try:
        with attachments._quiet_pypdf():  # noqa: SLF001
            page = reader.pages[index]
            box = page.cropbox
            # Page geometry in points for ReportLab, not money.
            left, bottom = float(box.left), float(box.bottom)  # ok-float
            width, height = float(box.width), float(box.height)  # ok-float
            contents = page.get_contents()
            data = contents.get_data() if contents is not None else b""
            resources = page.get("/Resources")
            rotation = page.rotation % 360
            form = _RawStream({
                "Type": "/XObject", "Subtype": "/Form", "FormType": 1,
                "BBox": PDFArray([left, bottom, left + width, bottom + height]),
                "Resources": ctx.converter.value(resources) if resources is not None
                else PDFDictionary({}),
                "Filter": "/FlateDecode",
            }, zlib.compress(data))
    except Exception:  # noqa: BLE001 - a broken page of an otherwise readable PDF
        raise _NotIncluded("damaged") from None
    if width <= 0 or height <= 0:
        raise _NotIncluded("damaged")
    name = f"JQPdf{doc.id}p{index}"
    _register_xobject(canvas, name, form)
    shown_w, shown_h = (height, width) if rotation in (90, 270) else (width, height)
    scale = min(box_w / shown_w, box_h / shown_h)
    x = (box_w - shown_w * scale) / 2
    y = box_h - shown_h * scale
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(scale, scale)
    if rotation == 90:
        canvas.translate(0, width)
        canvas.rotate(-90)
    elif rotation == 180:
        canvas.translate(width, height)
        canvas.rotate(180)
    elif rotation == 270:
        canvas.translate(height, 0)
        canvas.rotate(90)
    canvas.translate(-left, -bottom)
    canvas.doForm(name)
    canvas.restoreState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.rect(x, y, shown_w * scale, shown_h * scale)
    if index + 1 == doc.pages:
        ctx.pdf = ctx.converter = None


# -- the story ---------------------------------------------------------------------------------


def _doc_title(doc: _Doc, lang: str) -> str:
    a = doc.attachment
    return a.title or a.original_name or label(lang, "evidence.untitled", number=doc.number)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _hash(value: str) -> Paragraph:
    return markup(f"{value[:32]}<br/>{value[32:]}", "hash")


class _Story:
    def __init__(self, content: _Content, ctx: _Context, options: BinderOptions) -> None:
        self.content, self.ctx, self.lang, self.options = content, ctx, options.lang, options
        self.flow: list[Flowable] = []
        self.toc: list[tuple[str, int, str]] = []  # (title, level, key)

    def t(self, key: str, **params: Any) -> str:
        return label(self.lang, key, **params)

    # Printed in the binder's language: English wraps at spaces, Chinese anywhere.
    def para(self, text: str, style: str = "body") -> Paragraph:
        return para(text, style, self.lang)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]],
              widths: Sequence[float], right: Sequence[int] = ()) -> Flowable:
        return data_table(header, rows, widths, right, self.lang)

    def facts(self, pairs: Sequence[tuple[str, Any]]) -> Flowable:
        return fact_table(pairs, lang=self.lang)

    def wide_facts(self, pairs: Sequence[tuple[str, Any]]) -> Flowable:
        return wide_fact_table(pairs, self.lang)

    def heading(self, text: str, style: str, key: str, *, outline: int | None = None,
                toc: int | None = None, unit: str = "", closed: bool = False) -> None:
        # A heading names its record (a loan, a document) and never splits: a name of up
        # to 2000 characters is cut here, and printed whole in the record's own table.
        text = shorten(text, HEADING_CHARS)
        self.flow.append(_Heading(text, style, key, self.lang, outline=outline, unit=unit,
                                  closed=closed))
        if toc is not None:
            self.toc.append((text, toc, key))

    def build(self) -> list[Flowable]:
        content = self.content
        body_start = len(self.flow)
        for index, part in enumerate(content.loans, 1):
            self.loan(index, part)
        if content.general_contacts or content.general_checks:
            self.general()
        if content.docs:
            self.evidence()
            self.index()
        body = self.flow[body_start:]
        self.flow = []
        self.cover()
        self.contents()
        return [*self.flow, *body]

    # -- cover and contents ---------------------------------------------------------------

    def cover(self) -> None:
        c, t = self.content, self.t
        self.flow.append(Spacer(1, 30 * mm))
        self.heading(t("binder.title"), "title", "cover", outline=0)
        self.flow.append(self.para(t("binder.subtitle"), "subtitle"))
        start, end = c.span
        selection = (
            t("cover.all_loans") if c.all_loans
            else "；".join(_loan_name(p.overview) for p in c.loans) if self.lang != "en"
            else "; ".join(_loan_name(p.overview) for p in c.loans)
        )
        facts: list[tuple[str, Any]] = [
            (t("cover.owner"), c.owner or t("unknown")),
            (t("cover.range"), t("cover.range_value", start=day(start), end=day(end))
             if start or end else t("none")),
            (t("cover.loans"), str(len(c.loans))),
            (t("cover.payments"), str(c.payment_count)),
            (t("cover.documents"), str(len(c.docs))),
            (t("cover.as_of"), day(c.as_of)),
            (t("cover.generated"), datetime.now().strftime("%Y-%m-%d %H:%M")),
        ]
        self.flow.append(self.facts(facts))
        self.flow.append(Spacer(1, 4 * mm))
        self.flow.append(self.wide_facts([
            (t("cover.selection"), selection),
            (t("cover.fingerprint"), _hash(c.fingerprint)),
        ]))
        self.flow.append(self.para(t("cover.fingerprint_note"), "note"))
        self.flow.append(self.para(t("cover.about"), "note"))

    def contents(self) -> None:
        self.flow.append(PageBreak())
        self.heading(self.t("toc.title"), "h1", "contents", outline=0)
        st = styles(self.lang)
        rows = [
            [Paragraph(escape(title), st["toc1" if level == 0 else "toc2"]),
             _PageRef(self.ctx, key)]
            for title, level, key in self.toc
        ]
        if not rows:
            self.flow.append(self.para(self.t("none")))
            return
        table = LongTable(rows, colWidths=[FRAME_WIDTH - 16 * mm, 16 * mm])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        self.flow.append(table)

    # -- a loan -----------------------------------------------------------------------------

    def section(self, title: str, key: str) -> None:
        self.flow.append(CondPageBreak(35 * mm))
        self.heading(title, "h2", key, outline=1)

    def loan(self, index: int, part: _LoanPart) -> None:
        o, t = part.overview, self.t
        key = f"loan-{o.loan.id}"
        self.flow.append(PageBreak())
        title = t("loan.heading", index=index, name=_loan_name(o))
        self.heading(title, "h1", key, outline=0, toc=0, unit="loan", closed=True)
        self.section(t("loan.summary"), f"{key}-summary")
        self.flow.append(self.facts(self.summary_facts(part)))
        self.warnings(o)
        self.section(t("loan.plans"), f"{key}-plans")
        self.plans(o)
        for number, result in enumerate(o.history, 1):
            self.schedule(o, number, result)
        self.section(t("loan.payments"), f"{key}-payments")
        self.payments(part.payments)
        self.section(t("loan.contacts"), f"{key}-contacts")
        self.contacts(part.contacts)
        self.section(t("loan.checklist"), f"{key}-checklist")
        self.checklist(part)
        self.section(t("loan.checks"), f"{key}-checks")
        self.checks(part.checks)
        if part.docs:
            self.section(t("loan.documents"), f"{key}-documents")
            self.doc_list(part.docs)

    def rate_text(self, kind: str, percent: Any) -> str:
        return label(self.lang, f"rate_kind.{kind}", percent=str(percent))

    def summary_facts(self, part: _LoanPart) -> list[tuple[str, Any]]:
        o, t, lang = part.overview, self.t, self.lang
        loan, s = o.loan, o.summary
        account = self.content.accounts.get(loan.account_id or 0)
        apr = (
            t("loan.apr_value", apr=_percent(o.true_cost.apr), ear=_percent(o.true_cost.ear))
            if o.true_cost is not None else t("loan.apr_unknown")
        )
        facts: list[tuple[str, Any]] = [
            (t("loan.platform"), o.platform.name),
            (t("loan.lender"), o.platform.lender_entity or t("unknown")),
            (t("loan.contract"), loan.contract_no or t("unknown")),
            (t("loan.status"), enum_label(lang, "loan_status", o.status)),
            (t("loan.principal"), money(loan.principal)),
            (t("loan.received"), money(loan.received)),
            (t("loan.borrowed_on"), day(loan.borrowed_on)),
            (t("loan.term"), t("loan.term_value", months=loan.term_months,
                                method=enum_label(lang, "method", loan.method))),
            (t("loan.stated_rate"), self.rate_text(loan.rate_kind, loan.rate_percent)),
            (t("loan.true_apr"), apr),
            (t("loan.account"), account.masked if account else t("unknown")),
            (t("loan.hotline"), o.platform.hotline or t("unknown")),
            (t("loan.total_paid"), money(o.total_paid)),
            (t("loan.outstanding"), money(s.outstanding_principal)),
            (t("loan.overdue"), t("loan.overdue_value", count=s.overdue_count,
                                   amount=money(s.overdue_amount))),
            (t("loan.payoff"), money(s.payoff_amount)),
            (t("loan.settled_on"), day(s.settled_on)),
            (t("loan.next_due"), t("loan.next_due_value", day=day(o.next_due.on),
                                    amount=money(o.next_due.amount))
             if o.next_due else "—"),
        ]
        if loan.upfront_fee:
            facts.insert(6, (t("loan.upfront_fee"), money(loan.upfront_fee)))
        if s.credit:
            facts.append((t("loan.credit"), money(s.credit)))
        if loan.note:
            facts.append((t("loan.note"), loan.note))
        return facts

    def warnings(self, o: LoanOverview) -> None:
        if not o.warnings:
            return
        lang = self.lang
        self.flow.append(Spacer(1, 2 * mm))
        for w in o.warnings:
            headline, basis = warning_text(
                lang, w.code.value, apr=_percent(w.apr_percent),
                threshold=_percent(w.threshold_percent) if w.threshold_percent else "",
                amount=money(w.amount_fen or 0),
            )
            severity = enum_label(lang, "severity", w.severity)
            self.flow.append(self.para(f"{severity}：{headline}" if lang != "en"
                                  else f"{severity}: {headline}", "alert"))
            self.flow.append(self.para(basis or w.basis, "note"))
        self.flow.append(self.para(self.t("disclaimer"), "note"))

    def plans(self, o: LoanOverview) -> None:
        t, lang = self.t, self.lang
        rows = []
        # By date, not by the stored "active" flag: that marks the newest plan agreed, set
        # the day it is saved, even when it only takes effect later.
        for number, plan in enumerate(o.plans, 1):
            if number - 1 > o.in_force:  # negotiated, but its effective date is still ahead
                state = t("plan.upcoming", day=day(plan.effective_from))
            elif number - 1 < o.in_force:  # the next plan took over on its effective date
                state = t("plan.superseded", day=day(o.plans[number].effective_from))
            else:
                state = t("plan.in_force")
            rows.append([
                str(number), enum_label(lang, "plan_kind", plan.kind), day(plan.effective_from),
                money(plan.principal), self.rate_text(plan.rate_kind, plan.rate_percent),
                str(plan.term_months), enum_label(lang, "method", plan.method), state,
                plan.note,
            ])
        self.flow.append(self.table(
            [t("col.no"), t("col.plan_kind"), t("col.from"), t("col.principal"), t("col.rate"),
             t("col.periods"), t("col.method"), t("col.state"), t("col.note")],
            rows, [8 * mm, 22 * mm, 19 * mm, 21 * mm, 22 * mm, 11 * mm, 21 * mm, 22 * mm,
                   28 * mm],
            right=(3, 5),
        ))

    def schedule(self, o: LoanOverview, number: int, result: PlanResult) -> None:
        t, lang = self.t, self.lang
        plan: Plan = o.plans[number - 1]
        self.flow.append(CondPageBreak(30 * mm))
        kind = enum_label(lang, "plan_kind", plan.kind)
        if number - 1 > o.in_force:
            heading = t("plan.schedule_heading_upcoming", number=number, kind=kind,
                        day=day(plan.effective_from))
        elif number - 1 < o.in_force and result.superseded_on:
            # frozen the day before the next plan took over
            heading = t("plan.schedule_heading_replaced", number=number, kind=kind,
                        day=day(plan.effective_from), replaced=day(result.superseded_on),
                        as_of=day(result.superseded_on - timedelta(days=1)))
        else:
            heading = t("plan.schedule_heading", number=number, kind=kind,
                        day=day(plan.effective_from))
        self.flow.append(self.para(heading, "h3"))
        rows = [self.installment_row(s) for s in result.reconciliation.states]
        self.flow.append(self.table(
            [t("col.period"), t("col.due"), t("col.principal"), t("col.interest"),
             t("col.fee"), t("col.payment"), t("col.paid"), t("col.owed"), t("col.status")],
            rows, [9 * mm, 19 * mm, 20 * mm, 18 * mm, 14 * mm, 20 * mm, 20 * mm, 20 * mm,
                   34 * mm],
            right=(2, 3, 4, 5, 6, 7),
        ))

    def installment_row(self, s: InstallmentState) -> list[str]:
        i = s.installment
        if s.status is Status.paid:
            status = (label(self.lang, "status.paid_late", days=s.days_late) if s.days_late
                      else label(self.lang, "status.paid"))
        elif s.status is Status.overdue:
            status = label(self.lang, "status.overdue", days=s.days_late)
        else:
            status = label(self.lang, f"status.{s.status.value}")
        if s.penalty:
            status += "\n" + label(self.lang, "status.penalty", amount=money(s.penalty))
        # what the installment actually came to, so that principal + interest + fee is the
        # installment, and the installment + penalty − paid is what is still owed
        interest, fee = owed_interest_and_fee(s)
        return [str(i.n), day(i.due), money(i.principal), money(interest), money(fee),
                money(i.principal + interest + fee), money(s.paid), money(s.remaining), status]

    def payments(self, payments: Sequence[Payment]) -> None:
        t, lang = self.t, self.lang
        if not payments:
            self.flow.append(self.para(t("none_in_range"), "note"))
            return
        rows = []
        for p in payments:
            account = self.content.accounts.get(p.account_id or 0)
            payee = p.payee + ("\n" + t("payment.unknown_payee") if not p.payee_known else "")
            rows.append([day(p.paid_on), money(p.amount), enum_label(lang, "channel", p.channel),
                         account.masked if account else "", payee, p.reference_no, p.note])
        total = sum(p.amount for p in payments)
        rows.append([t("col.total"), money(total), "", "", "", "", ""])
        self.flow.append(self.table(
            [t("col.date"), t("col.amount"), t("col.channel"), t("col.account"), t("col.payee"),
             t("col.reference"), t("col.note")],
            rows, [19 * mm, 21 * mm, 17 * mm, 30 * mm, 40 * mm, 23 * mm, 24 * mm], right=(1,),
        ))

    def contacts(self, contacts: Sequence[Contact]) -> None:
        t, lang = self.t, self.lang
        if not contacts:
            self.flow.append(self.para(t("none_in_range"), "note"))
            return
        rows = [
            [day(c.happened_on), enum_label(lang, "contact_channel", c.channel),
             enum_label(lang, "counterpart", c.counterpart), c.who, c.asked, c.outcome,
             c.next_step + (f"\n({day(c.next_step_on)})" if c.next_step_on else "")]
            for c in contacts
        ]
        self.flow.append(self.table(
            [t("col.date"), t("col.channel"), t("col.counterpart"), t("col.who"), t("col.asked"),
             t("col.outcome"), t("col.next")],
            rows, [19 * mm, 16 * mm, 19 * mm, 24 * mm, 32 * mm, 34 * mm, 30 * mm],
        ))

    def checklist(self, part: _LoanPart) -> None:
        t, lang = self.t, self.lang
        done = {m.step: m for m in part.milestones}
        wrong = any(c.shows_settled is False for c in part.checks) or "dispute_filed" in done
        keys = [s.key for s in steps_for(part.overview.loan.secured, wrong)]
        keys += [k for k in done if k not in keys]
        rows = []
        for step in keys:
            m = done.get(step)
            rows.append([enum_label(lang, "step", step),
                         day(m.done_on) if m and m.done_on else t("step.not_done"),
                         day(m.follow_up_on) if m and m.follow_up_on else "",
                         m.note if m else ""])
        self.flow.append(self.table(
            [t("col.step"), t("col.done_on"), t("col.follow_up"), t("col.note")],
            rows, [62 * mm, 24 * mm, 24 * mm, 64 * mm],
        ))

    def checks(self, checks: Sequence[CreditCheck]) -> None:
        t = self.t
        if not checks:
            self.flow.append(self.para(t("none_in_range"), "note"))
            return
        rows = [
            [day(c.checked_on), c.source,
             t("unknown") if c.shows_settled is None else t("yes" if c.shows_settled else "no"),
             c.note]
            for c in checks
        ]
        self.flow.append(self.table(
            [t("col.date"), t("col.source"), t("col.shows_settled"), t("col.note")],
            rows, [22 * mm, 70 * mm, 22 * mm, 60 * mm],
        ))

    def doc_list(self, docs: Sequence[_Doc]) -> None:
        t, lang = self.t, self.lang
        rows: list[list[Any]] = [
            [f"E{d.number}", _doc_title(d, lang), enum_label(lang, "doc_kind", d.attachment.kind),
             day(d.attachment.doc_date), _PageRef(self.ctx, f"doc-{d.number}")]
            for d in docs
        ]
        self.flow.append(self.table(
            [t("col.exhibit"), t("col.document"), t("col.kind"), t("col.date"), t("col.page")],
            rows, [16 * mm, 90 * mm, 30 * mm, 22 * mm, 16 * mm],
        ))

    def general(self) -> None:
        t = self.t
        self.flow.append(PageBreak())
        self.heading(t("general.heading"), "h1", "general", outline=0, toc=0)
        if self.content.general_contacts:
            self.section(t("loan.contacts"), "general-contacts")
            self.contacts(self.content.general_contacts)
        if self.content.general_checks:
            self.section(t("loan.checks"), "general-checks")
            self.checks(self.content.general_checks)

    # -- evidence ----------------------------------------------------------------------------

    def caption(self, doc: _Doc) -> None:
        t, lang, a = self.t, self.lang, doc.attachment
        self.flow.append(self.facts([
            (t("col.kind"), enum_label(lang, "doc_kind", a.kind)),
            (t("caption.doc_date"), day(a.doc_date)),
            (t("caption.file"), a.original_name or "—"),
            (t("caption.type"), f"{a.media_type}, {_size(a.size)}"),
            (t("caption.added"), day(a.added_on)),
            (t("caption.pages"), str(doc.pages) if doc.category == "pdf" and doc.pages else "—"),
        ]))
        self.flow.append(self.wide_facts([
            (t("caption.linked"), "\n".join(doc.links)),
            *([(t("col.note"), a.note)] if a.note else []),
            (t("caption.sha256"), _hash(a.sha256)),
        ]))
        self.flow.append(Spacer(1, 3 * mm))

    def evidence(self) -> None:
        t, lang = self.t, self.lang
        self.flow.append(PageBreak())
        self.heading(t("evidence.heading"), "h1", "evidence", outline=0, toc=0, closed=True)
        self.flow.append(self.para(t("evidence.intro"), "note"))
        printable = [d for d in self.content.docs if d.category in ("image", "pdf")]
        others = [d for d in self.content.docs if d.category not in ("image", "pdf")]
        for position, doc in enumerate(printable):
            if position:
                self.flow.append(PageBreak())
            page_start = len(self.flow) if position else len(self.flow) - 2
            title = t("evidence.exhibit", number=doc.number, title=_doc_title(doc, lang))
            self.heading(title, "h2", f"doc-{doc.number}", outline=1, toc=1, unit="doc")
            self.caption(doc)
            if doc.category == "image":
                box_h = FRAME_HEIGHT - _stacked_height(self.flow[page_start:]) - 2
                if box_h < MIN_IMAGE_BOX:  # a caption of a page or more: as _EvidenceBox
                    box_h = FRAME_HEIGHT - 2
                self.ctx.images.append((doc, FRAME_WIDTH, box_h))
                self.flow.append(_EvidenceBox(self.ctx, doc))
            elif doc.problem:
                self.flow.append(_Notice(self.ctx, doc, doc.problem))
            else:
                self.flow.append(self.para(t("evidence.pdf_follows", pages=doc.pages), "note"))
                for index in range(doc.pages):
                    self.flow.append(PageBreak())
                    self.flow.append(self.para(t("evidence.pdf_page", number=doc.number,
                                            page=index + 1, pages=doc.pages,
                                            title=_doc_title(doc, lang)), "small"))
                    self.flow.append(Spacer(1, 2 * mm))
                    self.flow.append(_EvidenceBox(self.ctx, doc, index))
        if others:
            self.flow.append(PageBreak())
            self.heading(t("evidence.others"), "h2", "others", outline=1, toc=1)
            self.flow.append(self.para(t("evidence.others_note"), "note"))
            rows = [
                [f"E{d.number}", f"{_doc_title(d, lang)}\n{d.attachment.media_type}",
                 enum_label(lang, "doc_kind", d.attachment.kind), day(d.attachment.doc_date),
                 "\n".join(d.links), _size(d.attachment.size), _hash(d.attachment.sha256)]
                for d in others
            ]
            self.flow.append(self.table(
                [t("col.exhibit"), t("col.document"), t("col.kind"), t("col.date"),
                 t("caption.linked"), t("col.size"), "SHA-256"],
                rows, [12 * mm, 32 * mm, 17 * mm, 19 * mm, 31 * mm, 14 * mm, 49 * mm],
            ))

    def index(self) -> None:
        t, lang = self.t, self.lang
        self.flow.append(PageBreak())
        self.heading(t("index.heading"), "h1", "index", outline=0, toc=0)
        self.flow.append(self.para(t("index.intro"), "note"))
        printable = {d.number for d in self.content.docs if d.category in ("image", "pdf")}
        rows: list[list[Any]] = [
            [f"E{d.number}", _doc_title(d, lang),
             enum_label(lang, "doc_kind", d.attachment.kind), day(d.attachment.doc_date),
             _PageRef(self.ctx, f"doc-{d.number}" if d.number in printable else "others"),
             _hash(d.attachment.sha256)]
            for d in self.content.docs
        ]
        self.flow.append(self.table(
            [t("col.exhibit"), t("col.document"), t("col.kind"), t("col.date"), t("col.page"),
             "SHA-256"],
            rows, [12 * mm, 55 * mm, 22 * mm, 19 * mm, 16 * mm, 50 * mm],
        ))


class _Notice(_EvidenceBox):
    """A document whose content cannot be printed, known before printing."""

    def __init__(self, ctx: _Context, doc: _Doc, reason: str) -> None:
        super().__init__(ctx, doc)
        self.reason = reason

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = aw, min(ah, 40 * mm)
        return self.width, self.height

    def draw(self) -> None:
        self._notice(self.reason)


def _percent(value: Any) -> str:
    return f"{value:.2f}"


# -- the whole binder ----------------------------------------------------------------------------


def write_binder(
    vault: Vault,
    out: str | Path,
    options: BinderOptions | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BinderResult:
    """Write the binder to `out` (atomically: a cancel or failure leaves nothing there).

    The PDF is NOT encrypted: callers tell the user so. `progress(done, total)` is called
    as loans and documents are laid out and printed; `cancel()` is checked between them.
    """
    options = options or BinderOptions()
    options.check()
    target = Path(out)
    check_export_target(target, vault.path)  # before any work: never over the vault or a backup
    lang = options.lang
    register_fonts()
    if cancel is not None and cancel():
        raise BinderCancelledError()
    with vault.snapshot() as db:
        content = _collect(db, options, options.as_of or date.today())
        units = len(content.loans) + sum(
            1 for d in content.docs if d.category in ("image", "pdf")
        )
        title = label(lang, "binder.title")
        header = title + (f" · {content.owner}" if content.owner else "")
        ctx = _Context(db, lang, title, header, progress, cancel, max(units, 1))
        story = _Story(content, ctx, options).build()
        info = {"title": title, "author": content.owner, "subject": label(lang, "binder.subtitle")}
        if progress is not None:
            progress(0, ctx.total_units)


        pages = 0

        def write(stream: BinaryIO) -> None:
            nonlocal pages
            doc = _BinderDoc(stream, ctx, info)
            doc._doSave = 0  # noqa: SLF001 - saved below, once the late numbers are known
            ctx.prefetch = (
                _Prefetch(lambda: vault.db, ctx.images) if ctx.images else None
            )
            try:
                doc.build(list(story))
            finally:
                if ctx.prefetch is not None:
                    ctx.prefetch.close()
                    ctx.prefetch = None
            pages = doc.page
            canvas = doc.canv
            define_number_form(canvas, TOTAL_FORM, str(pages), TOTAL_SLOT, "center")
            for key in ctx.refs:
                page = ctx.pages.get(key)
                define_number_form(canvas, _page_form(key), str(page) if page else "",
                                   PAGE_REF_WIDTH, "right")
            canvas.save()

        write_atomically(target, write, vault.path)
    return BinderResult(
        path=target, pages=pages, loans=len(content.loans),
        payments=content.payment_count, documents=len(content.docs),
        fingerprint=content.fingerprint, not_included=tuple(ctx.not_included),
    )


_BINDER_EN = {
    "binder.title": "Loan settlement archive",
    "binder.subtitle": "Loans, repayments, negotiations and settlement evidence",
    "cover.owner": "Borrower",
    "cover.range": "Period",
    "cover.range_value": "{start} to {end}",
    "cover.loans": "Loans",
    "cover.payments": "Payments",
    "cover.documents": "Documents",
    "cover.as_of": "Statuses as of",
    "cover.generated": "Made on",
    "cover.selection": "Loans included",
    "cover.all_loans": "All loans in the vault",
    "cover.fingerprint": "Data fingerprint",
    "cover.fingerprint_note": "The fingerprint identifies the records this archive was made "
                              "from, including every document's own SHA-256: an archive made "
                              "again from the same records shows the same fingerprint.",
    "cover.about": "Made with Jieqing (结清) from the borrower's own records. Amounts are in "
                   "yuan. Each document in the evidence section carries its SHA-256 "
                   "fingerprint, so a copy of the original file can be checked against it.",
    "toc.title": "Contents",
    "loan.heading": "{index}. {name}",
    "loan.summary": "Summary",
    "loan.plans": "Repayment plans",
    "loan.payments": "Payments",
    "loan.contacts": "Contact log",
    "loan.checklist": "Settlement checklist",
    "loan.checks": "Credit report checks",
    "loan.documents": "Documents",
    "loan.platform": "Platform",
    "loan.lender": "Lender",
    "loan.contract": "Contract no.",
    "loan.status": "Status",
    "loan.principal": "Principal",
    "loan.received": "Received",
    "loan.upfront_fee": "Deducted upfront",
    "loan.borrowed_on": "Borrowed on",
    "loan.term": "Term",
    "loan.term_value": "{months} months, {method}",
    "loan.stated_rate": "Stated rate",
    "loan.true_apr": "True APR",
    "loan.apr_value": "{apr} % a year (effective {ear} %)",
    "loan.apr_unknown": "cannot be computed",
    "loan.account": "Repayment account",
    "loan.hotline": "Official hotline",
    "loan.total_paid": "Total repaid",
    "loan.outstanding": "Principal outstanding",
    "loan.overdue": "Overdue",
    "loan.overdue_value": "{count} instalments, {amount}",
    "loan.payoff": "Payoff today",
    "loan.settled_on": "Settled on",
    "loan.next_due": "Next due",
    "loan.next_due_value": "{day}: {amount}",
    "loan.credit": "Overpaid (credit)",
    "loan.note": "Note",
    "plan.in_force": "in force",
    "plan.superseded": "replaced on {day}",
    "plan.upcoming": "takes effect on {day}",
    "plan.schedule_heading_upcoming": "Plan {number} ({kind}): takes effect on {day}; until "
                                      "then nothing in it is owed",
    "plan.schedule_heading": "Plan {number} ({kind}, from {day}): schedule and status",
    "plan.schedule_heading_replaced": "Plan {number} ({kind}, from {day}), replaced on "
                                      "{replaced}: schedule and status as they stood then "
                                      "(as of {as_of})",
    "payment.unknown_payee": "(not an account known for this lender)",
    "none_in_range": "None recorded in this period.",
    "col.no": "No.",
    "col.plan_kind": "Plan",
    "col.from": "From",
    "col.principal": "Principal",
    "col.rate": "Rate",
    "col.periods": "Periods",
    "col.method": "Method",
    "col.state": "State",
    "col.note": "Note",
    "col.period": "No.",
    "col.due": "Due",
    "col.interest": "Interest",
    "col.fee": "Fees",
    "col.payment": "Instalment",
    "col.paid": "Paid",
    "col.owed": "Still owed",
    "col.status": "Status",
    "col.date": "Date",
    "col.amount": "Amount",
    "col.channel": "Channel",
    "col.account": "From account",
    "col.payee": "Paid to",
    "col.reference": "Reference",
    "col.total": "Total",
    "col.counterpart": "With",
    "col.who": "Who",
    "col.asked": "Asked / said",
    "col.outcome": "Outcome",
    "col.next": "Next step",
    "col.step": "Step",
    "col.done_on": "Done on",
    "col.follow_up": "Follow up",
    "col.source": "Source",
    "col.shows_settled": "Shows settled",
    "col.exhibit": "Exhibit",
    "col.document": "Document",
    "col.kind": "Kind",
    "col.page": "Page",
    "col.size": "Size",
    "general.heading": "Contacts and checks not tied to one loan",
    "evidence.heading": "Evidence",
    "evidence.intro": "Each photo or scan is printed on its own page, upright and at print "
                      "resolution; each PDF document follows its caption page with its own "
                      "pages. The SHA-256 fingerprint identifies the original file kept in the "
                      "encrypted vault.",
    "evidence.exhibit": "Exhibit E{number}: {title}",
    "evidence.untitled": "Document {number}",
    "evidence.pdf_follows": "The {pages} pages of this document follow.",
    "evidence.pdf_page": "Exhibit E{number}, page {page} of {pages}: {title}",
    "evidence.not_included": "This document's content could not be included: {reason}. The "
                             "original is kept unchanged in the vault; its fingerprint is "
                             "given above.",
    "evidence.others": "Recordings and other files",
    "evidence.others_note": "These files cannot be printed. They are kept unchanged in the "
                            "vault; each can be exported and checked against its fingerprint.",
    "reason.damaged": "the file is damaged or incomplete",
    "reason.protected": "the PDF is protected by a password",
    "reason.mismatch": "the copy kept in the vault does not match its fingerprint",
    "reason.too_large": "the image is too large to open safely",
    "reason.unreadable": "the file's format cannot be printed",
    "caption.doc_date": "Document date",
    "caption.file": "Original file",
    "caption.type": "Type and size",
    "caption.added": "Added on",
    "caption.pages": "Pages",
    "caption.linked": "Belongs to",
    "caption.sha256": "SHA-256",
    "index.heading": "Evidence index",
    "index.intro": "Every document in this archive with the page it is printed on and its "
                   "SHA-256 fingerprint.",
    "link.loan": "Loan {loan}",
    "link.payment": "Payment on {day}, {amount} ({loan})",
    "link.contact": "Contact on {day} ({loan})",
    "link.milestone": "Checklist: {step} ({loan})",
    "link.check": "Credit check on {day} ({loan})",
    "link.contact_general": "Contact on {day}",
    "link.check_general": "Credit check on {day}",
    "link.none": "Not linked to a record",
}

_BINDER_ZH = {
    "binder.title": "结清档案",
    "binder.subtitle": "借款、还款、协商与结清材料汇编",
    "cover.owner": "借款人",
    "cover.range": "记录期间",
    "cover.range_value": "{start} 至 {end}",
    "cover.loans": "借款笔数",
    "cover.payments": "还款笔数",
    "cover.documents": "证据材料",
    "cover.as_of": "状态截至",
    "cover.generated": "生成时间",
    "cover.selection": "收录的借款",
    "cover.all_loans": "档案中的全部借款",
    "cover.fingerprint": "数据指纹",
    "cover.fingerprint_note": "数据指纹标识生成本档案所依据的记录（包括每份材料自身的 SHA-256）："
                              "用相同的记录再次生成档案，指纹相同。",
    "cover.about": "本档案由“结清”根据借款人本人的记录生成。金额单位为人民币元。证据部分的每份材料"
                   "均附有 SHA-256 指纹，可据此核对原始文件的副本是否一致。",
    "toc.title": "目录",
    "loan.heading": "{index}. {name}",
    "loan.summary": "概要",
    "loan.plans": "还款计划",
    "loan.payments": "还款记录",
    "loan.contacts": "沟通记录",
    "loan.checklist": "结清清单",
    "loan.checks": "征信查询",
    "loan.documents": "相关材料",
    "loan.platform": "平台",
    "loan.lender": "放款机构",
    "loan.contract": "合同编号",
    "loan.status": "状态",
    "loan.principal": "借款本金",
    "loan.received": "实际到账",
    "loan.upfront_fee": "预先扣除",
    "loan.borrowed_on": "借款日期",
    "loan.term": "期限",
    "loan.term_value": "{months} 个月，{method}",
    "loan.stated_rate": "合同利率",
    "loan.true_apr": "真实年化利率",
    "loan.apr_value": "年化 {apr}%（实际年利率 {ear}%）",
    "loan.apr_unknown": "无法计算",
    "loan.account": "还款账户",
    "loan.hotline": "官方客服",
    "loan.total_paid": "累计已还",
    "loan.outstanding": "剩余本金",
    "loan.overdue": "逾期",
    "loan.overdue_value": "{count} 期，共 {amount}",
    "loan.payoff": "今日结清需还",
    "loan.settled_on": "结清日期",
    "loan.next_due": "下期应还",
    "loan.next_due_value": "{day}：{amount}",
    "loan.credit": "多还（余额）",
    "loan.note": "备注",
    "plan.in_force": "执行中",
    "plan.superseded": "{day} 起被取代",
    "plan.upcoming": "{day} 起生效",
    "plan.schedule_heading_upcoming": "方案 {number}（{kind}）：{day} 起生效，生效前不产生任何应还款项",
    "plan.schedule_heading": "方案 {number}（{kind}，自 {day} 起）：还款计划与状态",
    "plan.schedule_heading_replaced": "方案 {number}（{kind}，自 {day} 起，{replaced} 起被取代）："
                                      "还款计划与当时的状态（截至 {as_of}）",
    "payment.unknown_payee": "（并非该贷款方的已知收款账户）",
    "none_in_range": "本期间内无记录。",
    "col.no": "序号",
    "col.plan_kind": "方案",
    "col.from": "生效日",
    "col.principal": "本金",
    "col.rate": "利率",
    "col.periods": "期数",
    "col.method": "还款方式",
    "col.state": "状态",
    "col.note": "备注",
    "col.period": "期次",
    "col.due": "到期日",
    "col.interest": "利息",
    "col.fee": "费用",
    "col.payment": "应还",
    "col.paid": "已还",
    "col.owed": "尚欠",
    "col.status": "状态",
    "col.date": "日期",
    "col.amount": "金额",
    "col.channel": "方式",
    "col.account": "付款账户",
    "col.payee": "收款方",
    "col.reference": "流水号",
    "col.total": "合计",
    "col.counterpart": "对象",
    "col.who": "联系人",
    "col.asked": "事由／内容",
    "col.outcome": "结果",
    "col.next": "下一步",
    "col.step": "步骤",
    "col.done_on": "完成日期",
    "col.follow_up": "跟进日期",
    "col.source": "查询渠道",
    "col.shows_settled": "显示结清",
    "col.exhibit": "编号",
    "col.document": "材料",
    "col.kind": "类型",
    "col.page": "页码",
    "col.size": "大小",
    "general.heading": "与具体借款无关的沟通和征信记录",
    "evidence.heading": "证据材料",
    "evidence.intro": "每张照片或扫描件单独成页，已按拍摄方向摆正并按打印分辨率缩放；每份 PDF 文件在"
                      "说明页之后附上其全部原页。SHA-256 指纹对应加密档案中保存的原始文件。",
    "evidence.exhibit": "证据 E{number}：{title}",
    "evidence.untitled": "材料 {number}",
    "evidence.pdf_follows": "以下为本文件的 {pages} 页原文。",
    "evidence.pdf_page": "证据 E{number} 第 {page}／{pages} 页：{title}",
    "evidence.not_included": "本材料的内容无法收录：{reason}。原始文件仍原样保存在加密档案中，"
                             "其指纹见上。",
    "evidence.others": "录音及其他文件",
    "evidence.others_note": "以下文件无法打印，均原样保存在加密档案中；可导出副本并用指纹核对。",
    "reason.damaged": "文件已损坏或不完整",
    "reason.protected": "该 PDF 设有密码保护",
    "reason.mismatch": "档案中保存的副本与其指纹不符",
    "reason.too_large": "图片过大，无法安全打开",
    "reason.unreadable": "该文件格式无法打印",
    "caption.doc_date": "材料日期",
    "caption.file": "原文件名",
    "caption.type": "类型与大小",
    "caption.added": "添加日期",
    "caption.pages": "页数",
    "caption.linked": "所属记录",
    "caption.sha256": "SHA-256",
    "index.heading": "证据索引",
    "index.intro": "本档案收录的全部材料，及其所在页码和 SHA-256 指纹。",
    "link.loan": "借款 {loan}",
    "link.payment": "{day} 还款 {amount}（{loan}）",
    "link.contact": "{day} 沟通记录（{loan}）",
    "link.milestone": "结清清单：{step}（{loan}）",
    "link.check": "{day} 征信查询（{loan}）",
    "link.contact_general": "{day} 沟通记录",
    "link.check_general": "{day} 征信查询",
    "link.none": "未关联记录",
}

merge_labels({"en": _BINDER_EN, "zh_CN": _BINDER_ZH})
