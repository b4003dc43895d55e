"""Places and matching on screen: the place page with its matching students, the student page's matching places,
and the employer page's places, SBB recognitions, pipeline and contacts.

The rule that ranks and leaves out lives in ``services/matching.py``; a proposal in ``services/places.py``.
Here the lists are only laid out, each row with its reasons and concerns in words.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import translate
from coachdesk.domain.labels import choice_label
from coachdesk.domain.policy import CHANGE, CREATE
from coachdesk.services import acquisition, matching, place_pages, places, records
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.forms import RecordDialog
from coachdesk.ui.tasks import perform
from coachdesk.ui.widgets.formatting import format_date

MATCH_LIMIT = 25  # the best this many are shown (and worded); the rest are counted
CONTACT_FIELDS = ["contacted_on", "kind", "coach_id", "summary", "next_step", "next_step_on"]
WARN = "#b26a00"
BAD = "#b00020"


def table(headers: list[str], object_name: str, *, stretch_last: bool = True) -> QTableWidget:
    """A read-only table of whole rows, like the pages' small tables."""
    from coachdesk.ui.screens.pages import small_table

    widget = small_table(headers, object_name)
    widget.horizontalHeader().setStretchLastSection(stretch_last)
    return widget


def fill(widget: QTableWidget, rows: list[tuple[str, list[str]]], *, height: int = 260) -> None:
    from coachdesk.ui.screens.pages import fill_table

    fill_table(widget, rows)
    widget.setFixedHeight(min(height, 32 + 30 * max(1, len(rows))))


def travel_text(match: matching.Match) -> str:
    if match.travel_minutes is None:
        return translate("PlacesScreen", "unknown")
    text = translate("PlacesScreen", "%s min") % match.travel_minutes
    return text + (" " + translate("PlacesScreen", "(estimate)") if match.travel_estimated else "")


def trip_and_reasons(match: matching.Match) -> tuple[str, list[str]]:
    """The trip in words ("23 min by bike (estimate)", the rule's first reason) for the travel column, and the other reasons."""
    if match.travel_minutes is not None:
        for reason in match.reasons:
            if reason.startswith(f"{match.travel_minutes} min"):
                return reason, [other for other in match.reasons if other is not reason]
    return travel_text(match), list(match.reasons)


def excluded_text(excluded: dict[str, int]) -> str:
    if not excluded:
        return ""
    parts = " · ".join(f"{why}: {count}" for why, count in excluded.items())
    return translate("PlacesScreen", "Left out: %s") % parts


def open_contact_dialog(parent: QWidget, context: AppContext, employer_id: str, name: str) -> RecordDialog:
    """The employer-contact form, ready to save: today, a call, by the current user; saved through the pipeline's rule."""
    actor = context.actor
    dialog = RecordDialog(
        context, "employer_contacts", hidden={"employer_id": employer_id}, fields=CONTACT_FIELDS,
        initial={"contacted_on": clock.today(), "kind": m.EmployerContactKind.CALL, "coach_id": actor.coach_id},
        save=lambda session, values: acquisition.log_contact(session, actor, values),
        title=translate("PlacesScreen", "Contact with %s") % name, parent=parent)
    dialog.open()
    return dialog


