"""The student page and the employer page: everything about one student or one leerbedrijf."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError
from coachdesk.domain.labels import choice_label
from coachdesk.domain.policy import CHANGE, CREATE
from coachdesk.services import records
from coachdesk.services.files import employer_file, student_file
from coachdesk.services.outcomes import outcome_summary
from coachdesk.services.placements import employer_changeable
from coachdesk.services.risks import action_overdue, judge, mark_action_done
from coachdesk.services.workspace import erase_from_backups
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.forms import RecordDialog, RiskDialog, StatusDialog
from coachdesk.ui.shortcuts import key
from coachdesk.ui.tasks import BackgroundOperation, perform, report_failure
from coachdesk.ui.widgets.formatting import format_date

VISIT_FIELDS = ["visited_on", "kind", "placement_id", "coach_id", "summary", "agreements", "next_contact_due"]
PLACEMENT_FIELDS = ["employer_id", "praktijkopleider_id", "coach_id", "searching_since", "starts_on", "ends_on", "hours_per_week", "pok_signed_on", "notes"]


def small_table(headers: list[str], object_name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    table.setAccessibleName(object_name)
    return table


def fill_table(table: QTableWidget, rows: list[tuple[str, list[str]]]) -> None:
    """Rows of (record id, cell texts); the id is kept on the first cell."""
    table.setRowCount(len(rows))
    for row_index, (record_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setToolTip(text if len(text) > 40 else "")
            table.setItem(row_index, column, item)
    table.setFixedHeight(min(260, 32 + 30 * max(1, len(rows))))
    table.resizeRowsToContents()


def section_title(text: str) -> QLabel:
    label = QLabel(f"<h3>{escape(text)}</h3>")
    label.setAccessibleName(text)
    return label


class StudentPage(QWidget):
    """Profile, JPO, placements, contacts, risk history and open actions of one student."""

    back = Signal()
    open_employer = Signal(str)
    open_place = Signal(str)

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("student-page")
        self.context = context
        self.student_id: str | None = None
        self.title = QLabel()
        self.title.setObjectName("student-title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        back = QPushButton(self.tr("← Back"))
        back.clicked.connect(self.back)
        self.edit_button = QPushButton(self.tr("Edit profile"))
        self.edit_button.clicked.connect(self.edit_profile)
        self.contact_button = QPushButton(self.tr("Log contact"))
        self.contact_button.setObjectName("log-contact")
        self.contact_button.clicked.connect(self.log_contact)
        QShortcut(key("log-contact"), self, self.log_contact)
        self.risk_button = QPushButton(self.tr("Assess risk"))
        self.risk_button.setObjectName("assess-risk")
        self.risk_button.clicked.connect(self.assess_risk)
        self.placement_button = QPushButton(self.tr("Add placement"))
        self.placement_button.setObjectName("add-placement")
        self.placement_button.clicked.connect(self.add_placement)
        self.status_button = QPushButton(self.tr("Change status…"))
        self.status_button.setObjectName("change-status")
        self.status_button.clicked.connect(self.change_status)
        self.edit_placement_button = QPushButton(self.tr("Edit placement…"))
        self.edit_placement_button.setObjectName("edit-placement")
        self.edit_placement_button.clicked.connect(self.edit_placement)
        self.employer_button = QPushButton(self.tr("Open employer"))
        self.employer_button.setObjectName("open-employer")
        self.employer_button.clicked.connect(self.show_employer)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("mark-action-done")
        self.done_button.clicked.connect(self.mark_done)
        self.export_button = QPushButton(self.tr("Export data (AVG)…"))
        self.export_button.setObjectName("avg-export")
        self.export_button.clicked.connect(self.export_data)
        self.erase_button = QPushButton(self.tr("Erase student…"))
        self.erase_button.setObjectName("avg-erase")
        self.erase_button.clicked.connect(self.erase)
        actions = QHBoxLayout()
        actions.addWidget(back)
        actions.addStretch(1)
        for button in (self.contact_button, self.risk_button, self.placement_button, self.edit_button, self.export_button, self.erase_button):
            actions.addWidget(button)

        self.profile = QLabel()
        self.profile.setObjectName("student-profile")
        self.profile.setWordWrap(True)
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A student who has left: his destination and the follow-ups 6, 12 and 24 months later (the Monitor's outcomes).
        self.outcomes = small_table([self.tr("What"), self.tr("Date"), self.tr("Where")], "student-outcomes")
        self.outcome_widgets = [section_title(self.tr("After school")), self.outcomes]
        self.placements = small_table([self.tr("Status"), self.tr("Employer"), self.tr("Start"), self.tr("End"), self.tr("Stopped"), self.tr("Hours/week"), self.tr("POK signed"), self.tr("Notes")], "placements")
        self.placement_warnings = QLabel()
        self.placement_warnings.setWordWrap(True)
        self.placement_warnings.setStyleSheet("color: #b26a00;")
        self.placements.itemActivated.connect(lambda item: self.edit_placement())  # double-click or Enter
        self.placements.itemSelectionChanged.connect(self._placement_selected)
        self.visits = small_table([self.tr("Date"), self.tr("Kind"), self.tr("Coach"), self.tr("Summary"), self.tr("Next contact before")], "visits")
        self.visits.itemActivated.connect(lambda item: self.open_visit(item.data(Qt.ItemDataRole.UserRole)))
        self.risks = small_table([self.tr("Date"), self.tr("Level"), self.tr("Why"), self.tr("Coach's reason")], "risks")
        self.actions = small_table([self.tr("Action"), self.tr("Owner"), self.tr("Due")], "actions")
        self.actions.itemSelectionChanged.connect(lambda: self.done_button.setEnabled(bool(self.actions.selectedItems())))
        placement_header = QHBoxLayout()
        placement_header.addWidget(section_title(self.tr("Placements")))
        placement_header.addStretch(1)
        for button in (self.employer_button, self.edit_placement_button, self.status_button):
            placement_header.addWidget(button)
        actions_header = QHBoxLayout()
        actions_header.addWidget(section_title(self.tr("Open actions")))
        actions_header.addStretch(1)
        actions_header.addWidget(self.done_button)
        actions_title = QWidget()
        actions_title.setLayout(actions_header)
        self._employer_of: dict[str, str | None] = {}  # placement id -> employer id, for "Open employer"
        from coachdesk.ui.screens.places import MatchPanel

        self.matches = MatchPanel(context, "student")  # "Passende plekken", with Propose
        self.matches.open_place.connect(self.open_place)
        from coachdesk.ui.widgets.pv_panel import PvPanel

        self.pv_panel = PvPanel(context)  # the praktijkverklaring route, when he has one

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.profile)
        for widget in self.outcome_widgets:
            layout.addWidget(widget)
        layout.addLayout(placement_header)
        layout.addWidget(self.placements)
        layout.addWidget(self.placement_warnings)
        layout.addWidget(self.matches)
        layout.addWidget(self.pv_panel)
        self.visit_widgets = [section_title(self.tr("Contacts")), self.visits]  # a jobhunter reads no contact notes
        for widget in self.visit_widgets:
            layout.addWidget(widget)
        self.risk_widgets = [section_title(self.tr("Risk history")), self.risks, actions_title, self.actions]
        for widget in self.risk_widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addLayout(actions)
        outer.addWidget(self.title)
        outer.addWidget(scroll, 1)
        context.changed.connect(self._on_changed)

    def _on_changed(self, kinds: set) -> None:
        if self.student_id and self.isVisible():
            self.show_student(self.student_id)


    def show_student(self, student_id: str) -> None:
        self.student_id = student_id
        actor = self.context.actor
        sees_risks = actor.may_read("risks")
        for widget in self.risk_widgets:
            widget.setVisible(sees_risks)
        self.risk_button.setVisible(actor.may("risks", CREATE))
        for widget in self.visit_widgets:
            widget.setVisible(actor.may_read("visits"))
        self.contact_button.setVisible(actor.may("visits", CREATE))
        for button in (self.placement_button, self.status_button, self.edit_placement_button):
            button.setVisible(actor.may("placements", CHANGE))
        self.edit_button.setVisible(actor.may("students", CHANGE))  # a JPO edits what the policy leaves open to him
        for button in (self.export_button, self.erase_button):  # AVG requests are handled by a coordinator
            button.setVisible(actor.may_do("privacy_requests"))
        with self.context.database.session() as session:
            file = student_file(session, actor, student_id)
            student = file.student
            self.title.setText(f"<h2>{escape(student.full_name)}</h2>")
            self.title.setAccessibleName(student.full_name)
            self.profile.setText(self._profile_html(student, file.jpo, sees_risks))
            outcomes = outcome_summary(student) if "destination" not in actor.hidden("students") else []
            fill_table(self.outcomes, [(student.id, list(row)) for row in outcomes])
            self.outcomes.setFixedHeight(self.outcomes.horizontalHeader().height() + sum(  # four rows: no empty space below them
                self.outcomes.rowHeight(row) for row in range(self.outcomes.rowCount())) + 2 * self.outcomes.frameWidth())
            for widget in self.outcome_widgets:
                widget.setVisible(bool(outcomes))
            fill_table(self.placements, [
                (p.id, [choice_label(p.status), p.employer.name if p.employer else "—", format_date(p.starts_on), format_date(p.ends_on),
                        format_date(p.ended_on), str(p.hours_per_week or ""), format_date(p.pok_signed_on), (p.end_reason or p.notes or "")])
                for p in file.placements
            ])
            self._employer_of = {p.id: p.employer_id for p in file.placements}
            self.placement_warnings.setText("\n".join(f"⚠ {w}" for w in file.warnings))
            self.placement_warnings.setVisible(bool(file.warnings))
            if file.placements:
                self.placements.selectRow(0)
            self._placement_selected()
            fill_table(self.visits, [
                (v.id, [format_date(v.visited_on), choice_label(v.kind), v.coach.name if v.coach else "", v.summary or "", format_date(v.next_contact_due)])
                for v in file.visits
            ])
            if sees_risks:
                fill_table(self.risks, [
                    (r.id, [format_date(r.assessed_on), choice_label(r.level), judge(r.signals, r.absence_hours_4_weeks).explain(), r.override_reason or ""])
                    for r in file.assessments
                ])
                today = clock.today()
                fill_table(self.actions, [(a.id, [a.description, a.owner.name if a.owner else "", self._due_text(a.due_on, action_overdue(a, today))])
                                          for a in file.open_actions])
                for row, action in enumerate(file.open_actions):
                    if action_overdue(action, today):
                        self.actions.item(row, 2).setForeground(QBrush(QColor("#b00020")))
                self.done_button.setEnabled(False)
        self.matches.setVisible(actor.may_read("places") and student.status == m.StudentStatus.ACTIVE)
        if self.matches.isVisibleTo(self):
            self.matches.load(student_id)
        self.pv_panel.load(student_id)

    def _due_text(self, due, overdue: bool) -> str:
        return (self.tr("⚠ %s · overdue") % format_date(due)) if overdue else format_date(due)

    def _profile_html(self, student: m.Student, jpo: m.Coach | None, sees_sensitive: bool) -> str:
        rows = [
            (self.tr("School type"), choice_label(student.school_type) + (f" · {choice_label(student.vso_profile)}" if student.vso_profile else "")),
            (self.tr("Pathway"), choice_label(student.leerweg)),
            (self.tr("Programme"), " · ".join(filter(None, [student.opleiding, student.crebo and f"crebo {student.crebo}"]))),
            (self.tr("Date of birth"), format_date(student.date_of_birth)),
            (self.tr("School"), student.school.name),
            (self.tr("Coach"), student.coach.name if student.coach else ""),
            (self.tr("JPO"), jpo.name if jpo else self.tr("none")),
            (self.tr("Phone"), student.phone or ""),
            (self.tr("Parent/guardian"), " · ".join(filter(None, [student.guardian_name, student.guardian_phone, student.guardian_email]))),
            (self.tr("Sectors"), ", ".join(student.sectors or [])),
            (self.tr("Can do"), student.competences or ""),
            (self.tr("Profile may be shared"), self.tr("yes") if student.consent_share_profile else self.tr("no")),
        ]
        if sees_sensitive and student.health_notes:
            rows.append((self.tr("Health notes"), student.health_notes))
        cells = "".join(f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows if v)
        return f"<table>{cells}</table>"

    # --- quick actions --------------------------------------------------------

    def current_placement_id(self) -> str | None:
        items = self.placements.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _placement_selected(self) -> None:
        placement_id = self.current_placement_id()
        self.employer_button.setEnabled(bool(placement_id and self._employer_of.get(placement_id)))
        self.edit_placement_button.setEnabled(placement_id is not None)

    def show_employer(self) -> None:
        employer_id = self._employer_of.get(self.current_placement_id() or "")
        if employer_id:
            self.open_employer.emit(employer_id)

    def edit_placement(self) -> RecordDialog | None:
        """Everything a coach learns later: the POK date, hours, dates, the trainer; the employer while still proposed."""
        placement_id = self.current_placement_id()
        if not placement_id or not self.context.actor.may("placements", CHANGE):
            return None
        with self.context.database.session() as session:
            changeable = employer_changeable(records.get(session, self.context.actor, "placements", placement_id))  # type: ignore[arg-type]
        dialog = RecordDialog(self.context, "placements", record_id=placement_id, fields=PLACEMENT_FIELDS, parent=self)
        dialog.editors["employer_id"].setEnabled(changeable)
        dialog.open()
        return dialog

    def open_visit(self, visit_id: str) -> RecordDialog:
        dialog = RecordDialog(self.context, "visits", record_id=visit_id, hidden={"student_id": self.student_id}, fields=VISIT_FIELDS,
                              title=self.tr("Contact with %s") % self._student_name(), parent=self)
        dialog.open()
        return dialog

    def _student_name(self) -> str:
        return self.title.accessibleName()

    def mark_done(self) -> bool:
        items = self.actions.selectedItems()
        if not items:
            return False
        action_id, actor = items[0].data(Qt.ItemDataRole.UserRole), self.context.actor
        try:
            perform(self.context, lambda session: mark_action_done(session, actor, action_id))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Mark done"), str(error))
            return False
        return True

    def log_contact(self) -> RecordDialog:
        return open_visit_dialog(self, self.context, self.student_id, self._open_placement_id())  # type: ignore[arg-type]

    def _open_placement_id(self) -> str | None:
        with self.context.database.session() as session:
            started = student_file(session, self.context.actor, self.student_id).started_placement  # type: ignore[arg-type]
            return started.id if started else None

    def assess_risk(self) -> RiskDialog:
        dialog = RiskDialog(self.context, student_id=self.student_id, parent=self)  # type: ignore[arg-type]
        dialog.open()
        return dialog

    def add_placement(self) -> RecordDialog:
        from coachdesk.services.placements import create_placement

        dialog = RecordDialog(
            self.context, "placements", hidden={"student_id": self.student_id}, fields=PLACEMENT_FIELDS,
            initial={"coach_id": self.context.actor.coach_id},
            save=lambda session, values: create_placement(session, self.context.actor, values), parent=self,
        )
        dialog.open()
        return dialog

    def change_status(self) -> StatusDialog | None:
        placement_id = self.current_placement_id()
        if not placement_id:
            QMessageBox.information(self, self.tr("Change status"), self.tr("Select a placement first."))
            return None
        try:
            dialog = StatusDialog(self.context, placement_id, self)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Change status"), str(error))
            return None
        dialog.open()
        return dialog

    def export_data(self, folder: str | None = None) -> list:
        from coachdesk.documents.avg_export import export_student

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the export"))
            if not folder:
                return []
        with self.context.database.transaction() as session:  # the export is recorded in the audit trail
            written = list(export_student(session, self.context.actor, self.student_id, Path(folder)))  # type: ignore[arg-type]
        QMessageBox.information(self, self.tr("Export data (AVG)"), self.tr("Written:\n%s") % "\n".join(str(p) for p in written))
        return written

    def erase(self, confirmed: bool = False) -> bool:
        from coachdesk.services.privacy import erase_student

        if not confirmed:
            answer = QMessageBox.question(self, self.tr("Erase student"), self.tr(
                "Erase this student with all placements, contacts, risk assessments and actions? This cannot be undone. "
                "Make an export first if the student asked for one."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        actor, student_id = self.context.actor, self.student_id
        self.student_id = None
        perform(self.context, lambda session: erase_student(session, actor, student_id))  # type: ignore[arg-type]
        self.context.database.checkpoint()
        database = self.context.database
        self.backups_cleaning = BackgroundOperation(  # the backups in the data folder too (seconds per backup)
            lambda progress: erase_from_backups(database, [student_id]), parent=self,
            on_failure=lambda error: report_failure(error, self, "erase from backups")).start()
        self.back.emit()
        return True

    def edit_profile(self) -> RecordDialog:
        dialog = RecordDialog(self.context, "students", record_id=self.student_id, parent=self)
        dialog.open()
        return dialog


def open_visit_dialog(parent: QWidget, context: AppContext, student_id: str, placement_id: str | None) -> RecordDialog:
    """The contact form, ready to save: today's date, a visit on site, by the current user; its title names the student."""
    with context.database.session() as session:
        student = records.get(session, context.actor, "students", student_id)
        name = f"{student.first_name} {student.last_name}"  # type: ignore[attr-defined]
    dialog = RecordDialog(
        context, "visits", hidden={"student_id": student_id}, fields=VISIT_FIELDS,
        initial={"visited_on": clock.today(), "kind": m.VisitKind.ON_SITE, "placement_id": placement_id, "coach_id": context.actor.coach_id},
        title=QCoreApplication.translate("RecordDialog", "Log contact with %s") % name, parent=parent,
    )
    dialog.open()
    return dialog


