"""The printed look shared by the binder and the letters: font, styles, page frame, labels.

One bundled TrueType CJK font (vault.resources.cjk_font_path) is embedded for every glyph
on every page: headings, table cells, bullets and page numbers alike. No base-14 font is
ever referenced (the canvas's initial font is ours too), so the PDF reads the same on any
computer and `pdftotext` gives back the Chinese. The font has no bold face; hierarchy
comes from size, colour and rules, never from a faked weight.

Printed strings live in `LABELS` (per language) because the core cannot use Qt's tr().
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    TableStyle,
    paragraph,
)

from vault.errors import ValidationError
from vault.fsutil import check_export_target, new_file
from vault.money import format_fen

FONT = "JieqingCJK"
LANGUAGES = ("zh_CN", "en")

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#b0b7c0")
HEAD_FILL = colors.HexColor("#e8edf3")
ZEBRA = colors.HexColor("#f6f8fa")
ALERT = colors.HexColor("#b3261e")


@cache
def register_fonts() -> str:
    """Register the bundled CJK font once (lazily) and return its ReportLab name."""
    from vault.resources import cjk_font_path  # noqa: PLC0415 - resolved only when printing

    # Plain Flate streams: ASCII85 on top only makes the file a quarter larger and slower.
    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(FONT, str(cjk_font_path()), subfontIndex=0))
    # Chinese line-breaking: full-width commas, colons and the like never start a line
    # (ReportLab's list has only the ideographic full stop and comma).
    extra = "".join(c for c in "，；：！？）》」』】" if c not in paragraph.ALL_CANNOT_START)
    paragraph.ALL_CANNOT_START += extra
    # <b>/<i> in markup must map to our font, never to Helvetica-Bold.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
    """A canvas whose initial font is ours: otherwise every page would reference Helvetica."""
    return Canvas(*args, initialFontName=register_fonts(), **kwargs)


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValidationError("lang", "invalid.choice", f"the language must be one of {LANGUAGES}")
    return lang


# -- paragraph and table styles ---------------------------------------------------------


@cache
def styles(lang: str = "zh_CN") -> dict[str, ParagraphStyle]:
    """The paragraph styles for text in `lang`.

    Chinese wraps between any two characters (wordWrap "CJK"); English wraps only at
    spaces, or a word would break mid-word ("outstan|ding"). A run of Chinese in English
    text that is longer than a whole line is still cut to fit (splitLongWords).
    """
    font = register_fonts()
    base = ParagraphStyle(
        "body", fontName=font, fontSize=9.5, leading=14, textColor=INK,
        wordWrap="CJK" if lang != "en" else None, splitLongWords=1, bulletFontName=font,
    )

    def derive(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "title": derive("title", fontSize=26, leading=34, textColor=ACCENT, spaceAfter=6 * mm),
        "subtitle": derive("subtitle", fontSize=13, leading=19, textColor=MUTED,
                           spaceAfter=10 * mm),
        "h1": derive("h1", fontSize=16, leading=22, textColor=ACCENT, spaceAfter=3 * mm),
        "h2": derive("h2", fontSize=12, leading=17, textColor=ACCENT, spaceBefore=5 * mm,
                     spaceAfter=2 * mm),
        "h3": derive("h3", fontSize=10.5, leading=15, textColor=INK, spaceBefore=3 * mm,
                     spaceAfter=1.5 * mm),
        "small": derive("small", fontSize=8, leading=11, textColor=MUTED),
        "note": derive("note", fontSize=8.5, leading=12.5, textColor=MUTED, spaceBefore=2 * mm),
        "alert": derive("alert", textColor=ALERT),
        "cell": derive("cell", fontSize=8, leading=10.5),
        "cell_muted": derive("cell_muted", fontSize=8, leading=10.5, textColor=MUTED),
        "cell_right": derive("cell_right", fontSize=8, leading=10.5, alignment=TA_RIGHT),
        "cell_head": derive("cell_head", fontSize=8, leading=10.5, textColor=ACCENT),
        "cell_head_right": derive("cell_head_right", fontSize=8, leading=10.5,
                                  textColor=ACCENT, alignment=TA_RIGHT),
        "label": derive("label", fontSize=8.5, leading=12, textColor=MUTED),
        "value": derive("value", fontSize=9.5, leading=13),
        "hash": derive("hash", fontSize=7.5, leading=10),
        "center": derive("center", alignment=TA_CENTER),
        "letter_title": derive("letter_title", fontSize=18, leading=26, alignment=TA_CENTER,
                               spaceAfter=8 * mm),
        "letter": derive("letter", fontSize=10.5, leading=18, firstLineIndent=21),
        "letter_plain": derive("letter_plain", fontSize=10.5, leading=18),
        "letter_right": derive("letter_right", fontSize=10.5, leading=20, alignment=TA_RIGHT),
        "toc1": derive("toc1", fontSize=10.5, leading=15),
        "toc2": derive("toc2", fontSize=9, leading=12.5, leftIndent=6 * mm),
    }


def _text(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def para(text: str, style: str = "body", lang: str = "zh_CN") -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(_text(text), styles(lang)[style])


def markup(text: str, style: str = "body", lang: str = "zh_CN") -> Paragraph:
    """A paragraph of trusted markup (our own labels with <br/> or <font> tags)."""
    return Paragraph(text, styles(lang)[style])


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut to at most `limit` characters with "…" (for a heading or
    a page header: the record itself is printed whole where it belongs)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


_CELL_PAD = 4
CELL_FONT_SIZE = 8
# A text that would take more lines than this in its column gets a full-width row of its
# own under its record: a 2000-character note reads as a paragraph, not as a column two
# pages tall.
LONG_CELL_LINES = 5
# Long text is cut into pieces of at most this height, one table row each: every row is
# shorter than a page, so a table always splits between rows (ReportLab's own in-row
# splitting loses a spanned cell's span on the next page).
PIECE_HEIGHT = 120.0
_MAX_WORD_WIDTH = 40 * mm  # a longer unbroken word (a URL, a long number) may wrap
_WIDE_CHARS = re.compile(r"[\s\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff"
                         r"\ufe30-\ufe4f\uff00-\uffef]+")
Cell = Any  # a str (wrapped in a Paragraph) or a flowable used as it is


def _words(text: str) -> list[str]:
    """The runs of text that must not break inside: Latin words and numbers (Chinese may
    break between any two characters in either language)."""
    return [word for word in _WIDE_CHARS.split(text) if word]


def _fit_widths(
    widths: Sequence[float], header: Sequence[str], cells: Sequence[Sequence[str]]
) -> list[float]:
    """Column widths that hold each column's header words whole ("Periods", "序号") and
    the longest Latin word or number of its short values, taking the room from columns
    with room to spare. The total stays the same."""
    needs = []
    for head, column in zip(header, cells, strict=True):
        words = head.split() + [word for text in column for word in _words(text)]
        longest = max((pdfmetrics.stringWidth(word, FONT, CELL_FONT_SIZE) for word in words),
                      default=0.0)
        needs.append(min(longest, _MAX_WORD_WIDTH) + 2 * _CELL_PAD + 0.5)
    fitted = list(widths)
    short = sum(max(0.0, need - width) for need, width in zip(needs, widths, strict=True))
    spare = sum(max(0.0, width - need) for need, width in zip(needs, widths, strict=True))
    if short <= 0 or spare <= 0:
        return fitted
    give = min(1.0, spare / short)  # the share of each shortfall that can be made up
    take = min(short, spare) / spare  # the share of each spare room given up
    for i, (need, width) in enumerate(zip(needs, widths, strict=True)):
        if need > width:
            fitted[i] = width + (need - width) * give
        else:
            fitted[i] = width - (width - need) * take
    return fitted


def pieces(text: str, style: ParagraphStyle, width: float,
           most: float = PIECE_HEIGHT) -> list[Paragraph]:
    """Paragraph markup laid out at `width` and cut between lines into paragraphs at most
    `most` points tall (the text is kept whole: the pieces read on from one another).

    Its lines (split at <br/>) are gathered greedily; only a line that alone is taller
    than `most` is cut by ReportLab, so a note of many short lines is laid out once."""
    out: list[Paragraph] = []
    gathered: list[str] = []
    height = 0.0
    for line in text.split("<br/>"):
        one = Paragraph(line, style) if line else None
        tall = one.wrap(width, FRAME_HEIGHT)[1] if one is not None else style.leading
        if gathered and height + tall > most:
            out.append(Paragraph("<br/>".join(gathered), style))
            gathered, height = [], 0.0
        if one is not None and tall > most:  # a line taller than a piece: cut between lines
            out += _cut(line, one, style, width, most)
            continue
        gathered.append(line)
        height += tall
    if gathered:
        out.append(Paragraph("<br/>".join(gathered), style))
    return out


def _cut(line: str, whole: Paragraph, style: ParagraphStyle, width: float,
         most: float) -> list[Paragraph]:
    """One line of markup too tall for a piece, as pieces at most `most` tall. Plain text
    is cut by us, at a space or beside a CJK character (never inside an entity), because
    ReportLab's own split of CJK-wrapped text drops the spaces of what follows the cut."""
    if "<" in line:  # our own tagged labels: short, left to ReportLab
        out, rest = [], whole
        while len(parts := rest.split(width, most)) == 2:
            out.append(parts[0])
            rest = parts[1]
        return [*out, rest]
    out = []
    while line:
        fits = _cut_points(line)
        low, high, best = 0, len(fits) - 1, -1
        while low <= high:  # the longest head that still fits
            middle = (low + high) // 2
            if Paragraph(line[: fits[middle]], style).wrap(width, FRAME_HEIGHT)[1] <= most:
                best, low = middle, middle + 1
            else:
                high = middle - 1
        best = max(best, 0)  # even one word too tall: take it alone and go on
        if fits[best] >= len(line):
            out.append(Paragraph(line, style))
            break
        out.append(Paragraph(line[: fits[best]], style))
        line = line[fits[best]:].lstrip(" ")
    return out


