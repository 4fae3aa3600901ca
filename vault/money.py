"""Money as integer fen (分): parsing, formatting and the Chinese capital (大写) form.

Amounts are plain ``int`` fen everywhere in Jieqing so that sums are exact; ``Decimal`` is
only for rates and intermediate products, and a float never touches money. Rounding to fen
is half-up (四舍五入), the convention lenders post schedules in.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

FEN = Decimal(1)

_AMOUNT = re.compile(r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d*))?", re.ASCII)
_CURRENCY_MARKS = ("¥", "RMB", "CNY")  # after NFKC, ￥ is ¥

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿")
# 大写 beyond 9,999亿 needs 万亿/兆 conventions nobody repays on a loan; refuse rather than guess.
_CAPITAL_LIMIT_FEN = 10**12 * 100


def parse_amount(text: str) -> int:
    """Yuan text as typed by a borrower ("1,234.56", "¥100", "12.5") to fen.

    Full-width input from a Chinese keyboard ("１２３．４５", "，") is accepted. Refuses
    negatives, more than two decimals and anything else ambiguous: a mistyped amount must be
    corrected by the user, never silently rounded.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip()
    for mark in _CURRENCY_MARKS:
        if cleaned.upper().startswith(mark):
            cleaned = cleaned[len(mark) :].strip()
            break
    if cleaned.endswith("元"):
        cleaned = cleaned[:-1].strip()
    if not cleaned:
        raise ValueError(f"no amount given: {text!r}")
    if cleaned.startswith("-"):
        raise ValueError(f"amount must not be negative: {text!r}")
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        raise ValueError(f"not an amount in yuan (like 1,234.56): {text!r}")
    frac = match.group("frac") or ""
    if len(frac) > 2:
        raise ValueError(f"amount has more than 2 decimals (fen is the smallest unit): {text!r}")
    yuan = int(match.group("int").replace(",", ""))
    return yuan * 100 + int(frac.ljust(2, "0"))


def format_fen(fen: int, *, sign: bool = False) -> str:
    """Fen to yuan text with thousands separators ("1,234.56"); ``sign`` adds "+" to gains."""
    prefix = "-" if fen < 0 else ("+" if sign and fen > 0 else "")
    yuan, cents = divmod(abs(fen), 100)
    return f"{prefix}{yuan:,}.{cents:02d}"


def fen_to_decimal(fen: int) -> Decimal:
    """Fen to an exact yuan ``Decimal`` with two places (1234 -> Decimal("12.34"))."""
    return Decimal(f"{int(fen)}E-2")


def decimal_to_fen(amount: Decimal) -> int:
    """Yuan ``Decimal`` to fen, half-up (away from zero on a tie) as lenders round."""
    if not isinstance(amount, Decimal):
        raise TypeError(f"expected a Decimal amount in yuan, got {type(amount).__name__}")
    if not amount.is_finite():
        raise ValueError(f"amount is not a finite number: {amount}")
    return int((amount * 100).quantize(FEN, rounding=ROUND_HALF_UP))


def round_fen(value: Decimal) -> Decimal:
    """A fen quantity (``Decimal`` in fen) rounded half-up to a whole fen."""
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def _capital_group(group: int) -> str:
    """One group of up to four digits (0 < group < 10000), zeros inside read as one 零."""
    out: list[str] = []
    pending_zero = False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_DIGITS[digit] + _SMALL_UNITS[position])
    return "".join(out)


def _capital_yuan(yuan: int) -> str:
    groups: list[int] = []
    while yuan:
        yuan, group = divmod(yuan, 10000)
        groups.append(group)
    out: list[str] = []
    gap = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            gap = bool(out)
            continue
        if out and (gap or group < 1000):
            out.append("零")
        out.append(_capital_group(group) + _GROUP_UNITS[index])
        gap = False
    return "".join(out)


def to_chinese_capital(fen: int) -> str:
    """The 大写 form used on settlement certificates: 壹万贰仟叁佰肆拾伍元陆角柒分.

    Follows the PBOC payment-settlement rules: "整" after 元 or 角 when there is no 分;
    a 零 between 元 and 分 when 角 is zero; no 元 when the amount is under one yuan.
    """
    if fen < 0:
        raise ValueError("a capital amount cannot be negative")
    if fen >= _CAPITAL_LIMIT_FEN:
        raise ValueError("amount too large for a capital form (limit 9,999亿 yuan)")
    if fen == 0:
        return "零元整"
    yuan, cents = divmod(fen, 100)
    jiao, fen_digit = divmod(cents, 10)
    out = _capital_yuan(yuan) + "元" if yuan else ""
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif fen_digit and yuan:
        out += "零"
    if fen_digit:
        out += _DIGITS[fen_digit] + "分"
    else:
        out += "整"
    return out
