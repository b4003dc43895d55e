"""Every document builder with hostile text, the catalogue update on an older data file, and believable demo data on any date."""
from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from coachdesk.documents import toolkits
from coachdesk.documents.avg_export import write_avg_export
from coachdesk.documents.calendar import events_calendar
from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.resources import resources_dir
from coachdesk.services import catalogue, records
from coachdesk.services.demo import dutch_holidays, fill_demo, is_school_day
from coachdesk.services.settings import set_flag
from tests import factories as f
from tests.factories import SYSTEM

HOSTILE = [
    "<b>&amp;</b> <para> </font> <a href='x'>",
    "lang " * 700,  # 3,500 characters
    "\n".join(f"regel {n}: contact gehad <i>" for n in range(200)),
    "x" * 4900,
    "Łukasz \ud800 Gülşen \x00\x07 \u202e omgekeerd \ufeff",
    "https://" + "a" * 300 + ".example/" + "b" * 200,
    "naam@" + "c" * 120 + ".example",
]


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_every_builder_survives_hostile_text(database, hostile):
    start = datetime.combine(clock.today() + timedelta(days=5), datetime.min.time()).replace(hour=10)
    raw, hostile = hostile, "".join(ch for ch in hostile if not "\ud800" <= ch <= "\udfff")  # surrogates stripped, as a form does
    with database.transaction() as session:
        school = records.create(session, SYSTEM, "schools", {"name": "School", "phone": "010 123 45 67"})
        coach = f.coach(session, school.id, name="Coach")
        employer = f.employer(session, name="Bedrijf")
        student = f.student(session, school.id, school_type="pro", leerweg=None, coach_id=coach.id, consent_share_profile=True, parent_consent=True)
        f.started_placement(session, student.id, employer.id, starts_on=clock.today() - timedelta(days=3), ends_on=clock.today() + timedelta(days=30))
        for kind, values in (("students", {"competences": hostile[:4900]}), ("employers", {"street": hostile[:200]})):
            target = student.id if kind == "students" else employer.id
            try:
                records.update(session, SYSTEM, kind, target, values)
            except Exception:  # noqa: BLE001 - what the form refuses never reaches a document
                pass
        for kind, values in (("help", {"name": "Hulp", "offers": hostile[:3500], "contact": hostile[:300]}),
                             ("help", {"name": "Hulp", "offers": hostile.replace("\x00", "").replace("\x07", "")[:3500]})):
            try:
                records.create(session, SYSTEM, kind, values)
            except Exception:  # noqa: BLE001 - what the form refuses never reaches a document
                pass
        typed = hostile.replace("\x00", "").replace("\x07", "")  # what a form accepts
        records.create(session, SYSTEM, "events", {"title": typed[:200], "kind": "banenmarkt", "starts_at": start, "what_to_bring": typed[:3000],
                                                   "registration_url": "https://aanmelden.example/x"})
    crashes = []
    with database.session() as session:
        for kind, recipient in (("employer", employer.id), ("employer", None), ("student", student.id), ("student", None)):
            try:
                toolkits.build(toolkits.gather(session, SYSTEM, kind, recipient), io.BytesIO())
            except Exception as error:  # noqa: BLE001 - counted
                crashes.append((kind, recipient, repr(error)[:200]))
        try:
            events_calendar(session, student_id=student.id)
        except Exception as error:  # noqa: BLE001
            crashes.append(("ics", student.id, repr(error)[:200]))
    hostile = raw  # the builders themselves get the surrogates too
    avg = {"exported_on": clock.today().isoformat(), "student": {"first_name": hostile[:100], "last_name": "B", "notes": hostile},
           "placements": [{"contact_summary": hostile}], "visits": [{"summary": hostile, "agreements": hostile}], "risk_assessments": [],
           "risk_actions": [], "jpo_pairings": [], "audit_trail": [{"changes": hostile}]}
    try:
        write_avg_export(avg, io.BytesIO())
    except Exception as error:  # noqa: BLE001
        crashes.append(("avg", None, repr(error)[:200]))
    assert crashes == []


