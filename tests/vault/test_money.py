"""Money: fen in, fen out, never a float; the 大写 form as printed on certificates."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vault.money import (
    decimal_to_fen,
    fen_to_decimal,
    format_fen,
    parse_amount,
    to_chinese_capital,
)


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("1,234.56", 123456),
        ("1234.5", 123450),
        ("¥100", 10000),
        ("￥ 100.05", 10005),
        ("RMB 7", 700),
        ("88元", 8800),
        ("  0.01 ", 1),
        ("1,000,000", 100000000),
        ("12.", 1200),
        ("0", 0),
        ("￥１，２３４．５６", 123456),
    ],
)
def test_parse_amount_accepts_common_forms(text: str, fen: int) -> None:
    assert parse_amount(text) == fen


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-5", "negative"),
        ("1.234", "more than 2 decimals"),
        ("", "no amount"),
        ("¥", "no amount"),
        ("abc", "not an amount"),
        ("1,23.00", "not an amount"),
        ("1.2.3", "not an amount"),
        ("1e5", "not an amount"),
        (".5", "not an amount"),
        ("١٢٣", "not an amount"),
    ],
)
def test_parse_amount_rejects_with_clear_message(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_amount(text)


def test_format_fen() -> None:
    assert format_fen(123456) == "1,234.56"
    assert format_fen(5) == "0.05"
    assert format_fen(0) == "0.00"
    assert format_fen(-123456) == "-1,234.56"
    assert format_fen(100, sign=True) == "+1.00"
    assert format_fen(0, sign=True) == "0.00"
    assert format_fen(-100, sign=True) == "-1.00"


def test_decimal_conversions() -> None:
    assert fen_to_decimal(1234) == Decimal("12.34")
    assert str(fen_to_decimal(1234)) == "12.34"
    assert str(fen_to_decimal(0)) == "0.00"
    assert str(fen_to_decimal(-5)) == "-0.05"
    assert decimal_to_fen(Decimal("12.345")) == 1235
    assert decimal_to_fen(Decimal("12.344999")) == 1234
    assert decimal_to_fen(Decimal("-0.005")) == -1
    assert decimal_to_fen(Decimal("654.4433")) == 65444


def test_decimal_to_fen_refuses_float_and_nan() -> None:
    with pytest.raises(TypeError):
        decimal_to_fen(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="finite"):
        decimal_to_fen(Decimal("NaN"))


@given(st.integers(min_value=0, max_value=10**13))
def test_format_and_parse_round_trip(fen: int) -> None:
    assert parse_amount(format_fen(fen)) == fen
    assert decimal_to_fen(fen_to_decimal(fen)) == fen


@pytest.mark.parametrize(
    ("fen", "capital"),
    [
        (1234567, "壹万贰仟叁佰肆拾伍元陆角柒分"),
        (1000000, "壹万元整"),
        (0, "零元整"),
        (5, "伍分"),
        (50, "伍角整"),
        (105, "壹元零伍分"),
        (1050, "壹拾元伍角整"),
        (100500, "壹仟零伍元整"),
        (10010000, "壹拾万零壹佰元整"),
        (100001000, "壹佰万零壹拾元整"),
        (10000000000, "壹亿元整"),
        (10001000000, "壹亿零壹万元整"),
        (10000000100, "壹亿零壹元整"),
        (105000000, "壹佰零伍万元整"),
        (6544400, "陆万伍仟肆佰肆拾肆元整"),
        (65444, "陆佰伍拾肆元肆角肆分"),
        (168032, "壹仟陆佰捌拾元叁角贰分"),
        (1200000001, "壹仟贰佰万元零壹分"),
    ],
)
def test_chinese_capital(fen: int, capital: str) -> None:
    assert to_chinese_capital(fen) == capital


def test_chinese_capital_limits() -> None:
    with pytest.raises(ValueError, match="negative"):
        to_chinese_capital(-1)
    with pytest.raises(ValueError, match="too large"):
        to_chinese_capital(10**14)
    assert to_chinese_capital(10**14 - 1).startswith("玖仟玖佰玖拾玖亿")
