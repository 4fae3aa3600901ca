"""Long text cut into pieces across pages keeps every word and every space between words."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from vault import repository
from vault.binder import BinderOptions, write_binder
from vault.pdf_style import _text, pieces, register_fonts, styles
from vault.records import Contact, ContactChannel, Counterpart, Platform

MIXED = ("I asked for the penalty-interest waiver & a written plan; the collector refused "
         "to give one. 我要求减免罚息。 Called on 2023-04-05 ")
WORDS = re.compile(r"[A-Za-z0-9&;\-]+")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_pieces_keep_the_words_of_mixed_text(lang: str) -> None:
    register_fonts()
    text = _text(MIXED * 30)
    parts = pieces(text, styles(lang)["body"], 400)
    assert len(parts) > 1
    assert all(part.wrap(400, 10_000)[1] <= 120 for part in parts)
    assert [w for part in parts for w in WORDS.findall(part.text)] == WORDS.findall(text)


def test_a_chinese_binder_prints_a_long_english_note_with_its_spaces(vault_factory, tmp_path):
    vault = vault_factory()
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="微粒贷"))
        repository.insert(db, Contact(
            happened_on=date(2024, 3, 1), channel=ContactChannel.phone,
            counterpart=Counterpart.platform, who=str(platform.id),
            asked=(MIXED * 20)[:2000]))
    result = write_binder(vault, tmp_path / "b.pdf", BinderOptions(lang="zh_CN"))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(result.path).pages)
    assert text.count("asked for the penalty-interest waiver") >= 10
    assert "forthe" not in text and "refusedto" not in text
