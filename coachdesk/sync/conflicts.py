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
from coachdesk.sync.state import Conflict, get_value
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


def resolve(session, item_id: int, keep: str) -> None:
    item = session.get(Conflict, item_id)
    if item is None or item.resolved:
        raise NotFound(MSG_NO_ITEM, id=item_id)
    model = scopes.MODELS.get(item.kind)
    record = session.get(model, item.record_id) if model else None
    if item.field == DELETED_FIELD:
        if keep == "mine":
            raise SyncError(MSG_GONE)
    elif record is None:
        if keep == "mine":
            raise SyncError(MSG_GONE)
    else:
        assert model is not None  # a record was found, so its kind has a model
        wanted = item.mine if keep == "mine" else item.theirs
        if plain(getattr(record, item.field)) != wanted:
            setattr(record, item.field, to_column(model.__table__.c[item.field], wanted))
    for other in session.scalars(select(Conflict).where(Conflict.kind == item.kind, Conflict.record_id == item.record_id,
                                                        Conflict.field == item.field, Conflict.resolved.is_(False))):
        other.resolved = True
    session.flush()


__all__ = ["list_conflicts", "count_open", "resolve", "roster"]