def _cut_points(line: str) -> list[int]:
    """Where `line` may be cut: after a space, or before or after a CJK character; never
    inside an entity such as &amp;. The end of the line is the last point."""
    points, entity = [], False
    for i, char in enumerate(line):
        if char == "&":
            entity = True
        elif entity:
            entity = char != ";"
            if not entity:
                points.append(i + 1)
            continue
        if entity:
            continue
        if char == " " or ord(char) >= 0x2E80:
            points.append(i + 1)
        elif i + 1 < len(line) and ord(line[i + 1]) >= 0x2E80:
            points.append(i + 1)
    if not points or points[-1] != len(line):
        points.append(len(line))
    return points


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    right: Sequence[int] = (),
    lang: str = "zh_CN",
) -> LongTable:
    """A ruled table that splits across pages repeating its header row.

    Text cells are wrapped in Paragraphs so nothing runs past the column; `right` names
    the columns (amounts) aligned right. The widths must add up to the frame width; they
    are adjusted so no column's header or short value breaks inside a word. A text too
    long for its column is printed whole in rows of its own across the table under its
    record, labelled with the column's header, and its cell says so.
    """
    st = styles(lang)
    values: list[list[str]] = [[] for _ in header]
    for row in rows:
        for i, c in enumerate(row):
            if isinstance(c, str) and len(c) <= 40:  # longer ones are free text: they wrap
                values[i].append(c)
    widths = _fit_widths(widths, header, values)
    head = [
        Paragraph(escape(h), st["cell_head_right" if i in right else "cell_head"])
        for i, h in enumerate(header)
    ]
    room = [w - 2 * _CELL_PAD for w in widths]
    tallest = LONG_CELL_LINES * st["cell"].leading
    colon = ": " if lang == "en" else "："
    blank = [""] * (len(widths) - 1)
    data: list[list[Any]] = [head]
    records: list[tuple[int, int]] = []  # the first and last table row of each record
    for row in rows:
        main: list[Any] = []
        below: list[Paragraph] = []
        for i, c in enumerate(row):
            if isinstance(c, Flowable):
                main.append(c)
            elif "\n" not in c and pdfmetrics.stringWidth(c, FONT, CELL_FONT_SIZE) <= room[i]:
                main.append(c)  # a short one-line text is drawn as it is (fast)
            else:
                cell = Paragraph(_text(c), st["cell_right" if i in right else "cell"])
                # (Wider than LONG_CELL_LINES whole lines: too tall, without laying it out.)
                if (pdfmetrics.stringWidth(c, FONT, CELL_FONT_SIZE) <= LONG_CELL_LINES * room[i]
                        and cell.wrap(room[i], FRAME_HEIGHT)[1] <= tallest):
                    main.append(cell)
                    continue
                main.append(Paragraph(escape(label(lang, "table.below")), st["cell_muted"]))
                # The label in plain text: markup inside would make ReportLab lay out a long
                # Chinese paragraph ten times slower.
                below += pieces(escape(header[i] + colon) + _text(c), st["cell"],
                                sum(widths) - 2 * _CELL_PAD)
        first = len(data)
        data.append(main)
        data += [[piece, *blank] for piece in below]
        records.append((first, len(data) - 1))
    table = LongTable(data, colWidths=widths, repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("FONT", (0, 0), (-1, -1), FONT, CELL_FONT_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        *[("ALIGN", (i, 0), (i, -1), "RIGHT") for i in right],
    ]
    if len(data) == len(rows) + 1:  # one table row per record: ranges, not a command each
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE))
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(data), 2)]
    else:
        for number, (first, last) in enumerate(records):
            commands.append(("LINEBELOW", (0, last), (-1, last), 0.25, RULE))
            if number % 2:
                commands.append(("BACKGROUND", (0, first), (-1, last), ZEBRA))
            commands += _continued(first, last)
    table.setStyle(TableStyle(commands))
    return table


