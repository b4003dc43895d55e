"""The Monitor screen by keys and mouse: filters, a figure opened to its students, export, a follow-up in two clicks."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

from coachdesk.domain import clock
from coachdesk.domain import indicators as ind
from coachdesk.domain import models as m
from coachdesk.ui.app import make_application
from coachdesk.ui.context import AppContext
from coachdesk.ui.screens.monitor import MonitorScreen, StudentsDialog
from tests.test_monitor import story  # noqa: F401 - the fixture
from tests.uihelpers import open_dialogs, press

TODAY = date(2026, 7, 31)


@pytest.fixture
def screen(qtbot, story):  # noqa: F811
    make_application()
    database, ids = story
    clock.set_today(TODAY)
    widget = MonitorScreen(AppContext(database))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=20000):
        widget.show()
    yield widget, ids
    clock.set_today(None)


def _row(widget, indicator_id: str) -> int:
    return next(row for row in range(widget.table.rowCount()) if widget.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == indicator_id)


def _cell(widget, indicator_id: str, column: int = 1) -> str:
    return widget.table.item(_row(widget, indicator_id), column).text()


def _click_cell(qtbot, widget, row: int, column: int, *, double: bool = False) -> None:
    widget.table.scrollTo(widget.table.model().index(row, column))
    rect = widget.table.visualRect(widget.table.model().index(row, column))
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:  # as a hand does it: a press and release, then the double click
        qtbot.mouseDClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_figures_and_their_definitions(screen, qtbot):
    widget, _ids = screen
    assert widget.table.rowCount() == len(ind.IDS)
    assert _cell(widget, "placed") == "2" and _cell(widget, "retained_3m") == "1 / 2 (50%)"
    _click_cell(qtbot, widget, _row(widget, "days_to_place_median"), 0)
    assert ind.BY_ID["days_to_place_median"].text("definition") in widget.help.text()
    assert widget.funnel.shapes() and widget.months_chart.isVisible()


def test_a_breakdown_chosen_with_the_keyboard(screen, qtbot):
    widget, _ids = screen
    widget.by.setFocus()
    with qtbot.waitSignal(widget.loaded, timeout=20000):
        press(widget.by, Qt.Key.Key_Down)  # school
    assert widget.table.columnCount() == 3 and widget.table.horizontalHeaderItem(2).text() == "Praktijkschool Noord"
    with qtbot.waitSignal(widget.loaded, timeout=20000):
        press(widget.by, Qt.Key.Key_Down)  # school type
    headers = [widget.table.horizontalHeaderItem(c).text() for c in range(2, widget.table.columnCount())]
    assert len(headers) == 2 and _cell(widget, "left", 2 + headers.index(next(h for h in headers if "PrO" in h))) == "1"
    assert widget.breakdown.isVisible() and widget.breakdown.chart.labels == headers


def test_for_outside_the_school_by_mouse(screen, qtbot):
    widget, _ids = screen
    with qtbot.waitSignal(widget.loaded, timeout=20000):
        qtbot.mouseClick(widget.outside, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.outside.height() // 2))
    assert widget.outside.isChecked()
    assert _cell(widget, "placed") == "<5" and _cell(widget, "searching_end") == "0"
    assert not widget.open_button.isEnabled()


def test_a_figure_opens_to_its_students_and_a_student_to_his_file(screen, qtbot):
    widget, ids = screen
    opened = []
    widget.open_student.connect(opened.append)
    _click_cell(qtbot, widget, _row(widget, "risk_high"), 1, double=True)
    qtbot.waitUntil(lambda: bool(open_dialogs(StudentsDialog)), timeout=5000)
    (dialog,) = open_dialogs(StudentsDialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Fay Bakker"]
    dialog.list.setCurrentRow(0)
    press(dialog.list, Qt.Key.Key_Return)
    assert opened == [ids["fay"]]


def test_export_follows_the_filters_on_screen(screen, qtbot, tmp_path, monkeypatch):
    widget, _ids = screen
    with qtbot.waitSignal(widget.loaded, timeout=20000):
        widget.by.setCurrentIndex(widget.by.findData("school_type"))
    for name in ("cijfers.pdf", "cijfers.xlsx", "cijfers.csv"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, name=name, **k: (str(tmp_path / name), ""))
        qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "cijfers.pdf").read_bytes().startswith(b"%PDF")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "cijfers.xlsx").worksheets[0]
    labels = [row[0] for row in sheet.iter_rows(values_only=True)]
    from coachdesk.domain.i18n import in_language
    from coachdesk.domain.labels import choice_label

    with in_language("nl"):  # the workbook is Dutch whatever the screen's language
        assert {choice_label(m.SchoolType.MBO2), choice_label(m.SchoolType.PRO)} <= set(labels)
    assert (tmp_path / "cijfers.json").exists()


def test_a_follow_up_in_two_clicks(screen, qtbot, story):  # noqa: F811
    widget, _ids = screen
    database, _ = story
    widget.tabs.setCurrentIndex(1)
    panel = widget.follow_ups
    qtbot.waitUntil(lambda: panel.list.rowCount() == 1, timeout=5000)
    assert panel.list.item(0, 0).text() == "Cara Bakker" and panel.list.item(0, 1).text() == "After 12 months"
    rect = panel.list.visualRect(panel.list.model().index(0, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # one
    qtbot.mouseClick(panel.still_there, Qt.MouseButton.LeftButton)  # two
    assert panel.list.rowCount() == 0
    with database.session() as session:
        cara = session.query(m.Student).filter_by(first_name="Cara").one()
        assert (cara.followup_12m, cara.followup_12m_on) == (m.Destination.NONE, TODAY)


@pytest.mark.parametrize("role", ["coordinator", "jpo"])
def test_the_monitor_in_the_navigation_for_all_but_a_jpo(qtbot, tmp_path, role):
    from coachdesk.services.demo import fill_demo
    from coachdesk.services.users import register_user
    from coachdesk.services.workspace import open_workspace
    from coachdesk.ui.app import window_state_for
    from coachdesk.ui.mainwindow import MainWindow
    from tests.factories import PASSPHRASE

    make_application()
    folder = tmp_path / "data"
    database = open_workspace(folder, PASSPHRASE)
    with database.transaction() as session:
        fill_demo(session, "small")
        register_user(session, "Mees Monitor", role, "Maasland College mbo")
    window = MainWindow(AppContext(database), window_state_for(folder))
    qtbot.addWidget(window)
    window.show()
    if role == "jpo":
        assert "monitor" not in window.keys()
        return
    row = window.keys().index("monitor")
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    screen = window.stack.currentWidget()
    assert isinstance(screen, MonitorScreen)
    qtbot.waitUntil(lambda: screen.figures is not None, timeout=20000)
    assert screen.table.rowCount() == len(ind.IDS)


def test_a_coordinator_maps_a_sector_to_an_akkoord(screen, qtbot, story):  # noqa: F811
    widget, ids = screen
    database, _ = story
    with database.transaction() as session:
        session.get(m.Student, ids["fay"]).sectors = ["Zorg"]
    qtbot.mouseClick(widget.akkoord_button, Qt.MouseButton.LeftButton)
    from coachdesk.ui.screens.monitor import AkkoordDialog
    from tests.uihelpers import type_text

    (dialog,) = open_dialogs(AkkoordDialog)
    sectors = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    row = sectors.index("Zorg")
    assert dialog.table.item(row, 1).text() == "Zorg"  # the Rotterdam-Rijnmond preset until the coordinator maps his own
    dialog.activateWindow()
    dialog.table.setCurrentCell(row, 1)
    dialog.table.setFocus()
    press(dialog.table, Qt.Key.Key_F2)  # edit the cell, as with the keyboard
    editor = dialog.table.findChild(QLineEdit)
    editor.selectAll()
    type_text(editor, "Zorg en Welzijn")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.item(row, 1).text() == "Zorg en Welzijn", timeout=3000)  # Qt commits the edit a moment later
    with qtbot.waitSignal(widget.loaded, timeout=20000):
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(widget.loaded, timeout=20000):
        widget.by.setCurrentIndex(widget.by.findData("akkoord"))
    headers = [widget.table.horizontalHeaderItem(c).text() for c in range(2, widget.table.columnCount())]
    assert "Zorg en Welzijn" in headers
    assert _cell(widget, "risk_high", 2 + headers.index("Zorg en Welzijn")) == "1"


def test_the_students_dialog_names_its_figure_and_count(screen, qtbot):
    widget, _ids = screen
    _click_cell(qtbot, widget, _row(widget, "placed"), 1, double=True)
    qtbot.waitUntil(lambda: bool(open_dialogs(StudentsDialog)), timeout=5000)
    (dialog,) = open_dialogs(StudentsDialog)
    heading = dialog.findChild(type(widget.status), "monitor-students-heading").text()
    assert dialog.list.count() == 1  # placed twice: one student behind the two searches
    assert ind.BY_ID["placed"].text("title") in heading and "1 student" in heading  # a remote desktop may show no window title


def test_no_follow_up_due_is_said_and_the_answers_are_off(screen, qtbot, story):  # noqa: F811
    widget, _ids = screen
    widget.tabs.setCurrentIndex(1)
    panel = widget.follow_ups
    qtbot.waitUntil(lambda: panel.list.rowCount() == 1, timeout=5000)
    assert panel.still_there.isEnabled() and not panel.message.text()
    panel.list.selectRow(0)
    qtbot.mouseClick(panel.still_there, Qt.MouseButton.LeftButton)
    assert panel.message.text().startswith("Recorded for Cara Bakker")  # what was done stays said
    panel.message.clear()
    panel.reload()
    assert "No follow-up is due today" in panel.message.text()
    assert not panel.still_there.isEnabled() and not panel.record.isEnabled()


def test_every_filter_fits_the_width_of_a_small_laptop(screen, qtbot):
    """At 1366 px (less the navigation) every choice shows its whole current text."""
    widget, _ids = screen
    widget.resize(1366 - 200, 700)
    qtbot.waitUntil(lambda: widget.width() == 1166, timeout=2000)
    for combo in (widget.period, widget.by, widget.school_type):
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
            assert combo.width() >= needed + 20, (combo.objectName(), combo.currentText())
    assert widget.outside.width() >= widget.outside.sizeHint().width()


def test_the_reports_texts_are_found_for_translation_in_their_context(tmp_path):
    """lupdate files a text by the context it is looked up in: a report's text outside "Monitor" would stay English in print."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    source = Path(__file__).parents[1] / "coachdesk" / "documents" / "monitor_report.py"
    subprocess.run([str(lupdate), str(source), "-ts", str(tmp_path / "x.ts")], check=True, capture_output=True)
    contexts = {context.findtext("name"): [message.findtext("source") for message in context.iter("message")]
                for context in ET.parse(tmp_path / "x.ts").getroot().iter("context")}
    assert set(contexts) == {"Monitor"} and "The figures" in contexts["Monitor"]


