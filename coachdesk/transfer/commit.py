"""Storing a planned import in one transaction, as an import batch that can be undone as a whole.

The caller's transaction holds everything: the batch, every created record and every
change (each also in the audit trail through the session hook). With
``all_or_nothing`` one row error means nothing is stored. An undo removes the
created records and restores the changed fields, but only while nothing changed
them (or refers to them) since the import; otherwise it refuses and changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, func, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from coachdesk.domain import models as m
from coachdesk.domain.errors import AccessDenied, NotFound, UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.schema import KINDS, clean
from coachdesk.services.access import Actor
from coachdesk.storage.audit import act_as
from coachdesk.storage.crash import crash_point
from coachdesk.sync.values import plain, to_column
from coachdesk.transfer.plan import MSG_JPO, NEW, UPDATE, Plan, check_may_import

MSG_BATCH_UNKNOWN = QT_TRANSLATE_NOOP("Import", "There is no import {id}. The batch number is in the report of the import.")
MSG_UNDONE_ALREADY = QT_TRANSLATE_NOOP("Import", "Import {id} was undone already.")
MSG_UNDONE_ON = QT_TRANSLATE_NOOP("Import", "Undone on {date}.")
MSG_CHANGED_SINCE = QT_TRANSLATE_NOOP("Import", "Import {id} cannot be undone: {count} of its records were changed or used after the import (for example {kind} {record}). Change those records by hand instead.")

FLUSH_EVERY = 1000
DEPENDANTS: dict[str, list[tuple[type[m.Record], InstrumentedAttribute[Any]]]] = {  # what refers to a created record and blocks removing it
    "students": [(m.Placement, m.Placement.student_id), (m.Visit, m.Visit.student_id), (m.RiskAssessment, m.RiskAssessment.student_id),
                 (m.JpoPairing, m.JpoPairing.student_id)],
    "employers": [(m.Placement, m.Placement.employer_id), (m.Praktijkopleider, m.Praktijkopleider.employer_id)],
    "praktijkopleiders": [(m.Placement, m.Placement.praktijkopleider_id)],
    "placements": [(m.Visit, m.Visit.placement_id)],
}


@dataclass
class CommitResult:
    batch_id: str | None
    created: int
    updated: int


def commit_plan(session: Session, actor: Actor, plan: Plan, *, all_or_nothing: bool = False) -> CommitResult:
    """Store the plan's New and Update rows in ``session`` (the caller commits). Returns the batch, or none if nothing was stored."""
    check_may_import(actor, plan.kind)
    if plan.cancelled or (all_or_nothing and plan.row_errors):
        return CommitResult(None, 0, 0)
    todo = [row for row in plan.rows if row.status in (NEW, UPDATE)]
    if not todo:
        return CommitResult(None, 0, 0)
    act_as(session, actor.coach_id)
    model = KINDS[plan.kind].model
    batch = m.ImportBatch(id=m.new_id(), kind=plan.kind, file_name=plan.table.path.name[:300], actor_id=actor.coach_id)
    session.add(batch)
    items: list[dict] = []
    inserts: dict[type, list[dict]] = {}  # new records go in with one statement per block, not one per row
    created = updated = 0
    for row in todo:
        if row.status == NEW:
            values = dict(row.values, id=m.new_id())
            inserts.setdefault(model, []).append(values)
            items.append({"kind": plan.kind, "record_id": values["id"], "action": "create", "previous": {}})
            created += 1
            employer_id = values["id"]
        else:
            record = session.get(model, row.record_id)
            previous = {name: plain(getattr(record, name)) for name in row.values}
            for name, value in row.values.items():
                setattr(record, name, value)
            if row.values:
                items.append({"kind": plan.kind, "record_id": row.record_id, "action": "update", "previous": previous})  # the record's id
            updated += 1
            employer_id = row.record_id
        if row.trainer:
            trainer = dict(row.trainer, employer_id=employer_id, id=m.new_id())
            inserts.setdefault(m.Praktijkopleider, []).append(trainer)
            items.append({"kind": "praktijkopleiders", "record_id": trainer["id"], "action": "create", "previous": {}})
    session.flush()  # the updates, each audited by the session hook
    crash_point("import-updated")
    for target, rows in inserts.items():  # parents (the kind) before their workplace trainers
        _insert_audited(session, actor, target, rows)
        crash_point("import-inserted")
    session.flush()
    if plan.kind == "placements":
        items += _close_searches(session, inserts.get(m.Placement, []))
    session.bulk_insert_mappings(m.ImportBatchItem, [item | {"id": m.new_id(), "batch_id": batch.id, "position": position}
                                                      for position, item in enumerate(items)])
    batch.created_count, batch.updated_count = created, updated
    batch.finished_at = m.utcnow()
    session.flush()
    crash_point("import-items-written")
    return CommitResult(batch.id, created, updated)


