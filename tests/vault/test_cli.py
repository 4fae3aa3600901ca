"""The command line: demo, passwd, export json, --version, and errors as one readable line."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from tests.vault.damaged_vault import make_damaged_vault
from vault import kdf
from vault.cli import main
from vault.demo import fill_demo
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
        (["demo", "{dir}/d3.jqvault", "--password-file", "{dir}/gbk.txt"],
         "is not UTF-8 text: save it as UTF-8"),
        pytest.param(  # a folder where no file can be made: named by the vault, not its .lock
            ["demo", "/proc/d.jqvault", "--password-file", "{dir}/pw.txt"],
            "Could not write to /proc/d.jqvault: ",
            marks=pytest.mark.skipif(sys.platform != "linux", reason="Linux's /proc"),
        ),
    ],
)
def test_errors_exit_non_zero_with_one_line_and_no_traceback(
    tmp_path: Path, password_file: Path, args: list[str], expected: str
):
    (tmp_path / "gbk.txt").write_bytes("密码是借呗2024\r\n".encode("gbk"))  # Notepad, GBK
    result = run_cli(*[a.format(dir=tmp_path) for a in args])
    assert result.returncode != 0
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_password_file_saved_with_a_bom_opens_the_vault(tmp_path: Path):
    path = tmp_path / "v.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    bom = tmp_path / "pw.txt"
    bom.write_bytes(("\ufeff" + TEST_PASSWORD + "\r\n").encode("utf-8"))  # Notepad's UTF-8
    assert main(["export", "json", str(path), str(tmp_path / "o.json"),
                 "--password-file", str(bom)]) == 0


def test_ctrl_d_at_the_password_prompt_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    def end_of_input(prompt: str) -> str:
        raise EOFError

    monkeypatch.delenv("JIEQING_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", end_of_input)
    assert main(["demo", str(tmp_path / "d.jqvault")]) == 2
    assert capsys.readouterr().err.strip() == "jieqing: no password given"
    assert not (tmp_path / "d.jqvault").exists()


@pytest.mark.parametrize("command", ["export", "passwd"])
def test_a_damaged_vault_is_one_line_that_says_restore_from_a_backup(
    tmp_path: Path, password_file: Path, command: str
):
    path = make_damaged_vault(tmp_path / "v.jqvault")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    args = (["export", "json", str(path), str(tmp_path / "o.json")] if command == "export"
            else ["passwd", str(path)])
    result = run_cli(*args, "--password-file", str(password_file),
                     env={"JIEQING_NEW_PASSWORD": "the second password"})
    assert result.returncode == 1
    assert result.stderr == (
        f"jieqing: The vault {path} is damaged: part of it can no longer be read. "
        "Restore it from your latest backup.\n"
    )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "o.json").exists()


def limit_file_size(size: int) -> Callable[[], None]:
    """For a child process: no file it writes may grow past `size` bytes (as on a full
    disk, its writes then fail; Python ignores the SIGXFSZ signal that comes with it)."""
    import resource

    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_a_full_disk_during_passwd_and_attach_is_one_line_and_keeps_the_vault(
    tmp_path: Path, password_file: Path
):
    path = tmp_path / "v.jqvault"
    with Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS) as vault, \
            vault.transaction() as db:
        fill_demo(db, date(2026, 11, 24))
    size = path.stat().st_size
    document = tmp_path / "receipt.bin"
    document.write_bytes(os.urandom(300_000))
    env = {**os.environ, "JIEQING_NEW_PASSWORD": "the second password"}
    runs = [
        (["passwd", str(path)], size // 2),  # the re-encrypted copy cannot be written
        (["attach", str(path), str(document), "--to", "loan:1"], size + 64 * 1024),
    ]
    for args, limit in runs:
        result = subprocess.run(
            [sys.executable, "-m", "vault", *args, "--password-file", str(password_file)],
            cwd=ROOT, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
            timeout=60, preexec_fn=limit_file_size(limit),  # noqa: PLW1509 - no threads yet
        )
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert f"Could not write to {path}: a disk read or write failed" in (
            result.stderr + result.stdout)
    with Vault.open(path, TEST_PASSWORD) as vault:  # the old password, every record
        assert vault.db.execute("SELECT count(*) FROM attachment").fetchone() == (0,)
        assert vault.db.execute("SELECT count(*) FROM loan").fetchone() == (7,)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "pw.txt", "receipt.bin", "v.jqvault", "v.jqvault.lock"]


def test_a_database_error_that_escapes_the_core_is_still_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    import sqlcipher3

    from vault import cli_records

    def fail(error: Exception) -> Callable[[object], int]:
        def handler(args: object) -> int:
            raise error
        return handler

    path = tmp_path / "v.jqvault"
    monkeypatch.setattr(cli_records, "run_export_json",
                        fail(sqlcipher3.DatabaseError("database disk image is malformed")))
    assert main(["export", "json", str(path), str(tmp_path / "o.json")]) == 1
    assert capsys.readouterr().err == (
        f"jieqing: The vault {path} is damaged: part of it can no longer be read. "
        "Restore it from your latest backup.\n"
    )
    monkeypatch.setattr(cli_records, "run_export_json",
                        fail(sqlcipher3.OperationalError("no such table: loan")))
    assert main(["export", "json", str(path), str(tmp_path / "o.json")]) == 1
    assert capsys.readouterr().err == "jieqing: the vault's database failed: no such table: loan\n"


def test_the_test_only_key_derivation_is_announced_when_it_is_used(
    tmp_path: Path, password_file: Path, capsys: pytest.CaptureFixture[str]
):
    assert os.environ[kdf.TEST_PROFILE_ENV] == "1"  # set for the suite by tests/conftest.py
    demo = tmp_path / "demo.jqvault"
    assert main(["demo", str(demo), "--password-file", str(password_file)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "JIEQING_TEST" in line]
    assert warnings == [
        "jieqing: warning: JIEQING_TEST_FAST_KDF=1 is set, so this uses the weak key "
        "derivation meant only for tests"
    ]
    assert main(["export", "json", str(demo), str(tmp_path / "o.json"), "--password-file",
                 str(password_file)]) == 0
    assert "JIEQING_TEST" not in capsys.readouterr().err  # nothing new was keyed


@pytest.mark.parametrize("args", [
    ["attach", "{vault}", "--to", "loan:99999999999999999999999", "{file}"],
    ["binder", "{vault}", "{out}", "--loan", "99999999999999999999999"],
    ["attach", "{vault}", "--to", "loan:-1", "{file}"],
])
def test_record_numbers_beyond_any_record_are_one_line(
    tmp_path: Path, password_file: Path, args: list[str]
) -> None:
    vault_path = tmp_path / "v.jqvault"
    assert run_cli("demo", str(vault_path), "--password-file", str(password_file)).returncode == 0
    (tmp_path / "f.txt").write_text("x")
    filled = [a.format(vault=vault_path, file=tmp_path / "f.txt", out=tmp_path / "o.pdf")
              for a in args]
    result = run_cli(*filled, "--password-file", str(password_file))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "The loan #" in result.stdout + result.stderr
