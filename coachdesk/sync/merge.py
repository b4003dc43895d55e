"""Applying received changes: per record and field the latest clock wins, whatever the order.

- A field takes an incoming value only when the incoming clock is later than the clock of the
  value it holds; an equal clock is the same change again and is skipped. So every laptop ends
  with the same values, in any order of arrival, with duplicates.
- When a value written on this laptop and an incoming value of the same field were made without
  either seeing the other (neither's "replaced" clock reaches the other), the loser is kept as an
  item to check, on each of the two laptops: mine and theirs, who, when.
- A tombstone wins over edits (an erased student must never come back from another laptop); an
  edit of mine that it overtakes is listed as an item to check.
- A change whose record has not arrived yet waits in ``sync_pending`` and is tried again.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, and_, delete, func, select

from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.sync import scopes
from coachdesk.sync.hlc import Hlc
from coachdesk.sync.state import Conflict, PendingChange, RecordClock
from coachdesk.sync.values import plain, to_column

DELETED_FIELD = "_deleted"
CHUNK = 500

MSG_REFUSED = QT_TRANSLATE_NOOP("Sync", "Refused a change to {kind} by {name} ({role}): that role may not make it. Ask a coordinator to check the roster.")
MSG_REFUSED_RISK = QT_TRANSLATE_NOOP("Sync", "Refused a change to a risk assessment by {name} (JPO): a JPO may not see or change risk assessments.")


@dataclass
class Result:
    applied: int = 0
    conflicts: int = 0
    problems: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)  # clocks received


def refusal(author: dict, scope: str, change: dict) -> str | None:
    """Why the roster does not let ``author`` make ``change`` in ``scope``; None when he may."""
    kind, role = change.get("k"), author["role"]
    params = {"kind": kind, "name": author.get("name", ""), "role": role}
    if kind not in scopes.SYNCED_KINDS:
        return translate("Sync", MSG_REFUSED).format(**params)
    if role == "coordinator":
        return None
    if role == "jpo":
        if kind in scopes.RISK_KINDS:
            return translate("Sync", MSG_REFUSED_RISK).format(**params)
        allowed_scope = scope == scopes.jpo_scope(author["coach_id"]) or scope.startswith("school-")
        hidden = scopes.HIDDEN_FROM_JPO_FIELDS.get(kind, set())
        ok = allowed_scope and not change.get("d") and (
            kind == "visits" or (kind == "students" and "school_id" not in change.get("f", {}) and not hidden & set(change.get("f", {}))))
        return None if ok else translate("Sync", MSG_REFUSED).format(**params)
    # docent, job coach: his own school's scope, the JPO scopes (his school's mentees), the catalogues
    if scope.startswith("school-") and scope != scopes.school_scope(author.get("school_id") or ""):
        return translate("Sync", MSG_REFUSED).format(**params)
    if scope == scopes.TEAM and kind in ("schools", "coaches", "school_locations"):
        return translate("Sync", MSG_REFUSED).format(**params)
    if change.get("d") and kind == "students":
        return translate("Sync", MSG_REFUSED).format(**params)  # erasing a student is a coordinator's decision
    return None


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _device(stamp: str | None) -> str | None:
    return Hlc.parse(stamp).device if stamp else None


def _new_state() -> dict:
    return {"clocks": {}, "deleted": None, "new": True, "dirty": True}


@dataclass
class _Batch:
    """The received changes of one kind: the clocks of their records, and the rows to write."""

    kind: str
    table: Table
    states: dict[str, dict]  # record id: {"clocks", "deleted", "new", "dirty"}
    existing: set[str]  # ids of the records this file holds
    required: set[str]  # the columns a new record cannot be inserted without
    inserts: dict[str, dict] = field(default_factory=dict)
    updates: dict[str, dict] = field(default_factory=lambda: defaultdict(dict))
    deletes: list[str] = field(default_factory=list)


def apply(connection, changes: list[dict], *, device: str, role: str) -> Result:
    """Apply ``changes`` (each: k kind, r record id, h clock, f fields, p replaced clocks, d tombstone,
    a author, fh per-field clocks of a snapshot) on ``connection`` inside the caller's transaction."""
    result = Result()
    pending_rows = connection.execute(select(PendingChange.__table__.c.change)).all()
    connection.execute(delete(PendingChange.__table__))
    changes = [row[0] for row in pending_rows] + changes
    if role == "jpo":  # a JPO's file never holds what he may not see, whoever sent it
        changes = [c if c["k"] in scopes.TEAM_KINDS else c | {"f": scopes.fields_for_scope("jpo-x", c["k"], c.get("f", {})) or {}}
                   for c in changes if c["k"] in scopes.JPO_KINDS | scopes.TEAM_KINDS]
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for change in changes:
        if change.get("k") in scopes.MODELS:
            by_kind[change["k"]].append(change)
    clock_table = RecordClock.__table__
    erased = {row[0] for row in connection.execute(select(clock_table.c.record_id).where(
        clock_table.c.kind == "students", clock_table.c.deleted.is_not(None)))}
    touched_placements: set[str] = set()
    for kind in scopes.ORDER:
        items = by_kind.get(kind)
        if not items:
            continue
        batch = _load(connection, kind, items)
        for change in items:
            _apply_change(connection, result, batch, change, device, erased, touched_placements)
        _write_rows(connection, kind, batch.table, batch.inserts, batch.updates, batch.deletes)
        _write_clocks(connection, kind, batch.states)
    _refresh_summaries(connection, touched_placements)
    return result


