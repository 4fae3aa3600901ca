"""How the binder reads: words whole in either language, replaced plans dated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import TEST_PASSWORD
from vault import kdf, repository
from vault.binder import BinderOptions, write_binder
from vault.demo import fill_demo
from vault.pdf_style import LABELS
from vault.records import Plan
from vault.store import Vault

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Path]]:
    folder = tmp_path_factory.mktemp("layout")
    with Vault.create(folder / "demo.jqvault", TEST_PASSWORD, kdf.FAST_FOR_TESTS) as vault:
        with vault.transaction() as db:
            fill_demo(db, TODAY)
        yield vault, folder


@pytest.fixture(scope="module")
def texts(demo: tuple[Vault, Path]) -> dict[str, str]:
    vault, folder = demo
    out = {}
    for lang in ("zh_CN", "en"):
        result = write_binder(vault, folder / f"{lang}.pdf", BinderOptions(lang=lang, as_of=TODAY))
        out[lang] = "\n".join(p.extract_text() for p in PdfReader(result.path).pages)
    return out


PRINTED_IN_THE_DEMO = [
    *[f"col.{k}" for k in ("no", "plan_kind", "from", "principal", "rate", "periods", "method",
                           "state", "note", "period", "due", "interest", "fee", "payment",
                           "paid", "owed", "status", "date", "amount", "channel", "account",
                           "payee", "reference", "counterpart", "who", "asked", "outcome",
                           "next", "step", "done_on", "follow_up")],
    *[f"loan.{k}" for k in ("platform", "lender", "contract", "status", "principal",
                            "received", "borrowed_on", "term", "stated_rate", "true_apr",
                            "account", "hotline", "total_paid", "outstanding", "overdue",
                            "payoff", "settled_on", "next_due", "upfront_fee")],
    "method.annuity", "method.equal_principal", "plan_kind.original", "plan_kind.restructured",
    "step.certificate_obtained", "step.card_unbound", "step.personal_data_removed",
]


def test_english_labels_wrap_only_between_words(texts):
    """Every word of the headers and labels is printed whole: "Principal outstan|ding" or
    "Perio|ds" would leave pieces and no whole word."""
    words = set(re.findall(r"[A-Za-z]+", texts["en"]))
    for key in PRINTED_IN_THE_DEMO:
        for word in re.findall(r"[A-Za-z]+", LABELS["en"][key]):
            assert word in words, f"{word!r} of {LABELS['en'][key]!r} is printed broken"


def test_chinese_table_headers_stay_on_one_line(texts):
    lines = {line.strip() for line in texts["zh_CN"].splitlines()}
    for header in ("序号", "期数", "还款方式", "生效日", "期次", "到期日", "尚欠", "联系人", "流水号"):
        assert header in lines, header


def test_a_replaced_plan_says_its_schedule_is_as_it_stood_then(demo, texts):
    vault, _ = demo
    plans = repository.select(vault.db, Plan, order_by="loan_id, effective_from")
    by_loan: dict[int, list[Plan]] = {}
    for plan in plans:
        by_loan.setdefault(plan.loan_id, []).append(plan)
    old, new = next(p for p in by_loan.values() if len(p) > 1)[:2]
    replaced, frozen = new.effective_from, new.effective_from - timedelta(days=1)
    english = " ".join(texts["en"].split())
    assert (f"Plan 1 (original plan, from {old.effective_from}), replaced on {replaced}: "
            f"schedule and status as they stood then (as of {frozen})") in english
    chinese = "".join(texts["zh_CN"].split())
    assert (f"方案1（原始还款计划，自{old.effective_from}起，{replaced}起被取代）："
            f"还款计划与当时的状态（截至{frozen}）") in chinese
