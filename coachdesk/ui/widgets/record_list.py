"""A list of records: lazy table model, filter proxy, and the screen with search and filters."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.i18n import translate
from coachdesk.domain.labels import choice_label
from coachdesk.services import list_queries as lists
from coachdesk.services.catalogue import STALE_AFTER
from coachdesk.services.list_queries import ListSpec, search_form
from coachdesk.ui.context import AppContext
from coachdesk.ui.widgets.formatting import format_date, format_datetime

BLOCK = 200  # rows fetched at once when the view scrolls to them
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def display(value: object, fmt: str) -> str:
    if fmt == "actor" and value is None:  # a change made by the command line or the app itself
        return translate("Columns", "CoachDesk (system)")
    if value is None:
        return ""
    if fmt == "date" or fmt == "checked":
        return format_date(value)  # type: ignore[arg-type]
    if fmt == "datetime":
        return format_datetime(value)  # type: ignore[arg-type]
    if fmt == "bool":
        return translate("Columns", "yes") if value else translate("Columns", "no")
    if fmt == "list":
        return ", ".join(str(item) for item in value)  # type: ignore[union-attr]
    if fmt == "action":
        return translate("Columns", lists.AUDIT_ACTIONS.get(str(value), str(value)))
    if fmt == "risk" and isinstance(value, str):  # a computed column arrives as its stored text
        value = m.RiskLevel(value)
    if fmt in ("choice", "risk"):
        return choice_label(value)  # type: ignore[arg-type]
    return str(value)


def sort_key(value: object, fmt: str) -> object:
    """Dates and numbers sort by value, everything else by its displayed text, ignoring case."""
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return value
    return display(value, fmt).casefold()


class RecordTableModel(QAbstractTableModel):
    """Holds the ids of all rows; loads the displayed values in blocks when asked for them."""

    def __init__(self, context: AppContext, spec: ListSpec, parent=None) -> None:
        super().__init__(parent)
        self.context, self.spec = context, spec
        self.keys = lists.ListKeys([], [], [])
        self._rows: dict[str, tuple] = {}
        self.where: list = []

    def reload(self) -> None:
        self.beginResetModel()
        with self.context.database.session() as session:
            self.keys = lists.load_keys(session, self.context.actor, self.spec, where=self.where)
        self._rows = {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.keys.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", self.spec.columns[section].header)
        return None

    def row_values(self, row: int) -> tuple:
        record_id = self.keys.ids[row]
        values = self._rows.get(record_id)
        if values is None:
            start = row - row % BLOCK
            self.load_rows(self.keys.ids[start : start + BLOCK])
            values = self._rows.get(record_id, ())
        return values

    def load_rows(self, ids: list[str]) -> None:
        missing = [i for i in ids if i not in self._rows]
        if missing:
            with self.context.database.session() as session:
                self._rows.update(lists.fetch_rows(session, self.context.actor, self.spec, missing))

    def load_all(self) -> None:
        self.load_rows(self.keys.ids)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.spec.columns[index.column()]
        if role == ID_ROLE:
            return self.keys.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            return None
        values = self.row_values(index.row())
        if not values:
            return None
        value = values[index.column()]
        if role == SORT_ROLE:
            return sort_key(value, column.format)
        stale = column.format == "checked" and (value is None or clock.today() - value > STALE_AFTER)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#b00020") if stale else None
        text = display(value, column.format)
        if role == Qt.ItemDataRole.ToolTipRole:
            if stale:
                return translate("Columns", "Last checked over a year ago: check the amounts and conditions.")
            return text if len(text) > 40 else None
        return f"⚠ {text}" if stale else text.replace("\n", " ")


class RecordFilterProxy(QSortFilterProxyModel):
    """Filters on the preloaded search texts and filter values, without touching the database."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._accepted: list[bool] | None = None
        self.setSortRole(SORT_ROLE)

    def set_criteria(self, text: str, filters: dict[int, object]) -> None:
        model: RecordTableModel = self.sourceModel()  # type: ignore[assignment]
        words = search_form(text).split()
        keys = model.keys
        if not words and not filters:
            accepted = None
        else:
            accepted = [
                all(word in search for word in words) and all(values[i] == wanted for i, wanted in filters.items())
                for search, values in zip(keys.search_texts, keys.filter_values)
            ]
        self.beginFilterChange()
        self._accepted = accepted
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        return self._accepted is None or self._accepted[source_row]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column >= 0:
            self.sourceModel().load_all()  # sorting needs every row's value once
        super().sort(column, order)


