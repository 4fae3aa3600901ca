"""Binder benchmark: 100 loans with 200 phone photos, against Pillow doing the image work.

    .venv/bin/python benchmarks/binder_bench.py                 # 100 loans, 200 photos
    .venv/bin/python benchmarks/binder_bench.py --loans 10 --photos 20

The script makes its own photos (4000 × 3000 JPEG with sensor-like noise, EXIF portrait),
a vault with the loans (12-month plans, payments) and the photos attached, then runs two
phases, each in a child process so its peak RSS is its own:

* baseline: Pillow decodes each photo (at JPEG draft scale), turns it upright, downscales
  it to the size the binder prints it at and encodes it as JPEG quality 85 — the image
  work any binder has to do;
* binder: vault.binder.write_binder for the whole vault (layout pass, then the final pass
  that reads, verifies, decodes and embeds each photo, then the atomic write).

Targets: binder time ≤ 1.5 × the baseline, peak RSS ≤ 400 MiB, ≤ 300 KiB per evidence
page (the whole PDF's size over the number of photos: an upper bound).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402

from vault import attachments, binder, kdf, loans, repository  # noqa: E402
from vault.attachments import Link  # noqa: E402
from vault.records import Loan, Payment, PaymentChannel, Platform, RateKind  # noqa: E402
from vault.schedule import Method  # noqa: E402
from vault.store import Vault  # noqa: E402

PHOTO_SIZE = (4000, 3000)
PASSWORD = "benchmark password"
TIME_FACTOR = 1.5
RSS_LIMIT_MIB = 400
PAGE_LIMIT_KIB = 300
TODAY = date(2026, 11, 24)


def make_photos(folder: Path, count: int) -> list[Path]:
    """Phone-like photos of paper: a lit background, a sheet with lines, sensor noise."""
    rng = random.Random(7)
    noise = Image.effect_noise(PHOTO_SIZE, 10)
    base = Image.linear_gradient("L").resize(PHOTO_SIZE).point(lambda v: 120 + v // 3)
    paths = []
    for n in range(count):
        photo = Image.merge("RGB", (base, base, base)).copy()
        draw = ImageDraw.Draw(photo)
        left, top = rng.randrange(200, 500), rng.randrange(150, 400)
        draw.rectangle((left, top, 4000 - left, 3000 - top), fill=(246, 244, 238))
        for row in range(top + 200, 3000 - top - 100, 90):
            width = rng.randrange(1200, 3000 - 2 * left)
            draw.rectangle((left + 150, row, left + 150 + width, row + 28), fill=(40, 40, 48))
        photo = Image.blend(photo, Image.merge("RGB", (noise, noise, noise)), 0.12)
        exif = Image.Exif()
        exif[0x0112] = 6  # portrait, as phones write it
        path = folder / f"IMG_{n:04d}.jpg"
        photo.save(path, format="JPEG", quality=90, exif=exif)
        paths.append(path)
    return paths


def make_vault(folder: Path, loan_count: int, photos: list[Path]) -> Path:
    path = folder / "bench.jqvault"
    with Vault.create(path, PASSWORD, kdf.FAST_FOR_TESTS) as vault:
        with vault.transaction() as db:
            platform = repository.insert(db, Platform(name="微粒贷", lender_entity="微众银行"))
            ids = []
            for n in range(loan_count):
                borrowed = TODAY - timedelta(days=30 * (n % 14) + 40)
                loan, plan = loans.add_loan(db, Loan(
                    platform_id=platform.id or 0, borrowed_on=borrowed,
                    principal=(5_000 + 500 * n) * 100, rate_kind=RateKind.annual,
                    rate_percent=Decimal("18"), term_months=12, method=Method.annuity,
                    contract_no=f"WLD{n:08d}",
                ))
                ids.append(loan.id or 0)
                for item in loans.installments_of(db, plan.id or 0):
                    if item.due <= TODAY:
                        repository.insert(db, Payment(
                            loan_id=loan.id or 0, paid_on=item.due, amount=item.payment,
                            channel=PaymentChannel.auto_debit, reference_no=f"R{n}-{item.n}"))
        for index, photo in enumerate(photos):
            attachments.add_file(vault, photo, [Link("loan", ids[index % len(ids)])])
    return path


def peak_rss_mib() -> float:
    """This process's own peak (VmHWM: ru_maxrss would include the parent's before exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_baseline(photos: list[Path]) -> dict[str, float]:
    """The image work alone, in plain Pillow: decode at draft scale, downscale to what fills
    an A4 page at PRINT_DPI, turn upright, encode as JPEG quality 85."""
    box_w, box_h = 174 / 25.4, 190 / 25.4  # inches: about the binder's evidence box
    start = time.perf_counter()
    for path in photos:
        with Image.open(io.BytesIO(path.read_bytes())) as image:
            width, height = image.height, image.width  # EXIF 6: a quarter turn
            scale = min(box_w / width, box_h / height) * binder.PRINT_DPI
            size = (int(width * scale), int(height * scale))
            stored = (size[1], size[0])
            image.draft("RGB", stored)  # decode at 1/2 scale, then downscale, then turn
            small = image.resize(stored, Image.Resampling.LANCZOS, reducing_gap=3.0)
            upright = small.transpose(Image.Transpose.ROTATE_270)
            upright.save(io.BytesIO(), format="JPEG", quality=binder.JPEG_QUALITY)
    return {"seconds": time.perf_counter() - start}


