"""UI tests run headless: the offscreen platform, isolated settings and data folders, English.

QT_QPA_PLATFORM is set here, before anything imports Qt.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import subprocess  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import ui.settings  # noqa: E402
import ui.wizards.common  # noqa: E402
from tests.ui.wizard_helpers import FakeDialogs  # noqa: E402
from ui.app import App, install_cjk_font  # noqa: E402
from ui.i18n import Translations  # noqa: E402
from ui.i18n_build import LANGUAGES, qt_tool, ts_file  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import Settings  # noqa: E402
from vault.demo import fill_demo  # noqa: E402
from vault.store import Vault  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm catalogues are build output (gitignored): make sure they match the .ts files."""
    for language in LANGUAGES:
        ts = ts_file(language)
        qm = ts.with_suffix(".qm")
        if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run(
                [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
            )


@pytest.fixture(scope="session", autouse=True)
def app_setup(qapp: QApplication, compiled_translations: None) -> Translations:
    """What the app sets up at start, once: its name, the CJK font, English catalogues."""
    QApplication.setApplicationName("Jieqing")
    install_cjk_font(qapp)
    english = Translations()
    english.use("en")
    return english


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and the data folder inside this test's temporary directory."""
    config, data = tmp_path / "config", tmp_path / "data"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(config))
    monkeypatch.setattr(ui.settings, "data_dir", lambda: data)
    return data


@pytest.fixture
def settings() -> Settings:
    settings = Settings()
    settings.language = "en"
    return settings


@pytest.fixture
def app(qapp: QApplication, settings: Settings) -> Iterator[App]:
    """The application controller, in English, torn down with every window it opened."""
    controller = App(settings)
    yield controller
    controller.idle_lock.stop()
    controller.shutdown()
    controller.translations.use("en")
    qapp.aboutToQuit.disconnect(controller.shutdown)
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def main_window(qtbot, vault: Vault, settings: Settings) -> MainWindow:  # noqa: ANN001
    window = MainWindow(vault, settings, "en")
    qtbot.addWidget(window)
    return window


@pytest.fixture
def demo(vault: Vault) -> Vault:
    """The demo vault's loans, payments and contacts, as of today."""
    with vault.transaction() as db:
        fill_demo(db, date.today())
    return vault


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> FakeDialogs:
    """The guided forms' modal dialogs, replaced by a fake that records them."""
    fake = FakeDialogs()
    monkeypatch.setattr(ui.wizards.common, "dialogs", fake)
    return fake
