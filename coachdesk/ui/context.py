"""What every screen needs: the open data file, who is using the app, and a change notification."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from coachdesk.domain import models as m
from coachdesk.services import team
from coachdesk.services.access import Actor
from coachdesk.services.operations import RecordChanges
from coachdesk.services.settings import Settings, load_settings
from coachdesk.services.users import laptop_user
from coachdesk.storage.database import Database


class Changes(set):
    """The kinds that changed (a set, as every screen reads it), and for some kinds which records exactly."""

    def __init__(self, kinds, records: dict[str, RecordChanges] | None = None) -> None:
        super().__init__(kinds)
        self.records = dict(records or {})


class AppContext(QObject):
    # Emitted after a save with the kinds that changed; each screen decides whether to refresh.
    changed = Signal(set)
    actor_changed = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = Settings()
        self.actor = Actor.system()
        self.user: m.Coach | None = None
        self.team_member = False
        self.reload_settings()

    def reload_settings(self) -> None:
        with self.database.session() as session:
            self.settings = load_settings(session)
            self.user, self.actor = laptop_user(session)
            self.team_member = team.member_entry(session) is not None

    def notify(self, *kinds: str, records: dict[str, RecordChanges] | None = None) -> None:
        """Tell every screen what changed; ``records`` (from the operation) lets a list refresh only those rows."""
        self.changed.emit(Changes(kinds, records))
