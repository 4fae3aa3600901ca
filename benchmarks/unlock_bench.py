"""Unlock to a populated loans list, excluding the key derivation itself.

    python benchmarks/unlock_bench.py [VAULT]   (default: makes the 1,000-loan vault)

Measures Vault.open (less the Argon2id time, which is a deliberate cost) plus loading the
loans table model, best of 5. Target: ≤ 150 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.large_vault import DEFAULT_PASSWORD, make_large_vault  # noqa: E402
from vault import kdf  # noqa: E402
from vault.store import Vault  # noqa: E402

TARGET_MS = 150.0


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from ui.loans_model import LoansTableModel

    app = QApplication([])
    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
    else:
        os.environ[kdf.TEST_PROFILE_ENV] = "1"
        path = Path(tempfile.mkdtemp()) / "large.jqvault"
        make_large_vault(path, DEFAULT_PASSWORD)
    real_derive = kdf.derive_key
    kdf_seconds = 0.0

    def timed_derive(password: str, salt: bytes) -> bytearray:
        nonlocal kdf_seconds
        started = time.perf_counter()
        try:
            return real_derive(password, salt)
        finally:
            kdf_seconds += time.perf_counter() - started

    kdf.derive_key = timed_derive  # type: ignore[assignment]
    best = float("inf")
    rows = 0
    for _ in range(5):
        kdf_seconds = 0.0
        model = LoansTableModel()
        started = time.perf_counter()
        vault = Vault.open(path, DEFAULT_PASSWORD)
        model.load(vault.db)
        rows = model.rowCount()
        elapsed = time.perf_counter() - started - kdf_seconds
        vault.lock()
        best = min(best, elapsed)
    ms = best * 1000
    print(f"unlock to {rows} loans listed (KDF excluded): {ms:.0f} ms "
          f"(target <= {TARGET_MS:.0f} ms) {'PASS' if ms <= TARGET_MS else 'FAIL'}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
