"""Which scope each record belongs to, who may read a scope, and which fields a JPO's scope holds.

- ``team``: the catalogues and the people: schools and their locations, coaches, employers,
  workplace trainers, events, schemes, help offers. Every member reads it.
- ``school-<id>``: a school's students and everything about them. Its docenten and job coaches read it.
- ``jpo-<coach id>``: a JPO's active mentees, their pairings, placements and contacts, without
  health notes; never a risk assessment. Only that JPO reads it.
A coordinator reads every scope.
"""
from __future__ import annotations

from sqlalchemy import or_, select

from coachdesk.domain import clock, policy
from coachdesk.domain import models as m
from coachdesk.domain.schema import KINDS

TEAM = "team"
TEAM_KINDS = {"schools", "school_locations", "coaches", "employers", "praktijkopleiders", "places", "recognitions",
              "employer_contacts", "matching_events", "financial_schemes", "help_entries", "pv_dossiers", "pv_kerntaken",
              "pv_werkprocessen"}
STUDENT_KINDS = {"students", "travel_times", "jpo_pairings", "placements", "visits", "risk_assessments", "risk_actions",
                 "pv_routes", "pv_route_items", "pv_route_entries"}
SYNCED_KINDS = TEAM_KINDS | STUDENT_KINDS
SETTINGS = "settings"  # the team's settings travel as records of this kind: record id = the key, one field "value"
JPO_KINDS = {"students", "jpo_pairings", "placements", "visits", "pv_routes", "pv_route_items", "pv_route_entries"}  # what a JPO's scope is routed (the policy says what he may read)
INSERT_ONLY = {"risk_assessments", "pv_route_entries"}  # never changed after it was made (a new judgement is a new assessment)
# Not shared: the record's own timestamps of this laptop, and the contact summary every laptop recomputes.
LOCAL_FIELDS = {"updated_at"}
DERIVED_FIELDS = {"placements": {"last_contact_on", "next_contact_due", "contact_count", "on_site_count"}}
ORDER = ["schools", "school_locations", "coaches", "employers", "praktijkopleiders", "places", "recognitions",
         "employer_contacts", "matching_events", "financial_schemes", "help_entries", "pv_dossiers", "pv_kerntaken",
         "pv_werkprocessen", "students", "travel_times", "jpo_pairings", "placements", "visits", "risk_assessments",
         "risk_actions", "pv_routes", "pv_route_items", "pv_route_entries"]  # parents before children

MODELS = {model.__tablename__: model for model in (
    m.School, m.SchoolLocation, m.Coach, m.Employer, m.Praktijkopleider, m.Place, m.Recognition, m.EmployerContact,
    m.MatchingEvent, m.FinancialScheme, m.HelpEntry, m.Dossier, m.Kerntaak, m.Werkproces, m.Student, m.TravelTime,
    m.JpoPairing, m.Placement, m.Visit, m.RiskAssessment, m.RiskAction, m.Route, m.RouteItem, m.RouteEntry)}


SCHOOL_READERS = (m.CoachRole.DOCENT.value, m.CoachRole.JOBCOACH.value)  # who reads his own school's scope


def school_scope(school_id: str) -> str:
    return f"school-{school_id}"


def jpo_scope(coach_id: str) -> str:
    return f"jpo-{coach_id}"


def shared_fields(kind: str) -> list[str]:
    skip = LOCAL_FIELDS | DERIVED_FIELDS.get(kind, set())
    return [column.key for column in MODELS[kind].__table__.columns if column.key not in skip]


def fields_for_scope(scope: str, kind: str, fields: dict) -> dict | None:
    """The part of a change a scope may hold; None when the scope may hold nothing of it. A JPO's scope holds what
    the policy lets a JPO read; the team scope what every member may read (what one role may not see, e.g. the
    pipeline for a JPO, is left out on his laptop when it arrives)."""
    if not scope.startswith("jpo-"):
        return fields
    policy_kind = policy.kind_of_table(kind)
    if kind not in JPO_KINDS or not policy.may_read_kind(policy.JPO, policy_kind):
        return None
    hidden = policy.hidden_fields(policy.JPO, policy_kind)
    return {name: value for name, value in fields.items() if name not in hidden}


def readers(scope: str, members: list[dict]) -> list[str]:
    """The coach ids of the members who may read ``scope``."""
    result = []
    for member in members:
        role = member["role"]
        if role == m.CoachRole.COORDINATOR.value:
            result.append(member["coach_id"])
        elif scope == TEAM:
            result.append(member["coach_id"])
        elif scope.startswith("school-") and role in SCHOOL_READERS and scope == school_scope(member.get("school_id") or ""):
            result.append(member["coach_id"])
        elif scope == jpo_scope(member["coach_id"]) and role == m.CoachRole.JPO.value:
            result.append(member["coach_id"])
    return result


