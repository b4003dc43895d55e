"""Translation of the core's messages without Qt.

The whole app has one catalogue: Qt Linguist's ``resources/translations/coachdesk_<lang>.ts``.
Source strings are English; Dutch is the default language. The desktop app
loads the compiled ``.qm`` through ``QTranslator``; the Qt-free core and the
command line read the same ``.ts`` file here, so a message reads the same in
the window and in the terminal.

Core strings are marked with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` finds them.
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache

from coachdesk.resources import resources_dir

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")
_language = os.environ.get("COACHDESK_LANG", DEFAULT_LANGUAGE)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _language


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = resources_dir() / "translations" / f"coachdesk_{language}.ts"
    if not path.exists():
        return {}
    catalogue: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or not translation.text or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            catalogue[(name, message.findtext("source", ""))] = translation.text
    return catalogue


def translate(context: str, text: str) -> str:
    if _language == "en":
        return text
    return _catalogue(_language).get((context, text), text)