def _continued(first: int, last: int, column: int = 0) -> list[tuple[Any, ...]]:
    """Rows first+1 … last go on with their record: spanned from `column`, snug."""
    commands: list[tuple[Any, ...]] = []
    for r in range(first + 1, last + 1):
        commands.append(("SPAN", (column, r), (-1, r)))
        commands.append(("TOPPADDING", (0, r), (-1, r), 0))
        commands.append(("BOTTOMPADDING", (0, r - 1), (-1, r - 1), 0))
    return commands


_LABEL_WIDTH = 26 * mm
_FACT_STYLE = (
    ("FONT", (0, 0), (-1, -1), FONT, 8),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
)
_FACT_PAD = 3 + 6  # left padding and ReportLab's default right padding
LONG_VALUE_LINES = 4  # a longer value in a two-pair row takes the whole width instead


def _fact_cells(
    pairs: Sequence[tuple[str, Cell]], lang: str
) -> list[tuple[Paragraph, Flowable]]:
    """Each pair as a label paragraph and its value (text becomes a value paragraph)."""
    st = styles(lang)
    return [
        (Paragraph(escape(label), st["label"]),
         value if isinstance(value, Flowable) else para(value, "value", lang))
        for label, value in pairs
    ]


def _fact_layout(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], records: Sequence[tuple[int, int]]
) -> LongTable:
    """Fact rows ruled below each record; a record's continuation rows span its value."""
    table = LongTable(rows, colWidths=list(widths))
    commands: list[tuple[Any, ...]] = list(_FACT_STYLE)
    for first, last in records:
        commands.append(("LINEBELOW", (0, last), (-1, last), 0.25, RULE))
        commands += _continued(first, last, column=1)
        if len(widths) == 4 and rows[first][2] == "":  # a pair alone: its value spans
            commands.append(("SPAN", (1, first), (-1, first)))
    table.setStyle(TableStyle(commands))
    return table


