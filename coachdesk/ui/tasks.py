"""Running work on the data: at once (a form's save) or off the UI thread, with progress and cancel.

``perform`` and ``run_operation`` are the two ways a screen changes data. Both
run a plain function of a session in its own transaction
(``services.operations.run_in_transaction``) and then announce the kinds it
changed, so every screen refreshes for exactly those. Background work gets a
``Progress`` object and explicit inputs: it never reads or touches a widget;
its result or error comes back to the UI thread through signals. A failure
nobody handles goes to ``report_failure``: the user is told in plain words and
the log gets the error without personal data.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from coachdesk.domain.errors import UserError
from coachdesk.storage.logbook import log_failure, log_file


class Cancelled(Exception):
    pass


class Progress:
    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, percent: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        _Runnable._emit(self._signals.progress, int(percent), text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    progress = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.work, self.signals, self.progress = work, signals, progress

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self._emit(self.signals.cancelled)
        except Exception as error:  # noqa: BLE001 - handed to the UI thread to show
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.cancelled if self.progress.cancelled else self.signals.succeeded, *(() if self.progress.cancelled else (result,)))

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the screen that asked for the work was closed meanwhile: nobody is waiting for the answer


class BackgroundOperation(QObject):
    """One piece of long work. Keep a reference until it has finished."""

    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any], *, on_success: Callable[[Any], None] | None = None,
                 on_failure: Callable[[Exception], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self._runnable = _Runnable(work, self.signals, self.progress)
        self._runnable.setAutoDelete(False)
        self._on_success, self._on_failure = on_success, on_failure
        # Bound methods of this object, not the callables themselves: when the screen that asked
        # for the work (and with it this object) is gone, Qt drops the answer instead of calling
        # into deleted widgets.
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self.finished)

    def _succeeded(self, result: Any) -> None:
        if self._on_success:
            self._on_success(result)
        self.finished.emit()

    def _failed(self, error: Exception) -> None:
        (self._on_failure or report_failure)(error)
        self.finished.emit()

    def start(self) -> BackgroundOperation:
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self.progress.cancel()


def run_with_progress(parent: QWidget, title: str, work: Callable[[Progress], Any], *,
                      on_success: Callable[[Any], None], on_failure: Callable[[Exception], None] | None = None) -> BackgroundOperation:
    """Run ``work`` in the background behind a progress dialog with a Cancel button."""
    dialog = QProgressDialog(title, QCoreApplication.translate("BackgroundOperation", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)  # quick work finishes without a dialog flashing up
    dialog.setAutoClose(True)
    operation = BackgroundOperation(work, on_success=on_success, on_failure=on_failure, parent=parent)
    operation.signals.progress.connect(lambda percent, text: (dialog.setValue(percent), text and dialog.setLabelText(text)))
    dialog.canceled.connect(operation.cancel)
    operation.finished.connect(dialog.reset)
    operation.finished.connect(dialog.deleteLater)
    return operation.start()


def failure_text(error: BaseException) -> str:
    """What the user is told: a user error as it is; anything else in plain words, pointing at the log."""
    if isinstance(error, UserError):
        return str(error)
    return QCoreApplication.translate(
        "BackgroundOperation", "Something went wrong and this was not finished. What was saved before is safe. "
        "Try again; if it happens again, send the log file {path} to your IT contact (it holds no student data).").format(path=log_file())


def report_failure(error: BaseException, parent: QWidget | None = None, what: str = "operation") -> None:
    """The default failure path: the log gets the error (without personal data), the user a plain message."""
    log_failure(what, error)
    QMessageBox.warning(parent or QApplication.activeWindow(), QCoreApplication.translate("BackgroundOperation", "Not done"), failure_text(error))


def perform(context, work: Callable[[Any], Any]) -> Any:
    """Run ``work(session)`` at once in its own transaction; the screens refresh for the kinds it changed.

    A refusal (UserError) is raised to the caller, which shows it where the user is looking.
    """
    from coachdesk.services.operations import run_in_transaction

    result = run_in_transaction(context.database, work)
    context.notify(*result.changed, records=result.records)
    return result.value


def run_operation(parent: QWidget, context, title: str, work: Callable[[Any, Progress], Any], *,
                  on_success: Callable[[Any], None] = lambda value: None,
                  on_failure: Callable[[Exception], None] | None = None) -> BackgroundOperation:
    """Run ``work(session, progress)`` in the background in its own transaction, behind a progress dialog.

    ``work`` gets its inputs as arguments (never from widgets). Afterwards the screens refresh
    for the kinds it changed, then ``on_success`` gets its result on the UI thread.
    """
    from coachdesk.services.operations import run_in_transaction

    database = context.database

    def succeeded(result) -> None:
        context.notify(*result.changed, records=result.records)
        on_success(result.value)

    return run_with_progress(parent, title, lambda progress: run_in_transaction(database, lambda session: work(session, progress)),
                             on_success=succeeded, on_failure=on_failure or (lambda error: report_failure(error, parent, title)))


@contextmanager
def busy_cursor() -> Iterator[None]:
    """For the few seconds of work that must finish before the user goes on (opening, re-keying, restoring)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class MainThreadGarbageCollector(QObject):
    """Python's cyclic garbage collection, but only ever on the UI thread.

    Left automatic, a collection can start in a background thread and destroy
    Qt objects there, which crashes Qt. So automatic collection is switched off
    and this timer collects on the UI thread, generation by generation, as
    Python's own thresholds would.
    """

    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        gc.disable()
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                break


def collect_garbage_on_ui_thread(app: QObject) -> None:
    if not any(isinstance(child, MainThreadGarbageCollector) for child in app.children()):
        MainThreadGarbageCollector(app)
