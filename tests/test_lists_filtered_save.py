"""Saving while a list is searched, filtered or sorted: no crash, and the list shows what the database holds (issue 13).

Everything goes through the real widgets: the search text is typed, filters are chosen with the arrow keys, columns
are sorted by clicking their header, records are saved from their forms with Ctrl+S.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from coachdesk.domain import clock
from coachdesk.services import list_queries as lists
from coachdesk.services.workspace import open_workspace
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.forms import DateField, RecordDialog
from coachdesk.ui.widgets.record_list import ID_ROLE, SORT_ROLE, ListScreen
from tests.factories import PASSPHRASE
from tests.test_ui import demo_folder, english, start_window  # noqa: F401 - the shared fixtures
from tests.uihelpers import copy_data, press, type_text


@pytest.fixture
def window(qtbot, demo_folder, tmp_path):  # noqa: F811 - the shared fixture
    make_application()
    return start_window(qtbot, copy_data(demo_folder, tmp_path / "data"), role="coordinator", user_name="Co Ordinator", school="")


# --- what a user does --------------------------------------------------------------------------------------------

def type_search(screen: ListScreen, text: str) -> None:
    if text.isascii():
        QTest.keyClicks(screen.search, text)
    else:
        type_text(screen.search, text)


def choose_filter(screen: ListScreen, index: int, label: str) -> None:
    """Pick a filter value with the arrow keys, as a keyboard user does."""
    box: QComboBox = screen.filter_boxes[index]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Home)
    wanted = box.findText(label)
    assert wanted > 0, f"{label!r} is offered in the filter"
    for _ in range(wanted):
        QTest.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == label


def click_header(screen: ListScreen, column: int) -> None:
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def modal_form(qtbot) -> RecordDialog:
    found: list[RecordDialog] = []
    qtbot.waitUntil(lambda: bool(found.extend(w for w in QApplication.topLevelWidgets()
                                              if isinstance(w, RecordDialog) and w.isVisible()) or found), timeout=5000)
    return found[0]


def fill_and_save(qtbot, dialog: RecordDialog, text: str, dates: dict[str, object] | None = None) -> str:
    """Type ``text`` in every empty required text field, pick the first choice of every empty list, press Ctrl+S."""
    dates = dates or {}
    for spec in dialog.specs:
        editor = dialog.editors[spec.name]
        if isinstance(editor, DateField):
            if spec.name in dates or (spec.required and not editor.line.text()):
                editor.line.clear()
                QTest.keyClicks(editor.line, dates.get(spec.name, clock.today()).strftime("%d-%m-%Y"))
        elif isinstance(editor, QComboBox):
            if spec.required and editor.currentData() is None and editor.count() > 1:
                editor.setCurrentIndex(1)
        elif isinstance(editor, QLineEdit):
            if spec.required and not editor.text():
                type_text(editor, text)
        elif isinstance(editor, QPlainTextEdit) and spec.required and not editor.toPlainText():
            type_text(editor, text)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        press(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return saved.args[0]


# --- the oracle: what the list should show, computed the old way from every row -------------------------------------

def expected_ids(window, screen: ListScreen) -> set[str]:
    with window.context.database.session() as session:
        keys = lists.load_keys(session, window.context.actor, screen.spec)
    words = lists.search_form(screen.search.text()).split()
    wanted = {index: box.currentData() for index, box in enumerate(screen.filter_boxes) if box.currentIndex() > 0}
    return {record_id for record_id, text, values in zip(keys.ids, keys.search_texts, keys.filter_values)
            if all(word in text for word in words) and all(values[i] == value for i, value in wanted.items())}


def shown_ids(screen: ListScreen) -> list[str]:
    return [screen.proxy.index(row, 0).data(ID_ROLE) for row in range(screen.proxy.rowCount())]


def assert_list_right(window, screen: ListScreen) -> None:
    shown = shown_ids(screen)
    assert len(shown) == len(set(shown)), "no row twice"
    assert set(shown) == expected_ids(window, screen)
    assert f"{len(shown)} shown" in screen.count_label.text()
    column = screen.table.horizontalHeader().sortIndicatorSection()
    if 0 <= column < len(screen.spec.columns) and screen.spec.columns[column].format in ("date", "datetime"):
        # Records saved since the list was sorted: new ones first, changed ones where they stood, until it is sorted again.
        new = len(screen.model.new_ids)
        assert shown[:new] == screen.model.new_ids
        keys = [screen.proxy.index(row, column).data(SORT_ROLE) for row in range(new, len(shown)) if shown[row] not in screen.model.moved]
        descending = screen.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        assert keys == sorted(keys, reverse=descending), "dates in the order of the clicked header"


# --- the tests ---------------------------------------------------------------------------------------------------------

def test_a_new_student_saved_while_the_list_is_searched(window, qtbot):
    screen = window.go("students").widget(0)
    type_search(screen, "sahin")
    before = screen.proxy.rowCount()
    assert before > 0
    QTest.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = modal_form(qtbot)
    dialog.editors["first_name"].setFocus()
    type_text(dialog.editors["first_name"], "Elif")
    type_text(dialog.editors["last_name"], "Şahin")
    record_id = fill_and_save(qtbot, dialog, "Logistiek", {"date_of_birth": clock.today().replace(day=1) - timedelta(days=17 * 366)})
    assert screen.isVisible() and screen.search.text() == "sahin", "the search stays"
    assert screen.proxy.rowCount() == before + 1 and record_id in shown_ids(screen), "the new student matches and shows"
    assert_list_right(window, screen)


def test_a_new_employer_saved_while_the_list_is_filtered_and_sorted(window, qtbot):
    screen = window.go("employers").widget(0)
    choose_filter(screen, 1, "no")  # not SBB recognised
    click_header(screen, 2)  # by city
    type_search(screen, "e")
    QTest.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = modal_form(qtbot)
    type_text(dialog.editors["name"], "Bakkerij Zoë")
    fill_and_save(qtbot, dialog, "Rotterdam")
    assert_list_right(window, screen)


def test_a_new_placement_saved_while_the_placements_are_filtered_on_searching(window, qtbot):
    placements = window.go("placements")
    choose_filter(placements, 0, "Searching")
    searching = placements.proxy.rowCount()
    assert searching > 0
    placements.table.setFocus()
    placements.table.setCurrentIndex(placements.proxy.index(0, 0))
    press(placements.table, Qt.Key.Key_Return)  # opens the placement's student
    page = window.student_page
    QTest.mouseClick(page.placement_button, Qt.MouseButton.LeftButton)
    dialog = modal_form(qtbot)
    dialog.editors["employer_id"].setCurrentIndex(1)  # a place found: the new placement closes the search (a second search is refused)
    fill_and_save(qtbot, dialog, "Bench", {"starts_on": clock.today() + timedelta(days=7), "ends_on": clock.today() + timedelta(days=200)})
    placements = window.go("placements")
    assert placements.filter_boxes[0].currentText() == "Searching", "the filter stays"
    assert_list_right(window, placements)
    window.go("students").widget(0)


def test_contacts_saved_while_the_contacts_list_is_filtered_and_sorted(window, qtbot):
    visits = window.go("visits")
    choose_filter(visits, 0, "Visit at the workplace")
    click_header(visits, 0)  # by date
    click_header(visits, 0)  # newest first
    student_id = visits.proxy.index(0, 1).data(ID_ROLE)
    assert_list_right(window, visits)
    # The contact form over the list (opened from a row), saved with a changed date.
    visits.table.setFocus()
    visits.table.setCurrentIndex(visits.proxy.index(0, 0))
    press(visits.table, Qt.Key.Key_Return)
    dialog = modal_form(qtbot)
    fill_and_save(qtbot, dialog, "Bench", {"visited_on": clock.today() - timedelta(days=1)})
    assert_list_right(window, visits)
    assert student_id


@pytest.mark.parametrize("kind, tab", [("events", None), ("schemes", 0), ("help", 1)])
def test_new_records_saved_while_their_list_is_searched(window, qtbot, kind, tab):
    holder = window.go("events" if kind == "events" else "catalogue")
    if tab is not None:
        holder.setCurrentIndex(tab)
    screen = window.lists[kind]
    assert screen.isVisible()
    type_search(screen, "zoe")
    QTest.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = modal_form(qtbot)
    first_text = next(spec.name for spec in dialog.specs if isinstance(dialog.editors[spec.name], QLineEdit) and spec.required)
    type_text(dialog.editors[first_text], "Zoë's dag")
    if "starts_at" in dialog.editors:
        QTest.keyClicks(dialog.editors["starts_at"], (clock.now() + timedelta(days=3)).strftime("%d-%m-%Y 10:00"))
    record_id = fill_and_save(qtbot, dialog, "Zoë")
    assert record_id in shown_ids(screen), "typed without the accent, found with it"
    assert_list_right(window, screen)


def test_saving_filtering_and_sorting_in_random_order_keeps_the_list_right(window, qtbot):
    """A seeded random walk through what a coach does with the student list open."""
    rng = random.Random(13)
    screen = window.go("students").widget(0)
    letters = ["a", "e", "s", "h", "n", "ë", " ", "o"]
    saved = 0
    for step in range(45):
        action = rng.choice(["type", "type", "erase", "filter", "sort", "save", "save", "change"])
        if action == "type":
            type_search(screen, rng.choice(letters))
        elif action == "erase":
            press(screen.search, Qt.Key.Key_Backspace)
        elif action == "filter":
            index = rng.randrange(len(screen.filter_boxes))
            box = screen.filter_boxes[index]
            box.setFocus()
            QTest.keyClick(box, rng.choice([Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Home]))
        elif action == "sort":
            click_header(screen, rng.randrange(len(screen.spec.columns)))
        elif action in ("save", "change"):
            if action == "change" and screen.proxy.rowCount():
                screen.table.setFocus()
                screen.table.setCurrentIndex(screen.proxy.index(rng.randrange(screen.proxy.rowCount()), 0))
                record_id = screen.current_id()
                dialog = RecordDialog(window.context, "students", record_id=record_id, parent=window)
                dialog.open()
                dialog.editors["last_name"].clear()
                type_text(dialog.editors["last_name"], rng.choice(["Şahin", "Sahin", "Bakker", "Öztürk"]) + str(step))
                fill_and_save(qtbot, dialog, "x")
            else:
                QTest.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
                dialog = modal_form(qtbot)
                type_text(dialog.editors["first_name"], rng.choice(["Elif", "Zoë", "Noah", "Daniël"]))
                type_text(dialog.editors["last_name"], rng.choice(["Şahin", "Sahin", "Bakker", "Hendriks"]) + f" {step}")  # not a duplicate
                fill_and_save(qtbot, dialog, "Zorg", {"date_of_birth": clock.today().replace(day=1) - timedelta(days=17 * 366)})
                saved += 1
        assert_list_right(window, screen)
    assert saved > 3


def test_column_widths_and_sort_survive_a_restart_and_a_squeezed_name_column_comes_back(qtbot, demo_folder, tmp_path):  # noqa: F811 - the shared fixture
    from coachdesk.ui.app import window_state_for
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.mainwindow import MainWindow

    make_application()
    folder = copy_data(demo_folder, tmp_path / "data")
    window = start_window(qtbot, folder, role="coordinator", user_name="Co Ordinator", school="")
    screen = window.go("students").widget(0)
    header = screen.table.horizontalHeader()
    header.resizeSection(0, 2)  # dragged to nothing
    header.resizeSection(1, 222)
    click_header(screen, 6)  # by date of birth
    window.close()

    again = MainWindow(AppContext(open_workspace(folder, PASSPHRASE)), window_state_for(folder))
    qtbot.addWidget(again)
    again.show()
    screen = again.go("students").widget(0)
    header = screen.table.horizontalHeader()
    assert header.sectionSize(0) >= 60, "the name column is readable again"
    assert header.sectionSize(1) == 222, "the other widths are as they were left"
    assert header.sortIndicatorSection() == 6 and screen.model.query.sort_column == 6
    assert_list_right(again, screen)
