"""The placement lifecycle complete in the app (issue 13): edit, propose in one step, a new placement closes the
search, trainers of the chosen employer, the status dialog's default, contacts and employers opened from the
student page. Services first, then the real widgets driven by keys and mouse."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import timedelta

import pytest
from sqlalchemy import select

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import TransitionError, ValidationError
from coachdesk.services import placements, records
from coachdesk.services.attention import SEARCHING, attention_list
from coachdesk.services.choices import reference_choices
from tests import factories as f
from tests.factories import SYSTEM

TODAY = clock.today()
S = m.PlacementStatus


@pytest.fixture
def session(database):
    with database.transaction() as session:
        yield session


def trainer(session, employer_id: str, name: str) -> m.Praktijkopleider:
    return records.create(session, SYSTEM, "praktijkopleiders", {"employer_id": employer_id, "name": name})  # type: ignore[return-value]


def open_placements(session, student_id: str) -> list[m.Placement]:
    return list(session.scalars(select(m.Placement).where(m.Placement.student_id == student_id, m.Placement.status.in_(placements.OPEN_STATUSES))))


# --- services ----------------------------------------------------------------------------


def test_editing_the_pok_date_clears_the_bbl_warning(session):
    student = f.student(session, f.school(session).id, leerweg="bbl")
    placement = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session).id})
    assert any("POK" in w for w in placements.placement_warnings(session, placement))
    records.update(session, SYSTEM, "placements", placement.id, {"pok_signed_on": "01-09-2025", "hours_per_week": "24",
                                                                 "starts_on": TODAY + timedelta(days=3), "ends_on": TODAY + timedelta(days=120)})
    assert placement.pok_signed_on is not None and placement.hours_per_week == 24
    assert not placements.placement_warnings(session, placement)


def test_the_employer_changes_while_proposed_but_not_once_started(session):
    student = f.student(session, f.school(session).id)
    first, second = f.employer(session), f.employer(session, name="Garage Ünal")
    placement = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": first.id})
    assert placements.employer_changeable(placement)
    records.update(session, SYSTEM, "placements", placement.id, {"employer_id": second.id})
    assert placement.employer_id == second.id
    placements.change_status(session, SYSTEM, placement.id, "started", on=TODAY)
    assert not placements.employer_changeable(placement)
    with pytest.raises(ValidationError) as refused:
        records.update(session, SYSTEM, "placements", placement.id, {"employer_id": first.id})
    assert "keeps its employer" in refused.value.by_field()["employer_id"]
    assert placement.employer_id == second.id


def test_a_new_placement_closes_the_open_search(session):
    student = f.student(session, f.school(session).id)
    search = placements.create_placement(session, SYSTEM, {"student_id": student.id, "searching_since": TODAY - timedelta(weeks=10)})
    assert SEARCHING in {i.kind for i in attention_list(session, SYSTEM) if i.student_id == student.id}
    new = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session).id})
    assert search.status == S.FOUND and search.ended_on == TODAY
    assert "Bakkerij Öztürk" in search.end_reason
    assert open_placements(session, student.id) == [new]
    assert SEARCHING not in {i.kind for i in attention_list(session, SYSTEM) if i.student_id == student.id}
    records.update(session, SYSTEM, "placements", search.id, {"notes": "via de speeddate"})  # a closed search stays editable


def test_never_two_open_placements(session):
    student = f.student(session, f.school(session).id)
    placements.create_placement(session, SYSTEM, {"student_id": student.id})
    with pytest.raises(TransitionError, match="already has an open placement"):
        placements.create_placement(session, SYSTEM, {"student_id": student.id})  # a second search
    proposed = placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session).id})
    with pytest.raises(TransitionError, match="already has an open placement"):
        placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": f.employer(session, name="Ander").id})
    assert open_placements(session, student.id) == [proposed]


def test_propose_at_an_employer_from_searching_in_one_step(session):
    student = f.student(session, f.school(session).id)
    employer, other = f.employer(session), f.employer(session, name="Garage Ünal")
    anna, piet = trainer(session, employer.id, "Anna"), trainer(session, other.id, "Piet")
    search = placements.create_placement(session, SYSTEM, {"student_id": student.id})
    with pytest.raises(ValidationError) as refused:  # a trainer of another employer is named as the wrong field
        placements.change_status(session, SYSTEM, search.id, "proposed", employer_id=employer.id, praktijkopleider_id=piet.id)
    assert set(refused.value.by_field()) == {"praktijkopleider_id"}
    assert "another employer" in refused.value.by_field()["praktijkopleider_id"]
    assert search.status == S.SEARCHING and search.employer_id is None
    placements.change_status(session, SYSTEM, search.id, "proposed", employer_id=employer.id, praktijkopleider_id=anna.id)
    assert (search.status, search.employer_id, search.praktijkopleider_id) == (S.PROPOSED, employer.id, anna.id)


def test_trainer_choices_follow_the_employer(session):
    employer, other = f.employer(session), f.employer(session, name="Garage Ünal")
    anna, piet = trainer(session, employer.id, "Anna"), trainer(session, other.id, "Piet")
    assert reference_choices(session, SYSTEM, "praktijkopleiders", {"employer_id": employer.id}) == [(anna.id, "Anna")]
    assert reference_choices(session, SYSTEM, "praktijkopleiders", {"employer_id": other.id}) == [(piet.id, "Piet")]
    assert reference_choices(session, SYSTEM, "praktijkopleiders", {}) == []
    student = f.student(session, f.school(session).id)
    with pytest.raises(ValidationError) as refused:
        placements.create_placement(session, SYSTEM, {"student_id": student.id, "employer_id": employer.id, "praktijkopleider_id": piet.id})
    assert "praktijkopleider_id" in refused.value.by_field()


def test_the_natural_next_step_is_never_completed():
    assert placements.NEXT_STEP[S.SEARCHING] == S.PROPOSED
    assert placements.NEXT_STEP[S.PROPOSED] == S.STARTED
    assert S.STARTED not in placements.NEXT_STEP  # completed or ended early: the coach chooses


# --- through the real widgets -----------------------------------------------------------------

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from coachdesk.services import risks  # noqa: E402
from coachdesk.services.workspace import open_workspace  # noqa: E402
from coachdesk.ui.app import make_application  # noqa: E402
from coachdesk.ui.dialogs.forms import RecordDialog, StatusDialog  # noqa: E402
from tests.factories import PASSPHRASE  # noqa: E402
from tests.test_ui import start_window  # noqa: E402
from tests.uihelpers import open_dialogs, press, type_text  # noqa: E402

SCHOOL = "Maasland College mbo"


@pytest.fixture
def folder(tmp_path):
    """A small school: a BBL student with a proposal without POK, one searching, one with a started placement."""
    database = open_workspace(tmp_path / "data", PASSPHRASE)
    with database.transaction() as session:
        school = f.school(session, SCHOOL)
        bakery, garage = f.employer(session), f.employer(session, name="Garage Ünal")
        trainer(session, bakery.id, "Anna Jansen")
        trainer(session, garage.id, "Piet Ünal")
        bbl = f.student(session, school.id, first_name="Bram", leerweg="bbl")
        placements.create_placement(session, SYSTEM, {"student_id": bbl.id, "employer_id": bakery.id})
        searching = f.student(session, school.id, first_name="Sara")
        placements.create_placement(session, SYSTEM, {"student_id": searching.id, "searching_since": TODAY - timedelta(weeks=9)})
        working = f.student(session, school.id, first_name="Wout")
        started = f.started_placement(session, working.id, garage.id, starts_on=TODAY - timedelta(weeks=4), ends_on=TODAY + timedelta(weeks=20))
        records.create(session, SYSTEM, "visits", {"student_id": working.id, "placement_id": started.id, "visited_on": TODAY - timedelta(days=5),
                                                   "kind": "on_site", "summary": "Gaat goed"})
        risks.record_assessment(session, SYSTEM, {"student_id": working.id, "assessed_on": TODAY - timedelta(days=20), "signals": ["absence", "home", "housing"]},
                                [{"description": "Gesprek met ouders", "due_on": TODAY - timedelta(days=2)}])
    database.close()
    return tmp_path / "data"


@pytest.fixture
def window(qtbot, folder):
    make_application()
    return start_window(qtbot, folder, school=SCHOOL)


def student_id(window, first_name: str) -> str:
    with window.context.database.session() as session:
        return session.scalar(select(m.Student.id).where(m.Student.first_name == first_name))


def the_dialog(qtbot, kind: type):
    qtbot.waitUntil(lambda: bool(open_dialogs(kind)), timeout=3000)
    return open_dialogs(kind)[0]


def save_with_keys(qtbot, dialog) -> None:
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def click_save(dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def stored_placements(window, first_name: str) -> list[m.Placement]:
    with window.context.database.session() as session:
        return list(session.scalars(select(m.Placement).where(m.Placement.student_id == student_id(window, first_name)).order_by(m.Placement.created_at)))


def test_edit_a_placement_and_the_pok_warning_goes(window, qtbot):
    window.show_student(student_id(window, "Bram"))
    page = window.student_page
    assert page.placement_warnings.isVisibleTo(page) and "POK" in page.placement_warnings.text()
    page.placements.setFocus()
    press(page.placements, Qt.Key.Key_Return)  # Enter on the selected placement opens its form
    dialog = the_dialog(qtbot, RecordDialog)
    assert dialog.record_id == stored_placements(window, "Bram")[0].id
    assert dialog.editors["employer_id"].isEnabled(), "the employer may still change while proposed"
    assert dialog.editors["praktijkopleider_id"].count() == 2, "the empty choice and the one trainer of this employer"
    type_text(dialog.editors["pok_signed_on"].line, "15-08-2025")
    type_text(dialog.editors["hours_per_week"], "32")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        save_with_keys(qtbot, dialog)
    placement = stored_placements(window, "Bram")[0]
    assert placement.pok_signed_on.isoformat() == "2025-08-15" and placement.hours_per_week == 32
    assert not page.placement_warnings.isVisibleTo(page)


def test_a_started_placement_keeps_its_employer_in_the_form(window, qtbot):
    window.show_student(student_id(window, "Wout"))
    QTest.mouseClick(window.student_page.edit_placement_button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot, RecordDialog)
    assert not dialog.editors["employer_id"].isEnabled()
    dialog.done(0)


def test_the_status_dialog_asks_the_employer_when_proposing(window, qtbot):
    window.show_student(student_id(window, "Sara"))
    QTest.mouseClick(window.student_page.status_button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot, StatusDialog)
    assert dialog.target.currentData() == "proposed", "the natural next step from searching"
    assert dialog.employer.isVisibleTo(dialog) and dialog.trainer.isVisibleTo(dialog)
    type_text(dialog.employer.lineEdit(), "oztu")  # part of "Bakkerij Öztürk", without case or accents
    assert dialog.employer.completer().completionCount() == 1
    press(dialog.employer.lineEdit(), Qt.Key.Key_Tab)
    dialog.employer.lineEdit().editingFinished.emit()  # what leaving the field does with a real focus change
    assert dialog.employer.currentText() == "Bakkerij Öztürk"
    assert [dialog.trainer.itemText(i) for i in range(dialog.trainer.count())] == ["", "Anna Jansen"], "only this employer's trainers"
    type_text(dialog.trainer.lineEdit(), "anna")
    click_save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    with window.context.database.session() as session:
        placement = session.get(m.Placement, stored_placements(window, "Sara")[0].id)
        assert placement.status == S.PROPOSED and placement.employer.name == "Bakkerij Öztürk" and placement.praktijkopleider.name == "Anna Jansen"


def test_the_status_dialog_of_a_started_placement_preselects_nothing(window, qtbot):
    window.show_student(student_id(window, "Wout"))
    QTest.mouseClick(window.student_page.status_button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot, StatusDialog)
    assert dialog.target.currentData() is None and dialog.target.currentText() != "Completed"
    assert not dialog.employer.isVisibleTo(dialog)
    click_save(dialog)
    assert dialog.isVisible() and "Status" in dialog.error.text()
    assert stored_placements(window, "Wout")[0].status == S.STARTED
    dialog.done(0)


def test_a_new_placement_for_a_searching_student_closes_the_search(window, qtbot):
    window.show_student(student_id(window, "Sara"))
    page = window.student_page
    QTest.mouseClick(page.placement_button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot, RecordDialog)
    trainers = dialog.editors["praktijkopleider_id"]
    assert trainers.count() == 1, "no trainers before an employer is chosen"
    type_text(dialog.editors["employer_id"].lineEdit(), "garage")
    dialog.editors["employer_id"].lineEdit().editingFinished.emit()
    assert [trainers.itemText(i) for i in range(trainers.count())] == ["", "Piet Ünal"]
    dialog.editors["employer_id"].lineEdit().clear()  # another employer: other trainers
    type_text(dialog.editors["employer_id"].lineEdit(), "bakkerij")
    dialog.editors["employer_id"].lineEdit().editingFinished.emit()
    assert [trainers.itemText(i) for i in range(trainers.count())] == ["", "Anna Jansen"]
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        save_with_keys(qtbot, dialog)
    search, new = stored_placements(window, "Sara")
    assert search.status == S.FOUND and "Bakkerij Öztürk" in search.end_reason
    assert new.status == S.PROPOSED
    statuses = [page.placements.item(r, 0).text() for r in range(page.placements.rowCount())]
    assert sorted(statuses) == ["Place found", "Proposed"]


def test_a_typed_name_that_fits_no_employer_is_named_at_save(window, qtbot):
    window.show_student(student_id(window, "Sara"))
    QTest.mouseClick(window.student_page.placement_button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot, RecordDialog)
    type_text(dialog.editors["employer_id"].lineEdit(), "Nergens BV")
    save_with_keys(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_labels["employer_id"].isVisibleTo(dialog)
    assert len(stored_placements(window, "Sara")) == 1
    dialog.done(0)


def test_contacts_open_on_double_click_and_enter(window, qtbot):
    window.show_student(student_id(window, "Wout"))
    visits = window.student_page.visits
    rect = visits.visualItemRect(visits.item(0, 3))
    QTest.mouseClick(visits.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())  # a double click's first half
    QTest.mouseDClick(visits.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    dialog = the_dialog(qtbot, RecordDialog)
    assert dialog.editors["summary"].toPlainText() == "Gaat goed" and "Wout" in dialog.windowTitle()
    dialog.done(0)
    visits.setFocus()
    visits.setCurrentCell(0, 0)
    press(visits, Qt.Key.Key_Return)
    dialog = the_dialog(qtbot, RecordDialog)
    dialog.editors["summary"].clear()
    type_text(dialog.editors["summary"], "Gaat beter dan gedacht")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        save_with_keys(qtbot, dialog)
    assert visits.item(0, 3).text() == "Gaat beter dan gedacht"


def test_a_placement_opens_its_employer(window, qtbot):
    window.show_student(student_id(window, "Wout"))
    page = window.student_page
    assert page.employer_button.isEnabled()
    QTest.mouseClick(page.employer_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget().currentWidget() is window.employer_page
    assert "Garage Ünal" in window.employer_page.title.text()


def test_an_overdue_action_is_flagged_and_marked_done(window, qtbot):
    from coachdesk.services.attention import ACTION_OVERDUE

    assert any(item.kind == ACTION_OVERDUE for item in window.today.model.items), "on Vandaag too"
    window.show_student(student_id(window, "Wout"))
    page = window.student_page
    assert page.actions.rowCount() == 1 and page.actions.item(0, 2).text().startswith("⚠")
    assert not page.done_button.isEnabled()
    QTest.mouseClick(page.actions.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, page.actions.visualItemRect(page.actions.item(0, 0)).center())
    assert page.done_button.isEnabled()
    QTest.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.actions.rowCount() == 0
    with window.context.database.session() as session:
        assert session.scalar(select(m.RiskAction.done_on)) == TODAY