def _close_searches(session: Session, new_placements: list[dict]) -> list[dict]:
    """A placement found (proposed or started) ends the student's open search, as in the app; undo reopens it."""
    from coachdesk.services.placements import close_search

    found = {row["student_id"]: row["id"] for row in new_placements
             if row.get("status") in (m.PlacementStatus.PROPOSED, m.PlacementStatus.STARTED)}
    items = []
    for chunk in _chunks(list(found)):
        for search in session.scalars(select(m.Placement).where(m.Placement.student_id.in_(chunk),
                                                                  m.Placement.status == m.PlacementStatus.SEARCHING)):
            previous = {name: plain(getattr(search, name)) for name in ("status", "ended_on", "end_reason")}
            close_search(session, search, session.get_one(m.Placement, found[search.student_id]))
            items.append({"kind": "placements", "record_id": search.id, "action": "update", "previous": previous})
    return items


def _insert_audited(session: Session, actor: Actor, model: type[m.Record], rows: list[dict]) -> None:
    """Insert new records in blocks, each with its audit entry (what the session hook writes for one record)."""
    table = model.__table__
    for start in range(0, len(rows), FLUSH_EVERY):
        block = rows[start:start + FLUSH_EVERY]
        now = m.utcnow()
        shapes: dict[frozenset, list[dict]] = {}  # one statement per set of given fields; absent ones get their defaults
        for row in block:
            shapes.setdefault(frozenset(row), []).append(row | {"created_at": now, "updated_at": now})
        for same in shapes.values():
            session.execute(insert(table), same)
        session.execute(insert(m.AuditEntry.__table__), [
            {"id": m.new_id(), "at": now, "actor_id": actor.coach_id, "action": "create", "kind": table.name,
             "record_id": row["id"], "fields": sorted(name for name, value in row.items() if name != "id" and value is not None)}
            for row in block])


