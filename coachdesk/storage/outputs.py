"""Writing a file the user asked for (``--out``, Save as) without ever harming what is there.

A target inside the data folder (the data file, its log, the backups) is refused,
as is anything that is not a regular file (a folder where a file is meant, a
device, a socket). An existing file is replaced only when the user said so
(``--force``, or yes in the save dialog). Files are written under a temporary
name, synced, and renamed into place, so a reader never sees half a file.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Cannot write {path} ({reason}). Choose another place.")
MSG_IN_DATA_FOLDER = QT_TRANSLATE_NOOP("Errors", "{path} is inside the data folder {folder}; CoachDesk never writes there on request. Choose another place.")
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP("Errors", "{path} is not an ordinary file; CoachDesk will not replace it. Choose another name.")
MSG_NOT_A_FOLDER = QT_TRANSLATE_NOOP("Errors", "{path} exists and is not a folder. Give a folder, or a new name for one.")
MSG_EXISTS = QT_TRANSLATE_NOOP("Errors", "{path} exists already. Choose a new name, or add --force to replace it.")


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def check_output(path: Path, *, data_dir: Path | None, force: bool = False, folder: bool = False) -> Path:
    """``path`` made absolute, if it may be written; else a UserError that says what to do instead."""
    path = Path(path).expanduser().absolute()
    if data_dir is not None and _inside(path, Path(data_dir)):
        raise UserError(MSG_IN_DATA_FOLDER, path=path, folder=data_dir)
    try:
        info = path.stat()
    except FileNotFoundError:
        return path
    except OSError as error:
        raise UserError(MSG_CANNOT_WRITE, path=path, reason=error.strerror or error) from None
    if folder:
        if not stat.S_ISDIR(info.st_mode):
            raise UserError(MSG_NOT_A_FOLDER, path=path)
        return path
    if not stat.S_ISREG(info.st_mode):
        raise UserError(MSG_NOT_A_FILE, path=path)
    if not force:
        raise UserError(MSG_EXISTS, path=path)
    return path


def write_atomically(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path`` as a whole: a temporary file, synced, then renamed into place."""
    temporary = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(MSG_CANNOT_WRITE, path=path, reason=error.strerror or error) from None
