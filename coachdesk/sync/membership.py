"""Starting a team, inviting, joining and removing members.

Joining, the simplest secure flow: the coordinator's invitation makes the member's key pairs,
puts their public halves in the signed roster and seals the member's scope keys to them, and
writes the private halves into the invitation file, encrypted with a key derived (Argon2id)
from a one-time code that is shown once and given separately (in person, by phone). Without the
code the file is useless; with it, ``team join`` needs no second round through the coordinator.
The coordinator sees the member's keys once; he holds every scope key anyway.
"""
from __future__ import annotations

import json
import uuid
from pathlib import Path

from sqlalchemy import select

from coachdesk.domain import models as m
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.sync import crypto, engine, folder, outbox, roster, scopes
from coachdesk.sync.roster import SyncError
from coachdesk.sync.state import get_value, identity, set_value

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP("Sync", "The folder {path} is not empty. A team starts in a new, empty folder that every member's laptop can see.")
MSG_ALREADY = QT_TRANSLATE_NOOP("Sync", "This data folder already belongs to a team.")
MSG_NO_COACH = QT_TRANSLATE_NOOP("Sync", "There is no coach with id {id}. Check the id with 'coachdesk list coaches'.")
MSG_NOT_COORDINATOR = QT_TRANSLATE_NOOP("Sync", "Only a coordinator may do this. {name} has the role {role}.")
MSG_IS_MEMBER = QT_TRANSLATE_NOOP("Sync", "{name} is already a member of the team. Remove him first to invite him again.")
MSG_NOT_A_MEMBER = QT_TRANSLATE_NOOP("Sync", "{id} is not a member of the team. See 'coachdesk team members'.")
MSG_BAD_CODE = QT_TRANSLATE_NOOP("Sync", "This code does not open the invitation {path}. Check the code (it is not case sensitive) or ask for a new invitation.")
MSG_BAD_INVITATION = QT_TRANSLATE_NOOP("Sync", "The file {path} is not a CoachDesk invitation. Ask your coordinator for a new one.")
MSG_DATA_NOT_EMPTY = QT_TRANSLATE_NOOP("Sync", "This data folder already holds data. Join a team with a new, empty data folder (--data-dir).")
MSG_REMOVE_SELF = QT_TRANSLATE_NOOP("Sync", "You cannot remove yourself. Another coordinator can.")
MSG_OWN_ROLE = QT_TRANSLATE_NOOP("Sync", "You cannot change your own role. Another coordinator can.")


def _coordinator(current: dict, ident: dict) -> dict:
    me = roster.member(current, ident["coach_id"])
    if me is None or me["role"] != roster.COORDINATOR:
        raise SyncError(MSG_NOT_COORDINATOR, name=me["name"] if me else "?", role=me["role"] if me else "-")
    return me


def _new_member(coach: m.Coach) -> tuple[dict, dict]:
    """A roster entry and the private identity for ``coach``."""
    sign_sk, box_sk = crypto.new_signing_key(), crypto.new_box_key()
    device = engine.new_device_id()
    entry = {"coach_id": coach.id, "name": coach.name, "role": coach.role.value, "school_id": coach.school_id,
             "sign_pk": crypto.signing_public(sign_sk), "box_pk": crypto.box_public(box_sk), "device": device}
    private = {"coach_id": coach.id, "device": device, "sign_sk": sign_sk, "box_sk": box_sk}
    return entry, private


def create_team(database, team: Path, coach_id: str) -> dict:
    """This coordinator starts a team in the empty folder ``team``; his data becomes the team's first snapshot."""
    team = Path(team).expanduser().absolute()
    if team.exists() and any(team.iterdir()):
        raise SyncError(MSG_NOT_EMPTY, path=team)
    with database.transaction() as session:
        connection = session.connection()
        if identity(connection) is not None:
            raise SyncError(MSG_ALREADY)
        coach = session.get(m.Coach, coach_id)
        if coach is None:
            raise SyncError(MSG_NO_COACH, id=coach_id)
        if coach.role != m.CoachRole.COORDINATOR:
            raise SyncError(MSG_NOT_COORDINATOR, name=coach.name, role=coach.role.value)
        team_id = str(uuid.uuid4())
        entry, private = _new_member(coach)
        ident = private | {"team_id": team_id, "folder": str(team)}
        current = {"team_id": team_id, "version": 1, "members": [entry], "former": []}
        (team / "scopes").mkdir(parents=True, exist_ok=True)
        (team / "keys").mkdir(exist_ok=True)
        roster.write_roster(team, ident, current)
        folder.write_json(team / folder.TEAM_FILE, {"product": "CoachDesk", "format": folder.FORMAT, "team_id": team_id})
        set_value(connection, "identity", ident)
        set_value(connection, "roster", current | {"issued_by": coach.id})
        outbox.snapshot_all(connection, ident)
    return engine.sync(database)


