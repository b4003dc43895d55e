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

from sqlalchemy import Table, and_, delete, func, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from coachdesk.domain import clock, policy
from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.sync import scopes
from coachdesk.sync.hlc import Hlc
from coachdesk.sync.state import Conflict, PendingChange, RecordClock, RefusedChange
from coachdesk.sync.values import plain, to_column

DELETED_FIELD = "_deleted"
CHUNK = 500

MSG_UNKNOWN_KIND = QT_TRANSLATE_NOOP("Sync", "Ignored a change by {name} to \"{kind}\", which this version of CoachDesk does not know. Install the newest version.")


@dataclass
class Result:
    applied: int = 0
    conflicts: int = 0
    problems: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)  # clocks received
    refused: dict[str, int] = field(default_factory=dict)  # author coach id: changes refused


def unknown_kind(author: dict, change: dict) -> str | None:
    """A change of a kind this version does not share; None when it is known (the policy judges it when applied)."""
    if change.get("k") in scopes.SYNCED_KINDS or change.get("k") == scopes.SETTINGS:
        return None
    return translate("Sync", MSG_UNKNOWN_KIND).format(name=author.get("name", ""), kind=str(change.get("k"))[:40])


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


def apply(connection, changes: list[dict], *, device: str, role: str, authors: dict[str, dict] | None = None,
          me: str | None = None) -> Result:
    """Apply ``changes`` (each: k kind, r record id, h clock, f fields, p replaced clocks, d tombstone,
    a author, fh per-field clocks of a snapshot, t trusted: part of a coordinator's snapshot) on ``connection``
    inside the caller's transaction. Each change is judged by the write policy with its author's roster entry
    (``authors``: coach id -> entry) and the record as it stands here; a refused one is kept as refused, never applied.
    ``role`` is this laptop's member's role: what it may not read is never written here."""
    result = Result()
    pending_rows = connection.execute(select(PendingChange.__table__.c.change)).all()
    connection.execute(delete(PendingChange.__table__))
    changes = [row[0] for row in pending_rows] + changes
    changes = [held for held in (_readable_part(role, change) for change in changes) if held is not None]
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for change in changes:
        if change.get("k") in scopes.MODELS:
            by_kind[change["k"]].append(change)
    clock_table = RecordClock.__table__
    erased = {row[0] for row in connection.execute(select(clock_table.c.record_id).where(
        clock_table.c.kind == "students", clock_table.c.deleted.is_not(None)))}
    touched_placements: set[str] = set()
    judge = _Judge(connection, authors or {}, result)
    for kind in scopes.ORDER:
        items = by_kind.get(kind)
        if not items:
            continue
        batch = _load(connection, kind, items)
        for change in items:
            _apply_change(connection, result, batch, change, device, erased, touched_placements, judge)
        _write_rows(connection, kind, batch.table, batch.inserts, batch.updates, batch.deletes)
        _write_clocks(connection, kind, batch.states)
    _apply_settings(connection, result, [c for c in changes if c.get("k") == scopes.SETTINGS], judge)
    if role == policy.JPO and me:
        touched_placements -= purge_former_mentees(connection, me)
    _refresh_summaries(connection, touched_placements)
    return result


def _readable_part(role: str, change: dict) -> dict | None:
    """The part of ``change`` this laptop may hold (the policy's reading rules); None: nothing of it."""
    kind = policy.kind_of_table(str(change.get("k")))
    if not policy.may_read_kind(role, kind):
        return None
    hidden = policy.hidden_fields(role, kind)
    if hidden and hidden & set(change.get("f", {})):
        change = change | {"f": {n: v for n, v in change["f"].items() if n not in hidden}}
    return change


class _Judge:
    """The write policy asked for each received change: its author from the roster, the record as it stands here."""

    def __init__(self, connection, authors: dict[str, dict], result: Result) -> None:
        self.connection, self.authors, self.result = connection, authors, result

    def allows(self, batch: _Batch, change: dict, state: dict | None) -> bool:
        if change.get("t"):
            return True  # a coordinator's snapshot of what his laptop accepted
        author = self.authors.get(change.get("a"))  # type: ignore[arg-type]
        kind = policy.kind_of_table(batch.kind)
        if author is not None and author["role"] == policy.COORDINATOR and kind not in policy.FIXED_KINDS:
            return True
        stamps = change.get("fh", {})
        fresh = {name: value for name, value in change.get("f", {}).items()
                 if state is None or state["clocks"].get(name, [None])[0] != stamps.get(name, change["h"])}
        if not fresh and not change.get("d"):
            return True  # nothing new in it: the merge skips it anyway
        if author is None:
            refusals = [policy.Refusal(policy.WHOLE, policy.DENIED_CHANGE)]
        else:
            current = self._current(batch, change["r"])
            action = policy.DELETE if change.get("d") else policy.CHANGE if current is not None else policy.CREATE
            merged = (current or {}) | fresh
            who = policy.Who(author["role"], author["coach_id"], author.get("school_id"))
            refusals = policy.judge(who, kind, action, fresh, current, self._standing(kind, current, merged, author))
        if refusals:
            self._keep(batch.kind, change, refusals, kind)
        return not refusals

    def allows_setting(self, change: dict) -> bool:
        """A team setting: changed only by a role that may change the team's settings."""
        author = self.authors.get(change.get("a"))  # type: ignore[arg-type]
        if change.get("t") or (author is not None and policy.may_do(author["role"], "team_settings")):
            return True
        self._keep(scopes.SETTINGS, change, [policy.Refusal(change["r"], policy.DENIED_CHANGE)], scopes.SETTINGS)
        return False

    def _current(self, batch: _Batch, record_id: str) -> dict | None:
        row = self.connection.execute(select(batch.table).where(batch.table.c.id == record_id)).first()
        values = {name: plain(value) for name, value in row._mapping.items()} if row is not None else None
        if values is None and record_id in batch.inserts:
            values = dict(batch.inserts[record_id])
        if values is not None:
            values |= batch.updates.get(record_id, {})
        return values

    def _standing(self, kind: str, current: dict | None, merged: dict, author: dict) -> policy.Standing:
        return scopes.standing(lambda statement: self.connection.execute(statement).scalar(), kind, current, merged,
                               author["role"], author["coach_id"])

    def _keep(self, table_kind: str, change: dict, refusals: list[policy.Refusal], kind: str) -> None:
        """Refused: kept to be listed (author, field, when), never applied; his later changes are judged on their own."""
        sensitive = policy.sensitive_fields(kind)
        table = RefusedChange.__table__
        for refusal in refusals:
            value = None if refusal.whole or refusal.field in sensitive else change.get("f", {}).get(refusal.field)
            self.connection.execute(sqlite_insert(table).values(
                kind=table_kind, record_id=change["r"], field=refusal.field, value=value, by=change.get("a"), at=change["h"],
                reason=refusal.text, seen=False).on_conflict_do_nothing())
        author = str(change.get("a"))
        self.result.refused[author] = self.result.refused.get(author, 0) + 1


