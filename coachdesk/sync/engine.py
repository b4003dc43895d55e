"""One sync: send the outbox as a bundle per scope, receive every readable bundle, apply it.

Fail-safes: nothing is sent or applied when the team folder looks empty, its roster is missing
or forged, or it was written by a newer version. A bundle that is incomplete, damaged or fails
authentication is skipped and reported, and tried again next time; a gap in a device's sequence
numbers is waited on; copies made by a sync client ("00000003 (LAPTOP-X).cdb") are ignored and
reported. A clock far off is reported.
"""
from __future__ import annotations

import json
import secrets
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select

from coachdesk.domain import clock
from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from coachdesk.domain.labels import choice_label
from coachdesk.sync import bundles, folder, hlc, merge, roster, scopes
from coachdesk.sync.roster import SyncError
from coachdesk.sync.state import OutboxEntry, RecordClock, get_value, identity, set_value
from coachdesk.sync.values import plain

MSG_NO_TEAM = QT_TRANSLATE_NOOP("Sync", "This data folder belongs to no team. A coordinator starts one with 'coachdesk team create'; a member joins with 'coachdesk team join'.")
MSG_EMPTY = QT_TRANSLATE_NOOP("Sync", "The team folder {path} looks empty or is not reachable. Check that the shared folder is connected and fully synchronised; nothing was changed.")
MSG_NEWER = QT_TRANSLATE_NOOP("Sync", "The team folder {path} was written by a newer version of CoachDesk. Install the newest version; nothing was changed.")
MSG_OTHER_TEAM = QT_TRANSLATE_NOOP("Sync", "The folder {path} belongs to another team. Choose this team's folder; nothing was changed.")
MSG_NOT_MEMBER = QT_TRANSLATE_NOOP("Sync", "You are no longer a member of this team: nothing was sent or received. Ask your coordinator.")
MSG_BAD_BUNDLE = QT_TRANSLATE_NOOP("Sync", "Skipped {file}: it is incomplete, damaged or not signed by a team member ({reason}). It will be tried again at the next sync.")
MSG_REPLAYED = QT_TRANSLATE_NOOP("Sync", "Skipped {file}: it repeats a bundle written for another place in the team folder (copied or put back). The member's later changes are received as usual; the file may be deleted.")
MSG_READ_ONLY = QT_TRANSLATE_NOOP("Sync", "Your changes could not be written to the team folder {path} ({reason}): it may be read-only or full. They wait on this laptop and are sent at the next sync; changes of others were received.")
MSG_KEYS_ROLLED_BACK = QT_TRANSLATE_NOOP("Sync", "The key document of {scope} in the team folder is older than one this laptop has seen (an old copy was put back). This laptop keeps using the newest; a coordinator's next sync writes it back.")
MSG_RESENT = QT_TRANSLATE_NOOP("Sync", "The team folder lacked changes this laptop had sent ({scope}): it was restored from an older copy. {count} values were sent again, so every laptop agrees again.")
MSG_COPY = QT_TRANSLATE_NOOP("Sync", "Ignored {file}: a copy made by the sync program of the shared folder. It may be deleted.")
MSG_GAP = QT_TRANSLATE_NOOP("Sync", "Waiting for {file}, which has not arrived yet; the changes after it follow when it has.")
MSG_NO_KEY = QT_TRANSLATE_NOOP("Sync", "Changes for {scope} wait: that part of the team has no key yet. Ask your coordinator to sync once.")
MSG_CLOCK = QT_TRANSLATE_NOOP("Sync", "A change from {name} is dated {minutes} minutes after this laptop's time: the clock of one of the two laptops is wrong. Check the date and time.")


def _check_folder(team: Path, ident: dict) -> None:
    info_path = team / folder.TEAM_FILE
    if not team.is_dir() or not info_path.is_file() or not (team / "scopes").is_dir():
        raise SyncError(MSG_EMPTY, path=team)
    try:
        info = folder.read_json(info_path)
    except (OSError, ValueError):
        raise SyncError(MSG_EMPTY, path=team) from None
    if not isinstance(info, dict) or info.get("format", 0) > folder.FORMAT:
        raise SyncError(MSG_NEWER, path=team)
    if info.get("team_id") != ident["team_id"]:
        raise SyncError(MSG_OTHER_TEAM, path=team)


