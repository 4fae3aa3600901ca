"""What goes into the PyInstaller bundle: read by jieqing.spec and by tests/test_packaging.py.

Plain Python (no PyInstaller import), so the tests check the very lists the build uses.
Load it by path: the folder is called `packaging`, like the PyPI package, so it is not
importable as a package.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.jieqing.Jieqing"
NAME = "Jieqing"
OUR_PACKAGES = ("vault", "ui")

# Imports PyInstaller cannot see by reading the code: vault.cli loads its command modules
# with importlib, and the UI may import Qt modules lazily. Every module of ours is listed
# (walked from the source tree), so whatever anyone adds later is carried too.
EXTRA_HIDDEN_IMPORTS = (
    "PySide6.QtPdf",  # the document viewer renders PDFs
    "PySide6.QtCharts",  # charts on the main window
    "PySide6.QtMultimedia",  # the document viewer plays call recordings
    "pillow_heif",  # iPhone photos (HEIC), imported only when one is opened
)

# Never used: each would add tens of MiB. QtQml/QtQuick stay out because the UI is widgets.
EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "idlelib",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "importlinter",
    "unittest", "doctest", "pydoc_data", "lib2to3",
    "PyInstaller",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtWebView",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput", "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation", "PySide6.Qt3DExtras",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2", "PySide6.QtMultimediaWidgets",
    "PySide6.QtSpatialAudio", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools",
    "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtLocation", "PySide6.QtPositioning",
    "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtSerialBus", "PySide6.QtTextToSpeech",
    "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtHttpServer", "PySide6.QtNetworkAuth",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets",
)

# resources/ → the bundle's resources/ (vault.resources finds sys._MEIPASS/resources).
# Patterns relative to resources/; each must match at least one file.
RESOURCES = (
    "fonts/*.ttc",
    "fonts/*.txt",  # the font's licence and the Apache-2.0 text
    "i18n/*.qm",  # compiled by `python -m ui.i18n_build` (build.sh does it)
    "icons/*.png",
    "lpr.json",
    "platforms.json",
)


# Qt plugins and libraries PyInstaller's hooks collect that Jieqing never needs: other
# display back-ends (framebuffer, VNC, EGL full-screen), network plugins (Jieqing never goes
# online), and the on-screen virtual keyboard. (The QML and Quick libraries stay: the
# multimedia plugin that plays recordings links them.)
PLATFORM_PLUGINS = ("qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa")
DROPPED_PLUGIN_FOLDERS = ("egldeviceintegrations", "networkinformation", "tls", "generic")
DROPPED_LIBRARIES = ("Qt6VirtualKeyboard", "QtVirtualKeyboard.", "virtualkeyboard")
QT_TRANSLATIONS = ("_zh_CN.qm", "_en.qm")  # Qt's own dialogs, in our two languages


def keep_in_bundle(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays in."""
    parts = Path(dest.replace("\\", "/")).parts
    name = parts[-1]
    if "PySide6" not in parts:
        return True
    if "translations" in parts and name.endswith(".qm"):
        return name.endswith(QT_TRANSLATIONS)
    if any(dropped in part for part in parts for dropped in DROPPED_LIBRARIES):
        return False
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1]
        if folder in DROPPED_PLUGIN_FOLDERS:
            return False
        if folder == "platforms":
            return any(plugin in name for plugin in PLATFORM_PLUGINS)
    return True


def module_names(package: str) -> list[str]:
    """Every module of one of our packages, from the source tree."""
    base = ROOT / package
    names = []
    for path in sorted(base.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def hidden_imports() -> list[str]:
    names = [name for package in OUR_PACKAGES for name in module_names(package)]
    return [*names, *EXTRA_HIDDEN_IMPORTS]


def data_files() -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) pairs, as PyInstaller's `datas` wants them."""
    resources = ROOT / "resources"
    pairs: list[tuple[str, str]] = []
    for pattern in RESOURCES:
        matches = sorted(resources.glob(pattern))
        if not matches:
            raise FileNotFoundError(
                f"resources/{pattern} matches nothing: run `python -m ui.i18n_build` "
                "and `python packaging/render_icons.py` first"
            )
        for path in matches:
            pairs.append((str(path), str(Path("resources") / path.parent.relative_to(resources))))
    # The Linux desktop files, for `jieqing --install-desktop-entry` from a bundle.
    for path in sorted((ROOT / "packaging" / "linux").iterdir()):
        pairs.append((str(path), "resources/linux"))
    pairs.append((str(ROOT / "LICENSE"), "."))
    return pairs