def _long_value(
    name: Paragraph, value: Flowable, width: float, blank: list[str]
) -> list[list[Any]]:
    """A pair whose value takes rows of its own, cut into pieces that fit a page."""
    parts = (pieces(value.text, value.style, width) if isinstance(value, Paragraph)
             else [value])
    return [[name, parts[0], *blank], *[["", part, *blank] for part in parts[1:]]]


def fact_table(
    pairs: Sequence[tuple[str, Cell]], widths: Sequence[float] | None = None,
    lang: str = "zh_CN",
) -> LongTable:
    """Label / value pairs, two to a row (a summary or a caption block); a value too long
    for half the width gets rows of its own across the whole width."""
    label_w, value_w = _LABEL_WIDTH, FRAME_WIDTH / 2 - _LABEL_WIDTH
    widths = widths or (label_w, value_w, label_w, value_w)
    tallest = LONG_VALUE_LINES * styles(lang)["value"].leading
    rows: list[list[Any]] = []
    records: list[tuple[int, int]] = []
    waiting: list[Any] = []  # a short pair waiting for a partner

    def add(new: list[list[Any]]) -> None:
        records.append((len(rows), len(rows) + len(new) - 1))
        rows.extend(new)

    for name, value in _fact_cells(pairs, lang):
        if value.wrap(widths[1] - _FACT_PAD, FRAME_HEIGHT)[1] > tallest:
            if waiting:
                add([[*waiting, "", ""]])
                waiting = []
            add(_long_value(name, value, sum(widths[1:]) - _FACT_PAD, ["", ""]))
        elif waiting:
            add([[*waiting, name, value]])
            waiting = []
        else:
            waiting = [name, value]
    if waiting:
        add([[*waiting, "", ""]])
    return _fact_layout(rows, widths, records)


