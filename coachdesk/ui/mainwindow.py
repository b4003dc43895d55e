"""The main window: navigation on the left, one screen at a time on the right."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import UserError
from coachdesk.domain.labels import choice_label
from coachdesk.domain.policy import CREATE
from coachdesk.services import team
from coachdesk.services.files import student_of
from coachdesk.services.place_pages import sees_pipeline
from coachdesk.ui import shortcuts
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.forms import RecordDialog
from coachdesk.ui.dialogs.lock import IdleLock
from coachdesk.ui.screens.pages import EmployerPage, StudentPage
from coachdesk.ui.screens.places import open_new_employer
from coachdesk.ui.screens.settings import SettingsScreen
from coachdesk.ui.screens.today import TodayScreen
from coachdesk.ui.team_sync import TeamSync
from coachdesk.ui.widgets.record_list import ListScreen


def first_size(available: QSize) -> QSize:
    """The window's size on first start: 1280x800, but never more than the screen leaves free (a 1366x768
    laptop with a taskbar has about 1366x728), with room for the window's frame."""
    return QSize(min(1280, available.width() - 16), min(800, available.height() - 40))


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, window_state: QSettings, on_language_change=None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.context = context
        self.window_state = window_state
        self.on_language_change = on_language_change
        self.idle_lock = IdleLock(context, parent=self)
        self.team_sync = TeamSync(context, parent=self) if context.team_member else None
        self.sync_status = QLabel()  # when the team was last reached, what waits (empty outside a team)
        self.sync_status.setObjectName("sync-status")
        self.statusBar().addPermanentWidget(self.sync_status)
        if self.team_sync is not None:
            self.team_sync.status.connect(self.sync_status.setText)
            self.team_sync.finished.connect(lambda result: self._show_items_to_check())
        self.resize(first_size(QGuiApplication.primaryScreen().availableGeometry().size()))
        self.setMinimumSize(QSize(800, 560))
        self._build()
        geometry = window_state.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.go(str(window_state.value("screen", "today")))
        context.actor_changed.connect(self._actor_changed)

    # --- building -------------------------------------------------------------------

    def _nav_entries(self) -> list[tuple[str, str]]:
        entries = [
            ("today", self.tr("Today")),
            ("students", self.tr("Students")),
            ("placements", self.tr("Placements (BPV)")),
            ("visits", self.tr("Contacts")),
            ("risks", self.tr("Risks")),
            ("employers", self.tr("Employers")),
            ("places", self.tr("Places")),
            ("pipeline", self.tr("Recruitment")),
            ("events", self.tr("Matching events")),
            ("catalogue", self.tr("Schemes & help")),
            ("pv_catalogue", self.tr("Work processes")),
            ("toolkits", self.tr("Toolkits")),
            ("monitor", self.tr("Monitor")),
            ("audit", self.tr("Audit trail")),
            ("settings", self.tr("Settings")),
        ]
        if self.context.team_member:
            entries[1:1] = [("conflicts", self.tr("Items to check")), ("team", self.tr("Team"))]
        hidden = set()
        actor = self.context.actor
        if not actor.may_read("risks"):
            hidden.add("risks")
        if not actor.may_read("places"):
            hidden.add("places")
        if not sees_pipeline(actor):
            hidden.add("pipeline")  # a JPO sees nothing of the pipeline
        if not actor.may_do("read_monitor"):
            hidden.add("monitor")  # a JPO has no figures
        if not actor.may_do("read_audit"):
            hidden.add("audit")
        return [(key, text) for key, text in entries if key not in hidden]

    def _build(self) -> None:
        context = self.context
        self.setWindowTitle(self.tr("CoachDesk"))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setMinimumWidth(180)
        self.nav.setMaximumWidth(260)
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; } QListWidget#navigation::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        self.screens: dict[str, QWidget] = {}
        self.lists: dict[str, ListScreen] = {}

        self.today = TodayScreen(context)
        self.today.open_student.connect(self.show_student)
        self.today.open_employer.connect(self.show_employer)
        self.today.open_items_to_check.connect(lambda: self.go("conflicts"))
        today_state = self.window_state.value("today_splitter")
        if isinstance(today_state, QByteArray):
            self.today.splitter.restoreState(today_state)
        self.student_page = StudentPage(context)
        self.employer_page = EmployerPage(context)
        self.employer_page.open_student.connect(self.show_student)
        self.student_page.open_employer.connect(self.show_employer)
        self.student_page.open_place.connect(self.show_place)
        self.employer_page.open_place.connect(self.show_place)

        for key, text in self._nav_entries():
            self.nav.addItem(QListWidgetItem(text))
            widget = self._make_screen(key)
            self.screens[key] = widget
            self.stack.addWidget(widget)
        self.nav.currentRowChanged.connect(self._nav_changed)

        splitter = QSplitter()
        splitter.setObjectName("main-splitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        state = self.window_state.value("splitter")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
        else:
            splitter.setSizes([200, 1080])
        self.setCentralWidget(splitter)
        self._build_menu()
        self.statusBar().showMessage(self._user_text())
        self._show_items_to_check()

    def _user_text(self) -> str:
        user = self.context.user
        if not user:
            return self.tr("Working as coordinator (no user chosen)")
        return self.tr("Signed in as %s (%s)") % (user.name, choice_label(user.role))

    def _build_menu(self) -> None:
        self.menuBar().clear()
        app_menu = self.menuBar().addMenu("&CoachDesk")
        lock = QAction(self.tr("Lock now"), self)
        lock.setObjectName("lock-now")
        lock.setShortcut(shortcuts.key("lock-now"))
        lock.triggered.connect(self.idle_lock.lock_now)
        app_menu.addAction(lock)
        import_action = QAction(self.tr("Import…"), self)  # students, employers, placements from a school's export
        import_action.setObjectName("import")
        import_action.setEnabled(self.context.actor.may_do("import"))
        import_action.triggered.connect(self.show_import)
        app_menu.addAction(import_action)
        batches_action = QAction(self.tr("Earlier imports…"), self)  # the batches, each undoable while still possible
        batches_action.setObjectName("import-batches")
        batches_action.setEnabled(self.context.actor.may_do("import"))
        batches_action.triggered.connect(self.show_import_batches)
        app_menu.addAction(batches_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About CoachDesk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        for index in range(min(9, self.nav.count())):
            action = QAction(self)
            action.setObjectName(f"go-{index + 1}")
            action.setShortcut(shortcuts.key(f"go-{index + 1}"))
            action.triggered.connect(lambda _=False, row=index: self.nav.setCurrentRow(row))
            self.addAction(action)

    def show_import(self) -> None:
        from coachdesk.ui.dialogs.import_wizard import open_import_wizard

        self.import_wizard = open_import_wizard(self.context, self)

    def show_import_batches(self) -> None:
        from coachdesk.ui.dialogs.import_batches import open_import_batches

        self.import_batches = open_import_batches(self.context, self)

    def _list_stack(self, kind: str, page: QWidget | None, new_label: str, on_new, on_open) -> QWidget:
        screen = ListScreen(self.context, kind, new_label=new_label)
        self.lists[kind] = screen
        if on_new:
            screen.new_record.connect(on_new)
        screen.open_record.connect(on_open)
        if page is None:
            return screen
        stack = QStackedWidget()
        stack.addWidget(screen)
        stack.addWidget(page)
        page.back.connect(lambda: stack.setCurrentIndex(0))  # type: ignore[attr-defined]
        return stack

    def _new_label(self, kind: str, text: str) -> str:
        """A list's "New ..." button, offered only when the policy lets this user make one."""
        return text if self.context.actor.may(kind, CREATE) else ""

    def _make_screen(self, key: str) -> QWidget:
        context = self.context
        new_label = self._new_label

        def dialog(kind: str, **options):
            return lambda *args: RecordDialog(context, kind, parent=self, **options).open()

        if key == "today":
            return self.today
        if key == "students":
            return self._list_stack("students", self.student_page, new_label("students", self.tr("New student")), dialog("students"), self.show_student)
        if key == "employers":
            return self._list_stack("employers", self.employer_page, new_label("employers", self.tr("New employer")),
                                    lambda *args: open_new_employer(self, context), self.show_employer)  # warns of a probable duplicate
        if key == "placements":
            return self._list_stack("placements", None, "", None, self._open_placement)
        if key == "visits":
            return self._list_stack("visits", None, "", None, lambda record_id: RecordDialog(context, "visits", record_id=record_id, parent=self).open())
        if key == "risks":
            return self._list_stack("risks", None, "", None, self._open_risk)
        if key == "events":
            return self._list_stack("events", None, new_label("events", self.tr("New event")), dialog("events"),
                                    lambda record_id: RecordDialog(context, "events", record_id=record_id, parent=self).open())
        if key == "catalogue":
            tabs = QTabWidget()
            tabs.setObjectName("catalogue-tabs")
            for kind, title, text in (("schemes", self.tr("Financial schemes"), self.tr("New scheme")), ("help", self.tr("Help and instruments"), self.tr("New help offer"))):
                screen = self._list_stack(kind, None, new_label(kind, text), dialog(kind),
                                          lambda record_id, kind=kind: RecordDialog(context, kind, record_id=record_id, parent=self).open())
                tabs.addTab(screen, title)
            tabs.currentChanged.connect(lambda index: self._ensure_loaded(tabs.widget(index)))
            return tabs
        if key == "audit":
            return self._list_stack("audit", None, "", None, lambda record_id: None)
        return self._tool_screen(key)

    def _tool_screen(self, key: str) -> QWidget:
        """The screens that are not lists: work processes, toolkits, team, items to check, settings, monitor."""
        context = self.context
        if key == "pv_catalogue":
            from coachdesk.ui.screens.pv_catalogue import PvCatalogueScreen

            return PvCatalogueScreen(context)
        if key == "toolkits":
            holder = QWidget()
            holder.setObjectName("toolkits-holder")
            QVBoxLayout(holder)
            return holder
        if key in ("team", "conflicts"):
            from coachdesk.ui.screens.conflicts import ConflictsScreen
            from coachdesk.ui.screens.team import TeamScreen

            return TeamScreen(context, self.team_sync) if key == "team" else ConflictsScreen(context)
        if key == "settings":
            screen = SettingsScreen(context)
            screen.language_changed.connect(self._language_changed)
            return screen
        return self._monitor_screen(key)

    def _matching_screen(self, key: str) -> QWidget:
        """Plaatsen (a list opening a place page with its matching students) and Werving (the employer pipeline)."""
        from coachdesk.ui.screens.pipeline import PipelineScreen
        from coachdesk.ui.screens.places import PlacePage, add_near_filter

        if key == "pipeline":
            pipeline = PipelineScreen(self.context)
            pipeline.open_employer.connect(self.show_employer)
            return pipeline
        self.place_page = PlacePage(self.context)
        self.place_page.open_student.connect(self.show_student)
        self.place_page.open_employer.connect(self.show_employer)
        stack = self._list_stack("places", self.place_page, self._new_label("places", self.tr("New place")),
                                 lambda *args: RecordDialog(self.context, "places", parent=self).open(), self.show_place)
        add_near_filter(self.lists["places"], self.context)  # places near a postcode
        return stack

    def _monitor_screen(self, key: str) -> QWidget:
        if key in ("places", "pipeline"):
            return self._matching_screen(key)
        if key != "monitor":
            raise KeyError(key)
        from coachdesk.ui.screens.monitor import MonitorScreen

        screen = MonitorScreen(self.context)
        screen.open_student.connect(self.show_student)
        return screen

    # --- navigation -------------------------------------------------------------------

    def keys(self) -> list[str]:
        return list(self.screens)

    def go(self, key: str) -> QWidget:
        keys = self.keys()
        self.nav.setCurrentRow(keys.index(key) if key in keys else 0)
        return self.stack.currentWidget()

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        key = self.keys()[row]
        self._ensure_loaded(self.screens[key])
        if key == "today":
            self.today.reload()
        elif key == "settings":
            self.screens[key].reload()  # type: ignore[attr-defined]
        elif key == "toolkits":
            self._load_toolkits()
        elif key in ("team", "conflicts"):
            self.screens[key].reload()  # type: ignore[attr-defined]

    def _ensure_loaded(self, widget: QWidget) -> None:
        if isinstance(widget, QStackedWidget):
            widget = widget.widget(0)
        if isinstance(widget, QTabWidget):
            widget = widget.currentWidget()
        if isinstance(widget, ListScreen):
            widget.ensure_loaded()

    def _load_toolkits(self) -> None:
        holder = self.screens["toolkits"]
        if holder.layout().count():
            return
        try:
            from coachdesk.ui.screens.toolkits import (
                ToolkitsScreen,  # reportlab and pdfium load only now
            )
        except ImportError:
            holder.layout().addWidget(QLabel(self.tr("Toolkits are not available in this version.")))
            return
        holder.layout().addWidget(ToolkitsScreen(self.context))

    def show_student(self, student_id: str) -> None:
        try:
            self.student_page.show_student(student_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Student"), str(error))
            return
        stack = self.go("students")
        stack.setCurrentWidget(self.student_page)  # type: ignore[attr-defined]

    def show_employer(self, employer_id: str) -> None:
        self.employer_page.show_employer(employer_id)
        stack = self.go("employers")
        stack.setCurrentWidget(self.employer_page)  # type: ignore[attr-defined]

    def show_place(self, place_id: str) -> None:
        if "places" not in self.screens:
            return
        self.place_page.show_place(place_id)
        stack = self.go("places")
        stack.setCurrentWidget(self.place_page)  # type: ignore[attr-defined]

    def _open_placement(self, placement_id: str) -> None:
        with self.context.database.session() as session:
            student_id = student_of(session, self.context.actor, "placements", placement_id)
        if student_id:
            self.show_student(student_id)

    def _open_risk(self, risk_id: str) -> None:
        with self.context.database.session() as session:
            student_id = student_of(session, self.context.actor, "risks", risk_id)
        if student_id:
            self.show_student(student_id)

    # Lists show the names of these records next to their own (a visit shows its student's name).
    NAMES_SHOWN_IN_LISTS = {"students", "schools", "coaches", "employers", "settings"}

    def _show_items_to_check(self) -> None:
        """The count beside "Items to check" in the navigation and on Vandaag."""
        if self.team_sync is None:
            return
        with self.context.database.session() as session:
            count = team.count_conflicts(session)
        keys = self.keys()
        if "conflicts" in keys:
            text = self.tr("Items to check")
            self.nav.item(keys.index("conflicts")).setText(f"{text} ({count})" if count else text)
        self.today.show_items_to_check(count)

    def _refresh_lists(self, kinds: set[str]) -> None:
        if "conflicts" in kinds:
            self._show_items_to_check()
        records = getattr(kinds, "records", {})  # which records exactly, when the operation knows
        for kind, screen in self.lists.items():
            names = (kinds - {kind}) & self.NAMES_SHOWN_IN_LISTS  # names shown in this list may have changed
            if not screen._loaded or not (kind in kinds or names):
                continue
            if kind in records and not names:
                screen.refresh_rows(records[kind])
            else:
                screen.reload()

    # --- changes of user and language -----------------------------------------------

    def _actor_changed(self) -> None:
        self.rebuild()

    def _language_changed(self, language: str) -> None:
        if self.on_language_change:
            self.on_language_change(language)
        self.rebuild()

    def rebuild(self) -> None:
        """Build all screens again: after a change of language or of user (and so of what may be seen)."""
        current = self.keys()[self.nav.currentRow()] if self.nav.currentRow() >= 0 else "today"
        self.window_state.setValue("splitter", self.splitter.saveState())
        old = self.takeCentralWidget()
        old.hide()  # without a parent it would show as a window of its own until it is deleted
        old.deleteLater()
        self._build()
        self.go(current)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not hasattr(self, "_listening"):
            self._listening = True
            self.context.changed.connect(self._refresh_lists)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.window_state.setValue("geometry", self.saveGeometry())
        self.window_state.setValue("splitter", self.splitter.saveState())
        self.window_state.setValue("today_splitter", self.today.splitter.saveState())
        self.window_state.setValue("screen", self.keys()[max(0, self.nav.currentRow())])
        self.window_state.sync()
        super().closeEvent(event)

    def show_about(self) -> None:
        from coachdesk.ui.dialogs.about import AboutDialog

        AboutDialog(self.context.database.data_dir, self).exec()
