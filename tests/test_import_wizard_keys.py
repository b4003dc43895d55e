"""Issue 23 in the import wizard, by keys and mouse: a Magister file into a praktijkschool with one school type and a
coach for all rows, the names of the new rows in the preview, Enter that never closes the wizard without a word,
and the earlier imports listed with "Undo" outside the wizard."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.services import records
from coachdesk.services.users import register_user
from coachdesk.services.workspace import open_workspace
from coachdesk.ui.app import make_application, window_state_for
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.import_batches import ImportBatchesDialog
from coachdesk.ui.dialogs.import_wizard import ImportWizard
from coachdesk.ui.mainwindow import MainWindow
from tests import factories as f
from tests.factories import PASSPHRASE, SYSTEM
from tests.transferfiles import birth, dutch, write_csv
from tests.uihelpers import answer_modal_dialog, press, type_text

MAGISTER = ["Stamnr", "Roepnaam", "Tussenv", "Achternaam", "Geb_dat", "Klas"]


def _folder(tmp_path):
    """A coordinator's folder at a school with VSO and PrO students (the walkthrough's case), and a coach."""
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    with database.transaction() as session:
        register_user(session, "Sanne de Wit", "coordinator", "De Brug")
        school = session.scalar(select(m.School))
        for _ in range(2):
            f.student(session, school.id, school_type="vso", vso_profile="arbeidsmarkt", leerweg=None)
        f.student(session, school.id, school_type="pro", leerweg=None)
        coach_id = f.coach(session, school.id, name="Ahmed Yilmaz").id
    return database, coach_id


def _file(tmp_path):
    rows = [MAGISTER, ["7001", "Zoë", "de", "Vries", dutch(birth()), "3A"], ["7002", "Sem", "", "Jansen", dutch(birth()), "3A"]]
    return write_csv(tmp_path / "magister.csv", rows)


def _imported(database) -> dict[str, m.Student]:
    with database.session() as session:
        return {s.student_number: s for s in session.scalars(select(m.Student).where(m.Student.student_number.is_not(None)))}


def _choose(box, label: str) -> None:
    """Pick an item of a closed combo box by keys, as a keyboard user does (Home, then Down until it shows)."""
    box.setFocus()
    press(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentText() == label:
            return
        press(box, Qt.Key.Key_Down)
    assert box.currentText() == label, f"{label} not in {[box.itemText(i) for i in range(box.count())]}"


def _to_preview(qtbot, wizard, source_path, *, school_type="Practical education (PrO)", coach="Ahmed Yilmaz"):
    _choose(wizard.source, "Magister")
    type_text(wizard.path, str(source_path))
    press(wizard.path, Qt.Key.Key_Return)  # Enter in the file field: Next
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1, timeout=15000)
    assert wizard.set_group.isVisible()
    if school_type:
        _choose(wizard.set_boxes["school_type"], school_type)
    if coach:
        _choose(wizard.set_boxes["coach_id"], coach)
    press(wizard.set_boxes["coach_id"], Qt.Key.Key_Return)  # Enter on a closed combo box: Next, too
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=15000)


def _preview_rows(wizard) -> list[list[str]]:
    table = wizard.preview_table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_magister_file_into_a_praktijkschool_with_a_type_and_coach_for_all_rows(qtbot, tmp_path):
    make_application()
    database, coach_id = _folder(tmp_path)
    wizard = ImportWizard(AppContext(database))
    qtbot.addWidget(wizard)
    wizard.show()
    _to_preview(qtbot, wizard, _file(tmp_path))
    assert [(row[1], row[2]) for row in _preview_rows(wizard)] == [("New", "Zoë de Vries"), ("New", "Sem Jansen")]
    assert "2 new" in wizard.summary.text() and "0 rows with errors" in wizard.summary.text()
    assert _imported(database) == {}
    # The focus lands on Close (as after a step in the background); Enter still means Import, never Close.
    wizard.close_button.setFocus()
    press(wizard.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3, timeout=15000)
    assert wizard.isVisible() and "Stored: 2 new" in wizard.result_label.text()
    stored = _imported(database)
    assert {(s.first_name, s.school_type, s.coach_id) for s in stored.values()} == {
        ("Zoë", m.SchoolType.PRO, coach_id), ("Sem", m.SchoolType.PRO, coach_id)}
    press(wizard.result_label, Qt.Key.Key_Return)  # on the result page Enter does nothing
    assert wizard.isVisible()
    database.close()


def test_without_a_school_type_the_preview_says_what_to_do_and_vso_rows_are_to_complete(qtbot, tmp_path):
    make_application()
    database, _ = _folder(tmp_path)
    wizard = ImportWizard(AppContext(database))
    qtbot.addWidget(wizard)
    wizard.show()
    _to_preview(qtbot, wizard, _file(tmp_path), school_type=None, coach=None)
    rows = _preview_rows(wizard)
    assert {row[1] for row in rows} == {"Error"} and "give one school type for all rows" in rows[0][4]
    _click(qtbot, wizard.back_button)
    _choose(wizard.set_boxes["school_type"], "Special secondary education (VSO)")
    _click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2 and wizard.preview_table.rowCount() == 2, timeout=15000)
    assert [row[4] for row in _preview_rows(wizard)] == ["still to fill in: VSO exit profile"] * 2
    assert "2 students will be stored as still to be completed" in wizard.summary.text()
    _click(qtbot, wizard.back_button)  # back to the mapping: closing there asks nothing
    wizard.close()
    assert not wizard.isVisible()
    database.close()


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_escape_on_the_preview_asks_before_closing(qtbot, tmp_path):
    make_application()
    database, _ = _folder(tmp_path)
    wizard = ImportWizard(AppContext(database))
    qtbot.addWidget(wizard)
    wizard.show()
    _to_preview(qtbot, wizard, _file(tmp_path))

    def stay(box: QMessageBox) -> None:
        assert "Nothing has been imported yet" in box.text()
        next(b for b in box.buttons() if b.text() == "Back to the preview").click()

    answered = answer_modal_dialog("import-close-question", stay)
    press(wizard.preview_table, Qt.Key.Key_Escape)
    assert answered and wizard.isVisible() and wizard.pages.currentIndex() == 2
    answered = answer_modal_dialog("import-close-question", lambda box: next(b for b in box.buttons() if b.text() == "Close without importing").click())
    _click(qtbot, wizard.close_button)
    assert answered and not wizard.isVisible()
    assert _imported(database) == {}
    database.close()


def test_earlier_imports_listed_and_undone_from_the_menu(qtbot, tmp_path):
    make_application()
    database, _ = _folder(tmp_path)
    wizard = ImportWizard(AppContext(database))
    qtbot.addWidget(wizard)
    wizard.show()
    _to_preview(qtbot, wizard, _file(tmp_path))
    _click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3, timeout=15000)
    wizard.close()
    second = write_csv(tmp_path / "tweede.csv", [MAGISTER, ["7003", "Noor", "", "Bos", dutch(birth()), "3B"]])
    wizard = ImportWizard(AppContext(database))
    qtbot.addWidget(wizard)
    wizard.show()
    _to_preview(qtbot, wizard, second)
    press(wizard.preview_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3, timeout=15000)
    wizard.close()
    with database.transaction() as session:  # a coach changes one student of the first import since
        records.update(session, SYSTEM, "students", _imported(database)["7001"].id, {"phone": "0612345678"})

    window = MainWindow(AppContext(database), window_state_for(database.data_dir))
    qtbot.addWidget(window)
    window.show()
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.objectName() == "import-batches")
    action.trigger()
    dialog = window.import_batches
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    table = dialog.table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert [(row[1], row[2], row[3], row[4]) for row in cells] == [
        ("tweede.csv", "Students", "Sanne de Wit", "1 new, 0 updated"), ("magister.csv", "Students", "Sanne de Wit", "2 new, 0 updated")]
    assert cells[0][5] == "Yes" and "cannot be undone" in cells[1][5]
    table.setCurrentCell(1, 0)
    assert not dialog.undo_button.isEnabled() and "changed or used after the import" in dialog.undo_button.toolTip()
    rect = table.visualItemRect(table.item(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.undo_button.isEnabled()
    answered = answer_modal_dialog("import-undo-question", lambda box: next(b for b in box.buttons() if b.text() == "Undo the import").click())
    _click(qtbot, dialog.undo_button)
    assert answered
    assert sorted(_imported(database)) == ["7001", "7002"]
    assert "1 records removed" in dialog.result.text()
    assert table.item(0, 5).text().startswith("Undone on ")
    dialog.close()
    window.close()
    database.close()


def test_the_wizard_opens_the_earlier_imports_too(qtbot, tmp_path):
    make_application()
    database, _ = _folder(tmp_path)
    wizard = ImportWizard(AppContext(database))
    qtbot.addWidget(wizard)
    wizard.show()
    _click(qtbot, wizard.batches_button)
    qtbot.waitUntil(lambda: wizard.batches_dialog.isVisible(), timeout=5000)
    assert isinstance(wizard.batches_dialog, ImportBatchesDialog) and wizard.batches_dialog.empty.isVisible()
    wizard.batches_dialog.close()
    database.close()


def test_imported_students_to_complete_on_the_students_list_and_vandaag(qtbot, tmp_path):
    make_application()
    database, _ = _folder(tmp_path)
    window = MainWindow(AppContext(database), window_state_for(database.data_dir))
    qtbot.addWidget(window)
    window.show()
    window.show_import()
    wizard = window.import_wizard
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    _to_preview(qtbot, wizard, _file(tmp_path), school_type="Special secondary education (VSO)", coach=None)
    press(wizard.preview_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3, timeout=15000)
    wizard.close()

    screen = window.go("students").widget(0)
    screen.ensure_loaded()
    box = next(b for b, flt in zip(screen.filter_boxes, screen.spec.filters) if flt.key == "to_complete")
    _choose(box, "To be completed")
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 2, timeout=10000)
    assert sorted(screen.proxy.index(row, 0).data() for row in range(2)) == ["Sem Jansen", "Zoë de Vries"]
    _choose(box, "Complete")
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 3, timeout=10000)  # the students of before

    today = window.go("today")
    qtbot.waitUntil(lambda: today.busy_label.isHidden() and today.model.rowCount() > 0, timeout=10000)
    _choose(today.kind_filter, "To be completed")
    assert today.proxy.rowCount() == 2
    assert {today.proxy.index(row, 3).data() for row in range(2)} == {"Still to fill in: VSO exit profile."}
    window.close()
    database.close()