def wide_fact_table(pairs: Sequence[tuple[str, Cell]], lang: str = "zh_CN") -> LongTable:
    """Label / value pairs, one to a row (values that need the whole width)."""
    widths = (_LABEL_WIDTH, FRAME_WIDTH - _LABEL_WIDTH)
    rows: list[list[Any]] = []
    records: list[tuple[int, int]] = []
    for name, value in _fact_cells(pairs, lang):
        new = _long_value(name, value, widths[1] - _FACT_PAD, [])
        records.append((len(rows), len(rows) + len(new) - 1))
        rows += new
    return _fact_layout(rows, widths, records)


# -- the page frame -----------------------------------------------------------------------


TOTAL_SLOT = 14.0  # points: room for a page count of up to four digits at 8 pt


def draw_page_frame(
    canvas: Canvas, page: int, total: int | None, title: str, header: str, lang: str,
    total_form: str | None = None,
) -> None:
    """Header rule with `header`, footer "title — page X of Y".

    Y is `total`, or when the count is not known yet the form XObject `total_form`, which
    the caller defines once the last page is done (see define_number_form).
    """
    font = register_fonts()
    canvas.saveState()
    canvas.setFont(font, 8)
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    if header:
        top = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        canvas.drawString(MARGIN_X, top + 1.5 * mm, fit_line(header, FRAME_WIDTH, 8))
        canvas.line(MARGIN_X, top, PAGE_WIDTH - MARGIN_X, top)
    bottom = MARGIN_BOTTOM - 8 * mm
    canvas.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
    if total_form is None:
        canvas.drawCentredString(PAGE_WIDTH / 2, bottom, page_footer(title, page, total, lang))
    else:
        before, after = page_footer(title, page, -1, lang).split("-1")
        width = pdfmetrics.stringWidth(before + after, font, 8) + TOTAL_SLOT
        x = PAGE_WIDTH / 2 - width / 2
        canvas.drawString(x, bottom, before)
        x += pdfmetrics.stringWidth(before, font, 8)
        canvas.saveState()
        canvas.translate(x, bottom)
        canvas.doForm(total_form)
        canvas.restoreState()
        canvas.drawString(x + TOTAL_SLOT, bottom, after)
    canvas.restoreState()


def fit_line(text: str, width: float, size: float) -> str:
    """`text` on one line, cut with "…" so it is at most `width` points wide at `size`."""
    line = " ".join(text.split())
    if pdfmetrics.stringWidth(line, FONT, size) <= width:
        return line
    low, high = 0, len(line)  # the longest prefix that fits with its "…"
    while low < high:
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(line[:middle] + "…", FONT, size) <= width:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + "…"


def define_number_form(canvas: Canvas, name: str, text: str, width: float, align: str) -> None:
    """A late number (a page count or a page reference) as a form drawn where it was used."""
    canvas.beginForm(name, 0, -3, width, 10)
    canvas.setFont(register_fonts(), 8 if align == "center" else 8.5)
    canvas.setFillColor(MUTED if align == "center" else INK)
    if align == "center":
        canvas.drawCentredString(width / 2, 0, text)
    else:
        canvas.drawRightString(width, 1.5, text)
    canvas.endForm()


def page_footer(title: str, page: int, total: int | None, lang: str) -> str:
    key = "page_of" if total is not None else "page"
    return f"{title} — " + label(lang, key, page=page, total=total or 0)


# -- writing the file -----------------------------------------------------------------------


def write_atomically(
    target: Path, write: Callable[[BinaryIO], None], vault_path: Path | None = None
) -> Path:
    """Write a PDF beside `target` under a temporary name, fsync, rename into place.

    Refused before anything is written where `fsutil.check_export_target` says no. A failure or a
    cancellation (any exception from `write`) leaves nothing at `target` and no temporary
    file behind.
    """
    target = Path(target)
    check_export_target(target, vault_path)
    with new_file(target, "pdf") as out:
        write(out)
    return target


# -- printed words -------------------------------------------------------------------------


def money(fen: int) -> str:
    return format_fen(fen)


