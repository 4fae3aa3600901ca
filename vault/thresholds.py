"""Rate thresholds courts and regulators apply, as dated data, shown as warnings with a basis.

These are information for the borrower, never legal advice (see ``DISCLAIMER``). The one-year
LPR history ships in ``resources/lpr.json``. Later fixings must be added without a new release,
so the user keeps their own inside the vault (``save_user_lpr_fixings``: the ``meta`` table, so
they travel with its backups); the table the app uses is the bundled one merged with theirs
(``vault_lpr_table``: the user's fixing wins on the same date). The command line can also
replace the whole table with a file (``load_lpr_table``).

Warning codes (stable message keys the UI translates; never rename one):

=========================  ========  ==========================================================
code                       severity  when
=========================  ========  ==========================================================
rate.above_4x_lpr          serious   private lender, signed on/after 2020-08-20, APR > 4 × LPR
rate.above_24_licensed     warning   licensed lender, signed on/after 2020-08-20, APR > 24 %
rate.above_24_historic     warning   signed before 2020-08-20, 24 % < APR ≤ 36 %
rate.above_36_historic     serious   signed before 2020-08-20, APR > 36 %
rate.upfront_deduction     serious   interest or fees kept back from the principal (砍头息)
rate.lpr_missing           info      private lender, the LPR table has no fixing for the date
rate.lpr_outdated          info      private lender, signed more than two months after the
                                     newest fixing in the table (it may be out of date); the
                                     only warning that says so, alone or after rate.above_4x_lpr
=========================  ========  ==========================================================

A rate exactly at a threshold is not above it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from vault.errors import ValidationError
from vault.records import LenderKind, parse_date, parse_percent
from vault.resources import resource_path
from vault.schedule import add_months
from vault.store import Connection, Vault

DISCLAIMER = (
    "These checks compare your figures with published rules and court practice. They are "
    "information, not legal advice: confirm with a lawyer, legal aid or the financial "
    "regulator before relying on them."
)

NEW_RULES_FROM = date(2020, 8, 20)  # SPC private-lending provisions as amended in 2020
LICENSED_LINE = Decimal(24)
HISTORIC_SUPPORTED = Decimal(24)
HISTORIC_VOID = Decimal(36)

BASIS_4X_LPR = (
    "Under the Supreme People's Court provisions on private lending (as amended in 2020), "
    "art. 25, courts do not support interest above four times the one-year LPR at the time "
    "the contract was signed; overdue interest, penalties and other fees together are capped "
    "the same way (arts. 28-29)."
)
BASIS_24_LICENSED = (
    "For licensed lenders (banks, consumer-finance and small-loan companies) the line used in "
    "court practice since 2017 is a comprehensive annual cost of 24 %, interest and all fees "
    "included."
)
BASIS_24_HISTORIC = (
    "For contracts signed before 2020-08-20 the 2015 private-lending provisions (art. 26) "
    "applied: interest up to 24 % a year was supported; between 24 % and 36 % it could not be "
    "enforced, though interest already paid need not be returned."
)
BASIS_36_HISTORIC = (
    "For contracts signed before 2020-08-20 the 2015 private-lending provisions (art. 26) "
    "applied: interest above 36 % a year was void and the excess already paid could be "
    "reclaimed."
)
BASIS_UPFRONT = (
    "Interest may not be deducted from the principal in advance; if it is, the loan is repaid "
    "and its interest counted on the amount actually received (Civil Code art. 670)."
)
BASIS_LPR_MISSING = (
    "The LPR table has no one-year LPR for the signing date, so the four-times-LPR line could "
    "not be checked: add the fixing to the LPR table (Tools > LPR table in the app)."
)

# The user's fixings: what a fixing may be, and where the vault keeps them.
USER_LPR_KEY = "lpr_user_fixings"  # meta key; JSON in the lpr.json format
LPR_FIRST_DAY = date(2013, 10, 25)  # the one-year LPR was first published
LPR_LOWEST = Decimal("0.50")
LPR_HIGHEST = Decimal("10.00")
_CENT = Decimal("0.01")  # a fixing has at most two decimals
OUTDATED_AFTER_MONTHS = 2  # a signing date this far past the newest fixing: say so

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class WarningCode(StrEnum):
    """The stable message keys of the table above."""

    above_4x_lpr = "rate.above_4x_lpr"
    above_24_licensed = "rate.above_24_licensed"
    above_24_historic = "rate.above_24_historic"
    above_36_historic = "rate.above_36_historic"
    upfront_deduction = "rate.upfront_deduction"
    lpr_missing = "rate.lpr_missing"
    lpr_outdated = "rate.lpr_outdated"


class Severity(StrEnum):
    info = "info"
    warning = "warning"
    serious = "serious"


@dataclass(frozen=True)
class LprFixing:
    """A one-year LPR in force from ``effective`` (the day it was announced)."""

    effective: date
    percent: Decimal


def basis_lpr_outdated(fixing: LprFixing, signed: date) -> str:
    """The basis of rate.lpr_outdated, naming the fixing the check used."""
    return (
        f"The newest one-year LPR in the LPR table is {fixing.percent} % from "
        f"{fixing.effective.isoformat()}, more than two months before the contract was signed "
        f"({signed.isoformat()}): the table may be out of date, and the four-times-LPR line "
        f"({fixing.percent * 4} %) was checked against that fixing. Check the current LPR "
        "(published on the 20th of each month) and add it to the LPR table."
    )


@dataclass(frozen=True)
class RateWarning:
    """One finding: the stable ``code``, the numbers behind it and the legal ``basis``."""

    code: WarningCode
    severity: Severity
    basis: str
    apr_percent: Decimal
    threshold_percent: Decimal | None = None
    lpr: LprFixing | None = None
    amount_fen: int | None = None  # the upfront deduction, for rate.upfront_deduction


Warning = RateWarning  # the name the UI uses; ``RateWarning`` avoids confusion with builtins


def _fixing(index: int, item: Any) -> LprFixing:
    where = f"entry {index + 1}"
    if not isinstance(item, dict) or set(item) - {"from", "percent", "note"}:
        raise ValueError(f'{where}: expected {{"from": "YYYY-MM-DD", "percent": "3.45"}}')
    day, percent = item.get("from"), item.get("percent")
    if not isinstance(day, str) or not _ISO_DATE.fullmatch(day):
        raise ValueError(f'{where}: "from" must be a date written YYYY-MM-DD')
    try:
        effective = date.fromisoformat(day)
    except ValueError:
        raise ValueError(f"{where}: {day} is not a real date") from None
    if isinstance(percent, bool) or not isinstance(percent, (str, int, Decimal)):
        raise ValueError(f'{where}: "percent" must be a number such as "3.45"')
    try:
        value = Decimal(str(percent).strip())
    except InvalidOperation:
        raise ValueError(f"{where}: {percent!r} is not a number") from None
    if not value.is_finite() or not 0 < value < 100:
        raise ValueError(f"{where}: an LPR of {percent} % is not plausible")
    return LprFixing(effective, value)


def parse_lpr_table(text: str) -> tuple[LprFixing, ...]:
    """The LPR table from JSON text, validated: dates strictly ascending, percents sane."""
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg}, line {error.lineno})") from None
    if not isinstance(data, list) or not data:
        raise ValueError("expected a non-empty list of LPR fixings")
    table = tuple(_fixing(index, item) for index, item in enumerate(data))
    for earlier, later in zip(table, table[1:], strict=False):
        if later.effective <= earlier.effective:
            raise ValueError(f"dates must ascend: {later.effective} after {earlier.effective}")
    return table


def load_lpr_table(path: Path | None = None) -> tuple[LprFixing, ...]:
    """The user's LPR file when given (it replaces the bundled one), else the bundled table."""
    source = path or resource_path("lpr.json")
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"cannot read the LPR table {source}: {error}") from None
    try:
        return parse_lpr_table(text)
    except ValueError as error:
        raise ValueError(f"LPR table {source}: {error}") from None