def test_catalogue_update_changes_unedited_entries_and_keeps_edits(database):
    old = json.loads((resources_dir() / "catalogue" / "schemes-v1.json").read_text(encoding="utf-8"))
    with database.transaction() as session:
        # A data file as version 1 left it: the old entries, no keys, version unset.
        for record in session.scalars(select(m.FinancialScheme)):
            session.delete(record)
        for record in session.scalars(select(m.HelpEntry)):
            session.delete(record)
        session.flush()
        for entry in old:
            records.create(session, SYSTEM, "schemes", entry)
        for entry in json.loads((resources_dir() / "catalogue" / "help-v1.json").read_text(encoding="utf-8")):
            records.create(session, SYSTEM, "help", entry)
        set_flag(session, catalogue.VERSION_SETTING, None)
        set_flag(session, catalogue.ENTRIES_SETTING, None)
        edited = session.scalar(select(m.FinancialScheme).where(m.FinancialScheme.name == "Jobcoach"))
        records.update(session, SYSTEM, "schemes", edited.id, {"amount_text": "Onze eigen afspraak met de gemeente"})
        records.create(session, SYSTEM, "schemes", {"name": "Eigen regeling", "amount_text": "€ 10"})
    with database.transaction() as session:
        assert catalogue.install_default_catalogue(session) is True
    with database.session() as session:
        by_name = {s.name: s for s in session.scalars(select(m.FinancialScheme))}
        lkv = by_name["Loonkostenvoordeel (LKV) doelgroep banenafspraak"]
        assert "zolang het dienstverband duurt" in lkv.amount_text and lkv.last_checked_on == date(2026, 12, 2), "unedited: updated"
        assert "Loonkostenvoordeel (LKV) doelgroep banenafspraak en scholingsbelemmerden" not in by_name
        assert by_name["Jobcoach"].amount_text == "Onze eigen afspraak met de gemeente", "edited: kept"
        assert by_name["Eigen regeling"].amount_text == "€ 10"
        help_names = {h.name for h in session.scalars(select(m.HelpEntry))}
        assert "Werkcentrum (vroeger Leerwerkloket)" in help_names and "Ouders & Onderwijs" in help_names and "Leerwerkloket" not in help_names
    with database.transaction() as session:
        assert catalogue.install_default_catalogue(session) is False, "once up to date, nothing changes"


@pytest.mark.parametrize("today", [date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1), date(2027, 1, 2), date(2027, 7, 1), None])
def test_demo_is_a_believable_school_year_on_any_date(database, today):
    today = today or clock.today()
    with clock.today_is(today), database.transaction() as session:
        fill_demo(session, "small", today=today)
    with database.session() as session:
        events = list(session.scalars(select(m.MatchingEvent)))
        assert events and all(is_school_day(e.starts_at.date()) for e in events)
        assert not any(e.starts_at.date() in dutch_holidays(e.starts_at.year) or (e.starts_at.month, e.starts_at.day) >= (12, 19) for e in events)
        assert any(today < e.starts_at.date() <= today + timedelta(days=90) for e in events), "activities in the coming months"
        statuses = {p.status for p in session.scalars(select(m.Placement))}
        assert {m.PlacementStatus.SEARCHING, m.PlacementStatus.STARTED, m.PlacementStatus.PROPOSED} <= statuses
        assert session.scalar(select(m.Visit.id).limit(1)) and session.scalar(select(m.RiskAssessment.id).limit(1))
        assert all(v.visited_on <= today and is_school_day(v.visited_on) for v in session.scalars(select(m.Visit)))
        names = [e.name for e in session.scalars(select(m.Employer))]
        assert len(names) == len(set(names)), "unique employer names"
        current: dict[str, int] = {}
        for placement in session.scalars(select(m.Placement).where(m.Placement.status.in_((m.PlacementStatus.STARTED, m.PlacementStatus.PROPOSED)))):
            current[placement.student_id] = current.get(placement.student_id, 0) + 1
            student = placement.student
            if student.school_type.value in ("entree", "mbo2"):
                assert placement.employer.sector == student.sectors[0], "an mbo student works in the sector of his opleiding"
            else:
                assert placement.employer.sector in student.sectors
        assert max(current.values()) == 1, "never at two employers at once"
        ending = [p for p in session.scalars(select(m.Placement).where(m.Placement.status == m.PlacementStatus.STARTED)) if p.ends_on and p.ends_on <= today + timedelta(weeks=4)]
        assert ending, "some placements end soon"
