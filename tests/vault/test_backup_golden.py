"""The golden backup: a file written by Jieqing 0.1.0 that every later version must restore.

tests/vault/data/golden-v1.jqbak was made once (backup format 1, vault schema 2, the fast
test KDF profile) from the demo records of 2025-06-01 plus one document. Never regenerate
it: a failure here means a change broke old backups.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from vault import attachments, backup, kdf, repository
from vault.records import Attachment, Loan, Platform
from vault.store import Vault

GOLDEN = Path(__file__).parent / "data" / "golden-v1.jqbak"
GOLDEN_PASSWORD = "golden password 金色"


def test_the_golden_backup_verifies():
    info = backup.verify(GOLDEN, GOLDEN_PASSWORD)
    assert info.schema_version == 2
    assert info.app_version == "0.1.0"
    assert info.record_counts["loan"] == 7
    assert info.record_counts["payment"] == 49


def test_the_golden_backup_restores_its_records(tmp_path: Path):
    target = tmp_path / "golden.jqvault"
    backup.restore(GOLDEN, target, GOLDEN_PASSWORD, profile=kdf.FAST_FOR_TESTS)
    with Vault.open(target, GOLDEN_PASSWORD) as vault:
        db = vault.db
        names = [p.name for p in repository.select(db, Platform, order_by="id")]
        assert names == ["微粒贷", "美团借钱", "京东金条", "360借条",
                         "安信小额贷款有限公司（示例）", "借呗", "招商银行 闪电贷"]
        loans = repository.select(db, Loan, order_by="id")
        assert [(loan.contract_no, loan.principal, loan.status.value) for loan in loans] == [
            ("WLD2026031500018", 2000000, "active"),
            ("MT20260712A9931", 800000, "overdue"),
            ("JT2025122088812", 3000000, "negotiating"),
            ("360JT20260601339", 600000, "active"),
            ("AX-2025-11-0457", 5000000, "restructured"),
            ("JB20250908771203", 1000000, "settled"),
            ("ZS2025030100456", 6000000, "closed"),
        ]
        assert db.execute("SELECT sum(amount) FROM payment").fetchone()[0] == 13701833
        (document,) = repository.select(db, Attachment)
        assert document.original_name == "结清证明.txt"
        content = attachments.read_bytes(db, document.id)
        assert content == "结清证明 golden receipt\n".encode() * 3000
        assert hashlib.sha256(content).hexdigest() == document.sha256
        links = attachments.links_of(db, document.id)
        assert [(link.record_type, link.record_id) for link in links] == [("loan", loans[0].id)]
