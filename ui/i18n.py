"""Which language the interface speaks: our own .qm catalogue plus Qt's for its dialogs.

Switching installs new translators; Qt then sends every widget a LanguageChange event and
each widget re-runs its `retranslate()` (see the changeEvent overrides).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vault.resources import resource_path

# Code → the language's own name (shown untranslated, so anyone can find their language).
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
FALLBACK = "en"


def system_language() -> str:
    """The language Jieqing uses when the user has not chosen one."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return FALLBACK


def resolve(code: str) -> str:
    return code if code in LANGUAGES else system_language()


class Translations:
    """Owns the installed translators; `use(code)` switches the whole application."""

    def __init__(self) -> None:
        self.language = ""
        self._translators: list[QTranslator] = []

    def use(self, code: str) -> str:
        """Switch to `code` ("" or unknown: the system language); return the code in use."""
        language = resolve(code)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before loading translations")
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        locale = QLocale(language)
        QLocale.setDefault(locale)
        catalogues = [
            (f"jieqing_{language}", str(resource_path("i18n"))),
            (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ]
        for name, folder in catalogues:
            translator = QTranslator(app)
            if translator.load(name, folder):
                QCoreApplication.installTranslator(translator)
                self._translators.append(translator)
        self.language = language
        return language