def _chunks(ids: list[str], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def undo_batch(session: Session, actor: Actor, batch_id: str) -> CommitResult:
    """Remove what import ``batch_id`` created and restore what it changed, or refuse if anything changed since."""
    if actor.is_jpo:
        raise AccessDenied(MSG_JPO)
    batch = session.get(m.ImportBatch, batch_id)
    if batch is None:
        raise NotFound(MSG_BATCH_UNKNOWN, id=batch_id)
    check_may_import(actor, batch.kind)
    if batch.undone_at is not None:
        raise UserError(MSG_UNDONE_ALREADY, id=batch_id)
    items = _items(session, batch_id)
    later = _changed_since(session, batch)
    if later:
        raise UserError(MSG_CHANGED_SINCE, id=batch_id, count=len({r for _, r in later}), kind=later[0][0], record=later[0][1])
    act_as(session, actor.coach_id)
    removed, restored = _undo_items(session, items)
    crash_point("undo-records-removed")
    batch.undone_at = m.utcnow()
    session.flush()
    return CommitResult(batch.id, removed, restored)


def _items(session: Session, batch_id: str) -> list[m.ImportBatchItem]:
    return list(session.scalars(select(m.ImportBatchItem).where(m.ImportBatchItem.batch_id == batch_id).order_by(m.ImportBatchItem.position)))


@dataclass(frozen=True)
class BatchInfo:
    """One earlier import as the list of imports shows it."""

    id: str
    kind: str  # students, employers, placements
    file_name: str
    finished_at: datetime | None  # local time
    actor_name: str  # who imported ("" when nobody was chosen)
    created: int
    updated: int
    item_count: int  # the records it created or changed, as stored with it (created + updated + searches it closed)
    undone_at: datetime | None  # local time
    why_not: str  # why it cannot be undone (translated), "" when it can

    @property
    def undoable(self) -> bool:
        return not self.why_not

    def as_dict(self) -> dict:
        return {"batch": self.id, "kind": self.kind, "file": self.file_name, "at": self.finished_at.isoformat(timespec="seconds") if self.finished_at else None,
                "who": self.actor_name, "new": self.created, "updated": self.updated, "undone_at": self.undone_at.isoformat(timespec="seconds") if self.undone_at else None,
                "undoable": self.undoable, "why_not": self.why_not}


def _refusal(actor: Actor, kind: str) -> str:
    try:
        check_may_import(actor, kind)
    except AccessDenied as error:
        return str(error)
    return ""


def _local(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None) if value else None


def list_batches(session: Session, actor: Actor, limit: int = 100) -> list[BatchInfo]:
    """The latest imports, newest first, each with whether it can still be undone (and why not)."""
    from coachdesk.domain.i18n import translate

    if actor.is_jpo:
        raise AccessDenied(MSG_JPO)
    rows = session.execute(select(m.ImportBatch, m.Coach.name).outerjoin(m.Coach, m.Coach.id == m.ImportBatch.actor_id)
                           .order_by(m.ImportBatch.finished_at.desc(), m.ImportBatch.id).limit(limit))
    found = []
    for batch, name in rows:
        item_count = session.scalar(select(func.count()).select_from(m.ImportBatchItem).where(m.ImportBatchItem.batch_id == batch.id)) or 0
        why_not = ""
        if batch.undone_at is not None:
            why_not = translate("Import", MSG_UNDONE_ON).format(date=_local(batch.undone_at).strftime("%d-%m-%Y %H:%M"))  # type: ignore[union-attr]
        elif (refusal := _refusal(actor, batch.kind)):
            why_not = refusal
        else:
            later = _changed_since(session, batch)
            if later:
                why_not = translate("Import", MSG_CHANGED_SINCE).format(id=batch.id, count=len({r for _, r in later}), kind=later[0][0], record=later[0][1])
        found.append(BatchInfo(batch.id, batch.kind, batch.file_name, _local(batch.finished_at), name or "", batch.created_count,
                               batch.updated_count, item_count, _local(batch.undone_at), why_not))
    return found


def _changed_since(session: Session, batch: m.ImportBatch) -> list[tuple[str, str]]:
    """(kind, record id) of the batch's records changed since the import, or referred to by a record it did not create.

    Joins instead of lists of ids: a batch of 10,000 records is judged in a few indexed queries (the list of
    imports asks this for every batch it shows).
    """
    item, other = m.ImportBatchItem, aliased(m.ImportBatchItem)
    audit = m.AuditEntry
    # Anything in the audit trail about these records after the import means someone changed them since.
    # (An item's kind is its table's name, as the audit trail names it, for every kind an import writes.)
    later: list[tuple[str, str]] = [(kind, record_id) for kind, record_id in session.execute(
        select(audit.kind, audit.record_id).distinct().join(item, and_(item.kind == audit.kind, item.record_id == audit.record_id))
        .where(item.batch_id == batch.id, audit.at > batch.finished_at))]
    for kind, dependants in DEPENDANTS.items():
        for dependant, column in dependants:
            own = select(other.id).where(other.batch_id == batch.id, other.record_id == dependant.id).exists()
            later += [(kind, parent_id) for parent_id in session.scalars(
                select(column).distinct().join(item, item.record_id == column)
                .where(item.batch_id == batch.id, item.action == "create", item.kind == kind, ~own))]
    return later


def _undo_items(session: Session, items: list[m.ImportBatchItem]) -> tuple[int, int]:
    """Delete the created records and put back the earlier values of the changed ones; returns (removed, restored)."""
    order = {"placements": 0, "praktijkopleiders": 1, "students": 2, "employers": 3}
    removed = restored = 0
    for item in sorted(items, key=lambda i: (order.get(i.kind, 9), -i.position)):
        kind = KINDS[item.kind]
        record = session.get(kind.model, item.record_id)
        if record is None:
            continue
        if item.action == "create":
            session.delete(record)
            removed += 1
        else:
            known = {spec.name for spec in kind.fields}
            for name, value in clean(kind, {k: v for k, v in item.previous.items() if k in known}, partial=True).items():
                setattr(record, name, value)
            for name, value in item.previous.items():  # a value clean() leaves out (None in a column with a default)
                if value is None or name not in known:  # or one no form edits (the status a found placement closed)
                    setattr(record, name, to_column(kind.model.__table__.c[name], value))
            restored += 1
        if (removed + restored) % FLUSH_EVERY == 0:
            session.flush()
    return removed, restored