def open_new_employer(parent: QWidget, context: AppContext) -> RecordDialog:
    """The new-employer form; saved, it says which employers it probably duplicates (a warning: it is saved all the same)."""
    from coachdesk.services import team

    actor, warnings = context.actor, []

    def save(session, values):
        warnings.clear()
        return team.add_record(session, actor, "employers", values, warnings=warnings)

    def saved(_record_id: str) -> None:
        if warnings:
            box = QMessageBox(QMessageBox.Icon.Information, translate("PlacesScreen", "Perhaps a duplicate"), "\n".join(warnings),
                              QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("duplicate-employer")
            box.exec()

    dialog = RecordDialog(context, "employers", save=save, parent=parent)
    dialog.saved.connect(saved)
    dialog.open()
    return dialog


NEAR_KM = (5, 10, 20, 40)


def add_near_filter(screen, context: AppContext) -> None:
    """On the Plaatsen list: only places within so many km of a postcode (PC4), straight line between the postcodes'
    centres; the database applies it like the list's other conditions (``place_pages.places_near``)."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    pc4 = QLineEdit()
    pc4.setObjectName("places-near-pc4")
    pc4.setPlaceholderText(translate("PlacesScreen", "PC4"))
    pc4.setToolTip(translate("PlacesScreen", "Only places near this postcode (four digits)"))
    pc4.setAccessibleName(translate("PlacesScreen", "Near postcode"))
    pc4.setMaxLength(4)
    pc4.setMaximumWidth(70)
    km = QComboBox()
    km.setObjectName("places-near-km")
    km.setAccessibleName(translate("PlacesScreen", "Distance"))
    for value in NEAR_KM:
        km.addItem(translate("PlacesScreen", "within %s km") % value, value)
    km.setCurrentIndex(1)

    def changed() -> None:
        code = pc4.text().strip()
        condition = place_pages.places_near(code, km.currentData()) if len(code) == 4 else None
        unknown = len(code) == 4 and condition is None
        pc4.setStyleSheet(f"color: {BAD};" if unknown else "")
        pc4.setToolTip(translate("PlacesScreen", "Postcode %s not found") % code if unknown
                       else translate("PlacesScreen", "Only places near this postcode (four digits)"))
        screen.model.where = [condition] if condition is not None else []
        screen.apply_filters()

    pc4.textChanged.connect(changed)
    km.currentIndexChanged.connect(changed)
    top = screen.layout().itemAt(0).layout()
    at = top.indexOf(screen.new_button) if hasattr(screen, "new_button") else top.count()
    top.insertWidget(at, pc4)
    top.insertWidget(at + 1, km)
    screen.near_pc4, screen.near_km = pc4, km


class MatchPanel(QWidget):
    """The matches of one place (its students) or of one student (his places), best first, with "Propose"."""

    open_student = Signal(str)
    open_place = Signal(str)
    proposed = Signal(str, str)  # student id, place id

    def __init__(self, context: AppContext, side: str, parent=None) -> None:
        super().__init__(parent)
        self.context, self.side = context, side  # side: "place" (rows are students) or "student" (rows are places)
        self.subject_id: str | None = None
        self.setObjectName(f"matches-of-{side}")
        self.heading = QLabel(f"<h3>{escape(self.tr('Matching students') if side == 'place' else self.tr('Matching places'))}</h3>")
        self.propose_button = QPushButton(self.tr("&Propose"))  # Alt+P
        self.propose_button.setObjectName("propose")
        self.propose_button.setToolTip(self.tr("Propose the selected match: a placement \"proposed\", the place held for a number of days"))
        self.propose_button.clicked.connect(self.propose)
        self.open_button = QPushButton(self.tr("Open student") if side == "place" else self.tr("Open place"))
        self.open_button.setObjectName("open-match")
        self.open_button.clicked.connect(self._open_current)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.open_button)
        header.addWidget(self.propose_button)
        first = self.tr("Student") if side == "place" else self.tr("Place")
        headers = [self.tr("Score"), first] + ([] if side == "place" else [self.tr("Employer")]) + [self.tr("Travel"), self.tr("Why it fits"), self.tr("Concerns")]
        self.table = table(headers, f"matches-{side}")
        self.table.setAccessibleName(self.heading.text())
        self.table.itemActivated.connect(lambda item: self._open_current())  # double-click or Enter
        self.table.itemSelectionChanged.connect(self._selected)
        self.excluded = QLabel()
        self.excluded.setObjectName("matches-excluded")
        self.excluded.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("matches-note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {WARN};")
        self.result = QLabel()
        self.result.setObjectName("matches-result")
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(self.excluded)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._ids: list[tuple[str, str]] = []  # per row: (student id, place id)
        self._names: dict[str, str] = {}

    def load(self, subject_id: str) -> None:
        """Match ``subject_id`` (a place or a student) again, as the data stands now."""
        if subject_id != self.subject_id:
            self.result.clear()
        self.subject_id = subject_id
        actor = self.context.actor
        self.propose_button.setVisible(actor.may("placements", CREATE))
        note = ""
        with self.context.database.session() as session:
            if self.side == "place":
                found = matching.match_place(session, actor, subject_id, limit=MATCH_LIMIT)
                people = {row.id: row for row in matching.profile_rows(session, actor, [x.student_id for x in found.matches])}
                rows = []
                for x in found.matches:
                    person = people.get(x.student_id)
                    name = person.name if person else "?"
                    if person and person.missing:
                        name += " *"
                    self._names[x.student_id] = name
                    trip, reasons = trip_and_reasons(x)
                    rows.append((x, [str(x.score), name, trip, "; ".join(reasons), "; ".join(x.concerns)]))
                if any(person.missing for person in people.values()):
                    note = self.tr("* profile incomplete: matching used defaults for what is missing")
            else:
                found = matching.match_student(session, actor, subject_id, limit=MATCH_LIMIT)
                names = place_pages.place_names(session, actor, [x.place_id for x in found.matches])
                student = records.get(session, actor, "students", subject_id)
                missing = matching.missing_profile_fields(student)  # type: ignore[arg-type]
                if missing:
                    labels = {spec.name: translate("Fields", spec.label) for spec in records.kind_of("students").fields}
                    note = self.tr("Profile incomplete (%s): matching used defaults.") % ", ".join(labels.get(name, name) for name in missing)
                rows = []
                for x in found.matches:
                    name = names.get(x.place_id)
                    title = f"{name.title} ({name.location})" if name and name.location else (name.title if name else "?")
                    self._names[x.place_id] = title
                    trip, reasons = trip_and_reasons(x)
                    rows.append((x, [str(x.score), title, name.employer if name else "", trip, "; ".join(reasons), "; ".join(x.concerns)]))
        self._ids = [(x.student_id, x.place_id) for x, _ in rows]
        fill(self.table, [(x.student_id if self.side == "place" else x.place_id, cells) for x, cells in rows], height=330)
        self._fit_columns()
        for row, (x, _) in enumerate(rows):
            if x.concerns:
                self.table.item(row, self.table.columnCount() - 1).setForeground(QBrush(QColor(WARN)))
        if not rows:
            fill(self.table, [("", [self.tr("No match: see what was left out below.")] + [""] * (self.table.columnCount() - 1))])
        self.excluded.setText(excluded_text(found.excluded))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        if rows:
            self.table.selectRow(0)
        self._selected()

    def _fit_columns(self) -> None:
        """Names and trips in full; the reasons get a third of the width and wrap; the concerns take the rest."""
        header, why = self.table.horizontalHeader(), self.table.columnCount() - 2
        header.setSectionResizeMode(why, header.ResizeMode.Interactive)
        self.table.setColumnWidth(why, max(260, self.table.viewport().width() // 3))
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(min(330, 4 + header.height() + sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.table.rowCount():
            self._fit_columns()

    def current(self) -> tuple[str, str] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._ids):
            return None
        return self._ids[rows[0].row()]

    def _selected(self) -> None:
        chosen = self.current() is not None
        self.propose_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def _open_current(self) -> None:
        chosen = self.current()
        if chosen:
            if self.side == "place":
                self.open_student.emit(chosen[0])
            else:
                self.open_place.emit(chosen[1])

    def propose(self) -> bool:
        """Propose the selected match in one step; a place held by another student, full or unrecognised is said first."""
        chosen = self.current()
        actor = self.context.actor
        if chosen is None or not actor.may("placements", CREATE):
            return False
        student_id, place_id = chosen
        with self.context.database.session() as session:
            place = records.get(session, actor, "places", place_id)
            warnings = places.proposal_warnings(session, place, student_id)  # type: ignore[arg-type]
            days = places.hold_days(session)
        if warnings:
            question = QMessageBox(QMessageBox.Icon.Warning, self.tr("Propose"), self.tr("Propose all the same?") + "\n\n" + "\n".join(f"⚠ {w}" for w in warnings),
                                   QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            question.setObjectName("propose-warning")
            question.setDefaultButton(QMessageBox.StandardButton.No)
            if question.exec() != QMessageBox.StandardButton.Yes:
                return False
        try:
            until = perform(self.context, lambda session: places.propose(session, actor, student_id, place_id, days=days).held_until)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Propose"), str(error))
            return False
        name = self._names.get(student_id if self.side == "place" else place_id, "")
        self.result.setText(self.tr("Proposed: %s. The place is held until %s.") % (name, format_date(until)))
        self.proposed.emit(student_id, place_id)
        return True


class PlacePage(QWidget):
    """One place: what, where, when, how many are taken, who holds it, its recognition, and the students who fit."""

    back = Signal()
    open_student = Signal(str)
    open_employer = Signal(str)

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("place-page")
        self.context = context
        self.place_id: str | None = None
        self.employer_id: str | None = None
        back = QPushButton(self.tr("← Back"))
        back.clicked.connect(self.back)
        self.employer_button = QPushButton(self.tr("Open employer"))
        self.employer_button.setObjectName("place-open-employer")
        self.employer_button.clicked.connect(lambda: self.employer_id and self.open_employer.emit(self.employer_id))
        self.edit_button = QPushButton(self.tr("Edit place"))
        self.edit_button.setObjectName("edit-place")
        self.edit_button.clicked.connect(self.edit)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addStretch(1)
        top.addWidget(self.employer_button)
        top.addWidget(self.edit_button)
        self.title = QLabel()
        self.title.setObjectName("place-title")
        self.details = QLabel()
        self.details.setObjectName("place-details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matches = MatchPanel(context, "place")
        self.matches.open_student.connect(self.open_student)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.matches, 1)
        context.changed.connect(self._on_changed)

    def _on_changed(self, kinds: set) -> None:
        if self.place_id and self.isVisible() and kinds & {"places", "placements", "students", "recognitions", "travel_times"}:
            self.show_place(self.place_id)

    def show_place(self, place_id: str) -> None:
        self.place_id = place_id
        self.edit_button.setVisible(self.context.actor.may("places", CHANGE))
        with self.context.database.session() as session:
            file = place_pages.place_file(session, self.context.actor, place_id)
            place, row = file.place, file.row
            self.employer_id = place.employer_id
            self.title.setText(f"<h2>{escape(row.title or self.tr('Place'))} · {escape(row.employer)}</h2>")
            self.title.setAccessibleName(row.title)
            self.details.setText(self._details_html(place, row, file))
        self.matches.load(place_id)
        self.matches.table.setFocus()

    def _details_html(self, place: m.Place, row: places.PlaceRow, file: place_pages.PlaceFile) -> str:
        parts = [row.leerweg, place.sector, place.work_type, place.werkveld, place.crebo and f"crebo {place.crebo}",
                 place.level and self.tr("level %s") % place.level]
        what = " · ".join(dict.fromkeys(part for part in parts if part))  # (a sector that is also the field of work once)
        where = " ".join(filter(None, [place.location_pc4, place.location_place])) or self.tr("⚠ no location postcode: travel unknown")
        if place.starts_on or place.ends_on:
            when = f"{format_date(place.starts_on) or '…'} – {format_date(place.ends_on) or '…'}"
        else:
            when = self.tr("all year")
        days = ", ".join(choice_label(day) for day in m.Weekday if day.value in (place.days or []))  # in the week's order
        hours = " · ".join(filter(None, [days, place.hours_per_week and self.tr("%s hours a week") % place.hours_per_week]))
        taken = self.tr("%s of %s taken, %s free") % (row.taken, row.capacity, row.free)
        held = "; ".join(self.tr("held for %s by %s until %s") % (hold.student or self.tr("a student"), hold.coach, format_date(hold.held_until))
                         for hold in file.holds)
        if not places.needs_recognition(place.leerweg):
            sbb = self.tr("no SBB recognition needed (stage or job)")
        elif row.recognition_ok:
            sbb = self.tr("✓ valid SBB recognition for crebo %s") % (place.crebo or "?")
        else:
            sbb = "⚠ " + self.tr("no valid SBB recognition for crebo %s: never offered to an mbo student") % (place.crebo or "?")
        offers = ", ".join(choice_label(m.PlaceFeature(f)) for f in place.features or [] if f in {x.value for x in m.PlaceFeature})
        asks = ", ".join(choice_label(m.WorkCondition(c)) for c in place.work_conditions or [] if c in {x.value for x in m.WorkCondition})
        rows = [
            (self.tr("What"), what), (self.tr("Where"), where), (self.tr("When"), when), (self.tr("Days and hours"), hours),
            (self.tr("Status"), choice_label(place.status)), (self.tr("Places"), taken), (self.tr("Held"), held),
            (self.tr("SBB"), sbb), (self.tr("Workplace trainer"), file.trainer or ""), (self.tr("Offers"), offers),
            (self.tr("The work asks"), asks), (self.tr("Notes"), place.notes or ""),
        ]
        flagged = {self.tr("SBB")} if places.needs_recognition(place.leerweg) and not row.recognition_ok else set()
        if row.free == 0:
            flagged.add(self.tr("Places"))
        red = f" style='color:{BAD}'"
        cells = "".join(f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td><td{red if k in flagged else ''}>{escape(v)}</td></tr>"
                        for k, v in rows if v)
        return f"<table>{cells}</table>"

    def edit(self) -> RecordDialog:
        dialog = RecordDialog(self.context, "places", record_id=self.place_id, parent=self)
        dialog.open()
        return dialog


class EmployerPlaces(QTabWidget):
    """On the employer page: his places, SBB recognitions (expired flagged, a link to Stagemarkt), pipeline and contacts."""

    open_place = Signal(str)

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("employer-places")
        self.context = context
        self.employer_id: str | None = None
        self.employer_name = ""
        # Places
        self.places = table([self.tr("Place"), self.tr("Kind"), self.tr("Status"), self.tr("Taken"), self.tr("Where"), self.tr("To know")], "employer-place-list")
        self.places.itemActivated.connect(lambda item: item.data(Qt.ItemDataRole.UserRole) and self.open_place.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.new_place = QPushButton(self.tr("New place"))
        self.new_place.setObjectName("new-place")
        self.new_place.clicked.connect(self.add_place)
        self.places_tab = self._tab(self.places, [self.new_place])
        # Recognitions
        self.recognitions = table([self.tr("Crebo"), self.tr("Leerbedrijf-ID"), self.tr("Valid from"), self.tr("Valid until"), self.tr("Checked on")],
                                  "employer-recognitions")
        self.links = QLabel()
        self.links.setObjectName("stagemarkt-links")
        self.links.setOpenExternalLinks(True)
        self.links.setWordWrap(True)
        self.new_recognition = QPushButton(self.tr("Add recognition"))
        self.new_recognition.setObjectName("new-recognition")
        self.new_recognition.clicked.connect(self.add_recognition)
        self.recognitions_tab = self._tab(self.recognitions, [self.new_recognition], self.links)
        # Pipeline and contacts
        self.stage = QLabel()
        self.stage.setObjectName("employer-stage")
        self.stage.setWordWrap(True)
        self.contacts = table([self.tr("Date"), self.tr("Kind"), self.tr("By"), self.tr("Summary"), self.tr("Next step")], "employer-contacts")
        self.log_button = QPushButton(self.tr("Log employer contact"))
        self.log_button.setObjectName("log-employer-contact")
        self.log_button.clicked.connect(self.log_contact)
        self.pipeline_tab = self._tab(self.contacts, [self.log_button], self.stage, above=True)
        self.addTab(self.places_tab, self.tr("Places"))
        self.addTab(self.recognitions_tab, self.tr("SBB recognitions"))
        self.addTab(self.pipeline_tab, self.tr("Recruitment and contacts"))

    def _tab(self, widget: QWidget, buttons: list[QPushButton], extra: QWidget | None = None, *, above: bool = False) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        if extra is not None and above:
            row.addWidget(extra, 1)
        else:
            row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(widget)
        if extra is not None and not above:
            layout.addWidget(extra)
        layout.addStretch(1)
        return tab

    def show_employer(self, employer_id: str, name: str) -> None:
        self.employer_id, self.employer_name = employer_id, name
        actor = self.context.actor
        with self.context.database.session() as session:
            side = place_pages.employer_side(session, actor, employer_id)
        self.setVisible(actor.may_read("places"))
        self.new_place.setVisible(actor.may("places", CREATE))
        self.new_recognition.setVisible(actor.may("recognitions", CREATE))
        fill(self.places, [(p.id, [p.title, p.leerweg, choice_label(p.status), f"{p.taken}/{p.capacity}",
                                   " ".join(filter(None, [p.location_pc4, p.location_place])), "; ".join(p.flags)]) for p in side.places], height=200)
        for row, p in enumerate(side.places):
            if not p.recognition_ok:
                self.places.item(row, 5).setForeground(QBrush(QColor(BAD)))
        today = clock.today()
        fill(self.recognitions, [(r.id, [r.crebo, r.sbb_id or "", format_date(r.valid_from),
                                         format_date(r.valid_until) + ("" if r.valid else " ⚠ " + (self.tr("expired") if r.valid_until and r.valid_until < today else self.tr("not yet valid"))),
                                         format_date(r.checked_on)]) for r in side.recognitions], height=200)
        for row, r in enumerate(side.recognitions):
            if not r.valid:
                self.recognitions.item(row, 3).setForeground(QBrush(QColor(BAD)))
        links = [f"<a href='{escape(r.stagemarkt_url, quote=True)}'>{escape(self.tr('Stagemarkt page (crebo %s)') % r.crebo)}</a>"
                 for r in side.recognitions if r.stagemarkt_url and r.stagemarkt_url.startswith(("https://", "http://"))]
        self.links.setText(" · ".join(dict.fromkeys(links)) + ("<br>" if links else "") + escape(self.tr(
            "Check a recognition on Stagemarkt; CoachDesk keeps only what the school knows, never a copy.")))
        self.setTabVisible(2, side.pipeline)
        if side.pipeline:
            stage = choice_label(side.stage) if side.stage else self.tr("not in the pipeline")
            parts = [self.tr("Stage: %s") % stage, self.tr("owner: %s") % (side.owner or "—")]
            if side.next_step or side.next_step_on:
                parts.append(self.tr("next step: %s") % " ".join(filter(None, [side.next_step, format_date(side.next_step_on)])))
            if side.dropped_reason:
                parts.append(self.tr("dropped: %s") % side.dropped_reason)
            self.stage.setText(" · ".join(parts))
            self.setTabText(2, self.tr("Recruitment: %s") % stage)  # the stage seen without opening the tab
            self.log_button.setVisible(actor.may("employer_contacts", CREATE))
            fill(self.contacts, [(c.id, [format_date(c.contacted_on), choice_label(c.kind), c.coach, c.summary,
                                         " ".join(filter(None, [c.next_step, format_date(c.next_step_on)]))]) for c in side.contacts], height=200)

    def add_place(self) -> RecordDialog:
        dialog = RecordDialog(self.context, "places", hidden={"employer_id": self.employer_id}, initial={"leerweg": m.PlaceLeerweg.STAGE}, parent=self)
        dialog.open()
        return dialog

    def add_recognition(self) -> RecordDialog:
        dialog = RecordDialog(self.context, "recognitions", hidden={"employer_id": self.employer_id}, initial={"checked_on": clock.today()}, parent=self)
        dialog.open()
        return dialog

    def log_contact(self) -> RecordDialog:
        return open_contact_dialog(self, self.context, self.employer_id or "", self.employer_name)
