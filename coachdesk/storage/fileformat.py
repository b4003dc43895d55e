"""An encrypted data file told from a plain SQLite one by its first bytes.

Kept apart from ``coachdesk.storage.database`` because the unlock screen needs it before the
database libraries are loaded: loading them is most of the start-up time.
"""
from __future__ import annotations

from pathlib import Path

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def file_header(path: Path) -> bytes:
    """The first 16 bytes: the plain-SQLite signature, or an encrypted file's salt."""
    try:
        with open(path, "rb") as file:
            return file.read(len(PLAIN_SQLITE_HEADER))
    except OSError:  # missing, or not readable: opening it will say what is wrong
        return b""


def is_encrypted(path: Path) -> bool:
    """True for an existing, non-empty file that is not plain SQLite (a SQLCipher file starts with random salt)."""
    head = file_header(path)
    return bool(head) and head != PLAIN_SQLITE_HEADER
