"""The desktop app's main flows, through the real widgets (pytest-qt, offscreen)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox
from sqlalchemy import func, select

from coachdesk.domain import models as m
from coachdesk.domain.i18n import set_language
from coachdesk.services import records
from coachdesk.services.attention import OVERDUE
from coachdesk.services.demo import fill_demo
from coachdesk.services.users import register_user
from coachdesk.services.workspace import open_workspace
from coachdesk.ui.app import install_language, make_application, window_state_for
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.forms import RecordDialog, RiskDialog, StatusDialog
from coachdesk.ui.dialogs.welcome import WelcomeDialog
from coachdesk.ui.mainwindow import MainWindow
from tests.factories import PASSPHRASE
from tests.uihelpers import copy_data, type_text


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ui-demo")
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        fill_demo(session, "small")
    database.close()
    return folder


@pytest.fixture(autouse=True)
def english():
    """Tests read the English source texts, except the language test itself."""
    set_language("en")
    yield
    set_language("en")


def start_window(qtbot, folder: Path, *, role: str = "jobcoach", school: str = "Maasland College mbo", user_name: str = "Sanne de Wit") -> MainWindow:
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        coach = register_user(session, user_name, role, school)
        if role == "jpo":
            students = session.scalars(select(m.Student).where(m.Student.school_id == coach.school_id).limit(3)).all()
            for student in students:
                session.add(m.JpoPairing(jpo_id=coach.id, student_id=student.id, since=date.today() - timedelta(days=10)))
    context = AppContext(database)
    window = MainWindow(context, window_state_for(folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_today(qtbot, window)
    return window


def wait_for_today(qtbot, window: MainWindow) -> None:
    """The attention list is computed in the background; wait until it is on screen."""
    qtbot.waitUntil(lambda: window.today.busy_label.isHidden(), timeout=10000)


@pytest.fixture
def window(qtbot, demo_folder, tmp_path) -> MainWindow:
    make_application()
    return start_window(qtbot, copy_data(demo_folder, tmp_path / "data"))


def count_rows(window: MainWindow, model) -> int:
    with window.context.database.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_first_start_registers_the_user_and_loads_demo_data(qtbot, tmp_path):
    make_application()
    context = AppContext(open_workspace(tmp_path / "fresh", PASSPHRASE))
    welcome = WelcomeDialog(context)
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.start_demo.isChecked(), "an empty data folder offers the demo data"
    type_text(welcome.name, "Zoë Łukasz")
    welcome.role.setCurrentIndex(welcome.role.findData("docent"))
    welcome.school.setCurrentText("Praktijkschool De Brug")
    with qtbot.waitSignal(welcome.accepted, timeout=20000):
        welcome.finish()
    assert context.user is not None and context.user.name == "Zoë Łukasz"
    assert context.actor.role == m.CoachRole.DOCENT
    with context.database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Student)) >= 300
        assert context.user.school_id == session.scalar(select(m.School.id).where(m.School.name == "Praktijkschool De Brug"))


def test_first_start_without_a_name_says_what_is_missing(qtbot, tmp_path):
    make_application()
    context = AppContext(open_workspace(tmp_path / "fresh", PASSPHRASE))
    welcome = WelcomeDialog(context)
    qtbot.addWidget(welcome)
    welcome.start_empty.setChecked(True)
    welcome.school.setCurrentText("Mijn school")
    welcome.finish()
    assert welcome.error.isVisibleTo(welcome) and "Name" in welcome.error.text()
    assert context.user is None


def test_the_welcome_says_a_missing_name_before_loading_demo_data_and_can_be_closed(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.uihelpers import press

    make_application()
    context = AppContext(open_workspace(tmp_path / "fresh", PASSPHRASE))
    welcome = WelcomeDialog(context)
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.start_demo.isChecked()
    qtbot.mouseClick(welcome.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "Name" in welcome.error.text() and welcome.operation is None, "said at once; no demo data is being made"
    with context.database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Student)) == 0
    with qtbot.waitSignal(welcome.rejected, timeout=5000):
        press(welcome, Qt.Key.Key_Escape)  # closing ends the app; the next start asks again
    assert context.user is None


def test_find_a_student_by_typing(window, qtbot):
    screen = window.go("students").widget(0)
    total = screen.model.rowCount()
    assert total > 0 and str(total) in screen.count_label.text()
    name = screen.model.keys.search_texts[5].split()[0]
    type_text(screen.search, name[:4])
    shown = screen.proxy.rowCount()
    assert 0 < shown < total
    for row in range(shown):  # the search text holds the name and the programme
        assert name[:4] in screen.model.keys.search_texts[screen.proxy.mapToSource(screen.proxy.index(row, 0)).row()]
    assert f"{shown} shown" in screen.count_label.text()
    # Accents need not be typed: "zoe" finds "Zoë".
    screen.search.clear()
    type_text(screen.search, "zoe")
    names = [screen.proxy.index(row, 0).data() for row in range(screen.proxy.rowCount())]
    assert names and all("Zoë" in name or "Zoe" in name for name in names)


def test_filter_by_school_type(window):
    screen = window.go("students").widget(0)
    box = screen.filter_boxes[2]  # school type
    box.setCurrentIndex(box.findData(m.SchoolType.ENTREE))
    shown = screen.proxy.rowCount()
    assert shown > 0
    assert all(screen.proxy.index(row, 1).data() == "mbo Entree (level 1)" for row in range(shown))


def test_log_a_visit_from_the_attention_list_in_three_actions(window, qtbot):
    today = window.go("today")
    today.kind_filter.setCurrentIndex(today.kind_filter.findData(OVERDUE))
    assert today.proxy.rowCount() > 0
    # 1: select the student, 2: "Log contact", 3: save.
    today.table.selectRow(0)
    item = today.current_item()
    dialog = today.log_contact()
    assert isinstance(dialog, RecordDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_today(qtbot, window)
    remaining = [today.model.items[i] for i in range(today.model.rowCount())]
    assert not any(i.kind == OVERDUE and i.placement_id == item.placement_id for i in remaining)
    with window.context.database.session() as session:
        visit = session.scalars(select(m.Visit).where(m.Visit.placement_id == item.placement_id).order_by(m.Visit.created_at.desc())).first()
        assert visit.visited_on == date.today() and visit.kind == m.VisitKind.ON_SITE
        assert visit.next_contact_due == date.today() + timedelta(weeks=6)


def test_add_a_placement_and_move_it_through_its_statuses(window, qtbot):
    from tests import factories

    with window.context.database.transaction() as session:  # a new student of the user's school: no placement yet, on any date
        student_id = factories.student(session, window.context.actor.school_id, first_name="Nieuw").id
    window.show_student(student_id)
    page = window.student_page
    dialog = page.add_placement()
    employer_box: QComboBox = dialog.editors["employer_id"]
    employer_box.setCurrentIndex(1)
    dialog.editors["starts_on"].line.setText(date.today().strftime("%d-%m-%Y"))  # it starts today: it may end today too, not before
    dialog.editors["ends_on"].line.setText((date.today() + timedelta(days=200)).strftime("%d-%m-%Y"))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    placement_id = dialog.record_id
    with window.context.database.session() as session:
        assert session.get(m.Placement, placement_id).status == m.PlacementStatus.PROPOSED

    for target in (m.PlacementStatus.STARTED, m.PlacementStatus.COMPLETED):
        row = next(r for r in range(page.placements.rowCount()) if page.placements.item(r, 0).data(Qt.ItemDataRole.UserRole) == placement_id)
        page.placements.selectRow(row)
        status_dialog = page.change_status()
        assert isinstance(status_dialog, StatusDialog)
        status_dialog.target.setCurrentIndex(status_dialog.target.findData(target.value))
        status_dialog.save()
        with window.context.database.session() as session:
            assert session.get(m.Placement, placement_id).status == target
    texts = [page.placements.item(r, 0).text() for r in range(page.placements.rowCount())]
    assert "Completed" in texts


def test_ending_a_placement_early_needs_a_reason(window, qtbot):
    with window.context.database.session() as session:
        placement = session.scalars(select(m.Placement).join(m.Student).where(m.Placement.status == m.PlacementStatus.STARTED, m.Student.school_id == window.context.actor.school_id)).first()
    window.show_student(placement.student_id)
    page = window.student_page
    row = next(r for r in range(page.placements.rowCount()) if page.placements.item(r, 0).data(Qt.ItemDataRole.UserRole) == placement.id)
    page.placements.selectRow(row)
    dialog = page.change_status()
    dialog.target.setCurrentIndex(dialog.target.findData("ended_early"))
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and "Reason" in dialog.error.text()
    with window.context.database.session() as session:
        assert session.get(m.Placement, placement.id).status == m.PlacementStatus.STARTED


def test_record_a_risk_assessment(window, qtbot):
    student_id = window.go("students").widget(0).model.keys.ids[3]
    window.show_student(student_id)
    before = window.student_page.risks.rowCount()
    dialog = window.student_page.assess_risk()
    assert isinstance(dialog, RiskDialog)
    for code in ("absence", "home", "lost_placement"):
        dialog.findChild(QCheckBox, f"signal-{code}").setChecked(True)
    assert dialog.level_label.text().startswith("<b>high</b>")
    type_text(dialog.action_description, "Gesprek met ouders")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert window.student_page.risks.rowCount() == before + 1
    assert window.student_page.risks.item(0, 1).text() == "High"
    with window.context.database.session() as session:
        assessment = session.get(m.RiskAssessment, dialog.record_id)
        assert assessment.computed_level == m.RiskLevel.HIGH
        assert [a.description for a in assessment.actions] == ["Gesprek met ouders"]


def test_an_invalid_form_refuses_to_save_and_names_the_field(window, qtbot):
    students_before = count_rows(window, m.Student)
    dialog = RecordDialog(window.context, "students", parent=window)
    dialog.show()
    type_text(dialog.editors["first_name"], "Gülşen")
    dialog.editors["date_of_birth"].line.setText("31-02-2010")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_labels["last_name"].isVisibleTo(dialog)
    assert "Last name" in dialog.error_labels["last_name"].text()
    assert "31-02-2010" in dialog.error_labels["date_of_birth"].text()
    assert "dd-mm-yyyy" in dialog.error_labels["date_of_birth"].text()
    assert not dialog.error_labels["first_name"].isVisibleTo(dialog)
    assert count_rows(window, m.Student) == students_before


def test_unsaved_changes_are_not_dropped_without_asking(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog = RecordDialog(window.context, "employers", parent=window)
    dialog.show()
    type_text(dialog.editors["name"], "Bakkerij Öz")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    dialog.activateWindow()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    dialog.done(0)  # leave without the question, as "Discard" would


def test_a_jpo_sees_only_his_mentees_and_no_risks(qtbot, demo_folder, tmp_path):
    make_application()
    window = start_window(qtbot, copy_data(demo_folder, tmp_path / "data"), role="jpo", user_name="Jayden Pinas")
    assert "risks" not in window.keys()
    screen = window.go("students").widget(0)
    assert screen.model.rowCount() == 3
    assert not hasattr(screen, "new_button"), "a JPO cannot add students"
    window.show_student(screen.model.keys.ids[0])
    assert not window.student_page.risk_button.isVisible()
    assert not window.student_page.risks.isVisible()
    today = window.go("today")
    wait_for_today(qtbot, window)
    assert all(item.kind != "high_risk_no_action" for item in today.model.items)
    assert {item.student_id for item in today.model.items} <= set(screen.model.keys.ids)


def test_a_docent_sees_only_his_school(qtbot, demo_folder, tmp_path):
    make_application()
    window = start_window(qtbot, copy_data(demo_folder, tmp_path / "data"), role="docent", school="Praktijkschool De Brug")
    screen = window.go("students").widget(0)
    school_types = {values[2] for values in screen.model.keys.filter_values}
    assert school_types <= {m.SchoolType.PRO, m.SchoolType.VSO}


def test_language_switch(window, qtbot):
    install_language(make_application(), "nl")
    set_language("nl")
    window.rebuild()
    assert window.nav.item(1).text() == "Leerlingen"
    settings = window.go("settings")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    window.on_language_change = lambda language: install_language(make_application(), language)
    settings.save()
    assert window.nav.item(1).text() == "Students"
    assert window.context.settings.language == "en"


def test_window_layout_and_last_screen_are_remembered(qtbot, demo_folder, tmp_path):
    make_application()
    folder = copy_data(demo_folder, tmp_path / "data")
    window = start_window(qtbot, folder)
    window.go("employers")
    window.resize(1280, 800)  # the test screen is smaller than a laptop's
    window.splitter.setSizes([255, window.splitter.width() - 255])
    window.close()
    again = MainWindow(AppContext(open_workspace(folder, PASSPHRASE)), window_state_for(folder))
    qtbot.addWidget(again)
    assert again.keys()[again.nav.currentRow()] == "employers"
    again.resize(1280, 800)  # the test screen (800 px) would clamp the restored geometry
    again.show()
    assert again.splitter.sizes()[0] > 225, "the navigation keeps the width the user gave it (default 200)"


def test_about_shows_version_licences_and_the_data_folder(window, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QLabel, QTextBrowser

    from coachdesk import __version__
    from coachdesk.ui.dialogs.about import AboutDialog

    dialog = AboutDialog(window.context.database.data_dir, window)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"CoachDesk {__version__}" in labels and str(window.context.database.data_dir) in labels
    licences = dialog.findChild(QTextBrowser, "about-licences").toPlainText()
    assert "LGPL" in licences and "SQLAlchemy" in licences and "ReportLab" in licences
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert dialog.open_data_folder() and opened == [str(window.context.database.data_dir)]
    dialog.done(0)


def test_the_audit_trail_is_for_coordinators_only(window, qtbot, demo_folder, tmp_path):
    assert "audit" not in window.keys(), "a job coach has no audit screen"
    coordinator = start_window(qtbot, copy_data(demo_folder, tmp_path / "coordinator"), role="coordinator", user_name="Co Ordinator", school="")
    student_id = coordinator.go("students").widget(0).model.keys.ids[0]
    with coordinator.context.database.transaction() as session:  # a change the trail must show: whose, by name
        records.update(session, coordinator.context.actor, "students", student_id, {"phone": "06 98765432"})
    screen = coordinator.go("audit")
    assert screen.model.rowCount() > 0
    actions = {screen.proxy.index(row, 2).data() for row in range(screen.proxy.rowCount())}
    assert "created" in actions
    shown = [[screen.proxy.index(row, column).data() for column in range(6)] for row in range(min(400, screen.proxy.rowCount()))]
    kinds, students, fields = {row[3] for row in shown}, {row[4] for row in shown}, {row[5] for row in shown}
    assert {"coach", "student", "settings"} <= kinds and "students" not in kinds, "kinds as people call them"
    assert any(name and " " in name for name in students), "which student an entry is about, by name"
    assert not any("_" in (text or "") for text in fields), "field labels, not column names like first_name"


def test_a_coordinator_exports_and_erases_a_student(qtbot, demo_folder, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from coachdesk.ui.screens.pages import StudentPage

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    coordinator = start_window(qtbot, copy_data(demo_folder, tmp_path / "data"), role="coordinator", user_name="Co Ordinator", school="")
    student_id = coordinator.go("students").widget(0).model.keys.ids[0]
    coordinator.show_student(student_id)
    page: StudentPage = coordinator.student_page
    assert page.erase_button.isVisible() and page.export_button.isVisible()
    written = page.export_data(str(tmp_path / "avg"))
    assert len(written) == 2 and all(path.exists() for path in written)
    assert page.erase(confirmed=True)
    with coordinator.context.database.session() as session:
        assert session.get(m.Student, student_id) is None
    assert student_id not in coordinator.lists["students"].model.keys.ids


def test_a_job_coach_has_no_avg_buttons(window):
    window.show_student(window.go("students").widget(0).model.keys.ids[0])
    assert not window.student_page.erase_button.isVisible() and not window.student_page.export_button.isVisible()


def test_a_scheme_not_checked_for_over_a_year_is_marked(window):
    from PySide6.QtCore import Qt

    from coachdesk.services import records
    from coachdesk.ui.widgets.record_list import SORT_ROLE
    from tests.factories import SYSTEM

    with window.context.database.transaction() as session:
        scheme = session.scalars(select(m.FinancialScheme).order_by(m.FinancialScheme.name)).first()
        records.update(session, SYSTEM, "schemes", scheme.id, {"last_checked_on": date.today() - timedelta(days=400)})
        fresh = session.scalars(select(m.FinancialScheme).where(m.FinancialScheme.id != scheme.id)).first()
        records.update(session, SYSTEM, "schemes", fresh.id, {"last_checked_on": date.today() - timedelta(days=10)})
    window.go("catalogue")
    screen = window.lists["schemes"]
    screen.reload()
    column = [c.header for c in screen.spec.columns].index("Last checked")
    rows = {screen.model.keys.ids[row]: screen.model.index(row, column) for row in range(screen.model.rowCount())}
    old, recent = rows[scheme.id], rows[fresh.id]
    assert old.data().startswith("⚠") and old.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "over a year ago" in old.data(Qt.ItemDataRole.ToolTipRole)
    assert not recent.data().startswith("⚠") and recent.data(Qt.ItemDataRole.ForegroundRole) is None
    assert recent.data(SORT_ROLE) > old.data(SORT_ROLE), "dates sort by date"


def test_the_first_window_fits_a_small_laptop_screen():
    from PySide6.QtCore import QSize

    from coachdesk.ui.mainwindow import first_size

    assert first_size(QSize(1366, 728)).height() <= 728 - 30, "a 1366x768 laptop with a taskbar"
    assert first_size(QSize(1920, 1040)) == QSize(1280, 800)


def test_a_new_student_starts_at_the_users_school_and_a_contact_names_its_student(window, qtbot):
    from coachdesk.ui.screens.pages import open_visit_dialog
    from tests.uihelpers import press

    dialog = RecordDialog(window.context, "students", parent=window)
    qtbot.addWidget(dialog)
    assert dialog.values()["school_id"] == window.context.actor.school_id, "not the alphabetically first school"
    dialog.done(0)
    student_id = window.go("students").widget(0).model.keys.ids[0]
    contact = open_visit_dialog(window, window.context, student_id, None)
    with window.context.database.session() as session:
        student = session.get(m.Student, student_id)
    assert f"{student.first_name} {student.last_name}" in contact.windowTitle()
    date = contact.editors["visited_on"]
    date.line.selectAll()
    type_text(date.line, "12-11-2026 en verder")
    assert date.line.text() == "12-11-2026 en verder", "typed text is never silently cut"
    press(contact, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert contact.isVisible() and contact.error_labels["visited_on"].isVisibleTo(contact), "refused, naming the field"
    contact.done(0)
