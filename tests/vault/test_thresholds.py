"""Rate thresholds: LPR table as data, each rule with its stable code and basis."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from vault.records import LenderKind
from vault.thresholds import (
    DISCLAIMER,
    LprFixing,
    Severity,
    WarningCode,
    bundled_lpr_table,
    check_rate,
    load_lpr_table,
    lpr_on,
    parse_lpr_table,
)


def codes(apr: str, signed: date, lender: LenderKind, upfront: int = 0) -> list[str]:
    return [w.code for w in check_rate(Decimal(apr), signed, lender, upfront)]


def test_bundled_table_matches_the_domain_notes() -> None:
    table = bundled_lpr_table()
    assert len(table) == 13
    assert table[0] == LprFixing(date(2019, 8, 20), Decimal("4.25"))
    assert table[-1] == LprFixing(date(2025, 5, 20), Decimal("3.00"))
    assert lpr_on(date(2023, 8, 20), table) == LprFixing(date(2023, 6, 20), Decimal("3.55"))
    assert lpr_on(date(2023, 8, 21), table) == LprFixing(date(2023, 8, 21), Decimal("3.45"))
    assert lpr_on(date(2019, 8, 19), table) is None


def test_private_lender_above_four_times_lpr() -> None:
    # signed 2024-08-01: LPR 3.35 % (from 2024-07-22), so the line is 13.40 %
    warnings = check_rate(Decimal("13.41"), date(2024, 8, 1), LenderKind.private)
    assert len(warnings) == 1
    warning = warnings[0]
    assert warning.code == "rate.above_4x_lpr"
    assert warning.severity is Severity.serious
    assert warning.threshold_percent == Decimal("13.40")
    assert warning.lpr == LprFixing(date(2024, 7, 22), Decimal("3.35"))
    assert "four times the one-year LPR" in warning.basis
    assert "art. 25" in warning.basis
    assert codes("13.40", date(2024, 8, 1), LenderKind.private) == []


def test_licensed_lender_24_percent_line() -> None:
    assert codes("24", date(2023, 1, 1), LenderKind.licensed) == []
    warnings = check_rate(Decimal("24.01"), date(2023, 1, 1), LenderKind.licensed)
    assert [(w.code, w.severity, w.threshold_percent) for w in warnings] == [
        (WarningCode.above_24_licensed, Severity.warning, Decimal(24))
    ]
    # a licensed lender is outside the 4 × LPR rule
    assert codes("15", date(2024, 8, 1), LenderKind.licensed) == []


def test_historic_rule_before_2020_08_20() -> None:
    signed = date(2020, 8, 19)
    assert codes("24", signed, LenderKind.private) == []
    assert codes("30", signed, LenderKind.private) == ["rate.above_24_historic"]
    assert codes("36", signed, LenderKind.licensed) == ["rate.above_24_historic"]
    assert codes("36.5", signed, LenderKind.private) == ["rate.above_36_historic"]
    # from 2020-08-20 the new rule applies: 4 × 3.85 % = 15.40 %
    assert codes("16", date(2020, 8, 20), LenderKind.private) == ["rate.above_4x_lpr"]


def test_upfront_deduction_is_flagged_with_its_amount() -> None:
    warnings = check_rate(Decimal("10"), date(2024, 1, 1), LenderKind.licensed, 50_000)
    assert [w.code for w in warnings] == ["rate.upfront_deduction"]
    assert warnings[0].amount_fen == 50_000
    assert "art. 670" in warnings[0].basis
    assert codes("30", date(2024, 1, 1), LenderKind.private, 1) == [
        "rate.above_4x_lpr",
        "rate.upfront_deduction",
    ]


def test_user_table_overrides_and_missing_fixing(tmp_path: Path) -> None:
    user = tmp_path / "lpr.json"
    user.write_text(json.dumps([{"from": "2026-06-20", "percent": "2.90"}]), encoding="utf-8")
    table = load_lpr_table(user)
    assert table == (LprFixing(date(2026, 6, 20), Decimal("2.90")),)
    warnings = check_rate(Decimal("12"), date(2026, 7, 1), LenderKind.private, lpr_table=table)
    assert [(w.code, w.threshold_percent) for w in warnings] == [
        ("rate.above_4x_lpr", Decimal("11.60"))
    ]
    missing = check_rate(Decimal("12"), date(2024, 1, 1), LenderKind.private, lpr_table=table)
    assert [(w.code, w.severity) for w in missing] == [("rate.lpr_missing", Severity.info)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "non-empty list"),
        ('{"from": "2024-01-01"}', "non-empty list"),
        ('[{"from": "2024-01-01", "percent": "3", "rate": 1}]', "entry 1: expected"),
        ('[{"from": "2024/01/01", "percent": "3"}]', "YYYY-MM-DD"),
        ('[{"from": "2024-02-30", "percent": "3"}]', "not a real date"),
        ('[{"from": "2024-01-01", "percent": "abc"}]', "not a number"),
        ('[{"from": "2024-01-01", "percent": true}]', "must be a number"),
        ('[{"from": "2024-01-01", "percent": "0"}]', "not plausible"),
        ('[{"from": "2024-01-01", "percent": "NaN"}]', "not plausible"),
        (
            '[{"from": "2024-01-01", "percent": "3"}, {"from": "2023-01-01", "percent": "3"}]',
            "entry|ascend",
        ),
    ],
)
def test_bad_tables_are_refused_clearly(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_lpr_table(text)


def test_numbers_and_notes_are_accepted() -> None:
    table = parse_lpr_table('[{"from": "2024-01-01", "percent": 3.45, "note": "typed by me"}]')
    assert table[0].percent == Decimal("3.45")


def test_unreadable_user_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read the LPR table .*nope.json"):
        load_lpr_table(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("[1]", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json: entry 1"):
        load_lpr_table(bad)


def test_input_validation_and_disclaimer() -> None:
    with pytest.raises(ValueError, match="non-negative"):
        check_rate(Decimal("-1"), date(2024, 1, 1), LenderKind.private)
    with pytest.raises(ValueError, match="must not be negative"):
        check_rate(Decimal("10"), date(2024, 1, 1), LenderKind.private, -1)
    with pytest.raises(ValueError):
        check_rate(Decimal("10"), date(2024, 1, 1), "bank")  # type: ignore[arg-type]
    assert "not legal advice" in DISCLAIMER
    assert [c.value for c in WarningCode] == [
        "rate.above_4x_lpr",
        "rate.above_24_licensed",
        "rate.above_24_historic",
        "rate.above_36_historic",
        "rate.upfront_deduction",
        "rate.lpr_missing",
    ]