def _apply_settings(connection, result: Result, changes: list[dict], judge: _Judge) -> None:
    """The team's settings: per key the latest clock wins, as for a record's field; from a role that may change them."""
    settings, clocks = m.Setting.__table__, RecordClock.__table__
    for change in changes:
        result.seen.append(change["h"])
        key, fields = change["r"], change.get("f", {})
        if key not in policy.TEAM_SETTINGS or "value" not in fields:
            continue
        stamp = change.get("fh", {}).get("value", change["h"])
        held = connection.execute(select(clocks.c.clocks).where(clocks.c.kind == scopes.SETTINGS, clocks.c.record_id == key)).first()
        local = (held[0] or {}).get("value") if held else None
        if local is not None and stamp <= local[0]:
            continue
        if not judge.allows_setting(change):
            continue
        value = fields["value"]
        upsert = sqlite_insert(settings).values(key=key, value=value)
        connection.execute(upsert.on_conflict_do_update(index_elements=[settings.c.key], set_={"value": value}))
        clock = {"value": [stamp, change.get("p", {}).get("value")]}
        if held:
            connection.execute(clocks.update().where(clocks.c.kind == scopes.SETTINGS, clocks.c.record_id == key).values(clocks=clock))
        else:
            connection.execute(clocks.insert().values(kind=scopes.SETTINGS, record_id=key, clocks=clock, deleted=None))
        result.applied += 1


def purge_former_mentees(connection, jpo_id: str) -> set[str]:
    """On a JPO's laptop: the students who are not (or no longer) his active mentees leave it, with their pairings,
    placements and contacts, and their clocks (so a later pairing brings them back whole). Nothing of it is sent:
    this is what his laptop holds, not a deletion in the team. Returns the placement ids removed."""
    students, pairings = m.Student.__table__, m.JpoPairing.__table__
    today = clock.today()
    active = select(pairings.c.student_id).where(pairings.c.jpo_id == jpo_id, pairings.c.since <= today,
                                                 or_(pairings.c.until.is_(None), pairings.c.until >= today))
    gone = [row[0] for row in connection.execute(select(students.c.id).where(students.c.id.not_in(active)))]
    removed_placements: set[str] = set()
    clocks = RecordClock.__table__
    for chunk in _chunks(gone):
        for child in (m.RouteEntry, m.RouteItem, m.Route, m.Visit, m.Placement, m.JpoPairing):
            table = child.__table__
            ids = [row[0] for row in connection.execute(select(table.c.id).where(table.c.student_id.in_(chunk)))]
            if child is m.Placement:
                removed_placements.update(ids)
            for part in _chunks(ids):
                connection.execute(delete(clocks).where(clocks.c.kind == table.name, clocks.c.record_id.in_(part)))
            connection.execute(delete(table).where(table.c.student_id.in_(chunk)))
        connection.execute(delete(clocks).where(clocks.c.kind == "students", clocks.c.record_id.in_(chunk), clocks.c.deleted.is_(None)))
        connection.execute(delete(students).where(students.c.id.in_(chunk)))
    return removed_placements


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


def _apply_change(connection, result: Result, batch: _Batch, change: dict, device: str, erased: set[str], touched_placements: set[str],
                  judge: _Judge) -> None:
    record_id = change["r"]
    result.seen.append(change["h"])
    state = batch.states.get(record_id)
    if state is not None and state["deleted"]:
        return  # deleted for good
    student_id = change.get("f", {}).get("student_id")
    if student_id in erased:
        return
    if change.get("d"):
        if judge.allows(batch, change, state):
            _apply_tombstone(connection, result, batch, change, state, device, erased)
        return
    present = record_id in batch.existing or record_id in batch.inserts
    if not present and not batch.required <= set(change.get("f", {})) | {"id"}:
        connection.execute(PendingChange.__table__.insert().values(change=change))  # its record comes later
        return
    if not judge.allows(batch, change, state):
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
            for child in (m.RiskAssessment, m.Visit, m.Placement, m.JpoPairing, m.TravelTime, m.RouteEntry, m.RouteItem, m.Route):
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