@cache
def bundled_lpr_table() -> tuple[LprFixing, ...]:
    return load_lpr_table()


def merge_lpr_tables(
    bundled: Sequence[LprFixing], user: Sequence[LprFixing]
) -> tuple[LprFixing, ...]:
    """One table, dates ascending: the bundled fixings and the user's, the user's winning
    on the same date (a correction)."""
    by_day = {fixing.effective: fixing for fixing in bundled}
    by_day.update((fixing.effective, fixing) for fixing in user)
    return tuple(by_day[day] for day in sorted(by_day))


def check_fixing(fixing: LprFixing, today: date) -> None:
    """A fixing the user may keep: a date from the first LPR to today, a plausible percent
    with at most two decimals. Raises ValidationError (field "from" or "percent")."""
    if not LPR_FIRST_DAY <= fixing.effective <= today:
        raise ValidationError(
            "from", "invalid.lpr_date_range",
            f"an LPR fixing date must be between {LPR_FIRST_DAY.isoformat()} and today",
        )
    percent = fixing.percent
    if not percent.is_finite() or not LPR_LOWEST <= percent <= LPR_HIGHEST:
        raise ValidationError(
            "percent", "invalid.lpr_range",
            f"a one-year LPR must be between {LPR_LOWEST} % and {LPR_HIGHEST} %",
        )
    if percent != percent.quantize(_CENT):
        raise ValidationError(
            "percent", "invalid.lpr_decimals", "an LPR has at most two decimals, e.g. 3.45"
        )


