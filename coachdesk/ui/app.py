"""Starting the desktop app: open the data folder, first-start welcome, main window."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QSettings,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk import APP_NAME, __version__
from coachdesk.domain.errors import DamagedDataFile, UserError
from coachdesk.domain.i18n import current_language, set_language
from coachdesk.resources import resources_dir
from coachdesk.ui.tasks import collect_garbage_on_ui_thread

_translators: list[QTranslator] = []


class EnglishPlurals(QTranslator):
    """English is the source text, with "(s)" where the plural goes: "%n student(s)" shows as "1 student", "3 students"."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        if n < 0 or not source or "(s)" not in source:
            return None  # not translated (a null string): Qt shows the source
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install_language(app: QApplication, language: str) -> None:
    """Load the app's and Qt's own translations; English is the source text and needs none."""
    set_language(language)
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if language == "en":
        english = EnglishPlurals(app)
        app.installTranslator(english)
        _translators.append(english)
        return
    for name, folder in ((f"coachdesk_{language}", resources_dir() / "translations"),
                         (f"qtbase_{language}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _translators.append(translator)


def install_exception_hooks() -> None:
    """An error nobody caught is logged (without personal data) and told to the user, instead of vanishing."""
    import threading

    from coachdesk.storage.logbook import log_failure

    def on_ui_thread(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            return sys.__excepthook__(kind, error, trace)
        from coachdesk.ui.tasks import report_failure

        report_failure(error.with_traceback(trace), None, "unhandled")

    sys.excepthook = on_ui_thread
    threading.excepthook = lambda hook: log_failure(f"thread {hook.thread.name if hook.thread else '?'}", hook.exc_value)  # type: ignore[arg-type]


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "coachdesk.svg")))
    collect_garbage_on_ui_thread(app)
    return app  # type: ignore[return-value]


def read_only_text(data_dir: Path) -> str | None:
    """What to say when the data folder cannot be written (a read-only share or medium), in words that name the folder
    rather than a lock file inside it; None when the folder is writable (the error is another one)."""
    import errno
    import tempfile

    if not data_dir.is_dir():
        return None
    try:
        with tempfile.TemporaryFile(dir=data_dir):
            return None
    except OSError as error:
        if error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            return None
    return QCoreApplication.translate("Startup", "The data folder {path} is read-only: CoachDesk cannot save anything in it. Copy the folder "
                                      "to a place where you may write (such as your own Documents folder) and open it there, or ask ICT "
                                      "for permission to write in it.").format(path=data_dir)


def window_state_for(data_dir: Path) -> QSettings:
    # Window layout is kept beside the data it shows, so each data folder (and each test) has its own.
    return QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)


def offer_latest_backup(data_dir: Path, passphrase: str, damage: Exception) -> bool:
    """The data file cannot be read: offer the newest good backup instead of stopping. True when restored."""
    from datetime import datetime

    from coachdesk.storage.backups import latest_good_backup, restore

    backup = latest_good_backup(data_dir, passphrase)
    if backup is None:
        QMessageBox.critical(None, APP_NAME, str(damage))
        return False
    made = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%d-%m-%Y %H:%M")
    question = QCoreApplication.translate("Startup", "The data file cannot be read; it may be damaged.\n\nRestore the latest backup, made on {made}? "
                                          "The damaged file is kept in the backups folder.").format(made=made)
    if QMessageBox.question(None, APP_NAME, question) != QMessageBox.StandardButton.Yes:
        return False
    restore(data_dir, backup, passphrase)
    return True


def _open_or_damage(data_dir: Path, passphrase: str):
    from coachdesk.services.workspace import open_workspace

    try:
        return open_workspace(data_dir, passphrase)
    except DamagedDataFile as damage:
        return damage  # met after the passphrase dialog, with the offer of a backup


def passphrase_dialog(data_dir: Path, attempt):
    """Unlock an encrypted folder; choose a passphrase for a new one or for an older, unencrypted one."""
    from coachdesk.storage.fileformat import is_encrypted
    from coachdesk.storage.paths import DATA_FILE_NAME
    from coachdesk.ui.dialogs.lock import NewPassphraseDialog, UnlockDialog

    path = data_dir / DATA_FILE_NAME
    if is_encrypted(path):
        return UnlockDialog(str(data_dir), attempt)
    keep_it_safe = QCoreApplication.translate("Startup", "Without the passphrase nobody can open the data, not even a helpdesk: keep it somewhere safe, away from the laptop.")
    if path.exists() and path.stat().st_size:
        return NewPassphraseDialog(
            QCoreApplication.translate("Startup", "Protect the data with a passphrase"),
            QCoreApplication.translate("Startup", "From now on CoachDesk encrypts the data on this laptop, so that a lost or stolen laptop does not expose "
               "anything about the students. Choose a passphrase of at least 10 characters; a backup is made first.") + "\n\n" + keep_it_safe,
            QCoreApplication.translate("Startup", "Encrypt and open"), attempt)
    return NewPassphraseDialog(
        QCoreApplication.translate("Startup", "Choose a passphrase"),
        QCoreApplication.translate("Startup", "CoachDesk encrypts the data on this laptop, so that a lost or stolen laptop does not expose anything about "
           "the students. Choose a passphrase of at least 10 characters: a short sentence is easy to remember and hard to guess.")
        + "\n\n" + keep_it_safe,
        QCoreApplication.translate("Startup", "Next"), attempt)


