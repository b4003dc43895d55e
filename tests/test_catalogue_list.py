"""The catalogue list says which schemes have run out, so a coordinator sees why a toolkit leaves them out."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from coachdesk.domain import clock
from coachdesk.services import records
from coachdesk.services.access import Actor
from coachdesk.services.users import register_user


def test_an_expired_scheme_is_marked_in_the_list(qtbot, database):
    from coachdesk.ui.app import make_application
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.widgets.record_list import ID_ROLE, ListScreen

    today = clock.today()
    with database.transaction() as session:
        register_user(session, "Sanne de Wit", "coordinator", "")
        gone = records.create(session, Actor.system(), "schemes", {"name": "Oude regeling", "valid_until": today - timedelta(days=1),
                                                                   "last_checked_on": today})
        still = records.create(session, Actor.system(), "schemes", {"name": "Nieuwe regeling", "valid_until": today, "last_checked_on": today})
    make_application()
    screen = ListScreen(AppContext(database), "schemes")
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    column = next(n for n, c in enumerate(screen.spec.columns) if c.header == "Valid until")
    rows = {screen.proxy.index(row, 0).data(ID_ROLE): row for row in range(screen.proxy.rowCount())}
    expired = screen.proxy.index(rows[gone.id], column)
    valid = screen.proxy.index(rows[still.id], column)
    assert expired.data().startswith("⚠") and expired.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "No longer valid" in expired.data(Qt.ItemDataRole.ToolTipRole)
    assert not valid.data().startswith("⚠") and valid.data(Qt.ItemDataRole.ForegroundRole) is None
