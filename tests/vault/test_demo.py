"""The demo vault appears whole or not at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import TEST_PASSWORD
from vault import kdf, repository
from vault.demo import create_demo_vault
from vault.records import Attachment, Loan
from vault.store import Vault

ROOT = Path(__file__).resolve().parents[2]

# Builds the demo but dies (as a kill would) after the records, before the documents.
KILLED_CREATION = """
import os, sys
from vault import demo, kdf
demo.add_demo_documents = lambda vault: os._exit(9)
demo.create_demo_vault(sys.argv[1], sys.argv[2], kdf.FAST_FOR_TESTS)
"""


def test_a_killed_demo_creation_leaves_no_demo_and_the_next_one_is_whole(tmp_path: Path):
    path = tmp_path / "demo.jqvault"
    killed = subprocess.run([sys.executable, "-c", KILLED_CREATION, str(path), TEST_PASSWORD],
                            cwd=ROOT, capture_output=True, timeout=60)
    assert killed.returncode == 9
    assert not path.exists()  # nothing that would open as an empty or half-filled demo
    assert any(p.name.endswith(".tmp") for p in tmp_path.iterdir())  # what the kill left

    create_demo_vault(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS)
    with Vault.open(path, TEST_PASSWORD) as vault:
        assert len(repository.select(vault.db, Loan)) == 7
        assert len(repository.select(vault.db, Attachment)) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.jqvault", "demo.jqvault.lock"]
