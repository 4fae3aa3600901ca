"""Every record prints whole, whatever its length: text fields hold up to MAX_TEXT
characters, and a row taller than a page must flow on, never stop the binder."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from vault import attachments, repository
from vault.attachments import Link
from vault.binder import BinderOptions, write_binder
from vault.demo import fill_demo
from vault.letters import write_settlement_summary
from vault.pdf_style import LABELS, MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT
from vault.records import (
    MAX_TEXT,
    Account,
    Contact,
    ContactChannel,
    Counterpart,
    CreditCheck,
    Loan,
    Milestone,
    Payment,
    Plan,
    Platform,
)
from vault.store import Vault

TODAY = date(2026, 11, 24)


def filler(tag: str, lang: str, *, lines: bool = False) -> str:
    """MAX_TEXT characters of numbered pieces ("问001号，" or "asked001 "); with `lines`,
    one piece per line (a 2000-character note of 250 short lines is seven pages tall)."""
    pieces = []
    size = 0
    number = 0
    while size < MAX_TEXT:
        number += 1
        piece = f"{tag}{number:03d}" + ("号，" if lang != "en" else " ")
        piece = piece.rstrip() + "\n" if lines else piece
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces)[:MAX_TEXT]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def body_text(reader: PdfReader) -> str:
    """The text inside the page frames (no running header or footer), pages joined, with
    no white space: a paragraph cut by a page break reads on as one."""
    parts: list[str] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        y = tm[5] * cm[3] + cm[5]
        if MARGIN_BOTTOM - 2 <= y <= PAGE_HEIGHT - MARGIN_TOP + 2:
            parts.append(text)

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return squeeze("".join(parts))


# The header rows a table repeats on each page it continues on.
TABLE_HEADERS = {
    lang: [
        [f"col.{k}" for k in ("no", "plan_kind", "from", "principal", "rate", "periods",
                              "method", "state", "note")],
        [f"col.{k}" for k in ("period", "due", "principal", "interest", "fee", "payment",
                              "paid", "status")],
        [f"col.{k}" for k in ("date", "amount", "channel", "account", "payee", "reference",
                              "note")],
        [f"col.{k}" for k in ("date", "channel", "counterpart", "who", "asked", "outcome",
                              "next")],
        [f"col.{k}" for k in ("step", "done_on", "follow_up", "note")],
        [f"col.{k}" for k in ("date", "source", "shows_settled", "note")],
        [f"col.{k}" for k in ("exhibit", "document", "kind", "date", "page")],
    ]
    for lang in ("zh_CN", "en")
}


def without_table_headers(text: str, lang: str) -> str:
    for keys in TABLE_HEADERS[lang]:
        text = text.replace(squeeze("".join(LABELS[lang][k] for k in keys)), "")
    return text


def small_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 80), "#c0c8d0").save(out, "PNG")
    return out.getvalue()


def fill_to_the_brim(vault: Vault, lang: str) -> tuple[int, dict[str, str]]:
    """One demo loan whose every printed text field holds MAX_TEXT characters."""
    texts: dict[str, str] = {}

    def text(tag: str, **kw: bool) -> str:
        texts[tag] = filler(tag, lang, **kw)
        return texts[tag]

    t = (lambda zh, en: en) if lang == "en" else (lambda zh, en: zh)
    with vault.transaction() as db:
        fill_demo(db, TODAY)
        db.execute("UPDATE meta SET value = ? WHERE key = 'owner_name'", (text(t("主", "owner")),))
        loans = repository.select(db, Loan, order_by="id")
        loan = next(x for x in loans if len(repository.select(
            db, Plan, "loan_id = ?", (x.id,))) > 1)  # the loan with a negotiated plan
        platform = repository.get(db, Platform, loan.platform_id)
        repository.update(db, dataclasses.replace(
            platform, name=text(t("台", "platform")), lender_entity=text(t("机", "lender")),
            hotline=text(t("话", "hotline"))))
        account = repository.get(db, Account, loan.account_id)
        repository.update(db, dataclasses.replace(account, label=text(t("户", "account"))))
        repository.update(db, dataclasses.replace(
            loan, contract_no=text(t("合", "contract")),
            note=text(t("注", "loannote"), lines=True)))
        for number, plan in enumerate(repository.select(db, Plan, "loan_id = ?", (loan.id,))):
            repository.update(db, dataclasses.replace(plan, note=text(t(f"计{number}",
                                                                       f"plan{number}note"))))
        payment = repository.select(db, Payment, "loan_id = ?", (loan.id,))[0]
        repository.update(db, dataclasses.replace(
            payment, payee=text(t("收", "payee")), reference_no=text(t("号", "reference")),
            note=text(t("付", "paynote"))))
        repository.insert(db, Contact(
            loan_id=loan.id, happened_on=TODAY, channel=ContactChannel.phone,
            counterpart=Counterpart.collector, who=text(t("谁", "who")),
            asked=text(t("问", "asked")), outcome=text(t("果", "outcome"), lines=True),
            next_step=text(t("下", "next"))))
        step = next(iter(repository.select(db, Milestone, "loan_id = ?", (loan.id,))), None)
        if step is None:
            repository.insert(db, Milestone(loan_id=loan.id or 0, step="certificate_requested",
                                            done_on=TODAY, note=text(t("步", "stepnote"))))
        else:
            repository.update(db, dataclasses.replace(step, note=text(t("步", "stepnote"))))
        repository.insert(db, CreditCheck(
            loan_id=loan.id, checked_on=TODAY, source=text(t("源", "source")),
            shows_settled=None, note=text(t("查", "checknote"))))
    attachments.add_bytes(vault, small_png(), "scan.png", [Link("loan", loan.id or 0)],
                          title=text(t("题", "title")), note=text(t("材", "docnote")))
    assert all(len(value) == MAX_TEXT for value in texts.values())
    assert loan.id is not None
    return loan.id, texts


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_text_field_at_its_longest_is_printed_whole(vault_factory, tmp_path, lang):
    vault = vault_factory()
    loan_id, texts = fill_to_the_brim(vault, lang)
    result = write_binder(vault, tmp_path / "long.pdf",
                          BinderOptions(loan_ids=(loan_id,), lang=lang, as_of=TODAY))
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages
    printed = without_table_headers(body_text(reader), lang)
    for tag, value in texts.items():
        assert squeeze(value) in printed, f"{tag} is not printed whole"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_settlement_summary_stays_one_page_and_says_where_the_rest_is(
    vault_factory, tmp_path, lang
):
    vault = vault_factory()
    loan_id, texts = fill_to_the_brim(vault, lang)
    with vault.transaction() as db:  # every checklist step with a note at the limit
        from vault.checklist import steps_for

        loan = repository.get(db, Loan, loan_id)
        done = {m.step for m in repository.select(db, Milestone, "loan_id = ?", (loan_id,))}
        for step in steps_for(loan.secured, False):
            if step.key not in done:
                repository.insert(db, Milestone(loan_id=loan_id, step=step.key, done_on=TODAY,
                                                note=filler("步", lang, lines=True)))
    with vault.snapshot() as db:
        path = write_settlement_summary(db, loan_id, tmp_path / "summary.pdf", lang, TODAY)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    marker = "continued in the binder" if lang == "en" else "完整内容见结清档案"
    assert marker in text.replace("\n", " ")
    assert squeeze(texts["stepnote" if lang == "en" else "步"][:40]) in squeeze(text)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_negotiation_letter_with_every_field_at_its_longest_is_written_whole(tmp_path, lang):
    from tests.vault.test_letters import LETTER, text_of
    from vault.letters import write_negotiation_letter

    fields = {name: filler(tag, lang) for name, tag in (
        ("borrower_name", "名"), ("phone", "电"), ("platform_name", "台"),
        ("lender_entity", "机"), ("contract_no", "合"), ("reasons", "因"))}
    letter = dataclasses.replace(LETTER, **fields, hardship_proofs=(filler("证", lang),))
    text = squeeze(text_of(write_negotiation_letter(letter, tmp_path / "letter.pdf", lang)))
    for name, value in [*fields.items(), ("proof", letter.hardship_proofs[0])]:
        assert squeeze(value)[-40:] in text, f"{name} is cut"
