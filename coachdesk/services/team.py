"""Team sharing as use cases: start a team, invite, join, remove, sync, items to check, and
adding or changing a record from the command line through the same rules as the forms."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.services import placements, records, risks
from coachdesk.services.access import Actor
from coachdesk.sync import conflicts, engine, membership
from coachdesk.sync.membership import member_of as membership_of


def create_team(database, folder: Path, coach_id: str) -> dict:
    return membership.create_team(database, folder, coach_id)


def invite(database, coach_id: str, out: Path) -> str:
    return membership.invite(database, coach_id, out)


def join(database, invitation: Path, folder: Path, code: str) -> dict:
    return membership.join(database, invitation, folder, code)


def remove(database, coach_id: str) -> None:
    membership.remove(database, coach_id)


def change_role(database, coach_id: str, role: str) -> None:
    """A coordinator gives a member another role: in the signed roster (what counts) and on his coach record,
    which the team receives with the next sync."""
    from coachdesk.services.users import acting_user

    membership.change_role(database, coach_id, role)
    with database.transaction() as session:
        records.update(session, acting_user(session), "coaches", coach_id, {"role": role})


def members(database) -> list[dict]:
    return membership.members(database)


def sync(database) -> dict:
    return engine.sync(database)


def list_conflicts(session: Session) -> list[dict]:
    return conflicts.list_conflicts(session)


def count_conflicts(session: Session) -> int:
    return conflicts.count_open(session)


def resolve_conflict(session: Session, item_id: int, keep: str) -> None:
    conflicts.resolve(session, item_id, keep)


def add_record(session: Session, actor: Actor, kind: str, values: dict) -> m.Record:
    """A new record of ``kind`` through the service the form uses."""
    if kind == "placements":
        return placements.create_placement(session, actor, values)
    if kind == "risks":
        return risks.record_assessment(session, actor, values)
    return records.create(session, actor, kind, values)


def edit_record(session: Session, actor: Actor, kind: str, record_id: str, values: dict) -> m.Record:
    return records.update(session, actor, kind, record_id, values)


def compact(database) -> dict:
    """A coordinator's compaction: a snapshot per scope replaces old bundles (erased data leaves the team folder)."""
    from coachdesk.sync import compaction

    return compaction.compact(database)


def member_entry(session: Session) -> dict | None:
    """This data folder's roster entry, or None when it belongs to no team."""
    return membership_of(session)


def last_sync(session: Session) -> str | None:
    from coachdesk.sync.state import get_value

    return get_value(session.connection(), "last_sync")


def conflict_subject(session: Session, kind: str, record_id: str) -> str:
    """Whom or what an item to check is about, as a person reads it: the student's or the employer's name."""
    from coachdesk.domain.schema import KINDS

    model = KINDS[kind].model if kind in KINDS else None
    record = session.get(model, record_id) if model is not None else None
    if record is None:
        return ""
    student_id = getattr(record, "student_id", None)  # a contact, placement or assessment: its student
    if student_id:
        record = session.get(m.Student, student_id) or record
    if isinstance(record, m.Student):
        return f"{record.first_name} {record.last_name}"
    return str(getattr(record, "name", "") or "")
