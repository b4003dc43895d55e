"""The audit trail, written by one session hook so that no service can forget it.

Services tell the session who acts (``act_as``); every flush then records, for
each created, changed or deleted record, the actor, the action and the names of
the fields that changed.
"""
from __future__ import annotations

from typing import Any, Protocol, cast

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from coachdesk.domain import models as m

ACTOR_KEY = "coachdesk.actor_id"
NOT_AUDITED = (m.AuditEntry, m.Setting, m.ImportBatchItem)  # a batch's items: its own create is audited


class _Identified(Protocol):
    """What the trail needs of a record: every audited model has an id column, not only those derived from Record."""

    id: Any
    __tablename__: Any


def act_as(session: Session, actor_id: str | None) -> None:
    session.info[ACTOR_KEY] = actor_id


def _changed_fields(record: m.Base) -> list[str]:
    state = inspect(record)
    return sorted(attribute.key for attribute in state.attrs
                  if attribute.key not in ("updated_at", "created_at") and attribute.history.has_changes() and attribute.key in state.mapper.columns)


@event.listens_for(Session, "before_flush")
def _record_changes(session: Session, _context, _instances) -> None:
    actor_id = session.info.get(ACTOR_KEY)
    entries = []
    for action, records in (("create", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for record in records:
            if isinstance(record, NOT_AUDITED) or not isinstance(record, m.Base):
                continue
            if action == "update" and not session.is_modified(record, include_collections=False):
                continue
            fields = _changed_fields(record) if action != "delete" else []
            audited = cast(_Identified, record)
            if action == "create" and getattr(audited, "id", None) is None:
                audited.id = m.new_id()  # the entry needs the id before the insert assigns it
            entries.append(m.AuditEntry(actor_id=actor_id, action=action, kind=audited.__tablename__, record_id=str(audited.id), fields=fields))
    session.add_all(entries)
