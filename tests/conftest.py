"""Fixtures shared by every test: real encrypted vaults with the fast test KDF profile."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vault import kdf
from vault.store import Vault

# Subprocesses (the CLI, the app) that create vaults use the fast profile too.
os.environ[kdf.TEST_PROFILE_ENV] = "1"

TEST_PASSWORD = "correct horse battery"

VaultFactory = Callable[..., Vault]


@pytest.fixture
def vault_factory(tmp_path: Path) -> Iterator[VaultFactory]:
    """`vault_factory(name="v.jqvault", password=TEST_PASSWORD)` → an open Vault; all closed after."""
    opened: list[Vault] = []

    def make(name: str = "test.jqvault", password: str = TEST_PASSWORD) -> Vault:
        vault = Vault.create(tmp_path / name, password, kdf.FAST_FOR_TESTS)
        opened.append(vault)
        return vault

    yield make
    for vault in opened:
        vault.lock()


@pytest.fixture
def vault(vault_factory: VaultFactory) -> Vault:
    return vault_factory()
