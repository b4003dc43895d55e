"""Every path the app uses, in one place, each overridable for tests and portable builds."""
from __future__ import annotations

import os
from pathlib import Path

from coachdesk import APP_NAME

DATA_DIR_ENV = "COACHDESK_DATA_DIR"
DATA_FILE_NAME = "coachdesk.sqlite"
BACKUP_DIR_NAME = "backups"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "migrations"
