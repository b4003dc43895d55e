"""The audit trail: every change recorded with who, when and which fields, never the contents."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied
from coachdesk.services import list_queries as lists
from coachdesk.services import placements, records, risks
from coachdesk.services.access import Actor
from tests import factories as f


def entries(session, record_id):
    return list(session.scalars(select(m.AuditEntry).where(m.AuditEntry.record_id == record_id).order_by(m.AuditEntry.at)))


def test_creates_and_changes_are_recorded_without_contents(database):
    with database.transaction() as session:
        school = f.school(session)
        coach = f.coach(session, school.id, name="Docent Een")
        actor = Actor.for_coach(coach)
        student = records.create(session, actor, "students", {"first_name": "Zoë", "last_name": "Geheimnaam", "school_type": "pro",
                                                               "school_id": school.id, "health_notes": "diabetes"})
    with database.transaction() as session:
        records.update(session, actor, "students", student.id, {"health_notes": "astma", "phone": "06 12345678"})
        placement = placements.create_placement(session, actor, {"student_id": student.id})
        assessment = risks.record_assessment(session, actor, {"student_id": student.id, "assessed_on": "01-11-2026", "signals": ["home"]})
    with database.session() as session:
        trail = entries(session, student.id)
        assert [(e.action, e.actor_id) for e in trail] == [("create", coach.id), ("update", coach.id)]
        assert trail[1].fields == ["health_notes", "phone"]
        assert entries(session, placement.id)[0].kind == "placements"
        assert entries(session, assessment.id)[0].action == "create"
        stored = " ".join(str(e.fields) + e.kind + e.record_id for e in session.scalars(select(m.AuditEntry)))
        assert "astma" not in stored and "diabetes" not in stored and "Geheimnaam" not in stored


def test_only_a_coordinator_reads_the_trail(database):
    with database.transaction() as session:
        school = f.school(session)
        docent = Actor.for_coach(f.coach(session, school.id))
        coordinator = Actor.for_coach(f.coach(session, school.id, role="coordinator", name="Coördinator"))
    with database.session() as session:
        keys = lists.load_keys(session, coordinator, lists.LIST_SPECS["audit"])
        kinds = [values[1] for values in keys.filter_values]
        assert kinds.count("schools") == 1 and kinds.count("coaches") == 2
        assert kinds.count("financial_schemes") > 5, "installing the default catalogue is recorded too"
        with pytest.raises(AccessDenied):
            lists.load_keys(session, docent, lists.LIST_SPECS["audit"])
        rows = lists.fetch_rows(session, coordinator, lists.LIST_SPECS["audit"], keys.ids)
        assert {row[1] for row in rows.values()} == {None}, "made by the command line's system actor"


def test_the_system_actor_is_named_in_the_users_language():
    from coachdesk.domain.i18n import set_language
    from coachdesk.ui.widgets.record_list import display

    assert display(None, "actor") == "CoachDesk (system)"
    set_language("nl")
    assert display(None, "actor") == "CoachDesk (systeem)"
    assert display("Sanne de Wit", "actor") == "Sanne de Wit"