def invite(database, coach_id: str, out: Path) -> str:
    """Add the coach to the roster and write his invitation to ``out``; returns the one-time code."""
    ident, current, team = engine.load(database)
    me = _coordinator(current, ident)
    with database.session() as session:
        coach = session.get(m.Coach, coach_id)
        if coach is None:
            raise SyncError(MSG_NO_COACH, id=coach_id)
        if roster.member(current, coach_id):
            raise SyncError(MSG_IS_MEMBER, name=coach.name)
        entry, private = _new_member(coach)
    updated = current | {"version": current["version"] + 1, "members": current["members"] + [entry],
                         "former": [x for x in current.get("former", []) if x["coach_id"] != coach_id]}
    roster.write_roster(team, ident, updated)
    signed = folder.read_json(team / folder.ROSTER_FILE)
    keys = engine.scope_keys(team, current, ident)
    wanted = scopes.readable(entry) or set()
    for scope in wanted:
        engine.ensure_scope(team, updated, ident, keys, scope)
    for scope, held in keys.items():
        if roster.member(updated, coach_id) and coach_id in scopes.readers(scope, updated["members"]):
            roster.write_keys(team, ident, roster.reseal(held["doc"], ident["box_sk"], me["coach_id"], updated))
    with database.transaction() as session:
        set_value(session.connection(), "roster", updated | {"issued_by": me["coach_id"]})
    code = crypto.new_code()
    salt = crypto.new_salt()
    secret = {"identity": private | {"team_id": current["team_id"]}, "roster": signed, "founder": me["coach_id"]}
    box = crypto.encrypt(crypto.code_key(code, salt), json.dumps(secret).encode())
    invitation = {"product": "CoachDesk invitation", "format": folder.FORMAT, "salt": crypto.b64(salt), "box": crypto.b64(box)}
    folder.write_json(Path(out), invitation, replace=True)
    return code


def join(database, invitation_path: Path, team: Path, code: str) -> dict:
    """Make this (empty) data folder a member's, from his invitation and its code, and sync it once."""
    from coachdesk.storage.database import holds_data

    try:
        invitation = folder.read_json(Path(invitation_path))
        salt, box = crypto.unb64(invitation["salt"]), crypto.unb64(invitation["box"])
    except (OSError, ValueError, KeyError, TypeError):
        raise SyncError(MSG_BAD_INVITATION, path=invitation_path) from None
    try:
        secret = json.loads(crypto.decrypt(crypto.code_key(code, salt), box))
    except (crypto.CryptoError, ValueError):
        raise SyncError(MSG_BAD_CODE, path=invitation_path) from None
    if holds_data(database):
        raise SyncError(MSG_DATA_NOT_EMPTY)
    signed = secret["roster"]
    document = signed["document"]
    issuer = roster.member(document, document.get("issued_by"))
    if issuer is None or issuer["role"] != roster.COORDINATOR:
        raise SyncError(MSG_BAD_INVITATION, path=invitation_path)
    crypto.verify_document(issuer["sign_pk"], signed)  # the roster the code vouches for
    with database.transaction() as session:
        connection = session.connection()
        if identity(connection) is not None:
            raise SyncError(MSG_ALREADY)
        for table in (m.FinancialScheme.__table__, m.HelpEntry.__table__):  # the team's catalogue replaces the default one
            connection.execute(table.delete())
        set_value(connection, "identity", secret["identity"] | {"folder": str(Path(team).expanduser().absolute())})
        set_value(connection, "roster", document)
    return engine.sync(database)


