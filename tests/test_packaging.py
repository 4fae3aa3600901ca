"""Packaging, without building: the bundle's contents list, the desktop files, the installer
script, the icons, and `jieqing --install-desktop-entry` against a temporary XDG_DATA_HOME.

The real build and its check run in CI: packaging/build.sh && packaging/check_bundle.sh."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from ui import desktop_entry
from ui.main import main
from vault.cli import COMMAND_MODULES

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.jieqing.Jieqing"
MIME_TYPES = {"application/x-jieqing-vault": "*.jqvault", "application/x-jieqing-backup": "*.jqbak"}
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def load_manifest() -> ModuleType:
    # By path: the folder shares its name with the PyPI `packaging` package.
    spec = importlib.util.spec_from_file_location("bundle_manifest", PACKAGING / "bundle_manifest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


manifest = load_manifest()


# -- the PyInstaller spec and what it carries -----------------------------------------------


def test_spec_parses_and_uses_the_manifest() -> None:
    text = (PACKAGING / "jieqing.spec").read_text(encoding="utf-8")
    ast.parse(text)
    for needed in ("bundle_manifest.py", "manifest.data_files()", "manifest.hidden_imports()",
                   "manifest.EXCLUDES", "manifest.keep_in_bundle", '"jieqing-cli"',
                   "console=True", "JIEQING_ONEFILE", 'collect_data_files("reportlab")',
                   'collect_dynamic_libs("pillow_heif")', "jieqing.ico", "jieqing.icns"):
        assert needed in text, needed


def test_macos_bundle_declares_the_app_and_its_documents() -> None:
    text = (PACKAGING / "jieqing.spec").read_text(encoding="utf-8")
    for needed in ("BUNDLE(", "bundle_identifier=manifest.APP_ID", "CFBundleDocumentTypes",
                   "UTExportedTypeDeclarations", '["jqvault"]', '["jqbak"]',
                   '"NSHighResolutionCapable": True', "LSMinimumSystemVersion",
                   '"CFBundleLocalizations": ["en", "zh_CN"]'):
        assert needed in text, needed
    assert manifest.APP_ID == APP_ID


def test_every_resource_the_app_reads_is_bundled() -> None:
    bundled = {Path(source).resolve(): Path(folder) for source, folder in manifest.data_files()}
    resources = ROOT / "resources"
    wanted = [
        *resources.glob("fonts/*"), *resources.glob("i18n/*.qm"),
        *(resources / "icons" / f"jieqing-{size}.png" for size in PNG_SIZES),
        resources / "lpr.json", resources / "platforms.json",
    ]
    assert len(list(resources.glob("i18n/*.qm"))) == 2, "compile translations first"
    for path in wanted:
        assert path.resolve() in bundled, path
        assert bundled[path.resolve()] == Path("resources") / path.parent.relative_to(resources)
    for name in ("desktop", "mime.xml", "metainfo.xml"):
        assert bundled[PACKAGING / "linux" / f"{APP_ID}.{name}"] == Path("resources/linux")
    assert bundled[ROOT / "LICENSE"] == Path(".")


def test_every_command_module_is_a_hidden_import() -> None:
    hidden = set(manifest.hidden_imports())
    assert set(COMMAND_MODULES) <= hidden
    assert {"vault.cli", "ui.main", "ui.app", "ui.desktop_entry"} <= hidden
    assert {"PySide6.QtPdf", "PySide6.QtCharts", "PySide6.QtMultimedia", "pillow_heif"} <= hidden


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_nothing_we_import_is_excluded() -> None:
    used = {
        name
        for package in manifest.OUR_PACKAGES
        for path in (ROOT / package).rglob("*.py")
        for name in imported_modules(path)
    } | set(manifest.EXTRA_HIDDEN_IMPORTS)
    excluded = {
        name for name in used
        for exclude in manifest.EXCLUDES
        if name == exclude or name.startswith(exclude + ".")
    }
    assert not excluded


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
        ("PySide6\\Qt6VirtualKeyboard.dll", False),
        ("PySide6/Qt/lib/QtVirtualKeyboard.framework/Versions/A/QtVirtualKeyboard", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),  # the multimedia plugin links it
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("resources/i18n/jieqing_zh_CN.qm", True),
        ("pillow_heif.libs/libheif.so.1", True),
    ],
)
def test_bundle_filter(dest: str, kept: bool) -> None:
    assert manifest.keep_in_bundle(dest) is kept


# -- Linux desktop files ---------------------------------------------------------------------


def read_desktop(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_desktop_file_has_the_required_keys() -> None:
    entry = read_desktop((PACKAGING / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8"))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Jieqing"
    assert entry["Name[zh_CN]"] == "结清"
    assert entry["Comment"] and entry["Comment[zh_CN]"]
    assert entry["Exec"] == "jieqing %f"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert {"Office", "Finance"} <= set(entry["Categories"].split(";"))
    assert set(filter(None, entry["MimeType"].split(";"))) == set(MIME_TYPES)


def test_mime_types_declare_both_file_types() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}.mime.xml").getroot()
    declared = {
        node.get("type"): [glob.get("pattern") for glob in node.findall("m:glob", ns)]
        for node in root.findall("m:mime-type", ns)
    }
    assert declared == {mime: [glob] for mime, glob in MIME_TYPES.items()}


def test_metainfo_is_well_formed_with_the_required_elements() -> None:
    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "Apache-2.0"
    for element in ("name", "summary", "description", "content_rating", "releases", "url"):
        assert root.find(element) is not None, element
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"
    assert {m.text for m in root.findall("provides/mediatype")} == set(MIME_TYPES)


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- Windows installer -----------------------------------------------------------------------


def inno_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_inno_script_associates_both_types_and_keeps_user_data() -> None:
    sections = inno_sections((PACKAGING / "windows" / "jieqing.iss").read_text(encoding="utf-8"))
    registry = "\n".join(sections["Registry"])
    for extension, progid in ((".jqvault", "Jieqing.Vault"), (".jqbak", "Jieqing.Backup")):
        assert f'Subkey: "Software\\Classes\\{extension}"; ValueType: string; ValueName: ""; ' \
               f'ValueData: "{progid}"' in registry
        assert f'Software\\Classes\\{progid}\\shell\\open\\command' in registry
    assert "ChangesAssociations=yes" in sections["Setup"]
    # Nothing of the user's is ever deleted: no [UninstallDelete], no data-folder entries.
    assert "UninstallDelete" not in sections
    assert not any(re.search(r"userappdata|localappdata|userdocs|APPDATA", line)
                   for name in ("Files", "Dirs", "InstallDelete") for line in sections.get(name, []))
    languages = "\n".join(sections["Languages"])
    assert "ChineseSimplified.isl" in languages and "Default.isl" in languages
    assert any("desktopicon" in line for line in sections["Tasks"])
    assert any(line.startswith('Name: "{group}') for line in sections["Icons"])
    code = "\n".join(sections["Code"])
    assert "usPostUninstall" in code and "DataKept" in code


# -- icons -----------------------------------------------------------------------------------


def test_icons_exist_in_every_size() -> None:
    for size in PNG_SIZES:
        with Image.open(ROOT / "resources" / "icons" / f"jieqing-{size}.png") as image:
            assert image.size == (size, size)
    with Image.open(PACKAGING / "icons" / "jieqing.ico") as ico:
        assert ico.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(PACKAGING / "icons" / "jieqing.icns") as icns:
        assert icns.format == "ICNS"
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 1), (512, 512, 2)} <= set(icns.info["sizes"])


# -- jieqing --install-desktop-entry ---------------------------------------------------------


def entry_files(home: Path) -> list[Path]:
    return [
        home / "applications" / f"{APP_ID}.desktop",
        home / "mime" / "packages" / f"{APP_ID}.xml",
        *(home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in PNG_SIZES),
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop entry is for Linux")
def test_install_and_uninstall_the_desktop_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    vault = home / "Jieqing" / "Jieqing" / "vault.jqvault"  # the user's data, never touched
    vault.parent.mkdir(parents=True)
    vault.write_bytes(b"records")

    assert main(["--install-desktop-entry"]) == 0
    out = capsys.readouterr().out
    for path in entry_files(home):
        assert path.is_file(), path
        assert f"Installed {path}" in out
    entry = read_desktop((home / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8"))
    assert entry["Exec"].endswith(" %f") and entry["Icon"] == APP_ID
    assert entry["TryExec"] == desktop_entry.launch_command()[0]
    assert Path(entry["TryExec"]).is_file()
    with Image.open(home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png") as icon:
        assert icon.size == (48, 48)
    if shutil.which("update-mime-database"):
        assert "*.jqvault" in (home / "mime" / "globs2").read_text(encoding="utf-8")

    assert main(["--install-desktop-entry"]) == 0  # idempotent
    again = capsys.readouterr().out
    assert "Installed" not in again and again.count("Unchanged") == len(entry_files(home))

    assert main(["--uninstall-desktop-entry"]) == 0
    out = capsys.readouterr().out
    for path in entry_files(home):
        assert not path.exists(), path
        assert f"Removed {path}" in out
    assert vault.read_bytes() == b"records"
    if shutil.which("update-mime-database"):
        assert "jqvault" not in (home / "mime" / "globs2").read_text(encoding="utf-8")


def test_xdg_data_home_must_be_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_entry.data_home() == tmp_path / ".local" / "share"


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("/usr/bin/jieqing", "/usr/bin/jieqing"),
        ("/home/a b/jieqing", '"/home/a b/jieqing"'),
        ('/x/"$`\\', '"/x/\\"\\$\\`\\\\"'),
        ("/x/100%", "/x/100%%"),
    ],
)
def test_exec_arguments_are_quoted(argument: str, quoted: str) -> None:
    assert desktop_entry.exec_argument(argument) == quoted


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop entry is for Linux")
def test_desktop_entry_runs_without_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from ui.main import main\n"
        "code = main(['--install-desktop-entry'])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
        "sys.exit(code)\n"
    )
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    entry = read_desktop((tmp_path / "share" / "applications" / f"{APP_ID}.desktop")
                         .read_text(encoding="utf-8"))
    assert entry["Exec"] == f"{sys.executable} -m ui.main %f" or " " in sys.executable