def day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def label(lang: str, key: str, **params: Any) -> str:
    """A printed string in `lang`; English when a key has no translation yet."""
    text = LABELS[lang].get(key) or LABELS["en"][key]
    return text.format(**params) if params else text


def enum_label(lang: str, group: str, value: str) -> str:
    return label(lang, f"{group}.{value}") if f"{group}.{value}" in LABELS["en"] else value


_EN: dict[str, str] = {
    "page": "page {page}",
    "table.below": "(in full below)",
    "page_of": "page {page} of {total}",
    "yuan": "yuan",
    "yes": "yes",
    "no": "no",
    "unknown": "not recorded",
    "none": "none",
    "loan_status.active": "repaying",
    "loan_status.overdue": "overdue",
    "loan_status.negotiating": "negotiating",
    "loan_status.restructured": "restructured",
    "loan_status.settled": "settled (certificate pending)",
    "loan_status.closed": "settled and closed",
    "plan_kind.original": "original plan",
    "plan_kind.restructured": "negotiated instalments",
    "plan_kind.deferral": "deferral",
    "plan_kind.reduction": "reduction",
    "method.annuity": "equal instalments",
    "method.equal_principal": "equal principal",
    "method.interest_first": "interest first, principal at the end",
    "method.bullet": "principal and interest at maturity",
    "method.daily": "daily interest",
    "method.custom": "lender's own schedule",
    "rate_kind.annual": "{percent} % a year",
    "rate_kind.daily": "{percent} % a day",
    "rate_kind.monthly_fee": "{percent} % monthly fee",
    "channel.auto_debit": "auto-debit",
    "channel.app": "in the app",
    "channel.offline": "offline store",
    "channel.transfer": "bank transfer",
    "channel.other": "other",
    "contact_channel.phone": "phone",
    "contact_channel.app_chat": "app chat",
    "contact_channel.sms": "text message",
    "contact_channel.email": "e-mail",
    "contact_channel.visit": "visit",
    "contact_channel.letter": "letter",
    "contact_channel.other": "other",
    "counterpart.platform": "lender's customer service",
    "counterpart.collector": "collector",
    "counterpart.regulator": "regulator",
    "counterpart.legal_aid": "legal aid",
    "counterpart.other": "other",
    "doc_kind.settlement_certificate": "settlement certificate",
    "doc_kind.receipt": "repayment receipt",
    "doc_kind.contract": "contract",
    "doc_kind.agreement": "agreement",
    "doc_kind.credit_report": "credit report",
    "doc_kind.call_recording": "call recording",
    "doc_kind.other": "other document",
    "status.paid": "paid",
    "status.paid_late": "paid {days} days late",
    "status.partly_paid": "partly paid",
    "status.overdue": "overdue {days} days",
    "status.due": "due",
    "status.future": "future",
    "status.penalty": "penalty {amount}",
    "step.confirmed_settled": "Loan shows settled (已结清) in the official app",
    "step.certificate_requested": "Settlement certificate requested",
    "step.certificate_obtained": "Settlement certificate obtained and kept",
    "step.collateral_released": "Collateral released",
    "step.credit_report_checked": "Credit report shows the loan settled",
    "step.dispute_filed": "Dispute filed (异议)",
    "step.credit_line_closed": "Credit line cancelled or frozen",
    "step.card_unbound": "Bank card unbound, auto-debit stopped",
    "step.personal_data_removed": "Personal data removed",
    "step.app_uninstalled": "App uninstalled (after cancelling)",
    "step.not_done": "not yet",
    "severity.info": "Note",
    "severity.warning": "Warning",
    "severity.serious": "Serious",
    "warning.rate.above_4x_lpr": "True APR {apr} % is above four times the one-year LPR "
                                 "({threshold} %)",
    "warning.rate.above_24_licensed": "True APR {apr} % is above the 24 % line",
    "warning.rate.above_24_historic": "True APR {apr} % is above 24 % (contract before "
                                      "2020-08-20)",
    "warning.rate.above_36_historic": "True APR {apr} % is above 36 % (contract before "
                                      "2020-08-20)",
    "warning.rate.upfront_deduction": "{amount} yuan was deducted from the principal in "
                                      "advance",
    "warning.rate.lpr_missing": "The four-times-LPR line could not be checked",
    "warning.rate.lpr_outdated": "The LPR table may be out of date: the four-times-LPR line "
                                 "({threshold} %) uses its newest fixing",
    "disclaimer": "These checks compare the figures with published rules and court practice. "
                  "They are information, not legal advice: confirm with a lawyer, legal aid "
                  "or the financial regulator before relying on them.",
}

