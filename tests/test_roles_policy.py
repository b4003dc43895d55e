"""The write policy per role and field, on every write path, and who the command line acts as (issue 11, 12)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from coachdesk.documents.avg_export import export_student
from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, UserError, ValidationError
from coachdesk.services import list_queries as lists
from coachdesk.services import placements, records
from coachdesk.services.access import Actor
from coachdesk.services.attention import attention_list
from coachdesk.services.settings import load_settings, save_settings
from coachdesk.services.users import acting_user, choose_user
from tests import factories as f
from tests.commandline import run_coachdesk
from tests.factories import SYSTEM

TODAY = clock.today()


@pytest.fixture
def world(database):
    session = database.session()
    school, other_school = f.school(session), f.school(session, "Andere School")
    mentee = f.student(session, school.id, health_notes="astma, pufje in de tas", phone="06 11111111")
    classmate = f.student(session, school.id, first_name="Daan")
    elsewhere = f.student(session, other_school.id, first_name="Gülşen")
    jpo_coach = f.coach(session, school.id, role="jpo", name="Jayden")
    docent_coach = f.coach(session, school.id, name="Docent")
    colleague = f.coach(session, school.id, name="Collega")
    coordinator_coach = f.coach(session, None, role="coordinator", name="Coördinator")
    schoolless = f.coach(session, None, name="Zonder School")
    session.add(m.JpoPairing(jpo_id=jpo_coach.id, student_id=mentee.id, since=TODAY - timedelta(days=1)))
    employer = f.employer(session)
    placement = f.started_placement(session, mentee.id, employer.id, starts_on=TODAY - timedelta(weeks=2), ends_on=TODAY + timedelta(weeks=20))
    visit = records.create(session, Actor.for_coach(docent_coach), "visits",
                           {"student_id": mentee.id, "placement_id": placement.id, "visited_on": TODAY, "kind": "on_site", "summary": "Goed"})
    session.commit()
    yield {
        "session": session, "school": school, "other_school": other_school, "mentee": mentee, "classmate": classmate,
        "elsewhere": elsewhere, "placement": placement, "visit": visit, "colleague": colleague, "docent_coach": docent_coach,
        "jpo": Actor.for_coach(jpo_coach), "docent": Actor.for_coach(docent_coach),
        "coordinator": Actor.for_coach(coordinator_coach), "schoolless": Actor.for_coach(schoolless),
    }
    session.close()


@pytest.mark.parametrize("field, value", [
    ("consent_share_profile", True),
    ("parent_consent", True),
    ("guardian_phone", "06 99999999"),
    ("guardian_email", "ouder@example.nl"),
    ("status", "left"),
    ("first_name", "Anders"),
])
def test_a_jpo_may_not_change_consent_parents_or_status_of_his_mentee(world, field, value):
    session, jpo, mentee = world["session"], world["jpo"], world["mentee"]
    values = {field: value} | ({"left_on": "01-01-2000"} if field == "status" else {})
    with pytest.raises(ValidationError) as refused:
        records.update(session, jpo, "students", mentee.id, values)
    assert field in refused.value.by_field() and "may not change" in refused.value.by_field()[field]
    session.rollback()
    session.expire_all()
    stored = records.get(session, SYSTEM, "students", mentee.id)
    assert stored.consent_share_profile is False and stored.status == m.StudentStatus.ACTIVE and stored.guardian_phone is None


def test_a_jpo_may_not_move_his_mentee_to_another_school_but_may_update_his_phone(world):
    session, jpo, mentee = world["session"], world["jpo"], world["mentee"]
    with pytest.raises(ValidationError) as refused:
        records.update(session, jpo, "students", mentee.id, {"school_id": world["other_school"].id})
    assert "school_id" in refused.value.by_field()
    # The form sends the unchanged values too: those are no change and pass.
    current = records.get(session, jpo, "students", mentee.id)
    records.update(session, jpo, "students", mentee.id, {"phone": "06 22222222", "school_id": current.school_id, "consent_share_profile": False})
    assert records.get(session, SYSTEM, "students", mentee.id).phone == "06 22222222"


def test_a_jpo_logs_contacts_only_under_his_own_name(world):
    session, jpo, mentee = world["session"], world["jpo"], world["mentee"]
    visit = records.create(session, jpo, "visits", {"student_id": mentee.id, "visited_on": TODAY, "kind": "phone_video",
                                                    "coach_id": world["docent_coach"].id, "summary": "Gebeld"})
    assert visit.coach_id == jpo.coach_id
    with pytest.raises(AccessDenied, match="someone else"):
        records.update(session, jpo, "visits", world["visit"].id, {"summary": "Overschreven"})
    records.update(session, jpo, "visits", visit.id, {"summary": "Gebeld, later terugbellen"})


def test_relationships_do_not_leak_health_notes_to_a_jpo(world):
    session, jpo = world["session"], world["jpo"]
    assert records.get(session, SYSTEM, "students", world["mentee"].id).health_notes, "the coordinator read loaded the notes"
    visit = records.get(session, jpo, "visits", world["visit"].id)
    assert visit.student.health_notes is None
    assert records.get(session, jpo, "placements", world["placement"].id).student.health_notes is None
    session.expire_all()
    assert records.get(session, jpo, "visits", world["visit"].id).student.health_notes is None, "nor after a fresh load"
    session.commit()
    assert records.get(session, SYSTEM, "students", world["mentee"].id).health_notes == "astma, pufje in de tas", "the notes stay stored"


def test_fetch_rows_takes_the_actor_and_leaves_out_what_he_may_not_see(world):
    session = world["session"]
    spec = lists.LIST_SPECS["students"]
    every = [world["mentee"].id, world["classmate"].id, world["elsewhere"].id]
    assert set(lists.fetch_rows(session, world["jpo"], spec, every)) == {world["mentee"].id}
    assert set(lists.fetch_rows(session, world["docent"], spec, every)) == {world["mentee"].id, world["classmate"].id}
    with pytest.raises(AccessDenied):
        lists.fetch_rows(session, world["jpo"], lists.LIST_SPECS["risks"], [])


def test_a_docent_creates_and_keeps_students_only_in_his_own_school(world):
    session, docent = world["session"], world["docent"]
    values = {"first_name": "Nieuw", "last_name": "Leerling", "school_type": "pro"}
    with pytest.raises(ValidationError) as refused:
        records.create(session, docent, "students", values | {"school_id": world["other_school"].id})
    assert "school_id" in refused.value.by_field()
    created = records.create(session, docent, "students", values | {"school_id": world["school"].id})
    with pytest.raises(ValidationError):
        records.update(session, docent, "students", created.id, {"school_id": world["other_school"].id})


def test_nobody_changes_his_own_role_or_school(world):
    session, docent = world["session"], world["docent"]
    for values in ({"role": "coordinator"}, {"school_id": world["other_school"].id}, {"school_id": None}):
        with pytest.raises(ValidationError) as refused:
            records.update(session, docent, "coaches", docent.coach_id, values)
        assert set(values) & set(refused.value.by_field())
        session.rollback()
    records.update(session, docent, "coaches", docent.coach_id, {"phone": "06 33333333"})
    with pytest.raises(ValidationError, match="only a coordinator"):
        records.update(session, docent, "coaches", world["colleague"].id, {"role": "coordinator"})
    session.rollback()
    records.update(session, world["coordinator"], "coaches", docent.coach_id, {"role": "jobcoach"})
    assert records.get(session, SYSTEM, "coaches", docent.coach_id).role == m.CoachRole.JOBCOACH


def test_a_docent_without_a_school_sees_no_school(world):
    session, schoolless = world["session"], world["schoolless"]
    assert records.list_records(session, schoolless, "students") == []
    assert lists.load_keys(session, schoolless, lists.LIST_SPECS["students"]).ids == []
    assert attention_list(session, schoolless) == []
    with pytest.raises(AccessDenied):
        records.get(session, schoolless, "students", world["elsewhere"].id)


def test_team_settings_need_a_coordinator_and_laptop_settings_do_not(world):
    session, docent = world["session"], world["docent"]
    settings = load_settings(session)
    settings.retention_years = 7
    with pytest.raises(AccessDenied, match="coordinator"):
        save_settings(session, docent, settings)
    settings = load_settings(session)
    settings.language, settings.lock_after_minutes = "en", 3
    save_settings(session, docent, settings)
    settings.retention_years = 7
    save_settings(session, world["coordinator"], settings)
    assert load_settings(session).retention_years == 7 and load_settings(session).lock_after_minutes == 3


def test_placements_status_and_records_follow_the_policy(world):
    session, jpo = world["session"], world["jpo"]
    with pytest.raises(AccessDenied):
        placements.change_status(session, jpo, world["placement"].id, "ended_early", reason="weg")
    with pytest.raises(AccessDenied):
        placements.create_placement(session, jpo, {"student_id": world["mentee"].id})


def test_the_export_and_a_change_of_user_are_in_the_audit_trail(world, tmp_path):
    session, coordinator = world["session"], world["coordinator"]
    export_student(session, coordinator, world["mentee"].id, tmp_path)
    choose_user(session, coordinator, world["docent_coach"].id)
    entries = {entry.action: entry for entry in session.scalars(select(m.AuditEntry).where(m.AuditEntry.action.in_(["export", "user"])))}
    assert entries["export"].record_id == world["mentee"].id and entries["export"].actor_id == coordinator.coach_id
    assert entries["user"].record_id == world["docent_coach"].id and entries["user"].actor_id == coordinator.coach_id


def test_the_acting_user_is_the_folders_user(world):
    session = world["session"]
    with pytest.raises(UserError, match="choose who you are"):
        acting_user(session)  # coordinators exist, nobody is chosen: no anonymous coordinator
    choose_user(session, SYSTEM, world["jpo"].coach_id)
    assert acting_user(session) == world["jpo"]


def test_a_new_folder_is_set_up_by_the_system(database):
    with database.session() as session:
        assert acting_user(session) == Actor.system()


# --- the command line ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("policy") / "data"
    result = run_coachdesk("--data-dir", str(folder), "demo")
    assert result.returncode == 0, result.stderr
    return folder


def test_a_demo_folder_belongs_to_one_of_its_coordinators(demo_folder, tmp_path):
    from coachdesk.services.workspace import open_workspace

    assert run_coachdesk("--data-dir", str(demo_folder), "list", "risks").returncode == 0
    database = open_workspace(demo_folder, f.PASSPHRASE)
    with database.session() as session:
        owner = acting_user(session)
        student_id = session.scalars(select(m.Student.id).order_by(m.Student.id)).first()
    database.close()
    assert owner.role == m.CoachRole.COORDINATOR and owner.coach_id
    result = run_coachdesk("--data-dir", str(demo_folder), "student", "export", student_id, "--out", str(tmp_path / "avg"))
    assert result.returncode == 0, result.stderr
    database = open_workspace(demo_folder, f.PASSPHRASE)
    with database.session() as session:
        exported = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "export")).one()
    database.close()
    assert exported.actor_id == owner.coach_id and exported.record_id == student_id, "command-line actions carry the actor"


def test_the_command_line_refuses_what_the_users_role_may_not(database, tmp_path):
    with database.transaction() as session:
        school = f.school(session)
        student = f.student(session, school.id)
        f.coach(session, None, role="coordinator", name="Baas")
        jpo = f.coach(session, school.id, role="jpo", name="Jayden")
    folder = str(database.data_dir)
    database.close()
    result = run_coachdesk("--data-dir", folder, "list", "students")
    assert result.returncode == 2 and "choose who you are" in result.stderr and "Traceback" not in result.stderr
    from coachdesk.services.workspace import open_workspace

    database = open_workspace(database.data_dir, f.PASSPHRASE)
    with database.transaction() as session:
        choose_user(session, SYSTEM, jpo.id)
    database.close()
    for args, words in ((("list", "risks"), "not available to a JPO"),
                        (("student", "export", student.id, "--out", str(tmp_path / "x")), "Only a coordinator"),
                        (("list", "audit"), "")):
        result = run_coachdesk("--data-dir", folder, *args)
        assert result.returncode == 2 and "Traceback" not in result.stderr and words in result.stderr, result.stderr
    result = run_coachdesk("--data-dir", folder, "list", "students", "--json")
    assert result.returncode == 0 and result.stdout.strip() == "[]", "a JPO without mentees sees no student"


def test_the_policy_is_declared_in_one_table():
    from coachdesk.domain import policy

    assert set(policy.POLICY) == {role.value for role in m.CoachRole} - {"coordinator"}
    jpo = policy.POLICY["jpo"]
    assert set(jpo) == {"students", "visits", "route_items", "pv_route_entries"}  # and in the route: "oefenen" only
    assert not {"consent_share_profile", "parent_consent", "guardian_phone", "guardian_email", "school_id", "status", "left_on",
                "health_notes"} & jpo["students"].fields
