"""The team: its members, their roles (from the signed roster) and when they last synced; sync now."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError
from coachdesk.domain.labels import choice_label
from coachdesk.services import team
from coachdesk.ui.context import AppContext
from coachdesk.ui.widgets.messages import error_label


class TeamScreen(QWidget):
    synced = Signal(dict)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team-screen")
        self.context = context
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("team-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("team-members")
        self.table.setAccessibleName(self.tr("Team members"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Last seen")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync-now")
        self.sync_button.clicked.connect(self.sync_now)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.problems = QLabel()
        self.problems.setObjectName("team-problems")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        self.error = error_label("team-error")
        layout.addWidget(self.error)
        self.reload()

    def reload(self) -> None:
        try:
            rows = team.members(self.context.database)
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            rows = []
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            role = choice_label(m.CoachRole(row["role"]))
            for column, value in enumerate((row["name"], role, (row["last_seen"] or "—").replace("T", " "))):
                self.table.setItem(index, column, QTableWidgetItem(value))
        with self.context.database.session() as session:
            last = team.last_sync(session)
        self.status.setText(self.tr("Last sync: %s") % (last.replace("T", " ") if last else self.tr("never")))

    def sync_now(self) -> dict | None:
        self.error.hide()
        try:
            result = team.sync(self.context.database)
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return None
        self.problems.setText("\n".join(result["problems"]))
        self.reload()
        self.context.notify(*("students", "placements", "visits", "risks", "employers", "events", "schemes", "help"))
        self.synced.emit(result)
        return result