def parse_fixing(day_text: str, percent_text: str, today: date) -> LprFixing:
    """A fixing typed by the user ("2025-06-20", "3.00" or "3 %"), checked by
    ``check_fixing``; every problem is a ValidationError naming its field."""
    if not day_text.strip():
        raise ValidationError("from", "invalid.required", "this field is required")
    effective = parse_date("from", day_text)
    if not percent_text.strip().rstrip("%").strip():
        raise ValidationError("percent", "invalid.required", "this field is required")
    percent = parse_percent("percent", percent_text)
    fixing = LprFixing(effective, percent)
    check_fixing(fixing, today)
    return fixing


def user_lpr_fixings(db: Connection) -> tuple[LprFixing, ...]:
    """The fixings the user keeps in the vault (none by default), dates ascending."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", (USER_LPR_KEY,)).fetchone()
    if row is None:
        return ()
    try:
        data = json.loads(row[0], parse_float=Decimal)
        if not isinstance(data, list):
            raise ValueError("expected a list of LPR fixings")
        return tuple(_fixing(index, item) for index, item in enumerate(data))
    except ValueError as error:  # only a damaged vault; nothing this module writes
        raise ValidationError("lpr", "invalid.lpr_stored", f"the stored LPR table: {error}") from None


def save_user_lpr_fixings(
    vault: Vault, fixings: Sequence[LprFixing], *, today: date | None = None
) -> tuple[LprFixing, ...]:
    """Keep ``fixings`` as the user's whole list (replacing the previous one), in one
    transaction; nothing is written unless every fixing passes ``check_fixing`` and no date
    appears twice. Returns them as stored (dates ascending)."""
    today = today or date.today()
    ordered = tuple(sorted(fixings, key=lambda f: f.effective))
    for fixing in ordered:
        check_fixing(fixing, today)
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if later.effective == earlier.effective:
            raise ValidationError(
                "from", "invalid.lpr_duplicate",
                f"there are two fixings for {later.effective.isoformat()}",
            )
    text = json.dumps(
        [{"from": f.effective.isoformat(), "percent": f"{f.percent:.2f}"} for f in ordered]
    )
    with vault.transaction() as db:
        if ordered:
            db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (USER_LPR_KEY, text),
            )
        else:
            db.execute("DELETE FROM meta WHERE key = ?", (USER_LPR_KEY,))
    return tuple(LprFixing(f.effective, f.percent.quantize(_CENT)) for f in ordered)


def vault_lpr_table(db: Connection) -> tuple[LprFixing, ...]:
    """The table the app uses: the bundled fixings merged with the user's."""
    user = user_lpr_fixings(db)
    return merge_lpr_tables(bundled_lpr_table(), user) if user else bundled_lpr_table()


