"""Rate thresholds: LPR table as data, each rule with its stable code and basis."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from vault import backup, kdf
from vault.errors import ValidationError
from vault.records import LenderKind
from vault.store import Vault
from vault.thresholds import (
    BASIS_4X_LPR,
    DISCLAIMER,
    USER_LPR_KEY,
    LprFixing,
    Severity,
    WarningCode,
    bundled_lpr_table,
    check_rate,
    load_lpr_table,
    lpr_on,
    merge_lpr_tables,
    parse_fixing,
    parse_lpr_table,
    save_user_lpr_fixings,
    user_lpr_fixings,
    vault_lpr_table,
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
        "rate.lpr_outdated",
    ]


# -- the user's fixings, kept in the vault ------------------------------------------------

LATEST = LprFixing(date(2025, 5, 20), Decimal("3.00"))  # the bundled table's newest


def test_merging_adds_the_users_fixings_and_theirs_win_on_the_same_date() -> None:
    bundled = bundled_lpr_table()
    corrected = LprFixing(date(2024, 10, 21), Decimal("3.15"))
    added = LprFixing(date(2025, 6, 20), Decimal("2.95"))
    table = merge_lpr_tables(bundled, [added, corrected])
    assert len(table) == len(bundled) + 1
    assert [f.effective for f in table] == sorted(f.effective for f in table)
    assert lpr_on(date(2024, 11, 1), table) == corrected
    assert table[-1] == added
    assert lpr_on(date(2024, 11, 1), bundled).percent == Decimal("3.10")  # untouched


@pytest.mark.parametrize(
    ("day", "percent", "field", "key"),
    [
        ("", "3.00", "from", "invalid.required"),
        ("2025/06/20", "3.00", "from", "invalid.date"),
        ("2025-02-30", "3.00", "from", "invalid.date"),
        ("2013-10-24", "3.00", "from", "invalid.lpr_date_range"),
        ("2026-12-01", "3.00", "from", "invalid.lpr_date_range"),  # after "today"
        ("2025-06-20", "", "percent", "invalid.required"),
        ("2025-06-20", "three", "percent", "invalid.number"),
        ("2025-06-20", "NaN", "percent", "invalid.number"),  # not a number at all
        ("2025-06-20", "0.49", "percent", "invalid.lpr_range"),
        ("2025-06-20", "10.01", "percent", "invalid.lpr_range"),
        ("2025-06-20", "-3", "percent", "invalid.lpr_range"),
        ("2025-06-20", "3.005", "percent", "invalid.lpr_decimals"),
    ],
)
def test_a_typed_fixing_is_refused_with_its_field_and_reason(
    day: str, percent: str, field: str, key: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_fixing(day, percent, date(2026, 11, 24))
    assert (caught.value.field, caught.value.key) == (field, key)


def test_a_typed_fixing_is_read_generously() -> None:
    today = date(2026, 11, 24)
    assert parse_fixing(" 2025-06-20 ", "2.9 %", today) == LprFixing(
        date(2025, 6, 20), Decimal("2.9"))
    assert parse_fixing("2026-11-24", "3.450", today).percent == Decimal("3.45")
    assert parse_fixing("2013-10-25", "10", today).percent == Decimal(10)


def test_the_users_fixings_are_stored_in_the_vault_and_survive_reopening(
    vault_factory, tmp_path: Path  # noqa: ANN001
) -> None:
    vault = vault_factory()
    assert user_lpr_fixings(vault.db) == ()
    assert vault_lpr_table(vault.db) == bundled_lpr_table()
    mine = [LprFixing(date(2025, 9, 22), Decimal("2.9")),
            LprFixing(date(2024, 10, 21), Decimal("3.15"))]
    stored = save_user_lpr_fixings(vault, mine, today=date(2026, 1, 1))
    assert stored == (LprFixing(date(2024, 10, 21), Decimal("3.15")),
                      LprFixing(date(2025, 9, 22), Decimal("2.90")))
    assert user_lpr_fixings(vault.db) == stored
    (text,) = vault.db.execute("SELECT value FROM meta WHERE key = ?",
                               (USER_LPR_KEY,)).fetchone()
    assert json.loads(text) == [{"from": "2024-10-21", "percent": "3.15"},
                                {"from": "2025-09-22", "percent": "2.90"}]
    table = vault_lpr_table(vault.db)
    assert table[-1] == stored[1] and lpr_on(date(2024, 11, 1), table) == stored[0]
    vault.lock()
    with Vault.open(tmp_path / "test.jqvault", TEST_PASSWORD) as reopened:
        assert user_lpr_fixings(reopened.db) == stored
        save_user_lpr_fixings(reopened, [])
        assert user_lpr_fixings(reopened.db) == ()
        assert reopened.db.execute("SELECT 1 FROM meta WHERE key = ?",
                                   (USER_LPR_KEY,)).fetchone() is None


def test_a_bad_list_writes_nothing(vault) -> None:  # noqa: ANN001
    good = LprFixing(date(2025, 9, 22), Decimal("2.90"))
    save_user_lpr_fixings(vault, [good], today=date(2026, 1, 1))
    for bad in (
        [good, LprFixing(date(2025, 10, 20), Decimal("30"))],
        [good, LprFixing(date(2025, 9, 22), Decimal("2.80"))],
        [LprFixing(date(2026, 6, 1), Decimal("2.80"))],  # after today
    ):
        with pytest.raises(ValidationError):
            save_user_lpr_fixings(vault, bad, today=date(2026, 1, 1))
        assert user_lpr_fixings(vault.db) == (good,)


def test_the_users_fixings_travel_with_a_backup(vault, tmp_path: Path) -> None:  # noqa: ANN001
    mine = save_user_lpr_fixings(vault, [LprFixing(date(2025, 9, 22), Decimal("2.90"))])
    backup.export(vault, tmp_path / "b.jqbak", TEST_PASSWORD, profile=kdf.FAST_FOR_TESTS)
    backup.restore(tmp_path / "b.jqbak", tmp_path / "r.jqvault", TEST_PASSWORD,
                   profile=kdf.FAST_FOR_TESTS)
    with Vault.open(tmp_path / "r.jqvault", TEST_PASSWORD) as restored:
        assert user_lpr_fixings(restored.db) == mine


# -- an out-of-date table is said, never silent --------------------------------------------


def test_a_loan_signed_long_after_the_newest_fixing_says_the_table_may_be_out_of_date() -> None:
    # two months after the newest fixing (2025-05-20) the table is still taken as current
    assert codes("11", date(2025, 7, 20), LenderKind.private) == []
    warnings = check_rate(Decimal("11"), date(2025, 7, 21), LenderKind.private)
    assert [(w.code, w.severity) for w in warnings] == [("rate.lpr_outdated", Severity.info)]
    outdated = warnings[0]
    assert outdated.lpr == LATEST and outdated.threshold_percent == Decimal("12.00")
    assert "may be out of date" in outdated.basis
    assert "3.00 % from 2025-05-20" in outdated.basis
    assert "2025-07-21" in outdated.basis
    # above the line: the serious warning keeps to its own basis and the note follows, so
    # the out-of-date paragraph is said once (every reader shows a warning by its code)
    above = check_rate(Decimal("12.5"), date(2026, 3, 1), LenderKind.private)
    assert [w.code for w in above] == ["rate.above_4x_lpr", "rate.lpr_outdated"]
    assert above[0].basis == BASIS_4X_LPR
    assert sum("may be out of date" in w.basis for w in above) == 1
    # licensed lenders are outside the LPR rule; a current table says nothing
    assert codes("11", date(2026, 3, 1), LenderKind.licensed) == []
    fresh = (*bundled_lpr_table(), LprFixing(date(2026, 2, 20), Decimal("2.50")))
    assert [w.code for w in check_rate(Decimal("11"), date(2026, 3, 1), LenderKind.private,
                                       lpr_table=fresh)] == ["rate.above_4x_lpr"]