def test_the_printed_reasons_stand_one_to_a_line(screen, tmp_path):
    import dataclasses

    from pypdf import PdfReader

    from coachdesk.documents import monitor_report
    from coachdesk.services.outcomes import end_reason_label

    widget, _ids = screen
    assert widget.figures.indicators["placements_ended_early_reasons"]  # the story ends a place early, with a reason
    reasons = {"conflict": 2, "employer": 3, "travel": 1}  # and a school year has more reasons than one
    figures = dataclasses.replace(widget.figures, indicators={**widget.figures.indicators, "placements_ended_early_reasons": reasons})
    report = tmp_path / "cijfers.pdf"
    monitor_report.write_pdf(figures, report)
    lines = [line.strip() for page in PdfReader(report).pages for line in page.extract_text().splitlines()]
    from coachdesk.domain.i18n import in_language

    with in_language("nl"):  # the report is Dutch whatever the screen's language
        for code, count in reasons.items():
            assert f"{end_reason_label(code)}: {count}" in lines


def test_a_form_offers_destinations_and_reasons_in_words(qtbot, story):  # noqa: F811
    """The students form's destination after school is chosen by its name, never by its code; so is a reason of an early end."""
    from coachdesk.domain.labels import choice_label
    from coachdesk.domain.schema import END_REASON_CODE
    from coachdesk.services import outcomes
    from coachdesk.ui.dialogs.forms import RecordDialog

    make_application()
    database, ids = story
    dialog = RecordDialog(AppContext(database), "students", record_id=ids["fay"])
    qtbot.addWidget(dialog)
    box = dialog.editors["destination"]
    shown = {box.itemData(index): box.itemText(index) for index in range(box.count()) if box.itemData(index)}
    assert shown == {value.value: outcomes.destination_label(value) for value in m.Destination}
    assert shown["werk_bbl"] == "Work with mbo BBL" and "werk_bbl" not in shown.values()
    assert [choice_label(reason) for reason in END_REASON_CODE.choices] == [outcomes.end_reason_label(reason) for reason in m.EarlyEndReason]
    # A str enum's member equals another's of the same name and value: each keeps its own words.
    assert (choice_label(m.Destination.PRO), choice_label(m.SchoolType.PRO)) == ("Another PrO school", "Practical education (PrO)")
    assert (choice_label(m.EarlyEndReason.OTHER), choice_label(m.EventKind.OTHER)) == ("Other, namely", "Other")
    from coachdesk.domain import labels

    assert (outcomes.DESTINATION_LABELS, outcomes.END_REASON_LABELS) == (labels.DESTINATION_LABELS, labels.END_REASON_LABELS)  # one set of words


