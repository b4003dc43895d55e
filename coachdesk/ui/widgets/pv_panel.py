"""The Praktijkverklaring panel of the student page: the route, a grid of werkprocessen × status, what is due, and
a judgement typed in (from the workplace's signed checklist) or the school's confirmation."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import NotFound, UserError
from coachdesk.domain.i18n import translate
from coachdesk.services import praktijkverklaring as pv
from coachdesk.ui.context import AppContext
from coachdesk.ui.tasks import perform
from coachdesk.ui.widgets.formatting import format_date

MARK = "●"


class PvPanel(QWidget):
    """Shown on the student page when the student has a route (and the reader may read routes)."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.student_id: str | None = None
        self._item_ids: list[str] = []
        self.setObjectName("pv-panel")
        self.heading = QLabel(f"<h3>{escape(self.tr('Praktijkverklaring'))}</h3>")
        self.summary = QLabel()
        self.summary.setObjectName("pv-summary")
        self.summary.setWordWrap(True)
        self.due = QLabel()
        self.due.setObjectName("pv-due")
        self.due.setWordWrap(True)
        statuses = [pv.status_label(status) for status in m.PvStatus]
        self.table = QTableWidget(0, 3 + len(statuses) + 2)
        self.table.setObjectName("pv-grid")
        self.table.setAccessibleName(self.tr("Work processes and their judgement"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Work process"), self.tr("Assessed on"), *statuses,
                                              self.tr("Confirmed"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        self.status = QComboBox()
        self.status.setObjectName("pv-status")
        self.status.setAccessibleName(self.tr("Judgement"))
        for status in m.PvStatus:
            self.status.addItem(pv.status_label(status), status.value)
        self.evidence = QComboBox()
        self.evidence.setObjectName("pv-evidence")
        self.evidence.setAccessibleName(self.tr("Evidence"))
        for evidence, label in pv.EVIDENCE_LABELS.items():
            self.evidence.addItem(translate("Praktijkverklaring", label), evidence.value)
        self.assessor = QLineEdit()
        self.assessor.setObjectName("pv-assessor")
        self.assessor.setPlaceholderText(self.tr("Workplace trainer"))
        self.assessor.setAccessibleName(self.tr("Assessed by"))
        self.on = QDateEdit()
        self.on.setObjectName("pv-date")
        self.on.setDisplayFormat("dd-MM-yyyy")
        self.on.setAccessibleName(self.tr("Assessed on"))
        self.paper = QCheckBox(self.tr("From the signed paper form"))
        self.paper.setObjectName("pv-paper")
        self.save_button = QPushButton(self.tr("Save judgement"))
        self.save_button.setObjectName("pv-save")
        self.save_button.clicked.connect(self.save_judgement)
        self.confirm_button = QPushButton(self.tr("Confirm for the school"))
        self.confirm_button.setObjectName("pv-confirm")
        self.confirm_button.clicked.connect(self.confirm)
        self.message = QLabel()
        self.message.setObjectName("pv-message")
        self.message.setWordWrap(True)

        self.remove_button = QPushButton(self.tr("Take out of the route"))
        self.remove_button.setObjectName("pv-remove")
        self.remove_button.setToolTip(self.tr("For a work process the place does not offer; only while nothing is judged of it"))
        self.remove_button.clicked.connect(self.remove_item)
        # Without a route: start one with a dossier version and its kind
        self.starter = QWidget()
        self.starter.setObjectName("pv-starter")
        self.dossier_choice = QComboBox()
        self.dossier_choice.setObjectName("pv-dossier")
        self.dossier_choice.setAccessibleName(self.tr("Qualification file"))
        self.type_choice = QComboBox()
        self.type_choice.setObjectName("pv-type")
        self.type_choice.setAccessibleName(self.tr("Kind of praktijkverklaring"))
        for route_type, label in pv.TYPE_LABELS.items():
            self.type_choice.addItem(translate("Praktijkverklaring", label), route_type.value)
        self.start_button = QPushButton(self.tr("Start a route"))
        self.start_button.setObjectName("pv-start")
        self.start_button.clicked.connect(self.start_route)
        starter = QHBoxLayout(self.starter)
        starter.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("No praktijkverklaring route yet.")), self.dossier_choice, self.type_choice, self.start_button):
            starter.addWidget(widget)
        starter.addStretch(1)

        form = QHBoxLayout()
        for widget in (self.status, self.evidence, self.assessor, self.on, self.paper, self.save_button, self.confirm_button, self.remove_button):
            form.addWidget(widget)
        self.route_part = QWidget()
        route_layout = QVBoxLayout(self.route_part)
        route_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.summary, self.due, self.table):
            route_layout.addWidget(widget)
        route_layout.addLayout(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.starter, self.route_part):
            layout.addWidget(widget)
        layout.addWidget(self.message)
        self.setTabOrder(self.table, self.status)

    def load(self, student_id: str) -> bool:
        """Show the student's current route; False (and hidden) when he has none or the reader may not see it."""
        if student_id != self.student_id:
            self.message.clear()
        self.student_id = student_id
        actor = self.context.actor
        if not actor.may_read("routes"):
            self.setVisible(False)
            return False
        with self.context.database.session() as session:
            try:
                sheet = pv.route_sheet(session, actor, student_id)
            except (NotFound, UserError):
                return self._offer_start(session)
            route = pv.current_route(session, actor, student_id)
            self._item_ids = [item.id for item in pv.items_of(session, route.id)]
        self.starter.setVisible(False)
        self.route_part.setVisible(True)
        self.summary.setText(self.tr("%1 · %2 (crebo %3, version %4) · code %5").replace("%1", translate("Praktijkverklaring", pv.TYPE_LABELS[sheet.route_type]))
                             .replace("%2", sheet.dossier_title).replace("%3", sheet.dossier_crebo).replace("%4", sheet.dossier_version)
                             .replace("%5", sheet.code) + "".join(f"\n⚠ {flag}" for flag in sheet.route_flags))
        self._fill(sheet)
        waiting = sum(1 for line in sheet.lines if line.status in m.ACHIEVED and not line.confirmed)
        assessed = [line.assessed_on for line in sheet.lines if line.assessed_on]
        due = [self.tr("%n work process(es) wait for the school's confirmation.", "", waiting)] if waiting else []
        last = max(assessed) if assessed else sheet.started_on
        if last and (clock.today() - last) >= pv.STALE_AFTER:
            due.append(self.tr("Nothing assessed since %1.").replace("%1", format_date(last)))
        self.due.setText("\n".join(due))
        self.due.setVisible(bool(due))
        may_change = actor.may("route_items", "change")
        for widget in (self.status, self.evidence, self.assessor, self.on, self.paper, self.save_button):
            widget.setEnabled(may_change)
        self.confirm_button.setVisible(may_change and not actor.is_jpo)
        self.remove_button.setVisible(actor.may("route_items", "delete"))
        self.on.setDate(QDate(clock.today().year, clock.today().month, clock.today().day))
        self.setVisible(True)
        if self._item_ids and not self.table.selectedItems():
            self.table.selectRow(0)
        return True

    def _offer_start(self, session) -> bool:
        """No route: a coach who may start one gets the choice of a dossier version; anyone else sees nothing."""
        self._item_ids = []
        if not self.context.actor.may("routes", "create"):
            self.setVisible(False)
            return False
        self.dossier_choice.clear()
        for dossier, count in pv.dossiers(session, self.context.actor):
            self.dossier_choice.addItem(f"{dossier.crebo} {dossier.title} ({dossier.version}, {count})", dossier.id)
        self.start_button.setEnabled(self.dossier_choice.count() > 0)
        self.route_part.setVisible(False)
        self.starter.setVisible(True)
        self.setVisible(True)
        return False

    def start_route(self) -> bool:
        dossier_id, route_type, student_id = self.dossier_choice.currentData(), self.type_choice.currentData(), self.student_id
        if not dossier_id or student_id is None:
            return False
        actor = self.context.actor
        try:
            perform(self.context, lambda session: pv.start_route(session, actor, student_id, dossier_id, route_type))
        except UserError as error:
            self.message.setText(f"⚠ {error}")
            return False
        self.load(student_id)
        self.message.setText(self.tr("Route started: take out what the place does not offer, then print the checklist."))
        return True

    def remove_item(self) -> bool:
        item_id = self.current_item_id()
        if item_id is None or self.student_id is None:
            return False
        actor = self.context.actor
        try:
            perform(self.context, lambda session: pv.remove_item(session, actor, item_id))
        except UserError as error:
            self.message.setText(f"⚠ {error}")
            return False
        self.load(self.student_id)
        return True

    def _fill(self, sheet: pv.RouteSheet) -> None:
        self.table.setRowCount(len(sheet.lines))
        statuses = list(m.PvStatus)
        for row, line in enumerate(sheet.lines):
            confirmed = format_date(line.confirmed_on) if line.confirmed else (
                self.tr("revoked %1").replace("%1", format_date(line.revoked_on)) if line.revoked_on else "")
            note = line.flag or ""
            cells = [line.code, line.title, format_date(line.assessed_on) if line.assessed_on else "",
                     *[MARK if status == line.status else "" for status in statuses], confirmed, note]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if 3 <= column < 3 + len(statuses):
                    item.setToolTip(pv.status_label(statuses[column - 3]))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def current_item_id(self) -> str | None:
        row = self.table.currentRow()
        return self._item_ids[row] if 0 <= row < len(self._item_ids) else None

    def _selected(self) -> None:
        self.message.clear()

    def save_judgement(self) -> bool:
        item_id = self.current_item_id()
        if item_id is None or self.student_id is None:
            return False
        actor = self.context.actor
        status, evidence = self.status.currentData(), self.evidence.currentData()
        assessor = self.assessor.text().strip() or None
        day = self.on.date().toPython()
        paper = day if self.paper.isChecked() else None
        row = self.table.currentRow()
        try:
            perform(self.context, lambda session: pv.record_judgement(session, actor, item_id, status, evidence=evidence, assessed_on=day,
                                                                      assessor=assessor, paper_form_on=paper))
        except UserError as error:
            self.message.setText(f"⚠ {error}")
            return False
        self.load(self.student_id)
        self.table.selectRow(row)
        self.message.setText(self.tr("Judgement saved."))
        return True

    def confirm(self) -> bool:
        item_id = self.current_item_id()
        if item_id is None or self.student_id is None:
            return False
        actor = self.context.actor
        row = self.table.currentRow()
        try:
            perform(self.context, lambda session: pv.confirm(session, actor, item_id))
        except UserError as error:
            self.message.setText(f"⚠ {error}")
            return False
        self.load(self.student_id)
        self.table.selectRow(row)
        self.message.setText(self.tr("Confirmed for the school."))
        return True
