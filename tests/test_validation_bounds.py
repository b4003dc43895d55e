"""Values the services take are bounded: dates 1900-2100, text as long as its column, no broken characters (issue 9, 10)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import String, Text

from coachdesk.domain import clock
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.schema import KINDS, LONGTEXT_MAX
from coachdesk.services import placements, records, risks
from coachdesk.services.attention import attention_list
from coachdesk.services.settings import load_settings, save_settings
from tests import factories as f
from tests.factories import SYSTEM

TODAY = clock.today()
TEXT_KINDS = ("text", "longtext", "email", "phone", "postcode", "url", "crebo")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from coachdesk.services.workspace import open_workspace

    database = open_workspace(tmp_path_factory.mktemp("bounds") / "data", f.PASSPHRASE)
    with database.transaction() as session:
        school = f.school(session)
        student = f.student(session, school.id)
        employer = f.employer(session)
        placement = f.started_placement(session, student.id, employer.id, starts_on=TODAY - timedelta(weeks=3), ends_on=TODAY + timedelta(weeks=20))
        coach = f.coach(session, school.id)
        assessment = risks.record_assessment(session, SYSTEM, {"student_id": student.id, "assessed_on": TODAY}, [{"description": "Bellen"}])
        ids = {"school_id": school.id, "student_id": student.id, "employer_id": employer.id, "placement_id": placement.id}
        ids["records"] = {
            "schools": school.id, "students": student.id, "employers": employer.id, "placements": placement.id, "coaches": coach.id,
            "praktijkopleiders": records.create(session, SYSTEM, "praktijkopleiders", {"employer_id": employer.id, "name": "Petra"}).id,
            "visits": records.create(session, SYSTEM, "visits", {"student_id": student.id, "visited_on": TODAY, "kind": "on_site"}).id,
            "risk_actions": assessment.actions[0].id,
            "events": records.create(session, SYSTEM, "events", {"title": "Markt", "kind": "banenmarkt", "starts_at": datetime.combine(TODAY, datetime.min.time())}).id,
            "schemes": records.create(session, SYSTEM, "schemes", {"name": "Regeling"}).id,
            "help": records.create(session, SYSTEM, "help", {"name": "Loket"}).id,
            "places": records.create(session, SYSTEM, "places", {"employer_id": employer.id, "leerweg": "stage", "title": "Magazijn"}).id,
            "recognitions": records.create(session, SYSTEM, "recognitions", {"employer_id": employer.id, "crebo": "25498"}).id,
            "employer_contacts": records.create(session, SYSTEM, "employer_contacts", {"employer_id": employer.id, "contacted_on": TODAY,
                                                                                       "kind": "call"}).id,
            "travel_times": records.create(session, SYSTEM, "travel_times", {"student_id": student.id, "employer_id": employer.id,
                                                                             "location_pc4": "3011", "minutes": 20}).id,
        } | f.praktijkverklaring_records(session, student.id)
    yield database, ids
    database.close()


def refused(database, kind: str, values: dict, record_id: str | None = None) -> dict[str, str]:
    with database.session() as session:
        with pytest.raises(ValidationError) as error:
            if record_id:
                records.update(session, SYSTEM, kind, record_id, values)
            elif kind == "placements":
                placements.create_placement(session, SYSTEM, values)
            else:
                records.create(session, SYSTEM, kind, values)
        session.rollback()
    return error.value.by_field()


def test_every_text_limit_fits_its_column():
    for kind in KINDS.values():
        for spec in kind.fields:
            if spec.kind not in TEXT_KINDS:
                continue
            column_type = kind.model.__table__.c[spec.name].type
            if isinstance(column_type, Text):
                assert spec.max_length == LONGTEXT_MAX, (kind.name, spec.name)
            elif isinstance(column_type, String):
                assert spec.max_length <= column_type.length, (kind.name, spec.name, spec.max_length, column_type.length)


@pytest.mark.parametrize("value", ["9999-01-01", "01-01-9999", date(9999, 12, 31), datetime(9999, 1, 1), "1899-12-31", date(1, 1, 1)])
def test_a_year_outside_1900_to_2100_is_refused_naming_the_field(world, value):
    database, ids = world
    errors = refused(database, "visits", {"student_id": ids["student_id"], "visited_on": TODAY, "kind": "on_site", "next_contact_due": value})
    assert "next_contact_due" in errors and ("1900 to 2100" in errors["next_contact_due"] or "is not a date" in errors["next_contact_due"])
    errors = refused(database, "events", {"title": "Markt", "kind": "banenmarkt", "starts_at": value})
    assert "starts_at" in errors
    with database.session() as session:
        assert attention_list(session, SYSTEM) is not None, "the attention list still works for everyone"


def test_the_edges_of_the_range_are_taken(world):
    database, _ = world
    with database.session() as session:
        scheme = records.create(session, SYSTEM, "schemes", {"name": "Lang geldig", "valid_from": "01-01-1900", "valid_until": "31-12-2100"})
        assert scheme.valid_until == date(2100, 12, 31)
        session.rollback()


def test_a_status_change_on_a_far_date_is_refused(world):
    database, ids = world
    with database.session() as session:
        with pytest.raises(ValidationError) as error:
            placements.change_status(session, SYSTEM, ids["placement_id"], "completed", on="31-12-9999")
        assert "on" in error.value.by_field()
        with pytest.raises(ValidationError) as error:
            placements.change_status(session, SYSTEM, ids["placement_id"], "no-such-status")
        assert "status" in error.value.by_field()
        with pytest.raises(ValidationError) as error:
            placements.change_status(session, SYSTEM, ids["placement_id"], "ended_early", reason="weg\ud800")
        assert "end_reason" in error.value.by_field()
        session.rollback()


def _text_fields():
    for kind in KINDS.values():
        for spec in kind.fields:
            if spec.kind in TEXT_KINDS and kind.name != "risks":  # never changed afterwards: see the next test
                yield kind.name, spec.name


@pytest.mark.parametrize("kind, field", list(_text_fields()))
def test_a_lone_surrogate_is_refused_naming_the_field(world, kind, field):
    database, ids = world
    errors = refused(database, kind, {field: "Zo\ud83d ë"}, ids["records"][kind])
    assert "broken characters" in errors[field]


def test_a_lone_surrogate_in_a_new_risk_assessment(world):
    database, ids = world
    with database.session() as session:
        with pytest.raises(ValidationError) as error:
            risks.record_assessment(session, SYSTEM, {"student_id": ids["student_id"], "assessed_on": TODAY, "notes": "thuis \udc00"},
                                    [{"description": "Bellen \ud800"}])
        assert {"notes", "description"} <= set(error.value.by_field())
        session.rollback()


def test_a_lone_surrogate_in_a_list_and_an_unknown_field_name(world):
    database, ids = world
    errors = refused(database, "students", {"sectors": ["Zorg", "\udfff"], "\ud800": 1}, ids["student_id"])
    assert "broken characters" in errors["sectors"]
    assert any("does not exist" in text for text in errors.values())
    str(ValidationError([]))  # nothing to encode wrongly


@pytest.mark.parametrize("field, length, allowed", [("phone", 41, 40), ("competences", LONGTEXT_MAX + 1, LONGTEXT_MAX),
                                                    ("first_name", 101, 100), ("crebo", 6, 5)])
def test_text_longer_than_its_column_is_refused(world, field, length, allowed):
    database, ids = world
    errors = refused(database, "students", {field: "1" * length}, ids["student_id"])
    assert f"at most {allowed} characters" in errors[field]


def test_a_huge_text_is_refused_quickly(world):
    database, ids = world
    errors = refused(database, "students", {"competences": "x" * 5_000_000}, ids["student_id"])
    assert "at most" in errors["competences"]


def test_a_risk_action_owner_that_does_not_exist_is_named(world):
    database, ids = world
    with database.session() as session:
        with pytest.raises(ValidationError) as error:
            risks.record_assessment(session, SYSTEM, {"student_id": ids["student_id"], "assessed_on": TODAY, "signals": ["absence"]},
                                    [{"description": "Bellen", "owner_id": "no-such-coach"}])
        assert "owner_id" in error.value.by_field()
        session.rollback()


def test_an_action_alone_is_refused_with_a_sentence(world):
    database, _ = world
    from coachdesk.domain.errors import UserError

    with database.session() as session:
        with pytest.raises(UserError, match="belongs to a risk assessment"):
            records.create(session, SYSTEM, "risk_actions", {"description": "Bellen"})


def test_settings_are_bounded(world):
    database, _ = world
    with database.session() as session:
        settings = load_settings(session)
        settings.retention_years = 10**6
        with pytest.raises(ValidationError) as error:
            save_settings(session, SYSTEM, settings)
        assert "retention_years" in error.value.by_field()
        settings = load_settings(session)
        settings.print_header = "kop\ud800"
        with pytest.raises(ValidationError):
            save_settings(session, SYSTEM, settings)
        session.rollback()
