"""The import wizard and the Export button, used with real widgets as a coach would."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from coachdesk.domain import models as m
from coachdesk.services.users import register_user
from coachdesk.services.workspace import open_workspace
from coachdesk.transfer.importer import load_table
from coachdesk.ui.app import make_application, window_state_for
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.import_wizard import ImportWizard
from coachdesk.ui.mainwindow import MainWindow
from coachdesk.ui.widgets import export_action
from tests.factories import PASSPHRASE
from tests.transferfiles import HEADER, birth, students, write_csv
from tests.uihelpers import type_text


def _folder(tmp_path, role="docent"):
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    with database.transaction() as session:
        register_user(session, "Sanne de Wit", role, "Praktijkschool De Brug")
    return database


def _count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(m.Student))


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wizard_from_file_to_result_then_undo(qtbot, tmp_path):
    make_application()
    database = _folder(tmp_path)
    rows = [["Export Magister"], HEADER] + students(3) + [["1003", "Sem", "", "Jansen", "31-02-2010", "2", "BOL", ""]]
    source = write_csv(tmp_path / "leerlingen.csv", rows, encoding="cp1252")
    wizard = ImportWizard(AppContext(database))
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(wizard.path, str(source))
    _click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=15000)
    headers = [wizard.mapping_table.item(r, 0).text() for r in range(wizard.mapping_table.rowCount())]
    assert headers == HEADER
    assert wizard.mapping_table.cellWidget(0, 2).currentData() == "student_number"
    email_box = wizard.mapping_table.cellWidget(7, 2)
    email_box.setCurrentIndex(email_box.findData(""))  # the user chooses not to import the parents' e-mail
    _click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=15000)
    assert "3 new" in wizard.summary.text() and "1 rows with errors" in wizard.summary.text()
    assert _count(database) == 0  # the preview stores nothing
    _click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3, timeout=15000)
    assert "Stored: 3 new" in wizard.result_label.text()
    assert _count(database) == 3
    with database.session() as session:
        assert set(session.scalars(select(m.Student.guardian_email))) == {None}
    fix = wizard.save_error_file(str(tmp_path / "fix.csv"))
    assert [cells[0] for _, cells in load_table(fix).rows] == ["1003"]
    _click(qtbot, wizard.undo_button)
    assert _count(database) == 0 and "undone" in wizard.result_label.text()
    database.close()


def test_an_unreadable_file_is_named_in_the_wizard(qtbot, tmp_path):
    make_application()
    database = _folder(tmp_path)
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    wizard = ImportWizard(AppContext(database))
    qtbot.addWidget(wizard)
    type_text(wizard.path, str(bad))
    _click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: not wizard.error.isHidden(), timeout=15000)
    assert "kapot.xlsx" in wizard.error.text() and wizard.pages.currentIndex() == 0
    database.close()


def _window(qtbot, database) -> MainWindow:
    window = MainWindow(AppContext(database), window_state_for(database.data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_menu_import_and_export_of_the_rows_shown(qtbot, tmp_path, monkeypatch):
    make_application()
    database = _folder(tmp_path, role="coordinator")
    with database.transaction() as session:
        school = session.scalar(select(m.School))
        for first in ("Zoë", "Sem", "Noor"):
            session.add(m.Student(first_name=first, last_name="Test", school_type=m.SchoolType.PRO, school_id=school.id, date_of_birth=birth()))
    window = _window(qtbot, database)
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.objectName() == "import")
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: window.import_wizard.isVisible(), timeout=5000)
    window.import_wizard.close()

    window.go("students")
    screen = window.lists["students"]
    screen.ensure_loaded()
    type_text(screen.search, "noor")
    target = tmp_path / "leerlingen.xlsx"
    monkeypatch.setattr(export_action, "choose_path", lambda parent, suggestion: str(target))
    button = screen.findChild(QPushButton, "export-list")
    _click(qtbot, button)
    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert [row[0] for row in rows[1:]] == ["Noor Test"]
    assert "1 rows saved" in screen.count_label.text()
    database.close()


def test_a_jpo_has_no_import(qtbot, tmp_path):
    make_application()
    database = _folder(tmp_path, role="jpo")
    window = _window(qtbot, database)
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.objectName() == "import")
    assert not action.isEnabled()
    database.close()


def test_the_student_form_has_the_student_number_and_refuses_a_taken_one(qtbot, tmp_path):
    from coachdesk.ui.dialogs.forms import RecordDialog

    make_application()
    database = _folder(tmp_path)
    with database.transaction() as session:
        school = session.scalar(select(m.School))
        session.add(m.Student(first_name="Zoë", last_name="Test", school_type=m.SchoolType.PRO, school_id=school.id, student_number="4711"))
        student = m.Student(first_name="Sem", last_name="Test", school_type=m.SchoolType.PRO, school_id=school.id)
        session.add(student)
    dialog = RecordDialog(AppContext(database), "students", record_id=student.id)
    qtbot.addWidget(dialog)
    editor = dialog.editors["student_number"]
    type_text(editor, "4711")
    dialog.save()
    assert "already the number" in dialog.error_labels["student_number"].text()
    with database.session() as session:
        assert session.get(m.Student, student.id).student_number is None
    editor.clear()  # the coach erases the number again: nothing unsaved, the form closes without a question
    dialog.close()
    database.close()
