"""Fixtures for the core's tests (never Qt)."""

from __future__ import annotations

from datetime import date

import pytest

from vault.demo import fill_demo
from vault.store import Vault

# The day the demo vault is filled as of: its figures (due dates, follow-ups) are fixed.
DEMO_TODAY = date(2026, 11, 24)


@pytest.fixture
def demo(vault: Vault) -> Vault:
    """The demo vault's loans, payments and contacts, as of DEMO_TODAY."""
    with vault.transaction() as db:
        fill_demo(db, DEMO_TODAY)
    return vault
