"""Backups survive a kill: SIGKILL the command line at random moments during an export and
during a replacing restore, then check what is on disk."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from tests.vault.kill_helpers import ROOT, kill_after
from vault import attachments, backup, kdf, repository
from vault.records import Platform
from vault.store import Vault

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")


def make_vault(path: Path, name: str, document_mib: int) -> None:
    with Vault.create(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS) as vault:
        with vault.transaction() as db:
            repository.insert(db, Platform(name=name))
        attachments.add_bytes(vault, os.urandom(document_mib * 1024 * 1024), "scan.bin",
                              max_bytes=64 * 1024 * 1024)


def cli(*argv: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, JIEQING_PASSWORD=TEST_PASSWORD, JIEQING_TEST_FAST_KDF="1")
    return subprocess.Popen([sys.executable, "-m", "vault", "backup", *argv], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def full_run_seconds(*argv: str) -> float:
    start = time.monotonic()
    assert cli(*argv).wait() == 0
    return time.monotonic() - start


def run_export_kills(tmp_path: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    source = tmp_path / "source.jqvault"
    make_vault(source, "source", document_mib=12)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    out = out_dir / "b.jqbak"
    duration = full_run_seconds("export", str(source), str(out))
    interrupted = 0
    for _ in range(kills):
        out.unlink(missing_ok=True)
        interrupted += kill_after(cli("export", str(source), str(out)), rng.uniform(0, duration))
        if out.exists():  # only ever a complete, valid backup under the final name
            assert backup.verify(out, TEST_PASSWORD).record_counts["platform"] == 1
        stray = [p for p in out_dir.iterdir() if p != out]
        assert all(p.name.startswith("b.jqbak.export-") for p in stray)
        for p in stray:
            p.unlink()
    assert interrupted, "no kill landed while the export was running"


def test_export_killed_leaves_a_valid_backup_or_none(tmp_path: Path):
    run_export_kills(tmp_path, kills=4, seed=1)


@pytest.mark.slow
def test_export_killed_many_times(tmp_path: Path):
    run_export_kills(tmp_path, kills=40, seed=2)


def run_restore_kills(tmp_path: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    newer = tmp_path / "newer.jqvault"
    make_vault(newer, "new", document_mib=12)
    bak = tmp_path / "newer.jqbak"
    with Vault.open(newer, TEST_PASSWORD) as vault:
        backup.export(vault, bak, TEST_PASSWORD, profile=kdf.FAST_FOR_TESTS)
    pristine = tmp_path / "pristine.jqvault"
    make_vault(pristine, "old", document_mib=1)
    folder = tmp_path / "current"
    folder.mkdir()
    target = folder / "vault.jqvault"
    shutil.copyfile(pristine, target)
    duration = full_run_seconds("restore", str(bak), str(target), "--replace")
    outcomes = {"old": 0, "new": 0}
    interrupted = 0
    for _ in range(kills):
        shutil.rmtree(folder)
        folder.mkdir()
        shutil.copyfile(pristine, target)
        interrupted += kill_after(cli("restore", str(bak), str(target), "--replace"),
                                  rng.uniform(0, 1.2 * duration))
        with Vault.open(target, TEST_PASSWORD) as vault:  # never a mixture
            assert vault.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            names = [p.name for p in repository.select(vault.db, Platform)]
            assert names in (["old"], ["new"])
            outcomes[names[0]] += 1
        assert not [p for p in folder.iterdir() if ".tmp" in p.name]  # swept on open
    assert outcomes["old"] + outcomes["new"] == kills
    assert interrupted, "no kill landed while the restore was running"


def test_replacing_restore_killed_leaves_the_old_or_the_new_vault(tmp_path: Path):
    run_restore_kills(tmp_path, kills=4, seed=3)


@pytest.mark.slow
def test_replacing_restore_killed_many_times(tmp_path: Path):
    run_restore_kills(tmp_path, kills=40, seed=4)