class ListScreen(QWidget):
    """Search-as-you-type, filters, a sortable table and the count of shown rows."""

    open_record = Signal(str)  # id
    new_record = Signal()

    def __init__(self, context: AppContext, kind: str, *, new_label: str = "", parent=None) -> None:
        super().__init__(parent)
        self._column_widths_set = False  # sized once, on the first load; then the user's widths stay
        self.context, self.spec = context, lists.LIST_SPECS[kind]
        self.setObjectName(f"list-{kind}")
        self.model = RecordTableModel(context, self.spec, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self.apply_filters)
        self.filter_boxes: list[QComboBox] = []
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        for list_filter in self.spec.filters:
            box = QComboBox()
            box.setAccessibleName(translate("Columns", list_filter.label))
            box.setMinimumContentsLength(10)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.currentIndexChanged.connect(self.apply_filters)
            self.filter_boxes.append(box)
            top.addWidget(box, 1)
        if new_label:
            self.new_button = QPushButton(new_label)
            self.new_button.clicked.connect(self.new_record)
            top.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("List"))
        self.table.doubleClicked.connect(self._open_current)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self._open_current, context=Qt.ShortcutContext.WidgetShortcut)
        self.search.returnPressed.connect(self._focus_table)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of rows shown"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        from coachdesk.ui.widgets.export_action import export_button

        bottom = QHBoxLayout()  # the count, and "Exporteren": the rows as shown, to .xlsx or .csv
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(export_button(self))
        layout.addLayout(bottom)
        self._loaded = False

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        selected = self.current_id()
        self.model.reload()
        self._fill_filter_boxes()
        self.apply_filters()
        if not self._column_widths_set:
            self._size_columns()
        if selected:
            self.select_id(selected)

    def _size_columns(self) -> None:
        self._column_widths_set = True
        header = self.table.horizontalHeader()
        width = max(600, self.table.viewport().width())
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, max(90, min(260, width // self.model.columnCount())))

    def _fill_filter_boxes(self) -> None:
        with self.context.database.session() as session:
            for box, list_filter in zip(self.filter_boxes, self.spec.filters):
                current = box.currentData()
                box.blockSignals(True)
                box.clear()
                box.addItem(self.tr("All: %s") % translate("Columns", list_filter.label), None)
                for value, label in self._filter_choices(session, list_filter):
                    box.addItem(label, value)
                index = box.findData(current)
                box.setCurrentIndex(max(0, index))
                box.blockSignals(False)

    def _filter_choices(self, session, list_filter) -> list[tuple[object, str]]:
        if list_filter.choices == "bool":
            return [(True, translate("Columns", "yes")), (False, translate("Columns", "no"))]
        if list_filter.choices in ("choice", "risk"):
            present = sorted({values[self.spec.filters.index(list_filter)] for values in self.model.keys.filter_values} - {None}, key=str)
            if list_filter.choices == "risk":
                present = [m.RiskLevel(v) for v in present]
            return [(value.value if list_filter.choices == "risk" else value, choice_label(value)) for value in present]
        return list_filter.choices(session)

    def apply_filters(self) -> None:
        filters = {}
        for index, box in enumerate(self.filter_boxes):
            value = box.currentData()
            if box.currentIndex() > 0:
                filters[index] = value
        self.proxy.set_criteria(self.search.text(), filters)
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(self.tr("%n shown", "", shown) + (self.tr(" of %n", "", total) if shown != total else ""))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_id(self, record_id: str) -> None:
        try:
            source_row = self.model.keys.ids.index(record_id)
        except ValueError:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _open_current(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.open_record.emit(record_id)
