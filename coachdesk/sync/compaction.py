"""Compaction by a coordinator: a snapshot per scope replaces the bundles it covers.

The snapshot holds every record of the scope as it is now, with each field's clock, and the
tombstones; so an erased student's data, which lived on in old bundles, leaves the team folder,
while his tombstone keeps erasing him on a laptop that has not synced for a while. A laptop that
is behind applies the snapshot (the same field-level merge: nothing newer is overruled) and
continues with the bundles after it.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.sync import bundles, engine, folder, hlc, scopes
from coachdesk.sync.membership import _coordinator
from coachdesk.sync.state import RecordClock, get_value
from coachdesk.sync.values import plain


def scope_changes(connection) -> dict[str, list[dict]]:
    index = scopes.Index(connection)
    clock_table = RecordClock.__table__
    per_scope: dict[str, list[dict]] = defaultdict(list)
    for kind in scopes.ORDER:
        clocks = {r: (c, d) for r, c, d in connection.execute(select(clock_table.c.record_id, clock_table.c.clocks, clock_table.c.deleted)
                                                               .where(clock_table.c.kind == kind))}
        table = scopes.MODELS[kind].__table__
        names = scopes.shared_fields(kind)
        for row in connection.execute(select(*[table.c[n] for n in names])):
            values = {name: plain(value) for name, value in zip(names, row)}
            known = clocks.get(values["id"], ({}, None))[0]
            stamped = {n: v for n, v in values.items() if n in known}
            if not stamped:
                continue
            for scope in scopes.scopes_of(connection, kind, values, index):
                fields = scopes.fields_for_scope(scope, kind, stamped)
                if fields:
                    stamps = {n: known[n][0] for n in fields}
                    per_scope[scope].append({"k": kind, "r": values["id"], "h": max(stamps.values()), "fh": stamps,
                                             "p": {n: known[n][1] for n in fields}, "f": fields, "a": None})
        for record_id, (_clocks, deleted) in clocks.items():
            if deleted:
                tombstone = {"k": kind, "r": record_id, "h": deleted, "d": True, "f": {}, "p": {}, "a": None}
                per_scope["*team" if kind in scopes.TEAM_KINDS else "*students"].append(tombstone)
    settings = m.Setting.__table__
    setting_clocks = {r: c for r, c in connection.execute(select(clock_table.c.record_id, clock_table.c.clocks)
                                                           .where(clock_table.c.kind == scopes.SETTINGS))}
    for key, value in connection.execute(select(settings.c.key, settings.c.value)):
        known = (setting_clocks.get(key) or {}).get("value")
        if known:
            per_scope[scopes.TEAM].append({"k": scopes.SETTINGS, "r": key, "h": known[0], "fh": {"value": known[0]},
                                           "p": {"value": known[1]}, "f": {"value": value}, "a": None})
    return per_scope


def compact(database) -> dict:
    """Sync, then write a snapshot per scope and remove the bundles it covers; returns counts."""
    ident, current, team = engine.load(database)
    _coordinator(current, ident)
    engine.sync(database)
    keys = engine.scope_keys(team, current, ident)
    with database.session() as session:
        connection = session.connection()
        received = dict(get_value(connection, "received", {}))
        sent = dict(get_value(connection, "sent_seq", {}))
        per_scope = scope_changes(connection)
        stamp = hlc.tick(get_value(connection, "clock"), ident["device"])
    removed = written = 0
    for scope_dir in sorted(p for p in (team / "scopes").iterdir() if p.is_dir()):
        scope = scope_dir.name
        if scope not in keys:
            continue
        covers = {position.split("/", 1)[1]: n for position, n in received.items() if position.split("/", 1)[0] == scope}
        covers[ident["device"]] = sent.get(scope, 0)
        changes = per_scope.get(scope, []) + per_scope.get("*team" if scope == scopes.TEAM else "*students", [])
        data = bundles.encode(ident, current["team_id"], scope, 0, keys[scope]["doc"]["generations"][-1],
                              {"covers": covers, "changes": changes}, snapshot=stamp)
        target = scope_dir / ident["device"] / f"snapshot-{stamp}.cdb"
        folder.write_atomically(target, data)
        written += 1
        for device_dir in (p for p in scope_dir.iterdir() if p.is_dir()):
            limit = covers.get(device_dir.name, 0)
            for path in device_dir.iterdir():
                match = bundles.BUNDLE_NAME.match(path.name)
                old_snapshot = bundles.SNAPSHOT_NAME.match(path.name)
                if (match and int(match.group(1)) <= limit) or (old_snapshot and path != target):
                    path.unlink()
                    removed += 1
    return {"snapshots": written, "removed": removed}
