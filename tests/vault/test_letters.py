"""The negotiation letter and the settlement summary: the right facts, printable anywhere."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import TEST_PASSWORD
from tests.vault.conftest import renegotiated_loan
from vault import kdf, repository
from vault.demo import create_demo_vault
from vault.errors import ValidationError
from vault.letters import (
    NegotiationLetter,
    mask_id,
    write_negotiation_letter,
    write_settlement_summary,
)
from vault.records import Loan, LoanStatus, Payment, PaymentChannel
from vault.store import Vault

TODAY = date(2026, 11, 24)

LETTER = NegotiationLetter(
    borrower_name="张伟", phone="13800138000", platform_name="京东金条",
    lender_entity="京东科技（合作机构放款）", contract_no="JT2025122088812",
    principal=3_000_000, borrowed_on=date(2026, 3, 24), repaid=1_300_000,
    outstanding=1_800_000, overdue_amount=265_432, request="restructure",
    reasons="今年六月公司裁员，本人失业至今。\n家中老人住院，医疗支出较大。",
    hardship_proofs=("离职证明", "医院诊断证明"), monthly_income=450_000,
    essential_spending=320_000, proposed_periods=18, proposed_amount=110_000,
    first_due=date(2026, 12, 15), written_on=TODAY, id_number="110101199001011234",
)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def fonts_embedded(path: Path) -> bool:
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            if "/FontFile2" not in descriptor:
                return False
    return True


def test_negotiation_letter_has_every_part_in_figures_and_capitals(tmp_path):
    out = write_negotiation_letter(LETTER, tmp_path / "letter.pdf")
    text = text_of(out).replace("\n", "")  # wrapped lines joined
    for part in ("协商还款申请书", "京东科技（合作机构放款）", "JT2025122088812", "13800138000",
                 "30,000.00 元（大写：叁万元整）", "2,654.32 元（大写：贰仟陆佰伍拾肆元叁角贰分）",
                 "分 18 期偿还，每期 1,100.00 元（大写：壹仟壹佰元整）", "19,800.00",
                 "2026-12-15", "离职证明", "医院诊断证明", "家中老人住院", "此致", "敬礼",
                 "申请人（签名）", "2026 年 11 月 24 日", "第 1 页"):
        assert part in text, part
    assert "**************1234" in text and "110101199001011234" not in text
    assert fonts_embedded(out)
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_negotiation_letter_in_english_and_other_requests(tmp_path):
    letter = dataclasses.replace(LETTER, request="deferral", id_number="", hardship_proofs=())
    text = text_of(write_negotiation_letter(letter, tmp_path / "en.pdf", "en"))
    assert "Application for a negotiated repayment" in text
    assert "extended" in text and "(none)" in text and "ID number" not in text
    assert "叁万元整" in text  # the capital form is what a Chinese lender reads


def test_bad_letters_are_refused(tmp_path):
    with pytest.raises(ValidationError):
        write_negotiation_letter(dataclasses.replace(LETTER, request="forgive"), tmp_path / "a.pdf")
    with pytest.raises(ValidationError):
        write_negotiation_letter(dataclasses.replace(LETTER, proposed_amount=-1), tmp_path / "b.pdf")
    with pytest.raises(ValidationError):
        write_negotiation_letter(LETTER, tmp_path / "c.pdf", lang="fr")
    assert list(tmp_path.iterdir()) == []


def test_mask_id_keeps_only_the_last_four():
    assert mask_id("110101199001011234") == "*" * 14 + "1234"
    assert mask_id("123") == "123"


def test_settlement_summary_is_one_page_with_certificate_and_credit_check(tmp_path):
    path = tmp_path / "demo.jqvault"
    create_demo_vault(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS, today=TODAY)
    with Vault.open(path, TEST_PASSWORD) as vault:
        loans = {loan.status: loan for loan in repository.select(vault.db, Loan)}
        closed = write_settlement_summary(vault.db, loans[LoanStatus.closed].id or 0,
                                          tmp_path / "closed.pdf", as_of=TODAY)
        pending = write_settlement_summary(vault.db, loans[LoanStatus.settled].id or 0,
                                           tmp_path / "pending.pdf", "en", as_of=TODAY)
    assert len(PdfReader(closed).pages) == 1
    text = text_of(closed)
    for part in ("结清情况说明", "招商银行股份有限公司", "ZS2025030100456", "61,472.54",
                 "已取得并保存", "显示已结清：是", "结清日期", "张伟（示例）"):
        assert part in text, part
    english = text_of(pending)
    assert "Requested on" in english and "Not yet checked." in english
    assert fonts_embedded(closed) and fonts_embedded(pending)


def test_settlement_summary_totals_the_payments_of_every_plan(vault_factory, tmp_path):
    """Two payments under the original plan and one under the negotiated plan that replaced
    it: the total repaid is all three (3,000.00), not the last plan's 1,000.00."""
    vault = vault_factory()
    with vault.transaction() as db:
        loan = renegotiated_loan(db)
        for paid_on in (date(2024, 1, 20), date(2024, 2, 20), date(2024, 5, 20)):
            repository.insert(db, Payment(loan_id=loan.id or 0, paid_on=paid_on,
                                          amount=100_000, channel=PaymentChannel.app))
    as_of = date(2024, 6, 10)
    chinese = text_of(write_settlement_summary(vault.db, loan.id or 0, tmp_path / "zh.pdf",
                                               as_of=as_of)).replace("\n", "")
    assert "累计已还3,000.00 元（大写：叁仟元整）" in chinese
    english = " ".join(text_of(write_settlement_summary(
        vault.db, loan.id or 0, tmp_path / "en.pdf", "en", as_of=as_of)).split())
    assert "Total repaid 3,000.00 yuan (叁仟元整)" in english


def test_a_letter_without_a_lender_entity_goes_to_the_platform(tmp_path):
    """A loan recorded from the bank preset has no entity: the letter is still written."""
    letter = dataclasses.replace(LETTER, platform_name="银行消费贷", lender_entity="")
    text = text_of(write_negotiation_letter(letter, tmp_path / "bank.pdf")).replace("\n", "")
    assert "银行消费贷：" in text and "（银行消费贷）" not in text
    assert "放款机构" not in text  # an unknown entity is left out, not printed blank
    english = text_of(write_negotiation_letter(letter, tmp_path / "bank-en.pdf", "en"))
    assert "To 银行消费贷:" in english


def test_a_required_letter_field_is_named(tmp_path):
    with pytest.raises(ValidationError) as refused:
        write_negotiation_letter(dataclasses.replace(LETTER, borrower_name=" "),
                                 tmp_path / "a.pdf")
    assert refused.value.field == "borrower_name" and refused.value.key == "invalid.required"
    assert "borrower's name" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        write_negotiation_letter(dataclasses.replace(LETTER, platform_name="", lender_entity=""),
                                 tmp_path / "b.pdf")
    assert refused.value.field == "platform_name" and "platform" in refused.value.message
    assert list(tmp_path.iterdir()) == []
