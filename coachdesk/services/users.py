"""The people who use CoachDesk: the coach record of whoever uses this laptop."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain.errors import FieldError, ValidationError
from coachdesk.services import records
from coachdesk.services.access import Actor
from coachdesk.services.settings import load_settings, save_settings


def register_user(session: Session, name: str, role: str, school_name: str) -> m.Coach:
    """The person using this laptop, as a coach of a school (made when it does not exist yet)."""
    system = Actor.system()
    school_name = school_name.strip()
    school = session.scalar(select(m.School).where(m.School.name == school_name)) if school_name else None
    if school is None and school_name:
        school = records.create(session, system, "schools", {"name": school_name})
    if school is None and role != m.CoachRole.COORDINATOR.value:
        raise ValidationError([FieldError("school_id", "School", "{label}: this field is required. Fill it in.")])
    coach = records.create(session, system, "coaches", {"name": name, "role": role, "school_id": school.id if school else None})
    settings = load_settings(session)
    settings.user_coach_id = coach.id
    settings.school_name = settings.school_name or (school.name if school else "")
    save_settings(session, settings)
    return coach  # type: ignore[return-value]


def acting_user(session: Session) -> Actor:
    """Who acts on this data folder: a team member as his role in the signed roster (never a local
    setting); otherwise the coach chosen as this laptop's user; otherwise the system (a coordinator)."""
    from coachdesk.sync.membership import member_of

    member = member_of(session)
    if member is not None:
        return Actor(m.CoachRole(member["role"]), member["coach_id"], member.get("school_id"))
    coach_id = load_settings(session).user_coach_id
    coach = session.get(m.Coach, coach_id) if coach_id else None
    return Actor.for_coach(coach) if coach is not None else Actor.system()
