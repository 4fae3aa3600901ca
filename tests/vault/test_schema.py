"""Forward-only migrations, tested from every earlier version."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from vault import kdf, schema, store
from vault.store import Vault


def build_at_version(path: Path, version: int) -> None:
    """A vault whose schema stopped at `version`, as an older Jieqing left it."""

    def fill(conn: store.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        schema.migrate(conn, target=version)
        if version >= 1:
            conn.execute("INSERT INTO platform(name) VALUES ('微粒贷')")
        conn.execute("COMMIT")

    kdf.wipe(store._new_database(path, TEST_PASSWORD, kdf.FAST_FOR_TESTS, fill)[0])


@pytest.mark.parametrize("version", range(schema.CURRENT_VERSION))
def test_every_earlier_version_migrates_to_the_current_one(tmp_path: Path, version: int):
    path = tmp_path / "old.jqvault"
    build_at_version(path, version)
    with Vault.open(path, TEST_PASSWORD) as vault:
        assert schema.version(vault.db) == schema.CURRENT_VERSION
        schema.verify(vault.db)
        names = [row[0] for row in vault.db.execute("SELECT name FROM platform")]
        assert names == (["微粒贷"] if version >= 1 else [])


def test_migration_scripts_split_into_whole_statements():
    for script in schema.MIGRATIONS:
        statements = schema._statements(script)
        assert statements
        assert all(s.endswith(";") for s in statements)
