"""`jieqing calc …`: schedules, true cost and rate checks from the command line.

Values are validated here rather than by argparse so that any bad value exits 2 with one
readable line ("jieqing: …") and never a traceback. JSON output is documented field by
field in docs/CALCULATOR.md; amounts there are yuan as decimal strings ("654.44").
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from vault.apr import apr_from_schedule, dated_apr, regular_apr
from vault.money import fen_to_decimal, format_fen, parse_amount
from vault.records import MAX_AMOUNT_FEN, LenderKind
from vault.schedule import (
    MAX_MONTHS,
    Method,
    Rate,
    RateKind,
    Rounding,
    balances,
    build_schedule,
)
from vault.thresholds import DISCLAIMER, RateWarning, check_rate, load_lpr_table

MAX_ANNUAL_PERCENT = Decimal(1000)
METHODS = {
    "annuity": Method.annuity,
    "equal-principal": Method.equal_principal,
    "interest-first": Method.interest_first,
    "bullet": Method.bullet,
    "daily": Method.daily,
}
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")
_LAST_MONTH = date.max.year * 12 + date.max.month - 1  # months counted from year 0
_PERCENT_PLACES = Decimal("0.0001")

Handler = Callable[[argparse.Namespace], int]


class CalcInputError(ValueError):
    """A value typed on the command line that cannot be used."""


def _guarded(run: Handler) -> Handler:
    """Turn an input error into one line on stderr and exit code 2."""

    def handler(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except ValueError as error:
            print(f"jieqing: {error}", file=sys.stderr)
            return 2
        except ArithmeticError:  # a figure beyond Decimal's range that no check foresaw
            print("jieqing: a figure is too large to compute: check the values", file=sys.stderr)
            return 2

    return handler


def _normalized(text: str) -> str:
    """Full-width digits and signs (２０２４－０１－０１, ５％) as ASCII, spaces trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def _amount(text: str, flag: str) -> int:
    try:
        fen = parse_amount(text)
    except ValueError as error:
        raise CalcInputError(f"{flag}: {error}") from None
    if fen > MAX_AMOUNT_FEN:
        raise CalcInputError(
            f"{flag}: {text!r} is more than {format_fen(MAX_AMOUNT_FEN)}: check the figure"
        )
    return fen


def _signed_amount(text: str, where: str) -> int:
    cleaned = _normalized(text)
    negative = cleaned.startswith("-")
    fen = _amount(cleaned[1:] if negative else cleaned, where)
    return -fen if negative else fen


def _date(text: str, flag: str) -> date:
    cleaned = _normalized(text)
    if not _ISO_DATE.fullmatch(cleaned):
        raise CalcInputError(f"{flag}: {text!r} is not a date written YYYY-MM-DD")
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        raise CalcInputError(f"{flag}: {text} is not a real date") from None


def _count(text: str, flag: str, highest: int) -> int:
    cleaned = _normalized(text)
    if not _WHOLE_NUMBER.fullmatch(cleaned) or not 1 <= int(cleaned) <= highest:
        raise CalcInputError(f"{flag}: expected a whole number from 1 to {highest}, got {text!r}")
    return int(cleaned)


def _percent(text: str, flag: str) -> Decimal:
    cleaned = _normalized(text).removesuffix("%").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise CalcInputError(f"{flag}: {text!r} is not a percentage") from None
    if not value.is_finite():
        raise CalcInputError(f"{flag}: {text!r} is not a number")
    if value < 0:
        raise CalcInputError(f"{flag}: a rate must be zero or more, got {text!r}")
    if value > MAX_ANNUAL_PERCENT:  # whatever its period, and before any sum can overflow
        raise CalcInputError(
            f"{flag}: {value} % is beyond {MAX_ANNUAL_PERCENT} %: check the figure"
        )
    return value


def _choice(text: str, flag: str, options: Sequence[str]) -> str:
    if text not in options:
        raise CalcInputError(f"{flag}: expected one of {', '.join(options)}, got {text!r}")
    return text


def _yuan(fen: int) -> str:
    return str(fen_to_decimal(fen))


