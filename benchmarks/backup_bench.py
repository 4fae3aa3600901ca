"""Backup benchmark: export and verified restore of a large vault against `cp` of its file.

    .venv/bin/python benchmarks/backup_bench.py               # ~2 GiB, mostly documents
    .venv/bin/python benchmarks/backup_bench.py --size-mib 256
    .venv/bin/python benchmarks/backup_bench.py --size-mib 512 --repeat 5   # a busy machine

The vault is filled through vault.attachments (random, incompressible documents of 64 MiB
plus a few hundred ordinary records), then `cp` copies the vault file, and export and
restore each run in a child process so that their peak RSS is measured on its own.
Targets: each at most 2.5 × the time of `cp`, peak RSS at most 200 MiB whatever the size.
With --repeat, cp, export and restore run again in turn and each ratio is taken against the
cp of its own round; the best and the median ratio are printed (others share the machine).
The vaults and the backup use the production KDF unless --fast-kdf is given (the KDF adds
a fixed ~0.5 s per derivation: one in export plus the unlock before it, two in restore).
Each child also prints the time of the call itself, without interpreter start-up and unlock.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vault import attachments, backup, kdf, repository  # noqa: E402
from vault.records import Platform  # noqa: E402
from vault.store import Vault  # noqa: E402

PASSWORD = "benchmark password"
DOCUMENT_MIB = 64


def fill(path: Path, size_mib: int, profile: kdf.KdfProfile) -> None:
    with Vault.create(path, PASSWORD, profile) as vault:
        with vault.transaction() as db:
            for n in range(300):
                repository.insert(db, Platform(name=f"平台 {n}", note="benchmark " * 20))
        remaining = size_mib * 1024 * 1024
        n = 0
        while remaining > 0:
            size = min(DOCUMENT_MIB * 1024 * 1024, remaining)
            attachments.add_stream(
                vault, io.BytesIO(os.urandom(size)), f"document-{n}.bin",
                doc_date=date(2024, 1, 1), max_bytes=size + 1,
            )
            remaining -= size
            n += 1


def timed_child(*args: str) -> tuple[float, int]:
    """Run this script's child step; return (seconds, peak RSS in bytes)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, *args])
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"child step {args[0]} failed")
    return elapsed, usage.ru_maxrss * 1024  # Linux reports KiB


def child(step: str, source: Path, target: Path, fast: bool) -> None:
    profile = kdf.FAST_FOR_TESTS if fast else kdf.PRODUCTION
    if step == "export":
        with Vault.open(source, PASSWORD) as vault:  # in the app the vault is already open
            start = time.perf_counter()
            backup.export(vault, target, PASSWORD, profile=profile)
    else:
        start = time.perf_counter()
        backup.restore(source, target, PASSWORD, profile=profile)
    inside = time.perf_counter() - start
    print(f"  {step}: {inside:.2f} s in the call itself "
          f"(without interpreter start-up{' and unlock' if step == 'export' else ''}), "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB",
          flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=2048)
    parser.add_argument("--fast-kdf", action="store_true", help="the test KDF profile")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of cp, export, restore")
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--child", nargs=3, metavar=("STEP", "SOURCE", "TARGET"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]), args.fast_kdf)
        return 0

    work = Path(tempfile.mkdtemp(prefix="jieqing-bench-", dir=args.dir))
    try:
        vault_path, bak, restored = (work / n for n in ("big.jqvault", "big.jqbak", "r.jqvault"))
        profile = kdf.FAST_FOR_TESTS if args.fast_kdf else kdf.PRODUCTION
        print(f"Filling a vault with {args.size_mib} MiB of documents …", flush=True)
        fill(vault_path, args.size_mib, profile)
        os.sync()  # cp's own sync below must not pay for the fill
        size = vault_path.stat().st_size
        flag = ["--fast-kdf"] if args.fast_kdf else []
        ratios: dict[str, list[float]] = {"export": [], "restore": []}
        for round_ in range(1, args.repeat + 1):
            bak.unlink(missing_ok=True)
            restored.unlink(missing_ok=True)
            start = time.perf_counter()
            subprocess.run(["cp", str(vault_path), str(work / "copy.jqvault")], check=True)
            os.sync()
            cp_time = time.perf_counter() - start
            (work / "copy.jqvault").unlink()
            export_time, export_rss = timed_child("--child", "export", str(vault_path),
                                                  str(bak), *flag)
            restore_time, restore_rss = timed_child("--child", "restore", str(bak),
                                                    str(restored), *flag)
            print(f"round {round_}: vault {size / 2**20:.0f} MiB, "
                  f"backup {bak.stat().st_size / 2**20:.0f} MiB")
            print(f"cp       {cp_time:7.2f} s")
            for name, seconds, rss in (("export", export_time, export_rss),
                                       ("restore", restore_time, restore_rss)):
                ratios[name].append(seconds / cp_time)
                print(f"{name:8} {seconds:7.2f} s  ratio {seconds / cp_time:5.2f}× "
                      f"(target ≤ 2.5×)  peak RSS {rss / 2**20:6.1f} MiB (target ≤ 200)",
                      flush=True)
        if args.repeat > 1:
            for name, values in ratios.items():
                print(f"{name:8} ratio best {min(values):5.2f}×  "
                      f"median {statistics.median(values):5.2f}×  over {len(values)} rounds")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