_ZH: dict[str, str] = {
    "page": "第 {page} 页",
    "table.below": "（全文见下）",
    "page_of": "第 {page} 页，共 {total} 页",
    "yuan": "元",
    "yes": "是",
    "no": "否",
    "unknown": "未记录",
    "none": "无",
    "loan_status.active": "正常还款中",
    "loan_status.overdue": "逾期",
    "loan_status.negotiating": "协商中",
    "loan_status.restructured": "已协商分期",
    "loan_status.settled": "已结清（待取得结清证明）",
    "loan_status.closed": "已结清并销户",
    "plan_kind.original": "原始还款计划",
    "plan_kind.restructured": "协商分期",
    "plan_kind.deferral": "展期",
    "plan_kind.reduction": "减免",
    "method.annuity": "等额本息",
    "method.equal_principal": "等额本金",
    "method.interest_first": "先息后本",
    "method.bullet": "一次性还本付息",
    "method.daily": "按日计息",
    "method.custom": "按贷款方账单",
    "rate_kind.annual": "年利率 {percent}%",
    "rate_kind.daily": "日利率 {percent}%",
    "rate_kind.monthly_fee": "月费率 {percent}%",
    "channel.auto_debit": "自动扣款",
    "channel.app": "App 内还款",
    "channel.offline": "线下门店",
    "channel.transfer": "银行转账",
    "channel.other": "其他",
    "contact_channel.phone": "电话",
    "contact_channel.app_chat": "App 在线客服",
    "contact_channel.sms": "短信",
    "contact_channel.email": "电子邮件",
    "contact_channel.visit": "面谈",
    "contact_channel.letter": "信函",
    "contact_channel.other": "其他",
    "counterpart.platform": "贷款方官方客服",
    "counterpart.collector": "催收方",
    "counterpart.regulator": "监管部门",
    "counterpart.legal_aid": "法律援助",
    "counterpart.other": "其他",
    "doc_kind.settlement_certificate": "结清证明",
    "doc_kind.receipt": "还款凭证",
    "doc_kind.contract": "借款合同",
    "doc_kind.agreement": "协商协议",
    "doc_kind.credit_report": "征信报告",
    "doc_kind.call_recording": "通话录音",
    "doc_kind.other": "其他材料",
    "status.paid": "已还清",
    "status.paid_late": "已还清（逾期 {days} 天）",
    "status.partly_paid": "部分已还",
    "status.overdue": "逾期 {days} 天",
    "status.due": "本期应还",
    "status.future": "未到期",
    "status.penalty": "罚息 {amount}",
    "step.confirmed_settled": "官方 App 显示已结清",
    "step.certificate_requested": "已申请结清证明",
    "step.certificate_obtained": "已取得并保存结清证明",
    "step.collateral_released": "已解除抵押／质押",
    "step.credit_report_checked": "征信报告显示已结清",
    "step.dispute_filed": "已提出征信异议",
    "step.credit_line_closed": "已注销或冻结授信额度",
    "step.card_unbound": "已解绑银行卡、停止自动扣款",
    "step.personal_data_removed": "已要求删除个人信息",
    "step.app_uninstalled": "已卸载 App（在注销之后）",
    "step.not_done": "未完成",
    "severity.info": "提示",
    "severity.warning": "注意",
    "severity.serious": "严重",
    "warning.rate.above_4x_lpr": "真实年化利率 {apr}% 高于签约时一年期 LPR 的四倍（{threshold}%）",
    "warning.rate.above_24_licensed": "真实年化综合成本 {apr}% 高于 24% 参考线",
    "warning.rate.above_24_historic": "真实年化利率 {apr}% 高于 24%（2020-08-20 前签订的合同）",
    "warning.rate.above_36_historic": "真实年化利率 {apr}% 高于 36%（2020-08-20 前签订的合同）",
    "warning.rate.upfront_deduction": "放款时预先扣除了 {amount} 元",
    "warning.rate.lpr_missing": "无法核对四倍 LPR 上限",
    "warning.rate.lpr_outdated": "LPR 表可能已过时：四倍 LPR 上限（{threshold}%）按表中最新一期计算",
    "basis.rate.above_4x_lpr": "依据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020 年修正）"
                               "第二十五条，出借人请求的利率超过合同成立时一年期贷款市场报价利率四倍的，"
                               "人民法院不予支持；逾期利息、违约金及其他费用合计以同样标准为限"
                               "（第二十八、二十九条）。",
    "basis.rate.above_24_licensed": "对持牌机构（银行、消费金融公司、小额贷款公司），2017 年以来的司法实践"
                                    "以综合年化成本（利息及各项费用合计）24% 为参考线。",
    "basis.rate.above_24_historic": "2020-08-20 前签订的合同适用 2015 年民间借贷司法解释第二十六条："
                                    "年利率 24% 以内受法律保护；24% 至 36% 之间不能强制执行，"
                                    "但已支付的利息无需返还。",
    "basis.rate.above_36_historic": "2020-08-20 前签订的合同适用 2015 年民间借贷司法解释第二十六条："
                                    "年利率超过 36% 的部分无效，已支付的超出部分可以请求返还。",
    "basis.rate.upfront_deduction": "借款的利息不得预先在本金中扣除；预先扣除的，应当按照实际借款数额"
                                    "返还借款并计算利息（《民法典》第六百七十条）。",
    "basis.rate.lpr_missing": "LPR 表中没有签约日的一年期 LPR，无法核对四倍 LPR 上限；请在 LPR 表中补充。",
    "basis.rate.lpr_outdated": "法院按合同成立时的一年期 LPR 计算上限，而 LPR 表中最新一期比签约日早两个多月，"
                               "可能已有新的报价；请核对签约时的一年期 LPR（每月 20 日公布），"
                               "并在“工具 → LPR 表”中补充。",
    "disclaimer": "以上检查将您的数据与已公布的规则和司法实践进行比较，仅供参考，不构成法律意见；"
                  "依赖之前请向律师、法律援助机构或金融监管部门确认。",
}