# What opening the data and showing the main window needs: most of the start-up time is loading these.
MODULES_AFTER_UNLOCKING = ("coachdesk.services.workspace", "coachdesk.storage.backups", "coachdesk.ui.context", "coachdesk.ui.dialogs.welcome", "coachdesk.ui.mainwindow")


def load_in_background(module_names: tuple[str, ...]) -> None:
    """Import modules in a background thread, while the user types the passphrase.

    Importing defines classes but creates no widgets, so it is safe off the UI
    thread; an import the UI thread reaches meanwhile waits for it to finish.
    """
    import importlib
    import threading

    threading.Thread(target=lambda: [importlib.import_module(name) for name in module_names], daemon=True,
                     name="load-modules").start()


def open_data_folder(data_dir: Path, passphrase: str | None = None):
    """The data folder opened with its passphrase (asked for unless given), or None when the user gave up."""
    if passphrase is None:
        load_in_background(MODULES_AFTER_UNLOCKING)
        dialog = passphrase_dialog(data_dir, lambda typed: _open_or_damage(data_dir, typed))
        if dialog.exec() != dialog.DialogCode.Accepted:
            return None
        outcome, passphrase = dialog.outcome, dialog.passphrase
    else:
        outcome = _open_or_damage(data_dir, passphrase)
    if isinstance(outcome, DamagedDataFile):
        if not offer_latest_backup(data_dir, passphrase, outcome):
            return None
        outcome = _open_or_damage(data_dir, passphrase)
        if isinstance(outcome, DamagedDataFile):
            raise outcome
    return outcome


def start(data_dir: Path, passphrase: str | None = None):
    """Open the data folder and show the main window (after the welcome on first start).

    The passphrase is asked for unless given (tests, automation). Returns the main
    window, or None when the user could not get past an error.
    """
    from coachdesk.storage.folderlock import FolderLock

    app = make_application()
    install_language(app, current_language())  # before the data (and its language setting) is open: nl, or COACHDESK_LANG
    lock = FolderLock(data_dir)  # one writer per data folder; held while the app runs
    try:
        lock.acquire()
        database = open_data_folder(data_dir, passphrase)
    except UserError as error:
        QMessageBox.critical(None, APP_NAME, read_only_text(data_dir) or str(error))
        database = None
    if database is None:
        lock.release()  # (nothing to release when another program holds it)
        return None
    from coachdesk.storage.backups import backup_if_due
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.dialogs.welcome import WelcomeDialog
    from coachdesk.ui.mainwindow import MainWindow
    from coachdesk.ui.tasks import BackgroundOperation, report_failure

    context = AppContext(database)
    install_language(app, context.settings.language)
    if context.user is None:
        welcome = WelcomeDialog(context)
        if welcome.exec() != WelcomeDialog.DialogCode.Accepted:
            return None
    window = MainWindow(context, window_state_for(data_dir), on_language_change=lambda language: install_language(app, language))
    window.folder_lock = lock
    window.show()
    if window.team_sync is not None:
        window.team_sync.start()  # at start, then after saves and every few minutes
    # Once a day a backup, made in the background after the window is up, and checked again every hour while the
    # app stays open (pruned as README says). The context's database, not ``database``: a restore replaces it.
    reported: list[BaseException] = []  # a failing backup is told once, not every hour

    def backup_failed(error: BaseException, locks: int) -> None:
        if context.database.locked or context.database.locks != locks:  # locked while it ran: the next check makes it
            return
        if not reported:
            reported.append(error)
            report_failure(error, window, "daily backup")

    def backup_now() -> None:
        if context.database.locked:
            return
        locks = context.database.locks
        window.backup_operation = BackgroundOperation(lambda progress: backup_if_due(context.database), parent=window,
                                                      on_failure=lambda error: backup_failed(error, locks)).start()

    backup_now()
    window.backup_timer = QTimer(window)
    window.backup_timer.setInterval(BACKUP_CHECK_MS)
    window.backup_timer.timeout.connect(backup_now)
    window.backup_timer.start()
    return window


BACKUP_CHECK_MS = 60 * 60 * 1000  # hourly: a backup is made when today's is missing
TEST_PASSPHRASE_FLAG = "COACHDESK_TEST_PASSPHRASE_FROM_ENV"


def passphrase_from_environment() -> str | None:
    """COACHDESK_PASSPHRASE, only for automated tests that set COACHDESK_TEST_PASSPHRASE_FROM_ENV=1; removed from the environment."""
    given = os.environ.pop("COACHDESK_PASSPHRASE", None)
    if os.environ.get(TEST_PASSPHRASE_FLAG) != "1":
        return None
    return given or None


def run_desktop(data_dir: Path) -> int:
    from coachdesk.storage.logbook import logger, start_logging

    start_logging()
    install_exception_hooks()
    app = make_application()
    logger.info("CoachDesk %s started", __version__)
    window = start(data_dir, passphrase_from_environment())  # the desktop app asks; the variable is for automated tests
    if window is None:
        return 2
    if os.environ.get("COACHDESK_QUIT_AFTER_START"):  # for start-up measurements and smoke tests
        QTimer.singleShot(0, app.quit)
    status = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)  # let background work finish before Qt is torn down
    return status
