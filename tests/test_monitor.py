"""The Monitor's indicators on data made here, where each right answer is worked out by hand.

School year 2025-26 (1 August 2025 - 31 July 2026), with "today" set for each step as it happened.
"""
from __future__ import annotations

import json
from datetime import date

import pytest

from coachdesk.domain import clock
from coachdesk.domain import indicators as ind
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, UserError, ValidationError
from coachdesk.services import monitor, outcomes, placements, records, risks
from coachdesk.services.access import Actor
from tests import factories
from tests.commandline import run_coachdesk

SYSTEM = factories.SYSTEM
YEAR = monitor.Period(date(2025, 8, 1), date(2026, 7, 31))


def _visit(session, student_id, placement_id, day, kind="phone_video"):
    with clock.today_is(day):
        records.create(session, SYSTEM, "visits", {"student_id": student_id, "placement_id": placement_id, "visited_on": day, "kind": kind})


def _search(session, student_id, day):
    with clock.today_is(day):
        return placements.create_placement(session, SYSTEM, {"student_id": student_id})


def _propose(session, student_id, employer_id, day, starts_on, ends_on):
    with clock.today_is(day):
        return placements.create_placement(session, SYSTEM, {"student_id": student_id, "employer_id": employer_id, "starts_on": starts_on, "ends_on": ends_on})


def _status(session, placement_id, status, day):
    with clock.today_is(day):
        return placements.change_status(session, SYSTEM, placement_id, status, on=day)


def _leaver(session, school_id, name, left_on, destination, follow_ups=()):
    student = factories.student(session, school_id, first_name=name, school_type="pro", leerweg=None)
    with clock.today_is(left_on):
        outcomes.record_leaving(session, SYSTEM, student.id, left_on=left_on, destination=destination)
    for months, answer in follow_ups:
        day = outcomes.follow_up_due(left_on, months)
        with clock.today_is(day):
            outcomes.record_follow_up(session, SYSTEM, student.id, months, answer)
    return student


@pytest.fixture
def story(database):
    """Ann searched twice: a place ended early (conflict), a new one completed. Leavers Bob (three follow-ups),
    Cara (none), Dan (12 months: mbo BOL), Eve (left in the year). Fay and Gus: risk assessments."""
    with database.transaction() as session:
        school = factories.school(session, "Praktijkschool Noord")
        employer = factories.employer(session)
        ann = factories.student(session, school.id, first_name="Ann")
        _search(session, ann.id, date(2025, 6, 1))
        p1 = _propose(session, ann.id, employer.id, date(2025, 8, 20), date(2025, 9, 1), date(2026, 6, 30))
        _status(session, p1.id, "started", date(2025, 9, 1))
        _visit(session, ann.id, p1.id, date(2025, 10, 1), "on_site")
        with clock.today_is(date(2025, 11, 15)):
            outcomes.end_early(session, SYSTEM, p1.id, "conflict", on=date(2025, 11, 15))
        _search(session, ann.id, date(2025, 11, 20))
        p2 = _propose(session, ann.id, employer.id, date(2026, 1, 10), date(2026, 2, 1), date(2026, 6, 30))
        _status(session, p2.id, "started", date(2026, 2, 1))
        for day, kind in ((date(2026, 3, 1), "on_site"), (date(2026, 4, 1), "phone_video"), (date(2026, 5, 1), "school_talk")):
            _visit(session, ann.id, p2.id, day, kind)
        _status(session, p2.id, "completed", date(2026, 6, 30))
        _leaver(session, school.id, "Bob", date(2023, 9, 1), "werk", [(6, "werk"), (12, "werk_bbl"), (24, "werk")])
        _leaver(session, school.id, "Cara", date(2024, 10, 1), "none")
        _leaver(session, school.id, "Dan", date(2024, 8, 15), "mbo_bol", [(12, "mbo_bol")])
        _leaver(session, school.id, "Eve", date(2026, 6, 30), "werk")
        fay = factories.student(session, school.id, first_name="Fay")
        gus = factories.student(session, school.id, first_name="Gus")
        with clock.today_is(date(2026, 3, 1)):
            risks.record_assessment(session, SYSTEM, {"student_id": fay.id, "assessed_on": date(2026, 3, 1), "signals": [], "override_level": "high", "override_reason": "thuis"})
            risks.record_assessment(session, SYSTEM, {"student_id": gus.id, "assessed_on": date(2026, 2, 1), "signals": [], "override_level": "high", "override_reason": "thuis"})
            risks.record_assessment(session, SYSTEM, {"student_id": gus.id, "assessed_on": date(2026, 3, 1), "signals": []})
        dossier = m.Dossier(crebo="99001", title="Voorbeelddossier", version="2025")
        session.add(dossier)
        session.flush()
        # Ann's route started and completed in the year; Fay's began before it and is still running
        session.add(m.Route(student_id=ann.id, route_type=m.RouteType.SBB, dossier_id=dossier.id, started_on=date(2026, 3, 1),
                            completed_on=date(2026, 6, 20)))
        session.add(m.Route(student_id=fay.id, route_type=m.RouteType.SBB, dossier_id=dossier.id, started_on=date(2025, 5, 1)))
        ids = {"ann": ann.id, "p1": p1.id, "p2": p2.id, "school": school.id, "fay": fay.id, "gus": gus.id}
    return database, ids