def load(database) -> tuple[dict, dict, Path]:
    """This member's identity, the checked current roster, and the team folder; raises SyncError."""
    with database.transaction() as session:
        connection = session.connection()
        ident = identity(connection)
        trusted = get_value(connection, "roster")
    if ident is None:
        raise SyncError(MSG_NO_TEAM)
    team = Path(ident["folder"])
    _check_folder(team, ident)
    try:
        current = roster.read_roster(team, trusted)
    except roster.RosterError as error:
        # An older roster than this laptop knows: the team folder was restored from an older copy (or is still
        # arriving). A coordinator puts the newest back, signed again by him; the others wait for that.
        me = roster.member(trusted, ident["coach_id"]) if trusted else None
        if error.text != roster.MSG_ROSTER_OLDER or me is None or me["role"] != roster.COORDINATOR:
            raise
        roster.write_roster(team, ident, {key: value for key, value in trusted.items() if key != "issued_by"})
        current = roster.read_roster(team, trusted)
    return ident, current, team


def scope_keys(team: Path, current: dict, ident: dict) -> dict[str, dict]:
    """scope -> {"doc": key document, "private": {gen: private key}} for every scope with a key document."""
    result = {}
    for path in sorted((team / "keys").glob("*.json")):
        document = roster.read_keys(team, path.stem, current)
        if document is not None:
            result[path.stem] = {"doc": document, "private": roster.my_keys(document, ident)}
    return result


def ensure_scope(team: Path, current: dict, ident: dict, keys: dict, scope: str) -> bool:
    """A key document for ``scope``; a coordinator makes a missing one. False when there is none."""
    if scope in keys:
        return True
    me = roster.member(current, ident["coach_id"])
    if me is None or me["role"] != roster.COORDINATOR:
        return False
    document, _private = roster.new_generation(None, scope, current, current["team_id"])
    roster.write_keys(team, ident, document)
    keys[scope] = {"doc": roster.read_keys(team, scope, current) or document, "private": roster.my_keys(document, ident)}
    return True


def _encode_change(entry: dict, fields: dict) -> dict:
    change = {"k": entry["kind"], "r": entry["record_id"], "h": entry["hlc"], "a": entry["author"], "f": fields, "p": entry["prev"]}
    if entry["deleted"]:
        change["d"] = True
    return change


def _mentee_snapshot(connection, jpo_id: str, student_id: str) -> list[dict]:
    """When a student becomes a JPO's mentee, his scope needs what it did not have: the student, his
    placements and contacts, with the clocks they have (so a snapshot never overrules a later edit)."""
    from coachdesk.domain import models as m

    result = []
    for kind, condition in (("students", m.Student.__table__.c.id == student_id),
                            ("placements", m.Placement.__table__.c.student_id == student_id),
                            ("visits", m.Visit.__table__.c.student_id == student_id)):
        table = scopes.MODELS[kind].__table__
        names = scopes.shared_fields(kind)
        for row in connection.execute(select(*[table.c[n] for n in names]).where(condition)):
            values = {name: plain(value) for name, value in zip(names, row)}
            clocks_row = connection.execute(select(RecordClock.__table__.c.clocks).where(
                RecordClock.__table__.c.kind == kind, RecordClock.__table__.c.record_id == values["id"])).scalar() or {}
            fields = scopes.fields_for_scope(scopes.jpo_scope(jpo_id), kind, {n: v for n, v in values.items() if n in clocks_row}) or {}
            if fields:
                stamps = {n: clocks_row[n][0] for n in fields}
                result.append({"k": kind, "r": values["id"], "h": max(stamps.values()), "fh": stamps,
                               "p": {n: clocks_row[n][1] for n in fields}, "f": fields, "a": None})
    return result