def _pct(value: Decimal) -> str:
    return str(value.quantize(_PERCENT_PLACES))


def _print_json(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# --- calc schedule -------------------------------------------------------------------------


def _rate(args: argparse.Namespace) -> Rate:
    if args.day_basis is not None and args.daily_rate is None:
        raise CalcInputError("--day-basis only applies to --daily-rate")
    if args.annual_rate is not None:
        rate = Rate(RateKind.annual, _percent(args.annual_rate, "--annual-rate"))
    elif args.daily_rate is not None:
        basis = int(_choice(args.day_basis or "360", "--day-basis", ("360", "365")))
        rate = Rate(RateKind.daily, _percent(args.daily_rate, "--daily-rate"), basis)
    else:
        rate = Rate(RateKind.monthly_fee, _percent(args.monthly_fee, "--monthly-fee"))
    if rate.annual_percent() > MAX_ANNUAL_PERCENT:
        raise CalcInputError(
            f"a rate of {rate.annual_percent()} % a year is beyond {MAX_ANNUAL_PERCENT} %: "
            "check the figure"
        )
    return rate


def _check_last_due(start: date, first_due: date | None, months: int) -> None:
    """The last due date must exist: the calendar ends on 9999-12-31."""
    if first_due is None:
        flag, anchor, offset = "--start", start, months
    else:
        flag, anchor, offset = "--first-due", first_due, months - 1
    if anchor.year * 12 + anchor.month - 1 + offset > _LAST_MONTH:
        raise CalcInputError(
            f"{flag}: {months} monthly installments from {anchor.isoformat()} would fall due "
            f"after {date.max.isoformat()}, the last date a schedule can use"
        )


def _run_schedule(args: argparse.Namespace) -> int:
    method = METHODS[_choice(args.method, "--method", tuple(METHODS))]
    principal = _amount(args.principal, "--principal")
    if principal == 0:
        raise CalcInputError("--principal: a loan must be more than 0.00")
    rate = _rate(args)
    months = _count(args.months, "--months", MAX_MONTHS)
    start = _date(args.start, "--start")
    first_due = _date(args.first_due, "--first-due") if args.first_due else None
    rounding = Rounding(_choice(args.rounding, "--rounding", tuple(Rounding)))
    _check_last_due(start, first_due, months)
    plan = build_schedule(principal, rate, months, method, start, first_due, rounding)
    left = balances(plan)
    cost = apr_from_schedule(principal, plan, start)  # the flows on their real dates
    totals = {
        "total_principal": sum(i.principal for i in plan),
        "total_interest": sum(i.interest for i in plan),
        "total_fee": sum(i.fee for i in plan),
        "total_payment": sum(i.payment for i in plan),
    }
    if args.json:
        _print_json(
            {
                "method": method.value,
                "principal": _yuan(principal),
                "rate": {
                    "kind": rate.kind.value,
                    "percent": str(rate.percent),
                    "day_basis": rate.day_basis,
                },
                "rounding": rounding.value,
                "installments": [
                    {
                        "n": i.n,
                        "due": i.due.isoformat(),
                        "principal": _yuan(i.principal),
                        "interest": _yuan(i.interest),
                        "fee": _yuan(i.fee),
                        "payment": _yuan(i.payment),
                        "balance": _yuan(balance),
                    }
                    for i, balance in zip(plan, left, strict=True)
                ],
                **{name: _yuan(value) for name, value in totals.items()},
                "apr": _pct(cost.apr),
                "ear": _pct(cost.ear),
            }
        )
        return 0
    with_fee = totals["total_fee"] > 0
    columns = [
        "n",
        "due",
        "principal",
        "interest",
        *(["fee"] if with_fee else []),
        "payment",
        "balance",
    ]
    rows = [
        [
            str(i.n),
            i.due.isoformat(),
            format_fen(i.principal),
            format_fen(i.interest),
            *([format_fen(i.fee)] if with_fee else []),
            format_fen(i.payment),
            format_fen(balance),
        ]
        for i, balance in zip(plan, left, strict=True)
    ]
    rows.append(
        [
            "total",
            "",
            format_fen(totals["total_principal"]),
            format_fen(totals["total_interest"]),
            *([format_fen(totals["total_fee"])] if with_fee else []),
            format_fen(totals["total_payment"]),
            "",
        ]
    )
    widths = [max(len(row[k]) for row in [columns, *rows]) for k in range(len(columns))]
    for row in [columns, *rows]:
        cells = [
            cell.ljust(width) if k == 1 else cell.rjust(width)
            for k, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
    print(f"APR {_pct(cost.apr)} %  (effective annual rate {_pct(cost.ear)} %)")
    return 0


# --- calc apr --------------------------------------------------------------------------------


def _read_cashflows(path: Path) -> list[tuple[date, int]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            lines = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError) as error:
        raise CalcInputError(f"cannot read {path}: {error}") from None
    flows: list[tuple[date, int]] = []
    for number, cells in enumerate(lines, 1):
        if not cells or not "".join(cells).strip() or cells[0].strip().startswith("#"):
            continue
        if not flows and cells[0].strip().lower() == "date":
            continue  # a header line
        where = f"{path} line {number}"
        if len(cells) != 2:
            raise CalcInputError(f"{where}: expected date,amount")
        flows.append((_date(cells[0], where), _signed_amount(cells[1], where)))
    return flows


def _run_apr(args: argparse.Namespace) -> int:
    _choice(args.period, "--period", ("month",))
    regular = (args.received, args.payment, args.count)
    if args.cashflows is not None:
        if any(value is not None for value in regular):
            raise CalcInputError("use either --cashflows or --received/--payment/--count")
        result = dated_apr(_read_cashflows(Path(args.cashflows)))
        period = "month" if result.periods_per_year == 12 else "day"
    else:
        if any(value is None for value in regular):
            raise CalcInputError("give --received, --payment and --count (or --cashflows FILE)")
        received = _amount(args.received, "--received")
        payment = _amount(args.payment, "--payment")
        count = _count(args.count, "--count", MAX_MONTHS)
        result = regular_apr(received, [payment] * count)
        period = "month"
    if args.json:
        _print_json(
            {
                "period": period,
                "periodic_irr": _pct(result.periodic_irr),
                "apr": _pct(result.apr),
                "ear": _pct(result.ear),
            }
        )
    else:
        print(f"periodic IRR {_pct(result.periodic_irr)} % a {period}")
        print(f"APR {_pct(result.apr)} %")
        print(f"effective annual rate {_pct(result.ear)} %")
    return 0


# --- calc check ------------------------------------------------------------------------------


def _warning_json(warning: RateWarning) -> dict[str, Any]:
    return {
        "code": warning.code.value,
        "severity": warning.severity.value,
        "threshold_percent": str(warning.threshold_percent)
        if warning.threshold_percent is not None
        else None,
        "lpr_percent": str(warning.lpr.percent) if warning.lpr else None,
        "lpr_from": warning.lpr.effective.isoformat() if warning.lpr else None,
        "amount": _yuan(warning.amount_fen) if warning.amount_fen is not None else None,
        "basis": warning.basis,
    }


def _run_check(args: argparse.Namespace) -> int:
    apr = _percent(args.apr, "--apr")
    signed = _date(args.signed, "--signed")
    lender = LenderKind(_choice(args.lender, "--lender", tuple(LenderKind)))
    upfront = _amount(args.upfront, "--upfront") if args.upfront else 0
    table = load_lpr_table(Path(args.lpr_table)) if args.lpr_table else None
    warnings = check_rate(apr, signed, lender, upfront, lpr_table=table)
    if args.json:
        _print_json(
            {
                "apr": str(apr),
                "signed": signed.isoformat(),
                "lender": lender.value,
                "warnings": [_warning_json(w) for w in warnings],
                "disclaimer": DISCLAIMER,
            }
        )
        return 0
    print(f"APR {apr} %, signed {signed.isoformat()}, {lender.value} lender")
    if not warnings:
        print("No threshold is crossed.")
    for warning in warnings:
        numbers = []
        if warning.threshold_percent is not None:
            numbers.append(f"line {warning.threshold_percent} %")
        if warning.lpr is not None:
            numbers.append(f"LPR {warning.lpr.percent} % from {warning.lpr.effective.isoformat()}")
        if warning.amount_fen is not None:
            numbers.append(f"amount {format_fen(warning.amount_fen)}")
        detail = f" ({'; '.join(numbers)})" if numbers else ""
        print(f"[{warning.severity.value}] {warning.code.value}{detail}")
        print(f"  {warning.basis}")
    print(DISCLAIMER)
    return 0


# --- registration ----------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `calc schedule`, `calc apr` and `calc check` to the main command line."""
    calc = subparsers.add_parser(
        "calc",
        help="loan calculators: schedule, true cost (APR), rate check",
        description="Loan calculators. Amounts in yuan (1,234.56); rates in percent.",
    )
    calc_commands = calc.add_subparsers(dest="calc_command", metavar="CALCULATION")

    def usage(_: argparse.Namespace) -> int:
        calc.print_help(sys.stderr)
        return 2

    calc.set_defaults(handler=usage)

    schedule = calc_commands.add_parser(
        "schedule",
        help="a repayment schedule to the fen",
        description="A repayment schedule, rounded as lenders post it (or --rounding exact).",
    )
    schedule.add_argument("--method", required=True, metavar="{" + "|".join(METHODS) + "}")
    schedule.add_argument("--principal", required=True, metavar="AMOUNT")
    rates = schedule.add_mutually_exclusive_group(required=True)
    rates.add_argument("--annual-rate", metavar="PCT", help="年利率, percent a year")
    rates.add_argument("--daily-rate", metavar="PCT", help="日利率, percent a day")
    rates.add_argument("--monthly-fee", metavar="PCT", help="月费率 on the original principal")
    schedule.add_argument("--day-basis", metavar="360|365", help="days a year for --daily-rate")
    schedule.add_argument("--months", required=True, metavar="N")
    schedule.add_argument("--start", required=True, metavar="YYYY-MM-DD", help="drawdown date")
    schedule.add_argument("--first-due", metavar="YYYY-MM-DD", help="default: a month after")
    schedule.add_argument("--rounding", default="posted", metavar="posted|exact")
    schedule.add_argument("--json", action="store_true", help="machine-readable output")
    schedule.set_defaults(handler=_guarded(_run_schedule))

    apr = calc_commands.add_parser(
        "apr",
        help="the true annual cost (IRR) of what you received and repay",
        description="APR and effective annual rate from regular payments or a CSV of dated "
        "cash flows (date,amount; negative = money received).",
    )
    apr.add_argument("--received", metavar="AMOUNT", help="amount actually received")
    apr.add_argument("--payment", metavar="AMOUNT", help="the regular payment")
    apr.add_argument("--count", metavar="N", help="number of payments")
    apr.add_argument("--period", default="month", metavar="month")
    apr.add_argument("--cashflows", metavar="FILE.csv", help="dated flows, compounded daily")
    apr.add_argument("--json", action="store_true", help="machine-readable output")
    apr.set_defaults(handler=_guarded(_run_apr))

    check = calc_commands.add_parser(
        "check",
        help="compare a rate with the legal thresholds (not legal advice)",
        description="Warnings for a true annual cost against the rules at signing. " + DISCLAIMER,
    )
    check.add_argument("--apr", required=True, metavar="PCT")
    check.add_argument("--signed", required=True, metavar="YYYY-MM-DD")
    check.add_argument("--lender", required=True, metavar="licensed|private")
    check.add_argument("--upfront", metavar="AMOUNT", help="kept back at drawdown (砍头息)")
    check.add_argument("--lpr-table", metavar="FILE.json", help="your own LPR table")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(handler=_guarded(_run_check))


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="jieqing")
    register(parser.add_subparsers(dest="command", metavar="COMMAND"))
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    return handler(args)


if __name__ == "__main__":
    sys.exit(_main())