EXPECTED = {
    "searching_start": 1,  # Ann's first search, begun 1-6-2025, closed 20-8-2025
    "searching_new": 1,  # her second search, 20-11-2025
    "placed": 2,  # both closed by a place
    "searching_end": 0,
    "days_to_place_median": 82.5,  # 1-6-2025 -> 1-9-2025 = 92 days; 20-11-2025 -> 1-2-2026 = 73 days
    "days_to_place_spread": {"0-30": 0, "31-90": 1, "91-180": 1, ">180": 0},
    "placements_started": 2,
    "placements_completed": 1,
    "placements_ended_early": 1,
    "placements_ended_early_reasons": {"conflict": 1},
    "contacts_per_placement_median": 2,  # 1 and 3 contacts
    "placements_below_contact_norm": 1,  # the first place: 1 of at least 3
    "retained_3m": {"n": 1, "of": 2},  # p1 ended before 1-12-2025; p2 ran past 1-5-2026
    "retained_6m": {"n": 0, "of": 1},  # only p1 reached 6 months (1-3-2026) in the year, planned to 30-6-2026
    "retained_12m": {"n": 0, "of": 0},
    "left": 1,  # Eve
    "left_destination": {"werk": 1},
    "destination_12m_work_or_learning": {"n": 1, "of": 2},  # Dan (mbo BOL) and Cara (nothing recorded)
    "destination_24m_work_or_learning": {"n": 1, "of": 1},  # Bob, werk after 24 months (1-9-2025)
    "risk_high": 1,  # Fay; Gus was high, then low
    "risk_high_at_start": 0,  # on 31-7-2025 nobody had been assessed
    "employers_recognition_expiring": 0,
    "employers_places_used": 1,
    "employers_kept": 0,  # the employer took Ann twice, but both places started in the year, none before it
    "employers_not_recognised": 0,
    "praktijkverklaring_started": 1,  # Ann's, 1-3-2026 (Fay's began 1-5-2025, before the year)
    "praktijkverklaring_completed": 1,  # Ann's, 20-6-2026
}


def test_every_indicator_has_its_hand_worked_answer(story):
    database, _ids = story
    with database.session() as session, clock.today_is(date(2026, 7, 31)):
        figures = monitor.compute(session, SYSTEM, YEAR)
    assert figures.indicators == EXPECTED
    assert set(figures.indicators) == set(ind.IDS)


def test_searching_over_the_stock_adds_up_start_new_ended_end(story):
    database, _ids = story
    with database.session() as session:
        autumn = monitor.compute(session, SYSTEM, monitor.Period(date(2025, 11, 1), date(2025, 12, 31))).indicators
    # Searching on 1-11: nobody (Ann was at her place); new: the search of 20-11; still open on 31-12.
    assert (autumn["searching_start"], autumn["searching_new"], autumn["placed"], autumn["searching_end"]) == (0, 1, 0, 1)