SEND_PAGE = 20_000  # outbox entries read, bundled and removed at a time: memory stays bounded on a team's first snapshot


def send(database, ident: dict, current: dict, team: Path, keys: dict, problems: list[str]) -> int:
    sent = 0
    table = OutboxEntry.__table__
    with database.transaction() as session:
        connection = session.connection()
        sequences = dict(get_value(connection, "sent_seq", {}))
        sent += _send_again_what_was_lost(connection, team, ident, current, keys, sequences, problems)
        waiting: set[str] = set()
        last = 0
        while True:
            rows = [dict(row._mapping) for row in connection.execute(
                select(table).where(table.c.sent.is_(False), table.c.id > last).order_by(table.c.id).limit(SEND_PAGE))]
            if not rows:
                break
            last = rows[-1]["id"]
            sent += _send_page(connection, team, ident, current, keys, rows, sequences, waiting)
        set_value(connection, "sent_seq", sequences)
        for scope in sorted(waiting):
            problems.append(translate("Sync", MSG_NO_KEY).format(scope=scope))
    return sent


def _send_page(connection, team: Path, ident: dict, current: dict, keys: dict, rows: list[dict], sequences: dict,
               waiting: set[str]) -> int:
    """One page of the outbox as a bundle per scope; the entries sent leave the outbox (the data file keeps no second
    copy of values), those for a scope without a key yet stay."""
    per_scope: dict[str, list[dict]] = defaultdict(list)
    for entry in rows:
        for scope in entry["scopes"]:
            if not ensure_scope(team, current, ident, keys, scope):
                waiting.add(scope)
                continue
            fields = scopes.fields_for_scope(scope, entry["kind"], entry["fields"])
            if fields is None or (not fields and not entry["deleted"]):
                continue
            per_scope[scope].append(_encode_change(entry, fields))
            if entry["kind"] == "jpo_pairings" and scope.startswith("jpo-") and "student_id" in fields:
                per_scope[scope].extend(_mentee_snapshot(connection, entry["fields"].get("jpo_id"), fields["student_id"]))
    sent = 0
    for scope, changes in per_scope.items():
        latest = keys[scope]["doc"]["generations"][-1]
        _path, number = bundles.write(team, ident, current["team_id"], scope, sequences.get(scope, 0) + 1, latest, changes)
        sequences[scope] = number
        sent += len(changes)
        _note_sent_clock(connection, scope, changes)
    table = OutboxEntry.__table__
    done = [entry["id"] for entry in rows if not (set(entry["scopes"]) & waiting)]
    for start in range(0, len(done), 500):
        connection.execute(delete(table).where(table.c.id.in_(done[start:start + 500])))
    return sent


def _send_again_what_was_lost(connection, team: Path, ident: dict, current: dict, keys: dict, sequences: dict,
                               problems: list[str]) -> int:
    """When this laptop's own bundles are missing from the team folder (it was restored from an older copy), send
    again every value this laptop wrote that still stands, after what anyone may have received; the missing
    numbers are filled with empty bundles, so nobody waits for them. The field-level merge skips what a laptop has."""
    behind = {}
    sent_clocks = get_value(connection, "sent_clock", {})
    for scope, number in sequences.items():
        if scope not in keys or folder.bundle_path(team, scope, ident["device"], number).exists():
            continue  # the last bundle sent is there: nothing was lost (the usual case, one look)
        snapshot = bundles.newest_snapshot(folder.scope_dir(team, scope))
        if snapshot is not None and (scope not in sent_clocks or snapshot[1] >= sent_clocks[scope]):
            continue  # a coordinator's compaction after it covers what was sent: those bundles went with it
        slot = folder.scope_dir(team, scope) / ident["device"]
        present = [int(p.name[:8]) for p in slot.iterdir() if bundles.BUNDLE_NAME.match(p.name)] if slot.is_dir() else []
        behind[scope] = max(present, default=0)
    if not behind:
        return 0
    from coachdesk.sync.compaction import scope_changes  # compaction uses this module

    per_scope = scope_changes(connection)
    device, sent = ident["device"], 0
    for scope, top in behind.items():
        tombstones = per_scope.get("*team" if scope == scopes.TEAM else "*students", [])
        mine = []
        for change in per_scope.get(scope, []) + tombstones:
            stamps = {n: s for n, s in change.get("fh", {}).items() if hlc.Hlc.parse(s).device == device}
            if change.get("d") and hlc.Hlc.parse(change["h"]).device == device:
                mine.append(change)
            elif stamps:
                mine.append(change | {"f": {n: change["f"][n] for n in stamps}, "fh": stamps, "h": max(stamps.values()),
                                      "p": {n: change["p"].get(n) for n in stamps}})
        latest = keys[scope]["doc"]["generations"][-1]
        for number in range(top + 1, sequences[scope] + 1):
            bundles.write(team, ident, current["team_id"], scope, number, latest, [])
        _path, sequences[scope] = bundles.write(team, ident, current["team_id"], scope, sequences[scope] + 1, latest, mine)
        _note_sent_clock(connection, scope, mine)
        sent += len(mine)
        problems.append(translate("Sync", MSG_RESENT).format(scope=scope, count=len(mine)))
    return sent


