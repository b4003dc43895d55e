"""Items to check ("Te controleren"): values two members changed at the same time; keep mine or theirs."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import translate
from coachdesk.domain.schema import FIELD_LABELS, KINDS
from coachdesk.services import team
from coachdesk.ui.context import AppContext
from coachdesk.ui.widgets.formatting import format_datetime
from coachdesk.ui.widgets.messages import error_label


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
        self.refused_title = QLabel(self.tr("<b>Refused changes</b>: colleagues' changes their role may not make. "
                                            "Nothing of them was applied; talk to the colleague, or check his role in Team."))
        self.refused_title.setWordWrap(True)
        self.refused = QTableWidget(0, 6)
        self.refused.setObjectName("refused-table")
        self.refused.setAccessibleName(self.tr("Refused changes"))
        self.refused.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("About"), self.tr("Field"), self.tr("Changed by"), self.tr("When"),
                                                self.tr("Why")])
        self.refused.verticalHeader().hide()
        self.refused.horizontalHeader().setStretchLastSection(True)
        self.refused.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for widget in (self.refused_title, self.refused):
            widget.setVisible(context.actor.may_do("read_refused"))
            layout.addWidget(widget, 1 if widget is self.refused else 0)
        self.reload()

    def reload(self) -> None:
        refused: list[dict] = []
        with self.context.database.session() as session:
            self.items = team.list_conflicts(session)
            about = [team.conflict_subject(session, item["kind"], item["record_id"]) for item in self.items]
            values = [(team.shown_value(session, item["kind"], item["field"], item["mine"]),
                       team.shown_value(session, item["kind"], item["field"], item["theirs"])) for item in self.items]
            if self.context.actor.may_do("read_refused"):
                refused = team.list_refused(session, self.context.actor)
                refused_about = [team.conflict_subject(session, item["kind"], item["record_id"]) for item in refused]
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            shown = (self._kind(item["kind"]), about[row], self._field(item["field"]), *values[row], item["by"], self._when(item["at"]))
            for column, value in enumerate(shown):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self.table.resizeColumnsToContents()
        self.refused.setRowCount(len(refused))
        for row, item in enumerate(refused):
            field = self.tr("the whole record") if item["field"] == "*" else self._field(item["field"])
            why = translate("Validation" if "{label}" in item["reason"] else "Errors", item["reason"]).format(label=field)
            for column, value in enumerate((self._kind(item["kind"]), refused_about[row], field, item["by"], self._when(item["at"]), why)):
                self.refused.setItem(row, column, QTableWidgetItem(str(value)))
        self.refused.resizeColumnsToContents()
        if self.items:
            self.table.selectRow(0)
        self.empty.setVisible(not self.items)
        self.keep_mine.setEnabled(bool(self.items))
        self.keep_theirs.setEnabled(bool(self.items))

    @staticmethod
    def _kind(name: str) -> str:
        kind = KINDS.get(name)
        return translate("Kinds", kind.singular) if kind else name

    @staticmethod
    def _field(name: str) -> str:
        return translate("Fields", FIELD_LABELS.get(name, name))

    @staticmethod
    def _when(at: str) -> str:
        return format_datetime(datetime.fromisoformat(at).astimezone())

    def _resolve(self, keep: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        self.error.hide()
        try:
            with self.context.database.transaction() as session:
                team.resolve_conflict(session, self.context.actor, item["id"], keep)
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.context.notify(item["kind"], "conflicts")
        self.reload()