def _student_id(database, first_name: str) -> str:
    with database.session() as session:
        return session.query(m.Student).filter_by(first_name=first_name).one().id


def test_the_student_page_of_a_leaver_shows_where_he_went_and_his_follow_ups(qtbot, story):  # noqa: F811
    from coachdesk.ui.screens.pages import StudentPage

    make_application()
    database, ids = story
    context = AppContext(database)
    page = StudentPage(context)
    qtbot.addWidget(page)
    page.show()
    page.show_student(_student_id(database, "Bob"))  # left 1-9-2023 for work; three follow-ups
    table = page.findChild(type(page.placements), "student-outcomes")
    assert table.isVisible()
    rows = [[table.item(row, column).text() for column in range(3)] for row in range(table.rowCount())]
    assert rows == [["Left school", "01-09-2023", "Work"], ["After 6 months", "01-03-2024", "Work"],
                    ["After 12 months", "01-09-2024", "Work with mbo BBL"], ["After 24 months", "01-09-2025", "Work"]]
    page.show_student(_student_id(database, "Cara"))  # left 1-10-2024 with nothing after: the due days, not recorded
    assert [table.item(row, 2).text() for row in range(table.rowCount())] == ["No work or school"] + ["not recorded yet"] * 3
    page.show_student(ids["fay"])  # at school: no such section
    assert not table.isVisible()
    from coachdesk.services.access import Actor

    context.actor = Actor(m.CoachRole.JOBHUNTER)  # a jobhunter sees of a student what matching needs, not where he went
    page.show_student(_student_id(database, "Bob"))
    assert not table.isVisible()
