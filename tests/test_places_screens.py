"""Plaatsen, the place page with its matching students, the student page's matching places and Werving (issue 19),
driven by mouse and keys on the small demo; what a JPO and a jobhunter are offered."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.services import matching, places
from coachdesk.ui.app import make_application
from coachdesk.ui.dialogs.forms import RecordDialog
from coachdesk.ui.screens.places import trip_and_reasons
from tests.test_ui import demo_folder, start_window  # noqa: F401 - the demo data folder, made once per session
from tests.uihelpers import answer_modal_dialog, copy_data, open_dialogs, press, type_text


def _window(qtbot, demo_folder, tmp_path, **who):  # noqa: F811 - the fixture imported above
    make_application()
    return start_window(qtbot, copy_data(demo_folder, tmp_path / "data"), **who)


def _click_nav(qtbot, window, key: str):
    row = window.keys().index(key)
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.nav.currentRow() == row
    return window.stack.currentWidget()


def _place_with_matches(window) -> tuple[str, str, list[matching.Match]]:
    """An open place nobody holds, with students the user may see who fit it: (place id, employer name, matches)."""
    actor = window.context.actor
    with window.context.database.session() as session:
        for row in places.place_rows(session, actor):
            if row.status == m.PlaceStatus.OPEN and row.free >= 1 and row.held_until is None:
                found = matching.match_place(session, actor, row.id, limit=5).matches
                if len(found) >= 2:
                    return row.id, row.employer, found
    raise AssertionError("the demo has a place with matching students")


def test_the_places_list_opens_a_place_whose_matching_students_are_proposed_with_the_mouse(qtbot, demo_folder, tmp_path):  # noqa: F811
    window = _window(qtbot, demo_folder, tmp_path)
    place_id, employer, expected = _place_with_matches(window)
    stack = _click_nav(qtbot, window, "places")
    screen = stack.widget(0)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    total = screen.model.rowCount()
    type_text(screen.search, employer)
    qtbot.waitUntil(lambda: 0 < screen.model.rowCount() < total)
    screen.table.setFocus()
    screen.select_id(place_id)
    press(screen.table, Qt.Key.Key_Return)
    page = window.place_page
    assert stack.currentWidget() is page and page.place_id == place_id
    assert "taken" in page.details.text() and employer in page.title.text()

    panel = page.matches
    assert panel.table.rowCount() == min(matching_limit(), len(window_matches(window, place_id)))
    first = expected[0]
    assert panel.table.item(0, 0).text() == str(first.score)
    trip, reasons = trip_and_reasons(first)
    assert panel.table.item(0, 2).text() == trip and (" min " in trip or trip == "unknown"), "the trip in words"
    assert panel.table.item(0, 3).text() == "; ".join(reasons) and reasons, "the reasons in words"
    assert panel.table.item(0, 4).text() == "; ".join(first.concerns)
    assert panel.excluded.text().startswith("Left out: "), "what was left out, counted"

    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=panel.table.visualItemRect(panel.table.item(1, 1)).center())
    assert panel.current() == (expected[1].student_id, place_id)
    qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Proposed" in panel.result.text())
    with window.context.database.session() as session:
        proposal = session.scalars(select(m.Placement).where(m.Placement.place_id == place_id, m.Placement.student_id == expected[1].student_id)).one()
        assert proposal.status == m.PlacementStatus.PROPOSED and proposal.held_until is not None
        held_until = proposal.held_until
    qtbot.waitUntil(lambda: "held for" in page.details.text())
    assert held_until.strftime("%d-%m-%Y") in page.details.text()
    assert expected[1].student_id not in [row for row, _ in panel._ids], "a student with a proposal is no longer matched"


def matching_limit() -> int:
    from coachdesk.ui.screens.places import MATCH_LIMIT

    return MATCH_LIMIT


def window_matches(window, place_id: str) -> list[matching.Match]:
    with window.context.database.session() as session:
        return matching.match_place(session, window.context.actor, place_id).matches


def test_the_student_page_proposes_a_matching_place_by_keys_and_a_second_proposal_is_warned(qtbot, demo_folder, tmp_path):  # noqa: F811
    window = _window(qtbot, demo_folder, tmp_path)
    place_id, _, found = _place_with_matches(window)
    first, second = found[0].student_id, found[1].student_id
    window.show_student(first)
    panel = window.student_page.matches
    assert panel.isVisible() and panel.table.rowCount() >= 1
    row = [p for _, p in panel._ids].index(place_id)
    panel.table.setFocus()
    panel.table.selectRow(row)
    assert panel.table.item(row, 5).text() == "; ".join(found[0].concerns)
    assert panel.table.item(row, 4).text() == "; ".join(trip_and_reasons(found[0])[1]), "why it fits, in words"
    press(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &Propose
    qtbot.waitUntil(lambda: "Proposed" in panel.result.text())
    with window.context.database.session() as session:
        assert places.holds(session, place_id)[0].student_id == first

    window.show_student(second)
    panel = window.student_page.matches
    ids = [p for _, p in panel._ids]
    if place_id in ids:  # still offered when the place has room for two
        panel.table.selectRow(ids.index(place_id))
    else:  # full now: proposing it anyway from the place's side goes through the same warning
        window.show_place(place_id)
        panel = window.place_page.matches
        assert second not in [s for s, _ in panel._ids]
        with window.context.database.session() as session:
            assert matching.match_student(session, window.context.actor, second).excluded.get("all places taken", 0) >= 1
        return
    seen: list[str] = []
    answered = answer_modal_dialog("propose-warning", lambda box: (seen.append(box.text()), box.button(QMessageBox.StandardButton.Yes).click()))
    qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answered))
    assert "held for another student by Sanne de Wit until" in seen[0], "who holds it until when"
    qtbot.waitUntil(lambda: "Proposed" in panel.result.text())


def test_werving_lists_the_pipeline_per_stage_and_logs_an_employer_contact(qtbot, demo_folder, tmp_path):  # noqa: F811
    window = _window(qtbot, demo_folder, tmp_path)
    screen = _click_nav(qtbot, window, "pipeline")
    qtbot.waitUntil(lambda: screen.table.rowCount() > 0)
    everyone = screen.table.rowCount()
    screen.stage_box.setFocus()
    while screen.stage_box.currentData() != m.AcquisitionStage.PROSPECT:
        press(screen.stage_box, Qt.Key.Key_Down)
    assert 0 < screen.table.rowCount() < everyone
    assert {row.stage for row in screen.shown} == {m.AcquisitionStage.PROSPECT}
    assert all(screen.table.item(n, 1).text() == "Prospect" for n in range(screen.table.rowCount()))
    employer_id = screen.current_id()
    assert employer_id
    qtbot.mouseClick(screen.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_dialogs(RecordDialog)))
    form = open_dialogs(RecordDialog)[0]
    assert form.objectName() == "form-employer_contacts"
    type_text(form.editors["summary"], "Gebeld, wil een rondleiding")
    type_text(form.editors["next_step"], "Rondleiding plannen")
    press(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    with window.context.database.session() as session:
        employer = session.get(m.Employer, employer_id)
        assert employer.acquisition_stage == m.AcquisitionStage.EERSTE_CONTACT, "a logged contact moves a prospect on"
        assert employer.next_step == "Rondleiding plannen"
    qtbot.waitUntil(lambda: employer_id not in [row.employer_id for row in screen.shown], timeout=5000)  # no longer a prospect
    screen.stage_box.setCurrentIndex(0)
    row = [r.employer_id for r in screen.shown].index(employer_id)
    assert screen.table.item(row, 3).text() == "Rondleiding plannen" and screen.table.item(row, 6).text() == "Sanne de Wit"
    screen.table.setFocus()
    screen.table.selectRow(row)
    press(screen.table, Qt.Key.Key_Return)
    assert window.employer_page.employer_id == employer_id and window.employer_page.isVisible()
    tabs = window.employer_page.places
    owner = screen.shown[row].owner or "Sanne de Wit"  # a prospect nobody owned becomes the caller's
    assert tabs.isTabVisible(2) and "Stage: First contact" in tabs.stage.text() and f"owner: {owner}" in tabs.stage.text()
    assert tabs.contacts.item(0, 3).text() == "Gebeld, wil een rondleiding"


def test_the_employer_page_flags_an_expired_recognition_and_links_to_stagemarkt(qtbot, demo_folder, tmp_path):  # noqa: F811
    window = _window(qtbot, demo_folder, tmp_path)
    actor = window.context.actor
    with window.context.database.session() as session:
        from coachdesk.services import place_pages

        sides = {e: place_pages.employer_side(session, actor, e) for e in session.scalars(select(m.Employer.id).order_by(m.Employer.name))}
    employer_id, side = next((e, side) for e, side in sides.items()
                             if any(not r.valid for r in side.recognitions) and any(not p.recognition_ok for p in side.places))
    window.show_employer(employer_id)
    tabs = window.employer_page.places
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    assert tabs.currentIndex() == 1
    texts = [tabs.recognitions.item(n, 3).text() for n in range(tabs.recognitions.rowCount())]
    assert sum("⚠" in text for text in texts) == sum(not r.valid for r in side.recognitions) >= 1
    urls = [r.stagemarkt_url for r in side.recognitions if r.stagemarkt_url]
    assert all(url in tabs.links.text() for url in urls) and "Stagemarkt" in tabs.links.text()
    flagged = [tabs.places.item(n, 5).text() for n in range(tabs.places.rowCount())]
    assert any("no valid SBB recognition for crebo" in text for text in flagged), "an mbo place without a valid recognition is flagged"


def test_a_jpo_sees_no_werving_and_no_pipeline_on_the_employer_page(qtbot, demo_folder, tmp_path):  # noqa: F811
    window = _window(qtbot, demo_folder, tmp_path, role="jpo", user_name="Jayden Pinas")
    assert "pipeline" not in window.keys()
    with window.context.database.session() as session:
        employer_id = session.scalars(select(m.Employer.id).where(m.Employer.acquisition_stage.is_not(None))).first()
    window.show_employer(employer_id)
    tabs = window.employer_page.places
    assert not tabs.isTabVisible(2), "no pipeline stage, owner, next step or contacts"
    assert "Stage" not in tabs.stage.text()
    with window.context.database.session() as session:
        mentee = session.scalars(select(m.JpoPairing.student_id).where(m.JpoPairing.jpo_id == window.context.actor.coach_id)).first()
    window.show_student(mentee)
    panel = window.student_page.matches
    assert panel.isVisible() and not panel.propose_button.isVisible(), "he sees the places his mentee matches; a coach proposes"


def test_a_jobhunter_sees_places_and_werving_but_no_risks_and_no_health_notes(qtbot, demo_folder, tmp_path):  # noqa: F811
    window = _window(qtbot, demo_folder, tmp_path, role="jobhunter", user_name="Joost de Jager")
    keys = window.keys()
    assert {"places", "pipeline"} <= set(keys) and "risks" not in keys
    with window.context.database.session() as session:
        student_id, notes = session.execute(select(m.Student.id, m.Student.health_notes).where(
            m.Student.status == m.StudentStatus.ACTIVE, m.Student.health_notes.is_not(None))).first()
    window.show_student(student_id)
    page = window.student_page
    assert not any(widget.isVisible() for widget in page.risk_widgets)
    assert "Health notes" not in page.profile.text() and notes not in page.profile.text()
    assert page.matches.isVisible(), "of a student he sees what matching needs"
    assert not any(widget.isVisible() for widget in page.visit_widgets) and not page.contact_button.isVisible(), "no contact notes"
    screen = _click_nav(qtbot, window, "pipeline")
    qtbot.waitUntil(lambda: screen.table.rowCount() > 0)
    assert screen.log_button.isEnabled()


def test_vandaag_shows_a_due_employer_step_whose_contact_is_logged_with_enter_and_whose_employer_opens(qtbot, demo_folder, tmp_path):  # noqa: F811
    from coachdesk.domain import clock
    from coachdesk.services import attention, records
    from tests.factories import SYSTEM
    from tests.test_ui import wait_for_today

    window = _window(qtbot, demo_folder, tmp_path)
    with window.context.database.transaction() as session:
        employer_id = session.scalars(select(m.Employer.id).where(m.Employer.acquisition_stage == m.AcquisitionStage.GESPREK)).first()
        records.update(session, SYSTEM, "employers", employer_id, {"acquisition_owner_id": window.context.actor.coach_id,
                                                                   "next_step": "Terugbellen", "next_step_on": clock.today()})
        name = session.get(m.Employer, employer_id).name
    today = window.go("today")
    today.reload()
    wait_for_today(qtbot, window)
    today.kind_filter.setCurrentIndex(today.kind_filter.findData(attention.EMPLOYER_STEP))
    item = today.current_item()
    assert item is not None and item.employer_id == employer_id and item.student_name == name and item.student_id == ""
    assert today.proxy.index(0, 1).data() == name and "Terugbellen" in today.proxy.index(0, 3).data()
    today.table.setFocus()
    press(today.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(open_dialogs(RecordDialog)))
    form = open_dialogs(RecordDialog)[0]
    assert form.objectName() == "form-employer_contacts" and name in form.windowTitle()
    form.reject()
    qtbot.waitUntil(lambda: not form.isVisible())
    spot = today.table.visualRect(today.table.model().index(0, 1)).center()
    qtbot.mouseClick(today.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(today.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: window.employer_page.isVisible())
    assert window.employer_page.employer_id == employer_id


def test_a_new_employer_like_one_already_there_is_saved_with_a_warning_naming_it(qtbot, demo_folder, tmp_path):  # noqa: F811
    window = _window(qtbot, demo_folder, tmp_path)
    with window.context.database.session() as session:
        existing = session.scalars(select(m.Employer).where(m.Employer.contact_phone.is_not(None)).order_by(m.Employer.name)).first()
        name, phone = existing.name, existing.contact_phone
    stack = _click_nav(qtbot, window, "employers")
    employers = stack.widget(0)
    qtbot.mouseClick(employers.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_dialogs(RecordDialog)))
    form = open_dialogs(RecordDialog)[0]
    type_text(form.editors["name"], "Nieuwe Naam Bedrijf")
    type_text(form.editors["contact_phone"], phone)
    seen: list[str] = []
    answered = answer_modal_dialog("duplicate-employer", lambda box: (seen.append(box.text()), box.accept()))
    press(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(answered))
    assert f"Perhaps the same employer as {name}" in seen[0] and "Saved all the same" in seen[0]
    with window.context.database.session() as session:
        assert session.scalars(select(m.Employer).where(m.Employer.name == "Nieuwe Naam Bedrijf")).one().contact_phone == phone


def test_the_places_list_shows_only_places_near_a_typed_postcode(qtbot, demo_folder, tmp_path):  # noqa: F811
    from coachdesk.domain import travel

    window = _window(qtbot, demo_folder, tmp_path)
    screen = _click_nav(qtbot, window, "places").widget(0)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    total = screen.model.rowCount()
    type_text(screen.near_pc4, "3011")
    qtbot.waitUntil(lambda: screen.model.rowCount() < total)
    home = travel.centroids()["3011"]
    column = [c.header for c in screen.spec.columns].index("Location")
    for row in range(screen.model.rowCount()):
        code = screen.model.index(row, column).data().split()[0]
        assert travel.straight_km(home, travel.centroids()[code]) <= 10
    near = screen.model.rowCount()
    screen.near_km.setFocus()
    press(screen.near_km, Qt.Key.Key_Down)  # within 20 km
    qtbot.waitUntil(lambda: screen.model.rowCount() > near)
    screen.near_pc4.selectAll()
    type_text(screen.near_pc4, "0000")
    qtbot.waitUntil(lambda: screen.model.rowCount() == total)
    assert "not found" in screen.near_pc4.toolTip(), "an unknown postcode is said, and filters nothing"


def test_a_coordinator_sets_how_long_a_proposal_holds_a_place_in_settings(qtbot, demo_folder, tmp_path):  # noqa: F811
    from coachdesk.services import places

    window = _window(qtbot, demo_folder, tmp_path, role="coordinator", user_name="Co Ordinator", school="")
    screen = window.go("settings")
    spin = screen.spins["hold_days"]
    assert spin.isEnabled() and spin.value() == 10 and spin.maximum() == 90
    spin.setFocus()
    spin.selectAll()
    type_text(spin, "4")
    assert spin.value() == 4
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(screen.saved_label.text()), timeout=5000)
    with window.context.database.session() as session:
        assert places.hold_days(session) == 4


def test_about_credits_geonames_for_the_postcode_coordinates(qtbot, tmp_path):
    from PySide6.QtWidgets import QTextBrowser

    from coachdesk.ui.dialogs.about import AboutDialog

    make_application()
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser, "about-licences").toPlainText()
    assert "GeoNames" in text and "CC BY 4.0" in text
