"""Attachment benchmark: ingesting phone photos against Pillow decoding the same photos.

    .venv/bin/python benchmarks/attachments_bench.py              # 200 photos of 12 MP
    .venv/bin/python benchmarks/attachments_bench.py --count 20

The script makes its own photos (4000 × 3000 JPEG with noise, so they compress like real
ones: a few MB each), then runs two phases, each in a child process so its peak RSS is
its own: the baseline (Pillow opens and fully decodes every photo) and the ingest
(vault.attachments.add_files into a new vault: hash, thumbnail, encrypted chunks, one
transaction and its fsyncs per photo). Targets: ingest ≤ 2 × the baseline's time and
peak RSS ≤ 400 MiB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from vault import attachments, kdf  # noqa: E402
from vault.store import Vault  # noqa: E402

PHOTO_SIZE = (4000, 3000)
TIME_FACTOR = 2.0
RSS_LIMIT_MIB = 400


def make_photos(folder: Path, count: int) -> list[Path]:
    """Noisy photos; a few noise bases, each photo made unique by a coloured patch."""
    rng = random.Random(12)
    bases = []
    for sigma in (18, 24, 30):
        noise = Image.effect_noise(PHOTO_SIZE, sigma)
        gradient = Image.linear_gradient("L").resize(PHOTO_SIZE)
        bases.append(Image.merge("RGB", (noise, gradient, Image.blend(noise, gradient, 0.5))))
    paths = []
    for n in range(count):
        photo = bases[n % len(bases)].copy()
        colour = tuple(rng.randrange(256) for _ in range(3))
        photo.paste(colour, (rng.randrange(3500), rng.randrange(2500), 4000, 3000))
        exif = Image.Exif()
        exif[0x0112] = 6  # portrait, as phones write it
        path = folder / f"IMG_{n:04d}.jpg"
        photo.save(path, format="JPEG", quality=88, exif=exif)
        paths.append(path)
    return paths


def peak_rss_mib() -> float:
    """This process's own peak (VmHWM: ru_maxrss would include the parent's before exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def phase_decode(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        with Image.open(path) as image:
            image.load()
    return time.perf_counter() - start


def phase_ingest(paths: list[Path], folder: Path) -> float:
    with Vault.create(folder / "bench.jqvault", "benchmark password", kdf.FAST_FOR_TESTS) as vault:
        start = time.perf_counter()
        results = attachments.add_files(vault, paths)
        elapsed = time.perf_counter() - start
    stored = sum(r.outcome == attachments.Outcome.stored for r in results)
    if stored != len(paths):
        raise SystemExit(f"only {stored} of {len(paths)} photos were stored")
    return elapsed


def run_child(phase: str, folder: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--phase", phase, "--folder", str(folder)],
        check=True, capture_output=True, text=True,
    ).stdout
    result: dict[str, float] = json.loads(output)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--phase", choices=["decode", "ingest"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase:
        paths = sorted((args.folder / "photos").glob("*.jpg"))
        if args.phase == "decode":
            seconds = phase_decode(paths)
        else:
            seconds = phase_ingest(paths, args.folder)
        print(json.dumps({"seconds": seconds, "rss_mib": peak_rss_mib()}))
        return 0

    with tempfile.TemporaryDirectory(prefix="jieqing-bench-") as tmp:
        folder = Path(tmp)
        (folder / "photos").mkdir()
        print(f"making {args.count} photos of {PHOTO_SIZE[0]}×{PHOTO_SIZE[1]}…", flush=True)
        paths = make_photos(folder / "photos", args.count)
        total_mib = sum(p.stat().st_size for p in paths) / 2**20
        print(f"  {total_mib:.0f} MiB in all, {total_mib / args.count:.1f} MiB a photo")
        run_child("decode", folder)  # warm the page cache so both phases read from memory
        decode = run_child("decode", folder)
        ingest = run_child("ingest", folder)

    ratio = ingest["seconds"] / decode["seconds"]
    print(f"Pillow decode (baseline): {decode['seconds']:.2f} s, "
          f"peak RSS {decode['rss_mib']:.0f} MiB")
    print(f"ingest into the vault:    {ingest['seconds']:.2f} s "
          f"({ingest['seconds'] / args.count * 1000:.0f} ms a photo), "
          f"peak RSS {ingest['rss_mib']:.0f} MiB")
    print(f"ratio {ratio:.2f} × (target ≤ {TIME_FACTOR}); "
          f"peak RSS target ≤ {RSS_LIMIT_MIB} MiB")
    ok = ratio <= TIME_FACTOR and ingest["rss_mib"] <= RSS_LIMIT_MIB
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
