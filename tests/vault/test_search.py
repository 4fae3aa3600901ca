"""Search: substrings in any language, wildcards taken literally, grouped by kind."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from vault import repository
from vault.loans import add_loan
from vault.records import (
    Contact,
    ContactChannel,
    Counterpart,
    Loan,
    Milestone,
    Payment,
    PaymentChannel,
    Platform,
)
from vault.schedule import Method, RateKind
from vault.search import HitKind, escape_like, search, snippet
from vault.store import Vault


def _loan(vault: Vault, contract_no: str, note: str = "") -> int:
    with vault.transaction() as db:
        platform = repository.insert(db, Platform(name="测试平台"))
        loan, _plan = add_loan(db, Loan(
            platform_id=platform.id or 0, borrowed_on=date(2026, 1, 5), principal=100_000,
            rate_kind=RateKind.annual, rate_percent=Decimal("12"), term_months=3,
            method=Method.annuity, contract_no=contract_no, note=note,
        ))
    return loan.id or 0


def test_a_chinese_substring_finds_the_contact_and_its_loan(demo: Vault) -> None:
    hits = search(demo.db, "离职证明")
    assert {hit.kind for hit in hits} == {HitKind.contact}
    assert len(hits) == 2
    assert all(hit.platform == "京东金条" for hit in hits)
    assert hits[0].on is not None and hits[0].on > hits[1].on  # type: ignore[operator]
    loan_id = demo.db.execute(
        "SELECT loan.id FROM loan JOIN platform ON platform.id = loan.platform_id "
        "WHERE platform.name = '京东金条'").fetchone()[0]
    assert {hit.loan_id for hit in hits} == {loan_id}
    assert hits[0].field in ("asked", "outcome", "next_step")
    assert "离职证明" in hits[0].text


def test_results_come_grouped_loans_payments_contacts_notes(demo: Vault) -> None:
    hits = search(demo.db, "借呗")  # a platform, its payee, and a milestone's note
    kinds = [hit.kind for hit in hits]
    assert kinds == sorted(kinds, key=[HitKind.loan, HitKind.payment, HitKind.contact,
                                       HitKind.note].index)
    assert HitKind.loan in kinds and HitKind.note in kinds
    note = next(hit for hit in hits if hit.kind is HitKind.note)
    assert note.field == "milestone_note" and "借呗" in note.text


def test_payments_are_found_by_reference_number_ignoring_ascii_case(demo: Vault) -> None:
    hits = search(demo.db, "ax-r0")
    assert hits and all(hit.kind is HitKind.payment for hit in hits)
    assert all(hit.field == "reference_no" and hit.text.startswith("AX-R0") for hit in hits)


@pytest.mark.parametrize("query", ["%", "_", "\\", "50%", "A_1"])
def test_wildcards_in_the_query_are_literal(vault: Vault, query: str) -> None:
    literal = _loan(vault, "A_1", note="利率 50% 以上")
    _loan(vault, "AB1", note="利率五成")
    _loan(vault, "C\\D", note="")
    hits = search(vault.db, query)
    contracts = {
        vault.db.execute("SELECT contract_no FROM loan WHERE id = ?", (h.loan_id,)).fetchone()[0]
        for h in hits
    }
    expected = {"%": {"A_1"}, "_": {"A_1"}, "\\": {"C\\D"}, "50%": {"A_1"}, "A_1": {"A_1"}}
    assert contracts == expected[query]
    if query != "\\":
        assert literal in {h.loan_id for h in hits}


def test_a_blank_query_finds_nothing_and_quotes_are_harmless(demo: Vault) -> None:
    assert search(demo.db, "   ") == []
    assert search(demo.db, "'; DROP TABLE loan; --") == []
    assert demo.db.execute("SELECT COUNT(*) FROM loan").fetchone()[0] == 7


def test_contacts_about_no_loan_and_limits(vault: Vault) -> None:
    loan_id = _loan(vault, "X-1")
    with vault.transaction() as db:
        repository.insert(db, Contact(
            happened_on=date(2026, 3, 1), channel=ContactChannel.phone,
            counterpart=Counterpart.regulator, asked="向地方金融监管局投诉"))
        for n in range(5):
            repository.insert(db, Payment(
                loan_id=loan_id, paid_on=date(2026, 2, n + 1), amount=100,
                channel=PaymentChannel.app, note=f"第{n}笔 还款"))
        repository.insert(db, Milestone(loan_id=loan_id, step="confirmed_settled",
                                        note="App 显示已结清"))
    [hit] = search(vault.db, "监管局")
    assert hit.kind is HitKind.contact and hit.loan_id is None and hit.platform == ""
    assert len(search(vault.db, "还款", limit=3)) == 3
    [note] = search(vault.db, "已结清")
    assert note.kind is HitKind.note and note.on is None and note.loan_id == loan_id


def test_escape_and_snippet() -> None:
    assert escape_like("a%b_c\\d") == "a\\%b\\_c\\\\d"
    text = "开头" + "很长的文字" * 30 + "关键词" + "结尾" * 30
    cut = snippet(text, "关键词", width=40)
    assert "关键词" in cut and cut.startswith("…") and cut.endswith("…")
    assert len(cut) <= 42
    assert snippet("short\n text", "x") == "short text"
