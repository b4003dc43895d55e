"""Sharing with the team in the background: at start, shortly after a save, every few minutes and on demand.

One sync at a time, on a worker thread; what it received refreshes the screens (as any operation's result does);
the status bar says when the team was last reached, what waits, and what went wrong in plain words. A failing
background sync never interrupts the user with a dialog: the status bar tells it, the "Sync now" button shows it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from coachdesk.domain import clock
from coachdesk.services import team
from coachdesk.services.operations import EVERY_KIND
from coachdesk.ui.context import AppContext
from coachdesk.ui.tasks import BackgroundOperation, failure_text

EVERY_MS = 5 * 60 * 1000  # the team's changes arrive within five minutes while the app is open
AFTER_SAVE_MS = 20 * 1000  # a save is shared soon, but a burst of saves goes in one bundle


class TeamSync(QObject):
    """The one place that starts a sync in the app; ``status`` carries the text for the status bar."""

    status = Signal(str)
    finished = Signal(dict)  # the result of a sync: {"sent", "received", "conflicts", "problems"}
    failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operation: BackgroundOperation | None = None
        self.again = False  # a save came in while a sync ran: one more afterwards
        self._notifying = False
        self.last_text = ""
        self.every = QTimer(self)
        self.every.setInterval(EVERY_MS)
        self.every.timeout.connect(self.sync_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_SAVE_MS)
        self.soon.timeout.connect(self.sync_now)
        context.changed.connect(self._saved)

    def start(self) -> None:
        self.every.start()
        self.sync_now()

    def stop(self) -> None:
        self.every.stop()
        self.soon.stop()

    @property
    def running(self) -> bool:
        return self.operation is not None

    def _saved(self, kinds: set) -> None:
        if not self._notifying and kinds - {"conflicts"}:
            self.soon.start()

    def sync_now(self, on_done: Callable[[dict], None] | None = None) -> None:
        if self.operation is not None or self.context.database.locked:  # locked: the key is gone until unlocked
            self.again = True
            return
        database = self.context.database
        self._show(self.tr("Sharing with the team…"))
        locks = database.locks
        self.operation = BackgroundOperation(lambda progress: team.sync(database), parent=self,
                                             on_success=lambda result: self._done(result, on_done),
                                             on_failure=lambda error: self._failed(error, locks)).start()

    def _done(self, result: dict, on_done: Callable[[dict], None] | None) -> None:
        self.operation = None
        if result["received"] or result["conflicts"]:
            self._notifying = True  # what arrived is not a save of ours: no new sync for it
            try:
                self.context.notify(*EVERY_KIND, "conflicts")
            finally:
                self._notifying = False
        self._show(self.summary(result))
        self.finished.emit(result)
        if on_done:
            on_done(result)
        self._again()

    def _failed(self, error: BaseException, locks: int) -> None:
        self.operation = None
        if self.context.database.locked or self.context.database.locks != locks:  # locked while it ran: it runs again
            self.again = True
            return
        text = failure_text(error)
        self._show(self.tr("Not shared with the team: %s") % text)
        self.failed.emit(text)
        self._again()

    def _again(self) -> None:
        if self.again:
            self.again = False
            self.soon.start()

    def summary(self, result: dict) -> str:
        with self.context.database.session() as session:
            waiting = team.count_conflicts(session)
        parts = [self.tr("Shared with the team at %s") % f"{clock.now():%H:%M}"]
        if waiting:
            parts.append(self.tr("%n item(s) to check", "", waiting))
        if result["problems"]:
            parts.append(self.tr("%n problem(s): see Team", "", len(result["problems"])))
        return " · ".join(parts)

    def _show(self, text: str) -> None:
        self.last_text = text
        self.status.emit(text)
