"""The school types an event or a scheme is for are ticked, not typed as codes (issue 13, point 8)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.services import records
from coachdesk.services.access import Actor
from coachdesk.services.users import register_user
from tests.uihelpers import type_text


def _dialog(qtbot, database, kind: str, record_id: str | None = None):
    from coachdesk.ui.app import make_application
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.dialogs.forms import RecordDialog

    make_application()
    dialog = RecordDialog(AppContext(database), kind, record_id=record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().topLeft() + widget.rect().center() / 4)


def test_a_coordinator_ticks_the_school_types_of_a_new_event(qtbot, database):
    with database.transaction() as session:
        register_user(session, "Sanne de Wit", "coordinator", "")
    dialog = _dialog(qtbot, database, "events")
    groups = dialog.editors["target_groups"]
    assert [box.text() for box in groups.boxes.values()] == [
        "Practical education (PrO)", "Special secondary education (VSO)", "mbo Entree (level 1)", "mbo level 2"]
    type_text(dialog.editors["title"], "Banenmarkt Zoë's Zorg")
    type_text(dialog.editors["starts_at"], "12-03-2027 14:00")
    _click(qtbot, groups.boxes["pro"])
    _click(qtbot, groups.boxes["entree"])
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.summary.text()
    with database.session() as session:
        event = session.scalars(select(m.MatchingEvent)).one()
        assert event.target_groups == ["pro", "entree"]
        event_id = event.id

    again = _dialog(qtbot, database, "events", event_id)
    boxes = again.editors["target_groups"].boxes
    assert [code for code, box in boxes.items() if box.isChecked()] == ["pro", "entree"]
    _click(qtbot, boxes["pro"])
    again.editors["title"].setFocus()
    qtbot.keyClick(again.editors["title"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not again.isVisible(), again.summary.text()
    with database.session() as session:
        assert session.get(m.MatchingEvent, event_id).target_groups == ["entree"]


def test_the_school_types_of_a_scheme_are_ticked_too(qtbot, database):
    with database.transaction() as session:
        register_user(session, "Sanne de Wit", "coordinator", "")
        scheme = records.create(session, Actor.system(), "schemes", {"name": "Praktijkleren", "target_school_types": ["vso"]})
    dialog = _dialog(qtbot, database, "schemes", scheme.id)
    boxes = dialog.editors["target_school_types"].boxes
    assert [code for code, box in boxes.items() if box.isChecked()] == ["vso"]
    _click(qtbot, boxes["mbo2"])
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.summary.text()
    with database.session() as session:
        assert session.get(m.FinancialScheme, scheme.id).target_school_types == ["vso", "mbo2"]


def test_every_form_fits_the_screen_with_its_buttons_in_view(qtbot, database):
    """A form is as tall as its fields, never taller than the screen leaves (a 1366x768 laptop with a taskbar)."""
    from PySide6.QtGui import QGuiApplication

    from coachdesk.domain.schema import KINDS

    with database.transaction() as session:
        register_user(session, "Sanne de Wit", "coordinator", "")
    room = QGuiApplication.primaryScreen().availableGeometry().height() if QGuiApplication.instance() else 600
    for kind in KINDS:
        if kind in ("risks", "placements"):
            continue  # made through their own dialogs
        dialog = _dialog(qtbot, database, kind)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert dialog.height() <= room - 90, kind
        assert save.isVisible() and save.mapTo(dialog, save.rect().bottomLeft()).y() <= dialog.height(), kind
        dialog.done(0)
