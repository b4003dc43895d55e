"""Opening a data folder the way every entry point (desktop, command line) does."""
from __future__ import annotations

from pathlib import Path

import coachdesk.sync.outbox  # noqa: F401 - registers the session hook that shares saved changes with the team
from coachdesk.services.catalogue import install_default_catalogue
from coachdesk.storage.database import Database, open_database


def open_workspace(data_dir: Path, passphrase: str) -> Database:
    database = open_database(data_dir, passphrase)
    with database.transaction() as session:
        install_default_catalogue(session)
    return database
