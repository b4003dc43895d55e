"""Translation of the core's messages without Qt, with plural forms, and a fixed language for documents.

The whole app has one catalogue: Qt Linguist's ``resources/translations/coachdesk_<lang>.ts``.
Source strings are English; Dutch is the default language. The desktop app
loads the compiled ``.qm`` through ``QTranslator``; the Qt-free core and the
command line read the same ``.ts`` file here, so a message reads the same in
the window and in the terminal.

Core strings are marked with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` finds them; a text with a count is written with ``%n`` and
translated as ``translate(context, text, None, n)``, which lupdate records with
its plural forms. Documents are always Dutch: their builders run inside
``in_language("nl")``, which holds for the current thread only, so a toolkit made
in the background does not change the language of the screens.
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, wraps
from typing import Any, TypeVar

from coachdesk.resources import resources_dir

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")
_language = os.environ.get("COACHDESK_LANG", DEFAULT_LANGUAGE)
F = TypeVar("F", bound=Callable[..., Any])
_fixed_language: ContextVar[str | None] = ContextVar("coachdesk_language", default=None)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _fixed_language.get() or _language


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """Translate into ``language`` within this block, on this thread only (documents: always Dutch)."""
    token = _fixed_language.set(language)
    try:
        yield
    finally:
        _fixed_language.reset(token)


def in_dutch(function: F) -> F:
    """For a document builder: whatever the interface language, the document is Dutch."""
    @wraps(function)
    def dutch(*args, **kwargs):
        with in_language("nl"):
            return function(*args, **kwargs)
    return dutch  # type: ignore[return-value]


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    path = resources_dir() / "translations" / f"coachdesk_{language}.ts"
    if not path.exists():
        return {}
    catalogue: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if forms:
                catalogue[(name, message.findtext("source", ""))] = forms
            elif translation.text:
                catalogue[(name, message.findtext("source", ""))] = translation.text
    return catalogue


def _plural_form(language: str, n: int) -> int:
    return 0 if n == 1 else 1  # Dutch and English: one, other


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language; with ``n``, the plural form for ``n`` with ``%n`` filled in."""
    language = current_language()
    found = None if language == "en" else _catalogue(language).get((context, text))
    if n < 0:
        return found if isinstance(found, str) else text
    if isinstance(found, tuple) and found:
        chosen = found[min(_plural_form(language, n), len(found) - 1)]
    else:  # the English source: "%n toolkit(s)" -> "1 toolkit", "3 toolkits"
        chosen = text.replace("(s)", "" if n == 1 else "s")
    return chosen.replace("%n", str(n))
