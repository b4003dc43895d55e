"""The Monitor: the coordinator's figures with their definitions, charts, the students behind a figure, exports.

Figures are computed in the background (``services.monitor``); a filter change starts a new
computation and an older one that finishes later is dropped. Charts are drawn with QPainter from
the same shapes the PDF draws with reportlab (``monitor.chart_shapes``), so a chart looks the same
on screen and on paper. QtCharts (deprecated) and QtGraphs (needs Qt Quick) are not used.
"""
from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import clock
from coachdesk.domain import indicators as ind
from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import translate
from coachdesk.services import monitor
from coachdesk.services import outcomes as outcome_service
from coachdesk.ui.context import AppContext
from coachdesk.ui.tasks import BackgroundOperation, perform

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ChartWidget(QWidget):
    """One chart (``monitor.Chart``) painted from ``monitor.chart_shapes``, the shapes the PDF draws too."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.chart: monitor.Chart | None = None
        self.setMinimumHeight(170)

    def set_chart(self, chart: monitor.Chart | None) -> None:
        self.chart = chart
        if chart is not None:
            self.setMinimumHeight(int(max(170, 30 + len(chart.labels) * 22)) if chart.kind == "bars" else 190)
            self.setAccessibleName(chart.title)
            self.setToolTip("\n".join(f"{label}: {text}" for label, text in zip(chart.labels, chart.texts, strict=True)))
        self.update()

    def shapes(self) -> list[monitor.Shape]:
        if self.chart is None:
            return []
        return monitor.chart_shapes(self.chart, float(self.width()), float(self.height()))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        for shape in self.shapes():
            colour = QColor(shape.colour)
            if shape.kind == "rect":
                painter.fillRect(QRectF(*shape.points), colour)
            elif shape.kind == "line":
                painter.setPen(QPen(colour, 1.6 if shape.colour == monitor.BAR else 0.7))
                points = shape.points
                painter.drawPolyline(QPolygonF([QPointF(points[i], points[i + 1]) for i in range(0, len(points) - 1, 2)]))
            else:
                font = QFont(self.font())
                font.setPixelSize(max(6, round(shape.size)))  # a shape's unit is a point on paper and a pixel here
                painter.setFont(font)
                painter.setPen(colour)
                x, y = shape.points[:2]
                width = painter.fontMetrics().horizontalAdvance(shape.text)
                x -= {"middle": width / 2, "end": width}.get(shape.anchor, 0)
                painter.drawText(QPointF(x, y), shape.text)
        painter.end()


class StudentsDialog(QDialog):
    """The students behind one figure; a double click (or Enter) opens a student's file."""

    open_student = Signal(str)

    def __init__(self, title: str, students: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("monitor-students")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        count = self.tr("%n student(s)", "", len(students))
        heading = QLabel(f"<b>{escape(title)}</b><br>{escape(count)}")
        heading.setObjectName("monitor-students-heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)  # the window title is not shown everywhere (a remote desktop without decorations)
        self.list = QListWidget()
        self.list.setObjectName("monitor-students-list")
        for student_id, name in students:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, student_id)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._open)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 420)

    def _open(self, item: QListWidgetItem) -> None:
        self.open_student.emit(item.data(ID_ROLE))
        self.accept()