def phase_binder(vault_path: Path, out: Path) -> dict[str, float]:
    with Vault.open(vault_path, PASSWORD) as vault:
        start = time.perf_counter()
        result = binder.write_binder(vault, out, binder.BinderOptions(as_of=TODAY))
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "pages": result.pages, "bytes": out.stat().st_size}


def child(args: argparse.Namespace) -> None:
    folder = Path(args.folder)
    photos = sorted(folder.glob("IMG_*.jpg"))
    if args.phase == "baseline":
        report = phase_baseline(photos)
    else:
        report = phase_binder(folder / "bench.jqvault", folder / "binder.pdf")
    report["peak_rss_mib"] = peak_rss_mib()
    print(json.dumps(report))


def run_phase(phase: str, folder: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", phase, "--folder", str(folder)],
        check=True, capture_output=True, text=True,
    ).stdout
    return dict(json.loads(output.splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loans", type=int, default=100)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--child", dest="phase", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child(args)
        return 0
    with tempfile.TemporaryDirectory(prefix="jieqing-binder-bench-") as temp:
        folder = Path(temp)
        started = time.perf_counter()
        photos = make_photos(folder, args.photos)
        make_vault(folder, args.loans, photos)
        print(f"set-up: {args.loans} loans, {len(photos)} photos of "
              f"{sum(p.stat().st_size for p in photos) / len(photos) / 1e6:.1f} MB "
              f"in {time.perf_counter() - started:.1f} s")
        base = run_phase("baseline", folder)
        made = run_phase("binder", folder)
    ratio = made["seconds"] / base["seconds"]
    per_page = made["bytes"] / max(1, len(photos)) / 1024
    print(f"baseline (Pillow decode + upright + downscale + JPEG): {base['seconds']:.2f} s, "
          f"peak RSS {base['peak_rss_mib']:.0f} MiB")
    print(f"binder: {made['seconds']:.2f} s, {made['pages']:.0f} pages, "
          f"{made['bytes'] / 1e6:.1f} MB, peak RSS {made['peak_rss_mib']:.0f} MiB")
    print(f"ratio {ratio:.2f}× (target ≤ {TIME_FACTOR}×); "
          f"{per_page:.0f} KiB per evidence page (target ≤ {PAGE_LIMIT_KIB})")
    ok = (ratio <= TIME_FACTOR and made["peak_rss_mib"] <= RSS_LIMIT_MIB
          and per_page <= PAGE_LIMIT_KIB)
    print("OK" if ok else "OUTSIDE TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
