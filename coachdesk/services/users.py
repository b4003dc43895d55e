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


def laptop_user(session: Session) -> tuple[m.Coach | None, Actor]:
    """Who uses this laptop (settings), and as whom the app acts for him; the system before anyone is chosen."""
    user_id = load_settings(session).user_coach_id
    coach = session.get(m.Coach, user_id) if user_id else None
    return coach, Actor.for_coach(coach) if coach else Actor.system()
