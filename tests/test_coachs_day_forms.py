"""Small stumbles of a coach's day (issue 23), through the real widgets: "Leeg beginnen" in the welcome does not keep
the demo school's name."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.services.workspace import open_workspace
from coachdesk.ui.app import make_application
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.welcome import WelcomeDialog
from tests.factories import PASSPHRASE
from tests.uihelpers import press, type_text


def test_starting_empty_drops_the_demo_school(qtbot, tmp_path):
    from coachdesk.services.demo import DEMO_SCHOOLS

    make_application()
    context = AppContext(open_workspace(tmp_path / "fresh", PASSPHRASE))
    welcome = WelcomeDialog(context)
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.start_demo.isChecked() and welcome.school.currentText() == DEMO_SCHOOLS[0]
    qtbot.mouseClick(welcome.start_empty, Qt.MouseButton.LeftButton, pos=QPoint(6, welcome.start_empty.height() // 2))  # on its circle
    assert welcome.start_empty.isChecked()
    assert welcome.school.currentText() == "" and welcome.school.count() == 0, "no demo school for a real start"
    type_text(welcome.name, "Sanne de Wit")
    type_text(welcome.school.lineEdit(), "Praktijkschool Het Anker")
    press(welcome.school.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: context.user is not None, timeout=5000)
    with context.database.session() as session:
        assert session.scalars(select(m.School.name)).all() == ["Praktijkschool Het Anker"]
    context.database.close()
