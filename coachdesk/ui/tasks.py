"""Running long work off the UI thread, with progress and cancel.

The work is a plain function that gets a ``Progress`` object: it reports a
percentage and checks ``cancelled``. It never touches widgets; the result or
the error comes back to the UI thread through signals.
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
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


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
        if self._on_failure:
            self._on_failure(error)
        self.finished.emit()

    def start(self) -> BackgroundOperation:
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self.progress.cancel()


def run_with_progress(parent: QWidget, title: str, work: Callable[[Progress], Any], *,
                      on_success: Callable[[Any], None], on_failure: Callable[[Exception], None]) -> BackgroundOperation:
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