def lpr_on(day: date, table: Sequence[LprFixing]) -> LprFixing | None:
    """The fixing in force on ``day`` (None before the table starts)."""
    found = None
    for fixing in table:
        if fixing.effective > day:
            break
        found = fixing
    return found


def check_rate(
    apr_percent: Decimal,
    signed: date,
    lender: LenderKind,
    upfront_deduction_fen: int = 0,
    *,
    lpr_table: Sequence[LprFixing] | None = None,
) -> list[RateWarning]:
    """Warnings for a loan's true annual cost (APR, percent) against the rules at signing."""
    if not isinstance(apr_percent, Decimal) or not apr_percent.is_finite() or apr_percent < 0:
        raise ValueError(f"an APR must be a non-negative Decimal percent, got {apr_percent!r}")
    if upfront_deduction_fen < 0:
        raise ValueError("an upfront deduction must not be negative")
    lender = LenderKind(lender)
    found: list[RateWarning] = []
    if signed < NEW_RULES_FROM:
        if apr_percent > HISTORIC_VOID:
            found.append(
                RateWarning(
                    WarningCode.above_36_historic,
                    Severity.serious,
                    BASIS_36_HISTORIC,
                    apr_percent,
                    HISTORIC_VOID,
                )
            )
        elif apr_percent > HISTORIC_SUPPORTED:
            found.append(
                RateWarning(
                    WarningCode.above_24_historic,
                    Severity.warning,
                    BASIS_24_HISTORIC,
                    apr_percent,
                    HISTORIC_SUPPORTED,
                )
            )
    elif lender is LenderKind.licensed:
        if apr_percent > LICENSED_LINE:
            found.append(
                RateWarning(
                    WarningCode.above_24_licensed,
                    Severity.warning,
                    BASIS_24_LICENSED,
                    apr_percent,
                    LICENSED_LINE,
                )
            )
    else:
        table = bundled_lpr_table() if lpr_table is None else lpr_table
        fixing = lpr_on(signed, table)
        # Signed well after the newest fixing: it may not be the one in force then.
        outdated = (
            fixing is not None and fixing == table[-1]
            and signed > add_months(fixing.effective, OUTDATED_AFTER_MONTHS)
        )
        if fixing is None:
            found.append(
                RateWarning(WarningCode.lpr_missing, Severity.info, BASIS_LPR_MISSING, apr_percent)
            )
        elif apr_percent > fixing.percent * 4:
            found.append(
                RateWarning(
                    WarningCode.above_4x_lpr,
                    Severity.serious,
                    BASIS_4X_LPR,
                    apr_percent,
                    fixing.percent * 4,
                    fixing,
                )
            )
        # The note is said once, by its own warning, whatever else is found: every reader
        # (app, binder, command line) shows a warning by its code, so it reaches them all.
        if fixing is not None and outdated:
            found.append(
                RateWarning(
                    WarningCode.lpr_outdated,
                    Severity.info,
                    basis_lpr_outdated(fixing, signed),
                    apr_percent,
                    fixing.percent * 4,
                    fixing,
                )
            )
    if upfront_deduction_fen > 0:
        found.append(
            RateWarning(
                WarningCode.upfront_deduction,
                Severity.serious,
                BASIS_UPFRONT,
                apr_percent,
                amount_fen=upfront_deduction_fen,
            )
        )
    return found
