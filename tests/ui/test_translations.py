"""Every visible string is translated, and no new string can slip in untranslated."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.i18n_build import LANGUAGES, qt_tool, sources, ts_file


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) for every message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def problems(message: ET.Element) -> str | None:
    translation = message.find("translation")
    if translation is None:
        return "no translation"
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return f"translation is {translation.get('type')}"
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if not forms or not all(f.strip() for f in forms):
            return "a plural form is empty"
    elif not (translation.text or "").strip():
        return "translation is empty"
    return None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    missing = [
        f"{context}: {source!r}: {problem}"
        for context, source, message in messages(ts_file(language))
        if (problem := problems(message))
    ]
    assert not missing, "\n".join(missing)


def test_english_translations_equal_their_sources() -> None:
    for context, source, message in messages(ts_file("en")):
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") != "yes":
            assert translation.text == source, f"{context}: {source!r}"


def test_the_committed_catalogues_hold_every_string_in_the_sources(tmp_path: Path) -> None:
    for language in LANGUAGES:
        committed = ts_file(language)
        copy = tmp_path / committed.name
        shutil.copy(committed, copy)
        subprocess.run(
            [qt_tool("pyside6-lupdate"), "-silent", "-locations", "none",
             *map(str, sources()), "-ts", str(copy)],
            check=True, capture_output=True,
        )
        known = {(c, s) for c, s, _m in messages(committed)}
        new = sorted({(c, s) for c, s, _m in messages(copy)} - known)
        assert not new, (
            f"{committed.name} lacks strings from the sources: run "
            f"`python -m ui.i18n_build --update` and translate them:\n"
            + "\n".join(f"  {c}: {s!r}" for c, s in new)
        )