def _note_sent_clock(connection, scope: str, changes: list[dict]) -> None:
    """The latest clock sent in ``scope``: a coordinator's snapshot stamped after it covers those bundles."""
    if not changes:
        return
    clocks = dict(get_value(connection, "sent_clock", {}))
    clocks[scope] = max([clocks.get(scope, ""), *(change["h"] for change in changes)])
    set_value(connection, "sent_clock", clocks)


def _readable_scopes(team: Path, me: dict) -> list[str]:
    allowed = scopes.readable(me)
    present = sorted(p.name for p in (team / "scopes").iterdir() if p.is_dir())
    return [s for s in present if allowed is None or s in allowed]


def _signing_keys(current: dict) -> dict[str, str]:
    return {x["coach_id"]: x["sign_pk"] for x in current["members"]}


@dataclass
class _Reception:
    """What one receive reads and keeps: the roster, the positions reached, the changes gathered, the problems met."""

    ident: dict
    current: dict
    team: Path
    members: dict  # coach id: roster entry
    former: dict  # coach id: roster entry of who left the team
    received: dict  # "scope/device": the last bundle number taken
    applied: dict  # scope: the stamp of the last snapshot taken
    problems: list[str]
    changes: list[dict] = field(default_factory=list)


def receive(database, ident: dict, current: dict, team: Path, keys: dict, problems: list[str]) -> tuple[int, int]:
    me = roster.member(current, ident["coach_id"])
    members = {x["coach_id"]: x for x in current["members"]}
    former = {x["coach_id"]: x for x in current.get("former", [])}
    with database.transaction() as session:
        received = dict(get_value(session.connection(), "received", {}))
        applied = dict(get_value(session.connection(), "snapshots", {}))
    reception = _Reception(ident, current, team, members, former, received, applied, problems)
    for scope in _readable_scopes(team, me):  # type: ignore[arg-type]
        private = keys.get(scope, {}).get("private", {})
        _receive_snapshot(reception, scope, private)
        for device_dir in sorted(p for p in folder.scope_dir(team, scope).iterdir() if p.is_dir()):
            if device_dir.name != ident["device"]:
                _receive_bundles(reception, scope, device_dir, private)
    result = _apply(database, reception, me["role"])  # type: ignore[index]
    problems.extend(p for p in result.problems if p not in problems)
    for author_id, count in result.refused.items():
        author = members.get(author_id) or former.get(author_id) or {"name": "?", "role": "?"}
        role_label = choice_label(m.CoachRole(author["role"])) if author.get("role") in {r.value for r in m.CoachRole} else "?"
        text = translate("Sync", "Refused %n change(s) by {name}, {role}: that role may not make them. They are listed under items to check; nothing of them was applied.", None, count)  # noqa: E501
        problems.append(text.format(name=author.get("name", "?"), role=role_label))
    if result.seen:
        ahead = (hlc.Hlc.parse(max(result.seen)).wall - hlc.wall_ms()) // 60000
        if ahead * 60000 > hlc.FAR_OFF_MS:
            last = reception.changes[-1].get("a") if reception.changes else None  # a change that waited may be the one
            problems.append(translate("Sync", MSG_CLOCK).format(name=members.get(last, {}).get("name", "?"), minutes=ahead))  # type: ignore[arg-type]
    return result.applied, result.conflicts


