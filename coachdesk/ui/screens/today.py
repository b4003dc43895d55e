"""Vandaag: who needs attention, and the contacts planned for this week."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.i18n import translate
from coachdesk.services.attention import (
    EMPLOYER_STEP,
    ENDED_EARLY,
    ENDING,
    FEW_CONTACTS,
    KIND_LABELS,
    KIND_ORDER,
    OVERDUE,
    SEARCHING,
    AttentionItem,
    attention_list,
    planned_contacts,
)
from coachdesk.services.caseload import has_caseload
from coachdesk.services.list_queries import search_form
from coachdesk.ui.context import AppContext
from coachdesk.ui.screens.pages import fill_table, open_visit_dialog, small_table
from coachdesk.ui.shortcuts import key
from coachdesk.ui.tasks import BackgroundOperation
from coachdesk.ui.widgets.formatting import format_date

ITEM_ROLE = Qt.ItemDataRole.UserRole + 10


class AttentionModel(QAbstractTableModel):

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[AttentionItem] = []

    def set_items(self, items: list[AttentionItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Why"), self.tr("Student"), self.tr("Due"), self.tr("Details")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return [item.kind_label, item.student_name, format_date(item.due), item.reason][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.reason
        return None


class AttentionProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind: str | None = None
        self.words: list[str] = []

    def set_criteria(self, kind: str | None, text: str) -> None:
        self.beginFilterChange()
        self.kind, self.words = kind, search_form(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        item = self.sourceModel().items[row]
        if self.kind and item.kind != self.kind:
            return False
        name = search_form(item.student_name)
        return all(word in name for word in self.words)


# The reasons a contact answers: Enter on their row opens the contact form; on any other row it opens the student.
CONTACT_KINDS = frozenset({OVERDUE, FEW_CONTACTS, SEARCHING, ENDING, ENDED_EARLY, EMPLOYER_STEP})


class TodayScreen(QWidget):
    open_student = Signal(str)
    open_employer = Signal(str)  # an employer's pipeline step
    open_items_to_check = Signal()
    loaded = Signal()

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("today")
        self.context = context
        self.heading = QLabel()
        self.heading.setObjectName("today-heading")
        self.busy_label = QLabel()
        self.busy_label.setObjectName("today-busy")
        self.busy_label.hide()
        self._generation = 0
        self.model = AttentionModel(self)
        self.proxy = AttentionProxy(self)
        self.proxy.setSourceModel(self.model)
        self.kind_filter = QComboBox()
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_filter.setMinimumContentsLength(14)  # long reasons are cut in the closed box, not the screen widened
        self.kind_filter.setAccessibleName(self.tr("Kind of attention"))
        self.kind_filter.addItem(self.tr("All reasons"), None)
        for kind in KIND_ORDER:
            self.kind_filter.addItem(translate("Attention", KIND_LABELS[kind]), kind)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.scope = QComboBox()
        self.scope.setObjectName("today-scope")
        self.scope.setAccessibleName(self.tr("Whose students"))
        if context.actor.coach_id:
            self.scope.addItem(self.tr("My students"), "mine")
        everyone = self.tr("The whole team") if context.actor.role == m.CoachRole.COORDINATOR else self.tr("The whole school")
        self.scope.addItem(everyone, "all")
        with context.database.session() as session:
            own = has_caseload(session, context.actor.coach_id)
        if not own or context.actor.role == m.CoachRole.COORDINATOR or context.actor.is_jpo:
            self.scope.setCurrentIndex(self.scope.findData("all"))  # no students of his own yet; a coordinator answers for the team
        self.scope.currentIndexChanged.connect(self.reload)
        self.kind_filter.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.log_button = QPushButton(self.tr("Log contact"))
        self.log_button.setObjectName("today-log-contact")
        self.log_button.setToolTip(self.tr("Log a contact for the selected student (%s)") % key("log-contact").toString(QKeySequence.SequenceFormat.NativeText))
        self.log_button.clicked.connect(self.log_contact)
        QShortcut(key("log-contact"), self, self.log_contact)
        self.open_button = QPushButton(self.tr("Open student"))
        self.open_button.clicked.connect(self._open_current)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.open_button)
        filters.addWidget(self.log_button)

        self.table = QTableView()
        self.table.setObjectName("attention-table")
        self.table.setAccessibleName(self.tr("Needs attention"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.resizeSection(0, 190)
        header.resizeSection(1, 190)
        header.resizeSection(2, 100)
        self.table.doubleClicked.connect(self._open_current)
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Context first, slot after: PySide6 drops "context" when a slot is passed to the constructor, and Enter
            # anywhere on Vandaag (the search box too) would then log a contact for whatever row was selected.
            shortcut = QShortcut(QKeySequence(enter), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.enter)
        self.search.returnPressed.connect(self._enter_from_search)
        self.count_label = QLabel()

        self.planned = small_table([self.tr("Date"), self.tr("Student"), self.tr("Employer")], "planned-table")
        self.planned.setWordWrap(False)  # a name on one line; the employer is cut rather than the rows grown
        self.planned.setMaximumHeight(16777215)
        self.planned.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.planned.itemDoubleClicked.connect(lambda item: self.open_student.emit(item.data(Qt.ItemDataRole.UserRole)))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        attention_title = self.tr("Needs attention")
        left_layout.addWidget(QLabel(f"<h3>{attention_title}</h3>"))
        left_layout.addLayout(filters)
        left_layout.addWidget(self.busy_label)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        planned_title = self.tr("Planned for the coming 7 days")
        right_layout.addWidget(QLabel(f"<h3>{planned_title}</h3>"))
        right_layout.addWidget(self.planned, 1)
        self.splitter = QSplitter()
        self.splitter.setObjectName("today-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([720, 400])
        self.items_to_check = QPushButton()  # a team's items to check, when there are any
        self.items_to_check.setObjectName("today-items-to-check")
        self.items_to_check.clicked.connect(self.open_items_to_check)
        self.items_to_check.hide()
        top = QHBoxLayout()  # whose students: beside the heading, it scopes both lists
        top.addWidget(self.heading, 1)
        top.addWidget(self.items_to_check)
        top.addWidget(self.scope)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        context.changed.connect(self._on_changed)

    def _on_changed(self, kinds: set) -> None:
        self.reload()

    def show_items_to_check(self, count: int) -> None:
        self.items_to_check.setText(self.tr("%n item(s) to check", "", count))
        self.items_to_check.setVisible(count > 0)

    def reload(self) -> None:
        """Compute the attention list in the background: on a large caseload it takes a few hundred ms."""
        self._generation += 1
        generation, actor, settings, database = self._generation, self.context.actor, self.context.settings, self.context.database
        caseload_of = actor.coach_id if self.scope.currentData() == "mine" else None
        today = clock.today()
        self.busy_label.setText(self.tr("Updating…"))
        self.busy_label.show()

        def work(progress):
            with database.session() as session:
                items = attention_list(session, actor, today, settings, caseload_of=caseload_of)
                return items, planned_contacts(session, actor, today, today + timedelta(days=6))

        operation = BackgroundOperation(work, on_success=lambda result: self._show(generation, *result),
                                        on_failure=self._failed, parent=self)
        operation.finished.connect(operation.deleteLater)
        operation.start()

    def _failed(self, error: Exception) -> None:
        self.busy_label.setText(self.tr("The list could not be made: %s") % error)

    def _show(self, generation: int, items: list[AttentionItem], planned: list) -> None:
        if generation != self._generation:
            return  # a newer reload is under way
        today = clock.today()
        name = self.context.user.name if self.context.user else ""
        greeting = self.tr("Good morning") if 5 <= clock.now().hour < 12 else self.tr("Hello")
        today_text = self.tr("Today is %s.") % format_date(today)
        self.heading.setText(f"<h2>{greeting}{', ' + name.split()[0] if name else ''}</h2>{today_text}")
        selected = self.current_item()
        self.model.set_items(items)
        fill_table(self.planned, [(p.student_id, [format_date(p.due), p.student_name, p.employer_name or ""]) for p in planned])
        self.planned.setMaximumHeight(16777215)
        self.planned.resizeColumnsToContents()  # a date and a name in full; the employer takes what is left
        self._filter()
        if selected:
            for row in range(self.proxy.rowCount()):
                item = self.proxy.index(row, 0).data(ITEM_ROLE)
                if (item.kind, item.student_id) == (selected.kind, selected.student_id):
                    self.table.selectRow(row)
                    break
        self.busy_label.hide()
        self.loaded.emit()

    def _filter(self) -> None:
        self.proxy.set_criteria(self.kind_filter.currentData(), self.search.text())
        students = {self.proxy.index(row, 0).data(ITEM_ROLE).student_id for row in range(self.proxy.rowCount())} - {""}
        self.count_label.setText(self.tr("%n students need attention", "", len(students)))
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def current_item(self) -> AttentionItem | None:
        index = self.table.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def log_contact(self):
        item = self.current_item()
        if item is not None and item.employer_id:  # an employer's pipeline step: a contact with the employer
            from coachdesk.ui.screens.places import open_contact_dialog

            return open_contact_dialog(self, self.context, item.employer_id, item.student_name)
        if item is None or not item.student_id:
            return None
        return open_visit_dialog(self, self.context, item.student_id, item.placement_id)

    def _row_seen(self) -> bool:
        """Whether the current row is on screen: Enter acts only on a row the user can see."""
        index = self.table.currentIndex()
        return index.isValid() and self.table.isVisible() and self.table.viewport().rect().intersects(self.table.visualRect(index))

    def enter(self):
        """Enter on a row: a contact for the reasons a contact answers, otherwise the student (or employer) opens.
        A row that is not on screen is only shown first (the next Enter acts), never acted on unseen."""
        item = self.current_item()
        if item is None:
            return None
        if not self._row_seen():
            self.table.scrollTo(self.table.currentIndex())
            return None
        if item.kind in CONTACT_KINDS:
            return self.log_contact()
        self._open_current()
        return None

    def _enter_from_search(self) -> None:
        """Enter in the search box: the (first) row that matches is shown and selected, and the list takes the focus."""
        if not self.proxy.rowCount():
            return
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.table.scrollTo(self.table.currentIndex())
        self.table.setFocus()

    def _open_current(self) -> None:
        item = self.current_item()
        if item and item.employer_id:
            self.open_employer.emit(item.employer_id)
        elif item:
            self.open_student.emit(item.student_id)
