"""Opening a data folder the way every entry point (desktop, command line) does."""
from __future__ import annotations

from pathlib import Path

from coachdesk.services.catalogue import install_default_catalogue
from coachdesk.storage.database import Database, Key, open_database


def open_workspace(data_dir: Path, passphrase: str | Key) -> Database:
    database = open_database(data_dir, passphrase)
    with database.transaction() as session:
        install_default_catalogue(session)
    return database