def test_a_breakdown_adds_up_to_the_total_and_names_its_groups(story):
    database, ids = story
    with database.session() as session:
        figures = monitor.compute(session, SYSTEM, YEAR, by="school_type")
    keys = {group["key"]: group["indicators"] for group in figures.groups}
    assert set(keys) == {"mbo2", "pro"}
    assert keys["pro"]["left"] == 1 and keys["mbo2"]["placements_started"] == 2
    assert keys["pro"]["destination_12m_work_or_learning"] == {"n": 1, "of": 2}
    for name in ("placements_started", "left", "risk_high", "placed"):
        assert sum(group["indicators"][name] for group in figures.groups) == figures.indicators[name]


def test_students_behind_a_figure(story):
    database, ids = story
    with database.session() as session:
        assert [name for _id, name in monitor.students_behind(session, SYSTEM, YEAR, "risk_high")] == ["Fay Bakker"]
        assert [name for _id, name in monitor.students_behind(session, SYSTEM, YEAR, "destination_12m_work_or_learning")] == ["Cara Bakker", "Dan Bakker"]
        assert monitor.students_behind(session, SYSTEM, YEAR, "placements_started", by="school_type", key="pro") == []


def test_roles_see_their_own_school_and_a_jpo_nothing(story):
    database, ids = story
    with database.transaction() as session:
        other = factories.school(session, "Andere School")
        factories.student(session, other.id, first_name="Olaf")
        docent = factories.coach(session, other.id, "docent", "Docent Ander")
        jpo = factories.coach(session, ids["school"], "jpo", "Jip")
    with database.session() as session:
        own = monitor.compute(session, Actor.for_coach(session.get(m.Coach, docent.id)), YEAR)
        assert own.indicators["placements_started"] == 0 and own.indicators["risk_high"] == 0
        with pytest.raises(AccessDenied, match="a JPO has no figures"):
            monitor.compute(session, Actor.for_coach(session.get(m.Coach, jpo.id)), YEAR)


def test_outcome_rules_are_refused_in_words(story):
    database, ids = story
    with database.transaction() as session, clock.today_is(date(2026, 7, 31)):
        with pytest.raises(ValidationError, match="not left school"):
            outcomes.record_follow_up(session, SYSTEM, ids["fay"], 6, "werk")
        with pytest.raises(ValidationError, match="in words"):
            outcomes.end_early(session, SYSTEM, ids["p2"], "other")
        eve = session.scalars(records.select(m.Student).where(m.Student.first_name == "Eve")).one()
        with pytest.raises(ValidationError, match="can be recorded from"):
            outcomes.record_follow_up(session, SYSTEM, eve.id, 6, "werk")


def test_the_period_must_run_forwards():
    with pytest.raises(UserError, match="before it starts"):
        monitor.period_of(date(2026, 5, 1), date(2026, 4, 1))


def test_the_command_line_prints_the_contract_json(story, tmp_path):
    database, _ids = story
    data_dir = str(tmp_path / "data")  # the database fixture's folder
    database.close()
    result = run_coachdesk("--data-dir", data_dir, "monitor", "--from", "2025-08-01", "--to", "2026-07-31", "--by", "school_type", "--json",
                           COACHDESK_TODAY="2026-07-31")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["period"] == {"from": "2025-08-01", "to": "2026-07-31"}
    assert data["definitions_version"] == ind.DEFINITIONS_VERSION
    assert data["indicators"]["placed"] == 2 and data["indicators"]["retained_3m"] == {"n": 1, "of": 2}
    assert {group["key"] for group in data["groups"]} == {"mbo2", "pro"}
    outside = json.loads(run_coachdesk("--data-dir", data_dir, "monitor", "--from", "2025-08-01", "--to", "2026-07-31", "--json", "--outside",
                                       COACHDESK_TODAY="2026-07-31").stdout)
    assert outside["indicators"]["placed"] == "<5" and outside["indicators"]["searching_end"] == 0
    assert "student" not in json.dumps(outside)


