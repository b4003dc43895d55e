"""Team sharing as use cases: start a team, invite, join, remove, sync, items to check, and
adding or changing a record from the command line through the same rules as the forms."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain import policy
from coachdesk.domain.errors import AccessDenied
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.labels import choice_label
from coachdesk.domain.schema import KINDS
from coachdesk.services import access, acquisition, placements, praktijkverklaring, records, risks
from coachdesk.services.access import Actor
from coachdesk.storage.audit import act_as
from coachdesk.sync import conflicts, engine, membership
from coachdesk.sync.membership import member_of as membership_of


def create_team(database, folder: Path, coach_id: str, *, with_demo: bool = False) -> dict:
    """Start a team from this data folder; refused while it holds demo data, which would go to every member
    (``with_demo``: a try-out team on purpose, e.g. for training)."""
    from coachdesk.domain.errors import UserError
    from coachdesk.services.demo import MSG_DEMO_BEFORE_TEAM, has_demo_data

    with database.session() as session:
        if not with_demo and has_demo_data(session):
            raise UserError(MSG_DEMO_BEFORE_TEAM)
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


def resolve_conflict(session: Session, actor: Actor, item_id: int, keep: str) -> None:
    """Keep "mine" or "theirs": a value that changes the record is saved through the services, with their checks and
    the writer's rights, and the audit trail names him; the item is then resolved on this laptop."""
    item = conflicts.open_item(session, item_id)
    needs_write, value = conflicts.wanted(session, item, keep)
    if needs_write:
        kind = policy.kind_of_table(item.kind)
        if kind in KINDS and item.field in {spec.name for spec in KINDS[kind].fields}:
            records.update(session, actor, kind, item.record_id, {item.field: value})
        else:
            access.require_write(actor, kind, create=False)
            act_as(session, actor.coach_id)
            conflicts.write_value(session, item, value)
    conflicts.mark_resolved(session, item)


def list_refused(session: Session, actor: Actor) -> list[dict]:
    """Changes from colleagues that the write policy refused on this laptop: for a coordinator to look into."""
    if not actor.may_do("read_refused"):
        raise AccessDenied(policy.DENIED_READ)
    return conflicts.list_refused(session)


MSG_DUPLICATE = QT_TRANSLATE_NOOP("Employers", "Perhaps the same employer as {name} ({why}). Saved all the same; merge them when they are one.")


def duplicate_warnings(session: Session, values: dict, *, employer_id: str | None = None) -> list[str]:
    """In words, the employers that one with ``values`` probably duplicates: a warning, never a refusal."""
    found = acquisition.duplicates_of(session, values, employer_id=employer_id)
    others = [(d.other if d.keep == (employer_id or "(new)") else d.keep, d.why) for d in found]
    names = {e.id: e.name for e in session.query(m.Employer).filter(m.Employer.id.in_([other for other, _ in others]))}
    return [translate("Employers", MSG_DUPLICATE).format(name=names.get(other, other), why=why) for other, why in others]


def add_record(session: Session, actor: Actor, kind: str, values: dict, *, warnings: list[str] | None = None) -> m.Record:
    """A new record of ``kind`` through the service the form uses. An employer contact moves the pipeline
    (``acquisition.log_contact``); a new employer that probably duplicates one is saved, with a warning put
    into ``warnings`` (when given) for the caller to show."""
    if kind == "placements":
        return placements.create_placement(session, actor, values)
    if kind == "risks":
        return risks.record_assessment(session, actor, values)
    if kind == "employer_contacts":
        return acquisition.log_contact(session, actor, values)
    if kind in ("routes", "route_items"):  # a judgement given with it becomes a history row
        return praktijkverklaring.add_record(session, actor, kind, values)
    if kind == "employers" and warnings is not None:
        warnings += duplicate_warnings(session, values)
    return records.create(session, actor, kind, values)


def edit_record(session: Session, actor: Actor, kind: str, record_id: str, values: dict) -> m.Record:
    if kind in ("routes", "route_items"):  # a later judgement revokes a confirmation, visibly
        return praktijkverklaring.edit_record(session, actor, kind, record_id, values)
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


MSG_YES, MSG_NO = QT_TRANSLATE_NOOP("Choices", "yes"), QT_TRANSLATE_NOOP("Choices", "no")


def shown_value(session: Session, table: str, field: str, value: object) -> str:
    """A field's value as a person reads it in a list of items to check: a label, a name, a Dutch date; never a code or an id."""
    kind = KINDS.get(policy.kind_of_table(table))
    spec = next((f for f in kind.fields if f.name == field), None) if kind else None
    if value is None or value == []:
        return "—"
    if spec is not None and spec.kind == "choice" and spec.choices is not None:
        try:
            return choice_label(spec.choices(value))
        except ValueError:
            return str(value)
    if spec is not None and spec.kind == "ref" and spec.ref:
        target = session.get(KINDS[spec.ref].model, value)
        return str(getattr(target, "full_name", None) or getattr(target, "name", None) or "—") if target is not None else "—"
    if isinstance(value, bool):
        return translate("Choices", MSG_YES if value else MSG_NO)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if spec is not None and spec.kind == "date" and isinstance(value, str):
        try:
            return date.fromisoformat(value).strftime("%d-%m-%Y")
        except ValueError:
            return value
    return str(value)