def remove(database, coach_id: str) -> None:
    """Take a member off the roster and give each scope he could read a new key he does not get."""
    ident, current, team = engine.load(database)
    _coordinator(current, ident)
    gone = roster.member(current, coach_id)
    if gone is None:
        raise SyncError(MSG_NOT_A_MEMBER, id=coach_id)
    if coach_id == ident["coach_id"]:
        raise SyncError(MSG_REMOVE_SELF)
    until = {}
    scopes_dir = team / "scopes"
    for scope_dir in scopes_dir.iterdir():
        device_dir = scope_dir / gone["device"]
        if device_dir.is_dir():
            numbers = [int(p.name[:8]) for p in device_dir.iterdir() if p.name[:8].isdigit() and p.name.endswith(".cdb") and len(p.name) == 12]
            until[f"{scope_dir.name}/{gone['device']}"] = max(numbers, default=0)
    updated = current | {"version": current["version"] + 1,
                         "members": [x for x in current["members"] if x["coach_id"] != coach_id],
                         "former": current.get("former", []) + [gone | {"until": until}]}
    roster.write_roster(team, ident, updated)
    keys = engine.scope_keys(team, current, ident)
    for scope, held in keys.items():
        if coach_id in scopes.readers(scope, current["members"]):
            document, _private = roster.new_generation(held["doc"], scope, updated, current["team_id"])
            roster.write_keys(team, ident, document)
    with database.transaction() as session:
        set_value(session.connection(), "roster", updated | {"issued_by": ident["coach_id"]})


def change_role(database, coach_id: str, role: str) -> None:
    """A coordinator gives a member another role. A part of the team he may no longer read gets a new key he
    does not get (he keeps what he had, as a removed member does); a part he may now read is sealed to him."""
    ident, current, team = engine.load(database)
    me = _coordinator(current, ident)
    member = roster.member(current, coach_id)
    if member is None:
        raise SyncError(MSG_NOT_A_MEMBER, id=coach_id)
    if coach_id == ident["coach_id"]:
        raise SyncError(MSG_OWN_ROLE)
    changed = member | {"role": m.CoachRole(role).value}
    updated = current | {"version": current["version"] + 1,
                         "members": [changed if x["coach_id"] == coach_id else x for x in current["members"]]}
    roster.write_roster(team, ident, updated)
    keys = engine.scope_keys(team, current, ident)
    for scope, held in keys.items():
        could, can = (coach_id in scopes.readers(scope, roster_["members"]) for roster_ in (current, updated))
        if could and not can:
            document, _private = roster.new_generation(held["doc"], scope, updated, current["team_id"])
            roster.write_keys(team, ident, document)
        elif can and not could:
            roster.write_keys(team, ident, roster.reseal(held["doc"], ident["box_sk"], me["coach_id"], updated))
    for scope in scopes.readable(changed) or set():
        engine.ensure_scope(team, updated, ident, keys, scope)
    with database.transaction() as session:
        set_value(session.connection(), "roster", updated | {"issued_by": me["coach_id"]})


def members(database) -> list[dict]:
    with database.session() as session:
        ident = identity(session.connection())
        current = get_value(session.connection(), "roster")
    if ident is None:
        raise SyncError(engine.MSG_NO_TEAM)
    team = Path(ident["folder"])
    result = []
    for member in current["members"]:
        seen = None
        try:
            seen = folder.read_json(team / "seen" / f"{member['device']}.json").get("at")
        except (OSError, ValueError):
            pass
        result.append({"coach_id": member["coach_id"], "name": member["name"], "role": member["role"], "last_seen": seen})
    return result


def member_of(session) -> dict | None:
    """The roster entry of this data folder's member (None: not a team member). A member who was removed
    keeps the entry he had: he works on with what he has, in his old role, but the team accepts nothing from him."""
    connection = session.connection()
    ident = identity(connection)
    if ident is None:
        return None
    current = get_value(connection, "roster")
    if not isinstance(current, dict):
        return None
    former = [entry for entry in current.get("former", []) if entry["coach_id"] == ident["coach_id"]]
    return roster.member(current, ident["coach_id"]) or (former[-1] if former else None)


__all__ = ["create_team", "invite", "join", "remove", "change_role", "members", "member_of", "select"]