def _load(connection, kind: str, items: list[dict]) -> _Batch:
    """The clocks of the records these changes touch, and which of those records exist here."""
    clock_table = RecordClock.__table__
    table = scopes.MODELS[kind].__table__
    ids = list({c["r"] for c in items})
    states: dict[str, dict] = {}
    existing: set[str] = set()
    for chunk in _chunks(ids):
        for record_id, clocks, deleted in connection.execute(select(clock_table.c.record_id, clock_table.c.clocks, clock_table.c.deleted)
                                                             .where(clock_table.c.kind == kind, clock_table.c.record_id.in_(chunk))):
            states[record_id] = {"clocks": dict(clocks), "deleted": deleted, "new": False, "dirty": False}
        existing.update(row[0] for row in connection.execute(select(table.c.id).where(table.c.id.in_(chunk))))
    required = {c.key for c in table.columns if not c.nullable and c.default is None and c.server_default is None and not c.primary_key}
    return _Batch(kind, table, states, existing, required)


def _apply_change(connection, result: Result, batch: _Batch, change: dict, device: str, erased: set[str], touched_placements: set[str]) -> None:
    record_id = change["r"]
    result.seen.append(change["h"])
    state = batch.states.get(record_id)
    if state is not None and state["deleted"]:
        return  # deleted for good
    student_id = change.get("f", {}).get("student_id")
    if student_id in erased:
        return
    if change.get("d"):
        _apply_tombstone(connection, result, batch, change, state, device, erased)
        return
    present = record_id in batch.existing or record_id in batch.inserts
    if not present and not batch.required <= set(change.get("f", {})) | {"id"}:
        connection.execute(PendingChange.__table__.insert().values(change=change))  # its record comes later
        return
    if state is None:
        state = batch.states[record_id] = _new_state()
    winners = _winners(connection, result, batch, change, state, device)
    if not winners:
        return
    result.applied += 1
    if record_id in batch.existing:
        batch.updates[record_id].update(winners)
    else:
        batch.inserts.setdefault(record_id, {"id": record_id}).update(winners)
    if batch.kind == "visits":
        placement_ids = (winners.get("placement_id"), _current(connection, batch.table, record_id, "placement_id", batch.inserts, batch.updates))
        touched_placements.update(cast(str, p) for p in placement_ids if p)  # a placement's id is text
    if batch.kind == "placements":
        touched_placements.add(record_id)


def _apply_tombstone(connection, result: Result, batch: _Batch, change: dict, state: dict | None, device: str, erased: set[str]) -> None:
    """A deletion: it wins over every edit; an edit of mine it overtakes is kept as an item to check."""
    record_id = change["r"]
    if state is None:
        state = batch.states[record_id] = _new_state()
    seen = change.get("p", {}).get("*")
    mine = [name for name, (stamp, _prev) in state["clocks"].items() if _device(stamp) == device and (seen is None or stamp > seen)]
    if mine and record_id in batch.existing:
        _conflict(connection, result, batch.kind, record_id, DELETED_FIELD, None, "deleted", change)
    state["deleted"], state["clocks"], state["dirty"] = change["h"], {}, True
    batch.deletes.append(record_id)
    batch.inserts.pop(record_id, None)
    batch.updates.pop(record_id, None)
    if batch.kind == "students":
        erased.add(record_id)
    result.applied += 1


