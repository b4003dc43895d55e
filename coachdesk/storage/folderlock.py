"""One program at a time writes a data folder: a second one is told so instead of corrupting anything."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from coachdesk.domain.errors import DataFileError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

LOCK_FILE_NAME = ".coachdesk.lock"
MSG_LOCK_UNUSABLE = QT_TRANSLATE_NOOP(
    "Errors", "The lock file {path} cannot be used ({reason}). If CoachDesk is not open anywhere, remove {path} and try again.")
MSG_IN_USE = QT_TRANSLATE_NOOP("Errors", "CoachDesk is already open on the data folder {path}. Close it there first, then try again.")


class FolderLock:
    """An exclusive lock on a data folder, held while a program may write to it.

    The operating system releases it when the process ends, also after a crash.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_FILE_NAME
        self._file: BinaryIO | None = None

    def acquire(self) -> FolderLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")  # noqa: SIM115 - held open for as long as the lock is
        except OSError as error:  # a folder of that name, another user's file, a name too long
            raise DataFileError(MSG_LOCK_UNUSABLE, path=self.path, reason=error.strerror or error) from None
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise DataFileError(MSG_IN_USE, path=self.path.parent) from None
        self._file = handle
        return self

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the lock
            self._file = None

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
