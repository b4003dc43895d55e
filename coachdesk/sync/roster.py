"""The team roster and the scope keys: signed documents in the team folder, checked on every read.

A member trusts the roster he was given when he joined (from the invitation) and afterwards only
a newer roster signed by a coordinator of the roster he already trusts, so nobody can make himself
coordinator by editing a file in the team folder, and an older roster cannot be brought back.
"""
from __future__ import annotations

from pathlib import Path

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.sync import crypto, folder
from coachdesk.sync.scopes import readers

COORDINATOR = "coordinator"
MSG_ROSTER_MISSING = QT_TRANSLATE_NOOP("Sync", "The team folder {path} has no team roster (roster.json). Check that it is the right folder and that it is fully synchronised; nothing was changed.")
MSG_ROSTER_FORGED = QT_TRANSLATE_NOOP("Sync", "The team roster in {path} is not signed by a coordinator of this team. Nothing was changed; ask your coordinator.")
MSG_ROSTER_OLDER = QT_TRANSLATE_NOOP("Sync", "The team roster in {path} is older than the one this laptop knows. Wait until the team folder is fully synchronised; nothing was changed.")


class SyncError(UserError):
    context = "Sync"


class RosterError(SyncError):
    pass


def member(roster: dict, coach_id: str | None) -> dict | None:
    return next((x for x in roster["members"] if x["coach_id"] == coach_id), None)


def coordinator_keys(roster: dict) -> dict[str, str]:
    return {x["coach_id"]: x["sign_pk"] for x in roster["members"] if x["role"] == COORDINATOR}


def sign_roster(signer: dict, roster: dict) -> dict:
    return crypto.sign_document(signer["sign_sk"], roster | {"issued_by": signer["coach_id"]})


def verify_roster(signed: dict, trusted: dict) -> dict:
    """The roster document, if signed by a coordinator of ``trusted`` and not older; raises RosterError."""
    document = signed["document"]
    key = coordinator_keys(trusted).get(document.get("issued_by"))
    if key is None or document.get("team_id") != trusted["team_id"]:
        raise RosterError(MSG_ROSTER_FORGED, path="roster.json")
    try:
        crypto.verify_document(key, signed)
    except (crypto.BadSignature, ValueError, KeyError):
        raise RosterError(MSG_ROSTER_FORGED, path="roster.json") from None
    if document["version"] < trusted["version"]:
        raise RosterError(MSG_ROSTER_OLDER, path="roster.json")
    return document


def read_roster(team: Path, trusted: dict) -> dict:
    path = team / folder.ROSTER_FILE
    try:
        signed = folder.read_json(path)
    except FileNotFoundError:
        raise RosterError(MSG_ROSTER_MISSING, path=team) from None
    except ValueError:
        raise RosterError(MSG_ROSTER_FORGED, path=path) from None
    return verify_roster(signed, trusted)


def write_roster(team: Path, signer: dict, roster: dict) -> None:
    folder.write_json(team / folder.ROSTER_FILE, sign_roster(signer, roster))


# --- scope keys ---------------------------------------------------------------------------

def read_keys(team: Path, scope: str, roster: dict) -> dict | None:
    """The key document of a scope, checked against the roster's coordinators; None if absent or forged."""
    path = folder.keys_path(team, scope)
    try:
        signed = folder.read_json(path)
        document = signed["document"]
        key = coordinator_keys(roster).get(document.get("issued_by"))
        if key is None:
            return None
        return crypto.verify_document(key, signed)
    except (FileNotFoundError, ValueError, KeyError, crypto.BadSignature):
        return None


def write_keys(team: Path, signer: dict, document: dict) -> None:
    signed = crypto.sign_document(signer["sign_sk"], document | {"issued_by": signer["coach_id"]})
    folder.write_json(folder.keys_path(team, document["scope"]), signed)


def new_generation(document: dict | None, scope: str, roster: dict, team_id: str) -> tuple[dict, str]:
    """A key document with one more generation, sealed to the scope's current readers."""
    private = crypto.new_box_key()
    generations = list(document["generations"]) if document else []
    generations.append({"gen": len(generations) + 1, "public": crypto.box_public(private),
                        "sealed": _sealed_to(private, scope, roster)})
    return {"team_id": team_id, "scope": scope, "generations": generations}, private


def _sealed_to(private: str, scope: str, roster: dict) -> dict:
    boxes = {x["coach_id"]: x["box_pk"] for x in roster["members"]}
    return {coach: crypto.seal(boxes[coach], private.encode()) for coach in readers(scope, roster["members"])}


def reseal(document: dict, coordinator_box_sk: str, coordinator_id: str, roster: dict) -> dict:
    """Seal every generation of a scope to its current readers too (a new member reads the history)."""
    generations = []
    for generation in document["generations"]:
        private = crypto.unseal(coordinator_box_sk, generation["sealed"][coordinator_id]).decode()
        sealed = dict(generation["sealed"])
        for coach, box in _sealed_to(private, document["scope"], roster).items():
            sealed.setdefault(coach, box)
        generations.append(generation | {"sealed": sealed})
    return document | {"generations": generations}


def my_keys(document: dict, ident: dict) -> dict[int, str]:
    """Generation -> private key, for the generations sealed to me."""
    result = {}
    for generation in document["generations"]:
        sealed = generation["sealed"].get(ident["coach_id"])
        if sealed:
            try:
                result[generation["gen"]] = crypto.unseal(ident["box_sk"], sealed).decode()
            except crypto.CryptoError:
                continue
    return result
