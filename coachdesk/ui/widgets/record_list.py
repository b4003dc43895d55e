"""A list of records: lazy table model, filter proxy, and the screen with search and filters."""
from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QIdentityProxyModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
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
from coachdesk.domain.schema import FIELD_LABELS, OTHER_TABLES, TABLE_KINDS
from coachdesk.services import list_queries as lists
from coachdesk.services.caseload import has_caseload
from coachdesk.services.catalogue import STALE_AFTER
from coachdesk.services.list_queries import ListSpec
from coachdesk.ui.context import AppContext
from coachdesk.ui.widgets.formatting import format_date, format_datetime

BLOCK = 200  # rows fetched at once when the view scrolls to them
INDEX_AFTER_MS = 700  # the pause after opening or sorting a long list before its index is made or sorted
INDEX_AHEAD_ROWS = 1000  # a list this long gets its search index made (and sorted) in the background, before one types
IN_PLACE_AT_MOST = 50  # records saved at once that a list refreshes row by row; more, and it asks for everything again
MIN_SECTION = 60  # a column narrower than this after a restore is taken as collapsed
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@functools.cache
def _bold() -> QFont:
    """Made on first use: a font before the application exists is not Qt's way."""
    font = QFont()
    font.setBold(True)
    return font


def display(value: object, fmt: str) -> str:
    if fmt == "actor" and value is None:  # a change made by the command line or the app itself
        return translate("Columns", "CoachDesk (system)")
    if value is None:
        return ""
    if fmt in ("date", "checked", "until"):
        return format_date(value)  # type: ignore[arg-type]
    if fmt == "datetime":
        return format_datetime(value)  # type: ignore[arg-type]
    if fmt == "bool":
        return translate("Columns", "yes") if value else translate("Columns", "no")
    if fmt == "list":
        return ", ".join(str(item) for item in value)  # type: ignore[union-attr]
    if fmt == "table":  # the audit trail's table name, as the kind people know
        kind = TABLE_KINDS.get(str(value))
        return translate("Kinds", kind.singular if kind else OTHER_TABLES.get(str(value), str(value)))
    if fmt == "fields":
        return ", ".join(translate("Fields", FIELD_LABELS.get(str(name), str(name))) for name in value)  # type: ignore[union-attr]
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
    """The rows of one list as the database counts, filters and sorts them, fetched a window at a time.

    Every change of what is shown (search text, filter, sort order, a save) first asks
    the database for the new count and first window, and only then resets the model in
    one beginResetModel/endResetModel pair: views never see a half-changed model, and no
    proxy keeps a cache of rows that no longer exist (the crash of issue 13).
    """

    def __init__(self, context: AppContext, spec: ListSpec, parent=None) -> None:
        super().__init__(parent)
        self.context, self.spec = context, spec
        self.where: list = []  # extra conditions, e.g. one coach's records
        self.query = lists.ListQuery()
        self.total = 0  # rows that match the query
        self.all_rows = 0  # rows without search text and filters
        self._pages: dict[int, lists.ListPage] = {}
        self._index: lists.SearchIndex | None = None  # built on the first search, again after a change
        self._matched: list[str] | None = None  # rows that match the search text, when there is one
        self._new = lists.ListPage([], [], [], [])  # records added since the query ran: shown first, until the next query
        self.moved: set[str] = set()  # ids of rows changed in place since the query ran: they keep their row until then
        self.stale = False  # changed while hidden: fetched again when shown or asked for its keys
        self.loaded = False
        self._index_generation = 0  # counts changes of the index, so that one made in the background meanwhile is not taken
        self._index_work = None  # the background work making the index, while it runs
        self._index_timer = QTimer(self)  # waits for a pause: clicking through the columns sorts without competing with it
        self._index_timer.setSingleShot(True)
        self._index_timer.setInterval(INDEX_AFTER_MS)
        self._index_timer.timeout.connect(self._make_index_now)

    # --- what is shown --------------------------------------------------------------

    def reload(self, query: lists.ListQuery | None = None) -> None:
        """Count and fetch again (after a save): fresh rows, for the same query or a new one."""
        self._drop_index()
        self.set_query(self.query if query is None else query, recount_all=True)

    def _drop_index(self) -> None:
        self._index = None
        self._index_generation += 1

    def _prepare_index(self) -> None:
        """For a long list: make the search index, or stand it in the new sort order, in the background.

        The first keystroke then finds it ready, instead of reading 100,000 rows while the user waits.
        An index made while something changed is not taken (the next keystroke makes one, as before).
        """
        if self.all_rows >= INDEX_AHEAD_ROWS:
            self._index_timer.start()  # (again: a sort while it waits moves the moment on)

    def _make_index_now(self) -> None:
        if self._index_work is not None:
            return  # the one under way asks again when it is done
        index, query = self._index, self.query
        if index is not None and index.serves(query) and index.in_order_of(query):
            return
        from coachdesk.ui.tasks import BackgroundOperation

        database, actor, spec, generation = self.context.database, self.context.actor, self.spec, self._index_generation

        def make(_progress) -> lists.SearchIndex:
            with database.session() as session:
                made = index if index is not None and index.serves(query) else lists.SearchIndex(session, actor, spec, query.where, query.caseload_of)
                return made.ordered_copy(session, actor, spec, query)

        def take(ready: lists.SearchIndex) -> None:
            self._index_work = None
            if generation == self._index_generation and ready.serves(self.query):
                self._index = ready
                self._make_index_now()  # sorted again meanwhile: that order next

        def dropped(_error: Exception) -> None:  # only a head start: the first keystroke makes the index itself
            self._index_work = None

        self._index_work = BackgroundOperation(make, on_success=take, on_failure=dropped, parent=self).start()

    def set_query(self, query: lists.ListQuery, *, recount_all: bool = False) -> None:
        """Ask the database first; then swap the rows in one reset, so that no view reads a half-changed model."""
        query = replace(query, where=tuple(self.where))
        with self.context.database.session() as session:
            actor = self.context.actor
            matched = None
            if self._index is not None and not self._index.serves(query):
                self._drop_index()
            typed = bool(lists.search_form(query.text).split())
            # Typed text: the index answers (the database cannot ignore accents); also after the text is erased,
            # while the index stands in the order asked for (a slice of it, instead of sorting every row again).
            if typed or (self._index is not None and self._index.in_order_of(query)):
                if self._index is None:
                    self._index = lists.SearchIndex(session, actor, self.spec, query.where, query.caseload_of)
                    self._index_generation += 1
                matched = self._index.matching(session, actor, self.spec, query)
                total = len(matched)
            else:
                total = lists.count_rows(session, actor, self.spec, query)
            if recount_all or query.base() != self.query.base():
                self.all_rows = total if not query.narrowed else lists.count_rows(session, actor, self.spec, query.base())
            first = lists.load_page(session, actor, self.spec, query, 0, BLOCK, matched) if total else lists.ListPage([], [], [], [])
        self.beginResetModel()
        self.query, self.total, self._matched, self._pages = query, total, matched, {0: first}
        self._new = lists.ListPage([], [], [], [])
        self.moved = set()
        self.stale, self.loaded = False, True
        self.endResetModel()
        self._prepare_index()

    def refresh_rows(self, changes) -> bool:
        """After a save of a few records: fetch only their rows again, and show a new one at the top.

        ``changes`` has the ``created`` and ``updated`` ids. The rest of the list stays as it was (no count,
        no sort of 100,000 rows); a changed row keeps its place until the list is sorted or searched again.
        Returns False, having changed nothing, when only asking for everything shows the change right:
        many records, or a record that no longer matches the search text or filters.
        """
        created, updated = list(changes.created), list(changes.updated)
        if not self.loaded or self.stale or len(created) + len(updated) > IN_PLACE_AT_MOST:
            return False
        actor = self.context.actor
        with self.context.database.session() as session:
            if self._index is not None:
                self._index.update(session, actor, self.spec, created + updated)
                self._index_generation += 1
            if self._matched is not None:  # a search: the index answers again in milliseconds, with the new rows
                self.set_query(self.query, recount_all=True)
                return True
            shown = {record_id: row for row, record_id in self._loaded_rows()}
            matching = lists.matching_ids(session, actor, self.spec, self.query, created + updated)
            if any(record_id in shown and record_id not in matching for record_id in updated):
                return False  # it leaves the list: the rows after it move up
            added = [record_id for record_id in created if record_id in matching and record_id not in shown]
            unseen = [record_id for record_id in created if record_id not in shown]  # counted in "of M" even when filtered out
            in_all = len(lists.matching_ids(session, actor, self.spec, self.query.base(), unseen)) if self.query.narrowed else len(added)
            fresh = lists.rows_by_id(session, self.spec, added + [record_id for record_id in updated if record_id in shown])
        rows = {record_id: n for n, record_id in enumerate(fresh.ids)}
        for record_id, row in shown.items():  # changed rows: new values where they stand
            n = rows.get(record_id)
            if n is not None:
                self._put_row(row, fresh, n)
                self.moved.add(record_id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        added = [record_id for record_id in added if record_id in rows]
        self.all_rows += in_all  # new records in the list before search and filters: "N shown of M" counts them
        if added:
            self.beginInsertRows(QModelIndex(), 0, len(added) - 1)
            for record_id in reversed(added):
                n = rows[record_id]
                for mine, theirs in zip(self._parts(self._new), self._parts(fresh)):
                    mine.insert(0, theirs[n])
            self.total += len(added)
            self.endInsertRows()
        return True

    @staticmethod
    def _parts(page: lists.ListPage) -> tuple[list, list, list, list]:
        return page.ids, page.search_texts, page.filter_values, page.values

    @property
    def new_ids(self) -> list[str]:
        return self._new.ids

    def _put_row(self, row: int, fresh: lists.ListPage, n: int) -> None:
        page, at = self._locate(row)
        for mine, theirs in zip(self._parts(page), self._parts(fresh)):
            mine[at] = theirs[n]

    def _locate(self, row: int) -> tuple[lists.ListPage, int]:
        """The window that holds ``row`` (fetched when needed), and the row's place in it."""
        if row < len(self._new.ids):
            return self._new, row
        row -= len(self._new.ids)
        return self._page(row // BLOCK), row % BLOCK

    def _loaded_rows(self):
        """(row, id) of every row fetched so far."""
        new = len(self._new.ids)
        yield from enumerate(self._new.ids)
        for number, page in self._pages.items():
            for at, record_id in enumerate(page.ids):
                yield new + number * BLOCK + at, record_id

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view when a column header is clicked: the database sorts, and sends the first window."""
        query = self.query.sorted_by(column, order == Qt.SortOrder.DescendingOrder)
        if query == self.query:
            return
        if not self.loaded:  # the view sets its first order before anything is shown
            self.query = query
            return
        self.set_query(query)

    @property
    def keys(self) -> lists.ListKeys:
        """Ids, search texts and filter values of every row shown, in order (fetches every window)."""
        if self.stale:
            self.reload()
        for number in range((self.total - len(self._new.ids) + BLOCK - 1) // BLOCK):
            self._page(number)
        pages = [self._new] + [self._pages[number] for number in sorted(self._pages)]
        return lists.ListKeys([i for p in pages for i in p.ids], [t for p in pages for t in p.search_texts],
                              [v for p in pages for v in p.filter_values])

    def _page(self, number: int) -> lists.ListPage:
        page = self._pages.get(number)
        if page is None:
            query = self.query
            if self._new.ids:  # the rows added since are shown first, not a second time further down
                query = replace(query, where=query.where + (self.spec.model.id.not_in(self._new.ids),))
            with self.context.database.session() as session:
                page = lists.load_page(session, self.context.actor, self.spec, query, number * BLOCK, BLOCK, self._matched)
            self._pages[number] = page
        return page

    def record_id(self, row: int) -> str | None:
        page, at = self._locate(row)
        return page.ids[at] if at < len(page.ids) else None

    def loaded_row(self, record_id: str) -> int | None:
        """The row of a record among the rows fetched so far."""
        return next((row for row, found in self._loaded_rows() if found == record_id), None)

    def row_of(self, record_id: str) -> int | None:
        """The row of a record in the windows fetched so far, or among the first rows of the list."""
        row = self.loaded_row(record_id)
        if row is not None or self._matched is not None or self._new.ids:
            return row
        with self.context.database.session() as session:
            row = lists.row_number(session, self.context.actor, self.spec, self.query, record_id, 5 * BLOCK)
        return row if row is not None and row < self.total else None

    def row_values(self, row: int) -> tuple:
        page, at = self._locate(row)
        return page.values[at] if at < len(page.values) else ()

    # --- Qt's model interface ---------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", self.spec.columns[section].header)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.total:
            return None
        column = self.spec.columns[index.column()]
        if role == ID_ROLE:
            return self.record_id(index.row())
        if role == Qt.ItemDataRole.FontRole:  # a record added since the list was sorted or searched: first, and in bold
            return _bold() if index.row() < len(self._new.ids) else None
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            return None
        values = self.row_values(index.row())
        if not values:
            return None
        value = values[index.column()]
        if role == SORT_ROLE:
            return sort_key(value, column.format)
        stale = column.format == "checked" and (value is None or clock.today() - value > STALE_AFTER)
        expired = column.format == "until" and value is not None and value < clock.today()
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#b00020") if stale or expired else None
        text = display(value, column.format)
        if role == Qt.ItemDataRole.ToolTipRole:
            if stale:
                return translate("Columns", "Last checked over a year ago: check the amounts and conditions.")
            if expired:
                return translate("Columns", "No longer valid: toolkits leave it out. Archive it, or enter the new end date.")
            return text if len(text) > 40 else None
        return f"⚠ {text}" if stale or expired else text.replace("\n", " ")


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
        # The view's model passes rows through as they are: filtering and sorting are the database's work.
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self.apply_filters)
        self.filter_boxes: list[QComboBox] = []
        top = QHBoxLayout()
        self.scope = self._scope_box(context)
        if self.scope is not None:
            top.addWidget(self.scope)
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
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
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
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Made with its context first and connected after: PySide6 drops "context" when a slot is passed to the
            # constructor, and the shortcut would then answer Enter anywhere in the window (the search box too).
            shortcut = QShortcut(QKeySequence(enter), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._open_current)
        self.search.returnPressed.connect(self._open_from_search)

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
        self._header_restored = False

    def ensure_loaded(self) -> None:
        if not self._loaded or self.model.stale:
            self.reload()

    def reload(self) -> None:
        """Show the rows as they are now (after a save). A hidden list only notes it, and refreshes when shown."""
        if self._loaded and not self.isVisible():
            self.model.stale = True
            return
        self._loaded = True
        selected = self.current_id()
        self._fill_filter_boxes()
        self.model.reload(self._query())
        self._show_count()
        if not self._column_widths_set:
            self._size_columns()
        if selected:
            self.select_id(selected)

    def refresh_rows(self, changes) -> None:
        """After a save of a few records of this list's kind: only their rows (a hidden list refreshes when shown)."""
        if not self._loaded:
            return
        if not self.isVisible():
            self.model.stale = True
        elif self.model.refresh_rows(changes):
            self._show_count()
        else:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._header_restored:
            self._header_restored = True
            state = self._window_state()
            if state is not None:
                self.restore_header_state(state.value(f"list-header/{self.spec.kind}"))
            self.table.horizontalHeader().sectionResized.connect(self._keep_header_state)
            self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_header_state)
        if self._loaded and self.model.stale:
            self.reload()

    def _window_state(self):
        """The main window's settings file (window.ini beside the data), when the list is in the main window."""
        state = getattr(self.window(), "window_state", None)
        return state if isinstance(state, QSettings) else None

    def _keep_header_state(self, *_args) -> None:
        state = self._window_state()
        if state is not None:
            state.setValue(f"list-header/{self.spec.kind}", self.header_state())

    def _size_columns(self) -> None:
        """Each column as wide as its header and first rows need (a date narrow, a name or summary wide), within
        bounds; room left over goes to the last column. Done once: after that the user's widths stay."""
        self._column_widths_set = True
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(40)  # the first rows tell enough, and only they are fetched
        self.table.resizeColumnsToContents()
        widest = max(220, self.table.viewport().width() // 3)
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, max(MIN_SECTION + 20, min(widest, header.sectionSize(column) + 12)))
        if self.spec.columns[0].format not in ("date", "datetime"):
            header.resizeSection(0, max(header.sectionSize(0), 160))  # names are the first thing read

    def header_state(self) -> QByteArray:
        """The column widths and order, to keep for the next start."""
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray | bytes | None) -> None:
        """Put back the columns of the last session; a column that was squeezed to nothing gets a readable width."""
        header = self.table.horizontalHeader()
        if state and header.restoreState(QByteArray(state)):
            self._column_widths_set = True
            for column in range(header.count() - 1):
                if header.isSectionHidden(column):
                    header.showSection(column)
                if header.sectionSize(column) < MIN_SECTION:
                    header.resizeSection(column, 180 if column == 0 else 90)

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
            choices = list_filter.expression.type.enum_class if list_filter.choices == "choice" else m.RiskLevel
            values = sorted(choices, key=lambda value: choice_label(value).casefold())
            return [(value.value if list_filter.choices == "risk" else value, choice_label(value)) for value in values]
        return list_filter.choices(session)

    def _scope_box(self, context: AppContext) -> QComboBox | None:
        """My students / the whole school (team): on lists about students, for a coach with a caseload of his own."""
        coach_id = context.actor.coach_id
        if lists.student_column(self.spec) is None or not coach_id:
            return None
        box = QComboBox()
        box.setObjectName("list-scope")
        box.setAccessibleName(self.tr("Whose students"))
        box.addItem(self.tr("My students"), coach_id)
        box.addItem(self.tr("The whole team") if context.actor.role == m.CoachRole.COORDINATOR else self.tr("The whole school"), None)
        with context.database.session() as session:
            if not has_caseload(session, coach_id):
                box.setCurrentIndex(1)  # no students of his own yet: the school, not an empty list
        box.currentIndexChanged.connect(self.apply_filters)
        return box

    def _query(self) -> lists.ListQuery:
        filters = tuple((index, box.currentData()) for index, box in enumerate(self.filter_boxes) if box.currentIndex() > 0)
        caseload_of = self.scope.currentData() if self.scope is not None else None
        return replace(self.model.query, text=self.search.text(), filters=filters, caseload_of=caseload_of)

    def apply_filters(self) -> None:
        if not self._loaded:
            return
        selected = self.current_id()
        self.model.set_query(self._query())
        self._show_count()
        if selected:
            self.select_id(selected, search=False)

    def _show_count(self) -> None:
        total, shown = self.model.all_rows, self.model.rowCount()
        self.count_label.setText(self.tr("%n shown", "", shown) + (self.tr(" of %n", "", total) if shown != total else ""))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_id(self, record_id: str, *, search: bool = True) -> None:
        row = self.model.row_of(record_id) if search else self.model.loaded_row(record_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _open_from_search(self) -> None:
        """Enter in the search box opens the selected row, the first one when none is selected; the list keeps the
        focus, so that Escape or the arrow keys go on from there."""
        self._focus_table()
        self._open_current()

    def _open_current(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.open_record.emit(record_id)
