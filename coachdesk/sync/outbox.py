"""The outbox: one session hook, like the audit trail, so that no service can forget to share a change.

In the same flush (so the same transaction) as a change of a shared record, it writes a change
record: the kind, the record id, the new values of the changed fields, a hybrid logical clock,
the author, and for each field the clock of the value it replaced (to tell a concurrent edit from
a later one). A deletion becomes an explicit tombstone. Nothing is written for a data folder
that belongs to no team.
"""
from __future__ import annotations

from typing import cast

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from coachdesk.domain import models as m
from coachdesk.domain import policy
from coachdesk.sync import hlc, scopes
from coachdesk.sync.state import OutboxEntry, RecordClock, get_value, identity, set_value
from coachdesk.sync.values import plain

APPLYING_KEY = "coachdesk.sync.applying"
_TOMBSTONE_SCOPES = "coachdesk.sync.tombstone_scopes"


class Writer:
    """Writes change records and their clocks for one flush (or one bulk snapshot)."""

    def __init__(self, connection, ident: dict) -> None:
        self.connection = connection
        self.device = ident["device"]
        self.author = ident["coach_id"]
        self.last = get_value(connection, "clock")
        self.entries: list[dict] = []
        self.clock_rows: dict[tuple[str, str], dict] = {}

    def _clocks(self, kind: str, record_id: str) -> dict:
        key = (kind, record_id)
        if key not in self.clock_rows:
            table = RecordClock.__table__
            row = self.connection.execute(select(table.c.clocks, table.c.deleted).where(
                table.c.kind == kind, table.c.record_id == record_id)).first()
            self.clock_rows[key] = {"clocks": dict(row[0]) if row else {}, "deleted": row[1] if row else None, "new": row is None}
        return self.clock_rows[key]

    def change(self, kind: str, record_id: str, fields: dict, record_scopes: list[str], *, deleted: bool = False,
               known_new: bool = False) -> None:
        stamp = hlc.tick(self.last, self.device)
        self.last = stamp
        if known_new:
            state = self.clock_rows.setdefault((kind, record_id), {"clocks": {}, "deleted": None, "new": True})
        else:
            state = self._clocks(kind, record_id)
        prev = {name: state["clocks"].get(name, [None])[0] for name in fields} if not deleted else \
            {"*": max((c[0] for c in state["clocks"].values()), default=None)}
        if deleted:
            state["deleted"], state["clocks"] = stamp, {}
        else:
            for name in fields:
                state["clocks"][name] = [stamp, prev[name]]
        self.entries.append({"hlc": stamp, "kind": kind, "record_id": record_id, "fields": fields, "prev": prev,
                             "deleted": deleted, "scopes": record_scopes, "author": self.author, "sent": False})

    def write(self) -> None:
        if not self.entries:
            return
        self.connection.execute(OutboxEntry.__table__.insert(), self.entries)
        table = RecordClock.__table__
        new = [{"kind": k, "record_id": r, "clocks": s["clocks"], "deleted": s["deleted"]}
               for (k, r), s in self.clock_rows.items() if s["new"]]
        if new:
            self.connection.execute(table.insert(), new)
        for (kind, record_id), state in self.clock_rows.items():
            if not state["new"]:
                self.connection.execute(table.update().where(table.c.kind == kind, table.c.record_id == record_id)
                                        .values(clocks=state["clocks"], deleted=state["deleted"]))
        set_value(self.connection, "clock", self.last)
        self.entries, self.clock_rows = [], {}


def _values(record: m.Base, kind: str, names: list[str] | None = None) -> dict:
    return {name: plain(getattr(record, name)) for name in (names if names is not None else scopes.shared_fields(kind))}


@event.listens_for(Session, "before_flush")
def _remember_tombstone_scopes(session: Session, _context, _instances) -> None:
    """The scopes of a record about to be deleted, while its links (pairings) still exist."""
    if session.info.get(APPLYING_KEY) or not session.deleted:
        return
    connection = session.connection()
    if identity(connection) is None:
        return
    remembered = session.info.setdefault(_TOMBSTONE_SCOPES, {})
    for record in session.deleted:
        kind = getattr(record, "__tablename__", None)
        if kind in scopes.SYNCED_KINDS:
            remembered[(kind, record.id)] = scopes.scopes_of(connection, kind, _values(record, kind))


@event.listens_for(Session, "after_flush")
def _write_changes(session: Session, _context) -> None:
    if session.info.get(APPLYING_KEY):
        return
    records = [r for r in (*session.new, *session.dirty, *session.deleted) if getattr(r, "__tablename__", None) in scopes.SYNCED_KINDS]
    settings = [r for r in (*session.new, *session.dirty) if isinstance(r, m.Setting) and r.key in policy.TEAM_SETTINGS
                and (r in session.new or inspect(r).attrs.value.history.has_changes())]
    if not records and not settings:
        return
    connection = session.connection()
    ident = identity(connection)
    if ident is None:
        return
    writer = Writer(connection, ident)
    for setting in settings:
        writer.change(scopes.SETTINGS, setting.key, {"value": setting.value}, [scopes.TEAM])
    remembered = session.info.pop(_TOMBSTONE_SCOPES, {})
    for record in session.new:
        kind = getattr(record, "__tablename__", None)
        if kind in scopes.SYNCED_KINDS:
            values = _values(record, kind)
            writer.change(kind, record.id, values, scopes.scopes_of(connection, kind, values), known_new=True)
    for record in session.dirty:
        kind = getattr(record, "__tablename__", None)
        if kind not in scopes.SYNCED_KINDS or kind in scopes.INSERT_ONLY or record in session.deleted:
            continue
        state = inspect(record)
        shared = set(scopes.shared_fields(kind))
        changed = [a.key for a in state.attrs if a.key in shared and a.history.has_changes()]
        if changed:
            writer.change(kind, record.id, _values(record, kind, changed), scopes.scopes_of(connection, kind, _values(record, kind)))
    for record in session.deleted:
        kind = getattr(record, "__tablename__", None)
        if kind in scopes.SYNCED_KINDS:
            writer.change(kind, record.id, {}, remembered.get((kind, record.id), []), deleted=True)
    writer.write()


SNAPSHOT_PAGE = 5_000


def snapshot_all(connection, ident: dict) -> int:
    """Change records for every shared record already in the data file (a team's first snapshot,
    also of records written in bulk, like demo data). Returns how many."""
    writer = Writer(connection, ident)
    index = scopes.Index(connection)
    count = 0
    for kind in scopes.ORDER:
        table = scopes.MODELS[kind].__table__
        names = scopes.shared_fields(kind)
        for row in connection.execute(select(*[table.c[n] for n in names])):
            values = {name: plain(value) for name, value in zip(names, row)}
            # enums come back from Core as their members, dates as dates: plain() made them JSON
            writer.change(kind, cast(str, values["id"]), values, scopes.scopes_of(connection, kind, values, index), known_new=True)
            count += 1
            if len(writer.entries) >= SNAPSHOT_PAGE:  # written as it goes: memory stays bounded at any size
                writer.write()
        writer.write()
    settings = m.Setting.__table__
    for key, value in connection.execute(select(settings.c.key, settings.c.value).where(settings.c.key.in_(sorted(policy.TEAM_SETTINGS)))):
        writer.change(scopes.SETTINGS, key, {"value": value}, [scopes.TEAM], known_new=True)
        count += 1
    writer.write()
    return count
