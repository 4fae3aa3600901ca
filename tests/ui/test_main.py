"""`jieqing`: commands go to the command line without Qt; otherwise the app starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.main import is_cli


def run_jieqing(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"), **env,
    )
    return subprocess.run(
        [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())", *args],
        capture_output=True, text=True, env=environment, timeout=60,
    )


@pytest.mark.parametrize(
    ("argv", "cli"),
    [
        ([], False), (["--smoke"], False), (["v.jqvault"], False), (["-style", "fusion"], False),
        (["--version"], True), (["-h"], True), (["--help"], True), (["calc", "schedule"], True),
        (["backup", "export"], True), (["exprot", "json", "a.jqvault"], True),
        (["some/folder/old-name"], False), (["C:\\Users\\a\\v"], False),
    ],
)
def test_dispatch(argv: list[str], cli: bool) -> None:
    assert is_cli(argv) is cli


def test_a_command_wins_over_a_folder_of_the_same_name(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "backup").mkdir()
    monkeypatch.chdir(tmp_path)
    assert is_cli(["backup", "v.jqvault", "out.jqbak"])
    assert not is_cli(["v.jqvault"])


def test_a_mistyped_command_is_named_on_the_command_line(tmp_path: Path) -> None:
    result = run_jieqing(["exprot", "json", "a.jqvault", "o.json"], tmp_path)
    assert result.returncode == 2
    assert "exprot" in result.stderr and "Traceback" not in result.stderr


def test_commands_run_without_importing_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from ui.main import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as done:\n    code = done.code\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Jieqing ")


def test_smoke_starts_the_app_and_exits_cleanly(tmp_path: Path) -> None:
    result = run_jieqing(["--smoke"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    heavy = ("reportlab", "PIL", "pypdf", "PySide6.QtCharts", "PySide6.QtPdf")
    code = (
        "import sys; from ui.main import main\n"
        "code = main(['--smoke'])\n"
        f"loaded = [m for m in {heavy!r} if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "sys.exit(code)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"))
    light = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, timeout=60)
    assert light.returncode == 0, light.stderr


@pytest.mark.parametrize(("lang", "expected"), [("zh_CN.UTF-8", "zh_CN"), ("en_US.UTF-8", "en"),
                                                 ("fr_FR.UTF-8", "en")])
def test_the_language_follows_the_system_by_default(tmp_path: Path, lang: str,
                                                      expected: str) -> None:
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.i18n import Translations\n"
        "app = QApplication([])\n"
        "print(Translations().use(''), QApplication.translate('Messages', 'permission denied'))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG=lang, LC_ALL=lang,
               LANGUAGE="")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    language, _, text = result.stdout.strip().partition(" ")
    assert language == expected
    assert text == ("没有权限" if expected == "zh_CN" else "permission denied")
