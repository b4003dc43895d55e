"""Items to check ("Te controleren"): listing them and keeping mine or theirs.

Keeping a value is a new change, with a new clock, so the choice reaches every laptop.
"""
from __future__ import annotations

from sqlalchemy import select

from coachdesk.domain.errors import NotFound
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.schema import KINDS
from coachdesk.sync import hlc, roster, scopes
from coachdesk.sync.merge import DELETED_FIELD
from coachdesk.sync.roster import SyncError
from coachdesk.sync.state import Conflict, RefusedChange, get_value
from coachdesk.sync.values import plain, to_column

MSG_NO_ITEM = QT_TRANSLATE_NOOP("Sync", "There is no open item to check with id {id}. See 'coachdesk conflicts'.")
MSG_GONE = QT_TRANSLATE_NOOP("Sync", "This record was deleted by another member, so it cannot be kept. Add it again if it is still needed.")

KIND_NAMES = {kind.model.__tablename__: name for name, kind in KINDS.items()}


def list_conflicts(session) -> list[dict]:
    current = get_value(session.connection(), "roster") or {"members": []}
    names = {x["coach_id"]: x["name"] for x in current["members"] + current.get("former", [])}
    rows = session.scalars(select(Conflict).where(Conflict.resolved.is_(False)).order_by(Conflict.id))
    return [{"id": row.id, "kind": KIND_NAMES.get(row.kind, row.kind), "record_id": row.record_id, "field": row.field,
             "mine": row.mine, "theirs": row.theirs, "by": names.get(row.by, row.by),
             "at": hlc.as_datetime(row.at).isoformat(timespec="seconds")} for row in rows]


def count_open(session) -> int:
    return len(session.scalars(select(Conflict.id).where(Conflict.resolved.is_(False))).all())


def open_item(session, item_id: int) -> Conflict:
    item = session.get(Conflict, item_id)
    if item is None or item.resolved:
        raise NotFound(MSG_NO_ITEM, id=item_id)
    return item


def wanted(session, item: Conflict, keep: str) -> tuple[bool, object]:
    """Whether keeping ``keep`` ("mine" or "theirs") changes the record, and the plain value it then needs; raises
    SyncError when the record is gone and "mine" cannot be kept."""
    model = scopes.MODELS.get(item.kind)
    record = session.get(model, item.record_id) if model else None
    if item.field == DELETED_FIELD or record is None:
        if keep == "mine":
            raise SyncError(MSG_GONE)
        return False, None
    value = item.mine if keep == "mine" else item.theirs
    return plain(getattr(record, item.field)) != value, value


def write_value(session, item: Conflict, value: object) -> None:
    """Set a field the schema does not describe (a placement's status): the caller has checked the writer's rights."""
    model = scopes.MODELS[item.kind]
    setattr(session.get(model, item.record_id), item.field, to_column(model.__table__.c[item.field], value))


def mark_resolved(session, item: Conflict) -> None:
    for other in session.scalars(select(Conflict).where(Conflict.kind == item.kind, Conflict.record_id == item.record_id,
                                                        Conflict.field == item.field, Conflict.resolved.is_(False))):
        other.resolved = True
    session.flush()


def list_refused(session) -> list[dict]:
    """Received changes the write policy refused, newest first: kind (table), record, field, who, when, why."""
    current = get_value(session.connection(), "roster") or {"members": []}
    names = {x["coach_id"]: x["name"] for x in current["members"] + current.get("former", [])}
    rows = session.scalars(select(RefusedChange).order_by(RefusedChange.id.desc()).limit(1000))
    return [{"id": row.id, "kind": KIND_NAMES.get(row.kind, row.kind), "record_id": row.record_id, "field": row.field,
             "value": row.value, "by": names.get(row.by, row.by), "at": hlc.as_datetime(row.at).isoformat(timespec="seconds"),
             "reason": row.reason} for row in rows]


__all__ = ["list_conflicts", "count_open", "open_item", "wanted", "write_value", "mark_resolved", "list_refused", "roster"]