def test_gemeente_from_the_pc4_when_travel_knows_it_else_onbekend(story, monkeypatch):
    import sys
    import types

    database, ids = story
    with database.transaction() as session:
        session.get(m.Student, ids["ann"]).home_pc4 = "3011"
        session.get(m.Student, ids["fay"]).home_pc4 = "3100"
    with database.session() as session:
        monkeypatch.setitem(sys.modules, "coachdesk.domain.travel", None)  # no travel module: every student "onbekend"
        unknown = monitor.compute(session, SYSTEM, YEAR, by="gemeente")
        assert [group["key"] for group in unknown.groups] == [monitor.UNKNOWN_KEY]
        fake = types.ModuleType("coachdesk.domain.travel")
        fake.gemeente_of = {"3011": "Rotterdam", "3100": "Schiedam"}.get  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "coachdesk.domain.travel", fake)
        monkeypatch.setattr("coachdesk.domain.travel", fake, raising=False)
        known = monitor.compute(session, SYSTEM, YEAR, by="gemeente")
    groups = {group["key"]: group["indicators"] for group in known.groups}
    assert set(groups) == {"Rotterdam", "Schiedam", monitor.UNKNOWN_KEY}
    assert groups["Rotterdam"]["placements_started"] == 2 and groups["Schiedam"]["risk_high"] == 1


def test_risk_over_the_period_and_a_recognition_running_out(story):
    database, ids = story
    with database.transaction() as session:
        employer_id = session.get(m.Placement, ids["p2"]).employer_id
        session.add(m.Recognition(employer_id=employer_id, crebo="25180", valid_until=date(2026, 9, 30)))
    spring = monitor.Period(date(2026, 2, 15), date(2026, 5, 31))
    with database.session() as session:
        figures = monitor.compute(session, SYSTEM, spring).indicators
    assert (figures["risk_high_at_start"], figures["risk_high"]) == (1, 1)  # Gus high on 14-2, Fay high on 31-5
    assert figures["employers_recognition_expiring"] == 1  # Ann's place ran in spring; its recognition ends within 6 months
    with database.session() as session:
        autumn = monitor.compute(session, SYSTEM, monitor.Period(date(2025, 9, 1), date(2025, 10, 31))).indicators
    assert autumn["employers_recognition_expiring"] == 0  # 30-9-2026 lies more than 6 months after 31-10-2025


def test_a_jobhunter_sees_the_employer_figures_only(story):
    database, ids = story
    with database.transaction() as session:
        hunter = factories.coach(session, ids["school"], "jobhunter", "Hanna Jobhunter")
    with database.session() as session:
        actor = Actor.for_coach(session.get(m.Coach, hunter.id))
        figures = monitor.compute(session, actor, YEAR)
        assert set(figures.indicators) == {i.id for i in ind.INDICATORS if i.about == ind.EMPLOYERS}
        assert figures.indicators["employers_places_used"] == 1
        with pytest.raises(AccessDenied):
            monitor.students_behind(session, actor, YEAR, "employers_places_used")


def test_a_student_without_consent_for_regional_figures_is_not_counted_outside(story):
    database, _ids = story
    with database.transaction() as session:
        eve = session.scalars(records.select(m.Student).where(m.Student.first_name == "Eve")).one()
        records.update(session, SYSTEM, "students", eve.id, {"regional_figures_excluded": True})
    with database.session() as session:
        inside = monitor.compute(session, SYSTEM, YEAR).indicators
        outside = monitor.compute(session, SYSTEM, YEAR, outside=True).indicators
    assert inside["left"] == 1  # inside the school she is counted
    assert outside["left"] == 0


def test_searching_at_the_end_of_each_month(story):
    database, _ids = story
    with database.session() as session:
        months = monitor.searching_by_month(session, SYSTEM, YEAR)
    assert [day for day, _count in months][:3] == [date(2025, 8, 31), date(2025, 9, 30), date(2025, 10, 31)]
    assert [count for _day, count in months] == [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0]  # Ann's second search: 20-11 to 10-1