LABELS: dict[str, dict[str, str]] = {"en": _EN, "zh_CN": _ZH}


def merge_labels(extra: dict[str, dict[str, str]]) -> None:
    """Add a module's own strings (binder, letters) to the table."""
    for language, table in extra.items():
        LABELS[language].update(table)


def warning_text(lang: str, code: str, **params: Any) -> tuple[str, str | None]:
    """The headline of a rate warning and, in Chinese, its translated basis (else None)."""
    basis_key = f"basis.{code}"
    basis = LABELS[lang].get(basis_key) if lang != "en" else None
    return label(lang, f"warning.{code}", **params), basis




class _SimpleDoc(BaseDocTemplate):  # type: ignore[misc]  # ReportLab is untyped
    """A4 pages in our frame; `total` is the page count when known (the second pass)."""

    def __init__(self, out: BinaryIO, title: str, header: str, lang: str, total: int | None,
                 info: dict[str, str]) -> None:
        super().__init__(
            out, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, creator="Jieqing 结清",
            initialFontName=register_fonts(), title=title, **info,
        )
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._frame)])
        self.frame_text = (title, header, lang, total)

    def _frame(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        title, header, lang, total = self.frame_text
        draw_page_frame(canvas, doc.page, total, title, header, lang)


def count_pages(
    make_story: Callable[[], list[Flowable]], title: str, lang: str, header: str = "",
    info: dict[str, str] | None = None,
) -> int:
    """How many pages write_simple_pdf would write (laid out in memory, nothing saved)."""
    counting = _SimpleDoc(io.BytesIO(), title, header, lang, None, info or {})
    counting._doSave = 0  # noqa: SLF001 - this pass only counts pages
    counting.build(make_story())
    return int(counting.page)


def write_simple_pdf(
    target: Path, make_story: Callable[[], list[Flowable]], title: str, lang: str,
    header: str = "", info: dict[str, str] | None = None, vault_path: Path | None = None,
) -> Path:
    """A short document (a letter, a summary): counted once, then written with "X of Y".

    Never over the vault at `vault_path` or any other vault or backup (fsutil.check_export_target)."""
    check_export_target(target, vault_path)
    total = count_pages(make_story, title, lang, header, info)

    def write(stream: BinaryIO) -> None:
        _SimpleDoc(stream, title, header, lang, total, info or {}).build(make_story())

    return write_atomically(target, write, vault_path)
