"""The program's log: a rotating file in the platform's log folder, with no personal data in it.

What goes in is what a maintainer needs to find a fault: the kind of error, where
in the code it happened, and record ids. Never the text of an error message that
may quote stored values (SQL errors quote their parameters), never names or notes.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

from coachdesk import APP_NAME

LOG_DIR_ENV = "COACHDESK_LOG_DIR"
LOG_FILE_NAME = "coachdesk.log"
logger = logging.getLogger("coachdesk")


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def start_logging() -> Path | None:
    """Log to the rotating file (1 MB, 3 kept); the file's path, or None when it cannot be written."""
    if any(isinstance(handler, logging.handlers.RotatingFileHandler) for handler in logger.handlers):
        return log_file()
    try:
        log_dir().mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # a log that cannot be written must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return log_file()


def describe(error: BaseException) -> str:
    """The error without its message: its type and the code path, which hold no personal data."""
    from coachdesk.domain.errors import UserError

    if isinstance(error, UserError):
        return f"{type(error).__name__}: {error.text}"  # the untranslated template, without the values filled in
    frames = "".join(traceback.format_tb(error.__traceback__))
    return f"{type(error).__module__}.{type(error).__name__} (message withheld)\n{frames}".rstrip()


def log_failure(what: str, error: BaseException) -> None:
    logger.error("%s failed: %s", what, describe(error))