def _receive_snapshot(r: _Reception, scope: str, private: dict) -> None:
    """The scope's newest snapshot, by a coordinator, when it covers bundles not yet received."""
    snapshot = bundles.newest_snapshot(folder.scope_dir(r.team, scope))
    if not snapshot or r.applied.get(scope) == snapshot[1]:
        return
    path, stamp = snapshot
    try:
        data = path.read_bytes()
        author = r.members.get(bundles.peek_header(data).get("author"))
        if author is None or author["role"] != roster.COORDINATOR:
            raise bundles.BadBundle("author")
        opened = bundles.decode(data, team_id=r.current["team_id"], scope=scope, device=path.parent.name, sequence=0,
                                signing_keys={author["coach_id"]: author["sign_pk"]}, scope_keys=private, snapshot=stamp)
        covers = opened.changes["covers"]  # type: ignore[call-overload]
        if any(r.received.get(f"{scope}/{d}", 0) < n for d, n in covers.items() if d != r.ident["device"]):
            r.changes.extend(change | {"t": True} for change in opened.changes["changes"])  # type: ignore[call-overload]
            for d, n in covers.items():
                if d != r.ident["device"]:
                    r.received[f"{scope}/{d}"] = max(r.received.get(f"{scope}/{d}", 0), n)
        r.applied[scope] = stamp
    except (OSError, KeyError, TypeError, bundles.BadBundle) as error:
        r.problems.append(translate("Sync", MSG_BAD_BUNDLE).format(file=path, reason=error))


def _receive_bundles(r: _Reception, scope: str, device_dir: Path, private: dict) -> None:
    """Another laptop's bundles in this scope, in order from the first not yet received, up to a gap or a bad one."""
    device = device_dir.name
    position = f"{scope}/{device}"
    numbers = set()
    for path in device_dir.iterdir():
        match = bundles.BUNDLE_NAME.match(path.name)
        if match:
            numbers.add(int(match.group(1)))
        elif path.suffix == folder.BUNDLE_SUFFIX and not path.name.startswith(".") and not bundles.SNAPSHOT_NAME.match(path.name):
            r.problems.append(translate("Sync", MSG_COPY).format(file=path))
    done = r.received.get(position, 0)
    while done + 1 in numbers:
        path = folder.bundle_path(r.team, scope, device, done + 1)
        try:
            data = path.read_bytes()
            author = _bundle_author(r, bundles.peek_header(data), position, done + 1)
            keys_of = {author["coach_id"]: author["sign_pk"]} if author else {}
            bundle = bundles.decode(data, team_id=r.current["team_id"], scope=scope, device=device, sequence=done + 1,
                                    signing_keys=keys_of, scope_keys=private)
        except bundles.BadBundle as error:
            if str(error) != "place":
                r.problems.append(translate("Sync", MSG_BAD_BUNDLE).format(file=path, reason=error))
                break
            # validly signed, but written for another place: a replayed or copied bundle. Skipped for good, so it
            # never holds up the member's later bundles (his app writes them under the next free number).
            r.problems.append(translate("Sync", MSG_REPLAYED).format(file=path))
            done += 1
            continue
        except OSError as error:
            r.problems.append(translate("Sync", MSG_BAD_BUNDLE).format(file=path, reason=error))
            break
        assert author is not None  # decode refuses a bundle whose signer is not known
        for change in bundle.changes:
            change["a"] = author["coach_id"]  # the signer is the author, whatever the change says
            change.pop("t", None)  # only a coordinator's snapshot is trusted as a whole
            reason = merge.unknown_kind(author, change)
            if reason:
                if reason not in r.problems:
                    r.problems.append(reason)
                continue
            r.changes.append(change)  # judged by the write policy when it is applied
        done += 1
    r.received[position] = done
    later = [n for n in numbers if n > done + 1]
    if later and done + 1 not in numbers:
        r.problems.append(translate("Sync", MSG_GAP).format(file=folder.bundle_path(r.team, scope, device, done + 1)))