def readable(member: dict) -> set[str] | None:
    """The scopes a member may read; None means all (a coordinator)."""
    role = member["role"]
    if role == m.CoachRole.COORDINATOR.value:
        return None
    if role == m.CoachRole.JPO.value:
        return {TEAM, jpo_scope(member["coach_id"])}
    if role not in SCHOOL_READERS:  # a jobhunter: employers, places and the pipeline; no school's student records
        return {TEAM}
    return {TEAM, school_scope(member.get("school_id") or "")}


def standing(scalar, kind: str, current: dict | None, merged: dict, role: str, coach_id: str | None) -> policy.Standing:
    """What the policy's row rules need to know about a record (``kind`` as the policy names it): the school of the
    student it is about, before and after, and whether he is the writer's active mentee. ``scalar`` runs a select
    and returns its one value: the services pass their session's, the merge its connection's."""
    if kind == "students":
        student_id, school = merged.get("id"), merged.get("school_id")
        before = current.get("school_id") if current is not None else school
    else:
        student_id = merged.get("student_id")
        model = KINDS[kind].model if kind in KINDS else MODELS.get(kind)
        if kind == "risk_actions":  # an action is about the student of its assessment
            assessment_id = merged.get("assessment_id") or scalar(select(m.RiskAction.assessment_id).where(m.RiskAction.id == merged.get("id")))
            student_id = scalar(select(m.RiskAssessment.student_id).where(m.RiskAssessment.id == assessment_id))
        elif student_id is None and model is not None and "student_id" in model.__table__.c and merged.get("id"):
            student_id = scalar(select(model.__table__.c.student_id).where(model.__table__.c.id == merged["id"]))  # a form without it
        school = before = scalar(select(m.Student.school_id).where(m.Student.id == student_id)) if student_id else None
    mentee = False
    if role == policy.JPO and student_id and coach_id:
        today, pairings = clock.today(), m.JpoPairing.__table__
        mentee = scalar(select(pairings.c.id).where(pairings.c.student_id == student_id, pairings.c.jpo_id == coach_id, pairings.c.since <= today,
                                                    or_(pairings.c.until.is_(None), pairings.c.until >= today)).limit(1)) is not None
    return policy.Standing(school, before, mentee)


def active_jpos(connection, student_id: str) -> list[str]:
    today = clock.today()
    table = m.JpoPairing.__table__
    return [row[0] for row in connection.execute(select(table.c.jpo_id).where(
        table.c.student_id == student_id, table.c.since <= today, or_(table.c.until.is_(None), table.c.until >= today)))]


class Index:
    """Every student's school and active JPOs and every assessment's student, read at once: for
    routing many records (a team's first snapshot) without a query per record."""

    def __init__(self, connection) -> None:
        students, assessments, pairings = m.Student.__table__, m.RiskAssessment.__table__, m.JpoPairing.__table__
        self.school = dict(connection.execute(select(students.c.id, students.c.school_id)).all())
        self.assessment = dict(connection.execute(select(assessments.c.id, assessments.c.student_id)).all())
        today = clock.today()
        self.jpos: dict[str, list[str]] = {}
        for student_id, jpo_id in connection.execute(select(pairings.c.student_id, pairings.c.jpo_id).where(
                pairings.c.since <= today, or_(pairings.c.until.is_(None), pairings.c.until >= today))):
            self.jpos.setdefault(student_id, []).append(jpo_id)


def student_of(connection, kind: str, values: dict, index: Index | None = None) -> str | None:
    if kind == "students":
        return values.get("id")
    if kind == "risk_actions":
        assessment = values.get("assessment_id")
        if index is not None:
            return index.assessment.get(assessment)
        table = m.RiskAssessment.__table__
        return connection.execute(select(table.c.student_id).where(table.c.id == assessment)).scalar()
    return values.get("student_id")


def scopes_of(connection, kind: str, values: dict, index: Index | None = None) -> list[str]:
    """The scopes a record belongs to, from its values (the record's current or last state)."""
    if kind in TEAM_KINDS:
        return [TEAM]
    student_id = student_of(connection, kind, values, index)
    if student_id is None:
        return []
    if kind == "students" and values.get("school_id"):
        school_id = values["school_id"]
    elif index is not None:
        school_id = index.school.get(student_id)
    else:
        table = m.Student.__table__
        school_id = connection.execute(select(table.c.school_id).where(table.c.id == student_id)).scalar()
    result = [school_scope(school_id)] if school_id else []
    if kind in JPO_KINDS:
        if kind == "jpo_pairings":
            jpos = [values["jpo_id"]]
        else:
            jpos = index.jpos.get(student_id, []) if index is not None else active_jpos(connection, student_id)
        result += [jpo_scope(jpo) for jpo in jpos if jpo]
    return result
