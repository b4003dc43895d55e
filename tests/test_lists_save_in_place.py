# ruff: noqa: F811 - pytest fixtures imported from the shared module are test parameters here
"""A save refreshes only the rows it changed (issue 13): a changed row keeps its place, a new one comes first.

The list is not asked for again (no count, no sort of every row), so a save stays fast on 100,000 contacts; what the
user sees is still what the database holds, which `assert_list_right` checks against every row.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox

from coachdesk.ui.widgets.record_list import ID_ROLE
from tests.test_lists_filtered_save import (  # noqa: F401 - the shared fixtures
    assert_list_right,
    choose_filter,
    click_header,
    demo_folder,
    english,
    fill_and_save,
    modal_form,
    shown_ids,
    window,
)
from tests.uihelpers import press, type_text


def _no_query_while(screen, action) -> None:
    """Run ``action`` and check the list was not asked for anew (its first window is the same object)."""
    first_window = screen.model._pages[0]
    action()
    assert screen.model._pages[0] is first_window, "refreshed in place, not asked for again"


def test_a_changed_contact_keeps_its_row_in_a_sorted_list_and_shows_its_new_text(window, qtbot):
    visits = window.go("visits")
    click_header(visits, 4)  # by summary: a sort the database cannot take from an index
    row = 3
    record_id = visits.proxy.index(row, 0).data(ID_ROLE)
    before = shown_ids(visits)
    visits.table.setFocus()
    visits.table.setCurrentIndex(visits.proxy.index(row, 0))
    press(visits.table, Qt.Key.Key_Return)
    dialog = modal_form(qtbot)
    summary = dialog.editors["summary"]
    summary.selectAll()
    type_text(summary, "Zoë belt zelf af als ze ziek is")

    _no_query_while(visits, lambda: fill_and_save(qtbot, dialog, "x"))
    assert shown_ids(visits) == before, "every row where it was"
    assert visits.proxy.index(row, 4).data() == "Zoë belt zelf af als ze ziek is"
    assert record_id in visits.model.moved
    assert_list_right(window, visits)
    click_header(visits, 4)  # sorted again: now in its place by the new text
    assert visits.model.moved == set()
    assert_list_right(window, visits)


def test_a_new_employer_comes_first_in_bold_in_a_sorted_list(window, qtbot):
    employers = window.go("employers").widget(0)
    click_header(employers, 2)  # by city
    first = employers.proxy.index(0, 0).data(ID_ROLE)
    count = employers.proxy.rowCount()
    QTest.mouseClick(employers.new_button, Qt.MouseButton.LeftButton)
    dialog = modal_form(qtbot)
    type_text(dialog.editors["name"], "Bakkerij Łukasz")

    record_id = None

    def save() -> None:
        nonlocal record_id
        record_id = fill_and_save(qtbot, dialog, "Zwolle")

    _no_query_while(employers, save)
    assert employers.proxy.rowCount() == count + 1
    assert shown_ids(employers)[:2] == [record_id, first]
    assert employers.proxy.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert employers.proxy.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert f"{count + 1} shown" in employers.count_label.text()
    assert_list_right(window, employers)  # scrolled to the end: every row once, the new one not a second time


def test_a_record_that_leaves_the_filter_leaves_the_list(window, qtbot):
    events = window.go("events")
    choose_filter(events, 1, "no")  # not archived
    count = events.proxy.rowCount()
    record_id = events.proxy.index(0, 0).data(ID_ROLE)
    events.table.setFocus()
    events.table.setCurrentIndex(events.proxy.index(0, 0))
    press(events.table, Qt.Key.Key_Return)
    dialog = modal_form(qtbot)
    archived = dialog.editors["archived"]
    assert isinstance(archived, QCheckBox) and not archived.isChecked()
    archived.setFocus()
    QTest.keyClick(archived, Qt.Key.Key_Space)
    assert archived.isChecked()
    fill_and_save(qtbot, dialog, "x")
    assert events.proxy.rowCount() == count - 1 and record_id not in shown_ids(events)
    assert_list_right(window, events)


def test_a_new_student_found_by_the_search_while_it_is_typed(window, qtbot):
    students = window.go("students").widget(0)
    QTest.keyClicks(students.search, "sahin")
    count = students.proxy.rowCount()
    QTest.mouseClick(students.new_button, Qt.MouseButton.LeftButton)
    dialog = modal_form(qtbot)
    type_text(dialog.editors["first_name"], "Elif")
    type_text(dialog.editors["last_name"], "Şahin")
    from datetime import timedelta

    from coachdesk.domain import clock

    record_id = fill_and_save(qtbot, dialog, "Zorg", {"date_of_birth": clock.today().replace(day=1) - timedelta(days=17 * 366)})
    assert students.proxy.rowCount() == count + 1 and record_id in shown_ids(students)
    assert students.model._index is not None, "the search index took the new student in, instead of being built again"
    QTest.keyClicks(students.search, " eli")
    assert record_id in shown_ids(students) and students.proxy.rowCount() <= count + 1
    assert_list_right(window, students)


def test_a_long_list_has_its_search_index_ready_and_sorted_before_one_types(window, qtbot, monkeypatch):
    """On 100,000 contacts the index takes seconds: it is made in the background when the list opens, and stood
    in the new order after a sort, so that typing reads neither the database nor every row in the UI."""
    from coachdesk.ui.widgets import record_list

    monkeypatch.setattr(record_list, "INDEX_AHEAD_ROWS", 100)  # the small demo stands in for a long list
    visits = window.go("visits")
    qtbot.waitUntil(lambda: visits.model._index is not None and visits.model._index_work is None, timeout=10000)
    made = visits.model._index
    click_header(visits, 1)  # by student
    qtbot.waitUntil(lambda: visits.model._index is not made and visits.model._index_work is None, timeout=10000)
    ordered = visits.model._index
    assert ordered.in_order_of(visits.model.query), "stood in the order of the clicked column, in the background"
    QTest.keyClicks(visits.search, "bos")
    assert visits.model._index is ordered, "typing used the index made in the background"
    names = [visits.proxy.index(row, 1).data() for row in range(visits.proxy.rowCount())]
    assert names and names == sorted(names, key=str.casefold), "the matches in the clicked column's order"
    assert_list_right(window, visits)
    press(visits.search, Qt.Key.Key_Backspace)
    press(visits.search, Qt.Key.Key_Backspace)
    press(visits.search, Qt.Key.Key_Backspace)
    assert visits.proxy.rowCount() == visits.model.all_rows
    assert_list_right(window, visits)


def test_a_new_record_the_filter_leaves_out_is_counted_in_the_total_only(window, qtbot):
    events = window.go("events")
    choose_filter(events, 1, "no")  # not archived
    shown, total = events.proxy.rowCount(), events.model.all_rows
    QTest.mouseClick(events.new_button, Qt.MouseButton.LeftButton)
    dialog = modal_form(qtbot)
    type_text(dialog.editors["title"], "Oude banenmarkt")
    QTest.keyClicks(dialog.editors["starts_at"], "01-02-2027 10:00")
    archived = dialog.editors["archived"]
    archived.setFocus()
    QTest.keyClick(archived, Qt.Key.Key_Space)
    record_id = fill_and_save(qtbot, dialog, "x")
    assert record_id not in shown_ids(events) and events.proxy.rowCount() == shown
    assert events.count_label.text() == f"{shown} shown of {total + 1}"
    assert_list_right(window, events)