class EmployerPage(QWidget):
    """A leerbedrijf: its details, SBB status, workplace trainers and placements."""

    back = Signal()
    open_student = Signal(str)
    open_place = Signal(str)

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("employer-page")
        self.context = context
        self.employer_id: str | None = None
        back = QPushButton(self.tr("← Back"))
        back.clicked.connect(self.back)
        edit = QPushButton(self.tr("Edit"))
        edit.clicked.connect(self.edit)
        add_trainer = QPushButton(self.tr("Add workplace trainer"))
        add_trainer.clicked.connect(self.add_trainer)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addStretch(1)
        top.addWidget(add_trainer)
        top.addWidget(edit)
        self.title = QLabel()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trainers = small_table([self.tr("Workplace trainer"), self.tr("Phone"), self.tr("Email")], "trainers")
        self.placements = small_table([self.tr("Student"), self.tr("Status"), self.tr("Start"), self.tr("End"), self.tr("Stopped")], "employer-placements")
        self.placements.itemDoubleClicked.connect(lambda item: self.open_student.emit(self._student_of[item.data(Qt.ItemDataRole.UserRole)]))
        from coachdesk.ui.screens.places import EmployerPlaces

        self.places = EmployerPlaces(context)  # places, SBB recognitions, pipeline and contacts
        self.places.open_place.connect(self.open_place)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(section_title(self.tr("Workplace trainers")))
        layout.addWidget(self.trainers)
        layout.addWidget(section_title(self.tr("Placements")))
        layout.addWidget(self.placements)
        layout.addWidget(self.places)
        layout.addStretch(1)
        self._student_of: dict[str, str] = {}
        context.changed.connect(self._on_changed)

    def _on_changed(self, kinds: set) -> None:
        if self.employer_id and self.isVisible():
            self.show_employer(self.employer_id)

    def show_employer(self, employer_id: str) -> None:
        self.employer_id = employer_id
        with self.context.database.session() as session:
            file = employer_file(session, self.context.actor, employer_id)
            employer, placements = file.employer, file.placements
            self.title.setText(f"<h2>{escape(employer.name)}</h2>")
            sbb = (self.tr("Recognised by SBB (Leerbedrijf-ID %s)") % (employer.sbb_id or "?")) if employer.sbb_recognised else self.tr("⚠ Not recognised by SBB: no BPV place possible until it is.")
            address = ", ".join(filter(None, [employer.street, " ".join(filter(None, [employer.postcode, employer.city]))]))
            contact = " · ".join(filter(None, [employer.contact_name, employer.contact_phone, employer.contact_email]))
            self.details.setText("<br>".join(escape(x) for x in [sbb, employer.sector or "", address, contact] if x))
            fill_table(self.trainers, [(t.id, [t.name, t.phone or "", t.email or ""]) for t in file.trainers])
            self._student_of = {p.id: p.student_id for p in placements}
            fill_table(self.placements, [(p.id, [p.student.full_name, choice_label(p.status), format_date(p.starts_on), format_date(p.ends_on), format_date(p.ended_on)]) for p in placements])
            name = employer.name
        self.places.show_employer(employer_id, name)

    def edit(self) -> None:
        RecordDialog(self.context, "employers", record_id=self.employer_id, parent=self).open()

    def add_trainer(self) -> None:
        RecordDialog(self.context, "praktijkopleiders", hidden={"employer_id": self.employer_id}, parent=self).open()

