"""The student page's Praktijkverklaring panel, driven by keys and mouse: a judgement typed in from the paper form,
the school's confirmation, and a later judgement that revokes it, visibly."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.services import praktijkverklaring as pv
from coachdesk.services.users import choose_user
from coachdesk.transfer import pv_catalogue
from coachdesk.ui.app import make_application
from coachdesk.ui.context import AppContext
from coachdesk.ui.widgets.pv_panel import MARK, PvPanel
from tests import factories as f
from tests.test_praktijkverklaring import catalogue_file, row
from tests.test_ui import demo_folder  # noqa: F401 - the demo data folder, made once per session
from tests.uihelpers import press, type_text


@pytest.fixture
def panel(qtbot, database, tmp_path):
    make_application()
    with database.transaction() as session:
        school = f.school(session)
        coordinator = f.coach(session, school.id, "coordinator", "Coördinator Kok")
        student = f.student(session, school.id)
        pv_catalogue.import_catalogue(session, f.SYSTEM, catalogue_file(tmp_path, [row("B1-K1-W1", "Bereidt het werk voor"), row("B1-K1-W2", "Snoeit")]))
        dossier = session.query(m.Dossier).one()
        route = pv.create_route(session, f.SYSTEM, {"student_id": student.id, "route_type": "sbb", "dossier_id": dossier.id,
                                                    "started_on": clock.today() - timedelta(weeks=8)},
                                [w.id for _, w in pv.werkprocessen_of(session, dossier.id)])
        choose_user(session, f.SYSTEM, coordinator.id)
        student_id, route_id = student.id, route.id
    context = AppContext(database)
    widget = PvPanel(context)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.load(student_id)
    return widget, database, route_id


def status_column(status: m.PvStatus) -> int:
    return 3 + list(m.PvStatus).index(status)


def test_the_panel_records_a_judgement_by_keys_and_confirms_it_by_mouse(qtbot, panel):
    widget, database, route_id = panel
    assert widget.table.rowCount() == 2 and widget.table.item(1, 0).text() == "B1-K1-W2"
    assert widget.table.item(0, status_column(m.PvStatus.NIET_GESTART)).text() == MARK
    assert "Nothing assessed since" in widget.due.text()
    # keys: the second werkproces, then the form, from the paper form, saved with Space on the button
    widget.table.setFocus()
    press(widget.table, Qt.Key.Key_Down)
    assert widget.current_item_id() is not None and widget.table.currentRow() == 1
    widget.status.setFocus()
    for _ in range(2):
        press(widget.status, Qt.Key.Key_Down)
    assert widget.status.currentData() == "voldoende"
    type_text(widget.assessor, "Henk de Vriës")
    widget.paper.setFocus()
    press(widget.paper, Qt.Key.Key_Space)
    assert widget.paper.isChecked()
    widget.save_button.setFocus()
    press(widget.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: widget.message.text() == "Judgement saved.")
    assert widget.table.item(1, status_column(m.PvStatus.VOLDOENDE)).text() == MARK
    assert "1 work process(es) wait for the school's confirmation." in widget.due.text()
    # mouse: confirm
    qtbot.mouseClick(widget.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.message.text() == "Confirmed for the school.")
    assert widget.table.item(1, 7).text() == clock.today().strftime("%d-%m-%Y")
    with database.session() as session:
        item = next(i for i in pv.items_of(session, route_id) if i.werkproces.code == "B1-K1-W2")
        assert item.paper_form_on == clock.today() and item.assessor == "Henk de Vriës" and item.confirmed_on == clock.today()
    # a later judgement by mouse: the confirmation is revoked, and the grid says so
    widget.status.setCurrentIndex(widget.status.findData("goed"))
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.table.item(1, status_column(m.PvStatus.GOED)).text() == MARK)
    assert widget.table.item(1, 7).text().startswith("revoked")


def test_confirming_without_a_judgement_is_refused_in_words(qtbot, panel):
    widget, _database, _route_id = panel
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=widget.table.visualItemRect(widget.table.item(0, 1)).center())
    assert widget.table.currentRow() == 0
    qtbot.mouseClick(widget.confirm_button, Qt.MouseButton.LeftButton)
    assert "there is none yet" in widget.message.text()


def test_the_student_page_shows_the_panel_and_the_catalogue_screen_lists_the_versions(qtbot, demo_folder, tmp_path):  # noqa: F811
    from sqlalchemy import select

    from tests.test_ui import start_window
    from tests.uihelpers import copy_data

    make_application()
    window = start_window(qtbot, copy_data(demo_folder, tmp_path / "data"), role="coordinator")
    with window.context.database.session() as session:
        route = session.scalars(select(m.Route).order_by(m.Route.started_on.desc())).first()
        without = session.scalar(select(m.Student.id).where(m.Student.id.not_in(select(m.Route.student_id))).limit(1))
        codes = [item.werkproces.code for item in pv.items_of(session, route.id)]
    window.show_student(route.student_id)
    page = window.student_page
    qtbot.waitUntil(lambda: page.pv_panel.isVisibleTo(page))
    assert [page.pv_panel.table.item(r, 0).text() for r in range(page.pv_panel.table.rowCount())] == codes
    assert route.code in page.pv_panel.summary.text()
    window.show_student(without)
    panel = page.pv_panel
    assert panel.starter.isVisibleTo(page) and not panel.route_part.isVisibleTo(page), "no route: the panel offers to start one"
    assert panel.dossier_choice.count() == 3
    panel.dossier_choice.setFocus()
    press(panel.dossier_choice, Qt.Key.Key_Down)
    chosen = panel.dossier_choice.currentData()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.route_part.isVisibleTo(page))
    with window.context.database.session() as session:
        started = pv.current_route(session, window.context.actor, without)
        assert started.dossier_id == chosen
        count = len(pv.items_of(session, started.id))
    assert panel.table.rowCount() == count > 0
    panel.table.selectRow(count - 1)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == count - 1, "a werkproces the place does not offer taken out"
    panel.table.selectRow(0)
    panel.status.setCurrentIndex(panel.status.findData("oefenen"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert "stays in the route" in panel.message.text() and panel.table.rowCount() == count - 1

    row = window.keys().index("pv_catalogue")
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    screen = window.stack.currentWidget()
    assert screen.objectName() == "pv-catalogue" and screen.dossiers.rowCount() == 3, "the three example dossiers"
    assert screen.dossiers.item(0, 1).text().startswith("Voorbeeld")
    first = screen.werkprocessen.rowCount()
    screen.dossiers.setFocus()
    press(screen.dossiers, Qt.Key.Key_Down)
    assert screen.dossiers.currentRow() == 1 and screen.werkprocessen.rowCount() != first or screen.werkprocessen.item(0, 1) is not None
    codes_shown = {screen.werkprocessen.item(r, 1).text() for r in range(screen.werkprocessen.rowCount())}
    assert codes_shown and all(code.startswith("B1-K") for code in codes_shown)


def test_the_catalogue_screen_imports_a_file_and_names_bad_rows(qtbot, database, tmp_path):
    from coachdesk.ui.screens.pv_catalogue import PvCatalogueScreen

    make_application()
    context = AppContext(database)
    screen = PvCatalogueScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.dossiers.rowCount() == 0 and screen.import_button.isVisible()
    path = catalogue_file(tmp_path, [row("B1-K1-W1", "Bereidt voor"), "25123;X;2025;1;;;B1-K1;Verzorgt planten;B1-K1;Kapot;;"])
    result = screen.import_file(str(path))
    assert result is not None and result.werkprocessen == 1
    assert "Line 3, Werkproces" in screen.result.text()
    assert screen.dossiers.rowCount() == 1 and screen.werkprocessen.item(0, 1).text() == "B1-K1-W1"
    qtbot.mouseClick(screen.werkprocessen.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen.werkprocessen.visualItemRect(screen.werkprocessen.item(0, 2)).center())
    dialog = screen.edit_werkproces()
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    out = tmp_path / "uit.xlsx"
    assert screen.export_file(str(out)) == 1 and out.exists()
