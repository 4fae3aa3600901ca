"""Screenshots for the README and docs: docs/screenshots/{welcome,create,unlock,main}_<lang>.png.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python packaging/screenshots.py

Uses a throw-away settings and data folder and the demo vault (fast test key derivation,
so it runs in seconds; never use that for a real vault).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
WORK = Path(tempfile.mkdtemp(prefix="jieqing-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(WORK / "config")
os.environ["XDG_DATA_HOME"] = str(WORK / "data")
os.environ["JIEQING_TEST_FAST_KDF"] = "1"

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.app import App, setup_application  # noqa: E402
from ui.settings import Settings, demo_vault_path  # noqa: E402
from ui.unlock import DEMO_PASSWORD  # noqa: E402
from vault.demo import create_demo_vault  # noqa: E402
from vault.store import Vault  # noqa: E402


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def main() -> int:
    app = QApplication(sys.argv[:1])
    setup_application(app)
    OUT.mkdir(parents=True, exist_ok=True)
    create_demo_vault(demo_vault_path(), DEMO_PASSWORD)
    for language in ("zh_CN", "en"):
        settings = Settings()
        settings.language = language
        settings.last_vault = None
        controller = App(settings)
        welcome = controller.start()
        welcome.resize(640, 560)
        shoot(app, welcome, f"welcome_{language}.png")
        dialog = controller.create_vault()
        dialog.fields.password.setText("Tea at 4 on Tuesday")
        shoot(app, dialog, f"create_{language}.png")
        dialog.reject()
        unlock = controller.show_unlock(demo_vault_path())
        unlock.resize(560, 420)
        shoot(app, unlock, f"unlock_{language}.png")
        window = controller.open_main(Vault.open(demo_vault_path(), DEMO_PASSWORD))
        window.resize(1100, 640)
        shoot(app, window, f"main_{language}.png")
        controller.shutdown()
        controller.translations.use("en")  # drop this round's catalogues before the next
        for widget in QApplication.topLevelWidgets():
            widget.hide()
            widget.deleteLater()
        settle(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
