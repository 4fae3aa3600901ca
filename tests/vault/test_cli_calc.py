"""`jieqing calc`: handlers run in-process; bad input exits 2 with one "jieqing: " line."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vault import cli_calc

ROOT = Path(__file__).resolve().parents[2]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="jieqing")
    cli_calc.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    code = args.handler(args)
    out, err = capsys.readouterr()
    return code, out, err


def run_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    code, out, err = run([*argv, "--json"], capsys)
    assert (code, err) == (0, "")
    return json.loads(out)


def test_schedule_json_annuity_check_figure(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        [
            "calc",
            "schedule",
            "--method",
            "annuity",
            "--principal",
            "100,000",
            "--annual-rate",
            "4.9",
            "--months",
            "240",
            "--start",
            "2024-01-15",
        ],
        capsys,
    )
    first = data["installments"][0]
    assert first == {
        "n": 1,
        "due": "2024-02-15",
        "principal": "246.11",
        "interest": "408.33",
        "fee": "0.00",
        "payment": "654.44",
        "balance": "99753.89",
    }
    assert len(data["installments"]) == 240
    assert data["installments"][-1]["balance"] == "0.00"
    assert data["total_principal"] == "100000.00"
    assert data["apr"] == "4.9000"
    assert data["rounding"] == "posted"
    total = sum(int(i["payment"].replace(".", "")) for i in data["installments"])
    assert data["total_payment"] == f"{total // 100}.{total % 100:02d}"


def test_schedule_json_daily_and_equal_principal(capsys: pytest.CaptureFixture[str]) -> None:
    daily = run_json(
        [
            "calc",
            "schedule",
            "--method",
            "daily",
            "--principal",
            "2500",
            "--daily-rate",
            "0.05",
            "--months",
            "5",
            "--start",
            "2024-05-15",
        ],
        capsys,
    )
    assert [i["interest"] for i in daily["installments"]] == [
        "38.75",
        "30.00",
        "23.25",
        "15.50",
        "7.50",
    ]
    assert daily["total_interest"] == "115.00"
    equal = run_json(
        [
            "calc",
            "schedule",
            "--method",
            "equal-principal",
            "--principal",
            "1000000",
            "--annual-rate",
            "4.9",
            "--months",
            "360",
            "--start",
            "2024-01-15",
        ],
        capsys,
    )
    assert [i["payment"] for i in equal["installments"][:2]] == ["6861.11", "6849.77"]


def test_schedule_bullet_and_exact_rounding(capsys: pytest.CaptureFixture[str]) -> None:
    bullet = run_json(
        [
            "calc",
            "schedule",
            "--method",
            "bullet",
            "--principal",
            "10000",
            "--daily-rate",
            "0.05",
            "--months",
            "1",
            "--start",
            "2024-01-01",
            "--first-due",
            "2024-01-31",
        ],
        capsys,
    )
    assert bullet["total_interest"] == "150.00"
    assert bullet["installments"][0]["due"] == "2024-01-31"
    exact = run_json(
        [
            "calc",
            "schedule",
            "--method",
            "annuity",
            "--principal",
            "100000",
            "--annual-rate",
            "4.9",
            "--months",
            "240",
            "--start",
            "2024-01-15",
            "--rounding",
            "exact",
        ],
        capsys,
    )
    assert exact["rounding"] == "exact"
    assert exact["total_payment"] == "157066.57"  # 654.44404… × 240, from the unrounded payment


def test_schedule_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        [
            "calc",
            "schedule",
            "--method",
            "annuity",
            "--principal",
            "¥1,200",
            "--monthly-fee",
            "0.5",
            "--months",
            "3",
            "--start",
            "2024-01-10",
        ],
        capsys,
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["n", "due", "principal", "interest", "fee", "payment", "balance"]
    assert lines[1].split() == ["1", "2024-02-10", "400.00", "0.00", "6.00", "406.00", "800.00"]
    assert lines[4].split() == ["total", "1,200.00", "0.00", "18.00", "1,218.00"]
    assert lines[5].startswith("APR ")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"--principal": "-5"}, "jieqing: --principal: amount must not be negative"),
        ({"--principal": "0"}, "jieqing: --principal: a loan must be more than 0.00"),
        ({"--principal": "1.234"}, "jieqing: --principal: amount has more than 2 decimals"),
        ({"--months": "0"}, "jieqing: --months: expected a whole number from 1 to 1200"),
        ({"--months": "twelve"}, "jieqing: --months: expected a whole number"),
        ({"--annual-rate": "1000.01"}, "jieqing: a rate of 1000.01 % a year is beyond 1000 %"),
        ({"--annual-rate": "-1"}, "jieqing: --annual-rate: a rate must be zero or more"),
        ({"--annual-rate": "abc"}, "jieqing: --annual-rate: 'abc' is not a percentage"),
        ({"--start": "2024-02-30"}, "jieqing: --start: 2024-02-30 is not a real date"),
        ({"--start": "30/01/2024"}, "jieqing: --start: '30/01/2024' is not a date"),
        ({"--first-due": "2024-01-01"}, "jieqing: the first due date must come after"),
        ({"--method": "balloon"}, "jieqing: --method: expected one of annuity, "),
        ({"--rounding": "bankers"}, "jieqing: --rounding: expected one of posted, exact"),
        ({"--day-basis": "365"}, "jieqing: --day-basis only applies to --daily-rate"),
    ],
)
def test_schedule_bad_input_exits_2_with_one_line(
    change: dict[str, str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    options = {
        "--method": "annuity",
        "--principal": "1000",
        "--annual-rate": "12",
        "--months": "12",
        "--start": "2024-01-15",
    }
    options.update(change)
    argv = ["calc", "schedule"] + [f"{flag}={value}" for flag, value in options.items()]
    code, out, err = run(argv, capsys)
    assert code == 2
    assert out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_daily_rate_day_basis(capsys: pytest.CaptureFixture[str]) -> None:
    base = [
        "calc",
        "schedule",
        "--method",
        "daily",
        "--principal",
        "1000",
        "--daily-rate",
        "0.05",
        "--months",
        "1",
        "--start",
        "2024-01-01",
    ]
    assert run_json([*base, "--day-basis", "365"], capsys)["rate"]["day_basis"] == 365
    code, _, err = run([*base, "--day-basis", "364"], capsys)
    assert code == 2
    assert err.startswith("jieqing: --day-basis: expected one of 360, 365")


def test_apr_regular(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        ["calc", "apr", "--received", "9,000", "--payment", "900", "--count", "12"], capsys
    )
    assert data["period"] == "month"
    assert data["periodic_irr"] == "2.9229"
    assert data["apr"] == "35.0742"
    assert data["ear"] == "41.2999"
    code, out, _ = run(
        ["calc", "apr", "--received", "9000", "--payment", "900", "--count", "12"], capsys
    )
    assert code == 0
    assert "APR 35.0742 %" in out


def test_apr_cashflows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    flows = tmp_path / "flows.csv"
    flows.write_text(
        'date,amount\n# drawdown net of a fee\n2024-01-01,-10000\n\n2024-01-31,"10,150.00"\n',
        encoding="utf-8",
    )
    data = run_json(["calc", "apr", "--cashflows", str(flows)], capsys)
    assert data["period"] == "day"
    assert data["apr"] == "18.1190"
    assert data["ear"] == "19.8589"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("2024-01-01,-100\n2024-02-30,110\n", "line 2: 2024-02-30 is not a real date"),
        ("2024-01-01,-100,3\n", "line 1: expected date,amount"),
        ("2024-01-01,abc\n", "line 1: not an amount"),
        ("2024-01-01,100\n", "cash flows need both money received"),
    ],
)
def test_apr_bad_cashflows(
    tmp_path: Path, content: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    flows = tmp_path / "flows.csv"
    flows.write_text(content, encoding="utf-8")
    code, _, err = run(["calc", "apr", "--cashflows", str(flows)], capsys)
    assert code == 2
    assert err.startswith("jieqing: ")
    assert message in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--received", "100"], "give --received, --payment and --count"),
        (["--cashflows", "x.csv", "--count", "3"], "use either --cashflows"),
        (["--cashflows", "missing.csv"], "cannot read missing.csv"),
        (
            ["--received", "100", "--payment", "10", "--count", "12", "--period", "week"],
            "--period: expected one of month",
        ),
        (["--received", "0", "--payment", "10", "--count", "12"], "more than zero"),
    ],
)
def test_apr_bad_input(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["calc", "apr", *argv], capsys)
    assert code == 2
    assert err.startswith("jieqing: ")
    assert message in err


def test_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        ["calc", "check", "--apr", "20", "--signed", "2024-08-01", "--lender", "private"], capsys
    )
    assert data["lender"] == "private"
    assert "not legal advice" in data["disclaimer"]
    (warning,) = data["warnings"]
    assert warning["code"] == "rate.above_4x_lpr"
    assert warning["severity"] == "serious"
    assert warning["threshold_percent"] == "13.40"
    assert (warning["lpr_percent"], warning["lpr_from"]) == ("3.35", "2024-07-22")
    assert "art. 25" in warning["basis"]
    assert warning["amount"] is None


def test_check_text_and_user_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["calc", "check", "--apr", "18%", "--signed", "2023-03-01", "--lender", "licensed"], capsys
    )
    assert code == 0
    assert "No threshold is crossed." in out
    assert "not legal advice" in out
    table = tmp_path / "lpr.json"
    table.write_text('[{"from": "2023-01-01", "percent": "4"}]', encoding="utf-8")
    data = run_json(
        [
            "calc",
            "check",
            "--apr",
            "16.5",
            "--signed",
            "2023-03-01",
            "--lender",
            "private",
            "--upfront",
            "300",
            "--lpr-table",
            str(table),
        ],
        capsys,
    )
    assert [w["code"] for w in data["warnings"]] == ["rate.above_4x_lpr", "rate.upfront_deduction"]
    assert data["warnings"][0]["threshold_percent"] == "16"
    assert data["warnings"][1]["amount"] == "300.00"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--apr", "20", "--signed", "2024-13-01", "--lender", "private"], "--signed"),
        (["--apr", "2000", "--signed", "2024-01-01", "--lender", "private"], "beyond 1000 %"),
        (["--apr", "20", "--signed", "2024-01-01", "--lender", "bank"], "--lender: expected"),
    ],
)
def test_check_bad_input(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["calc", "check", *argv], capsys)
    assert code == 2
    assert err.startswith("jieqing: ")
    assert message in err


def test_calc_without_a_calculation_prints_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["calc"], capsys)
    assert code == 2
    assert "schedule" in err and out == ""


def test_module_runs_as_a_subprocess() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "vault.cli_calc",
            "calc",
            "schedule",
            "--method",
            "annuity",
            "--principal",
            "100000",
            "--annual-rate",
            "4.9",
            "--months",
            "240",
            "--start",
            "2024-02-30",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == "jieqing: --start: 2024-02-30 is not a real date\n"
    assert "Traceback" not in result.stderr
