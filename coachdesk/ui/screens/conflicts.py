"""Items to check ("Te controleren"): values two members changed at the same time; keep mine or theirs."""
from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import translate
from coachdesk.domain.schema import FIELD_LABELS, KINDS
from coachdesk.services import team
from coachdesk.ui.context import AppContext
from coachdesk.ui.widgets.formatting import format_datetime
from coachdesk.ui.widgets.messages import error_label


def _text(value: object) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictsScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts-screen")
        self.context = context
        self.items: list[dict] = []
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Two members changed the same field before seeing each other's change. "
                                    "The team already agrees on one value; check it, and keep yours or theirs."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("conflicts-table")
        self.table.setAccessibleName(self.tr("Items to check"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("About"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"),
                                              self.tr("Changed by"), self.tr("When")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self._resolve("theirs"))
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.empty = QLabel(self.tr("Nothing to check."))
        layout.addWidget(self.empty)
        self.error = error_label("conflicts-error")
        layout.addWidget(self.error)
        self.reload()

    def reload(self) -> None:
        with self.context.database.session() as session:
            self.items = team.list_conflicts(session)
            about = [team.conflict_subject(session, item["kind"], item["record_id"]) for item in self.items]
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            kind = KINDS.get(item["kind"])
            field = FIELD_LABELS.get(item["field"], item["field"])
            shown = (translate("Kinds", kind.singular) if kind else item["kind"], about[row], translate("Fields", field),
                     _text(item["mine"]), _text(item["theirs"]), item["by"], format_datetime(datetime.fromisoformat(item["at"]).astimezone()))
            for column, value in enumerate(shown):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self.table.resizeColumnsToContents()
        if self.items:
            self.table.selectRow(0)
        self.empty.setVisible(not self.items)
        self.keep_mine.setEnabled(bool(self.items))
        self.keep_theirs.setEnabled(bool(self.items))

    def _resolve(self, keep: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        self.error.hide()
        try:
            with self.context.database.transaction() as session:
                team.resolve_conflict(session, item["id"], keep)
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.context.notify(item["kind"], "conflicts")
        self.reload()
