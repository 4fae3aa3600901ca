"""Presets for the common lending platforms (brand, lender entity, official hotline).

They live in resources/platforms.json as editable data: lenders change entities and
numbers, and the user can always edit what a preset filled in.
"""

from __future__ import annotations

import json
from functools import cache

from vault.records import LenderKind, Platform
from vault.resources import resource_path


@cache
def presets() -> dict[str, Platform]:
    data = json.loads(resource_path("platforms.json").read_text(encoding="utf-8"))
    return {
        item["key"]: Platform(
            name=item["name"],
            lender_entity=item["lender_entity"],
            hotline=item["hotline"],
            app_name=item["app_name"],
            lender_kind=LenderKind(item["lender_kind"]),
        )
        for item in data["presets"]
    }
