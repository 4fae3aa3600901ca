"""The command line: demo, passwd, export json, --version, and errors as one readable line."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from vault import kdf
from vault.cli import main
from vault.store import Vault

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "vault", *args], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL, timeout=60,
    )


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "pw.txt"
    path.write_text(TEST_PASSWORD + "\n", encoding="utf-8")
    return path


def test_version_prints_the_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("Jieqing ")


def test_wrong_password_in_a_subprocess_is_one_clear_line_and_the_file_is_unchanged(
    tmp_path: Path,
):
    path = tmp_path / "v.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run_cli("export", "json", str(path), str(tmp_path / "out.json"),
                     env={"JIEQING_PASSWORD": "wrong password"})
    assert result.returncode == 1
    assert result.stderr == (
        "jieqing: Wrong password, or the file is damaged or not a Jieqing vault.\n"
    )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "out.json").exists()


def test_opening_with_a_wrong_password_prints_nothing_on_stderr(tmp_path: Path):
    path = tmp_path / "v.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    code = (
        "from vault.store import Vault\n"
        "try:\n"
        f"    Vault.open({str(path)!r}, 'wrong password')\n"
        "except Exception as error:\n"
        "    print(type(error).__name__)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.stdout == "WrongPasswordOrDamagedError\n"
    assert result.stderr == ""  # SQLCipher's own log lines are silenced


def test_demo_then_export_json(tmp_path: Path, password_file: Path,
                               capsys: pytest.CaptureFixture[str]):
    demo = tmp_path / "demo.jqvault"
    assert main(["demo", str(demo), "--password-file", str(password_file)]) == 0
    out = tmp_path / "all.json"
    assert main(["export", "json", str(demo), str(out), "--password-file",
                 str(password_file)]) == 0
    captured = capsys.readouterr()
    assert "NOT encrypted" in captured.err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "jieqing-export"
    names = {p["name"] for p in data["platforms"]}
    assert {"微粒贷", "借呗", "京东金条", "美团借钱"} <= names
    assert {loan["status"] for loan in data["loans"]} >= {
        "active", "overdue", "negotiating", "restructured", "settled", "closed"}
    assert all(isinstance(p["amount"], str) and "." in p["amount"] for p in data["payments"])


def test_passwd_changes_the_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     password_file: Path):
    path = tmp_path / "v.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    monkeypatch.setenv("JIEQING_NEW_PASSWORD", "the second password")
    assert main(["passwd", str(path), "--password-file", str(password_file)]) == 0
    Vault.open(path, "the second password").lock()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["demo", "{dir}/d.jqvault"], "no password given"),
        (["export", "json", "{dir}/missing.jqvault", "{dir}/o.json", "--password-file",
          "{dir}/pw.txt"], "There is no vault file"),
        (["demo", "{dir}/d2.jqvault", "--password-file", "{dir}/nope.txt"],
         "cannot read the password file"),
    ],
)
def test_errors_exit_non_zero_with_one_line_and_no_traceback(
    tmp_path: Path, password_file: Path, args: list[str], expected: str
):
    result = run_cli(*[a.format(dir=tmp_path) for a in args])
    assert result.returncode != 0
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
