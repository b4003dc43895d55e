"""Werving: the team's employer pipeline per stage — who talks to which employer, the next step and its date,
the last contact — and logging an employer contact from it (``services/acquisition.py`` moves the pipeline)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.labels import choice_label
from coachdesk.domain.policy import CREATE
from coachdesk.services import acquisition
from coachdesk.services.list_queries import search_form
from coachdesk.ui.context import AppContext
from coachdesk.ui.screens.places import BAD, fill, open_contact_dialog, table
from coachdesk.ui.shortcuts import key
from coachdesk.ui.widgets.formatting import format_date

KINDS_SHOWN = {"employers", "employer_contacts", "places", "coaches"}


class PipelineScreen(QWidget):
    """Employers per stage of winning them over; Enter opens the employer, "Log contact" records a call or visit."""

    open_employer = Signal(str)

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline")
        self.context = context
        self.stage_box = QComboBox()
        self.stage_box.setObjectName("pipeline-stage")
        self.stage_box.setAccessibleName(self.tr("Stage"))
        self.stage_box.addItem(self.tr("All stages"), None)
        for stage in (*acquisition.STAGE_ORDER, m.AcquisitionStage.DROPPED):
            self.stage_box.addItem(choice_label(stage), stage)
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("pipeline-owner")
        self.owner_box.setAccessibleName(self.tr("Owner"))
        self.owner_box.addItem(self.tr("Everyone's"), None)
        if context.actor.coach_id:
            self.owner_box.addItem(self.tr("Mine"), "mine")
        self.due_box = QComboBox()
        self.due_box.setObjectName("pipeline-due")
        self.due_box.setAccessibleName(self.tr("Next step"))
        self.due_box.addItem(self.tr("Any next step"), None)
        self.due_box.addItem(self.tr("Next step due"), "due")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by employer…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.log_button = QPushButton(self.tr("Log contact…"))
        self.log_button.setObjectName("pipeline-log-contact")
        self.log_button.clicked.connect(self.log_contact)
        self.open_button = QPushButton(self.tr("Open employer"))
        self.open_button.setObjectName("pipeline-open")
        self.open_button.clicked.connect(self._open_current)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        for box in (self.stage_box, self.owner_box, self.due_box):
            box.currentIndexChanged.connect(self._show)
            top.addWidget(box, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.log_button)
        self.search.textChanged.connect(self._show)
        self.search.returnPressed.connect(self._focus_table)
        self.table = table([self.tr("Employer"), self.tr("Stage"), self.tr("Owner"), self.tr("Next step"), self.tr("On"),
                            self.tr("Last contact"), self.tr("By"), self.tr("Open places")], "pipeline-table", stretch_last=False)
        self.table.setAccessibleName(self.tr("Employers in the pipeline"))
        self.table.itemActivated.connect(lambda item: self._open_current())
        self.table.itemSelectionChanged.connect(self._selected)
        QShortcut(key("log-contact"), self, self.log_contact)
        self.count = QLabel()
        self.count.setObjectName("pipeline-count")
        self.stage_counts = QLabel()
        self.stage_counts.setObjectName("pipeline-stage-counts")
        self.stage_counts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.tr('Recruitment')}</h2>"))
        layout.addWidget(self.stage_counts)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.rows: list[acquisition.PipelineRow] = []
        self.shown: list[acquisition.PipelineRow] = []
        self._loaded = False
        context.changed.connect(self._on_changed)

    def _on_changed(self, kinds: set) -> None:
        if self._loaded and set(kinds) & KINDS_SHOWN:
            self.reload() if self.isVisible() else setattr(self, "_stale", True)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._loaded or getattr(self, "_stale", False):
            self.reload()

    def reload(self) -> None:
        self._loaded, self._stale = True, False
        with self.context.database.session() as session:
            self.rows = acquisition.pipeline_rows(session, self.context.actor)
        counts = {stage: 0 for stage in (*acquisition.STAGE_ORDER, m.AcquisitionStage.DROPPED)}
        for row in self.rows:
            if row.stage in counts:
                counts[row.stage] += 1
        self.stage_counts.setText(" → ".join(f"{choice_label(stage)} {count}" for stage, count in counts.items() if stage != m.AcquisitionStage.DROPPED)
                                  + " · " + f"{choice_label(m.AcquisitionStage.DROPPED)} {counts[m.AcquisitionStage.DROPPED]}")
        self._show()

    def _show(self) -> None:
        stage, owner, due = self.stage_box.currentData(), self.owner_box.currentData(), self.due_box.currentData()
        words = search_form(self.search.text()).split()
        me = self.context.user.name if self.context.user else None
        today = clock.today()
        selected = self.current_id()
        self.shown = [row for row in self.rows
                      if (stage is None or row.stage == stage) and (owner is None or (me and row.owner == me))
                      and (due is None or (row.next_step_on and row.next_step_on <= today and row.stage != m.AcquisitionStage.DROPPED))
                      and all(word in search_form(row.name) for word in words)]
        fill(self.table, [(row.employer_id, [row.name, choice_label(row.stage) if row.stage else "", row.owner or "", row.next_step or "",
                                             format_date(row.next_step_on), format_date(row.last_contact_on), row.last_contact_by or "",
                                             str(row.places_open)]) for row in self.shown], height=100000)
        self.table.setMinimumHeight(200)
        self.table.setMaximumHeight(16777215)
        self._fit_columns()
        for number, row in enumerate(self.shown):
            if row.next_step_on and row.next_step_on <= today and row.stage != m.AcquisitionStage.DROPPED:
                self.table.item(number, 4).setForeground(QBrush(QColor(BAD)))
                self.table.item(number, 4).setToolTip(self.tr("Due"))
        self.count.setText(self.tr("%n employer(s) shown", "", len(self.shown)) + (self.tr(" of %n", "", len(self.rows)) if len(self.shown) != len(self.rows) else ""))
        if selected and selected in [row.employer_id for row in self.shown]:
            self.table.selectRow([row.employer_id for row in self.shown].index(selected))
        elif self.shown:
            self.table.selectRow(0)
        self._selected()

    def _fit_columns(self) -> None:
        """Every column on a 1366 px screen: dates and names in full, a long employer name or next step cut (whole in its tooltip)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        for column, widest in ((0, 215), (1, 150), (3, 235), (2, 135), (6, 135)):
            self.table.setColumnWidth(column, min(widest, self.table.columnWidth(column)))

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.shown[rows[0].row()].employer_id if rows and rows[0].row() < len(self.shown) else None

    def _selected(self) -> None:
        chosen = self.current_id() is not None
        self.open_button.setEnabled(chosen)
        self.log_button.setEnabled(chosen and self.context.actor.may("employer_contacts", CREATE))

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.shown and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)

    def _open_current(self) -> None:
        employer_id = self.current_id()
        if employer_id:
            self.open_employer.emit(employer_id)

    def log_contact(self):
        employer_id = self.current_id()
        if not employer_id or not self.context.actor.may("employer_contacts", CREATE):
            return None
        name = next(row.name for row in self.shown if row.employer_id == employer_id)
        return open_contact_dialog(self, self.context, employer_id, name)