def _bundle_author(r: _Reception, header: dict, position: str, number: int) -> dict | None:
    """The member who wrote a bundle; a former member for what he wrote before he left the team."""
    author = r.members.get(header.get("author"))
    if author is None and header.get("author") in r.former:  # written before he left the team
        gone = r.former[header["author"]]
        if number <= gone.get("until", {}).get(position, 0):
            author = gone
    return author


def _apply(database, r: _Reception, role: str) -> merge.Result:
    """Merge the gathered changes and keep the positions reached, in one transaction."""
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # parents and children may arrive in any order
        connection.commit()
        try:
            with connection.begin():
                result = merge.apply(connection, r.changes, device=r.ident["device"], role=role, authors=r.former | r.members,
                                     me=r.ident["coach_id"])
                set_value(connection, "received", r.received)
                set_value(connection, "snapshots", r.applied)
                last = get_value(connection, "clock")
                newest = max(result.seen, default=None)
                if newest:
                    set_value(connection, "clock", hlc.observe(last, newest, r.ident["device"]))
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
    return result


def sync(database) -> dict:
    """Send and receive once; returns {"sent", "received", "conflicts", "problems"}. Raises SyncError
    (nothing changed) when the team folder cannot be trusted."""
    ident, current, team = load(database)
    problems: list[str] = []
    me = roster.member(current, ident["coach_id"])
    with database.transaction() as session:
        set_value(session.connection(), "roster", current)
    if me is None:
        return {"sent": 0, "received": 0, "conflicts": 0, "problems": [translate("Sync", MSG_NOT_MEMBER)]}
    keys = _newest_keys(database, team, ident, me, scope_keys(team, current, ident), problems)
    try:
        sent = send(database, ident, current, team, keys, problems)
    except OSError as error:  # a read-only or full team folder: what others wrote can still be received
        sent = 0
        problems.append(translate("Sync", MSG_READ_ONLY).format(path=team, reason=error.strerror or error))
    received, conflicts = receive(database, ident, current, team, keys, problems)
    folder.write_json(team / "seen" / f"{ident['device']}.json", {"coach_id": ident["coach_id"], "at": clock.now().isoformat(timespec="seconds")})
    with database.transaction() as session:
        set_value(session.connection(), "last_sync", clock.now().isoformat(timespec="seconds"))
    return {"sent": sent, "received": received, "conflicts": conflicts, "problems": problems}


def _newest_keys(database, team: Path, ident: dict, me: dict, keys: dict, problems: list[str]) -> dict:
    """Never fall back to an older key document than one this laptop has seen: an old copy put back in the team folder
    would otherwise let a removed member read new bundles again. A coordinator writes the newest back."""
    with database.transaction() as session:
        connection = session.connection()
        trusted = dict(get_value(connection, "key_documents", {}))
        for scope, entry in list(keys.items()):
            known = trusted.get(scope)  # a document this laptop checked before
            if known and len(known["generations"]) > len(entry["doc"]["generations"]):
                problems.append(translate("Sync", MSG_KEYS_ROLLED_BACK).format(scope=scope))
                keys[scope] = {"doc": known, "private": roster.my_keys(known, ident)}
                if me["role"] == roster.COORDINATOR:
                    roster.write_keys(team, ident, known)
            else:
                trusted[scope] = entry["doc"]
        set_value(connection, "key_documents", trusted)
    return keys


def new_device_id() -> str:
    return secrets.token_hex(4)


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
