"""Run by the kill tests in a subprocess: works on a vault until it is killed.

    python tests/vault/crash_child.py write VAULT PASSWORD   # commits forever, acknowledging each
    python tests/vault/crash_child.py passwd VAULT OLD NEW   # changes the password once
"""

from __future__ import annotations

import random
import sys
from datetime import date

from vault import repository
from vault.records import Contact, ContactChannel, Counterpart, Platform
from vault.store import Vault


def write_forever(path: str, password: str) -> None:
    with Vault.open(path, password) as vault:
        start = vault.db.execute("SELECT count(*) FROM platform").fetchone()[0]
        for n in range(start, start + 1_000_000):
            with vault.transaction() as db:
                platform = repository.insert(db, Platform(name=f"commit-{n}"))
                for _ in range(random.randint(1, 20)):  # transactions of varied size
                    repository.insert(db, Contact(
                        happened_on=date(2025, 1, 1), channel=ContactChannel.phone,
                        counterpart=Counterpart.platform, asked="x" * random.randint(1, 2000),
                        who=str(platform.id)))
            print(n, flush=True)  # acknowledged only after COMMIT returned


def change_password(path: str, old: str, new: str) -> None:
    with Vault.open(path, old) as vault:
        print("open", flush=True)
        vault.change_password(new)
    print("done", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write_forever(sys.argv[2], sys.argv[3])
    else:
        change_password(sys.argv[2], sys.argv[3], sys.argv[4])
