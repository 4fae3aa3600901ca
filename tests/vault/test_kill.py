"""Every write path survives a kill: SIGKILL at random moments, then check the vault."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from tests.vault.kill_helpers import ROOT, kill_after
from vault import kdf, repository
from vault.errors import WrongPasswordOrDamagedError
from vault.export_json import export_data
from vault.records import Platform
from vault.store import Vault

CRASH_CHILD = Path(__file__).with_name("crash_child.py")

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")


def start_child(*args: str) -> tuple[subprocess.Popen[str], list[str]]:
    # Run by path, not `-m tests...`: the child must not depend on the working directory
    # being on sys.path (PYTHONSAFEPATH), and it imports only the installed vault package.
    child = subprocess.Popen(
        [sys.executable, str(CRASH_CHILD), *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    lines: list[str] = []

    def collect() -> None:
        assert child.stdout is not None
        try:
            for line in child.stdout:
                lines.append(line.strip())
        except ValueError:  # the pipe was closed after the kill
            pass

    threading.Thread(target=collect, daemon=True).start()
    return child, lines


def fail_if_crashed(child: subprocess.Popen[str]) -> None:
    """A child that died of an error tested nothing; say why instead of passing quietly."""
    if child.poll() not in (None, 0):
        assert child.stderr is not None
        pytest.fail(f"the child process failed on its own:\n{child.stderr.read()}")


def run_write_kills(tmp_path: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    path = tmp_path / "crash.jqvault"
    Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS).lock()
    acknowledged: set[int] = set()
    for _ in range(kills):
        child, lines = start_child("write", str(path), TEST_PASSWORD)
        # Kill at a random moment once the writer is committing, however slow its start-up
        # is on a busy machine (a kill before the first commit would test nothing).
        deadline = time.monotonic() + 30
        while not lines and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        fail_if_crashed(child)
        kill_after(child, rng.uniform(0, 0.3), drain=0.05)
        acknowledged.update(int(line) for line in lines if line.isdigit())
        with Vault.open(path, TEST_PASSWORD) as vault:
            assert vault.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {int(p.name.split("-")[1]) for p in repository.select(vault.db, Platform)}
        assert acknowledged <= stored, f"lost acknowledged commits {acknowledged - stored}"
    assert acknowledged, "the writer never committed: the test exercised nothing"


def test_random_kills_during_writes_lose_no_acknowledged_commit(tmp_path: Path):
    run_write_kills(tmp_path, kills=20, seed=1)


@pytest.mark.slow
def test_many_random_kills_during_writes(tmp_path: Path):
    run_write_kills(tmp_path, kills=200, seed=2)


def records_of(vault: Vault) -> dict[str, object]:
    data = export_data(vault.db)
    del data["exported_at"]
    return data


def run_passwd_kills(tmp_path: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    outcomes = {"old": 0, "new": 0}
    for round_ in range(kills):
        path = tmp_path / f"p{round_}.jqvault"
        with Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS) as vault:
            with vault.transaction() as db:
                for n in range(200):
                    repository.insert(db, Platform(name=f"平台-{n}", note="备注" * 50))
            expected = records_of(vault)
        child, lines = start_child("passwd", str(path), TEST_PASSWORD, "the new password")
        # Wait until the vault is open, then kill somewhere inside the change.
        deadline = time.monotonic() + 20
        while "open" not in lines and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        fail_if_crashed(child)
        kill_after(child, rng.uniform(0, 0.15))
        for password, outcome in ((TEST_PASSWORD, "old"), ("the new password", "new")):
            try:
                with Vault.open(path, password) as reopened:
                    assert records_of(reopened) == expected  # every record, field for field
                    assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                    outcomes[outcome] += 1
                    break
            except WrongPasswordOrDamagedError:
                continue
        else:
            pytest.fail(f"round {round_}: the vault opens with neither password")
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == [], "the open above sweeps stray temporaries"
    assert sum(outcomes.values()) == kills


def test_password_change_killed_at_random_points_opens_with_old_or_new(tmp_path: Path):
    run_passwd_kills(tmp_path, kills=12, seed=3)


@pytest.mark.slow
def test_password_change_killed_many_times(tmp_path: Path):
    run_passwd_kills(tmp_path, kills=100, seed=4)
