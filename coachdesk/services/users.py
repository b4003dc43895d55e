"""The people who use CoachDesk: the coach record of whoever uses this laptop.

``acting_user`` is the one place that decides who acts (desktop, command line, team
roster): every entry point asks it instead of making an actor.
"""
from __future__ import annotations

from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain.errors import FieldError, UserError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services import records
from coachdesk.services.access import Actor
from coachdesk.services.settings import load_settings, save_settings

MSG_NO_USER = QT_TRANSLATE_NOOP("Errors", "Nobody is chosen yet as the user of this data folder. Open CoachDesk once and choose who you are (Settings: \"Who uses this laptop\"); then run the command again.")
MSG_USER_GONE = QT_TRANSLATE_NOOP("Errors", "The user of this data folder no longer exists. Open CoachDesk and choose who you are (Settings: \"Who uses this laptop\").")


def acting_user(session: Session, *, welcome_follows: bool = False) -> Actor:
    """Who acts on this data folder: a team member as his role in the signed roster; otherwise its user
    (Settings: who uses this laptop), with his role and school.

    A folder in which no coordinator exists yet is being set up (a new folder, demo data on its
    way): the system actor does that first setup. A folder with coordinators but no chosen user
    is refused, so that no one acts as an anonymous coordinator; only the desktop app, which
    then shows its welcome (choose who you are) before anything else, passes ``welcome_follows``.
    """
    from coachdesk.sync.membership import member_of

    member = member_of(session)  # a team member acts with his role in the signed roster, never a local setting
    if member is not None:
        return Actor(m.CoachRole(member["role"]), member["coach_id"], member.get("school_id"))
    settings = load_settings(session)
    coach = session.get(m.Coach, settings.user_coach_id) if settings.user_coach_id else None
    if coach is not None:
        return Actor.for_coach(coach)
    if welcome_follows:
        return Actor.system()
    if settings.user_coach_id:
        raise UserError(MSG_USER_GONE)
    if session.scalar(select(m.Coach.id).where(m.Coach.role == m.CoachRole.COORDINATOR).limit(1)) is None:
        return Actor.system()
    raise UserError(MSG_NO_USER)


def choose_user(session: Session, actor: Actor, coach_id: str | None) -> None:
    """Make ``coach_id`` the user of this laptop (recorded in the audit trail)."""
    settings = load_settings(session)
    settings.user_coach_id = coach_id
    save_settings(session, actor, settings)


MSG_TEAM_DECIDES = QT_TRANSLATE_NOOP("Errors", "In a team the signed roster says who you are and which role you have: each member signs in as himself on his own laptop. A coordinator changes roles (Team).")
MSG_PASSPHRASE_NOT_RIGHT = QT_TRANSLATE_NOOP("Errors", "That passphrase is not right, so the user of this laptop stays as it was. Check it (capitals count) and try again.")


def confirm_user_change(database, passphrase: str) -> None:
    """Another user of this laptop (and with him another role) only with the passphrase typed again, checked
    against the data file as unlocking checks it; never in a team, where the signed roster decides. The caller
    then saves with ``save_settings(..., passphrase_checked=True)``, which puts the change in the audit trail."""
    from coachdesk.domain.errors import WrongPassphrase
    from coachdesk.storage.database import Key, verify_passphrase
    from coachdesk.sync.membership import member_of

    with database.session() as session:
        if member_of(session) is not None:
            raise UserError(MSG_TEAM_DECIDES)
    if not database.encrypted:
        return
    if not passphrase:
        raise WrongPassphrase(MSG_PASSPHRASE_NOT_RIGHT)
    key = Key.derive(database.path, passphrase)
    try:
        verify_passphrase(database.path, key)
    except WrongPassphrase:
        raise WrongPassphrase(MSG_PASSPHRASE_NOT_RIGHT) from None
    finally:
        key.wipe()


def make_demo_owner(session: Session) -> m.Coach:
    """A folder filled with demo data belongs to its first coordinator, so every command works on it."""
    coach = session.scalars(select(m.Coach).where(m.Coach.role == m.CoachRole.COORDINATOR).order_by(m.Coach.name)).first()
    if coach is None:
        raise AssertionError("demo data always holds coordinators")
    choose_user(session, Actor.system(), coach.id)
    return coach


def check_user(name: str, role: str, school_name: str) -> None:
    """What ``register_user`` refuses, said before anything is done (the welcome checks it before loading demo data)."""
    records.clean(records.kind_of("coaches"), {"name": name, "role": role})
    if not school_name.strip() and role != m.CoachRole.COORDINATOR.value:
        raise ValidationError([FieldError("school_id", "School", "{label}: this field is required. Fill it in.")])


def register_user(session: Session, name: str, role: str, school_name: str) -> m.Coach:
    """The person using this laptop, as a coach of a school (made when it does not exist yet)."""
    system = Actor.system()
    check_user(name, role, school_name)
    school_name = school_name.strip()
    school = session.scalar(select(m.School).where(m.School.name == school_name)) if school_name else None
    if school is None and school_name:
        school = cast(m.School, records.create(session, system, "schools", {"name": school_name}))  # the model of the kind
    coach = records.create(session, system, "coaches", {"name": name, "role": role, "school_id": school.id if school else None})
    settings = load_settings(session)
    settings.user_coach_id = coach.id
    settings.school_name = settings.school_name or (school.name if school else "")
    save_settings(session, system, settings)
    return coach  # type: ignore[return-value]


def laptop_user(session: Session) -> tuple[m.Coach | None, Actor]:
    """Who uses this laptop (settings), and as whom the app acts for him; the system before anyone is chosen."""
    # Without a user the app shows the welcome first (app.py): the system actor only sets up.
    actor = acting_user(session, welcome_follows=True)
    return (session.get(m.Coach, actor.coach_id) if actor.coach_id else None), actor