class AkkoordDialog(QDialog):
    """The coordinator maps the sectors to the region's akkoorden; Rotterdam-Rijnmond's as a ready preset."""

    def __init__(self, sectors: list[str], mapping: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("monitor-akkoorden")
        self.setWindowTitle(self.tr("Akkoorden"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("For each sector, the akkoord it counts under in the region (empty: no akkoord).")))
        self.table = QTableWidget(len(sectors), 2)
        self.table.setObjectName("akkoorden-table")
        self.table.setHorizontalHeaderLabels([self.tr("Sector"), self.tr("Akkoord")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        for row, sector in enumerate(sectors):
            name = QTableWidgetItem(sector)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(mapping.get(sector, "")))
        layout.addWidget(self.table)
        self.preset = QPushButton(self.tr("Rotterdam-Rijnmond preset"))
        self.preset.setObjectName("akkoorden-preset")
        self.preset.clicked.connect(self.use_preset)
        layout.addWidget(self.preset)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def use_preset(self) -> None:
        for row in range(self.table.rowCount()):
            sector = self.table.item(row, 0).text()
            self.table.item(row, 1).setText(monitor.RIJNMOND_PRESET.get(sector, ""))

    def mapping(self) -> dict[str, str]:
        rows = ((self.table.item(row, 0).text(), self.table.item(row, 1).text().strip()) for row in range(self.table.rowCount()))
        return {sector: akkoord for sector, akkoord in rows if akkoord}


class MonitorScreen(QWidget):
    open_student = Signal(str)
    loaded = Signal()

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("monitor")
        self.context = context
        self.figures: monitor.Figures | None = None
        self.months: list = []
        self._generation = 0
        self._operations: list[BackgroundOperation] = []
        self._loaded_once = False

        year = monitor.school_year_of(clock.today())
        self.period = QComboBox()
        self.period.setObjectName("monitor-period")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.addItem(self.tr("This school year"), "this")
        self.period.addItem(self.tr("Last school year"), "last")
        self.period.addItem(self.tr("Other period"), "custom")
        self.start = QDateEdit(_qdate(year.start))
        self.end = QDateEdit(_qdate(min(clock.today(), year.end)))
        for edit, name in ((self.start, "monitor-from"), (self.end, "monitor-to")):
            edit.setObjectName(name)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To (peildatum)"))
        self.by = QComboBox()
        self.by.setObjectName("monitor-by")
        self.by.setAccessibleName(self.tr("Breakdown"))
        self.by.addItem(self.tr("No breakdown"), None)
        for name in monitor.DIMENSIONS:
            self.by.addItem(translate("Monitor", monitor.DIMENSION_LABELS[name]), name)
        self.school_type = QComboBox()
        self.school_type.setObjectName("monitor-school-type")
        self.school_type.setAccessibleName(self.tr("School type"))
        self.school_type.addItem(self.tr("All school types"), None)
        from coachdesk.domain import models as m
        from coachdesk.domain.labels import choice_label

        for value in m.SchoolType:
            self.school_type.addItem(choice_label(value), value.value)
        self.outside = QCheckBox(self.tr("For outside the school"))
        self.outside.setObjectName("monitor-outside")
        self.outside.setToolTip(translate("Monitor", ind.SUPPRESSION_RULE))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("monitor-export")
        self.akkoord_button = QPushButton(self.tr("Akkoorden…"))
        self.akkoord_button.setObjectName("monitor-akkoorden")
        self.akkoord_button.setToolTip(self.tr("Map the sectors to the region's akkoorden (coordinator)"))
        self.akkoord_button.setVisible(context.actor.role.value == "coordinator")
        self.status = QLabel()
        self.status.setObjectName("monitor-status")

        self.table = QTableWidget()
        self.table.setObjectName("monitor-figures")
        self.table.setAccessibleName(self.tr("Figures"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.help = QLabel()
        self.help.setObjectName("monitor-definition")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setMinimumHeight(90)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton(self.tr("Students behind this figure…"))
        self.open_button.setObjectName("monitor-open")

        self.funnel = ChartWidget("monitor-funnel")
        self.months_chart = ChartWidget("monitor-months")
        self.breakdown = ChartWidget("monitor-breakdown")
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        for widget in (self.funnel, self.months_chart, self.breakdown):
            charts_layout.addWidget(widget)
        charts_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.help)
        left_layout.addWidget(self.open_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([640, 480])

        figures_tab = QWidget()
        figures_layout = QVBoxLayout(figures_tab)
        # Two rows, so that on a 1366 px screen no choice is cut: period and breakdown, then the filter, "for outside" and the actions.
        filters, actions = QHBoxLayout(), QHBoxLayout()
        for row, label, widget in ((filters, self.tr("Period"), self.period), (filters, self.tr("From"), self.start),
                                   (filters, self.tr("To"), self.end), (filters, self.tr("Breakdown"), self.by),
                                   (actions, self.tr("School type"), self.school_type)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        for combo in (self.period, self.by):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.school_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters.addStretch(1)
        actions.addSpacing(12)
        actions.addWidget(self.outside)
        actions.addStretch(1)
        actions.addWidget(self.akkoord_button)
        actions.addWidget(self.export_button)
        figures_layout.addLayout(filters)
        figures_layout.addLayout(actions)
        self.status.setWordWrap(True)
        figures_layout.addWidget(self.status)
        figures_layout.addWidget(splitter, 1)

        self.follow_ups = FollowUpsPanel(context)
        self.follow_ups.open_student.connect(self.open_student)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("monitor-tabs")
        self.tabs.addTab(figures_tab, self.tr("Figures"))
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups after leaving"))
        QVBoxLayout(self).addWidget(self.tabs)

        self.period.currentIndexChanged.connect(self._period_changed)
        for signal in (self.start.dateChanged, self.end.dateChanged, self.by.currentIndexChanged, self.school_type.currentIndexChanged,
                       self.outside.toggled):
            signal.connect(self.reload)
        self.table.currentCellChanged.connect(lambda row, column, *_: self._selected(row, column))
        self.table.cellDoubleClicked.connect(lambda row, column: self.open_figure(row, column))
        self.open_button.clicked.connect(lambda: self.open_figure(self.table.currentRow(), self.table.currentColumn()))
        self.export_button.clicked.connect(lambda: self.export())
        self.akkoord_button.clicked.connect(lambda: self.edit_akkoorden())
        context.changed.connect(lambda kinds: self.reload() if self.isVisible() else None)

    # --- the selection ------------------------------------------------------------------

    def selection(self) -> tuple[monitor.Period, str | None, dict[str, str], bool]:
        return (monitor.Period(_pydate(self.start.date()), _pydate(self.end.date())), self.by.currentData(),
                {"school_type": self.school_type.currentData()} if self.school_type.currentData() else {}, self.outside.isChecked())

    def _period_changed(self) -> None:
        choice = self.period.currentData()
        custom = choice == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if custom:
            return
        year = monitor.school_year_of(clock.today())
        if choice == "last":
            year = monitor.school_year_of(year.start.replace(year=year.start.year - 1))
        end = min(clock.today(), year.end)
        for edit in (self.start, self.end):
            edit.blockSignals(True)
        self.start.setDate(_qdate(year.start))
        self.end.setDate(_qdate(end))
        for edit in (self.start, self.end):
            edit.blockSignals(False)
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.reload()

    def reload(self) -> None:
        """Compute the figures for the selection in the background; a later selection wins."""
        self._generation += 1
        generation, actor, database = self._generation, self.context.actor, self.context.database
        period, by, filters, outside = self.selection()
        if period.end < period.start:
            self.status.setText(translate("Errors", monitor.MSG_PERIOD).format(start=period.start.strftime("%d-%m-%Y"), end=period.end.strftime("%d-%m-%Y")))
            return
        self.status.setText(self.tr("Counting…"))

        def work(progress):
            with database.session() as session:
                figures = monitor.compute(session, actor, period, by=by, filters=filters, outside=outside)
                months = monitor.searching_by_month(session, actor, period, filters=filters, outside=outside) if "searching_end" in figures.indicators else []
                return figures, months

        operation = BackgroundOperation(work, on_success=lambda result: self._show(generation, *result), on_failure=self._failed, parent=self)
        operation.finished.connect(lambda: self._finished(operation))
        self._operations.append(operation)
        operation.start()

    def _finished(self, operation: BackgroundOperation) -> None:
        if operation in self._operations:
            self._operations.remove(operation)
        operation.deleteLater()

    def _failed(self, error: Exception) -> None:
        self.status.setText(str(error) if isinstance(error, UserError) else self.tr("The figures could not be made."))

    def _show(self, generation: int, figures: monitor.Figures, months: list) -> None:
        if generation != self._generation:
            return
        self.figures, self.months = figures, months
        previous = (self.table.currentRow(), self.table.currentColumn())
        groups = figures.groups
        self.table.clear()
        self.table.setColumnCount(2 + len(groups))
        self.table.setRowCount(len(figures.indicators))
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Total")] + [group["label"] for group in groups])
        for row, (indicator_id, value) in enumerate(figures.indicators.items()):
            indicator = ind.BY_ID[indicator_id]
            title = QTableWidgetItem(indicator.text("title"))
            title.setData(ID_ROLE, indicator_id)
            title.setToolTip(indicator.text("definition"))
            self.table.setItem(row, 0, title)
            cells = [(None, value)] + [(group["key"], group["indicators"].get(indicator_id)) for group in groups]
            for column, (key, cell_value) in enumerate(cells, start=1):
                text = monitor.figure_text(indicator_id, cell_value)
                item = QTableWidgetItem(text if len(text) <= 40 else text[:39] + "…")
                item.setData(ID_ROLE, indicator_id)
                item.setData(KEY_ROLE, key)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(f"{text}\n\n{indicator.text('definition')}" if len(text) > 40 else indicator.text("definition"))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        # Narrow enough that, beside the total, a breakdown's first groups show on a 1366 px screen (the whole text in the tooltip).
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 250))
        for column in range(1, self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 160))
        row, column = previous
        self.table.setCurrentCell(max(0, min(row, self.table.rowCount() - 1)), max(1, min(column, self.table.columnCount() - 1)))
        self.funnel.set_chart(monitor.funnel_chart(figures))
        self.months_chart.set_chart(monitor.months_chart(months) if months else None)
        self.months_chart.setVisible(bool(months))
        self._selected(self.table.currentRow(), self.table.currentColumn())
        hidden = self.tr(" Counts below 5 show as \"<5\"; \"x\" is hidden so that a total does not give one away.") if figures.outside else ""
        self.status.setText(self.tr("From %1 to %2; peildatum %2. Definitions version %3.").replace("%1", figures.period.start.strftime("%d-%m-%Y"))
                            .replace("%2", figures.period.end.strftime("%d-%m-%Y")).replace("%3", str(figures.definitions_version)) + hidden)
        self.open_button.setEnabled(not figures.outside and monitor.may_open_students(self.context.actor))
        self.loaded.emit()

    def _selected(self, row: int, column: int) -> None:
        """Show the definition of the figure in ``row`` beside the table, and its breakdown as bars."""
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None or self.figures is None:
            return
        indicator = ind.BY_ID[item.data(ID_ROLE)]
        parts = [f"<b>{indicator.text('title')}</b>", indicator.text("definition")]
        for part, label in (("numerator", "Counts"), ("denominator", "Out of"), ("population", "Population"), ("peildatum", "Peildatum")):
            if indicator.text(part):
                parts.append(f"<i>{translate('Monitor', label)}:</i> {indicator.text(part)}")
        self.help.setText("<br>".join(parts))
        if self.figures.groups:
            self.breakdown.set_chart(monitor.breakdown_chart(self.figures, indicator.id))
            self.breakdown.show()
        else:
            self.breakdown.set_chart(None)
            self.breakdown.hide()

    # --- a figure's students, and exports -----------------------------------------------------

    def open_figure(self, row: int, column: int) -> StudentsDialog | None:
        """The students behind the figure in ``row`` (for the group of ``column``), for those who may see them."""
        item = self.table.item(row, max(1, column))
        if item is None or self.figures is None:
            return None
        if self.figures.outside or not monitor.may_open_students(self.context.actor):
            QMessageBox.information(self, self.tr("Monitor"), self.tr("Figures for outside the school do not open to students."))
            return None
        indicator_id, key = item.data(ID_ROLE), item.data(KEY_ROLE)
        period, by, filters, _outside = self.selection()
        try:
            with self.context.database.session() as session:
                students = monitor.students_behind(session, self.context.actor, period, indicator_id, by=by if key is not None else None,
                                                   key=key, filters=filters)
        except UserError as error:
            QMessageBox.information(self, self.tr("Monitor"), str(error))
            return None
        title = ind.BY_ID[indicator_id].text("title") + (f" — {self.table.horizontalHeaderItem(max(1, column)).text()}" if key is not None else "")
        dialog = StudentsDialog(title, students, self)
        dialog.open_student.connect(self.open_student)
        dialog.open()
        return dialog

    def edit_akkoorden(self) -> AkkoordDialog:
        with self.context.database.session() as session:
            dialog = AkkoordDialog(monitor.known_sectors(session), monitor.akkoord_mapping(session), self)
        actor = self.context.actor

        def save() -> None:
            mapping = dialog.mapping()
            try:
                perform(self.context, lambda session: monitor.save_akkoord_mapping(session, actor, mapping))
            except UserError as error:
                QMessageBox.warning(self, self.tr("Akkoorden"), str(error))
                return
            self.reload()
        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def export(self, path: str | None = None) -> Path | None:
        """Save what is on screen (the same selection) as PDF, .xlsx or .csv (with its .json description)."""
        if self.figures is None:
            return None
        if path is None:
            path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export figures"), "monitor.pdf",
                                                        self.tr("PDF report (*.pdf);;Workbook (*.xlsx);;CSV with description (*.csv)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".xlsx", ".csv"):
            target = target.with_suffix(".pdf")
        from coachdesk.documents import monitor_report

        header = self.context.settings.print_header or self.context.settings.school_name
        if target.suffix.lower() == ".pdf":
            monitor_report.write_pdf(self.figures, target, header=header, months=self.months)
        elif target.suffix.lower() == ".xlsx":
            monitor_report.write_xlsx(self.figures, target)
        else:
            monitor_report.write_csv(self.figures, target)
        self.status.setText(self.tr("Saved as %s.") % target)
        return target


class FollowUpsPanel(QWidget):
    """The follow-ups due: choose a student (one click), then "still there" or another answer (the second)."""

    open_student = Signal(str)

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("monitor-follow-ups")
        self.list = QTableWidget()
        self.list.setObjectName("follow-ups-list")
        self.list.setColumnCount(4)
        self.list.setHorizontalHeaderLabels([self.tr("Student"), self.tr("Follow-up"), self.tr("Due on"), self.tr("Last known")])
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.still_there = QPushButton(self.tr("Still there"))
        self.still_there.setObjectName("follow-up-still-there")
        self.answer = QComboBox()
        self.answer.setObjectName("follow-up-answer")
        self.answer.setAccessibleName(self.tr("Where is the student now?"))
        from coachdesk.domain import models as m

        for value in m.Destination:
            self.answer.addItem(outcome_service.destination_label(value), value.value)
        self.record = QPushButton(self.tr("Record"))
        self.record.setObjectName("follow-up-record")
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.still_there)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Or now:")))
        buttons.addWidget(self.answer)
        buttons.addWidget(self.record)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Leavers whose follow-up is due. Select one, then answer: one click for \"still there\".")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.due: list[outcome_service.DueFollowUp] = []
        self.still_there.clicked.connect(lambda: self.save(still_there=True))
        self.record.clicked.connect(lambda: self.save(still_there=False))
        self.list.cellDoubleClicked.connect(lambda row, _column: self.open_student.emit(self.due[row].student_id) if row < len(self.due) else None)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        actor = self.context.actor
        with self.context.database.session() as session:
            self.due = outcome_service.due_follow_ups(session, actor, clock.today(), coach_id=actor.coach_id)
        self.list.setRowCount(len(self.due))
        for row, due in enumerate(self.due):
            values = [due.student_name, translate("Monitor", "After %n months", None, due.months), due.due.strftime("%d-%m-%Y"),
                      outcome_service.destination_label(due.last_known)]
            for column, value in enumerate(values):
                self.list.setItem(row, column, QTableWidgetItem(value))
        if self.due and self.list.currentRow() < 0:
            self.list.selectRow(0)
        for widget in (self.still_there, self.answer, self.record):
            widget.setEnabled(bool(self.due))
        if not self.due and not self.message.text():
            self.message.setText(self.tr("No follow-up is due today. Each leaver's follow-ups come here 6, 12 and 24 months after leaving."))

    def save(self, *, still_there: bool) -> Any:
        row = self.list.currentRow()
        if not 0 <= row < len(self.due):
            return None
        due, actor = self.due[row], self.context.actor
        answer = None if still_there else self.answer.currentData()
        try:
            perform(self.context, lambda session: outcome_service.record_follow_up(session, actor, due.student_id, due.months, answer,
                                                                                   still_there=still_there))
        except UserError as error:
            self.message.setText(str(error))
            return None
        self.message.setText(self.tr("Recorded for %s.") % due.student_name)
        self.reload()
        return due