def _winners(connection, result: Result, batch: _Batch, change: dict, state: dict, device: str) -> dict:
    """The fields of ``change`` whose clock is later than the value held; a concurrent edit of mine it loses to or beats is kept
    as an item to check."""
    record_id = change["r"]
    winners = {}
    per_field = change.get("fh", {})
    for name, value in change.get("f", {}).items():
        stamp, prev = per_field.get(name, change["h"]), change.get("p", {}).get(name)
        local = state["clocks"].get(name)
        if local is not None and stamp == local[0]:
            continue
        incoming_wins = local is None or stamp > local[0]
        if local is not None and _device(local[0]) == device:
            concurrent = not (prev and prev >= local[0]) if incoming_wins else not (local[1] and local[1] >= stamp)
            if concurrent:
                current = _current(connection, batch.table, record_id, name, batch.inserts, batch.updates)
                if current != value:
                    _conflict(connection, result, batch.kind, record_id, name, current, value, change)
        if incoming_wins:
            state["clocks"][name] = [stamp, prev]
            state["dirty"] = True
            winners[name] = value
    return winners


def _current(connection, table, record_id: str, name: str, inserts: dict, updates: dict) -> object:
    for pending in (updates.get(record_id, {}), inserts.get(record_id, {})):
        if name in pending:
            return pending[name]
    if name not in table.c:
        return None
    return plain(connection.execute(select(table.c[name]).where(table.c.id == record_id)).scalar())


def _conflict(connection, result: Result, kind: str, record_id: str, name: str, mine: object, theirs: object, change: dict) -> None:
    table = Conflict.__table__
    open_item = connection.execute(select(table.c.id).where(table.c.kind == kind, table.c.record_id == record_id, table.c.field == name,
                                                            table.c.at == change["h"], table.c.resolved.is_(False))).first()
    if open_item:
        return
    connection.execute(table.insert().values(kind=kind, record_id=record_id, field=name, mine=mine, theirs=theirs,
                                             by=change.get("a"), at=change["h"], resolved=False))
    result.conflicts += 1


def _converted(table, values: dict) -> dict:
    return {name: to_column(table.c[name], value) for name, value in values.items() if name in table.c}


def _write_rows(connection, kind: str, table, inserts: dict, updates: dict, deletes: list[str]) -> None:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for values in inserts.values():
        row = _converted(table, values)
        groups[tuple(sorted(row))].append(row)
    for rows in groups.values():
        connection.execute(table.insert(), rows)
    for record_id, values in updates.items():
        if values:
            connection.execute(table.update().where(table.c.id == record_id).values(**_converted(table, values)))
    for chunk in _chunks(deletes):
        if kind == "students":  # the database's cascades are off while changes are applied
            assessments = select(m.RiskAssessment.id).where(m.RiskAssessment.student_id.in_(chunk))
            connection.execute(delete(m.RiskAction.__table__).where(m.RiskAction.assessment_id.in_(assessments)))
            for child in (m.RiskAssessment, m.Visit, m.Placement, m.JpoPairing):
                connection.execute(delete(child.__table__).where(child.__table__.c.student_id.in_(chunk)))
        if kind == "risk_assessments":
            connection.execute(delete(m.RiskAction.__table__).where(m.RiskAction.assessment_id.in_(chunk)))
        connection.execute(delete(table).where(table.c.id.in_(chunk)))


def _write_clocks(connection, kind: str, states: dict) -> None:
    table = RecordClock.__table__
    new = [{"kind": kind, "record_id": r, "clocks": s["clocks"], "deleted": s["deleted"]} for r, s in states.items() if s["new"] and s["dirty"]]
    for chunk in _chunks(new, 5000):
        connection.execute(table.insert(), chunk)
    for record_id, state in states.items():
        if not state["new"] and state["dirty"]:
            connection.execute(table.update().where(and_(table.c.kind == kind, table.c.record_id == record_id))
                               .values(clocks=state["clocks"], deleted=state["deleted"]))


def _refresh_summaries(connection, placement_ids: set[str]) -> None:
    """The contact summary of each placement whose contacts changed (as services.records keeps it),
    in one statement per 500 placements."""
    visits, placements = m.Visit.__table__, m.Placement.__table__
    own = visits.c.placement_id == placements.c.id
    latest = select(visits.c.visited_on).where(own).order_by(visits.c.visited_on.desc(), visits.c.created_at.desc()).limit(1)
    due = select(visits.c.next_contact_due).where(own).order_by(visits.c.visited_on.desc(), visits.c.created_at.desc()).limit(1)
    on_site = select(func.count()).where(own, visits.c.kind.in_([k.value for k in m.ON_SITE_KINDS]))
    for chunk in _chunks(sorted(placement_ids)):
        connection.execute(placements.update().where(placements.c.id.in_(chunk)).values(
            last_contact_on=latest.scalar_subquery(), next_contact_due=due.scalar_subquery(),
            contact_count=select(func.count()).where(own).scalar_subquery(), on_site_count=on_site.scalar_subquery()))
